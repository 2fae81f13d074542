"""Facts: numbers with a unit stated in a sentence ("400 to 500 fighters", "67 km"),
kept with their quote and the hints that say which feature they concern."""

from __future__ import annotations

import re
from collections.abc import Sequence

from geomig.picture.claims import ActorMention, FactClaim
from geomig.picture import cues
from geomig.picture.cues import Lexicon, Masked
from geomig.picture.roles import sentence_source

_MULTIPLIERS = {"million": 1_000_000, "thousand": 1_000}
_DIGIT = re.compile(r"\d")


def _number(digits: str, mult: str | None) -> float:
    value = float(digits.replace(",", "")) * _MULTIPLIERS.get((mult or "").lower(), 1)
    return int(value) if value.is_integer() else value


def fact_claims(masked: Masked, lexicon: Lexicon, actors: Sequence[ActorMention]) -> list[FactClaim]:
    """Every number in the sentence followed by a unit of the data (or a verb implying one),
    or, for a unit with `before`, between its verb and its noun ("intercepted 300 migrants")."""
    text, base = masked.sentence, masked.start
    if lexicon.number_needs_digit and cues.PREFILTER and not _DIGIT.search(text):
        return []           # no number can be stated here
    subject = next((m.id for m in masked.mentions if m.kind not in ("demonym", "sea")), None)
    names = tuple(dict.fromkeys(a.name for a in actors))
    held = cues.present(lexicon, text)
    out: list[FactClaim] = []
    for m in lexicon.number.finditer(text):
        if not m.group("num"):
            continue
        # A number inside an actor's name ("Brigade 48") is part of the name.
        if any(a.start - base <= m.start("num") < a.end - base for a in actors):
            continue
        for unit in lexicon.units:
            if not cues.may_match(unit.get("keywords"), held):
                continue    # none of the unit's words is in the sentence
            if unit["before_rx"] is not None and not unit["before_rx"].search(text, 0, m.start()):
                continue    # its verb must come right before the number
            tail = None
            for rx in (unit["after_rx"], unit["verb_rx"]):
                tail = rx.match(text, m.end()) if rx is not None else None
                if tail:
                    break
            if not tail:
                continue
            low = _number(m.group("num"), m.group("mult"))
            value = (low, _number(m.group("num2"), m.group("mult2") or m.group("mult"))) if m.group("num2") else low
            start = m.start("qual") if m.group("qual") else m.start("num")
            span = (base + start, base + tail.end())
            out.append(FactClaim(
                text=" ".join(text[start:tail.end()].split()), value=value, unit=unit["name"],
                qualifier=(m.group("qual") or "").lower(), attach=tuple(unit.get("attach", ("sentence",))),
                doc=masked.doc.doc, sentence=masked.index, source=sentence_source(masked, [span]),
                subject=subject, actors=names,
            ))
            break
    return out
