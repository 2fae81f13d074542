"""Roles: the place a journey is hoped to end in ("a
walk that many of them hope will end in X") is a destination hoped for.

Sentences written for these tests; geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import DEMONYMS, PLACES, picture, role_of, roles, with_places


@pytest.mark.parametrize("text", [
    "On Monday about fifty people left Agadez on trucks, the first stage of a trek that most of "
    "them hope will end in Italy.",
    "They crossed the desert to Sebha; many hope the long walk will end in Italy.",
    # hedged: still the end hoped for
    "They reached Sebha, a journey that some of them hope will one day end in Italy, a smuggler said.",
], ids=["trek-that-most-hope", "hope-the-walk", "hedged"])
def test_the_end_a_journey_is_hoped_to_have_is_a_destination(text):
    assert "destination" in role_of(text, "Italy")


@pytest.mark.parametrize("text", [
    # negated or doubted
    "They reached Sebha, a trek that they no longer hope will end in Italy.",
    "They reached Sebha, a trek that few now expect will end in Italy.",
    # not a journey's end: talks, a season
    "Ministers hope the talks will end in Italy next week.",
], ids=["no-longer", "few-expect", "talks"])
def test_no_destination_from_a_hope_denied_or_not_of_a_journey(text):
    assert "destination" not in role_of(text, "Italy")


# ------------------------------------------------------------------ a town walked out of, on the road on

@pytest.mark.parametrize("text", [
    "Before dawn about forty people climbed the hill out of Agadez on the road to Sebha.",
    # hedged
    "Families reportedly trudged out of Agadez towards Sebha, a smuggler said.",
    "The group made their way out of Agadez before dawn on the road to Sebha.",
], ids=["climbed-the-hill", "hedged", "made-their-way"])
def test_a_town_walked_out_of_on_the_road_on_is_a_launch_point(text):
    assert "launch_point" in role_of(text, "Agadez")


def test_a_town_walked_out_of_is_a_launch_point_when_it_is_the_dateline_too(monkeypatch):
    with_places(monkeypatch, {**PLACES, "AGADEZ": PLACES["Agadez"]}, DEMONYMS)
    text = ("AGADEZ, Niger — Before dawn about forty Eritrean migrants climbed the hill out of Agadez "
            "on the road to Sebha, the first stage of a long trek.")
    assert "launch_point" in roles(picture(text)).get("Agadez", set())


@pytest.mark.parametrize("text", [
    # negated
    "They did not walk out of Agadez towards Sebha.",
    # no journey on: climbing out of a river, a hole
    "Divers climbed out of the river at Agadez.",
    "The men climbed out of Agadez's old well and went home.",
], ids=["negated", "river", "no-road-on"])
def test_no_launch_point_from_out_of_without_a_road_on(text):
    assert "launch_point" not in role_of(text, "Agadez")
