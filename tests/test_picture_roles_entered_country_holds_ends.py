"""Roles: destinations the text states, and the right family for
stops of a journey of several legs.

- A country entered ("crossed into X", "entered X") is a destination when another sentence of
  the document has people reach a town inside it (roles._entered_country_holds_ends); not when the only places
  reached lie in another country, nor an entry denied or only hoped for, nor tourists' trips.

Sentences written for these tests; geocoded by the tiny fixture gazetteer
(tests/extract_helpers.py)."""

from __future__ import annotations

from extract_helpers import REPORTED, picture, roles


def _roles(text: str) -> dict[str, set[str]]:
    return roles(picture(REPORTED + text))


# ---- a country entered that holds the journey's end ----

def test_country_entered_holding_the_town_reached_is_a_destination():
    found = _roles("Eritrean migrants crossed into Libya at night. A week later they were taken to Tripoli.")
    assert "destination" in found.get("Libya", set())
    assert "transit" not in found.get("Libya", set())


def test_country_entered_then_left_by_boat_stays_on_the_way():
    found = _roles("Eritrean migrants crossed into Libya at night and later boarded boats to Lampedusa.")
    assert found.get("Libya") == {"transit"}


def test_country_entered_whose_town_is_left_again_stays_on_the_way():
    found = _roles("Eritrean migrants crossed into Libya. Months later the boats left from Zuwara for "
                   "Lampedusa.")
    assert "destination" not in found.get("Libya", set())


def test_entry_denied_gives_no_destination():
    found = _roles("Eritrean migrants did not cross into Libya; they were taken to Tripoli.")
    assert "destination" not in found.get("Libya", set())


def test_country_entered_with_a_town_of_another_country_reached_stays_on_the_way():
    found = _roles("Eritrean migrants crossed into Libya and were later taken to Lampedusa.")
    assert "destination" not in found.get("Libya", set())


def test_entry_only_hoped_for_gives_no_destination():
    found = _roles("Eritrean migrants hoped to cross into Libya and reach Tripoli.")
    assert "destination" not in found.get("Libya", set())


def test_tourists_crossing_make_no_journey():
    found = _roles("A group of tourists crossed into Libya and visited Tripoli for the festival.")
    assert "destination" not in found.get("Libya", set())
