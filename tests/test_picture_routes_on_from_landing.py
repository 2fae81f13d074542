"""Where people hope to go "on to", told several sentences after their landing (the report tells
the arrival, who came and how, and only then what they want next): on from the landing, not a
second way from where they set out. Without the "on" words, of another group, or told
before the landing, the far sentence goes on from no landing.

Sentences written for these tests; geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import picture

_LANDED = ("A dinghy carrying 40 migrants left Zuwara on Sunday and landed on Lampedusa on Monday. "
           "Volunteers handed out blankets and water on the quay. "
           "Most of the passengers were young men, and three were children travelling alone. "
           "Doctors treated two women for burns from the fuel. ")


def routes(text: str) -> list[tuple[str, ...]]:
    return sorted(tuple(f.properties["stop_names"]) for f in picture(text).by_role("route"))


def _in_turn(stops: tuple[str, ...], a: str, b: str) -> bool:
    return a in stops and b in stops and stops.index(a) < stops.index(b)


@pytest.mark.parametrize("then", [
    "Several of them said they hoped to move on to Rome, where cousins work.",
    "Most want to travel onward to Rome.",
    "Many hope to go further to Rome.",
])
def test_a_hope_to_go_on_told_far_after_the_landing_goes_on_from_it(then):
    found = routes(_LANDED + then)
    assert any(_in_turn(r, "Lampedusa", "Rome") for r in found)
    assert ("Zuwara", "Rome") not in found          # never straight from the launch point


@pytest.mark.parametrize("then", [
    # no "on": a hope of its own, as far from the landing as that
    "Several of them said they hoped to reach Rome, where cousins work.",
    # denied
    "None of them hope to travel on to Rome.",
    # another group's hope
    "Others hope to travel on to Rome.",
])
def test_a_far_hope_without_on_words_or_of_others_goes_on_from_no_landing(then):
    assert not any(_in_turn(r, "Lampedusa", "Rome") for r in routes(_LANDED + then))


def test_a_hope_to_go_on_told_before_the_landing_goes_on_from_no_landing():
    text = ("A dinghy carrying 40 migrants hoping to travel on to Rome left Zuwara on Sunday. "
            "Volunteers say the sea was calm. Most of the passengers were young men. "
            "Doctors treated two women for burns. The boat landed on Lampedusa on Monday.")
    assert not any(_in_turn(r, "Lampedusa", "Rome") for r in routes(text))
