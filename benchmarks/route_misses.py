"""Which gold routes does the picture miss, and why? Every gold route (`from`, `to` names) that
no route of its document meets (geomig.evaluate.picture's rule) is put in one class, the first
that holds:

- end not geocoded: no mention of the text names one of its ends;
- end with no role: both are placed, but one plays no role in the picture (a roles miss: no
  route is planned from or to a place without one);
- wrong direction: one route holds both ends, two stops only, the other way round;
- stops in wrong order: one route holds both ends, among others, the end before the start
  (another way merged into it, a wrong end chosen, or the shortest way's order);
- return not drawn: the end's sentence tells a return, deportation or push-back (a rough cue,
  its words below) and no route holds both ends;
- leg in one sentence: a sentence names both ends and no route holds both;
- legs across sentences: no sentence names both and no route holds both.

    python benchmarks/route_misses.py --own tests/fixtures/reports --upto 618 [--verbose]
    python benchmarks/route_misses.py --dev ../shared/eval/migration-news [--verbose]

On the dev set only the even (tuning) half is classed (and listed with --verbose); of the odd
half only the routes met are counted.
Own reports above --upto (blind batches) are never opened.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

from _common import ROOT, commit  # benchmarks/ is the script's own directory

sys.path.insert(0, str(ROOT))

from geomig.evaluate.picture import feature_names, names_match, route_stops
from geomig.geoparse.geocode import geocode_document
from geomig.models import Document
from geomig.picture import extract

#: Words of a sentence telling a return (a rough cue for this count only, not the pipeline's).
_RETURN = re.compile(r"\b(?:return(?:ed|ing|s)?|deport\w*|repatriat\w*|expell?\w*|expulsion|sent\s+back|"
                     r"flown\s+back|pushed\s+back|push-?backs?|went\s+back|back\s+to|removed|readmi\w*)\b", re.I)
CLASSES = ("end not geocoded", "end with no role", "wrong direction", "stops in wrong order",
           "return not drawn", "leg in one sentence", "legs across sentences")


def _match(names, got) -> bool:
    """Whether a gold name is one of these (the scoring's rule: geomig.evaluate.picture)."""
    return any(names_match(n, g) for n in names for g in got if g)


def _met(start, end, stops) -> bool:
    """Whether a route's stops go from a start to a later end (the scoring's rule)."""
    for i, a in enumerate(stops):
        if _match(start, a):
            return any(_match(end, b) for b in stops[i + 1:])
    return False


def classify(doc, features, start, end) -> str | None:
    """The class of one gold route (None when met)."""
    routes = [route_stops(f) for f in features if f.role == "route"]
    if any(_met(start, end, s) for s in routes):
        return None
    placed = {n: [m for m in doc.mentions if m.name and _match(n, (m.text, m.name))] for n in (start, end)}
    if not placed[start] or not placed[end]:
        return "end not geocoded"
    roles = [f for f in features if f.role not in ("route", "control_zone", "place")]
    if not all(any(_match(n, feature_names(f)) for f in roles) for n in (start, end)):
        return "end with no role"
    both = [s for s in routes if any(_match(start, a) for a in s) and any(_match(end, a) for a in s)]
    if both:
        return "wrong direction" if len(both[0]) == 2 else "stops in wrong order"
    said = [doc.text[slice(*doc.sentences[m.sentence])] for m in placed[end]]
    if any(_RETURN.search(s) for s in said):
        return "return not drawn"
    if {m.sentence for m in placed[start]} & {m.sentence for m in placed[end]}:
        return "leg in one sentence"
    return "legs across sentences"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    where = ap.add_mutually_exclusive_group(required=True)
    where.add_argument("--own", type=Path, help="a folder of NAME.txt reports and its gold.json")
    where.add_argument("--dev", type=Path, help="the migration-news dev set")
    ap.add_argument("--upto", type=int, default=None, help="own reports numbered up to this only (needed)")
    ap.add_argument("--verbose", action="store_true", help="list each miss")
    args = ap.parse_args()
    if args.own and args.upto is None:
        ap.error("--own needs --upto (the last report that is no blind batch's)")
    folder = args.own or args.dev
    gold = json.loads((folder / "gold.json").read_text("utf-8"))["docs"]
    counts: dict[str, Counter] = {}
    listed = []
    for name in sorted(gold, key=lambda n: int(re.match(r"\d+", n).group())):
        number = int(re.match(r"\d+", name).group())
        if args.own and number > args.upto:
            continue    # (a blind batch: never opened)
        half = "own" if args.own else ("even" if number % 2 == 0 else "odd")
        text = (folder / name).read_text("utf-8")
        doc = geocode_document(Document(doc=name, text=text))
        features = list(extract([doc]).features)
        for r in gold[name].get("routes", ()):
            start, end = tuple(r["from"]), tuple(r["to"])
            cls = classify(doc, features, start, end)
            if half == "odd" and cls:
                cls = "missed"      # (held out: its misses are counted, never looked into)
            counts.setdefault(half, Counter())[cls or "met"] += 1
            if cls and args.verbose and half != "odd":
                listed.append(f"{name[:48]}  {start[0]} -> {end[0]}: {cls}")
    print(f"# Route misses by cause ({folder.name}, commit {commit()})")
    for half, c in counts.items():
        print(f"\n## {half}: {c['met']} of {sum(c.values())} gold routes met")
        for cls in (*CLASSES, "missed"):
            if c[cls]:
                print(f"{c[cls]:5d}  {cls}")
    if listed:
        print("\n" + "\n".join(listed))


if __name__ == "__main__":
    main()
