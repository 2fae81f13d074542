"""Areas of the gazetteer: polygons for countries, continents, seas, macro-regions and
vague regions such as "southern Libya" (ids "geomig:<direction>:<base id>"), the
twin across a border of a town ("twin:<ISO2>:<base id>"), and a place the gazetteer lacks
that the text puts inside a known one ("within:<key>:<base id>": "Gerehu, a suburb of
Port Moresby").

Functions of places and polygons only: the Gazetteer looks the base places up and
caches what these return. The point of every part of every area is computed once, when
the index is built (part_points), so a process that only geocodes never builds a polygon
to place "southern Libya"."""

from __future__ import annotations

import math
from collections.abc import Iterable

from geomig.gazetteer.geo import KM_PER_DEGREE, POINT_RADIUS_KM, VECTORS
from geomig.models import Place

#: Words that name a part of an area, mapped to the direction they mean.
DIRECTIONS = {
    "north": "north", "northern": "north", "south": "south", "southern": "south",
    "east": "east", "eastern": "east", "west": "west", "western": "west",
    "northeast": "northeast", "northeastern": "northeast", "north eastern": "northeast",
    "northwest": "northwest", "northwestern": "northwest", "north western": "northwest",
    "southeast": "southeast", "southeastern": "southeast", "south eastern": "southeast",
    "southwest": "southwest", "southwestern": "southwest", "south western": "southwest",
    "central": "central", "centre": "central", "center": "central",
}
_CONTINENT_CODES = {
    "geonames:6255146": "AF", "geonames:6255147": "AS", "geonames:6255148": "EU",
    "geonames:6255149": "NA", "geonames:6255151": "OC", "geonames:6255150": "SA",
    "geonames:6255152": "AN",
}


def region_id(direction: str, base_id: str) -> str:
    """The id of a directional part of a place: ("south", "geonames:2215636") -> "geomig:south:geonames:2215636"."""
    return f"geomig:{direction}:{base_id}"


def parse_region_id(place_id: str) -> tuple[str, str] | None:
    """(direction, base id) of a derived region id, or None for any other id."""
    parts = place_id.split(":", 2)
    if len(parts) == 3 and parts[0] == "geomig" and parts[1] in DIRECTIONS.values():
        return parts[1], parts[2]
    return None


def twin_id(country: str, base_id: str) -> str:
    """The id of a town's twin across a border, in ``country``, that the gazetteer lacks:
    ("SD", "geonames:330789") -> "twin:SD:geonames:330789" (Sudan's Gallabat, which GeoNames
    files as a name of Ethiopia's Metemma)."""
    return f"twin:{country}:{base_id}"


def parse_twin_id(place_id: str) -> tuple[str, str] | None:
    """(country, base id) of a twin id, or None for any other id."""
    parts = place_id.split(":", 2)
    if len(parts) == 3 and parts[0] == "twin":
        return parts[1], parts[2]
    return None


def within_id(key: str, base_id: str) -> str:
    """The id of a place the gazetteer lacks, or has only elsewhere, that the text puts
    inside a known one: ("boroko", "geonames:2088122") -> "within:boroko:geonames:2088122"
    (a suburb of Port Moresby). Its own id, not its container's: the picture keeps it apart
    from the town it lies in."""
    return f"within:{key.replace(':', ' ')}:{base_id}"


def parse_within_id(place_id: str) -> tuple[str, str] | None:
    """(key, base id) of a within id, or None for any other id."""
    parts = place_id.split(":", 2)
    if len(parts) == 3 and parts[0] == "within":
        return parts[1], parts[2]
    return None


def within_place(key: str, base: Place) -> Place:
    """The Place of a name the text puts inside ``base``: at its point, in its country,
    with no people of its own (where inside it, the gazetteer does not say)."""
    return Place(within_id(key, base.id), f"{key} (in {base.name})", "city", base.country,
                 base.lat, base.lon, 0, base.admin1, "within")


def twin_place(country: str, base: Place, geom=None) -> Place:
    """The Place of a town's twin: in ``country``, at the point of the country's polygon
    ``geom`` nearest the town (on the border, across from it; at the town's own point without
    a polygon), with no people of its own."""
    lat, lon = base.lat, base.lon
    if geom is not None and not geom.is_empty:
        from shapely.geometry import Point
        from shapely.ops import nearest_points

        near = nearest_points(geom, Point(lon, lat))[0]
        lat, lon = round(near.y, 5), round(near.x, 5)
    return Place(twin_id(country, base.id), f"across the border from {base.name}", base.kind, country,
                 lat, lon, 0, None, "twin")


def region_place(direction: str, base: Place, geom=None, *, point: tuple[float, float] | None = None) -> Place:
    """The Place of a derived region: named "southern Libya", placed inside its part: at
    ``point`` (its (lat, lon) from part_points), else inside ``geom`` (the part's polygon),
    else at the base's point."""
    lat, lon = base.lat, base.lon
    if point is not None:
        lat, lon = point
    elif geom is not None:
        from geomig.gazetteer import shapes

        lat, lon = shapes.representative(geom)
    adjective = {"central": "central"}.get(direction, direction + "ern")
    return Place(region_id(direction, base.id), f"{adjective} {base.name}", "region", base.country,
                 round(lat, 5), round(lon, 5), 0, None, f"part:{direction}")


def beside(direction: str, base: Place) -> tuple[float, float] | None:
    """The (lat, lon) of a part of a place without a polygon (a town, a division): the
    centre of the disc part() draws beside its point, found without drawing it (and so
    without shapely). None where the disc would cross the antimeridian: part() cuts it."""
    dx, dy = VECTORS[direction]
    k = max(math.cos(math.radians(base.lat)), 0.01)
    per_degree = KM_PER_DEGREE * k
    lon = base.lon + dx * POINT_RADIUS_KM / per_degree
    if not -180.0 < lon - POINT_RADIUS_KM / per_degree < lon + POINT_RADIUS_KM / per_degree < 180.0:
        return None
    return base.lat + dy * POINT_RADIUS_KM / KM_PER_DEGREE, lon


def part(direction: str, base: Place, base_geom):
    """The polygon of a directional part of a place: of its polygon, else of its point."""
    from geomig.gazetteer import shapes

    if base_geom is None:
        from shapely.geometry import Point

        base_geom = Point(base.lon, base.lat)
    return shapes.directional_part(base_geom, direction)


def area(place_id: str, country: str | None):
    """The polygon of a non-derived area id (``country``: its ISO code if it is a
    country), or None for point places and unknown shapes."""
    if not (place_id in _CONTINENT_CODES or place_id.startswith("geomig:") or country):
        return None  # a town or a division: no polygon, and no need to load shapely to say so
    from geomig.gazetteer import shapes

    if place_id in _CONTINENT_CODES:
        return shapes.continent(_CONTINENT_CODES[place_id])
    if place_id.startswith("geomig:"):
        return shapes.supplement(place_id.removeprefix("geomig:"))
    return shapes.country(country) if country else None


def continent_ids() -> list[str]:
    """The place ids of the continents, whose polygons are unions of their countries."""
    return list(_CONTINENT_CODES)


def part_points(areas: Iterable[tuple[str, str | None]]) -> dict[str, tuple[float, float]]:
    """The (lat, lon) inside every directional part of these areas, by region id: what the
    index stores (``areas``: place ids with their ISO code when they are countries; those
    without a polygon are skipped, their parts being discs round a point). The same
    computation as a region computed on demand, so either gives the same Place."""
    from geomig.gazetteer import shapes

    points = {}
    for place_id, country in areas:
        geom = area(place_id, country)
        if geom is None:
            continue
        for direction in shapes.DIRECTIONS:
            points[region_id(direction, place_id)] = shapes.representative(shapes.directional_part(geom, direction))
    return points
