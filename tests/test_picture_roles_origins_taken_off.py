"""Roles: where people come from: people taken, moved or cleared off a place, or off their land
or homes in it, by others ("islanders were taken off X in one night", "households have been
moved off their land in Y", "families were removed from their homes in Z": origin.taken_off).
Tested with negation, hedging and distractors (an object or an office moved, a deportation
"removed from" a country).

Sentences written for these tests; geocoded by the tiny fixture gazetteer
(tests/extract_helpers.py) with its Andean places added."""

from __future__ import annotations

import pytest
from extract_helpers import origin_claims_at as claims_at
from extract_helpers import reported_role_of as role_of


pytestmark = pytest.mark.usefixtures("andean_places")


@pytest.mark.parametrize("text, place", [
    ("Some 3,000 villagers were taken off the island of Uyuni in a single night.", "Uyuni"),
    ("At least 200 households have been moved off their land in Oruro to make way for a dam.", "Oruro"),
    ("The families were removed from their homes in Potosi and sent to a camp.", "Potosi"),
    ("Hundreds of people taken off Uyuni by boat spent the winter in tents.", "Uyuni"),
], ids=["taken-off-island", "moved-off-land", "removed-from-homes", "reduced-relative-by-boat"])
def test_people_taken_off_a_place_come_from_it(text, place):
    assert role_of(text, place) == {"origin"}


@pytest.mark.parametrize("text, place", [
    ("The villagers were never moved off their land in Oruro, despite the dam.", "Oruro"),
    # things, not people: a statue, an office
    ("The old statue was moved off the main square of Oruro last year.", "Oruro"),
    ("The bank moved its offices out of Potosi in 2019.", "Potosi"),
], ids=["negated", "statue", "office"])
def test_no_origin_from_a_denial_or_a_thing_moved(text, place):
    assert "origin" not in role_of(text, place)


def test_a_hypothetical_removal_stays_hedged():
    claims = claims_at("The families may be moved off their land in Oruro next year, officials "
                       "said.", "Oruro")
    assert all(c.hedged for c in claims)
