"""geomig on LGL beside the nine published peers, all scored by geomig.evaluate.metrics.

Prints Markdown: the score table (P, R, F1, acc@161, AUC, mean and median error), the
even/odd document halves (geomig's weights were tuned on LGL, so each half is shown),
the effect of counting demonyms, and a reliability table (confidence bins against the
share of matched mentions within 161 km). Run from the repository root:

    python benchmarks/lgl_eval.py [--lgl ../shared/eval/LGL] [--json out.json] [--errors N]
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import time
from pathlib import Path

from _common import ROOT, commit  # benchmarks/ is the script's own directory

sys.path.insert(0, str(ROOT))

from geomig.evaluate import metrics as ev
from geomig.geoparse.geocode import geocode_document
from geomig.models import Document

#: Published peer files (EUPEG layout) and the names they go by.
PEERS = {
    "CLAVIN": "CLAVIN", "CamCoder": "CamCoder", "DBpedia": "DBpedia Spotlight",
    "Edinburgh": "Edinburgh Geoparser", "GeoTxt": "GeoTxt", "SpaCyNER": "spaCy NER",
    "StanfordNER": "Stanford NER", "TopoCluster": "TopoCluster", "Yahoo": "Yahoo PlaceSpotter",
}


def fmt(x: float, digits: int = 3) -> str:
    return "–" if x is None or (isinstance(x, float) and math.isnan(x)) else f"{x:.{digits}f}"


def row(s: ev.Scores) -> str:
    return (f"| {s.system} | {fmt(s.precision)} | {fmt(s.recall)} | {fmt(s.f1)} | {fmt(s.acc161)} | "
            f"{fmt(s.auc)} | {fmt(s.mean_km, 0)} | {fmt(s.median_km, 1)} | {s.predicted} | {s.matched} |")


HEADER = ("| system | P | R | F1 | acc@161 | AUC | mean km | median km | predicted | matched |\n"
          "|---|---|---|---|---|---|---|---|---|---|")


def reliability(gold, geocoded, bins: int = 10) -> list[tuple[float, float, int, float, float]]:
    """Per confidence bin: (low, high, matched pairs, mean confidence, share within 161 km)."""
    pairs = ev.confidence_pairs(gold, geocoded)
    table = []
    for b in range(bins):
        lo, hi = b / bins, (b + 1) / bins
        inside = [(c, ok) for c, ok in pairs if lo <= c < hi or (b == bins - 1 and c == 1.0)]
        if inside:
            table.append((lo, hi, len(inside), sum(c for c, _ in inside) / len(inside),
                          sum(ok for _, ok in inside) / len(inside)))
    return table


def calibration_error(table) -> float:
    """The bin-weighted gap between confidence and the share within 161 km."""
    total = sum(n for _, _, n, _, _ in table)
    return sum(n * abs(mean_c - share) for _, _, n, mean_c, share in table) / total if total else math.nan


def score_corpus(corpus: Path, gold, *, demonyms: bool = True):
    """geomig's geocodes of the gold texts, timed, and the scores of geomig and of every
    peer file the EUPEG-layout corpus holds, each file read once: (geocoded, predictions,
    ours, peers, the peers' predictions by system name, seconds)."""
    t = time.perf_counter()
    geocoded = [geocode_document(Document(d.doc, d.text)) for d in gold]
    secs = time.perf_counter() - t
    preds = ev.predictions_from_geocoded(geocoded, demonyms=demonyms)
    ours = ev.evaluate(gold, preds, system="**geomig**")
    peer_preds = {name: ev.load_eupeg_predictions(corpus / "peers" / f"{f}.txt", gold)
                  for f, name in PEERS.items() if (corpus / "peers" / f"{f}.txt").exists()}
    peers = [ev.evaluate(gold, p, system=name) for name, p in peer_preds.items()]
    return geocoded, preds, ours, peers, peer_preds, secs


def parts_at_base(gold, preds: dict) -> dict:
    """The predictions with each part of an area ("northern China", "the south of France")
    placed at the area itself where the gold marks only the area's name inside the
    phrase ("China"): the gold's toponym is the area, and geomig's answer for it is the
    base of the part. Everything else as it was. Both golds here mark parts this way."""
    from dataclasses import replace as _replace

    from geomig.gazetteer.index import Gazetteer
    from geomig.gazetteer.regions import parse_region_id

    gazetteer = Gazetteer.default()
    out = {}
    for doc in gold:
        inner = [(t.start, t.end) for t in doc.toponyms]
        moved = []
        for p in preds.get(doc.doc, ()):
            parsed = parse_region_id(p.id) if p.id else None
            if parsed and any(p.start <= a and b <= p.end and b - a < p.end - p.start for a, b in inner):
                base = gazetteer.get(parsed[1])
                p = _replace(p, lat=base.lat, lon=base.lon, id=base.id, name=base.name)
            moved.append(p)
        out[doc.doc] = moved
    return out


def print_parts_at_base(gold, preds: dict) -> dict[str, ev.Scores]:
    """geomig's halves again, each part of an area scored at the area (parts_at_base):
    a second reading of the same output, printed beside the strict one, never instead."""
    print("\nThe same halves, each part of an area scored at the area where the gold marks only the "
          "area's name inside the phrase (\"China\" in \"northern China\"):\n")
    return print_halves(gold, parts_at_base(gold, preds), label=", {half}, parts at their area")


def print_table(ours: ev.Scores, peers: list[ev.Scores]) -> None:
    print(HEADER)
    for s in [ours, *sorted(peers, key=lambda s: -s.f1)]:
        print(row(s))


def print_halves(gold, preds, peer_preds: dict[str, dict] | None = None, *,
                 label: str = ", {half} documents ({n})") -> dict[str, ev.Scores]:
    """geomig's scores on the even and the odd documents (and the peers', from their
    predictions by system name, best F1 first)."""
    print(HEADER)
    halves = {}
    for half, parity in (("even", 0), ("odd", 1)):
        part = [d for k, d in enumerate(gold) if k % 2 == parity]
        halves[half] = ev.evaluate(part, preds, system="geomig" + label.format(half=half, n=len(part)))
        print(row(halves[half]))
        for name, p in (peer_preds or {}).items():
            print(row(ev.evaluate(part, p, system=f"{name}, {half}")))
    return halves


def print_even_errors(gold, preds, limit: int) -> None:
    """The even (tuning) half's errors, to read before changing a rule: matched toponyms
    placed 161 km or more from the gold point (farthest first), gold toponyms missed, and
    predictions matching no gold toponym, ``limit`` of each at most. The odd half is held
    out: its errors are never listed."""
    even = [d for k, d in enumerate(gold) if k % 2 == 0]
    s = ev.evaluate(even, preds, system="geomig, even", worst=1 << 30)
    far = [c for c in s.worst if c.km >= ev.ACC_KM]
    print(f"\nEven half, placed {ev.ACC_KM} km or more away ({len(far)}):\n")
    print("| document | toponym | km | gold | geomig's place | sentence |\n|---|---|---|---|---|---|")
    for c in far[:limit]:
        sentence = " ".join(c.sentence.split())[:160].replace("|", "/")
        print(f"| {Path(c.doc).name} | {c.text} | {c.km:.0f} | {c.gold_lat:.2f}, {c.gold_lon:.2f} | "
              f"{c.name} ({c.id}) {c.lat:.2f}, {c.lon:.2f} | {sentence} |")
    for label, slips in (("missed", s.missed), ("matching no gold toponym", s.spurious)):
        print(f"\nEven half, {label} ({len(slips)}): "
              + ", ".join(f"{x.text} ({Path(x.doc).name}:{x.start})" for x in slips[:limit]))


def write_json(path: str, out: dict, *scores: dict) -> None:
    """The figures as JSON, each score without its long lists."""
    for d in scores:
        for key in ("worst", "problems", "missed", "spurious"):
            d.pop(key, None)
    Path(path).write_text(json.dumps(out, indent=1))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lgl", default="../shared/eval/LGL", help="EUPEG-layout LGL directory")
    parser.add_argument("--json", help="also write the figures here")
    parser.add_argument("--errors", type=int, default=0, metavar="N",
                        help="also list up to N errors of each kind on the even (tuning) half")
    args = parser.parse_args()
    lgl = Path(args.lgl)
    if not (lgl / "gold.txt").exists():
        sys.exit(f"{lgl}: no LGL corpus here (gold.txt missing)")

    gold = ev.load_eupeg(lgl / "gold.txt", lgl / "texts")
    geocoded, preds, ours, peers, _, secs = score_corpus(lgl, gold)

    print(f"{time.strftime('%Y-%m-%d %H:%M')}, geomig at {commit()}. "
          f"LGL: {len(gold)} documents, {ours.gold} gold toponyms "
          f"({len(ours.problems)} gold problems left out); geomig geocoded them in {secs:.1f} s.\n")
    print_table(ours, peers)

    print("\nHalves (documents by index; geomig's weights were tuned on the even documents, so the odd half is held out):\n")
    halves = print_halves(gold, preds)
    parts = print_parts_at_base(gold, preds)
    if args.errors:
        print_even_errors(gold, preds, args.errors)

    no_dem = ev.evaluate(gold, ev.predictions_from_geocoded(geocoded, demonyms=False),
                         system="geomig without demonyms")
    print("\nDemonyms (LGL's gold annotates adjectival forms such as \"Russian\"):\n")
    print(HEADER)
    print(row(ours))
    print(row(no_dem))

    table = reliability(gold, geocoded)
    print("\nReliability: geomig's confidence against the share of matched mentions within 161 km:\n")
    print("| confidence | matched | mean confidence | within 161 km |\n|---|---|---|---|")
    for lo, hi, n, mean_c, share in table:
        print(f"| {lo:.1f}–{hi:.1f} | {n} | {mean_c:.3f} | {share:.3f} |")
    ece = calibration_error(table)
    halves_ece = {label: calibration_error(reliability([d for k, d in enumerate(gold) if k % 2 == parity], geocoded))
                  for label, parity in (("even", 0), ("odd", 1))}
    print(f"\nExpected calibration error (bin-weighted |confidence - accuracy|): {ece:.3f} "
          f"(even documents, which the calibration saw: {halves_ece['even']:.3f}; odd: {halves_ece['odd']:.3f})")

    if args.json:
        out = {"geomig": ours.to_dict(), "peers": [p.to_dict() for p in peers],
               "halves": {k: v.to_dict() for k, v in halves.items()},
               "halves_parts_at_base": {k: v.to_dict() for k, v in parts.items()},
               "without_demonyms": no_dem.to_dict(), "reliability": table, "ece": ece,
               "ece_halves": halves_ece}
        write_json(args.json, out, out["geomig"], *out["peers"], *out["halves"].values(),
                   *out["halves_parts_at_base"].values(), out["without_demonyms"])


if __name__ == "__main__":
    main()
