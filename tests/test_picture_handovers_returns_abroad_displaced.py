"""Look-alikes of three frames, each tested with the frame kept:

- control.screened_at, a hand-over to a force at a place ("the migrants were handed over to the
  police in X"): only people on the move are handed over, named right before or after the verb,
  and a denial or a doubt before them reaches the claim;
- routes.returns._abroad_home, a return home told long after the arrival abroad: only the one who
  arrived (or a group) returns from there, and neither the arrival nor the return is a holiday, a
  visit or a trip of days;
- origin.driven_from_homes: a displacement only guessed at ("may have displaced") is hedged.

Sentences written for these tests; geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import REPORTED, ZONE_CONTEXT, picture, zones_at

# ---- control.screened_at: handed over to a force at a place -------------------------------------


def handovers_at(text: str, place: str) -> list:
    """The zones of control.screened_at at a place, told after ZONE_CONTEXT."""
    return [z for z in zones_at(text, place, ZONE_CONTEXT)
            if any(c["cue"] == "control.screened_at" for c in z.properties.get("claims", []))]


@pytest.mark.parametrize("text", [
    "The migrants were handed over to the police in Tripoli.",
    "Forty migrants were handed back to the Libyan police in Tripoli.",
    "The soldiers handed them back to Libyan officers in Tripoli.",
    "The crew handed over 40 Eritreans to the police in Tripoli.",
], ids=["passive", "passive-back", "active-them", "active-over-count"])
def test_people_on_the_move_handed_to_a_force_at_a_place_draw_its_zone(text):
    zs = handovers_at(text, "Tripoli")
    assert zs and not zs[0].properties.get("hedged")


def test_people_handed_over_who_are_not_on_the_move_draw_no_zone():
    assert not handovers_at("The footballers were handed over to the police in Tripoli after the brawl.", "Tripoli")


@pytest.mark.parametrize("text", [
    "Officials denied that the migrants had been handed over to the police in Tripoli.",
    "It is not clear whether the migrants were handed to the police in Tripoli.",
], ids=["denied", "not-clear-whether"])
def test_a_hand_over_denied_or_in_doubt_draws_no_zone(text):
    assert not handovers_at(text, "Tripoli")


def test_a_hand_over_only_guessed_at_is_hedged():
    zs = handovers_at("The migrants may have been handed over to the police in Tripoli.", "Tripoli")
    assert zs and all(z.properties.get("hedged") for z in zs)


# ---- routes.returns._abroad_home: a return long after the arrival abroad ------------------------

OPENING = "Eritrean migrants told us about their journeys. Amina was born in Tunis. "
# sentences naming no place: the return is told more than four sentences after the arrival
FILLER = ("She worked long shifts in a kitchen. She learned the language at night. "
          "The neighbours were kind to her. She sent money home every month. "
          "The work dried up during the pandemic. ")


def returned_from(arrival: str, back: str, start: str = "Rome", end: str = "Tunis") -> bool:
    """Whether a route runs from `start` to `end` in the story of an arrival and a return far after."""
    for f in picture(OPENING + arrival + FILLER + back).by_role("route"):
        names = list(f.properties["stop_names"])
        if start in names and end in names[names.index(start) + 1:]:
            return True
    return False


@pytest.mark.parametrize("arrival, back", [
    ("In 2012 she moved to Rome with her husband. ", "Last year she went back to Tunis."),
    ("In 2012 Amina moved to Rome. ", "In May she went back to Tunis."),
    ("In 2012 the family moved to Rome. ", "Last year they went back to Tunis."),
], ids=["same-pronoun", "name-then-pronoun", "group"])
def test_the_one_who_settled_abroad_returns_from_there(arrival, back):
    assert returned_from(arrival, back)


@pytest.mark.parametrize("arrival, back", [
    ("In 2012 she moved to Rome with her husband. ", "Last year her brother went back to Tunis."),
    ("In 2012 Amina moved to Rome. ", "Last year Karim went back to Tunis."),
], ids=["her-brother", "another-name"])
def test_another_persons_return_starts_nowhere_abroad(arrival, back):
    assert not returned_from(arrival, back)


@pytest.mark.parametrize("arrival, back", [
    ("In 2012 she went on holiday to Rome for a week. ", "Last year she went back to Tunis."),
    ("In 2012 she moved to Rome with her husband. ",
     "Last year she went back to Tunis for a week to visit her mother."),
], ids=["holiday-there", "visit-back-home"])
def test_a_holiday_or_a_short_visit_is_no_home_abroad_and_no_return(arrival, back):
    assert not returned_from(arrival, back)


# ---- origin.driven_from_homes: a displacement only guessed at ---------------------------------

def origin_claims(text: str, place: str) -> list:
    """The origin features of a place, told after REPORTED."""
    return [f for f in picture(REPORTED + text).features if f.name == place and f.role == "origin"]


def test_people_driven_from_their_homes_in_a_place_come_from_it():
    found = origin_claims("The fire displaced hundreds of people from their homes in Tripoli.", "Tripoli")
    assert found and not found[0].properties.get("hedged")


@pytest.mark.parametrize("verb", ["may have displaced", "might have forced", "could have uprooted"])
def test_a_displacement_only_guessed_at_is_hedged(verb):
    found = origin_claims(f"The fire {verb} hundreds of people from their homes in Tripoli.", "Tripoli")
    assert found and all(f.properties.get("hedged") for f in found)


def test_people_driven_back_and_handed_to_a_force_draw_its_zone():
    text = "Those refused are then driven back across the bridge and handed to the Italian police in Tripoli."
    assert handovers_at(text, "Tripoli")


def test_a_listed_group_handed_back_draws_the_zone():
    text = "Police said they had handed 40 Eritrean and Sudanese men back to Libyan officers in Tripoli."
    assert handovers_at(text, "Tripoli")


def test_a_subject_left_out_of_the_return_is_the_sentences_own():
    assert returned_from("In 2012 she moved to Rome with her husband. ",
                         "She spent one more winter there, then went back to Tunis.")


def test_one_of_the_group_that_settled_abroad_returns_from_there():
    assert returned_from("In 2012 we moved to Rome together. ", "Last year he went back to Tunis.")
