"""Sentence boundaries for news prose: rule-based, offsets into the original text."""

from __future__ import annotations

import functools
import re
import tomllib
from importlib import resources


@functools.cache
def lexicon() -> dict:
    """The recogniser's word lists (geomig/geoparse/recognize.toml)."""
    return tomllib.loads(resources.files("geomig.geoparse").joinpath("recognize.toml").read_text("utf-8"))


# A sentence ends at . ! ? (and closing quotes) followed by space and a capital, a quote or a digit,
# or at a line break.
_END = re.compile(r"""[.!?]+["”’')\]]*\s+(?=["“‘'(\[]?[A-Z0-9])|\n\s*""")
_WORD_BEFORE_DOT = re.compile(r"([\w.]+)\.$")


@functools.cache
def _abbreviations() -> frozenset[str]:
    return frozenset(a.lower() for a in lexicon()["abbreviations"])


def sentences(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each sentence, leading and trailing space excluded, in order."""
    spans = []
    start = 0
    abbreviations = _abbreviations()
    # Only a short word can be an abbreviation or an initial, so the word before a dot is
    # read from a window one character longer than the longest abbreviation: a longer word
    # is cut short there but is still no abbreviation, and the sentence is not rescanned.
    reach = max(map(len, abbreviations)) + 1
    for m in _END.finditer(text):
        if m.group().startswith("."):
            word = _WORD_BEFORE_DOT.search(text, max(start, m.start() - reach), m.start() + 1)
            # "U.S. officials", "Mr. Seraj", "Aug. 19": an abbreviation or an initial, not an end.
            if word and (word.group(1).lower() in abbreviations or len(word.group(1)) == 1):
                continue
        spans.append((start, m.start() + len(m.group().rstrip())))
        start = m.end()
    spans.append((start, len(text)))
    out = []
    for s, e in spans:
        seg = text[s:e]
        s2 = s + len(seg) - len(seg.lstrip())
        e2 = s + len(seg.rstrip())
        if e2 > s2:
            out.append((s2, e2))
    return tuple(out) or ((0, len(text)),)
