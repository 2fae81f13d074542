"""Great-circle distances."""

from __future__ import annotations

import math

import numpy as np
import pytest

from geomig.gazetteer.geo import EARTH_RADIUS_KM, haversine_km, haversine_matrix_km

QUARTER = math.pi * EARTH_RADIUS_KM / 2


@pytest.mark.parametrize("a, b, km", [
    ((32.9, 13.2), (32.9, 13.2), 0.0),
    ((0.0, 0.0), (0.0, 90.0), QUARTER),          # a quarter of the equator
    ((0.0, 0.0), (90.0, 0.0), QUARTER),          # equator to pole
    ((0.0, 179.5), (0.0, -179.5), 111.2),        # across the antimeridian, not around the world
    ((10.0, 0.0), (-10.0, 180.0), 2 * QUARTER),  # antipodes
])
def test_haversine(a, b, km):
    assert haversine_km(*a, *b) == pytest.approx(km, abs=0.1)
    assert haversine_km(*b, *a) == pytest.approx(km, abs=0.1)


def test_the_matrix_holds_the_pairwise_distances():
    lats1, lons1 = [32.9, 35.5], [13.2, 12.6]
    lats2, lons2 = [37.5, 0.0, -33.9], [15.1, 0.0, 18.4]
    d = haversine_matrix_km(lats1, lons1, lats2, lons2)
    assert d.shape == (2, 3)
    expected = [[haversine_km(a, b, c, e) for c, e in zip(lats2, lons2)] for a, b in zip(lats1, lons1)]
    assert np.allclose(d, expected)
