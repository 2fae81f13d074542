"""Control zones: a body that records people is read with its short name in brackets ("the Refugee
Registration Service (RRS)"), with a full name listing its fields with commas ("the Directorate of
Civil Status, Migration and Refugees"), as a singular volunteer or worker beside officers, as teams,
or by its own proper name alone ("the Asayish"), a second body named with its country's name
("UNHCR and Niger's directorate"); its record may join two acts ("screen and register arrivals"),
and its place may be named as a town ("X town, where ...") or followed by a time ("X on Monday,
where ..."). Officials who check the papers of goods ("the export papers") record no people. A public body that opens a site, a camp or a registration desk for people at
a place draws a zone there, its actor.

Sentences written for these tests; geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import actors_at, zones_told


def _at(text: str, *places: str) -> set:
    return {z for z in zones_told(text) if z[1] in places}


@pytest.mark.parametrize("text, place", [
    ("Families reached Zawiya, where the Refugee Registration Service (RRS) registers arrivals.", "Zawiya"),
    ("Families reached Zuwara, where the municipality and the Refugee Registration Service screen and "
     "register arrivals.", "Zuwara"),
    ("Families reached Misrata, where teams of the Directorate of Civil Status, Migration and Refugees "
     "(DCSMR) have been registering them.", "Misrata"),
    ("Libyan immigration officers and a Red Crescent volunteer register new arrivals at Sabratha.", "Sabratha"),
    ("Civil protection teams registered 1,200 displaced households at the town hall in Zawiya.", "Zawiya"),
    ("Families reached Zuwara, where the Asayish registered every family.", "Zuwara"),
    ("Families gathered in Zawiya town, where volunteers of the Red Crescent registered them.", "Zawiya"),
    ("In Sabratha, UNHCR and Libya's Directorate of Civil Status, Migration and Refugees (DCSMR) have "
     "set up a registration point beside the clinic.", "Sabratha"),
], ids=["acronym", "two-acts", "commas-in-name", "singular-volunteer", "teams", "proper-name", "x-town-where",
        "second-body-of-a-country"])
def test_a_body_recording_people_draws_a_zone(text, place):
    assert _at(text, place)


@pytest.mark.parametrize("text, place", [
    ("Families reached Zawiya, where a spokesman for the Refugee Registration Service (RRS) said the "
     "queue was long.", "Zawiya"),
    ("Families reached Zuwara, where the Chamber of Commerce registered new businesses.", "Zuwara"),
    ("Families reached Misrata, where the Electoral Commission (EC) registered voters.", "Misrata"),
    ("Families reached Zawiya, where the Asayish said they had registered every family.", "Zawiya"),
    ("In Sabratha, the Refugee Registration Service (RRS) did not register any arrivals last week.",
     "Sabratha"),
], ids=["spokesman", "businesses", "voters", "says-only", "denied"])
def test_a_body_recording_no_people_draws_no_zone(text, place):
    assert not _at(text, place)


@pytest.mark.parametrize("text, place, actor", [
    ("The government has opened a site for displaced families outside Zawiya.", "Zawiya", "government"),
    ("In Misrata, the Joint Crisis Centre has opened a registration desk beside the clinic.", "Misrata",
     "Joint Crisis Centre"),
    ("The health ministry set up a registration point at a sports hall in Zuwara.", "Zuwara",
     "health ministry"),
], ids=["site-for-families", "in-x-desk", "desk-in-hall"])
def test_a_body_opening_a_site_for_people_draws_its_zone(text, place, actor):
    assert actor in actors_at(text, place)


@pytest.mark.parametrize("text, place", [
    ("The council opened a new school in Zawiya.", "Zawiya"),
    ("The hotel opened a new reception desk in Zuwara.", "Zuwara"),
    ("The government has not opened a site for displaced families outside Misrata.", "Misrata"),
    ("The mayor said the government would open a site for displaced families outside Sabratha.", "Sabratha"),
], ids=["school", "hotel-desk", "denied", "planned"])
def test_no_site_for_people_opened_draws_no_zone(text, place):
    assert not _at(text, place)


@pytest.mark.parametrize("text, place", [
    ("The migrants flew from Tunis to Rome on Saturday, where Italian border police checked their visas.",
     "Rome"),
    ("Families reached Zawiya on Monday, where the Refugee Registration Service registered them.", "Zawiya"),
], ids=["force-checks", "body-records"])
def test_a_time_between_the_place_and_where_keeps_the_zone(text, place):
    assert _at(text, place)


@pytest.mark.parametrize("text, place", [
    ("Two lorries took the machines to Misrata on Monday, where customs officers checked the export papers.",
     "Misrata"),
    ("The crates reached Zuwara, where customs officials inspected the import documents.", "Zuwara"),
    ("The team flew to Rome on Saturday, where police officers watched the match.", "Rome"),
], ids=["export-papers", "import-documents", "match"])
def test_papers_of_goods_checked_draw_no_zone(text, place):
    assert not _at(text, place)
