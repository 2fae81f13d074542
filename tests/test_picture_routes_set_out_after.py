"""A place reached, then a leg stated right after it in the same sentence ("went by bus to A
and then took a boat from B to C"): one journey A -> B -> C (routes.chains._set_out_after),
not a route to A and another from B. Not where the words between are another group's or an
alternative ("while others", "or"), nor where the place was reached after the leg ("reached A
after a boat from B to C").

Sentences written for these tests; geocoded by the tiny fixture gazetteer
(tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import CONTEXT, picture


def _routes(text: str) -> list[list[str]]:
    return [f.name.split(" → ") for f in picture(CONTEXT + text).by_role("route")]


def _runs(route: list[str], *stops: str) -> bool:
    return any(route[i:i + len(stops)] == list(stops) for i in range(len(route)))


@pytest.mark.parametrize("text", [
    "Amina left Agadez in March. She travelled by bus to Sebha and then took a boat from Zuwara to Lampedusa.",
    "They drove to Kufra, then boarded a boat from Benghazi to Malta.",
], ids=["and-then-took", "then-boarded"])
def test_a_leg_set_out_on_right_after_a_place_reached_goes_on_from_it(text):
    routes = _routes(text)
    start = "Sebha" if "Sebha" in text else "Kufra"
    launch = "Zuwara" if "Zuwara" in text else "Benghazi"
    assert any(_runs(r, start, launch) for r in routes)


@pytest.mark.parametrize("text", [
    "Amina travelled by bus to Sebha, while others took a boat from Zuwara to Lampedusa.",
    "Amina travelled by bus to Sebha or took a boat from Zuwara to Lampedusa.",
    "Amina reached Sebha after she had taken a boat from Zuwara to Lampedusa.",
], ids=["others", "or", "after"])
def test_another_group_an_alternative_or_a_leg_before_is_no_step_on(text):
    assert not any(_runs(r, "Sebha", "Zuwara") for r in _routes(text))
