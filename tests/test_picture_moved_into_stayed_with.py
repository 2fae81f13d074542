"""Where people move into is where they went to live (destination.moved_into: "the families moved
into X", "a smaller number headed the other way, into Y"), unlike a border they cross into; and a
stop left later where people stayed with someone or were given rooms ([settings] housed_after:
"X, where relatives put them up", "Y, where they stayed with friends", "Z, where the mayor opened
a school for them") stays where they arrived, and so does one others went on from, told later in
its sentence or at the start of the next ("Others, neighbours said, drove on"). Not an army, a
convoy or a storm moving in, not a move denied or a way back; not a wait for the way on.

Sentences written for these tests; geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import picture, role_of, roles

_OPENING = "Thousands of displaced families fled the floods, aid agencies said. "


@pytest.mark.parametrize("text, place", [
    ("Most of the families moved into Tunisia in the spring.", "Tunisia"),
    ("A smaller number headed the other way, into Misrata, to stay with cousins.", "Misrata"),
    ("Several households relocated inland into Chad after the second flood.", "Chad"),
], ids=["moved-into", "headed-the-other-way", "relocated-inland"])
def test_people_moving_into_a_place_arrive_there(text, place):
    assert "destination" in role_of(_OPENING + text, place, context="")


@pytest.mark.parametrize("text, place", [
    ("Troops moved into Misrata on Monday to secure the roads.", "Misrata"),
    ("An aid convoy of food trucks moved into Misrata on Monday.", "Misrata"),
    ("The storm moved into Tunisia overnight.", "Tunisia"),
    ("The families did not move into Tunisia after all.", "Tunisia"),
    ("The men went back into Misrata once the water fell.", "Misrata"),
], ids=["troops", "goods", "storm", "negated", "way-back"])
def test_no_people_moving_in_make_no_destination(text, place):
    assert "destination" not in role_of(_OPENING + text, place, context="")


def test_a_move_into_a_place_only_reported_is_hedged():
    pic = picture(_OPENING + "Some families reportedly moved into Tunisia last week.")
    feats = [f for f in pic.by_role("destination") if f.name == "Tunisia"]
    assert feats and all(f.properties["hedged"] for f in feats)


@pytest.mark.parametrize("after", [
    "where relatives put them up in a flat",
    "where they stayed with friends from their village",
    "where the town's mayor opened a school for them",
], ids=["put-up", "stayed-with", "opened-for-them"])
def test_a_stop_where_people_stayed_with_someone_stays_their_arrival(after):
    text = (_OPENING + f"Buses took most of them to Misrata, {after}. "
            "Weeks later many went on from Misrata to Tripoli.")
    assert "destination" in roles(picture(text)).get("Misrata", set())


@pytest.mark.parametrize("after", [
    "where they stayed with the smugglers only one night before the boat left",
    "where nobody stayed with them",
    "where they waited for a boat",
], ids=["stay-before-boat", "denied", "waited"])
def test_a_stop_only_passed_stays_a_transit(after):
    text = (_OPENING + f"Buses took most of them to Misrata, {after}. "
            "Weeks later many went on from Misrata to Tripoli.")
    assert "destination" not in roles(picture(text)).get("Misrata", set())


def test_a_next_sentence_on_others_with_an_aside_leaves_the_stop_theirs_reached():
    text = (_OPENING + "Buses took most of them to Misrata. "
            "Others, neighbours said, drove on to Tripoli.")
    assert "destination" in roles(picture(text)).get("Misrata", set())


def test_a_next_sentence_on_the_same_people_goes_on_from_the_stop():
    text = (_OPENING + "Buses took most of them to Misrata. "
            "From there, neighbours said, they drove on to Tripoli.")
    assert "destination" not in roles(picture(text)).get("Misrata", set())


@pytest.mark.parametrize("rest, expected", [
    # others go on, to somewhere the map lacks: these people stayed at Misrata
    ("; others were sent south to the hill country", True),
    # the same people go on first
    (" and then walked on south to the hill country; others stayed behind", False),
], ids=["others-to-unknown", "same-people-first"])
def test_others_going_on_later_in_the_sentence_leave_the_stop_reached(rest, expected):
    text = (_OPENING + f"The largest group went to farms around Misrata{rest}. "
            "From there, buses later took them on to Tripoli.")
    assert ("destination" in roles(picture(text)).get("Misrata", set())) is expected
