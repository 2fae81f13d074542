"""Control zones: an armed group holding the roads or tracks of a place, told in that place's own
where-clause ("walk towards X, where militias control the tracks"), as the same words told in a
sentence of their own already are.

Sentences written for these tests, on a route through Yemen; geocoded by the tiny fixture
gazetteer (tests/extract_helpers.py) with this file's places."""

from __future__ import annotations

import pytest
from extract_helpers import picture, with_places, zones

PLACES = {
    "Aden": ("geomig:test-aden", "city", "YE", 12.78, 45.04, "Aden"),
    "Marib": ("geomig:test-marib", "city", "YE", 15.46, 45.33, "Marib"),
    "Saada": ("geomig:test-saada", "city", "YE", 16.94, 43.76, "Saada"),
    "Yemen": ("geomig:test-yemen", "country", "YE", 15.46, 47.77, "Yemen"),
    "Ethiopia": ("geomig:test-ethiopia", "country", "ET", 8.3, 38.8, "Ethiopia"),
}
DEMONYMS = {"Ethiopian": "Ethiopia", "Yemeni": "Yemen"}
LANDED = "Hundreds of Ethiopian migrants landed in Yemen this month. "


@pytest.fixture(autouse=True)
def _places(monkeypatch):
    with_places(monkeypatch, PLACES, DEMONYMS)


@pytest.mark.parametrize("text", [
    "They walk north through Aden and Marib towards Saada, where Houthi forces control the mountain tracks.",
    "They walk north towards Saada, where militias now hold the roads to the border.",
    "They walk on to Saada, where rebels man the checkpoints.",
    # hedged: still a zone told
    "They walk towards Saada, where armed groups reportedly control the tracks, a witness said.",
], ids=["named-forces", "militias-now", "rebels-man", "hedged-after"])
def test_an_armed_group_holding_a_place_in_its_where_clause_is_a_contested_zone(text):
    assert ("contested", "Saada") in zones(picture(LANDED + text))


@pytest.mark.parametrize("text", [
    # no longer held, or lost
    "They walk towards Saada, where militias no longer hold the roads.",
    "They walk towards Saada, where rebels lost control last year.",
    # an armed group doing something other than holding the place
    "They walk towards Saada, where militias were defeated in 2019.",
], ids=["no-longer", "lost", "defeated"])
def test_no_contested_zone_where_the_group_no_longer_holds_the_place(text):
    assert ("contested", "Saada") not in zones(picture(LANDED + text))
