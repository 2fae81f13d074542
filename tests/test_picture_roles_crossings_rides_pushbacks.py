"""Roles: a crossing or a force named by its
country's people is no origin ("the Hungarian crossing", "then the Hungarians pushed us"); the
start of a ride others give is no origin ("a van took them and nine other Syrians from X to the
border"); where a push-back puts people on a craft to is no destination ("drove them back to the
river and forced them into a boat to X"); a river people are led to is no destination ("led them
to the X river"); the shares of a departure told with no place before them ("left for work
abroad, most of them for X"); kin named from a place ("the brothers, from X").

Sentences written for these tests, on routes of other parts of the world; geocoded by the tiny
fixture gazetteer (tests/extract_helpers.py) with the places below added."""

from __future__ import annotations

import pytest
from extract_helpers import REPORTED, picture, roles, with_places
from extract_helpers import reported_role_of as role_of

#: A sentence that makes a text about migration, so that the motion cues read it.
CONTEXT = REPORTED

#: Places of these tests: surface -> (id, kind, country, lat, lon, gazetteer name).
EXTRA = {
    "Serbia": ("test:serbia", "country", "RS", 44.0, 21.0, "Serbia"),
    "Hungary": ("test:hungary", "country", "HU", 47.0, 19.5, "Hungary"),
    "Belgrade": ("test:belgrade", "city", "RS", 44.8, 20.46, "Belgrade"),
    "Subotica": ("test:subotica", "city", "RS", 46.1, 19.66, "Subotica"),
    "Drina": ("test:drina", "landmark", "BA", 44.0, 19.3, "Drina"),
    "Syria": ("test:syria", "country", "SY", 35.0, 38.0, "Syria"),
    "Aleppo": ("test:aleppo", "city", "SY", 36.2, 37.16, "Aleppo"),
    "Bangladesh": ("test:bangladesh", "country", "BD", 24.0, 90.0, "Bangladesh"),
    "Singapore": ("test:singapore", "country", "SG", 1.35, 103.8, "Singapore"),
}
#: Nationalities of these tests: demonym -> the place it stands for.
EXTRA_DEMONYMS = {"Hungarian": "Hungary", "Hungarians": "Hungary", "Syrian": "Syria", "Syrians": "Syria",
                  "Bangladeshis": "Bangladesh"}


@pytest.fixture(autouse=True)
def more_places(monkeypatch):
    with_places(monkeypatch, EXTRA, EXTRA_DEMONYMS)


# ------------------------------------------------------------------ a crossing's or a force's country

@pytest.mark.parametrize("text", [
    "They walked to the Hungarian crossing near Subotica.",
    "They did not walk to the Hungarian crossing near Subotica.",
    "They reportedly walked to the Hungarian checkpoint near Subotica.",
    "At dawn the Hungarian side of the fence was quiet, and they waited in Subotica.",
], ids=["crossing", "negated", "hedged", "side"])
def test_a_crossing_named_by_its_country_is_no_origin(text):
    assert "origin" not in role_of(text, "Hungary")


@pytest.mark.parametrize("text", [
    "Then the Hungarians pushed us again to Serbia.",
    "The Hungarians caught them twice near Subotica.",
    "The Hungarians reportedly beat the men and drove them back to Serbia.",
], ids=["pushed", "caught", "hedged"])
def test_a_force_told_by_its_people_is_no_origin(text):
    assert "origin" not in role_of(text, "Hungary")


@pytest.mark.parametrize("text", [
    "Hungarians crossing into Serbia were stopped at the border.",
    "The Hungarians then pushed on to Serbia.",
], ids=["people-crossing", "people-pushed-on"])
def test_people_of_a_nationality_who_move_keep_their_origin(text):
    # distractors: a plural that crosses, one that pushes on with no one pushed
    assert "origin" in role_of(text, "Hungary")


# ------------------------------------------------------------------ a ride's start

def test_the_start_of_a_ride_others_give_is_no_origin():
    text = "A van took the family and nine other Syrians from Belgrade to the border near Subotica."
    found = roles(picture(CONTEXT + text))
    assert "origin" not in found.get("Belgrade", set())
    assert "origin" in found.get("Syria", set())        # the people still are Syrians


def test_people_from_a_place_who_move_keep_it_as_origin():
    # distractor: no one gives them a ride
    assert "origin" in role_of("Syrians from Aleppo walked for weeks to Belgrade.", "Aleppo")


# ------------------------------------------------------------------ a push-back's craft

@pytest.mark.parametrize("text", [
    "Police drove the group back to the river and forced them into a boat to Serbia.",
    "Guards reportedly pushed the men back onto a raft towards Serbia.",
], ids=["forced", "hedged"])
def test_where_a_push_back_puts_people_on_a_craft_to_is_no_destination(text):
    assert "destination" not in role_of(text, "Serbia")


def test_a_boat_to_a_place_with_no_push_back_stays_a_destination():
    # distractor: no one is sent back
    assert "destination" in role_of("After two weeks in Belgrade they took a boat to Hungary.", "Hungary")


# ------------------------------------------------------------------ a river led to

@pytest.mark.parametrize("text", [
    "The smuggler led them to the Drina river at night.",
    "The smuggler reportedly led them to the Drina river at night.",
], ids=["led", "hedged"])
def test_a_river_people_are_led_to_is_no_destination(text):
    assert "destination" not in role_of(text, "Drina")


def test_a_town_people_are_led_to_stays_a_destination():
    # distractor: the same words to a town
    assert "destination" in role_of("The smuggler led them to Subotica at night.", "Subotica")


# ------------------------------------------------------------------ shares of a departure

def test_the_shares_of_a_departure_are_destinations():
    text = ("Some 200,000 Bangladeshis left for work abroad last year, official data show, "
            "most of them for Singapore and the Gulf states.")
    assert role_of(text, "Singapore") == {"destination"}


def test_the_shares_of_a_departure_denied_are_no_destination():
    text = "Some 200,000 Bangladeshis did not leave for work abroad, most of them for Singapore."
    assert "destination" not in role_of(text, "Singapore")


def test_the_shares_of_a_departure_reported_are_hedged():
    text = "Some 200,000 Bangladeshis reportedly left for work abroad, most of them for Singapore."
    found = [f for f in picture(CONTEXT + text).features if f.name == "Singapore" and f.role == "destination"]
    assert found and found[0].properties["hedged"]


def test_shares_of_people_held_for_a_reason_are_no_destination():
    # distractor: "for" gives a reason, not a place gone to
    assert not role_of("Police arrested 40 people in 2023, most of them for theft in Singapore.", "Singapore")


# ------------------------------------------------------------------ kin from a place

def test_kin_from_a_place_are_from_it():
    found = roles(picture(CONTEXT + "The brothers, from Aleppo in northern Syria, had left after the war reached the city."))
    assert "origin" in found.get("Aleppo", set())


def test_kin_from_a_place_reported_are_hedged():
    text = "Reports say the sisters, from Aleppo, had left after the war reached the city."
    found = [f for f in picture(CONTEXT + text).features if f.name == "Aleppo" and f.role == "origin"]
    assert found and found[0].properties["hedged"]


def test_kin_of_someone_in_a_place_are_not_from_it():
    # distractor: where kin are, not where they are from
    assert not role_of("The brothers of the minister, in Aleppo, spoke to us.", "Aleppo")


def test_a_relative_abroad_is_not_where_one_is_from():
    # distractor: kin not set off by commas, who send something from a place
    assert "origin" not in role_of("Gloria keeps the letter a cousin sent her from Serbia.", "Serbia")
