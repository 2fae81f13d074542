"""The migration picture of texts as written and hard-wrapped, side by side.

E-mail, PDF-to-text and plain-text wire feeds deliver prose hard-wrapped: a line break every 60
to 100 columns, inside sentences and names ("New\\nYork"). This scores the same reports twice
in one run, once one paragraph per line as written and once with every paragraph wrapped at
each --widths (textwrap, as those tools do), against the same gold (geomig.evaluate.picture's
rule), and prints both. Run from the repository root:

    python benchmarks/wrapped_eval.py [--own tests/fixtures/reports] [--upto 200] [--widths 60 72 100]
"""

from __future__ import annotations

import argparse
import sys
import textwrap
from pathlib import Path

from _common import ROOT, commit  # benchmarks/ is the script's own directory

sys.path.insert(0, str(ROOT))

from geomig.evaluate import picture as pe
from geomig.geoparse.geocode import geocode_document
from geomig.models import Document
from geomig.picture import extract


def wrapped(text: str, width: int | None) -> str:
    """The text with each paragraph (line) filled to width columns; as written for None."""
    if width is None:
        return text
    return "\n".join(textwrap.fill(line, width) if line.strip() else line for line in text.split("\n"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--own", type=Path, default=ROOT / "tests" / "fixtures" / "reports")
    parser.add_argument("--upto", type=int, default=200, help="Score reports numbered up to this one.")
    parser.add_argument("--widths", type=int, nargs="+", default=[72])
    args = parser.parse_args()
    gold = pe.load_gold(args.own / "gold.json")
    gold = {k: v for k, v in gold.items() if int(k.split("_")[0]) <= args.upto}
    texts = {k: (args.own / k).read_text("utf-8") for k in gold}
    print(f"commit {commit()}: {len(gold)} reports (1-{args.upto}) of {args.own}")
    for width in [None, *args.widths]:
        pictures = {k: list(extract([geocode_document(Document(doc=k, text=wrapped(t, width)))]).features)
                    for k, t in texts.items()}
        s = pe.score(gold, pictures)
        label = "as written" if width is None else f"wrapped at {width}"
        print(f"{label:>14}: role recall {s.recall:.1%}, precision {s.precision:.1%}, "
              f"route recall {s.route_recall:.1%}, invented routes {s.invented}")


if __name__ == "__main__":
    main()
