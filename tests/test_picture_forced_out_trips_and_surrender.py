"""Look-alikes of homes left, trips, settling, stays and surrenders, each with the reading kept.
A place people are forced or taken out of is still their home ([settings] return_from_before
reads only sending, pushing or expelling out of a place, and a state's nationals forced out);
a holiday or a business trip that ends in a stay is a migrant's arrival ([settings]
official_trip_after); "settles"/"settling" needs a person or a time word before it; a stay told
by its length needs people; a place dreamt of is no destination with a possessive, as a club or
"as" something; a surrender over a charge of illegal entry is a migration control ([context]
crime_surrender).

Sentences written for these tests; geocoded by the tiny fixture gazetteer
(tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import picture, role_of, zones

LEAD = "Thousands of migrants and refugees have crossed the region this year, aid groups say. "


@pytest.mark.parametrize("text, place, family", [
    ("The war forced the family out of Sudan, and they walked to Libya.", "Sudan", "origin"),
    ("The smuggling business is run out of Agadez, and Nigerians pay to cross the desert.", "Nigeria", "origin"),
    ("Grace came to Italy on holiday in 2002 and never left.", "Italy", "destination"),
    ("He flew to Italy on a business trip in 2019 and claimed asylum the next day.", "Italy", "destination"),
    ("The Nigerian nurse travelled to Malta on a holiday visa and was sold to an employer.", "Malta", "destination"),
    ("He later settled down near Tunis.", "Tunis", "destination"),
], ids=["forced-out-of-home", "business-is-no-bus", "holiday-never-left", "business-trip-asylum",
        "holiday-visa-sold", "settled-down-near"])
def test_what_the_review_found_lost_is_read_again(text, place, family):
    assert family in role_of(text, place, context=LEAD)


@pytest.mark.parametrize("text, place", [
    ("As the political dust settles in Rome, ministers will meet again in Tunis.", "Rome"),
    ("Few of them had any intention of settling in Greece.", "Greece"),
    ("Flights stopped in Benghazi for weeks after the clashes.", "Benghazi"),
    ("As a boy, the dictator had dreamed of Libya as the jewel of a new empire.", "Libya"),
    ("The shattered dreams of Sudan's young protesters were plain to see.", "Sudan"),
], ids=["dust-settles", "no-intention-of-settling", "flights-stopped", "dreamed-of-as", "dreams-possessive"])
def test_what_the_review_found_read_wrongly_stays_silent(text, place):
    assert not role_of(text, place, context=LEAD)


def test_people_forced_out_by_a_state_are_not_from_there():
    # the rule these tests keep: a state's removal of foreigners names where they were
    assert "origin" not in role_of("Police forced 9,000 nationals out of Tunisia and Egypt last year.", "Egypt",
                                   context=LEAD)


def test_a_surrender_over_illegal_entry_is_a_control():
    text = LEAD + "Near Kufra, the Sudanese brothers surrendered to Libyan police, who charged them with illegal entry."
    assert any(place == "Kufra" for _, place in zones(picture(text)))


def test_a_flight_on_tourist_visas_is_no_official_tour():
    # "on tour" of an official's trip is a word of its own, not the start of "tourist"
    text = "Most of them had flown to Tripoli on tourist visas before being driven south."
    assert role_of(text, "Tripoli", context=LEAD)
