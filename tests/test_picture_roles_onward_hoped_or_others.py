"""Roles: a place reached stays a destination when the only way on its text tells is one
hoped for apart from the trip (a next stop whose claim is intended, after words such as "still",
"talks of", "had hoped": "works in X and still hopes to reach Y"; roles._goes_on, [settings]
onward_hope_apart), or one made by other people ("others went on to Y": the cue data's
[route_modes] other_group within the sentence, [settings] onward_others_next at the start of
the next; roles._others_went_on). A way on the same people made still turns the place into a
stop on the way. Another group's way on still splits the routes into two ends (routes.groups._apart).

Sentences written for these tests; geocoded by the tiny fixture gazetteer
(tests/extract_helpers.py)."""

from __future__ import annotations

import re

import pytest
from extract_helpers import CONTEXT, picture, role_of

from geomig.picture import cues
from geomig.picture.cues import setting_rx


@pytest.mark.parametrize("text, place", [
    # a way on only hoped for
    ("She found work in Tunis and still hopes to reach Malta.", "Tunis"),
    ("He moved to Sfax last year to work in a bakery, and talks of going on to Malta.", "Sfax"),
    ("Mariam crossed Niger to reach Tunisia, and had hoped to cross to Lampedusa.", "Tunisia"),
    ("They took the bus to Agadez and one day hope to reach Sebha.", "Agadez"),
    # others went on, in the same sentence or the next
    ("Many families took the bus to Agadez; others went on to Sebha.", "Agadez"),
    ("Many families took the bus to Agadez. Others went on to Sebha.", "Agadez"),
    ("The families left Tripoli. Some reached Agadez, while the rest went on to Sebha.", "Agadez"),
    ("The families left Tripoli by truck to Agadez, and another group pressed on to Sebha.", "Agadez"),
    ("Many families took the bus to Agadez. The rest pressed on to Sebha.", "Agadez"),
    ("Many families took the bus to Agadez to wait for work. Others were sent to Sebha.", "Agadez"),
], ids=["still-hopes", "talks-of", "had-hoped", "one-day", "others-same", "others-next", "the-rest",
        "another-group", "the-rest-next", "others-sent"])
def test_a_place_reached_stays_the_end_without_a_way_on_made(text, place):
    assert role_of(text, place) == {"destination"}


@pytest.mark.parametrize("text, place", [
    ("Many families took the bus to Agadez and then travelled on to Sebha.", "Agadez"),
    ("Many families took the bus to Agadez. They later went on to Sebha.", "Agadez"),
    # the hope comes after the move on: still made
    ("They took the bus to Agadez and then travelled on to Sebha, hoping to reach Tripoli.", "Agadez"),
], ids=["then-travelled-on", "they-later", "hope-after-the-move"])
def test_a_way_on_the_same_people_made_still_makes_a_stop(text, place):
    assert role_of(text, place) == {"transit"}


@pytest.mark.parametrize("text, place", [
    # a hope told with the trip: a staging place on the way, not the end
    ("They took the bus to Agadez, hoping to reach Sebha.", "Agadez"),
    ("They took the bus to Agadez and tried to reach Sebha.", "Agadez"),
], ids=["hoping", "tried"])
def test_a_hope_told_with_the_trip_still_makes_a_stop(text, place):
    assert "destination" not in role_of(text, place)


@pytest.mark.parametrize("text", [
    "The families left Tripoli. Some reached Agadez; others went on to Sebha.",
    "The families left Tripoli. Some reached Agadez, while the rest went on to Sebha.",
])
def test_another_group_going_on_keeps_two_ends(text):
    # the place these people stayed is a destination, and no route goes through it to the others' end
    pic = picture(CONTEXT + text)
    ends = sorted(f.properties["stop_names"][-2:] for f in pic.by_role("route"))
    assert ends == [["Tripoli", "Agadez"], ["Tripoli", "Sebha"]]


@pytest.mark.parametrize("text", [
    "The families left Tripoli. Some reached Agadez, and others said they went on to Sebha.",
    "Many families took the bus to Agadez. Others in the town went on to Sebha the next week.",
], ids=["said", "others-in"])
def test_others_a_word_later_still_another_group(text):
    assert role_of(text, "Agadez") == {"destination"}


@pytest.mark.parametrize("text", [
    # the same people, or a part of them, go on: a stop on the way
    "Many families took the bus to Agadez, and most then moved on to Sebha.",
    "Many families took the bus to Agadez. They went on to Sebha with the others.",
    "Many families took the bus to Agadez and, with others, went on to Sebha.",
], ids=["most-then", "with-the-others-next", "with-others"])
def test_others_with_the_same_people_still_make_a_stop(text):
    assert role_of(text, "Agadez") == {"transit"}


@pytest.mark.parametrize("opening, others_go", [
    ("Others went on to \ue000P1\ue001.", True),
    ("The rest were sent to \ue000P1\ue001.", True),
    ("Others from \ue000P1\ue001 went back to their villages.", True),
    ("Others avoided the bridge.", False),
    ("Others told us they would go on to \ue000P1\ue001.", False),
    ("They went on to \ue000P1\ue001.", False),
])
def test_the_words_of_others_going_somewhere_next(opening, others_go):
    rx = setting_rx(cues.default(), "onward_others_next", re.IGNORECASE)
    assert (rx.match(opening) is not None) is others_go
