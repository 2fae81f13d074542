"""Zones a force holds at sea are drawn at sea: a navy's waters off an inland town are off its
coast, not round its streets."""

from __future__ import annotations

import pytest

from geomig.gazetteer.geo import haversine_km
from geomig.picture import geometry
from geomig.picture.claims import PlaceRef


def _town(name: str, lat: float, lon: float, iso: str) -> PlaceRef:
    return PlaceRef(f"test:{name}", name, "city", iso, lat, lon)


def _wet_share(geom) -> float:
    ground = geometry.land()
    return 1.0 - geom.intersection(ground).area / geom.area


# (lat, lon) written for these tests: two towns some 20-30 km from the sea, three on it or near it
@pytest.mark.parametrize("town", [
    _town("Higüey", 18.615, -68.708, "DO"),
    _town("Médenine", 33.354, 10.505, "TN"),
    _town("Zuwara", 32.93, 12.08, "LY"),
    _town("Tripoli", 32.89, 13.19, "LY"),
    _town("Saint-Louis", 16.03, -16.49, "SN"),      # 5 km from the coast
    _town("Zarzis", 33.50, 11.11, "TN"),
])
def test_a_navy_s_waters_at_a_town_are_the_sea_off_its_coast_not_a_ring_round_it(town):
    zone, warning = geometry.zone("port", town, settings={"port_buffer_km": 4, "offshore_km": 20})
    assert warning == ""
    assert _wet_share(zone) > 0.9                  # waters, cut to the sea
    harbour = geometry.disc(town.lat, town.lon, 4)
    assert zone.area > 5 * harbour.area             # a map at zoom 8 shows them, not a speck
    centre = zone.centroid
    assert haversine_km(town.lat, town.lon, centre.y, centre.x) < 40


def test_a_navy_far_from_any_sea_keeps_its_disc_round_the_town():
    agadez = _town("Agadez", 16.97, 7.99, "NE")
    zone, _ = geometry.zone("port", agadez, settings={"port_buffer_km": 4})
    assert haversine_km(agadez.lat, agadez.lon, zone.centroid.y, zone.centroid.x) < 0.5


def test_a_sea_leg_to_a_town_on_a_north_coast_goes_round_the_cape_not_over_it():
    # searoute joins a town on Aceh's north coast to a node off Sumatra's west coast; the path
    # pulled from there ran over Aceh's tip (a straight line, "no sea path"): the leg is routed
    # again from the sea off the town
    coxs_bazar, sigli = (21.43, 91.98), (5.38, 95.96)
    line, warning = geometry.sea_leg(coxs_bazar, sigli)
    assert warning == ""
    assert len(line.coords) > 2
    assert geometry.crosses_land(line, coxs_bazar, sigli) is False
    assert line.coords[-1] == (sigli[1], sigli[0])
