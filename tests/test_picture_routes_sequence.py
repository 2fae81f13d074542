"""Legs one sentence tells in turn, in general English (session 35): a journey told as a
sequence of stops ("by bus to X, on to Y and finally to Z"), and a sentence opening on where a
leg sets out, its movers and means between ("From X, trucks take people to the camp at Y").

Sentences written for these tests; geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import CONTEXT, picture, roles
from test_picture_routes_stated import routes


def goes(pic, *stops: str) -> bool:
    """Whether some route passes the stops in this order (an origin may come first)."""
    return any(tuple(s for s in r if s in stops) == stops for r in routes(pic))


# ------------------------------------------------------------------ stops told in turn

def test_a_sequence_of_stops_in_one_sentence_is_one_journey_in_the_told_order():
    # (not the order of the shortest way: the text's)
    pic = picture(CONTEXT + "The group went by bus to Sebha, on to Zuwara and finally to Agadez.")
    assert goes(pic, "Sebha", "Zuwara", "Agadez"), routes(pic)


def test_places_of_a_list_are_no_sequence():
    # (a list of where people went is no journey through them in turn)
    pic = picture(CONTEXT + "The migrants went on to Sebha, Zuwara and Misrata.")
    assert not any(len(r) > 2 for r in routes(pic)), routes(pic)


# ------------------------------------------------------------------ "From X, ... to Y"

@pytest.mark.parametrize("text, route", [
    ("From Agadez, the IOM runs convoys twice a week to Sebha.", ("Agadez", "Sebha")),
    ("From Agadez, Niger army lorries carry them up the desert road to Sebha.", ("Agadez", "Sebha")),
])
def test_a_sentence_opening_on_where_a_leg_sets_out_ends_where_its_words_go(text, route):
    pic = picture(CONTEXT + "Migrants arrive every week. " + text)
    assert goes(pic, *route), routes(pic)


def test_a_sentence_opening_on_a_place_moves_no_one_where_its_words_carry_things():
    # distractor: no people, motion or vehicle between the comma and the end
    pic = picture(CONTEXT + "Migrants arrive every week. From Agadez, the charity sent blankets to the camp at Sebha.")
    assert not goes(pic, "Agadez", "Sebha"), routes(pic)


def test_a_centre_a_leg_ends_at_plays_no_role_of_its_own():
    pic = picture(CONTEXT + "Migrants arrive every week. From Pozzallo, the authorities send them to the "
                            "reception centre at Rome.")
    assert goes(pic, "Pozzallo", "Rome"), routes(pic)
    assert "destination" not in roles(pic).get("Rome", set()), roles(pic)


def test_others_going_elsewhere_are_no_leg_of_the_opening_place():
    pic = picture(CONTEXT + "Migrants arrive every week. From Agadez, others who cannot pay walk for days to Sebha.")
    assert not goes(pic, "Agadez", "Sebha"), routes(pic)


# ------------------------------------------------------------------ a crowd's nationalities

CROWD = ("Police found 80 migrants, most of them from Eritrea, in a lorry in Agadez. Besides the Eritreans, the "
         "group included Nigerians, Sudanese and four Senegalese. They had paid smugglers to drive them from "
         "Agadez to Sebha. The Nigerians were taken to a police station.")


def test_a_crowds_nationalities_start_no_route_where_the_people_are_said_to_come_from_elsewhere():
    # (the user trial of session 33: "the group included ... four Ecuadoreans" started every route;
    # "the Nigerians" named again is the list's group, no origin of its own)
    pic = picture("Migrants and refugees. " + CROWD)
    assert goes(pic, "Eritrea", "Agadez", "Sebha"), routes(pic)
    assert not any(r[0] in ("Nigeria", "Sudan", "Senegal") for r in routes(pic)), routes(pic)
    assert {"Nigeria", "Sudan", "Senegal"} <= {p for p, r in roles(pic).items() if "origin" in r}, roles(pic)


# ------------------------------------------------------------------ a removal only planned

@pytest.mark.parametrize("text", [
    "Most of the group stayed in Agadez, the police said, and the Nigerians would be flown to Tunis.",
    "The Nigerians are due to be deported to Tunis next week.",
])
def test_a_removal_only_planned_gives_no_destination(text):
    # (the user trial of session 33: "the Ecuadoreans would be flown to Quito")
    pic = picture("Migrants and refugees. Police found 80 migrants in a lorry near Agadez. " + text)
    assert "destination" not in roles(pic).get("Tunis", set()), roles(pic)
