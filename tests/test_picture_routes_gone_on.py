"""A place passed that the text names only in sentences after the end was reached, farther from
the start than the end, comes after the end (routes.ordering._gone_on_after): the text's order
of the movement, not the shortest way's, which puts every stop before the end. A way told
backwards, a place passed before, a way back, a denied or another group's crossing moves nothing.

Sentences written for these tests; geocoded by the real gazetteer."""

from __future__ import annotations

import pytest
from extract_helpers import geocoded_route_stops as routes
from extract_helpers import has_leg


@pytest.mark.parametrize("text, end, later", [
    ("Eritrean refugees sleep in the park. Most of them reached Sicily by boat in the spring. "
     "They came north by train through Milan.", "Sicily", "Milan"),
    ("About 200 Syrian refugees fled Aleppo last month. The migrants landed on Lesbos on Tuesday. "
     "On Friday they took a ferry through Athens.", "Lesbos", "Athens"),
], ids=["train-through", "ferry-through"])
def test_a_place_passed_after_the_end_was_reached_comes_after_it(text, end, later):
    found = routes(text)
    assert has_leg(found, end, later), found
    assert not has_leg(found, later, end), found


def test_a_way_told_backwards_keeps_the_way_order():
    # the arrival told first, the way to it after ("had ... through"): Izmir lies before Lesbos
    found = routes("About 200 Syrian refugees reached Lesbos on Tuesday. Last month they fled Aleppo and "
                   "travelled through Izmir.")
    assert has_leg(found, "Izmir", "Lesbos"), found
    assert not has_leg(found, "Lesbos", "Izmir"), found


def test_a_place_told_as_passed_before_stays_before_the_end():
    found = routes("Refugees from Yemen set out from Mokha on Saturday and landed at Berbera the next night. "
                   "Earlier they had passed through Hargeisa.")
    assert not has_leg(found, "Berbera", "Hargeisa"), found


@pytest.mark.parametrize("text", [
    "Eritrean refugees sleep in the park. Most of them reached Sicily by boat in the spring. "
    "They did not travel through Milan.",
    "Eritrean refugees sleep in the park. Most of them reached Sicily by boat in the spring. "
    "In a separate case, Sudanese migrants came north by train through Milan.",
], ids=["denied", "another-group"])
def test_a_denied_or_another_groups_passage_is_no_way_on(text):
    found = routes(text)
    assert not any("Milan" in r and "Sicily" in r for r in found), found


_FILLER = (" The park has no toilets. Volunteers bring food twice a day. The city council meets on Monday."
           " Winter is coming.")


def test_a_place_named_again_much_later_still_comes_after_the_end():
    # first told just after the landing; its naming far on says nothing of where it lies
    found = routes("Eritrean refugees sleep in the park. Most of them reached Sicily by boat in the spring. "
                   "They came north by train through Milan." + _FILLER + " Every week more people pass through Milan.")
    assert has_leg(found, "Sicily", "Milan"), found
    assert not has_leg(found, "Milan", "Sicily"), found


def test_a_place_named_before_the_landing_stays_before_it():
    found = routes("Eritrean refugees sleep in the park. Every week more people pass through Milan." + _FILLER
                   + " Most of them reached Sicily by boat in the spring. They came north by train through Milan.")
    assert not has_leg(found, "Sicily", "Milan"), found
