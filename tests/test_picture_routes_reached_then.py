"""A place one sentence has people reach, then a second they reach or are carried to after it
("flew to X and reached Y two days later", "landed at X and were taken by bus to Y", "to X,
and then arrived in Y"): a leg from the first to the second (the cue data's [route_modes]
reached_in_turn), not two routes from the start, one to each. Another group ("others reached
Y"), an alternative ("to X or reached Y"), and a denial ("never reached Y") make no leg
on, and a return ("sent back to Y") is no way on.

Sentences written for these tests; geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import has_leg, route_stops

from geomig.picture import cues

MODES = cues.route_modes(cues.default())


@pytest.mark.parametrize("text", [
    "The men left Agadez on a lorry to Sebha and reached Tripoli a week later.",
    "The men left Agadez on a lorry to Sebha, and then reached Tripoli on foot.",
    "The men left Agadez on a lorry to Sebha and arrived in Tripoli a week later.",
    "The men left Agadez on a lorry to Sebha and were taken by car to Tripoli.",
    "The men left Agadez on a lorry to Sebha and were later transferred to Tripoli.",
], ids=["reached", "then-reached", "arrived-in", "taken", "transferred"])
def test_a_place_reached_after_another_is_a_leg_from_it(text):
    found = route_stops(text)
    assert has_leg(found, "Sebha", "Tripoli"), found


@pytest.mark.parametrize("text", [
    # another group: each to its own place
    "The men left Agadez on a lorry to Sebha, and others reached Tripoli by plane.",
    # alternatives: either, not one after the other
    "The men left Agadez on a lorry to Sebha or reached Tripoli by plane.",
    # denied
    "The men left Agadez on a lorry to Sebha and never reached Tripoli.",
    # a distractor: another's way, from the second place
    "The men left Agadez on a lorry to Sebha, where officials who arrived from Tripoli met them.",
], ids=["others", "or", "never", "distractor"])
def test_other_groups_alternatives_and_denials_make_no_leg_on(text):
    found = route_stops(text)
    assert not has_leg(found, "Sebha", "Tripoli"), found


@pytest.mark.parametrize("between, in_turn", [
    (" and reached ", True),
    (", and then reached ", True),
    (" and arrived in ", True),
    (" two days later and were taken by bus to ", True),
    (" and were bused to ", True),
    (", where they were taken to ", False),
    (" and were sent back to ", False),
    (" and others reached ", False),
    (" and arrived from ", False),
    (", or reached ", False),
])
def test_the_words_of_a_place_reached_next(between, in_turn):
    assert bool(MODES["reached_in_turn"].search(between)) is in_turn


@pytest.mark.parametrize("between, in_turn", [
    (", where guards checked their papers, before they crossed to ", True),
    (", where the men were fed, before the group boarded a ferry to ", True),
    (", where guards checked their papers, before others crossed to ", False),
    (", where guards checked their papers, before they could go to ", False),
    (", where guards checked their papers, before smugglers arrived from ", False),
])
def test_the_next_move_after_what_was_done_at_the_first_place(between, in_turn):
    # "before they crossed to Y" after a clause of what happened at X goes on from X; another
    # group, a move only possible, or others coming from Y do not
    assert bool(MODES["reached_in_turn"].search(between)) is in_turn


@pytest.mark.parametrize("text, leg", [
    ("The men took a lorry from Agadez to Sebha, where guards counted them and checked their papers"
     " at the gate, before they crossed to Tripoli.", True),
    ("The men took a lorry from Agadez to Sebha, where guards counted them and checked their papers"
     " at the gate, before others crossed to Tripoli.", False),
    ("The men took a lorry from Agadez to Sebha, where guards counted them and checked their papers"
     " at the gate, before smugglers arrived from Tripoli.", False),
    ("The men took a lorry from Agadez to Sebha, where guards counted them and checked their papers,"
     " before they could go to Tripoli.", False),
], ids=["they-crossed", "others", "distractor", "hedged"])
def test_a_move_told_after_what_was_done_at_a_place_goes_on_from_it(text, leg):
    found = route_stops(text)
    assert has_leg(found, "Sebha", "Tripoli") is leg, found
