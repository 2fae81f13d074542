"""A route guessed within its start's own country ends at no place people reach only after
they were abroad: "left X. ... crossed into [another country] ... He is now staying in Y"
makes Y the end of a way back, not of the way out from X (routes.journeys._home_after_abroad). A way
with no stop abroad, or one told abroad only after its end, keeps its end.

Sentences written for these tests; geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import picture


def routes(text: str) -> list[tuple[str, ...]]:
    return sorted(tuple(f.properties["stop_names"]) for f in picture(text).by_role("route"))


def _from_to(rs, a, b) -> bool:
    return any(a in r and b in r and r.index(a) < r.index(b) for r in rs)


_ABROAD_THEN_HOME = (
    "Omar left his village near Sebha in 2016. A smuggler drove him to Tripoli, and from there he "
    "crossed the border into Tunisia, reaching Sfax two days later. He spent five years working on "
    "building sites in Sfax and Tunis. He is now staying with a cousin in Benghazi.")


def test_a_home_town_reached_after_a_stay_abroad_ends_no_way_out():
    rs = routes(_ABROAD_THEN_HOME)
    assert not _from_to(rs, "Sebha", "Benghazi")
    # (the way out is still drawn)
    assert _from_to(rs, "Tripoli", "Sfax")


@pytest.mark.parametrize("text", [
    # no stop abroad: a way within the country
    "Omar left his village near Sebha in 2016. A smuggler drove him to Tripoli. "
    "He is now staying with a cousin in Benghazi.",
    # the stay abroad is told after the end: a later journey
    "Omar left his village near Sebha in 2016. A smuggler drove him to Tripoli and then to Benghazi. "
    "Years later he crossed into Tunisia, reaching Sfax two days later.",
])
def test_a_home_town_reached_before_any_stay_abroad_keeps_its_way(text):
    assert _from_to(routes(text), "Sebha", "Benghazi")


def test_a_stated_move_home_from_abroad_keeps_its_way():
    # (the end has a start of its own abroad: a movement the text states, drawn as such)
    text = ("Omar left his village near Sebha in 2016. A smuggler drove him to Tripoli, and from there he "
            "crossed the border into Tunisia, reaching Sfax two days later. He spent five years working on "
            "building sites in Sfax and Tunis. In May he flew from Tunis to Benghazi.")
    assert _from_to(routes(text), "Tunis", "Benghazi")
