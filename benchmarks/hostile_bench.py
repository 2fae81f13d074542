"""Hostile-input benchmark: seconds per MB of each pipeline step on runs of one character.

A text made of a short migration sentence, a run of SIZE bytes of one kind (`.`, `!`, `?`,
spaces, newlines, one long word...) and the sentence again goes through each step:
the sentence splitter, geocoding (recognise + resolve), extraction (the picture), the
audit rows, the audit CSV and the map HTML. Every step must stay linear, so the seconds
per MB stay flat when SIZE doubles. Run from the repository root:

    python benchmarks/hostile_bench.py [--size 1000000] [--kinds dots,spaces] [--steps sentences,geocode]

A step over --budget seconds is cut off for the larger sizes (printed as "> budget").
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from _common import commit  # noqa: E402

SENTENCE = "Boats left Sabratha for Lampedusa at night, and the coastguard in Zuwara stopped two. "
KINDS = {
    "prose": SENTENCE,  # the baseline: ordinary sentences with places
    "dots": ".", "bangs": "!", "questions": "?", "commas": ",", "semicolons": ";",
    "colons": ":", "dashes": "-", "quotes": '"', "parens": "(", "spaces": " ",
    "newlines": "\n", "crlf": "\r\n", "tabs": "\t", "word": "a", "capitals": "A",
    "dot-space": ". ", "cap-dot": "A. ", "nbsp": "\u00a0", "rtl": "\u202e", "combining": "e\u0301",
}


def text_of(kind: str, size: int) -> str:
    """The sentence, `size` bytes (UTF-8) of the kind's run, the sentence again.

    The run ends in a lowercase letter, so no pattern can take it whole as one sentence end.
    """
    unit = KINDS[kind]
    run = unit * max(1, size // len(unit.encode("utf-8")))
    return SENTENCE + run + "z " + SENTENCE


def steps():
    """(name, function of the text) for each pipeline step, each on the previous result."""
    from geomig.audit import report as au
    from geomig.geoparse.geocode import geocode_document
    from geomig.geoparse.text import sentences
    from geomig.models import Document
    from geomig.picture import extract

    return [
        ("sentences", lambda text, prev: sentences(text)),
        ("geocode", lambda text, prev: geocode_document(Document("bench.txt", text), keep_rejected=True)),
        ("extract", lambda text, prev: (prev["geocode"], extract([prev["geocode"]]))),
        ("audit", lambda text, prev: au.audit([prev["geocode"]])),
        ("audit-csv", lambda text, prev: au.to_csv(prev["audit"])),
        ("map", lambda text, prev: _map(prev["extract"][1])),
    ]


def _map(picture) -> str:
    from geomig import maps

    return maps.to_html(maps.render(picture.to_geojson()))


def run(kind: str, size: int, wanted: set[str], budget: float, skip: set[str]) -> dict[str, float | None]:
    """Seconds per MB of each step on one input (None: skipped after going over budget)."""
    text = text_of(kind, size)
    mb = len(text.encode("utf-8")) / 1e6
    prev: dict = {}
    out: dict[str, float | None] = {}
    for name, fn in steps():
        if name not in wanted:
            continue
        if name in skip:
            out[name] = None
            continue
        t = time.perf_counter()
        prev[name] = fn(text, prev)
        elapsed = time.perf_counter() - t
        out[name] = elapsed / mb
        if elapsed > budget:
            skip.add(name)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--size", type=int, default=1_000_000, help="bytes of the run (default 1 MB)")
    ap.add_argument("--kinds", default=",".join(KINDS), help="comma-separated kinds")
    ap.add_argument("--steps", default="sentences,geocode,extract,audit,audit-csv,map")
    ap.add_argument("--budget", type=float, default=60.0, help="seconds after which a step is skipped")
    args = ap.parse_args()
    wanted = set(args.steps.split(","))
    from geomig.gazetteer.index import Gazetteer

    Gazetteer.default()  # load once, and import every step's modules, outside the timings
    run("dots", 1000, wanted, args.budget, set())
    names = [n for n, _ in steps() if n in wanted]
    print(f"# geomig {commit()}, runs of {args.size:,} bytes; seconds per MB")
    print(f"{'kind':<12}" + "".join(f"{n:>11}" for n in names))
    for kind in args.kinds.split(","):
        row = run(kind, args.size, wanted, args.budget, set())
        cells = "".join(f"{'skipped':>11}" if row[n] is None else f"{row[n]:>11.3f}" for n in names)
        print(f"{kind:<12}{cells}", flush=True)


if __name__ == "__main__":
    main()
