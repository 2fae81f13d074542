"""Control zones: a force acting "at the bridge" or "on the bridge" right after the text named that
bridge ("crossed the X bridge", "the bridge at Y") acts at the bridge named, as the same words
with its name would.

Sentences written for these tests, on the Guatemala-Mexico crossing; geocoded by the tiny
fixture gazetteer (tests/extract_helpers.py) with this file's places."""

from __future__ import annotations

import pytest
from extract_helpers import picture, with_places, zones

PLACES = {
    "Tecun Uman": ("geomig:test-tecun", "city", "GT", 14.68, -92.14, "Tecun Uman"),
    "Ciudad Hidalgo": ("geomig:test-hidalgo", "city", "MX", 14.68, -92.15, "Ciudad Hidalgo"),
    "Tapachula": ("geomig:test-tapachula", "city", "MX", 14.9, -92.26, "Tapachula"),
    "Suchiate": ("geomig:test-suchiate", "landmark", "MX", 14.68, -92.145, "Suchiate bridge"),
    "Mexico": ("geomig:test-mexico", "country", "MX", 23.0, -102.0, "Mexico"),
    "Guatemala": ("geomig:test-guatemala", "country", "GT", 15.5, -90.3, "Guatemala"),
    "Honduras": ("geomig:test-honduras", "country", "HN", 14.8, -86.6, "Honduras"),
}
DEMONYMS = {"Mexican": "Mexico", "Guatemalan": "Guatemala", "Honduran": "Honduras"}
LEAD = "Hundreds of Honduran migrants walk north through Guatemala this month. "


@pytest.fixture(autouse=True)
def _places(monkeypatch):
    with_places(monkeypatch, PLACES, DEMONYMS)


@pytest.mark.parametrize("text, place", [
    ("Most crossed the Suchiate bridge from Tecun Uman on Sunday. "
     "Mexican migration officers at the bridge register arrivals and stamp passports.", "Suchiate"),
    ("They cross the bridge at Ciudad Hidalgo into Mexico. "
     "Mexican soldiers check documents on the bridge, and families are sent back.", "Ciudad Hidalgo"),
    # hedged: still a control told
    ("They reached Tapachula after crossing the Suchiate bridge. "
     "Officers at the bridge reportedly check papers, witnesses said.", "Suchiate"),
], ids=["named-bridge", "bridge-at-town", "hedged"])
def test_the_bridge_is_the_bridge_named_just_before(text, place):
    assert ("border", place) in zones(picture(LEAD + text))


@pytest.mark.parametrize("text, place", [
    # negated: no control any more
    ("They crossed the Suchiate bridge on Sunday. Officers at the bridge no longer check papers.", "Suchiate"),
    # people at the bridge who control nothing
    ("They crossed the Suchiate bridge on Sunday. Tourists at the bridge take photos of the river.", "Suchiate"),
    # no bridge named: "the bridge" is not the last town told
    ("They reached Tapachula on Sunday. Officers at the bridge register arrivals.", "Tapachula"),
], ids=["no-longer", "tourists", "no-bridge-named"])
def test_no_zone_from_the_bridge_without_a_control_or_a_bridge_named(text, place):
    assert all(p != place for _, p in zones(picture(LEAD + text)))
