"""A flight onward announced for people already reached is where they are taken next
(destination.flown_onward: "the survivors will be flown to X on Tuesday"), but not a flight back
or home, nor one to the country the document's people come from (a removal), nor people named
by nationality in a conditional ("the Senegalese would be flown to X"), nor one denied, nor
bodies flown. A share of a group sent elsewhere with its verb left out may be a single one ("two
buses went to X, one to Y": [settings] gapped_share). Years of work told right after the verb
make a destination (destination.work_history: "worked five years in X"), not work years ago.

Sentences written for these tests; geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import picture, roles

_OPENING = "Migrants and refugees told aid workers about their journeys this year. "


def _roles(text: str) -> dict[str, set[str]]:
    return roles(picture(_OPENING + text))


_LANDED = "A boat carrying 52 migrants from Senegal landed on Lampedusa on Monday. "


@pytest.mark.parametrize("text, place", [
    ("The survivors will be flown to Rome on Tuesday.", "Rome"),
    ("About 40 of the adults are to be flown to Sicily this week.", "Sicily"),
    ("Officials said the families will later be flown on to Pozzallo.", "Pozzallo"),
], ids=["will-be-flown", "are-to-be-flown", "will-be-flown-on"])
def test_a_flight_onward_announced_is_a_destination(text, place):
    assert "destination" in _roles(_LANDED + text).get(place, set())


@pytest.mark.parametrize("text, place", [
    ("The survivors will be flown back to Senegal next week.", "Senegal"),
    ("The survivors will be flown to Senegal on a charter.", "Senegal"),
    ("The Senegalese would be flown to Rome, officials said.", "Rome"),
    ("The survivors will not be flown to Rome, officials said.", "Rome"),
    ("The bodies of the dead will be flown to Rome.", "Rome"),
    ("The survivors will be flown to Rome to be deported.", "Rome"),
], ids=["back", "own-country", "nationals-conditional", "denied", "bodies", "custody"])
def test_a_removal_a_denial_or_no_people_flown_is_no_destination(text, place):
    assert "destination" not in _roles(_LANDED + text).get(place, set())


def test_a_single_share_with_its_verb_left_out_is_a_destination():
    got = _roles("Evicted migrants boarded buses on Monday. Two buses went to Tripoli, one to Misrata.")
    assert "destination" in got.get("Misrata", set())


def test_one_person_after_a_destination_going_to_someone_else_gives_nothing_more():
    got = _roles("Evicted migrants went to Tripoli, one of them to a cousin, aid workers said.")
    assert "destination" in got.get("Tripoli", set())
    assert "Misrata" not in got


@pytest.mark.parametrize("text, place", [
    ("Before Italy, she had worked three years in a garment factory in Tunis.", "Tunis"),
    ("The migrant worked five years in Libya, his brother said.", "Libya"),
], ids=["years-in-a-factory", "years-in-a-country"])
def test_years_of_work_told_after_the_verb_make_a_destination(text, place):
    assert "destination" in _roles(text).get(place, set())


@pytest.mark.parametrize("text, place", [
    ("A Libyan man worked two years ago in Tripoli, migrants said.", "Tripoli"),
    ("The men did not work five years in Tunisia, officials said.", "Tunisia"),
], ids=["years-ago", "denied"])
def test_work_years_ago_or_denied_is_no_destination(text, place):
    assert "destination" not in _roles(text).get(place, set())
