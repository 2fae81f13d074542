"""Zones: an arrest told far inland, in a sentence that
names no border, crossing, coast or boat, is detention there, not a border control ([settings]
arrest_inland, zones._arrested_inland). Soldiers at a fence hold a border, not the state's order
inland (ORDER_ARMY_UNLESS), and "the river" is the river the text named, with its noun or not
([settings] anaphor_gazetteer_noun, zones._names).

Sentences written for these tests; geocoded by the tiny fixture gazetteer
(tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import picture, with_places

PLACES = {
    "Madrid": ("geonames:3117735", "city", "ES", 40.4165, -3.70256, "Madrid"),
    "Algeciras": ("geonames:2522013", "city", "ES", 36.13326, -5.45051, "Algeciras"),
    "Gauteng": ("geonames:1085594", "admin", "ZA", -26.0, 28.1, "Gauteng"),
    "South Africa": ("geonames:953987", "country", "ZA", -29.0, 24.0, "South Africa"),
    "Zimbabwe": ("geonames:878675", "country", "ZW", -19.0, 29.75, "Zimbabwe"),
    "Musina": ("geonames:8030223", "city", "ZA", -22.35, 30.04, "Musina"),
    "Limpopo": ("geomig:limpopo-river", "landmark", None, -22.2, 30.0, "Limpopo River"),
}
DEMONYMS = {"Zimbabweans": "Zimbabwe", "Zimbabwean": "Zimbabwe", "South African": "South Africa"}

LEAD = "Hundreds of Zimbabwean migrants wade across the Limpopo near Musina every week. "


@pytest.fixture(autouse=True)
def _places(monkeypatch):
    with_places(monkeypatch, PLACES, DEMONYMS)


def _controls_at(text: str, place: str) -> set[str]:
    """The controls of the zones at a place in the picture of a text."""
    return {z.properties["control"] for z in picture(text).by_role("control_zone")
            if z.properties["place"] == place}


# ------------------------------------------------------------------ an arrest far inland


@pytest.mark.parametrize("text, place", [
    (LEAD + "Others, arrested later in Gauteng, are sent to a repatriation centre.", "Gauteng"),
    ("Migrants reached Spain by boat this summer. Several were later arrested in Madrid.", "Madrid"),
    # hedged: still an arrest there, only less sure
    ("Migrants reached Spain by boat this summer. Several were reportedly arrested in Madrid.", "Madrid"),
], ids=["province", "city", "hedged"])
def test_an_arrest_far_inland_is_detention_not_a_border(text, place):
    controls = _controls_at(text, place)
    assert "detention" in controls and "border" not in controls


@pytest.mark.parametrize("text, place", [
    # a town by the coast
    ("Migrants reached Spain by boat this summer. Several were later arrested in Algeciras.", "Algeciras"),
    # a town by the border
    (LEAD + "Others were arrested later in Musina.", "Musina"),
    # the sentence names the border
    ("Migrants reached Spain this summer. Several who crossed the border were later arrested in "
     "Madrid.", "Madrid"),
], ids=["coast-town", "border-town", "border-named"])
def test_an_arrest_by_a_border_or_told_with_one_stays_a_border_control(text, place):
    assert "border" in _controls_at(text, place)


def test_an_arrest_denied_far_inland_draws_no_detention():
    text = "Migrants reached Spain by boat this summer. None of them were arrested in Madrid."
    assert "detention" not in _controls_at(text, "Madrid")


# ------------------------------------------------------------------ soldiers at a fence, the river


@pytest.mark.parametrize("text", [
    LEAD + "Soldiers patrol the fence along the Limpopo.",
    # the river named before, its noun only here
    LEAD + "They walk on to Johannesburg. Many find work there. Soldiers of the South African National "
           "Defence Force patrol the fence along the river.",
    # hedged
    LEAD + "Soldiers reportedly patrol the fence along the river.",
], ids=["fence-along-named", "the-river", "hedged"])
def test_soldiers_at_a_fence_along_the_river_hold_a_border_there(text):
    assert "border" in _controls_at(text, "Limpopo")


@pytest.mark.parametrize("text, place, control", [
    # soldiers in a town's streets keep order
    (LEAD + "Soldiers patrol the streets of Musina.", "Musina", "government"),
], ids=["streets"])
def test_soldiers_keeping_order_in_a_town_stay_the_governments(text, place, control):
    assert _controls_at(text, place) == {control}


@pytest.mark.parametrize("text", [
    # "the river" with no river named: no spot
    "Hundreds of Zimbabwean migrants crossed at Musina. Soldiers patrol the river.",
    # fishermen are no force
    LEAD + "Fishermen on the river pulled a man out.",
], ids=["no-river-named", "no-force"])
def test_the_river_with_no_force_or_no_river_named_draws_no_zone_at_it(text):
    assert not _controls_at(text, "Limpopo")

