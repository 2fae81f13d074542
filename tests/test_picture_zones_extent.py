"""Zone extents and kinds from a user's trial (session 22): "the sea off France" in a story set
at one coast is that coast's sea, never an overseas coast the text does not name; a camp no
word makes a place of custody takes people in (reception), it does not hold them (detention).

Sentences written for these tests; geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import picture, zones
from shapely.geometry import Point

from geomig.picture import geometry
from geomig.picture.claims import PlaceRef

FRANCE = PlaceRef("geonames:3017382", "France", "country", "FR", 46.0, 2.0)
CALAIS, DUNKIRK = (50.95, 1.86), (51.03, 2.38)
MARSEILLE, NICE = (43.30, 5.37), (43.70, 7.27)
MAYOTTE = (-12.78, 45.23)
DOVER = (51.13, 1.31)


def _sea_off_france(points) -> object:
    near = geometry.coast_near("FR", None, points, ())
    geom, warning = geometry.zone("coastal_strip", FRANCE, None, None, near)
    assert not warning
    return geom


def _holds(geom, lat: float, lon: float, km: float = 40.0) -> bool:
    """Whether the zone reaches within km of a point (a coast's sea, not its land)."""
    return geometry._within(geom, Point(lon, lat), km)


# ------------------------------------------------------------------------------ the sea off a country

def test_a_channel_story_gets_the_channel_sea():
    geom = _sea_off_france([CALAIS, DUNKIRK])
    assert _holds(geom, *CALAIS)
    assert not _holds(geom, *MARSEILLE)                 # no Mediterranean
    assert not _holds(geom, 47.2, -2.2)                 # nor the Bay of Biscay (Saint-Nazaire)
    assert not _holds(geom, 16.25, -61.55)              # nor Guadeloupe
    assert not _holds(geom, *MAYOTTE)


def test_a_mediterranean_story_gets_the_mediterranean_sea():
    geom = _sea_off_france([MARSEILLE, NICE])
    assert _holds(geom, *MARSEILLE) and _holds(geom, 42.0, 9.0, km=60)   # Corsica is near Nice
    assert not _holds(geom, *CALAIS)
    assert not _holds(geom, *MAYOTTE)


def test_a_mayotte_story_keeps_the_mayotte_sea():
    geom = _sea_off_france([MAYOTTE])
    assert _holds(geom, *MAYOTTE)
    assert not _holds(geom, *CALAIS) and not _holds(geom, *MARSEILLE)


def test_another_country_s_place_near_the_coast_places_it():
    # a story told from Dover: the French coast across the strait
    near = geometry.coast_near("FR", None, [], [DOVER, (9.0, 7.5)])
    assert near == (DOVER,)
    geom, _ = geometry.zone("coastal_strip", FRANCE, None, None, near)
    assert _holds(geom, *CALAIS) and not _holds(geom, *MARSEILLE)


def test_a_text_naming_no_coast_gets_every_home_coast_but_no_overseas_one():
    # a place far from every French coast (Agadez): no coast to choose, but no Caribbean or
    # Indian Ocean either
    near = geometry.coast_near("FR", None, [], [(16.97, 7.99)])
    assert near == ()
    geom, _ = geometry.zone("coastal_strip", FRANCE, None, None, near)
    assert _holds(geom, *CALAIS) and _holds(geom, *MARSEILLE)
    assert not _holds(geom, 16.25, -61.55) and not _holds(geom, *MAYOTTE) and not _holds(geom, 4.9, -52.3)


# ------------------------------------------------------------------------------ camps

@pytest.mark.parametrize("text, expected", [
    # an informal camp: people stay there, nobody holds them
    ("Eritrean migrants spent two weeks in a camp outside Tripoli before the crossing.",
     {("reception", "Tripoli")}),
    ("Aid workers moved the Sudanese asylum seekers to the Agadez camp.", {("reception", "Agadez")}),
    # words of custody make it detention
    ("Eritrean migrants were held for two weeks in a camp outside Tripoli.", {("detention", "Tripoli")}),
    ("Eritrean migrants were locked in a detention camp outside Tripoli.", {("detention", "Tripoli")}),
    ("Militias ran an internment camp near Tripoli where Eritrean migrants were kept.", {("detention", "Tripoli")}),
    # a centre without words is still the cue's own
    ("Eritrean migrants were taken to a centre at Tripoli.", {("detention", "Tripoli")}),
], ids=["informal-camp", "moved-to-camp", "held-in-camp", "detention-camp", "internment-camp", "bare-centre"])
def test_a_camp_holds_people_only_by_words_of_custody(text, expected):
    found = zones(picture(text))
    assert expected <= found
    # and not the other kind too
    assert not {z for z in found if z[0] in ("detention", "reception")} - expected


def test_a_hedged_camp_is_hedged_and_a_denied_one_draws_nothing():
    hedged = picture("Eritrean migrants reportedly spent two weeks in a camp outside Tripoli.")
    assert [(z.properties["control"], z.properties["hedged"]) for z in hedged.by_role("control_zone")] \
        == [("reception", True)]
    assert not zones(picture("Eritrean migrants were never held in a camp outside Tripoli."))
