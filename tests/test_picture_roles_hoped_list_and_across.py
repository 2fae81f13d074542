"""Roles: a place listed after one people hope to
reach is hoped for too, no launch point ([settings] hoped_list_before, relevance._hoped_in_list);
a country crossed "and across X to" the next place is a stop on the way (transit.and_across);
a sentence opening on a place where a body holds or registers the new arrivals makes it a
destination (destination.arrivals_held), not the country whose body it is.

Sentences written for these tests; geocoded by the tiny fixture gazetteer
(tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import role_of

# ------------------------------------------------------------------ listed after a hoped place


@pytest.mark.parametrize("text, place", [
    ("Most of the men said they hoped to reach Italy, where they have cousins, or Malta, "
     "from where they would try to get to Spain.", "Malta"),
    ("She wants to get to Italy or Tunisia, from where her brother would take her on.", "Tunisia"),
    # hedged: still only hoped
    ("They apparently hoped to reach Italy, or perhaps Malta, from where boats go north.", "Malta"),
], ids=["where-clause-or", "or", "hedged"])
def test_a_place_listed_after_a_hoped_one_is_hoped_for_no_launch(text, place):
    found = role_of(text, place)
    assert "launch_point" not in found and "transit" not in found
    assert "destination" in found


@pytest.mark.parametrize("text, place", [
    # walked to, not hoped: the place they sailed from is a launch point
    ("They walked to Sabratha or Zuwara, from where the boats sail to Lampedusa.", "Zuwara"),
    # a departure of its own sentence after a hope
    ("They hoped to reach Italy. They left from Zuwara before dawn.", "Zuwara"),
], ids=["walked-to", "own-sentence"])
def test_a_place_left_from_outside_a_hope_stays_a_launch_point(text, place):
    assert "launch_point" in role_of(text, place)


# ------------------------------------------------------------------ and across a country


@pytest.mark.parametrize("text, place", [
    ("Smugglers drove the families through Sudan, sleeping one night in a shed, and across Chad "
     "to the border at Agadez.", "Chad"),
    ("The families walked through Sudan, then across Chad towards Niger.", "Chad"),
    # hedged
    ("The migrants were reportedly taken through Niger and across Libya to the sea.", "Libya"),
], ids=["and-across-to", "then-across-towards", "hedged"])
def test_a_country_crossed_on_the_way_to_the_next_place_is_a_stop(text, place):
    assert "transit" in role_of(text, place)


@pytest.mark.parametrize("text, place", [
    # a spread, not a crossing
    ("Aid groups work in Niger and across Libya to help the stranded migrants.", "Libya"),
    # denied
    ("The smugglers drove through Niger but never across Libya to the coast.", "Libya"),
    # goods
    ("Lorries carrying fuel drive through Niger and across Libya to the ports.", "Libya"),
], ids=["spread", "never", "goods"])
def test_no_stop_from_across_without_people_crossing(text, place):
    assert "transit" not in role_of(text, place)


# ------------------------------------------------------------------ In X, new arrivals held


@pytest.mark.parametrize("text, place", [
    ("In Sebha, Libya's interior ministry holds the new arrivals at its centre while their papers are checked.", "Sebha"),
    ("In Agadez, the new arrivals are registered at the bus station by the police.", "Agadez"),
], ids=["ministry-holds", "registered"])
def test_a_place_where_the_new_arrivals_are_held_is_a_destination(text, place):
    assert "destination" in role_of(text, place)


def test_the_country_owning_the_body_is_no_destination():
    text = "In Sebha, Libya's interior ministry holds the new arrivals at its centre."
    assert "destination" not in role_of(text, "Libya")


@pytest.mark.parametrize("text", [
    "In Sebha, officials prepare for new arrivals next month.",
    "In Sebha, the ministry no longer receives new arrivals.",
], ids=["expected", "no-longer"])
def test_no_destination_where_arrivals_are_only_expected_or_denied(text):
    assert "destination" not in role_of(text, "Sebha")
