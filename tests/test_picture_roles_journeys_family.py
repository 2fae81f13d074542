"""Roles, session 29 round 2: the family of a country entered when the text goes on. A departure
from a town inside the country entered takes people no step beyond it when the places its leg
reaches are inside it too; a journey told after the entry whose last stop is inside the country
entered is the way in, not a step beyond. Each is tested with negation, hedging and a distractor
(a leg that leaves the country, a journey that ends elsewhere).

Sentences written for these tests; geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import picture, roles

#: Opens every text: people on the move.
OPENING = "Eritrean refugees told aid workers about their journey. "


def found(text: str) -> dict[str, set[str]]:
    return roles(picture(OPENING + text))


# ------------------------------------------------------------------ a move within the country entered

@pytest.mark.parametrize("text", [
    "They crossed into Libya from Sudan in March. From Kufra, lorries carry the new arrivals on to Sebha.",
    "In March the group slipped into Libya from Sudan. From Kufra, smugglers drove them to a yard near Sebha.",
    # hedged: the move is only reported
    "They crossed into Libya from Sudan in March. From Kufra, lorries reportedly carry them on to Sebha.",
], ids=["lorries-to-town", "yard-near-town", "hedged"])
def test_a_move_within_the_country_entered_keeps_it_where_people_arrived(text):
    assert found(text).get("Libya") == {"destination"}


@pytest.mark.parametrize("text", [
    # distractor: the leg from the town leaves the country
    "They crossed into Libya from Sudan in March. From Kufra, lorries carry the new arrivals on to Agadez.",
    # a departure with no place after it: the journey goes on from there (no end to read)
    "They crossed into Libya from Sudan in March. In June they set off from Zuwara in a dinghy.",
], ids=["leg-abroad", "no-end-named"])
def test_a_departure_beyond_the_country_entered_keeps_it_a_stop(text):
    assert found(text).get("Libya") == {"transit"}


def test_a_denied_move_within_is_no_departure_at_all():
    text = "They crossed into Libya from Sudan in March. From Kufra, no lorry carried them on to Sebha."
    assert found(text).get("Libya") == {"destination"}


# ------------------------------------------------------------------ a journey told after the entry

@pytest.mark.parametrize("text", [
    "Last winter they crossed into Libya. They flew from Egypt to Tunis and then on to Tripoli.",
    # hedged
    "Last winter they crossed into Libya. They apparently flew from Egypt to Tunis and then on to Tripoli.",
], ids=["ends-inside", "hedged"])
def test_a_journey_told_after_the_entry_that_ends_inside_it_is_the_way_in(text):
    assert found(text).get("Libya") == {"destination"}


def test_a_journey_told_after_the_entry_that_ends_abroad_takes_people_beyond():
    # distractor: the same legs, but the last stop is outside the country entered
    text = "Last winter they crossed into Libya. They flew from Egypt to Tunis and then on to Rome."
    assert found(text).get("Libya") == {"transit"}


def test_a_denied_journey_leaves_the_entry_where_people_arrived():
    text = "Last winter they crossed into Libya. They did not fly from Egypt to Tunis and then on to Tripoli."
    assert found(text).get("Libya") == {"destination"}

