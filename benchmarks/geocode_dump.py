"""Every geocode of the evaluation texts as JSON lines, to check that a speed change keeps
the output byte for byte (toponyms, points, confidences, alternatives, evidence, flags).

Texts: LGL's and GeoVirus's articles, the seeds, and the dev set's even-numbered documents
(the odd half is held out), each geocoded twice, as ``geomig geocode`` does and with the
phrases recognition turned down (``keep_rejected``, the audit's), in one process in order.
Run from the repository root before and after a change, and compare the files:

    python benchmarks/geocode_dump.py /tmp/before.jsonl
    python benchmarks/geocode_dump.py /tmp/after.jsonl && cmp /tmp/before.jsonl /tmp/after.jsonl

``--code DIR`` geocodes with the package ``DIR/geomig`` (another ref's, exported with
``git archive REF geomig | tar -x -C DIR`` and its data linked as _common.link_data does)
instead of this checkout's.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path

# benchmarks/ is the script's own directory
from _common import ROOT

EVAL = ROOT.parent / "shared" / "eval"


def paths() -> Iterator[Path]:
    """The texts, in a fixed order; a missing folder is skipped."""
    yield from sorted((EVAL / "LGL" / "texts").glob("*.txt"), key=lambda p: int(p.stem))
    yield from sorted((EVAL / "GeoVirus" / "texts").glob("*.txt"))
    yield from sorted((ROOT / "seeds").glob("*.txt"))
    for path in sorted((EVAL / "migration-news").glob("*.txt")):
        number = re.match(r"\d+", path.name)
        if number and int(number.group()) % 2 == 0:
            yield path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", help="the JSON lines file to write")
    parser.add_argument("--code", default=str(ROOT), help="the directory whose geomig/ geocodes (default: here)")
    args = parser.parse_args()
    sys.path.insert(0, args.code)
    from geomig.geoparse.geocode import geocode_document
    from geomig.models import Document

    count = 0
    with open(args.out, "w", encoding="utf-8") as out:
        for path in paths():
            text = path.read_text(encoding="utf-8")
            for keep_rejected in (False, True):
                doc = geocode_document(Document(path.name, text), keep_rejected=keep_rejected)
                out.write(json.dumps(doc.to_dict(), ensure_ascii=False) + "\n")
            count += 1
    import geomig

    print(f"{count} texts, {2 * count} geocodes by {Path(geomig.__file__).parent} -> {args.out}")


if __name__ == "__main__":
    main()
