"""Geomig's sphere: great-circle distance (the one formula geomig measures with), degrees
in km, and the compass directions that name parts of areas."""

from __future__ import annotations

import math

#: Mean Earth radius (IUGG), as geopy's great_circle uses.
EARTH_RADIUS_KM = 6371.0088
#: Each direction's unit vector (east, north); "central" stays put.
VECTORS: dict[str, tuple[float, float]] = {
    "north": (0.0, 1.0), "south": (0.0, -1.0), "east": (1.0, 0.0), "west": (-1.0, 0.0),
    "northeast": (math.sqrt(0.5), math.sqrt(0.5)),
    "northwest": (-math.sqrt(0.5), math.sqrt(0.5)),
    "southeast": (math.sqrt(0.5), -math.sqrt(0.5)),
    "southwest": (-math.sqrt(0.5), -math.sqrt(0.5)),
    "central": (0.0, 0.0),
}
#: The part of a town is a disc this wide beside it ("western Tripoli").
POINT_RADIUS_KM = 5.0
#: Length of one degree of latitude (of longitude at the equator) on geomig's sphere.
KM_PER_DEGREE = math.radians(EARTH_RADIUS_KM)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km between two (lat, lon) points in degrees."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def haversine_matrix_km(lats1, lons1, lats2, lons2):
    """Pairwise distances (km) between two lists of points, as a numpy array [len1, len2]."""
    import numpy as np

    lat1 = np.radians(np.asarray(lats1, dtype=float))[:, None]
    lon1 = np.radians(np.asarray(lons1, dtype=float))[:, None]
    lat2 = np.radians(np.asarray(lats2, dtype=float))[None, :]
    lon2 = np.radians(np.asarray(lons2, dtype=float))[None, :]
    h = np.sin((lat2 - lat1) / 2) ** 2 + np.cos(lat1) * np.cos(lat2) * np.sin((lon2 - lon1) / 2) ** 2
    return 2 * EARTH_RADIUS_KM * np.arcsin(np.minimum(1.0, np.sqrt(h)))
