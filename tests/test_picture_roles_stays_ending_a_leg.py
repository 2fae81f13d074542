"""Roles: stays that end a leg of the journey. A roof found with kin or hosts ("found shelter
with relatives in X", destination.with_kin_lodged), a move into lodgings named in the plural
("moved to rented rooms in X", destination.moved_to_rooms) and a wait told up to now ("X, where
he has been waiting since August", destination.waiting_so_far) make the place a destination,
not a stop on the way; not a home life, a wait told with its way on, a team's, a tourist's or a
trader's stay, nor custody.

Sentences written for these tests; geocoded by the tiny fixture gazetteer
(tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import role_of

FLED = "Fighting drove thousands of Sudanese refugees out of Darfur last month. "


@pytest.mark.parametrize("text, place", [
    ("Others found shelter with relatives in Agadez.", "Agadez"),
    ("Most found rooms with friends in Tripoli and Misrata.", "Misrata"),
    ("About ninety families moved in with relatives in Sebha.", "Sebha"),
    ("The rest are now staying with host families in Kufra.", "Kufra"),
    ("Some were taken in by cousins in Benghazi.", "Benghazi"),
    # hedged: still where they went
    ("Many reportedly found shelter with relatives in Zawiya.", "Zawiya"),
], ids=["found-shelter", "found-rooms-list", "moved-in", "host-families", "taken-in", "hedged"])
def test_a_roof_found_with_kin_is_a_destination(text, place):
    assert "destination" in role_of(text, place, FLED)


@pytest.mark.parametrize("text, place", [
    ("Many moved to rented rooms in Sebha.", "Sebha"),
    ("Others were sent to new housing estates in Tripoli and Misrata.", "Misrata"),
    ("Another 300 people were taken to sanatoriums in Benghazi.", "Benghazi"),
], ids=["rented-rooms", "housing-estates-list", "sanatoriums"])
def test_a_move_into_lodgings_in_the_plural_is_a_destination(text, place):
    assert "destination" in role_of(text, place, FLED)


def test_a_wait_told_up_to_now_is_where_the_journey_has_got_to():
    text = "Yonas is now in Agadez, where he has been waiting since August."
    assert role_of(text, "Agadez") == {"destination"}


@pytest.mark.parametrize("text, place, cue_role", [
    # a home life, no move: nothing of these cues
    ("Amina lives with her parents in Agadez.", "Agadez", "destination"),
    # denied: no roof found
    ("None of them found shelter with relatives in Sebha.", "Sebha", "destination"),
    # a team's, a tourist's stay
    ("The football team moved to hotels in Tripoli before the final.", "Tripoli", "destination"),
    ("The tourists are staying with friends in Benghazi for the holidays.", "Benghazi", "destination"),
], ids=["home-life", "denied", "team-hotels", "holiday"])
def test_no_destination_where_no_one_moved_there(text, place, cue_role):
    assert cue_role not in role_of(text, place, "")


def test_a_stay_told_before_the_move_on_stays_a_stop():
    text = ("They had first fled their villages and had since been staying with host families in "
            "Agadez. Last week they walked north to Sebha.")
    assert "destination" not in role_of(text, "Agadez")


def test_a_wait_told_with_its_way_on_stays_a_stop():
    text = ("Yonas reached Agadez, where he has been waiting for weeks for a truck to cross the "
            "desert to Sebha.")
    assert "destination" not in role_of(text, "Agadez")
