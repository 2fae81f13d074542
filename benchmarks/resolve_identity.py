"""Does a change to resolution leave geocoding's output as it was? Geocodes every LGL and
GeoVirus text (../shared/eval) and our own reports 1-258 (tests/fixtures/reports) and
writes or compares the JSON of each document, byte for byte: the mentions' places,
confidences, alternatives' scores and evidence strings, and the audit's rejected phrases
(``keep_rejected``) too.

    python benchmarks/resolve_identity.py --save /tmp/main.jsonl      # on the reference code
    python benchmarks/resolve_identity.py --against /tmp/main.jsonl   # on the changed code

Compared, it lists each document that differs and the first mentions that do, and exits 1
if any does.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
EVAL = ROOT.parent / "shared" / "eval"
REPORTS = ROOT / "tests" / "fixtures" / "reports"
LAST_REPORT = 258


def paths() -> list[Path]:
    """The texts, in a fixed order: LGL's and GeoVirus's by number, then our reports."""
    out: list[Path] = []
    for corpus in ("LGL", "GeoVirus"):
        out += sorted((EVAL / corpus / "texts").glob("*.txt"), key=lambda p: int(p.stem))
    numbered = ((int(m.group(1)), p) for p in REPORTS.glob("*.txt") if (m := re.match(r"(\d+)_", p.name)))
    out += [p for n, p in sorted(numbered) if n <= LAST_REPORT]
    return out


def outputs() -> list[tuple[str, str]]:
    """(label, JSON line) per document and mode, in order."""
    from geomig.gazetteer.index import Gazetteer
    from geomig.geoparse.geocode import geocode_document
    from geomig.models import Document

    gazetteer = Gazetteer.default()
    out = []
    for path in paths():
        text = path.read_text(encoding="utf-8", errors="replace")
        label = str(path.relative_to(ROOT.parent)) if path.is_relative_to(ROOT.parent) else str(path)
        for mode, rejected in (("geocode", False), ("audit", True)):
            doc = geocode_document(Document(label, text), gazetteer=gazetteer, keep_rejected=rejected)
            out.append((f"{mode} {label}", json.dumps(doc.to_dict()["mentions"], ensure_ascii=False)))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--save", type=Path, help="write the outputs here")
    group.add_argument("--against", type=Path, help="compare with outputs saved here")
    parser.add_argument("--show", type=int, default=3, help="differing mentions shown per document")
    args = parser.parse_args()
    ours = outputs()
    if args.save:
        args.save.write_text("".join(f"{label}\t{line}\n" for label, line in ours), encoding="utf-8")
        print(f"saved {len(ours)} outputs to {args.save}")
        return
    theirs = dict(line.rstrip("\n").split("\t", 1) for line in args.against.read_text(encoding="utf-8").splitlines())
    differ = 0
    for label, line in ours:
        if theirs.get(label) == line:
            continue
        differ += 1
        print(f"DIFFERS: {label}")
        a, b = json.loads(theirs.get(label, "[]")), json.loads(line)
        shown = 0
        for n in range(max(len(a), len(b))):
            x, y = (a[n] if n < len(a) else None), (b[n] if n < len(b) else None)
            if x != y and shown < args.show:
                print(f"  was: {json.dumps(x, ensure_ascii=False)}\n  now: {json.dumps(y, ensure_ascii=False)}")
                shown += 1
    missing = set(theirs) - {label for label, _ in ours}
    print(f"{len(ours)} outputs compared: {differ} differ, {len(missing)} missing")
    sys.exit(1 if differ or missing else 0)


if __name__ == "__main__":
    main()
