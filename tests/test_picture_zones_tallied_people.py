"""Control zones: a body's record of the people who come, whatever name the text gives them
("registered each evacuee", "wrote down every household", "counted the displaced families",
"entered every family in a ledger") draws a zone where it is made (control.where_recorded,
[vars] ZTALLY); so do clerks, cadres, commissioners or a county's social services that record
them, a place opened with "On X," or "Here in X,", and a record told second in a series of the
body's acts ("X, where officials met the boats and registered each household"). Things counted or
checked (cars, the damage), a record denied, a hotel's guests or a body that only speaks draw none.

Sentences written for these tests; geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import zones_told


def _at(text: str, place: str) -> set:
    return {z for z in zones_told(text) if z[1] == place}


@pytest.mark.parametrize("text, place", [
    ("Buses took the families to Zawiya, where council officials registered each evacuee.", "Zawiya"),
    ("Buses took the families to Zawiya, where council staff register evacuees at two schools.", "Zawiya"),
    ("At Zuwara, Red Crescent volunteers wrote down every household before handing out mats.", "Zuwara"),
    ("At Zuwara, Red Crescent volunteers wrote down every name at a table by the gate.", "Zuwara"),
    ("The lorries reached Misrata, where volunteers wrote down each family and gave out water.", "Misrata"),
    ("The lorries reached Misrata, where council staff counted the displaced families.", "Misrata"),
    ("At Sabratha, town clerks entered every family in a ledger.", "Sabratha"),
    ("At Sabratha, the commissioners checked each family against their list.", "Sabratha"),
], ids=["each-evacuee", "evacuees", "every-household", "every-name", "each-family", "counted",
        "entered-in-ledger", "checked-each-family"])
def test_a_record_of_people_by_any_name_draws_a_zone(text, place):
    assert _at(text, place)


@pytest.mark.parametrize("text, place", [
    ("In Zawiya, the district's social services register each household at the school.", "Zawiya"),
    ("Here in Zuwara, township cadres registered every arriving family.", "Zuwara"),
], ids=["social-services", "here-in-cadres"])
def test_more_bodies_and_openers_that_record_people_draw_a_zone(text, place):
    assert _at(text, place)


@pytest.mark.parametrize("text, place", [
    ("The lorries reached Misrata, where council staff counted the damage to every car.", "Misrata"),
    ("At Sabratha, council staff checked every car in the market car park.", "Sabratha"),
    ("At Zuwara, town clerks did not register any evacuees last week.", "Zuwara"),
    ("In Zawiya, hotel managers registered every guest.", "Zawiya"),
    ("At Sabratha, town clerks entered the village at dawn.", "Sabratha"),
    ("Officials at Zawiya said 300 evacuees had registered this year.", "Zawiya"),
], ids=["damage-to-cars", "cars-checked", "denied", "hotel-guests", "entered-a-place", "speaking"])
def test_no_record_of_people_draws_no_zone(text, place):
    assert not _at(text, place)


@pytest.mark.parametrize("text, place", [
    ("The boats landed at Zuwara, where council officials met the families at the jetty and registered each household.", "Zuwara"),
    ("The boats landed at Zuwara, where Libyan police officers sat at a table and wrote every family's name in a book.", "Zuwara"),
    ("The boats landed at Zuwara, where council officials gave out blankets, registered each household and found them beds.", "Zuwara"),
], ids=["met-and-registered", "sat-and-wrote", "gave-registered-found"])
def test_a_record_second_in_a_series_of_acts_draws_a_zone(text, place):
    assert _at(text, place)


@pytest.mark.parametrize("text, place", [
    ("The boats landed at Zuwara, where council officials gave out blankets but did not register the families.", "Zuwara"),
    ("The boats landed at Zuwara, where council officials refused to help and registered nobody.", "Zuwara"),
    ("The boats landed at Zuwara, where council officials opened a school and counted the damage.", "Zuwara"),
], ids=["not-registered", "refused", "no-people"])
def test_a_series_without_a_record_of_people_draws_no_zone(text, place):
    assert not _at(text, place)
