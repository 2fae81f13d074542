"""A small synthetic corpus for the corpus tests: sentences written for these tests,
with varied places, dates across months, and a few bad rows."""

from __future__ import annotations

import json
from pathlib import Path

_TEMPLATES = (
    "Dozens of migrants set off from {launch} on a crowded boat bound for {dest}, officials said.",
    "The group had travelled through {transit} for weeks before reaching the coast.",
    "The coastguard intercepted a dinghy off {launch} and returned 40 people to shore.",
    "Aid workers in {dest} said arrivals rose again this month.",
    "Many of those on board came from {origin}, according to a local charity.",
)
_LAUNCH = ("Zuwara", "Sfax", "Tobruk", "Sabratha", "Nador")
_DEST = ("Lampedusa", "Malta", "Crete", "Sicily", "Almeria")
_TRANSIT = ("Niger", "Agadez", "Sudan", "Algeria")
_ORIGIN = ("Eritrea", "Guinea", "Syria", "Bangladesh")


def article(i: int) -> str:
    """The i-th synthetic article: three or four sentences, places chosen by i."""
    places = {"launch": _LAUNCH[i % 5], "dest": _DEST[(i // 2) % 5], "transit": _TRANSIT[i % 4],
              "origin": _ORIGIN[(i // 3) % 4]}
    picks = [_TEMPLATES[(i + k) % len(_TEMPLATES)] for k in range(3 + i % 2)]
    return " ".join(t.format(**places) for t in picks)


def rows(n: int) -> list[dict]:
    """n good rows: id, text and a date spread over a few months."""
    return [{"id": f"a{i:04d}", "text": article(i), "date": f"2023-{1 + i % 6:02d}-{1 + i % 27:02d}"}
            for i in range(n)]


def write_jsonl(path: Path, n: int, *, bad: bool = False) -> Path:
    """A JSONL corpus of n good rows; with bad=True, also one of each kind of bad row."""
    lines = [json.dumps(r) for r in rows(n)]
    if bad:
        lines[3:3] = ['{"id": "broken", "text": "unterminated',                      # malformed JSON
                      json.dumps({"id": "empty", "text": "   "}),                      # empty text
                      json.dumps({"id": "a0001", "text": "A second a0001 in Malta."}),  # duplicate id
                      json.dumps({"id": "nodate", "text": "Boats left Sfax.", "date": "last spring"}),
                      json.dumps({"id": "notext", "body": "Boats left Sfax."})]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path
