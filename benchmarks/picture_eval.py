"""The migration picture on the migration-news dev set, per half, and extraction speed.

Each text is geocoded and its picture extracted on its own, then scored by
geomig.evaluate.picture against gold.json (the README's rule): role recall overall and per
family, role precision, route recall, invented routes. Even-numbered documents are the
tuning half, odd-numbered ones are held out (--verbose lists the misses of the even half
only). Also prints the time per article of
geocoding and of the picture stage (and over LGL's texts with --lgl). Run from the
repository root:

    python benchmarks/picture_eval.py [--dev ../shared/eval/migration-news] [--verbose]
                                      [--lgl ../shared/eval/LGL/texts] [--json out.json]
    python benchmarks/picture_eval.py --own tests/fixtures/reports [--verbose]

--own scores a folder of your own reports (NAME.txt files and a gold.json in the same
schema) with the same rule, as one set; --verbose lists all its misses.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

from _common import ROOT, commit  # benchmarks/ is the script's own directory

sys.path.insert(0, str(ROOT))

from geomig.evaluate import picture as pe
from geomig.geoparse.geocode import geocode_document
from geomig.models import Document
from geomig.picture import extract


def run(paths: list[Path]) -> tuple[dict[str, list], float, float]:
    """Per-document pictures, and the seconds spent geocoding and extracting."""
    pictures: dict[str, list] = {}
    t_geo = t_pic = 0.0
    for path in paths:
        t0 = time.perf_counter()
        doc = geocode_document(Document(doc=str(path), text=path.read_text("utf-8")))
        t1 = time.perf_counter()
        pictures[path.name] = list(extract([doc]).features)
        t_geo += t1 - t0
        t_pic += time.perf_counter() - t1
    return pictures, t_geo, t_pic


def half(name: str) -> str:
    m = re.match(r"(\d+)", name)
    return "even (tuning)" if m and int(m.group(1)) % 2 == 0 else "odd (held out)"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dev", type=Path, default=ROOT.parent / "shared" / "eval" / "migration-news")
    parser.add_argument("--lgl", type=Path, default=None, help="Also time extraction over these texts.")
    parser.add_argument("--verbose", action="store_true",
                        help="List each tuning (even) document's misses; held-out ones are never listed.")
    parser.add_argument("--json", type=Path, default=None, help="Write the figures as JSON too.")
    parser.add_argument("--own", type=Path, default=None,
                        help="Score this folder of your own reports (texts + gold.json) instead of the dev set.")
    args = parser.parse_args()
    if args.own is not None:
        own(args.own, args.verbose, args.json)
        return

    gold = pe.load_gold(args.dev / "gold.json")
    paths = sorted(p for p in args.dev.glob("*.txt") if p.name in gold)
    extract([geocode_document(Document(doc="warm", text="Boats left Tripoli for Malta."))])  # load once
    pictures, t_geo, t_pic = run(paths)
    print(f"# Migration picture, dev set ({len(paths)} documents, commit {commit()})\n")
    out = {}
    for label in ("even (tuning)", "odd (held out)", "all"):
        subset = {k: v for k, v in gold.items() if label == "all" or half(k) == label}
        scores = pe.score(subset, pictures)
        print(f"## {label}")
        # Misses are listed for the tuning half only: reading the held-out half's misses
        # would tune the rules to it.
        for line in pe.report_lines(scores, verbose=args.verbose and label == "even (tuning)"):
            print(line)
        print()
        out[label] = scores.to_dict()
    n = len(paths)
    print(f"speed (dev, {n} articles): geocode {1000 * t_geo / n:.1f} ms/article, "
          f"picture {1000 * t_pic / n:.1f} ms/article, total {1000 * (t_geo + t_pic) / n:.1f} ms/article")
    out["speed"] = {"dev_geocode_ms": 1000 * t_geo / n, "dev_picture_ms": 1000 * t_pic / n}
    if args.lgl is not None:
        lgl = sorted(args.lgl.glob("*.txt"))
        _, g, p = run(lgl)
        print(f"speed (LGL, {len(lgl)} articles): geocode {1000 * g / len(lgl):.1f} ms/article, "
              f"picture {1000 * p / len(lgl):.1f} ms/article, total {1000 * (g + p) / len(lgl):.1f} ms/article")
        out["speed"].update(lgl_geocode_ms=1000 * g / len(lgl), lgl_picture_ms=1000 * p / len(lgl))
    if args.json:
        args.json.write_text(json.dumps(out, indent=2), "utf-8")


def own(folder: Path, verbose: bool, json_out: Path | None) -> None:
    """Score a folder of one's own reports as one set; every miss may be listed."""
    gold = pe.load_gold(folder / "gold.json")
    paths = sorted(p for p in folder.glob("*.txt") if p.name in gold)
    pictures, _, _ = run(paths)
    scores = pe.score(gold, pictures)
    print(f"# Migration picture, {folder} ({len(paths)} documents, commit {commit()})\n")
    for line in pe.report_lines(scores, verbose=verbose):
        print(line)
    if json_out:
        json_out.write_text(json.dumps(scores.to_dict(), indent=2), "utf-8")


if __name__ == "__main__":
    main()
