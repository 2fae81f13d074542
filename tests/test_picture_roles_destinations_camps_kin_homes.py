"""Roles: destinations: people moved to a camp called by its
place's name with where they came from, a ride or "on" told between (destination.camp_reached:
"moved by truck from X to the Y camp"); a move to a relative's home told by the possessive alone
(destination.kin_home: "walked to my aunt's in X"); and a sentence opening on "Small numbers" is a
part of the group, which moves no one who reached a place before it
([settings] part_of_group_opening).

Sentences written for these tests; geocoded by the tiny fixture gazetteer
(tests/extract_helpers.py) and the places below."""

from __future__ import annotations

import pytest
from extract_helpers import picture, role_of, roles, with_places

#: Places of these tests: surface -> (id, kind, country, lat, lon, gazetteer name).
EXTRA = {
    "Adre": ("test:adre", "city", "TD", 13.47, 22.20, "Adre"),
    "Farchana": ("test:farchana", "city", "TD", 13.66, 21.80, "Farchana"),
    "Catania": ("test:catania", "city", "IT", 37.50, 15.09, "Catania"),
    "Palermo": ("test:palermo", "city", "IT", 38.12, 13.36, "Palermo"),
    "Bari": ("test:bari", "city", "IT", 41.12, 16.87, "Bari"),
}

#: A document about people on the move, told before each sentence of the camp tests.
FLED = "Refugees fleeing the fighting in Sudan crossed into Chad this month. "


@pytest.fixture(autouse=True)
def more_places(monkeypatch):
    with_places(monkeypatch, EXTRA)


# ------------------------------------------------------------------ to a camp called by its place


@pytest.mark.parametrize("text", [
    "Aid agencies are moving families by truck to the Farchana camp.",
    "Families were moved by truck from Adre to the Farchana camp.",
    "Since Monday 900 refugees have been moved on by bus from Adre to Farchana camp.",
    "Of those relocated from Adre, about 500 went on foot to the Farchana camp.",
    # hedged by who says it: still where they went
    "Aid agencies are probably moving most families to the Farchana camp, aid workers believe.",
], ids=["moving-by-truck", "from-to", "moved-on-by-bus", "went-on-foot", "hedged"])
def test_people_moved_to_a_camp_named_by_its_place_end_there(text):
    assert "destination" in role_of(text, "Farchana", FLED)


@pytest.mark.parametrize("text", [
    # a force takes them there: custody, no journey's end
    "Soldiers took the families from Adre to the Farchana camp.",
    # a way back
    "Some families went back from Adre to the Farchana camp.",
    # denied, or only planned
    "No families have been moved from Adre to the Farchana camp.",
    "The plan would move families from Adre to the Farchana camp.",
    # a camp only located by the place, no one moved to it
    "Aid workers visited the Farchana camp on Tuesday.",
    # aid, or the people who bring it, moved to the camp: no one ends there
    "Food and water were trucked from Adre to the Farchana camp on Monday.",
    "The agency trucked 300 tonnes of sorghum from Adre to the Farchana camp.",
    "Aid workers went from Adre to the Farchana camp to hand out blankets.",
    "A music festival moved from Adre to the Farchana camp this year.",
], ids=["soldiers-took", "went-back", "negated", "plan", "visited", "food-trucked", "tonnes-trucked",
        "aid-workers-went", "festival-moved"])
def test_no_destination_at_a_camp_without_people_moved_there_freely(text):
    assert "destination" not in role_of(text, "Farchana", FLED)


# ------------------------------------------------------------------ to a relative's home


@pytest.mark.parametrize("text, place", [
    ("We left on foot and walked to my aunt's in Catania.", "Catania"),
    ("We are going to my sister's in Palermo as soon as the road opens.", "Palermo"),
    ("They will drive on to his brother's place in Bari tomorrow.", "Bari"),
    # hedged: still where they go
    ("They may have gone to their cousin's in Bari, neighbours think.", "Bari"),
], ids=["walked-to-aunts", "going-to-sisters", "drive-on-to-brothers-place", "hedged"])
def test_a_move_to_a_relatives_home_is_a_destination(text, place):
    assert "destination" in role_of(text, place)


@pytest.mark.parametrize("text, place", [
    # a way back
    ("He drove back to his mother's house in Bari.", "Bari"),
    # a habit of the past
    ("As a boy he used to go to his uncle's in Bari every summer.", "Bari"),
    # denied
    ("They did not go to their cousin's in Bari.", "Bari"),
    # goods, not people
    ("Neighbours sent blankets to my aunt's in Bari.", "Bari"),
    # money going there
    ("Every month his wages go to his mother's in Bari.", "Bari"),
], ids=["drove-back", "used-to", "negated", "blankets", "wages-go"])
def test_no_destination_at_a_relatives_home_without_people_going_there(text, place):
    assert "destination" not in role_of(text, place)


# ------------------------------------------------------------------ a part of the group


def test_a_sentence_opening_on_small_numbers_is_a_split_not_a_way_on():
    pic = roles(picture(
        "Migrants from Eritrea keep arriving in Italy. Most land in Catania and stay there. Others travel "
        "on by train to Palermo and Bari. Small numbers moved to Malta."))
    assert "destination" in pic["Palermo"]
    assert "destination" in pic["Bari"]


def test_a_sentence_of_the_same_people_still_goes_on():
    pic = roles(picture(
        "Migrants from Eritrea keep arriving in Italy. They took the train to Palermo. Later they moved to Malta."))
    assert "destination" not in pic["Palermo"]
