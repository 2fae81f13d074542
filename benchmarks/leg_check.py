"""Route legs against land and sea, over a folder of reports: how many routes draw a land leg
as a straight line over open sea (unsaid, or a stand-in the leg's warning says is one), a way
over land (geometry.land_way) over it, or a sea leg over land (and, apart, a boat's leg by river
or lake, which runs over land as its warning says; and a sea leg's way over land from a place
inland to the coast, said so: geometry.FAR_INLAND_KM); and the picture stage's time
per article. Each text is geocoded and its picture extracted on its own (as picture_eval).
Run from the repository root:

    python benchmarks/leg_check.py DIR [--verbose] [--geocoded CACHE.pickle]

DIR holds NAME.txt reports (a copy of tests/fixtures/reports 1-402: never the blind batches).
--verbose lists each offending leg. --geocoded keeps the geocoded documents in a file, so a
second run of a picture-stage change skips geocoding (delete the file when geocoding changes).
"""

from __future__ import annotations

import argparse
import pickle
import sys
import time
from pathlib import Path

from _common import ROOT, commit  # benchmarks/ is the script's own directory

sys.path.insert(0, str(ROOT))

from geomig.gazetteer.geo import haversine_km
from geomig.geoparse.geocode import geocode_document
from geomig.models import Document
from geomig.picture import extract, geometry

#: Over this many km of water a land leg crosses sea (geometry.STRAIT_MIN_KM: less is a
#: river mouth or a bridge); over this many km of land a sea leg crosses land.
WET_KM = geometry.STRAIT_MIN_KM
DRY_KM = 25.0


def geocoded(paths: list[Path], cache: Path | None) -> list:
    """The reports geocoded, read from `cache` when it holds them all."""
    if cache is not None and cache.exists():
        docs = pickle.loads(cache.read_bytes())
        if [d.doc for d in docs] == [str(p) for p in paths]:
            return docs
    docs = [geocode_document(Document(doc=str(p), text=p.read_text("utf-8"))) for p in paths]
    if cache is not None:
        cache.write_bytes(pickle.dumps(docs))
    return docs


#: A point this close (degrees, about 2 km) to the coast is on it, neither at sea nor inland:
#: a way along the coast (geometry.land_way) runs on land's outline, where a point test is a
#: coin toss, and a boat leaves from the shore.
COAST_DEG = 0.02


def _off_coast(line, dry: bool) -> float:
    """About how many km of a line lie at sea (or inland, with `dry`) farther than COAST_DEG
    from the coast, sampled as geometry.sea_km samples."""
    import numpy as np
    import shapely

    ground = geometry.land()
    xy = list(line.coords)
    total = 0.0
    for (x0, y0), (x1, y1) in zip(xy, xy[1:]):
        km = haversine_km(y0, x0, y1, x1)
        n = int(min(geometry.SEA_SAMPLES, max(2, km / geometry.SEA_STEP_KM)))
        t = (np.arange(n) + 0.5) / n
        x, y = x0 + (x1 - x0) * t, y0 + (y1 - y0) * t
        # the point and four points around it all on land (or all at sea)
        hits = [shapely.intersects_xy(ground, x + dx, y + dy) == dry
                for dx, dy in ((0, 0), (COAST_DEG, 0), (-COAST_DEG, 0), (0, COAST_DEG), (0, -COAST_DEG))]
        total += float(np.logical_and.reduce(hits).mean()) * km
    return total


def faults(feature) -> list[str]:
    """What is wrong with a route's legs: a straight land leg over sea, a land way over sea, a
    sea leg over land (each but the way unsaid, or a stand-in said so); a boat's leg by river
    or lake (geometry.RIVER) runs over land as it says, and is counted apart."""
    out = []
    stated = feature.properties.get("legs") or ()
    paired = len(stated) == len(feature.legs)
    drawn = [d.get("drawn") for d in stated] if paired else [None] * len(feature.legs)
    warnings = [str(d.get("warning", "")) for d in stated] if paired else [""] * len(drawn)
    for leg, how, warning in zip(feature.legs, drawn, warnings, strict=True):
        if leg.mode in ("air", None):
            continue
        wet = _off_coast(leg.line, dry=False)
        what = f"{leg.start_name} -> {leg.end_name}"
        if leg.mode == "land" and wet > WET_KM:
            kind = "land way" if len(leg.line.coords) > 2 else "stand-in" if how == "straight" else "straight land leg"
            out.append(f"{kind} over {wet:.0f} km of sea: {what}")
        elif leg.mode == "sea":
            line, inland = _at_sea(leg.line, warning)
            if inland:
                out.append(f"inland end: {what}")
            if (dry := _off_coast(line, dry=True)) > DRY_KM:
                kind = "sea stand-in" if how == "straight" else "river leg" if warning.startswith(geometry.RIVER) else "sea leg"
                out.append(f"{kind} over {dry:.0f} km of land: {what}")
    return out


def _at_sea(line, warning: str):
    """A sea leg's line without the stretches over land its warning says it has, from a town
    inland to the coast (geometry.inland_ends), and whether it has any."""
    from shapely.geometry import LineString

    start, end = geometry.inland_ends(warning)
    coords = list(line.coords)
    if not (start or end) or len(coords) - start - end < 2:
        return line, False
    return LineString(coords[start:len(coords) - end]), True


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dir", type=Path)
    parser.add_argument("--verbose", action="store_true", help="List each offending leg.")
    parser.add_argument("--geocoded", type=Path, default=None, help="Keep the geocoded documents here.")
    args = parser.parse_args()
    paths = sorted(args.dir.glob("*.txt"))
    docs = geocoded(paths, args.geocoded)
    extract([geocode_document(Document(doc="warm", text="Boats left Tripoli for Malta."))])  # load once
    counts = {"straight land leg": 0, "stand-in": 0, "land way": 0, "sea leg": 0, "sea stand-in": 0, "river leg": 0,
              "inland end": 0}
    routes = t_pic = 0
    for doc in docs:
        t0 = time.perf_counter()
        features = [f for f in extract([doc]).features if f.role == "route"]
        t_pic += time.perf_counter() - t0
        routes += len(features)
        for f in features:
            found = faults(f)
            for kind in counts:
                counts[kind] += any(x.startswith(kind) for x in found)
            if args.verbose and found:
                print(f"{Path(doc.doc).name}: {f.name}\n    " + "\n    ".join(found))
    print(f"# Route legs, {len(docs)} reports, {routes} routes (commit {commit()})")
    print(f"routes with a straight land leg over >{WET_KM:.0f} km of sea: {counts['straight land leg']}")
    print(f"  and of a stand-in said so (no way known): {counts['stand-in']}")
    print(f"routes with a land way over >{WET_KM:.0f} km of sea: {counts['land way']}")
    print(f"routes with a sea leg over >{DRY_KM:.0f} km of land: {counts['sea leg']}")
    print(f"  and of a stand-in said so (no way at sea found): {counts['sea stand-in']}")
    print(f"routes with a leg by river or lake over >{DRY_KM:.0f} km of land, said so: {counts['river leg']}")
    print(f"routes with a sea leg from or to a place inland, its way to the coast said so: {counts['inland end']}")
    print(f"picture stage: {1000 * t_pic / max(len(docs), 1):.1f} ms per article")


if __name__ == "__main__":
    main()
