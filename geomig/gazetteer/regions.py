"""Areas of the gazetteer: polygons for countries, continents, seas, macro-regions and
vague regions such as "southern Libya" (ids "geomig:<direction>:<base id>")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from geomig.errors import GazetteerError
from geomig.models import Place

if TYPE_CHECKING:
    from geomig.gazetteer.index import Gazetteer

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


def region_place(gaz: Gazetteer, place_id: str) -> Place:
    """The Place of a derived region: named "southern Libya", placed inside its part."""
    parsed = parse_region_id(place_id)
    if parsed is None:
        raise GazetteerError(f"unknown gazetteer id {place_id!r}")
    direction, base_id = parsed
    base = gaz.get(base_id)
    lat, lon = base.lat, base.lon
    geom = gaz.geometry(place_id)
    if geom is not None:
        from geomig.gazetteer import shapes

        lat, lon = shapes.representative(geom)
    adjective = {"central": "central"}.get(direction, direction + "ern")
    return Place(place_id, f"{adjective} {base.name}", "region", base.country,
                 round(lat, 5), round(lon, 5), 0, None, f"part:{direction}")


def geometry(gaz: Gazetteer, place_id: str):
    """Polygon of an area id, or None for point places and unknown shapes (uncached:
    Gazetteer.geometry caches)."""
    from geomig.gazetteer import shapes

    parsed = parse_region_id(place_id)
    if parsed:
        direction, base_id = parsed
        base_geom = gaz.geometry(base_id)
        if base_geom is None:
            from shapely.geometry import Point

            base = gaz.get(base_id)
            base_geom = Point(base.lon, base.lat)
        return shapes.directional_part(base_geom, direction)
    if place_id in _CONTINENT_CODES:
        return shapes.continent(_CONTINENT_CODES[place_id])
    if place_id.startswith("geomig:"):
        return shapes.supplement(place_id.removeprefix("geomig:"))
    iso = gaz.country_of_id.get(place_id)
    return shapes.country(iso) if iso else None
