"""Are the places of migration reports found and placed right? The geocoding stage alone,
scored on the migration-news dev set (its gold names the places each text gives a role).

Per half of the dev set (even file numbers for tuning, odd ones held out) it prints:
- found: gold expectations one of whose names some resolved mention names (names compare
  case- and accent-insensitively, a multiword name may match as a substring either way,
  as the dev set's scoring rule says);
- placed: of the found expectations that carry a country, those with a matching mention
  placed in that country;
- not in gold: resolved mentions whose words no gold name of the document has. Many are
  right (datelines, reference points), so this is a list to read, not an error count;
  --verbose prints them, and the misses. Of those, the single words that are frequent
  English words or first names ("Coast", "Maritime", "Fatima") are counted apart.

    python benchmarks/migration_places.py [--dev ../shared/eval/migration-news] [--verbose]
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from collections import Counter
from pathlib import Path

from _common import ROOT, commit  # benchmarks/ is the script's own directory

sys.path.insert(0, str(ROOT))

from geomig.gazetteer.index import Gazetteer, normalize
from geomig.geoparse.geocode import geocode_document
from geomig.models import Document


def fold(s: str) -> str:
    """Case- and accent-insensitive form, apostrophes and hyphens as spaces."""
    s = unicodedata.normalize("NFKD", s.casefold())
    s = "".join(c for c in s if not unicodedata.combining(c))
    return " ".join(s.replace("-", " ").replace("’", "'").split())


def names_match(a: str, b: str) -> bool:
    a, b = fold(a), fold(b)
    if a == b:
        return True
    if " " in a or " " in b:
        return (len(a) > 3 and a in b) or (len(b) > 3 and b in a)
    return False


def score(dev: Path, verbose: bool) -> dict[str, dict[str, int]]:
    gold = json.loads((dev / "gold.json").read_text("utf-8"))["docs"]
    totals: dict[str, Counter] = {"even": Counter(), "odd": Counter()}
    for name in sorted(gold):
        doc = gold[name]
        half = "even" if int(name[:3]) % 2 == 0 else "odd"
        text = (dev / name).read_text("utf-8")
        mentions = [m for m in geocode_document(Document(name, text)).mentions if m.id is not None]
        t = totals[half]
        lines = []
        for exp in doc["expect"]:
            hits = [m for m in mentions if any(names_match(m.text, n) for n in exp["names"])]
            t["expectations"] += 1
            if hits:
                t["found"] += 1
            if exp.get("country"):
                t["with country"] += 1
                if any(m.country == exp["country"] for m in hits):
                    t["placed"] += 1
                elif hits:
                    t["misplaced"] += 1
                    lines.append(f"  misplaced {exp['names'][0]!r} ({exp['country']}): "
                                 + ", ".join(f"{m.text}->{m.name} ({m.country})" for m in hits[:3]))
            if not hits:
                lines.append(f"  not found {exp['names']} ({exp.get('country', '-')}, {exp['family']})")
        gold_names = [n for e in doc["expect"] for n in e["names"]]
        gold_names += [n for r in doc["routes"] for n in r["from"] + r["to"]]
        extra = [m for m in mentions if not any(names_match(m.text, n) for n in gold_names)]
        t["mentions"] += len(mentions)
        t["not in gold"] += len(extra)
        # The false places the issue names: words of organisation names and people's first
        # names ("Coast", "Border", "Maritime", "Fatima"), read off the gazetteer's lists.
        gaz = Gazetteer.default()
        t["words and names"] += sum(1 for m in extra if m.kind != "demonym" and " " not in m.text.strip()
                                    and (normalize(m.text) in gaz.common_words
                                         or normalize(m.text) in gaz.first_names))
        if verbose and half == "even" or verbose == "all":
            if extra:
                lines.append("  not in gold: " + "; ".join(f"{m.text}->{m.name} ({m.country}, {m.kind})"
                                                          for m in extra))
            if lines:
                print(f"{name}\n" + "\n".join(lines))
    return totals


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dev", default="../shared/eval/migration-news", help="the dev set's directory")
    parser.add_argument("--verbose", action="store_true", help="list misses on the even (tuning) half")
    parser.add_argument("--all", action="store_true", help="with --verbose, list the odd half too")
    args = parser.parse_args()
    dev = Path(args.dev)
    if not (dev / "gold.json").exists():
        sys.exit(f"{dev}: no migration-news dev set here (gold.json missing)")
    totals = score(dev, "all" if args.verbose and args.all else args.verbose)
    print(f"\ngeomig at {commit()}: places of the migration-news dev set\n")
    print("| half | expectations | found | with country | placed right | misplaced | mentions | not in gold "
          "| of which words or first names |")
    print("|---|---|---|---|---|---|---|---|---|")
    for half, t in totals.items():
        print(f"| {half} | {t['expectations']} | {t['found']} ({t['found'] / t['expectations']:.0%}) | "
              f"{t['with country']} | {t['placed']} ({t['placed'] / t['with country']:.0%}) | {t['misplaced']} | "
              f"{t['mentions']} | {t['not in gold']} | {t['words and names']} |")


if __name__ == "__main__":
    main()
