"""Roles: where people were put up by others, told in the passive (destination.placed_in_lodging):
"the family was placed in a reception centre in X", "the workers were placed in shared housing in
Y", "they were settled in cabins in Z", "families were resettled on the island of W".
Each frame is tested with negation, hedging and distractors (custody, a visit, things placed).

Sentences written for these tests; geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)
with the places below added."""

from __future__ import annotations

import pytest
from extract_helpers import with_places
from extract_helpers import reported_role_of as role_of

#: Places of these tests: surface -> (id, kind, country, lat, lon, gazetteer name).
EXTRA = {
    "Bradford": ("test:bradford", "city", "GB", 53.80, -1.75, "Bradford"),
    "Leeds": ("test:leeds", "city", "GB", 53.80, -1.55, "Leeds"),
    "Cardiff": ("test:cardiff", "city", "GB", 51.48, -3.18, "Cardiff"),
    "Napier": ("test:napier", "city", "NZ", -39.49, 176.91, "Napier"),
    "Tauranga": ("test:tauranga", "city", "NZ", -37.69, 176.17, "Tauranga"),
    "Beira": ("test:beira", "city", "MZ", -19.84, 34.84, "Beira"),
    "Arran": ("test:arran", "island", "GB", 55.58, -5.25, "Isle of Arran"),
    "Valletta": ("test:valletta", "city", "MT", 35.90, 14.51, "Valletta"),
    "Geneva": ("test:geneva", "city", "CH", 46.20, 6.14, "Geneva"),
}


@pytest.fixture(autouse=True)
def more_places(monkeypatch):
    with_places(monkeypatch, EXTRA)


@pytest.mark.parametrize("text, place", [
    ("After a week at the border the family was placed in a reception centre in Bradford.", "Bradford"),
    ("The seasonal workers were placed in shared housing in Napier and Tauranga.", "Tauranga"),
    ("Two boys travelling alone were placed with a church shelter in Beira.", "Beira"),
    ("By nightfall the newcomers were settled in cabins in Napier.", "Napier"),
    ("The seasonal workers will be housed in motels in Napier.", "Napier"),
    ("The survivors were housed in hostels in Leeds.", "Leeds"),
    ("In 2016 twelve Syrian families were resettled on Arran.", "Arran"),
    ("The family was placed in the Leeds reception centre.", "Leeds"),
    # hedged: still where people were put up
    ("The evacuees were reportedly put in schools in Cardiff.", "Cardiff"),
], ids=["centre", "housing-list", "with-shelter", "settled-cabins", "will-be-housed", "housed-hostels", "resettled-on",
        "named-centre", "hedged"])
def test_people_placed_in_lodgings_are_at_a_destination(text, place):
    assert role_of(text, place) == {"destination"}


@pytest.mark.parametrize("text, place", [
    # denied
    ("The families were never placed in housing in Leeds.", "Leeds"),
    # custody: people held, not housed
    ("The men were placed in a detention centre in Valletta by police.", "Valletta"),
    ("The crew were placed in custody in Valletta.", "Valletta"),
    ("The survivors will be housed in a sports hall in Valletta under police guard.", "Valletta"),
    # a visit or a summit: officials put up in hotels
    ("The delegates were housed in hotels in Geneva during the summit.", "Geneva"),
    # things placed, not people
    ("Explosives were placed in a school in Cardiff.", "Cardiff"),
    ("The donations were put in warehouses in Bradford.", "Bradford"),
], ids=["negated", "detention", "custody", "under-guard", "summit", "explosives", "goods"])
def test_no_destination_where_no_one_on_the_move_was_placed(text, place):
    assert "destination" not in role_of(text, place)
