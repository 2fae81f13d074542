"""geomig on GeoVirus beside the published peers, all scored by geomig.evaluate.metrics.

GeoVirus (Gritta et al. 2018) is international news: 229 reports of disease outbreaks.
Its gold leaves demonyms ("Nigerian") out, so geomig's demonyms are left out when it is
scored here. Prints Markdown: the score table, the even/odd document halves (tune on
the even documents, report the odd ones), and the calibration error. Run from the
repository root:

    python benchmarks/geovirus_eval.py [--geovirus ../shared/eval/GeoVirus] [--json out.json] [--errors N]
"""

from __future__ import annotations

import argparse
import sys
import time
from dataclasses import replace
from pathlib import Path

from _common import ROOT, commit  # benchmarks/ is the script's own directory
from lgl_eval import (calibration_error, print_even_errors, print_halves, print_parts_at_base, print_table,
                      reliability, score_corpus, write_json)

sys.path.insert(0, str(ROOT))

from geomig.evaluate import metrics as ev


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--geovirus", default="../shared/eval/GeoVirus", help="EUPEG-layout GeoVirus directory")
    parser.add_argument("--json", help="also write the figures here")
    parser.add_argument("--errors", type=int, default=0, metavar="N",
                        help="also list up to N errors of each kind on the even (tuning) half")
    args = parser.parse_args()
    corpus = Path(args.geovirus)
    if not (corpus / "gold.txt").exists():
        sys.exit(f"{corpus}: no GeoVirus corpus here (gold.txt missing)")

    gold = [_realigned(d) for d in ev.load_eupeg(corpus / "gold.txt", corpus / "texts")]
    # The gold has no demonyms: geomig's would all count as false positives.
    geocoded, preds, ours, peers, peer_preds, secs = score_corpus(corpus, gold, demonyms=False)

    print(f"{time.strftime('%Y-%m-%d %H:%M')}, geomig at {commit()}. "
          f"GeoVirus: {len(gold)} documents, {ours.gold} gold toponyms "
          f"({len(ours.problems)} gold problems left out); geomig geocoded them in {secs:.1f} s; "
          "demonyms left out, as the gold has none.\n")
    print_table(ours, peers)

    print("\nHalves (documents by number; tune on the even documents, the odd half is held out):\n")
    halves = print_halves(gold, preds, {s.system: peer_preds[s.system] for s in peers})
    parts = print_parts_at_base(gold, preds)
    if args.errors:
        print_even_errors(gold, preds, args.errors)

    table = reliability(gold, geocoded)
    ece = calibration_error(table)
    print(f"\nExpected calibration error on GeoVirus (confidence against the share of matched mentions "
          f"within 161 km): {ece:.3f}")

    if args.json:
        out = {"geomig": ours.to_dict(), "peers": [p.to_dict() for p in peers],
               "halves": {k: v.to_dict() for k, v in halves.items()},
               "halves_parts_at_base": {k: v.to_dict() for k, v in parts.items()}, "ece": ece}
        write_json(args.json, out, out["geomig"], *out["peers"], *out["halves"].values(),
                   *out["halves_parts_at_base"].values())


def _realigned(doc):
    """The gold document with each toponym's offsets moved one character back where
    that is where its surface is: GeoVirus's gold offsets count one character more
    than its texts hold (every record, while its peers' offsets fit the texts)."""
    toponyms = tuple(replace(t, start=t.start - 1, end=t.end - 1)
                     if doc.text[t.start:t.end] != t.text and doc.text[t.start - 1:t.end - 1] == t.text else t
                     for t in doc.toponyms)
    return replace(doc, toponyms=toponyms)



if __name__ == "__main__":
    main()
