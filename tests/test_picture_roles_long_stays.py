"""A stop on the way where people stayed months or years is a place they reached too
(roles._long_stays, [settings] stay_reached_cues, stay_length and stay_held_words: "spent three
months in X before crossing into Y", "worked in X for almost a year, then ..."): a destination
beside its stop, a role only. A stop passed, a wait of days or weeks, a spell held or in a camp,
or a stay denied or doubted stays a stop only.

Sentences written for these tests; geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import picture, roles

_OPENING = "Migrants and refugees told aid workers about their journeys this year. "


def _roles(text: str) -> dict[str, set[str]]:
    return roles(picture(_OPENING + text))


@pytest.mark.parametrize("text, place", [
    ("He spent three months in a rented room in Agadez and then crossed into Libya.", "Agadez"),
    ("She lived for six years in Tunis before flying to Italy.", "Tunis"),
    ("The men worked in Sfax for almost a year, then smugglers drove them to Zuwara.", "Sfax"),
    ("They stayed two years in Sebha before the trucks left for Tripoli.", "Sebha"),
], ids=["spent-months", "lived-years", "worked-for-a-year", "stayed-years"])
def test_a_long_stay_on_the_way_is_reached_and_left(text, place):
    got = _roles(text).get(place, set())
    assert {"destination", "transit"} <= got


@pytest.mark.parametrize("text, place", [
    ("They stayed a night in Agadez before the trucks left for Libya.", "Agadez"),
    ("They stayed two weeks in Agadez before the trucks left for Libya.", "Agadez"),
    ("They were held in a warehouse in Sebha for four months before the boat left Zuwara.", "Sebha"),
    ("They spent two years in a camp near Agadez before crossing into Libya.", "Agadez"),
    ("The smugglers took them via Sebha and on to Tripoli.", "Sebha"),
    ("They did not stay three months in Agadez; they crossed into Libya at once.", "Agadez"),
    ("Perhaps they spent three months in Agadez before crossing into Libya.", "Agadez"),
], ids=["one-night", "two-weeks", "held", "camp", "passed-through", "denied", "doubted"])
def test_a_short_pass_or_an_unasserted_stay_is_no_destination(text, place):
    assert "destination" not in _roles(text).get(place, set())


def test_the_long_stay_gives_a_role_only_and_routes_still_go_through():
    pic = picture(_OPENING + "He spent three months in a rented room in Agadez and then crossed into Libya.")
    stay = [f for f in pic.by_role("destination") if f.name == "Agadez"]
    assert stay and stay[0].cue.startswith("transit.passing")
    # (the route starts at the stop, as before: the destination claim draws no route of its own)
    assert all(not (f.name.endswith("→ Agadez")) for f in pic.by_role("route"))
