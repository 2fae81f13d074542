"""Routes, one journey per group: a relative named by a person's possessive who "chose another
road" travels apart; a hope "one day" to reach X or Y ends no route; a stay "since" a time in a
lodging near a town is where the journey got to; a road a force patrols is no one's journey, and the force is at the road's town, not the
patron a militia is allied to.

Sentences written for these tests; geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)
with Cameroonian and Chadian towns added."""

from __future__ import annotations

import pytest
from extract_helpers import REPORTED, ZONE_CONTEXT, actors_at, kinds_at, picture, roles, with_places
from test_picture_routes_stated import routes

_PLACES = {
    "Cameroon": ("test:cameroon", "country", "CM", 5.7, 12.7, "Cameroon"),
    "Mora": ("test:mora", "city", "CM", 11.05, 14.14, "Mora"),
    "Maroua": ("test:maroua", "city", "CM", 10.59, 14.32, "Maroua"),
    "Garoua": ("test:garoua", "city", "CM", 9.30, 13.40, "Garoua"),
    "Ngaoundere": ("test:ngaoundere", "city", "CM", 7.32, 13.58, "Ngaoundéré"),
    "Yaounde": ("test:yaounde", "city", "CM", 3.87, 11.52, "Yaoundé"),
    "Ndjamena": ("test:ndjamena", "city", "TD", 12.11, 15.04, "N'Djamena"),
    "Abeche": ("test:abeche", "city", "TD", 13.83, 20.83, "Abéché"),
}


@pytest.fixture(autouse=True)
def _places(monkeypatch):
    with_places(monkeypatch, _PLACES)


_HER_WAY = ("Fadimatou Ngono, 41, left Mora in February after gunmen burned her village. She first "
            "reached Maroua, where an aunt took the family in. In April she and her sons took a bus "
            "south to Garoua. ")


# ------------------------------------------------------------------ a relative's own road

def test_a_relative_named_by_a_persons_possessive_who_chose_another_road_travels_apart():
    pic = picture(REPORTED + _HER_WAY + "Ngono's cousin chose a different road. He went north to Ndjamena, "
                  "crossed the desert to Abeche and hopes one day to reach Sudan or Egypt.")
    assert ("Mora", "Maroua", "Garoua") in routes(pic), routes(pic)
    assert not any("Ndjamena" in r and "Maroua" in r for r in routes(pic)), routes(pic)
    # (his hopes end no route: destinations without one)
    assert not any(r[-1] in ("Sudan", "Egypt") for r in routes(pic)), routes(pic)
    assert ("Ndjamena", "Abeche") in routes(pic), routes(pic)


def test_a_relative_told_going_with_her_stays_on_her_way():
    # (the distractor: a cousin who went with her is of the group; Ndjamena no journey apart)
    pic = picture(REPORTED + _HER_WAY + "Ngono's cousin travelled with her. They later went on to Ngaoundere.")
    assert any(r[:3] == ("Mora", "Maroua", "Garoua") and "Ngaoundere" in r for r in routes(pic)), routes(pic)


@pytest.mark.parametrize("hope", [
    "He hopes one day to reach Sudan or Egypt.",
    "He wants eventually to get to Sudan or Egypt.",
])
def test_a_hope_told_with_a_time_word_ends_no_route(hope):
    pic = picture(REPORTED + "Ahmat left Ndjamena in March and crossed the desert to Abeche. " + hope)
    assert not any(r[-1] in ("Sudan", "Egypt") for r in routes(pic)), routes(pic)


# ------------------------------------------------------------------ where the journey got to

def test_a_stay_since_a_time_in_a_camp_near_a_town_is_where_the_journey_got_to():
    pic = picture(REPORTED + "Fadimatou Ngono left Mora in February and walked to Maroua. "
                  "Since May the family has lived in a tent camp run by a charity outside Garoua.")
    assert "destination" in roles(pic).get("Garoua", set()), roles(pic)
    assert any(r[0] == "Mora" and r[-1] == "Garoua" for r in routes(pic)), routes(pic)


def test_a_local_who_has_lived_near_a_town_is_no_end():
    # (the distractor: a nurse who has lived there is a local, no newcomer)
    pic = picture(REPORTED + "Fadimatou Ngono left Mora in February and walked to Maroua. "
                  "A nurse who has lived in a flat near Garoua since 2010 treats the children.")
    told = [f.cue for f in pic.by_role("destination") if f.name == "Garoua"]
    assert not any("destination.lives_now" in cue for cue in told), told


# ------------------------------------------------------------------ a road a force holds

def test_a_road_a_force_patrols_is_no_journey_and_its_town_holds_the_force():
    text = "Cameroonian gendarmes patrol the main road from Maroua to Garoua."
    pic = picture(ZONE_CONTEXT + text)
    assert not any("Maroua" in r and "Garoua" in r for r in routes(pic)), routes(pic)
    assert kinds_at(text, "Maroua") == {("government", "Cameroonian gendarmes")}, kinds_at(text, "Maroua")


def test_people_travelling_the_road_are_still_a_journey():
    # (the distractor: families on the road between the towns travel it)
    pic = picture(REPORTED + "Hundreds of families travelled the main road from Maroua to Garoua this week.")
    assert any(r[0] == "Maroua" and r[-1] == "Garoua" for r in routes(pic)), routes(pic)


def test_militias_allied_to_the_army_are_the_actor_not_the_army():
    text = "Volunteer militias allied to the army hold the roads around Mora."
    assert actors_at(text, "Mora") == {"militias"}, actors_at(text, "Mora")


def test_the_army_holding_the_roads_is_the_actor():
    # (the distractor: the army itself holds them)
    text = "Cameroonian soldiers hold the roads around Mora."
    assert actors_at(text, "Mora") == {"Cameroonian soldiers"}, actors_at(text, "Mora")
