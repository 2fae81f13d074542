"""Refit geomig's confidence calibration (geomig/geoparse/calibration.toml) on LGL.

The resolver's raw score for a mention (see geomig.geoparse.resolve.calibrate) is mapped to the
share of mentions that really lie within 161 km of the gold place. This script geocodes
LGL's even-numbered documents with the mapping switched off, fits an isotonic
(non-decreasing) curve of "within 161 km" on the raw score by pool-adjacent-violators,
merges blocks smaller than --min-block mentions, and prints the knots in the file's
format (or writes them with --write). The odd documents stay held out: lgl_eval.py
reports the reliability on both halves. Run from the repository root:

    python benchmarks/calibrate.py [--lgl ../shared/eval/LGL] [--write]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from geomig.evaluate import metrics as ev
from geomig.geoparse import resolve
from geomig.geoparse.geocode import geocode_document
from geomig.models import Document

CALIBRATION = ROOT / "geomig" / "geoparse" / "calibration.toml"
HEADER = """\
# Confidence calibration of geomig/resolve.py: the raw score (the probability that the
# true place lies within 161 km of the chosen one, mixed with the margin to the best
# candidate farther away) mapped to the share of mentions that really are within 161 km.
# Fitted by isotonic regression on LGL's even-numbered documents ({n:,} matched place
# mentions; demonyms keep their own fixed confidence), reduced to these knots; linear
# between them. Written by benchmarks/calibrate.py: rerun it after changing the
# resolution weights (benchmarks/RESULTS.md shows the reliability on the whole corpus).
"""


def raw_pairs(gold) -> list[tuple[float, bool]]:
    """(raw score, within 161 km) for every matched place mention (demonyms excluded:
    they keep a fixed confidence)."""
    identity = ([0.0, 1.0], [0.0, 1.0])
    saved = resolve._calibration
    resolve._calibration = lambda: identity  # confidence == round(raw, 3)
    try:
        geocoded = [geocode_document(Document(doc.doc, doc.text)) for doc in gold]
    finally:
        resolve._calibration = saved
    return ev.confidence_pairs(gold, geocoded, demonyms=False)


def isotonic(pairs: list[tuple[float, bool]], min_block: int) -> list[tuple[float, float, int]]:
    """Pool-adjacent-violators blocks as (mean x, share y, size), non-decreasing in y,
    each holding at least min_block pairs (small blocks join their closer neighbour).
    The share is Laplace-smoothed, (hits + 1) / (n + 2): a block that was always right
    says 0.999 for 719 mentions, not 1. Smoothing pulls small blocks more, so the
    blocks are pooled again after it (a pooled block's share is then the mean of its
    parts' smoothed shares, weighted by size)."""
    blocks = _pool([[x, float(y), 1] for x, y in sorted(pairs)])  # [sum of x, sum of y, n]
    while len(blocks) > 1 and min(b[2] for b in blocks) < min_block:
        k = min(range(len(blocks)), key=lambda i: blocks[i][2])
        mean = blocks[k][1] / blocks[k][2]
        neighbours = [i for i in (k - 1, k + 1) if 0 <= i < len(blocks)]
        j = min(neighbours, key=lambda i: abs(blocks[i][1] / blocks[i][2] - mean))
        lo, hi = sorted((j, k))
        blocks[lo:hi + 1] = [[a + b for a, b in zip(blocks[lo], blocks[hi])]]
    smoothed = _pool([[sx, (sy + 1) / (n + 2) * n, n] for sx, sy, n in blocks])
    return [(sx / n, sy / n, int(n)) for sx, sy, n in smoothed]


def _pool(blocks: list[list[float]]) -> list[list[float]]:
    """Merge adjacent blocks ([sum x, sum y, n]) until their means of y increase."""
    out: list[list[float]] = []
    for block in blocks:
        out.append(list(block))
        while len(out) > 1 and out[-2][1] / out[-2][2] >= out[-1][1] / out[-1][2]:
            last = out.pop()
            out[-1] = [a + b for a, b in zip(out[-1], last)]
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lgl", default="../shared/eval/LGL", help="EUPEG-layout LGL directory")
    parser.add_argument("--min-block", type=int, default=40, help="fewest mentions behind one knot")
    parser.add_argument("--write", action="store_true", help=f"write {CALIBRATION.relative_to(ROOT)}")
    args = parser.parse_args()
    lgl = Path(args.lgl)
    if not (lgl / "gold.txt").exists():
        sys.exit(f"{lgl}: no LGL corpus here (gold.txt missing)")

    gold = [d for k, d in enumerate(ev.load_eupeg(lgl / "gold.txt", lgl / "texts")) if k % 2 == 0]
    pairs = raw_pairs(gold)
    blocks = isotonic(pairs, args.min_block)
    for x, y, n in blocks:
        print(f"raw {x:.3f}  within 161 km {y:.3f}  ({n} mentions)")
    xs = [0.0, *(round(x, 3) for x, _, _ in blocks), 1.0]
    ys = [min(0.05, round(blocks[0][1], 3)), *(round(y, 3) for _, y, _ in blocks), round(blocks[-1][1], 3)]
    # Knots must increase strictly in x for the interpolation.
    knots = [(x, y) for k, (x, y) in enumerate(zip(xs, ys)) if k == 0 or x > xs[k - 1]]
    body = (f"raw = [{', '.join(str(x) for x, _ in knots)}]\n"
            f"calibrated = [{', '.join(str(y) for _, y in knots)}]\n")
    print(f"\n{len(pairs)} matched place mentions in {len(gold)} even documents\n{body}", end="")
    if args.write:
        CALIBRATION.write_text(HEADER.format(n=len(pairs)) + body, encoding="utf-8")
        print(f"written to {CALIBRATION.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
