"""Building the offline basemap (geomig/maps/basemap.json) from the npm package world-atlas.

Two zoom bands: Natural Earth 1:50m below zoom 5 and 1:10m from zoom 5 on, each as land
rings (their outline is the coastline) and land borders (the arcs two countries share, so
no border is drawn twice). Arcs are simplified once per band, so land and borders of one
band meet, and written as polyline-encoded strings (1/1000 degree): a 1:10m world costs a
few bytes a point instead of the ~20 of GeoJSON text.

    python -m geomig.gazetteer.build.basemap /tmp/node_modules [geomig/maps/basemap.json]

Nothing at run time imports this.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np
import shapely

from geomig.gazetteer.build.shapes import _planar_ring, _read_topo, decoded_arcs

#: (first zoom, Natural Earth scale, Douglas-Peucker tolerance in degrees, smallest ring kept in square degrees).
#: 0.007 degrees is ~780 m: under half the 2 km a coast may stray at zoom 9 (three pixels there).
BANDS = ((0, "50m", 0.06, 0.02), (5, "10m", 0.007, 0.0002))
PRECISION = 3


def encode(points: np.ndarray) -> str:
    """Google's polyline encoding of (lat, lon) pairs at PRECISION decimals."""
    ints = np.round(np.asarray(points) * 10 ** PRECISION).astype(np.int64)
    deltas = np.diff(np.vstack([[0, 0], ints]), axis=0).ravel()
    out = []
    for v in deltas.tolist():
        v = ~(v << 1) if v < 0 else v << 1
        while v >= 0x20:
            out.append(chr((0x20 | (v & 0x1F)) + 63))
            v >>= 5
        out.append(chr(v + 63))
    return "".join(out)


def _ring(indexes: list[int], arcs: list[np.ndarray]) -> np.ndarray:
    parts = []
    for n, i in enumerate(indexes):
        arc = arcs[i] if i >= 0 else arcs[~i][::-1]
        parts.append(arc if n == 0 else arc[1:])
    return _planar_ring([tuple(c) for c in np.vstack(parts)])


def _polygons(obj: dict) -> list:
    return [obj["arcs"]] if obj["type"] == "Polygon" else obj["arcs"] if obj["type"] == "MultiPolygon" else []


def _lat_lon(xy: np.ndarray) -> np.ndarray:
    """(lat, lon) rounded, the line moved by whole turns so that its middle lies in [-180, 180]:
    unwrapping may leave Eurasia at -377..-170 instead of -17..190."""
    middle = (xy[:, 0].min() + xy[:, 0].max()) / 2
    shifted = xy + [360.0 * -np.round(middle / 360.0), 0.0]
    return np.round(shifted[:, ::-1], PRECISION)


def band(world_atlas: Path, scale: str, tolerance: float, min_area: float) -> dict:
    """One band: its land rings and land borders, encoded."""
    land = _read_topo(world_atlas, f"land-{scale}")
    arcs = decoded_arcs(land, tolerance)
    rings = []
    for obj in land["objects"]["land"]["geometries"]:
        for poly in _polygons(obj):
            for r in poly:
                xy = _ring(r, arcs)
                if len(np.unique(np.round(xy, PRECISION), axis=0)) >= 3 and shapely.Polygon(xy).area >= min_area:
                    rings.append(encode(_lat_lon(xy)))
    countries = _read_topo(world_atlas, f"countries-{scale}")
    carcs = decoded_arcs(countries, tolerance)
    users: dict[int, set[int]] = {}
    for n, obj in enumerate(countries["objects"]["countries"]["geometries"]):
        for poly in _polygons(obj):
            for r in poly:
                for i in r:
                    users.setdefault(i if i >= 0 else ~i, set()).add(n)
    borders = [encode(_lat_lon(carcs[i])) for i, who in sorted(users.items()) if len(who) > 1 and len(carcs[i]) > 1]
    return {"land": rings, "borders": borders}


def build(world_atlas: Path, out: Path) -> dict[str, int]:
    """Write the basemap file; returns its size and each band's ring and border counts."""
    version = json.loads((world_atlas / "package.json").read_text())["version"]
    data = {"source": f"Natural Earth via world-atlas {version}", "precision": PRECISION, "bands": []}
    for zoom, scale, tolerance, min_area in BANDS:
        data["bands"].append({"zoom": zoom, "scale": scale, "tolerance": tolerance,
                              **band(world_atlas, scale, tolerance, min_area)})
    text = json.dumps(data, separators=(",", ":"))
    out.write_text(text + "\n", encoding="utf-8")
    figures = {"bytes": len(text)}
    for b in data["bands"]:
        figures[f"{b['scale']} rings"] = len(b["land"])
        figures[f"{b['scale']} borders"] = len(b["borders"])
    return figures


if __name__ == "__main__":
    root = Path(sys.argv[1])
    target = Path(sys.argv[2]) if len(sys.argv) > 2 else Path(__file__).parents[2] / "maps" / "basemap.json"
    print(build(root / "world-atlas" if (root / "world-atlas").is_dir() else root, target))
