"""Routes, in general English: a people's host countries
are no stops of a journey; a force's tally of stopped boats adds no stop; a route described passes
no area; a port people were brought to and held at is no destination; a removal of failed claimants
gives none; a hope never reached ends no route; people made to walk over a border are returned.

Sentences written for these tests; geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)."""

from __future__ import annotations

from extract_helpers import CONTEXT, picture, roles
from test_picture_routes_stated import routes

_LEFT = "Eritrean refugees left Sudan last week. "


def test_a_peoples_host_countries_are_no_stops():
    pic = picture(_LEFT + "The government has urged the 20,000 Eritreans living in Egypt, Libya and Italy "
                          "to come home.")
    assert not any(len(r) > 2 for r in routes(pic)), routes(pic)
    assert not {"Egypt", "Libya", "Italy"} & set(roles(pic)), roles(pic)


def test_a_stay_on_the_way_is_still_a_stop():
    found = routes(picture("Eritrean migrants left Sudan and were stuck in Libya for months. "
                           "They reached Italy in May."))
    assert ("Eritrea", "Sudan", "Libya", "Italy") in found, found


_LANDED = "Eritrean migrants left Zuwara by boat and reached Lampedusa on Sunday. "


def test_a_tally_of_stopped_boats_adds_no_stop():
    found = routes(picture(_LANDED + "The coastguard said it had stopped 14 boats heading for Lampedusa "
                                     "and Malta since January."))
    assert found == [("Eritrea", "Zuwara", "Lampedusa")], found


def test_a_boat_heading_somewhere_still_goes_there():
    found = routes(picture("Eritrean migrants left Zuwara by boat heading for Malta."))
    assert ("Eritrea", "Zuwara", "Malta") in found, found


def test_a_route_described_passes_no_area():
    pic = picture(_LANDED + "It was the latest boat on the central Mediterranean route that runs from "
                            "Africa to Italy.")
    assert not any("Africa" in r for r in routes(pic)), routes(pic)
    assert "transit" not in roles(pic).get("Africa", set()), roles(pic)



def test_a_port_people_were_brought_to_and_held_at_is_no_destination():
    pic = picture("Eritrean migrants left Zuwara by boat. The engine failed and the survivors were brought to "
                  "the port of Pozzallo, where they were held at a police station.")
    assert "destination" not in roles(pic).get("Pozzallo", set()), roles(pic)
    assert not any("Pozzallo" in r for r in routes(pic)), routes(pic)


def test_a_removal_of_failed_claimants_gives_no_destination():
    pic = picture(_LANDED + "The ministry said a plane would take those whose claims fail back to Eritrea.")
    assert "destination" not in roles(pic).get("Eritrea", set()), roles(pic)


_HOPED = "Eritrean migrants left Zuwara by boat in June. They had hoped to get to Malta"


def test_a_hope_never_reached_ends_no_route():
    found = routes(picture(_HOPED + ". They never got there."))
    assert not any("Malta" in r for r in found), found


def test_a_hope_reached_still_ends_the_route():
    found = routes(picture(_HOPED + ", and they got there in July."))
    assert ("Eritrea", "Zuwara", "Malta") in found, found


def test_people_made_to_walk_over_a_border_are_returned_there():
    pic = picture(CONTEXT + "Police detained 200 migrants in Sebha last week. At the border they were made to "
                            "walk into Niger.")
    assert routes(pic) == [("Sebha", "Niger")], routes(pic)
    assert "destination" not in roles(pic).get("Niger", set()), roles(pic)
