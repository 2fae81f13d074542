"""Roles: places found and geocoded but given no role. A sentence opening on a place ("At X," "In X, a town near the border,") where a body
registers, screens or writes down the names of the people who came makes it a destination
(destination.arrivals_recorded); not a hotel's or a census's record, not denied.

Sentences written for these tests; geocoded by the tiny fixture gazetteer
(tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import role_of


@pytest.mark.parametrize("text, place", [
    ("At Agadez, the refugee service screens and registers arrivals at the bus station.", "Agadez"),
    ("In Sebha, a market town on the desert road, staff of the interior ministry wrote down the "
     "names of each family in a school hall.", "Sebha"),
    ("At Kufra the municipality has a desk that registers every family.", "Kufra"),
    ("In Zawiya, the aid agency registers families who arrived by truck from the south.", "Zawiya"),
    ("At Sebha, further north along the road, police at the checkpoint write down the names of "
     "new arrivals.", "Sebha"),
    # hedged: still a record of arrivals there
    ("In Agadez, volunteers reportedly registered the new arrivals in a sports hall.", "Agadez"),
], ids=["at-screens", "apposition-names", "no-comma-every-family", "who-arrived",
        "apposition-write-down", "hedged"])
def test_a_place_where_a_body_records_the_newcomers_is_a_destination(text, place):
    assert "destination" in role_of(text, place)


@pytest.mark.parametrize("text, place", [
    # denied
    ("In Agadez, officials no longer register new arrivals.", "Agadez"),
    ("At Kufra, the office did not record any new arrivals.", "Kufra"),
    # a hotel's guests, a census
    ("In Sebha, the hotel registers every new arrival at the front desk.", "Sebha"),
    ("In Zawiya, census staff recorded every household in the old town.", "Zawiya"),
    # no one who came: goods, a football crowd
    ("At Kufra, customs officers registered the lorries and their fuel.", "Kufra"),
    # taken on from there to a place named after: a stop on the way
    ("At Agadez, staff of the agency register new arrivals before the families are taken by "
     "truck to the camp at Sebha.", "Agadez"),
], ids=["no-longer", "did-not", "hotel", "census", "goods", "taken-on"])
def test_no_destination_from_a_record_of_no_newcomers(text, place):
    assert "destination" not in role_of(text, place)


def test_the_country_owning_the_body_is_no_destination():
    text = "In Sebha, Libya's interior ministry registers the new arrivals at its centre."
    assert "destination" not in role_of(text, "Libya")
