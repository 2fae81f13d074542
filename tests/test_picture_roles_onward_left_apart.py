"""Roles: a place reached stays a destination when the only later departure from it the text
tells is no way on for the people who reached it (roles._left_apart, read where
_stops_on_the_way has people leave a place later): a departure back or home ([settings]
way_back_words: "walked back from X", "set out from X to go home"), or one of a part of the group
or of someone else ([settings] onward_left_by_part: "a smaller number travelled on from X", "her
son left X for Y"): its feature is a destination, routes go on from it as before. The same
people leaving it later still make it a stop on the way.

Sentences written for these tests; geocoded by the tiny fixture gazetteer
(tests/extract_helpers.py)."""

from __future__ import annotations

import re

import pytest
from extract_helpers import role_of

from geomig.picture import cues
from geomig.picture.cues import setting_rx


@pytest.mark.parametrize("text, place", [
    # a way back or home, later
    ("About 3,000 people were taken by bus to Agadez. Many have since walked back from Agadez to Tripoli.",
     "Agadez"),
    ("The families took the bus to Sebha. In 2019 they set out in convoys from Sebha to go home.", "Sebha"),
    ("The families took the bus to Sebha. In 2019 most went home from Sebha to Tripoli.", "Sebha"),
    # a part of the group, or someone else
    ("The families reached Agadez in March. A smaller number travelled on from Agadez to Sebha.", "Agadez"),
    ("She settled in Tunis in 1990. Her son left Tunis for Malta in 1996.", "Tunis"),
    ("The families took the bus to Sebha. Her husband's brother left Sebha for Tripoli.", "Sebha"),
    ("The families took the bus to Sebha. Last year a cousin left Sebha for Tripoli.", "Sebha"),
], ids=["walked-back", "to-go-home", "went-home", "smaller-number", "her-son", "husbands-brother",
        "a-cousin"])
def test_a_later_departure_apart_leaves_the_place_an_end(text, place):
    assert "destination" in role_of(text, place)


@pytest.mark.parametrize("text, place", [
    ("The families reached Agadez in March. Weeks later they travelled on from Agadez to Sebha.", "Agadez"),
    # (not "settled in": lodged there, the place stays the end of the first journey as well,
    # roles._stops_on_the_way's housed_words)
    ("She moved to Tunis in 1990. She left Tunis for Malta in 1996.", "Tunis"),
    ("The families took the bus to Sebha. A week later the families left Sebha for Tripoli.", "Sebha"),
    # "some" of a number is all of them
    ("The families took the bus to Sebha. Some 800 of them left Sebha for Tripoli in May.", "Sebha"),
], ids=["they-travelled-on", "she-left", "the-families-left", "some-800"])
def test_the_same_people_leaving_later_still_make_a_stop(text, place):
    assert "destination" not in role_of(text, place)


@pytest.mark.parametrize("before, apart", [
    ("A smaller number travelled on ", True),
    ("Some move on ", True),
    ("Last month his neighbour, a driver, left ", True),
    ("The bus left and a few of the men walked on ", True),
    ("Some 800 people left ", False),
    ("Some years later they left ", False),
    ("They left ", False),
    ("Some families stayed; the others' trucks left ", False),
])
def test_the_words_of_a_part_or_someone_else_leaving(before, apart):
    rx = setting_rx(cues.default(), "onward_left_by_part", re.IGNORECASE)
    assert (rx.search(before) is not None) is apart
