"""The words between two claims of a sentence: where a claim's words lie, what stands between
two places (a clause mark, "or", another group's "while others"), and places a sentence has
people reach one after another. groups, chains, returns and the later stages read them.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import replace

from geomig.picture.claims import Claim


def _named_at(claims: Sequence[Claim]) -> dict[tuple[str, int], list[int]]:
    """Where each sentence names places: (doc, sentence) -> the claims' offsets."""
    named: dict[tuple[str, int], list[int]] = defaultdict(list)
    for c in claims:
        if c.at >= 0:
            named[(c.doc, c.sentence)].append(c.at)
    return named


def _says(text: str, name: str) -> bool:
    """Whether a text has a name's words in a row, each a whole word as written ("Carlos" in
    "Carlos, 40, left"; not in "Carlosville")."""
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        if not (text[at - 1:at].isalnum() or text[end:end + 1].isalnum()):
            return True
        at = text.find(name, at + 1)
    return False


def _last_comma(quote: str, at: int) -> int:
    """Where the last comma followed by a space before `at` ends, less one (-1: none)."""
    i = quote.rfind(",", 0, at)
    while i >= 0 and not (i + 1 < at and quote[i + 1].isspace()):
        i = quote.rfind(",", 0, i)
    return i + 1 if i >= 0 else -1


_CLAUSE = re.compile(r"[.;:]|,\s")


def _between(c: Claim, end: Claim) -> str:
    """The words of a sentence between a claim's place and a later claim's (`end`) place."""
    return end.source.quote[slice(*_span(c, end))]


def _span(c: Claim, end: Claim) -> tuple[int, int]:
    """Where, in their sentence's quote, the words between a claim's place and a later claim's
    (`end`) place lie (offsets, none before the quote's start)."""
    base = end.source.start
    return max(0, c.at - base + len(c.place.name)), max(0, end.at - base)


def _same_group(words: str) -> bool:
    """Whether the words between two places of a sentence go on with the same people: no other
    group ("others", "while"), no alternative ("or"), no new subject ("and later the Algerians
    were ..."). (A semicolon may part two legs of one list: "by bus to X; by pickup to Y".)"""
    return _ANOTHER.search(words) is None and _NEW_GROUP.search(words) is None


#: The words that make a place another group's ("X, while others went to Y"), shared by the
#: three patterns below.
_GROUP_WORDS = r"\b(?:others?|while|whereas)\b"
#: Words between two places of a sentence that make them alternatives or two clauses, not
#: stops in turn ("through X or Y", "via X; others via Y").
_NOT_IN_TURN = re.compile(r"[;:]|\bor\b|" + _GROUP_WORDS, re.IGNORECASE)
#: ... and words between a departure and an arrival that make the arrival another group's
#: ("from X to Y, while others sailed to Z"; a colon may lead on: "the next move from X: to Y").
_OTHERS = re.compile(r";|" + _GROUP_WORDS, re.IGNORECASE)
#: ... words between two places that make the second another group's or an alternative (a
#: semicolon may part two legs of one list) ...
_ANOTHER = re.compile(r"\bor\b|" + _GROUP_WORDS, re.IGNORECASE)
#: ... and a new subject named by its nationality between them ("deported to X and later the
#: Algerians were deported to Y": another group's return, not a leg on from X).
_NEW_GROUP = re.compile(r"\b(?:the\s+)?[A-Z][a-z]+(?:ans|ese|is|ians)\s+(?:[a-z]+\s+)?(?:were|was|had|have|got|took)\b")
#: ... and words after a place reached that tell what came before it.
_CAME_BEFORE = re.compile(r"\b(?:after|having|had)\b", re.IGNORECASE)
#: ... and words of a sentence that tell a way gone before the one just told ("Earlier they
#: had crossed Algeria at Oujda"): what it names was passed before, whatever the order told.
_TOLD_BEFORE = re.compile(r"\b(?:earlier|previously|before\s+(?:that|then)|had)\b", re.IGNORECASE)
#: ... and words of a sentence before a place that tell a way back ("crossed back from X",
#: "returned across the X"): a place passed on a return, not on the way on from an end.
_TOLD_BACK = re.compile(r"\b(?:back|return(?:s|ed|ing)?)\b", re.IGNORECASE)
#: ... and words after a place reached, in its own sentence, that take people on from it ("Those
#: who land at X head north through Y", "reached X and then took a bus to Y", "landed in X before
#: moving on to Y"): what they name after them is passed after X (not "reached X via Y", "reached
#: X after crossing Y": a way to X).
_GONE_ON = re.compile(r"\b(?:then|head(?:s|ed|ing)?\s+(?:north|south|east|west|inland|on)|continu(?:e|es|ed|ing)\s+"
                      r"(?:north|south|east|west|inland|on)|(?:move[sd]?|moving|went|go(?:es)?|going|pushed|press(?:es|ed)?)"
                      r"\s+on|onwards?|before\s+(?:heading|moving|travelling|traveling|walking|continuing|setting\s+off)|"
                      r"from\s+there)\b", re.IGNORECASE)


#: The words between a place crossed and the place people crossed it from ("crossed the X river
#: from A into B", "crossing the X bridge from A"), and the words right before the crossed place.
_CROSSED_FROM = re.compile(r"\s+(?:(?:river|bridge|border|strait|channel|lagoon|estuary)\s+)?from\s+(?:the\s+)?",
                           re.IGNORECASE)
_CROSSING = re.compile(r"\bcross(?:ed|ing|es)?\s+(?:the\s+)?$", re.IGNORECASE)


def _crossed_from(x: Claim, a: Claim) -> bool:
    """Whether a sentence has people cross a place from a place it names right after it
    ("crossed the X river from A into B"): X lies after A on their way, though told first."""
    if x.doc != a.doc or x.sentence != a.sentence or not 0 <= x.at < a.at:
        return False
    before = x.source.quote[:max(0, x.at - x.source.start)]
    return _CROSSING.search(before) is not None and _CROSSED_FROM.fullmatch(_between(x, a)) is not None


#: At most this many characters lie between two places reached in turn.
_TURN_CHARS = 120
#: ... or this many where a clause right after the first tells what was done there ("taken to X,
#: where officers recorded each name and age, and then to Y"): that clause lengthens the way on.
_TURN_WHERE_CHARS = 150
_WHERE = re.compile(r"^\s*,?\s*where\b", re.IGNORECASE)


def _arrivals(claims: Sequence[Claim]) -> dict[tuple[str, int], list[Claim]]:
    """The places people reach (or pass and go on from), by (document, sentence): looked up,
    not searched (a long text claims thousands)."""
    arrivals: dict[tuple[str, int], list[Claim]] = defaultdict(list)
    for e in claims:
        if not e.negated and (e.role == "destination" or (e.role == "transit" and e.onward)):
            arrivals[(e.doc, e.sentence)].append(e)
    return arrivals


def _turn_chars(words: str) -> int:
    """How far apart two places reached in turn may be told, given the words between them."""
    return _TURN_WHERE_CHARS if _WHERE.search(words) else _TURN_CHARS


def _reached_in_turn(arrivals: Mapping[tuple[str, int], list[Claim]],
                     onward: re.Pattern | None) -> list[list[Claim]]:
    """Two places one sentence has people reach in turn, the words between them going on from
    the first ("reached X and took the train the same day to Y", "a bus to X and from there
    home to Y", "those who settled in X have since left for Y"; `onward`: the cue data's
    [route_modes] reached_in_turn): a leg from the first, passed on the way (a transit claim of it)."""
    out = []
    if onward is None:
        return out
    for reached in arrivals.values():
        if len(reached) < 2:
            continue
        reached = sorted((e for e in reached if not (e.intended or e.negated) and e.stop and e.at >= 0),
                         key=lambda e: e.at)
        for c, end in zip(reached, reached[1:], strict=False):
            # (one cue hit may tell both: "a bus to X, on to Y and finally to Z")
            if end.place.id == c.place.id:
                continue
            frm, to = _span(c, end)
            # (places reached in turn are told close together: a long way apart, no link is read)
            words = c.source.quote[frm:to]
            if to - frm <= _turn_chars(words) and onward.search(words):
                out.append([replace(c, role="transit", onward=False), end])
    return out
