"""Which gold places does geocoding miss or misplace, and why? Every expectation of a gold file
(its `names`, `country`) is matched against geomig.geocode's mentions and put in one class:

- right: a mention names it (migration_places.names_match) and is placed in its country
  (or it has no country);
- wrong country: a mention names it, none in its country (a homonym, mostly);
- division for town: named, in its country, but only as a division where the gazetteer has a
  town of that name there and the text never calls the name a division ("brought to Palermo"
  placed on the province; "Idlib province" is right);
- not a place here: <reason>: recognition or resolution turned the words down (a common
  word, a first name, an organisation...);
- inside another name: the words are part of a longer (or shorter) mention that is not it;
- not in gazetteer: no entry has the name; not recognised: one has, and nothing was found;
- not in text: none of its names occurs as written (an inflection or a gloss of the gold).

    python benchmarks/place_misses.py --own tests/fixtures/reports [--upto 330] [--verbose]
    python benchmarks/place_misses.py --dev ../shared/eval/migration-news [--verbose]

On the dev set only the even (tuning) half is listed with --verbose; the odd half is counted.
Own reports above --upto (a blind batch) are never opened.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

from _common import ROOT, commit  # benchmarks/ is the script's own directory
from migration_places import fold, names_match

sys.path.insert(0, str(ROOT))

from geomig.gazetteer.index import Gazetteer, key_of
from geomig.geoparse.geocode import geocode_document
from geomig.geoparse.text import lexicon
from geomig.models import Document


_MEMBER = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*"   # a capitalised name of one or more words
_GAP = r"(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)"  # ", ", " and ", ", and "


def _CALLED_DIVISION(name: str) -> re.Pattern:
    """The text calls the name a division ("Idlib province", "the state of Oaxaca", "the
    Kharkiv, Donetsk and Dnipropetrovsk regions", "Battambang and Banteay Meanchey provinces")."""
    nouns = "|".join(lexicon()["division_nouns"] + ["provinces", "regions", "states", "districts",
                                                    "governorates", "department", "county", "municipality"])
    return re.compile(rf"{name}(?:{_GAP}{_MEMBER})*\s+(?i:{nouns})\b"
                      rf"|(?i:state|province|region|district|governorate|department)\s+of\s+{name}")


def classify(text: str, exp: dict, mentions, rejected, gaz: Gazetteer) -> tuple[str, str]:
    """(class, detail) of one gold expectation."""
    names, country = exp["names"], exp.get("country")
    hits = [m for m in mentions if any(names_match(m.text, n) for n in names)]
    if hits:
        if not country or any(m.country == country for m in hits):
            placed = [m for m in hits if not country or m.country == country]
            if all(m.kind == "admin" for m in placed) and any(
                    p.kind == "city" and p.country == country for m in placed for p in gaz.lookup(m.text)) and not any(
                    _CALLED_DIVISION(re.escape(m.text)).search(text) for m in placed):
                return "division for town", ", ".join(f"{m.text}->{m.name}" for m in placed[:2])
            return "right", ""
        return "wrong country", ", ".join(f"{m.text}->{m.name} ({m.country}, {m.kind})" for m in hits[:3])
    folded = fold(text)
    where = []
    for n in names:
        f = fold(n)
        if f:
            where += [(m.start(), m.end()) for m in re.finditer(rf"(?<!\w){re.escape(f)}(?!\w)", folded)]
    if not where:
        return "not in text", ""

    def over(m) -> bool:
        return any(m.start < e and s < m.end for s, e in where)
    why = [m for m in rejected if over(m)]
    if why:
        reason = why[0].evidence.removeprefix("not a place here: ")
        return f"not a place here: {reason}", why[0].text
    inside = [m for m in mentions if over(m)]
    if inside:
        return "inside another name", ", ".join(f"{m.text}->{m.name} ({m.country})" for m in inside[:2])
    if not any(gaz.lookup(n) for n in names) and not any(gaz.names.get(key_of(n)) for n in names):
        return "not in gazetteer", ""
    return "not recognised", ""


def run(folder: Path, pick, verbose_pick) -> Counter:
    gold = json.loads((folder / "gold.json").read_text("utf-8"))["docs"]
    gaz = Gazetteer.default()
    counts: Counter = Counter()
    for name in sorted(gold, key=lambda n: int(n.split("_")[0])):
        if not pick(name):
            continue
        text = (folder / name).read_text("utf-8")
        doc = geocode_document(Document(name, text), keep_rejected=True)
        mentions = [m for m in doc.mentions if m.id is not None]
        rejected = [m for m in doc.mentions if m.id is None]
        for exp in gold[name]["expect"]:
            cls, detail = classify(text, exp, mentions, rejected, gaz)
            counts[cls] += 1
            if cls != "right" and verbose_pick(name):
                print(f"{name}: {exp['names'][0]!r} ({exp.get('country', '-')}, {exp['family']}): {cls}"
                      + (f" [{detail}]" if detail else ""))
    return counts


def table(title: str, counts: Counter) -> None:
    total = sum(counts.values())
    print(f"\n{title}: {total} expectations, {counts['right']} right ({counts['right'] / total:.1%})")
    for cls, n in counts.most_common():
        if cls != "right":
            print(f"  {n:4d}  {cls}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--own", help="a folder of own reports with gold.json")
    parser.add_argument("--upto", type=int, default=None,
                        help="own reports numbered above this (a blind batch) are never opened")
    parser.add_argument("--dev", help="the migration-news dev set's directory")
    parser.add_argument("--verbose", action="store_true", help="list every miss (the dev set's even half only)")
    args = parser.parse_args()
    print(f"geomig at {commit()}: gold places against geocoding")
    if args.own:
        upto = args.upto if args.upto is not None else float("inf")
        counts = run(Path(args.own), lambda n: int(n.split("_")[0]) <= upto, lambda n: args.verbose)
        table(f"own reports 1-{args.upto}" if args.upto is not None else "own reports", counts)
    if args.dev:
        def even(n: str) -> bool:
            return int(n[:3]) % 2 == 0
        counts = run(Path(args.dev), even, lambda n: args.verbose)
        table("dev even half", counts)
        counts = run(Path(args.dev), lambda n: not even(n), lambda n: False)
        table("dev odd half (held out, counted only)", counts)


if __name__ == "__main__":
    main()
