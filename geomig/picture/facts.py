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
#: Numbers spelled out ("11 died and four are missing"): counted like digits. "One" only before
#: a person it names (_ONE below; not "one of them", "one boat"), never a number word inside
#: a longer word.
_SPELLED = {w: i for i, w in enumerate(
    "two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty".split(), start=2)} | {
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "a dozen": 12}
#: "twenty-two", "thirty five": one number (read as its tens alone and its units alone, it
#: was two counts, 20 and 2).
_SPELLED |= {f"{tens}{sep}{unit}": _SPELLED[tens] + i
             for tens in ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
             for i, unit in enumerate("one two three four five six seven eight nine".split(), start=1)
             for sep in ("-", " ")}
#: The units a spelled-out number counts: deaths and missing, which reports spell out most
#: ("11 died and four are missing"); other spelled numbers are too often no count of people.
_SPELLED_UNITS = frozenset({"deaths", "missing"})
#: "One passenger died": "one" counts only right before one person it names (not "one of the
#: boats", "one boat", nor "no one"), and not a witness ("one survivor said nobody died").
_ONE = (r"(?<!\bno\s)(?<!\bnot\s)one(?=\s+(?:passenger|migrant|refugee|asylum[- ]seeker|man|woman|child|boy|girl|"
        r"baby|infant|toddler|teenager|person|survivor|crew\s+member|fisherman)\b"
        r"(?!\s+(?:said|says|told|tells|recalled|recalls|described|describes|explained|added)\b))")
_SPELLED_WORDS = "|".join(sorted(_SPELLED, key=len, reverse=True)) + "|" + _ONE
_SPELLED["one"] = 1
_SPELLED_RX = re.compile(r"\b(?:" + _SPELLED_WORDS + r")\b", re.IGNORECASE)
#: Words of a clause that counts people in care ("12 people were taken to hospital", "doctors
#: treated 30 people"): patients or casualties, not a number of people on the move, so no plain
#: "migrants" count. (Counts of an event, a rescue or an interception, stay what they are.)
#: ("treated" as a doctor does: not "treated as criminals", "the treatment of migrants in camps".)
_CARE = re.compile(r"\b(?:hospitali[sz]\w*|hospitals?|clinics?|patients?|medical\s+(?:care|treatment)|"
                   r"treated(?!\s+(?:as|like|badly|well|unfairly|harshly|humanely|with\s+(?:respect|dignity|contempt))\b)|"
                   r"injur(?:ed|ies)|wounded|ambulances?)\b", re.IGNORECASE)
#: Where a clause ends, around a number: its count is of that clause's event.
#: (The words after a bare "and" are looked at, not taken: a break must end before the number
#: that follows it, "... in the clash and 300 migrants reached X".)
_CLAUSE_END = re.compile(r"[;:.!?]|,\s+(?:and|but|while|whereas)\b|\s(?:and|but|while|whereas)(?=\s+(?:the|a|an|some|\d))",
                         re.IGNORECASE)
#: An aside between commas: "40 migrants, the coast guard said, drowned" (its words are
#: no gap between a number and its event, [facts] gap_break).
_ASIDE = re.compile(r",[^,]*,")

#: "A, B and C" between two actors' names: they are one subject (_own_actors).
_LISTED = re.compile(r"\s*(?:,|and|or|,\s*and)\s*(?:the\s+)?", re.IGNORECASE)
#: Words right before a number that deny its count ("none of the 40 migrants died").
_NONE_OF = re.compile(r"\b(?:none|not\s+one|neither|no\s+one)\s+of\s+(?:the\s+|them\s+|those\s+)?$", re.IGNORECASE)
#: Right after a number: a hyphen joins it to its word ("a 60-mile crossing", "17-year-old").
#: Not a word that still counts them ("a 40-strong group", "40-odd migrants", "40-plus").
_HYPHENED = re.compile(r"[-‐‑]\s?(?!(?:strong|odd|plus)\b)[^\W\d]", re.IGNORECASE)
#: Right before a distance, words that make it where a place lies ("X is 67 km west of Y"):
#: a fact of that place, no locator of an event.
_DESCRIBES = re.compile(r"\b(?:is|are|was|were|lies|lie|lay|sits|sit|stands|located|situated)\s+$", re.IGNORECASE)
#: The plain count of people, which words of care take back.
_PLAIN = "migrants"


def _number(digits: str, mult: str | None) -> float:
    spelled = _SPELLED.get(" ".join(digits.lower().split()))
    value = float(spelled if spelled is not None else digits.replace(",", "")) * _MULTIPLIERS.get((mult or "").lower(), 1)
    return int(value) if value.is_integer() else value


def fact_claims(masked: Masked, lexicon: Lexicon, actors: Sequence[ActorMention]) -> list[FactClaim]:
    """Every number in the sentence followed by a unit of the data (or a verb implying one),
    or, for a unit with `before`, between its verb and its noun ("intercepted 300 migrants")."""
    text, base = masked.sentence, masked.start
    held = cues.present(lexicon, text)
    # spelled numbers only where a unit they may count has its words here (most sentences: none;
    # the spelled-number pattern is slow, so it is not tried on the others)
    spelled_units = any(cues.may_match(keywords, held) for keywords in _spelled_keywords(lexicon))
    if (lexicon.number_needs_digit and cues.PREFILTER and not _DIGIT.search(text)
            and not (spelled_units and _SPELLED_RX.search(text))):
        return []           # no number can be stated here
    subject = next((m.id for m in masked.mentions if m.kind not in ("demonym", "sea")), None)
    # words between a number and its unit's word that take the count from it ([facts] gap_break)
    gap = cues.compiled_rx(lexicon.data["facts"].get("gap_break"), re.IGNORECASE)
    out: list[FactClaim] = []
    ranges: list[tuple[str, object, int]] = []   # (unit, value, end in the sentence) of each range kept
    for m in _numbers(lexicon, text, spelled_units):
        if not m.group("num"):
            continue
        # A number inside an actor's name ("Brigade 48") is part of the name.
        if any(a.start - base <= m.start("num") < a.end - base for a in actors):
            continue
        spelled = not _DIGIT.search(m.group("num"))
        hyphened = _HYPHENED.match(text, m.end()) is not None
        for unit in lexicon.units:
            tail = _unit_tail(unit, m, text, held, spelled, hyphened, gap)
            if tail is None:
                continue    # not this unit's number
            fact = _fact(unit, m, tail, masked, lexicon, ranges, subject, actors)
            if fact is not None:
                out.append(fact)
            break           # one unit per number, counted or not
    return out


def _unit_tail(unit: dict, m: re.Match, text: str, held, spelled: bool, hyphened: bool,
               gap: re.Pattern | None) -> re.Match | None:
    """The words after a number that make it a count of the unit (its noun or its verb), or
    None when the unit does not read this number."""
    if spelled and unit["name"] not in _SPELLED_UNITS:
        return None     # "the two countries' migrants" counts no one
    if hyphened and not unit.get("hyphened"):
        return None     # "a 60-mile journey", "17-year-old migrants" count no one
    if not cues.may_match(unit.get("keywords"), held):
        return None     # none of the unit's words is in the sentence
    if unit["before_rx"] is not None and not unit["before_rx"].search(text, 0, m.start()):
        return None     # its verb must come right before the number
    tail = None
    for rx in (unit["after_rx"], unit["verb_rx"]):
        tail = rx.match(text, m.end()) if rx is not None else None
        if tail:
            break
    if tail and gap is not None and gap.search(_ASIDE.sub(" ", text[m.end():tail.end()])):
        return None     # "two passengers said nobody died": the number counts the
        #                 witnesses, not the event the words after them tell (an aside
        #                 between commas is no witness: "40 migrants, police said, drowned")
    return tail or None


def _fact(unit: dict, m: re.Match, tail: re.Match, masked: Masked, lexicon: Lexicon,
          ranges: list[tuple[str, object, int]], subject: str | None,
          actors: Sequence[ActorMention]) -> FactClaim | None:
    """The fact a number states in its unit, or None when its clause takes the count back
    (people in care, "none of the 40", the same range said again); a range kept is added to
    `ranges`."""
    text, base = masked.sentence, masked.start
    if unit["name"] == _PLAIN and _CARE.search(_clause(text, m.start(), tail.end())):
        return None     # people in care, not people on the move
    if _NONE_OF.search(text, 0, m.start("num")):
        return None     # "none of the 40 on board died" counts no one of them
    low = _number(m.group("num"), m.group("mult"))
    value = (low, _number(m.group("num2"), m.group("mult2") or m.group("mult"))) if m.group("num2") else low
    start = m.start("qual") if m.group("qual") else m.start("num")
    span = (base + start, base + tail.end())
    if isinstance(value, tuple) and any(u == unit["name"] and v == value
                                        and not _breaks(text, end, m.start("num"))
                                        for u, v, end in ranges):
        return None     # the same range said again in its clause ("400-500 (400–500)
        #                 fighters"); two counts of 40 may be two events, and so may two
        #                 equal ranges in two clauses ("40-50 drowned off X, and 40-50 off Y")
    if isinstance(value, tuple):
        ranges.append((unit["name"], value, tail.end()))
    attach = tuple(unit.get("attach", ("sentence",)))
    if unit.get("locator") and _measures(lexicon, text, m, tail):
        return None
    return FactClaim(
        text=" ".join(text[start:tail.end()].split()), value=value, unit=unit["name"],
        qualifier=(m.group("qual") or "").lower(), attach=attach,
        doc=masked.doc.doc, sentence=masked.index, source=sentence_source(masked, [span]),
        subject=subject, actors=_own_actors(text, base, m.start(), actors),
    )


def _measures(lexicon: Lexicon, text: str, m: re.Match, tail: re.Match) -> bool:
    """Whether a distance only locates an event or measures a thing: "stopped about 12 miles
    north-west of X" ([facts] locator: the zone is drawn there, no fact of the people), "its
    750 km coastline", "a border 900 km long" ([facts] length_after). A distance is a fact of a
    journey ("a 60-mile crossing") or of where a place lies ("X is 67 km west of Y") only."""
    data = lexicon.data["facts"]
    locator = cues.compiled_rx(data.get("locator"), re.IGNORECASE)
    length = cues.compiled_rx(data.get("length_after"), re.IGNORECASE)
    if locator is not None and locator.match(text, tail.end()) and not _DESCRIBES.search(text, 0, m.start()):
        return True
    return length is not None and length.match(text, tail.end()) is not None


def _numbers(lexicon: Lexicon, text: str, spelled: bool) -> list[re.Match]:
    """The numbers a sentence states, in digits (the lexicon's number pattern) and, with
    `spelled`, spelled out, in text order: a spelled one through the same pattern with its
    word as the digits."""
    found = [m for m in lexicon.number.finditer(text) if m.group("num")]
    if not spelled or not _SPELLED_RX.search(text):
        return found
    found += [m for m in _spelled_number(lexicon).finditer(text) if m.group("num")]
    return sorted(found, key=lambda m: m.start("num"))


def _spelled_number(lexicon: Lexicon) -> re.Pattern:
    """The lexicon's number pattern with spelled-out numbers in place of its digits (the same
    qualifiers and groups: "at least four"), made once per pattern."""
    rx = _SPELLED_PATTERNS.get(lexicon.number.pattern)
    if rx is None:
        words = _SPELLED_WORDS
        # (?P<num>...) is the first number's group; the range's second number stays in digits
        digits = lexicon.number.pattern.split("(?P<num>", 1)
        head, tail = digits[0], digits[1]
        depth, i = 1, 0
        while depth:        # the end of the (?P<num>...) group
            depth += {"(": 1, ")": -1}.get(tail[i], 0) if tail[i - 1:i] != "\\" else 0
            i += 1
        rx = re.compile(head + rf"(?P<num>\b(?:{words})\b)" + tail[i:], lexicon.number.flags | re.IGNORECASE)
        _SPELLED_PATTERNS[lexicon.number.pattern] = rx
    return rx


_SPELLED_PATTERNS: dict[str, re.Pattern] = {}


def _spelled_keywords(lexicon: Lexicon) -> tuple[frozenset[str] | None, ...]:
    """The keywords of each unit a spelled-out number may count (_SPELLED_UNITS), read off
    the lexicon's units once per units tuple: fact_claims() asks for every sentence of every
    text, and going through all the units each time was a few percent of reading a text
    not about migration."""
    known = _SPELLED_KEYWORDS.get(id(lexicon.units))
    if known is None or known[0] is not lexicon.units:     # (the tuple is kept: its id is not reused)
        known = _SPELLED_KEYWORDS[id(lexicon.units)] = (
            lexicon.units, tuple(u.get("keywords") for u in lexicon.units if u["name"] in _SPELLED_UNITS))
    return known[1]


# id(units) -> (the units, the keywords of those a spelled-out number may count)
_SPELLED_KEYWORDS: dict[int, tuple] = {}


def _clause(text: str, start: int, end: int) -> str:
    """The clause of the sentence `text` that holds text[start:end]: from the clause break before
    it to the one after it."""
    # (matched in the whole text, not up to `start`: a break's look ahead may reach the number)
    before = [b.end() for b in _CLAUSE_END.finditer(text) if b.end() <= start]
    after = _CLAUSE_END.search(text, end)
    return text[before[-1] if before else 0:after.start() if after else len(text)]


def _breaks(text: str, start: int, end: int) -> bool:
    """Whether a clause ends between two offsets of a sentence (a break's look ahead may
    read the words at `end`: "... and 40-50 drowned")."""
    return any(b.end() <= end for b in _CLAUSE_END.finditer(text, start, min(len(text), end + 4)))


def _own_actors(text: str, base: int, at: int, actors: Sequence[ActorMention]) -> tuple[str, ...]:
    """The actors whose event the number at `at` counts: the one named last before it in the
    sentence, with those listed with it ("the navy and the coastguard intercepted 300"), else
    the first one after it ("300 were intercepted by the navy"). Every actor of the sentence
    would give "police detained 40 ..., and the coastguard intercepted 120" both counts to both."""
    spans = sorted((a.start - base, a.end - base, a.name) for a in actors)
    before = [s for s in spans if s[1] <= at]
    if not before:
        after = [s for s in spans if s[0] >= at]
        return (after[0][2],) if after else ()
    own = [before[-1]]
    for prev in reversed(before[:-1]):      # "A and B", "A, B and C": a list is one subject
        if not _LISTED.fullmatch(text[prev[1]:own[-1][0]]):
            break
        own.append(prev)
    return tuple(dict.fromkeys(s[2] for s in reversed(own)))
