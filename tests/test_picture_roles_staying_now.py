"""Where people on the move are staying now is where the journey brought them, a destination
(cues.toml destination.staying_now), and so are rooms rented where a move ended
(destination.rented_rooms_in); a stay on the way, a stay before going on, a visit and people at
home are not. Sentences written for these tests, geocoded by the tiny fixture gazetteer
(tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import role_of

# ------------------------------------------------------------------------ staying there now


@pytest.mark.parametrize("text", [
    "Thousands are staying in schools in Sfax.",
    "The families are staying in tents in Sfax.",
    "Most are staying in Sfax for now.",
    "She has been staying in Sfax with her sister.",
    "The family is staying in a flat in Sfax while the ministry reviews its case.",
    "A smaller number crossed into Tunisia and are staying with kinsmen in Sfax.",
], ids=["schools", "tents", "for-now", "perfect-with-kin", "while-reviewed", "after-crossing"])
def test_people_staying_somewhere_now_are_at_a_destination(text):
    assert role_of(text, "Sfax") == {"destination"}


def test_a_past_stay_is_still_a_stay_on_the_way():
    # distractor: the past tense tells a stop, not where people are now
    assert "destination" not in role_of("He was staying in Sfax when the boat left.", "Sfax")


@pytest.mark.parametrize("text", [
    "They are staying in Sfax until the sea calms, then they will cross to Italy.",
    "They are staying in a hotel in Sfax, hoping to reach Italy.",
], ids=["until", "hoping"])
def test_a_stay_before_going_on_is_no_destination(text):
    # hedging: a way on still wished for or awaited keeps the place a stop on the way
    assert "destination" not in role_of(text, "Sfax")


def test_a_stay_denied_gives_no_destination():
    assert "destination" not in role_of("They are not staying in Sfax.", "Sfax")


@pytest.mark.parametrize("text", [
    "The delegation is staying in a hotel in Sfax for the summit.",
    "Fans are staying in hotels in Sfax for the football final.",
], ids=["officials", "sports"])
def test_visits_and_matches_are_no_destination(text):
    assert "destination" not in role_of(text, "Sfax", context="")


# ------------------------------------------------------------------- rooms rented at the end


@pytest.mark.parametrize("text", [
    "Most moved to Tunis, into rented rooms in Sfax.",
    "The men were housed in a shed, and later in rented rooms in Sfax.",
    "Most families moved on to Tunis, renting rooms in Sfax.",
], ids=["into-rented", "later-in-rented", "renting"])
def test_rooms_rented_after_a_move_are_a_destination(text):
    assert "destination" in role_of(text, "Sfax")


def test_rooms_rented_by_tourists_are_no_destination():
    # distractor: no move of people on the move, a holiday let
    assert "destination" not in role_of("Tourists rented rooms in Sfax for the holidays.", "Sfax", context="")


def test_two_homes_in_turn_are_no_stop_on_the_way():
    # a rented room and then a house are homes, not a leg: the first stays a destination
    text = "She settled in Tunisia, first in a rented room in Sfax and later in a house in Tunis."
    assert role_of(text, "Sfax") == {"destination"}


def test_rooms_rented_later_leave_the_town_reached_an_arrival():
    # the rooms tell no leg, so the town the van reached is not made a stop on the way by them
    text = ("A van drove them to Tunis, where the boss took their passports. "
            "From there the men were housed in a shed, and later in rented rooms in Sfax.")
    assert "destination" in role_of(text, "Tunis")
