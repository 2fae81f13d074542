"""Hostile-input benchmark: seconds per MB of each pipeline step on runs of one character.

A text made of a short migration sentence, a run of SIZE bytes of one kind (`.`, `!`, `?`,
spaces, newlines, one long word...) and the sentence again goes through each step:
the sentence splitter, geocoding (recognise + resolve), extraction (the picture), the
audit rows, the audit CSV and the map HTML. Every step must stay linear, so the seconds
per MB stay flat when SIZE doubles. Run from the repository root:

    python benchmarks/hostile_bench.py [--size 1000000] [--kinds dots,spaces] [--steps sentences,geocode]
    python benchmarks/hostile_bench.py --corpus [--size 200000]

A step over --budget seconds is skipped for the kinds after it. --corpus instead writes a
hostile corpus (script and formula payloads, punctuation runs, UTF-16 and UTF-32 files,
a CR and a newline in file names, an empty file, a binary file, a FIFO, a symlink loop)
and runs the commands on it, `--jobs 2` included, reporting seconds per MB and checking
that every readable document is written and every other one is reported on one line.
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


PAYLOADS = {
    "script.txt": 'Boats left Sabratha. <script>alert(1)</script><img src=x onerror="fetch(1)"> for Lampedusa.',
    "formula.txt": "=HYPERLINK(\"http://example.invalid\")\r=1+1,Tripoli\r@SUM(A1) Boats left Zuwara.",
    "a\rcr=1+1.txt": "Boats left Zawiya for Malta.\r=1+1",
    "a\nnewline.txt": "Boats left Misrata for Crete.",
    "utf16.txt": b"\xff\xfe" + "Boats left Tobruk for Crete.".encode("utf-16-le"),
    "utf32.txt": b"\x00\x00\xfe\xff" + "Boats left Benghazi for Malta.".encode("utf-32-be"),
    "rtl.txt": "Boats left \u202eSabratha\u202c for Lampedusa\u200f.\ufeff",
}
BROKEN = {"empty.txt": b"", "binary.txt": b"\x00\x01\x02PK\x03\x04" * 100}


def write_corpus(root: Path, size: int) -> tuple[int, int]:
    """Write the hostile corpus; returns (readable documents, documents that must fail)."""
    import os

    root.mkdir(parents=True, exist_ok=True)
    for name, body in PAYLOADS.items():
        (root / name).write_bytes(body if isinstance(body, bytes) else body.encode("utf-8"))
    for kind in KINDS:
        (root / f"run-{kind}.txt").write_text(text_of(kind, size), encoding="utf-8")
    for name, body in BROKEN.items():
        (root / name).write_bytes(body)
    os.mkfifo(root / "fifo.txt")
    (root / "loop.txt").symlink_to(root / "loop.txt")
    # A directory's *.txt are its regular files: the FIFO and the loop are named on the command line.
    return len(PAYLOADS) + len(KINDS), len(BROKEN) + 2


def corpus(size: int) -> None:
    """Run the commands on the hostile corpus: seconds per MB, and nothing lost."""
    import json
    import subprocess
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "corpus"
        good, bad = write_corpus(root, size)
        mb = sum(f.stat().st_size for f in root.iterdir() if f.is_file() and not f.is_symlink()) / 1e6
        print(f"# geomig {commit()}, hostile corpus: {good} readable documents, {bad} broken, {mb:.1f} MB")
        out = Path(tmp) / "out"
        inputs = [str(root), str(root / "fifo.txt"), str(root / "loop.txt")]
        runs = [
            ("geocode", ["geocode", *inputs, "-o", str(out / "g.jsonl")]),
            ("geocode --jobs 2", ["geocode", *inputs, "--jobs", "2", "-o", str(out / "g2.jsonl")]),
            ("geocode csv", ["geocode", *inputs, "-o", str(out / "g.csv")]),
            ("extract", ["extract", *inputs, "-o", str(out / "p.geojson")]),
            ("map", ["map", *inputs, "-o", str(out / "m.html")]),
            ("audit csv", ["audit", *inputs, "-o", str(out / "a.csv")]),
        ]
        for name, args in runs:
            t = time.perf_counter()
            proc = subprocess.run([sys.executable, "-m", "geomig", *args], capture_output=True, text=True,
                                  timeout=3600, stdin=subprocess.DEVNULL)
            elapsed = time.perf_counter() - t
            errors = [line for line in proc.stderr.splitlines() if line.startswith("Error:")]
            lost = ""
            if name.startswith("geocode") and args[-1].endswith(".jsonl"):
                docs = [json.loads(line)["doc"] for line in Path(args[-1]).read_text("utf-8").split("\n")[:-1]]
                lost = f", {good - len(docs)} lost"
            print(f"{name:<18}{elapsed / mb:>8.2f} s/MB  exit {proc.returncode}, {len(errors)} one-line "
                  f"errors (of {bad}){lost}", flush=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--size", type=int, default=1_000_000, help="bytes of the run (default 1 MB)")
    ap.add_argument("--kinds", default=",".join(KINDS), help="comma-separated kinds")
    ap.add_argument("--steps", default="sentences,geocode,extract,audit,audit-csv,map")
    ap.add_argument("--budget", type=float, default=60.0, help="seconds after which a step is skipped")
    ap.add_argument("--corpus", action="store_true", help="run the commands on a hostile corpus instead")
    args = ap.parse_args()
    if args.corpus:
        return corpus(args.size)
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
