"""Roles: a place where a vehicle broke down is a stop only of people on the
way, not of a force's own craft nor in a condition (transit.broke_down, [context] forces_craft,
conditional); "From there ..." moves on only with a verb of people going on, not a noun, a habit,
a few or a way back later in the sentence (onward_next_bare); an official's journey to a border
crosses nothing (transit.border_near, [context] official_trip). Each with the reading it must keep.

Sentences written for these tests; geocoded by the tiny fixture gazetteer
(tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import CONTEXT, picture, roles
from extract_helpers import reported_role_of as role_of

# ------------------------------------------------------------------ a vehicle that broke down

_LEFT = "Migrants left Zuwara by boat in May. "


@pytest.mark.parametrize("text", [
    # a force's own craft, in a sentence that names people elsewhere
    "The coast guard boat stopped off Malta to refuel while the migrants waited in Tunis.",
    "The navy vessel anchored off Malta for the night while the migrants slept in Tunis.",
    # a condition, not what happened
    "If the engine failed near Malta, the passengers would have no water.",
    "Even if the boat stalled off Malta, the passengers would have to keep bailing.",
], ids=["coast-guard-boat", "navy-vessel", "if", "even-if"])
def test_a_forces_craft_or_a_condition_makes_no_stop(text):
    assert "transit" not in roles(picture(CONTEXT + _LEFT + text)).get("Malta", set())


@pytest.mark.parametrize("text, place", [
    ("Smugglers drove the families north from Agadez. The truck carrying the migrants broke down outside Sebha.",
     "Sebha"),
    ("Smugglers drove the families north from Agadez. The pickup with the families broke down in the desert "
     "near Sebha.", "Sebha"),
    # an engine that failed is the people's boat's, though the sentence names none of them
    (_LEFT + "On the third day the engine stopped near Malta.", "Malta"),
], ids=["carrying", "in-the-desert", "engine"])
def test_a_vehicle_with_people_that_broke_down_is_a_stop(text, place):
    assert "transit" in roles(picture(CONTEXT + text)).get(place, set())


def test_a_vehicle_that_broke_down_with_no_one_in_its_sentence_is_no_stop():
    pic = picture(CONTEXT + "Smugglers drove the families north from Agadez. The truck broke down outside Sebha.")
    assert "transit" not in roles(pic).get("Sebha", set()), roles(pic)


# ------------------------------------------------------------------ "From there ..."

@pytest.mark.parametrize("text", [
    "The families arrived in Sebha. From there, the walk to the camp takes an hour.",
    "The families took a bus to Sebha. From there we walked to the market every Sunday.",
    "The families took a bus to Sebha. From there few continued.",
    "Smugglers drove the families overnight to Sebha. From there the coast guard took them back to Niger.",
], ids=["noun", "habit", "few", "back-later"])
def test_a_place_reached_stays_the_end_where_no_one_goes_on(text):
    assert "transit" not in role_of(text, "Sebha")


@pytest.mark.parametrize("text", [
    "The families took a bus to Sebha. From there a few continued on foot.",
    "The families took a bus to Sebha. From there we began the walk across the desert.",
], ids=["a-few", "began-the-walk"])
def test_a_place_some_went_on_from_is_a_stop(text):
    assert role_of(text, "Sebha") == {"transit"}


# ------------------------------------------------------------------ an official at the border

@pytest.mark.parametrize("text", [
    "The minister's journey to the border at Agadez was cancelled because of the weather.",
    "A delegation of officials travelled to the border at Agadez on Monday.",
], ids=["ministers-journey", "delegation"])
def test_an_officials_journey_to_a_border_is_no_crossing(text):
    assert "transit" not in role_of(text, "Agadez")


def test_people_travelling_to_a_border_still_cross_there():
    assert "transit" in role_of("The families travelled to the border at Agadez and crossed into Libya.", "Agadez")
