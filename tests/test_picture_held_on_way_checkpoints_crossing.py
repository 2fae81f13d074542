"""Frames tested in sentences written for these tests: a stop where people are held until the next leg is paid for, a place
in the where-clause of a hoped-for end, an armed group stopping people at its checkpoint, and
"the crossing" standing for the border town named before it.

Geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import picture, roles, zones

#: A sentence that makes a text about migration, so that the motion cues read it.
CONTEXT = "Hundreds of Nigerian migrants crossed into Niger this month. "


def _routes(pic) -> list[str]:
    return [f.name for f in pic.by_role("route")]


def _zone(pic, place: str):
    return [z for z in pic.by_role("control_zone") if z.properties["place"] == place]


# ------------------------------------------------------------------ held at X until the next leg

@pytest.mark.parametrize("text", [
    "Young men leave Agadez in trucks bound for Sebha, where traffickers hold them until their "
    "families pay for the trip north to Tripoli. From the coast, some try to reach Lampedusa.",
    "The lorries head for Sebha, where smugglers keep the passengers for weeks before the drive "
    "to Tripoli. Some then sail for Lampedusa.",
], ids=["hold-until", "keep-the-passengers"])
def test_a_place_where_people_are_held_on_the_way_is_a_transit_stop(text):
    pic = picture(CONTEXT + text)
    found = roles(pic)
    assert found.get("Sebha") == {"transit"}
    # the way runs through the place held at before the coast, not after it
    way = next(r for r in _routes(pic) if "Lampedusa" in r)
    assert way.index("Sebha") < way.index("Tripoli") < way.index("Lampedusa")


def test_holding_talks_at_a_place_is_no_hold_on_people():
    found = roles(picture(CONTEXT + "Many ended up in Sebha, where local officials hold talks with aid "
                                    "groups every week."))
    assert found.get("Sebha") == {"destination"}


# ------------------------------------------------------------------ a hope's where-clause

@pytest.mark.parametrize("text", [
    "Musa said he would leave Agadez soon. He wants to go to Italy, where a cousin works in a "
    "restaurant in Rome.",
    "Musa said he would leave Agadez soon. She hopes to reach Italy, where an uncle works in a "
    "hotel in Rome.",
], ids=["wants", "hopes"])
def test_a_place_in_the_where_clause_of_a_hoped_end_ends_no_route(text):
    pic = picture(CONTEXT + "Young men leave Agadez in trucks bound for Sebha, where traffickers hold "
                            "them until their families pay for the trip north to Tripoli. " + text)
    assert not any("Rome" in r for r in _routes(pic))
    assert not any("Italy" in r for r in _routes(pic))


def test_a_where_clause_of_a_place_reached_keeps_its_stops():
    # (no hope: "taken by bus to Y" after a place reached is still the way the text tells)
    pic = picture(CONTEXT + "The group reached Sebha, where they were put on a bus to Tripoli.")
    assert any("Tripoli" in r for r in _routes(pic))


# ------------------------------------------------------------------ an armed group's checkpoint

@pytest.mark.parametrize("text", [
    "Amina said fighters of the Popular Defence Forces had stopped them at a checkpoint outside "
    "Agadez and taken their money.",
    "Militiamen stopped the bus at a roadblock near Agadez, she said.",
], ids=["named-group", "militiamen"])
def test_an_armed_group_stopping_people_at_its_checkpoint_holds_it(text):
    found = _zone(picture(CONTEXT + text), "Agadez")
    assert [z.properties["control"] for z in found] == ["militia"]
    assert not found[0].properties.get("hedged")


def test_the_group_is_named_as_the_zones_actor():
    found = _zone(picture(CONTEXT + "Amina said fighters of the Popular Defence Forces had stopped them "
                                    "at a checkpoint outside Agadez."), "Agadez")
    assert found[0].properties["actor"] == "Popular Defence Forces"


def test_a_denied_stop_at_a_checkpoint_draws_no_zone():
    pic = picture(CONTEXT + "Amina said fighters of the Popular Defence Forces never stopped them at a "
                            "checkpoint outside Agadez.")
    assert _zone(pic, "Agadez") == []


def test_a_stop_only_guessed_at_is_hedged():
    found = _zone(picture(CONTEXT + "Amina said fighters of the Popular Defence Forces might have stopped "
                                    "them at a checkpoint outside Agadez."), "Agadez")
    assert [z.properties.get("hedged") for z in found] == [True]


def test_a_police_checkpoint_is_no_armed_groups():
    found = _zone(picture(CONTEXT + "Police stopped the bus at a checkpoint near Agadez, she said."), "Agadez")
    assert found and all(z.properties["control"] != "militia" for z in found)


# ------------------------------------------------------------------ "the crossing": the border town

ARRIVED_AT_BORDER = "Hundreds of Nigerian migrants arrived this week at the border town of Agadez after walking for days. "


def test_the_crossing_stands_for_the_border_town_named_before():
    pic = picture(ARRIVED_AT_BORDER + "Nigerien soldiers at the crossing register new arrivals and search "
                                      "men for weapons before letting them pass, aid workers said.")
    assert ("border", "Agadez") in zones(pic)


def test_the_crossing_takes_no_town_not_named_at_a_border():
    pic = picture("Hundreds of Nigerian migrants arrived this week in Agadez after walking for days. "
                  "Nigerien soldiers at the crossing register new arrivals and search men for weapons, "
                  "aid workers said.")
    assert not any(place == "Agadez" for _, place in zones(pic))


def test_the_crossing_is_no_sea_named_with_it():
    pic = picture("Eritrean migrants told us about the crossing of the Mediterranean from Zuwara. "
                  "Soldiers at the crossing register new arrivals, aid workers said.")
    assert not any(place == "Mediterranean" for _, place in zones(pic))


# ------------------------------------------------------------------ goods delivered through a town

def test_deliveries_through_a_town_move_no_one():
    found = roles(picture(CONTEXT + "Officials said the European Union would pay for food deliveries through "
                                    "Agadez until the end of the year."))
    assert "transit" not in found.get("Agadez", set())


def test_buses_carrying_migrants_through_a_town_still_pass_it():
    found = roles(picture(CONTEXT + "Officials said the European Union would pay for buses carrying migrants "
                                    "through Agadez until the end of the year."))
    assert found.get("Agadez") == {"transit"}
