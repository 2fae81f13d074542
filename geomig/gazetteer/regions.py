"""Areas of the gazetteer: polygons for countries, continents, seas, macro-regions and
vague regions such as "southern Libya" (ids "geomig:<direction>:<base id>").

Functions of places and polygons only: the Gazetteer looks the base places up and
caches what these return."""

from __future__ import annotations

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


def region_place(direction: str, base: Place, geom) -> Place:
    """The Place of a derived region: named "southern Libya", placed inside its part
    (``geom``, the part's polygon, or None to keep the base's point)."""
    lat, lon = base.lat, base.lon
    if geom is not None:
        from geomig.gazetteer import shapes

        lat, lon = shapes.representative(geom)
    adjective = {"central": "central"}.get(direction, direction + "ern")
    return Place(region_id(direction, base.id), f"{adjective} {base.name}", "region", base.country,
                 round(lat, 5), round(lon, 5), 0, None, f"part:{direction}")


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
    from geomig.gazetteer import shapes

    if place_id in _CONTINENT_CODES:
        return shapes.continent(_CONTINENT_CODES[place_id])
    if place_id.startswith("geomig:"):
        return shapes.supplement(place_id.removeprefix("geomig:"))
    return shapes.country(country) if country else None
