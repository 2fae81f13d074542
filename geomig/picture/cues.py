"""The one mechanism that applies the cue data (cues.toml) to geocoded sentences.

A sentence is *masked*: every geocoded mention becomes a token carrying its kind, so a
pattern written as "set sail from {place}" matches "set sail from Sabratha" whatever the
place is called. A Hit records which cue fired, on which words, which mentions filled its
slots, and whether negation or hedging reach it.
"""

from __future__ import annotations

import bisect
import contextlib
import dataclasses
import functools
import hashlib
import marshal
import operator
import os
import re
import sys
import tempfile
import tomllib
from array import array
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from geomig.errors import PictureError
from geomig.models import GeocodedDocument, Mention
from geomig.picture import topic as _topic

try:  # re's own parser and compiler (sre_parse, sre_compile) and its engine (_sre): private to
    # the stdlib, so where a Python lacks them every regex is compiled by re.compile and searched
    # whole (no keyword filter, no first-letter lead, no saved codes): slower, the same matches.
    import _sre
    from re import _compiler, _parser
except ImportError:  # pragma: no cover - CPython 3.11 to 3.14 have them
    _compiler = _parser = _sre = None

# Mask tokens use private-use characters: they never occur in news text and are not \w.
_OPEN, _CLOSE = "\ue000", "\ue001"
_SLOT_KINDS = {"place": "P", "sea": "S", "demonym": "DN", "people": "N", "any": "PSDN"}
_REF = re.compile(r"\{(~\d+|[A-Z][A-Z0-9_]*|@[a-z][a-z |-]*|(?:place|sea|demonym|people|any)(?::\w+)?)\}")
_TOKEN = re.compile(_OPEN + r"[PSDN](\d+)" + _CLOSE)
#: The word of an Aho-Corasick hit (end, word): the matchers' hits read without a Python loop.
_VALUE = operator.itemgetter(1)


@dataclass(frozen=True, slots=True)
class Pattern:
    """A compiled pattern and the label of each slot group (s0, s1, ...)."""

    source: str
    regex: re.Pattern
    slots: Mapping[str, str]
    keywords: frozenset[str] | None = None  # one of these occurs wherever it matches; None: unknown
    tokens: frozenset[str] | None = None  # as keywords, of the mask tokens' heads (required_tokens())
    needs: tuple[frozenset[str], ...] = ()  # every set of keywords one of which it needs (required_clauses())
    lowered: re.Pattern | None = None  # finder()'s: the regex searched over lowered text


@dataclass(frozen=True, slots=True)
class Cue:
    """One [[cue]] or [[control]] entry of the data: an id, its patterns and settings."""

    id: str
    section: str                    # "cue" or "control"
    role: str                       # role cues: the role; control cues: "control_zone"
    weight: float
    patterns: tuple[Pattern, ...]
    requires: re.Pattern | None = None
    settings: Mapping[str, Any] = field(default_factory=dict)
    unless: re.Pattern | None = None    # the cue is silent in a sentence matching this
    keywords: frozenset[str] | None = None  # one of these occurs wherever a pattern matches; None: unknown
    tokens: frozenset[str] | None = None  # of every pattern's tokens, as keywords
    # `requires` in a document about migration: each context widened by its NAME_on_topic
    # context ([context]), None where none is (then `requires` everywhere)
    requires_on_topic: re.Pattern | None = None


@dataclass(frozen=True, slots=True)
class Masked:
    """A sentence with its mentions replaced by tokens, and the way back to the text."""

    doc: GeocodedDocument
    index: int                      # sentence index
    start: int                      # sentence offsets in the document
    end: int
    text: str                       # masked text
    # The way back, by runs of masked text (offsets per character cost more to build than
    # the cues that use them, only where they hit): run k starts at masked index at[k]; its
    # document offsets are runs[k] = (first, -1) for text copied one to one from `first`
    # on, (first, last) where every character stands for document text[first:last] (a
    # token, a collapsed space).
    at: tuple[int, ...]
    runs: tuple[tuple[int, int], ...]
    mentions: tuple[Mention, ...]   # token number -> mention
    # context regex id -> (regex, whether it is in the sentence): the role and control
    # passes ask about the same contexts (find()); "text" and "sentence" -> their
    # lowered_text()
    known: dict = field(default_factory=dict, compare=False, repr=False)

    @property
    def sentence(self) -> str:
        """The sentence's own text."""
        return self.doc.text[self.start:self.end]

    def doc_span(self, start: int, end: int) -> tuple[int, int]:
        """Document offsets behind masked text[start:end]."""
        if end <= start:
            return (self._first(start) if start < len(self.text) else self.end,) * 2
        return self._first(start), self._last(end - 1)

    def _first(self, i: int) -> int:
        # document offset of masked character i's first character
        k = bisect.bisect_right(self.at, i) - 1
        first, last = self.runs[k]
        return first + i - self.at[k] if last < 0 else first

    def _last(self, i: int) -> int:
        # document offset one past masked character i's last character
        k = bisect.bisect_right(self.at, i) - 1
        first, last = self.runs[k]
        return first + i - self.at[k] + 1 if last < 0 else last

    def original(self, start: int, end: int) -> str:
        """Document text behind masked text[start:end]."""
        a, b = self.doc_span(start, end)
        return self.doc.text[a:b]


@dataclass(frozen=True, slots=True)
class Hit:
    """A cue that fired: its words, the mentions in its slots, its captured groups."""

    cue: Cue
    masked: Masked
    start: int                      # document offsets of the matched words
    end: int
    words: str
    slots: Mapping[str, Mention]    # label -> mention (the first one with that label)
    groups: Mapping[str, str]       # named group -> document text (mentions restored)
    group_spans: Mapping[str, tuple[int, int]]
    negated: bool = False
    hedged: bool = False


@dataclass(frozen=True, slots=True)
class Phrase:
    """A [document] topic_moved pattern as the document gate reads it. Most texts cannot
    match it: a text missing a word of one of its `needs` is not searched, and a search runs
    over the lowered text where it can (a case-insensitive search costs two to three times
    as much); the answers are those of `regex` over the text as written."""

    regex: re.Pattern                   # as written (case-insensitive), over the text as written
    needs: tuple[frozenset[str], ...]   # every set of keywords one of which any match holds
    lowered: re.Pattern | None = None   # over the lowered text: matches wherever `regex` does
    exact: bool = False                 # ... and only there (no case-sensitive part)

    def told(self, raw: str, lowered: str, found: frozenset[str],
             kept: Callable[[re.Pattern, str], Iterator[re.Match]]) -> bool:
        """Whether the text (`raw`, and `lowered` as on_topic() lowers it, holding the
        keywords `found`) has a match that `kept` keeps."""
        if any(n.isdisjoint(found) for n in self.needs):
            return False
        if self.lowered is not None and self.exact:
            return next(kept(self.lowered, lowered), None) is not None
        # (a case-sensitive part, "into (?-i:[A-Z])", is read on the text as written; where
        # even the looser lowered regex finds nothing, the text need not be read)
        if self.lowered is not None and self.lowered.search(lowered) is None:
            return False
        return next(kept(self.regex, raw), None) is not None


#: A topic word is not about people when a topic_not_near word stands this many characters
#: before or after it ("the wildebeest migration", "migration of the bank's data").
NEAR_BEFORE, NEAR_AFTER = 50, 60
#: At most this many of a text's topic_other words are counted (and as many topic words then).
_OTHERS_MOST = 50


def _kept(rx: re.Pattern, within: str, near: re.Pattern | None) -> Iterator[re.Match]:
    """rx's matches in `within` that no `near` word (topic_not_near) stands beside."""
    if not may_search(rx, within):
        return iter(())     # (most texts hold the words of none of the topic's alternatives)
    # (a lowered regex is found through its led() form, a case-insensitive one through
    # its lowered form over the lowered text: finder())
    found = matches(rx, finder(rx), within, lowered_text(within)) if rx.flags & re.IGNORECASE \
        else matches(rx, led(rx), within, within)
    if near is None or not gate_holds(near, folded(within)):
        return found    # (a text holding no word of `near` has none beside a match)
    return (m for m in found if not near.search(within[max(0, m.start() - NEAR_BEFORE):m.end() + NEAR_AFTER]))


#: Lexicon._others()' last answer: (the text, topic_other, topic_other_lower, its count up
#: to _OTHERS_MOST); the regexes are held, so a lexicon of other data never reads it.
_last_others: tuple[str | None, re.Pattern | None, re.Pattern | None, int] = (None, None, None, 0)

#: The end of a sentence between two journeys: they are told in different sentences.
_SENTENCE_END = re.compile(r"[.!?][\"”’)]*\s")


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Everything in cues.toml, compiled."""

    settings: Mapping[str, Any]
    cues: tuple[Cue, ...]           # role cues, in priority order
    controls: tuple[Cue, ...]
    negation: tuple[re.Pattern, ...]
    boundaries: re.Pattern
    hedging: tuple[re.Pattern, ...]
    actors: tuple[Mapping[str, Any], ...]
    actor_alias: Mapping[str, tuple[str, str]]      # normalised alias -> (name, type)
    actor_names: re.Pattern | None                  # every alias, longest first
    # (pattern, type, requires, keywords): keywords as for a cue, looked for in the raw sentence
    actor_patterns: tuple[tuple[re.Pattern, str, re.Pattern | None, frozenset[str] | None], ...]
    affiliation: tuple[tuple[re.Pattern, frozenset[str] | None], ...]  # (pattern, keywords)
    number: re.Pattern
    units: tuple[Mapping[str, Any], ...]
    dateline: re.Pattern | None
    coordination: re.Pattern | None
    data: Mapping[str, Any]         # the raw file, for anything else
    coordination_before: re.Pattern | None = None  # joins a list of nationalities before its noun
    topic: re.Pattern | None = None  # words that make a document about migration
    topic_min: int = 0               # how many of them it needs before any role or zone
    topic_min_short: int = 0         # ... in a text shorter than short_chars
    short_chars: int = 0
    short_reads_chars: int = 0       # a text this short is a sentence or two pasted alone
    matcher: Any = None             # Aho-Corasick automaton over every pattern's keywords
    actor_names_keywords: frozenset[str] | None = None  # of actor_names, as for a cue
    number_needs_digit: bool = False  # whether every match of `number` holds a digit
    any_negation: re.Pattern | None = None  # one regex that matches where any negation does
    any_hedging: re.Pattern | None = None
    off_topic: Lexicon | None = None  # this lexicon without its `topic = true` cues
    is_off_topic: bool = False  # whether this is that copy: the text read is not about migration
    # this lexicon without any role or control cue: the copy a text about other movers uses
    # (tourists, pilgrims, a drill's evacuees: for_document)
    others_only: Lexicon | None = None
    # the off-topic copy for a text shorter than short_reads_chars: it keeps the topic cues marked
    # `short_reads` (a sentence gives the gate too few words to call it not about migration)
    off_topic_short: Lexicon | None = None
    topic_not_near: re.Pattern | None = None  # words that make a topic word not about people
    contexts: Mapping[str, re.Pattern] = field(default_factory=dict)  # [context], compiled
    # id of each context regex (the [context] ones and those cues join) -> (the regex, its
    # required_keywords()): a sentence holding none of them is not searched for it
    context_keywords: Mapping[int, tuple[re.Pattern, frozenset[str] | None]] = field(default_factory=dict)
    control_settings: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)  # control cue id -> settings
    entry_cues: frozenset[str] = frozenset()  # role cues of entering a place (`arrival_if_alone`)
    # (alias regex, (name, type)) of every actor alias, longest first: an alias inside other words
    actor_alias_rx: tuple[tuple[re.Pattern, tuple[str, str]], ...] = ()
    # `topic` in lower case, matched without IGNORECASE against the lowered text: the same
    # matches four times faster (every document is searched whole); None when it cannot be
    topic_lower: re.Pattern | None = None
    topic_weak: re.Pattern | None = None  # words that count toward topic_min only beside a topic word
    topic_many: re.Pattern | None = None  # words that make a text about migration only together
    topic_many_min: int = 0  # ... how many different ones (0: never)
    topic_many_lower: re.Pattern | None = None  # topic_many for lowered text, as topic_lower
    topic_journeys: re.Pattern | None = None  # people made to move to or from a named place
    topic_journeys_min: int = 0  # ... in how many different sentences (0: never)
    topic_other: re.Pattern | None = None  # who or what else a text may tell moving (pilgrims, goods)
    topic_other_lower: re.Pattern | None = None  # topic_other for lowered text, as topic_lower
    # topic_other's required_keywords(): most texts hold none of them and need no search
    topic_other_keywords: frozenset[str] | None = None
    # [document] topic_moved: phrases of people moved across a border, displaced, recruited
    # abroad or sent back; each one a text holds counts once toward topic_min
    topic_moved: tuple[Phrase, ...] = ()
    # every keyword of topic_moved's phrases (their `needs`), found in one pass of the lowered text
    topic_moved_matcher: Any = None
    # [document] topic_model_min: the least probability of the learned topic check (topic.py)
    # that passes a text the rules did not (0: the rules alone)
    topic_model_min: float = 0.0
    # the topic check's probability, in the copy for_document() gives a text it passed
    topic_model: float | None = None
    # [document] topic_livelihood: people moving to live or work somewhere else, going home;
    # told in topic_livelihood_min different sentences, the learned check passes the text at
    # topic_livelihood_model_min (0: never)
    topic_livelihood: re.Pattern | None = None
    topic_livelihood_min: int = 0
    topic_livelihood_model_min: float = 0.0
    # [document] topic_moved_model_min: the learned check's bar where the text tells one kind of
    # people moved (topic_moved), which the rules alone do not count enough (0: never)
    topic_moved_model_min: float = 0.0
    # [document] topic_journeys_model_min: the learned check's bar where people's journeys or moves
    # to live or work (topic_journeys, topic_livelihood) are told in sentences one short of
    # topic_journeys_min (0: never)
    topic_journeys_model_min: float = 0.0
    # [document] topic_evacuees: people evacuated or sheltered from a disaster; told in
    # topic_evacuees_min different sentences, the learned check passes the text at
    # topic_evacuees_model_min (0: never)
    topic_evacuees: re.Pattern | None = None
    topic_evacuees_min: int = 0
    topic_evacuees_model_min: float = 0.0
    # [document] topic_venue, topic_venue_model_min: where a museum or an exhibition is the text's
    # only other mover (topic_other), the learned check's bar (0: never)
    topic_venue: re.Pattern | None = None
    topic_venue_model_min: float = 0.0
    # [document] topic_era_model_min: the learned check's bar for a text told of a past era
    # (of_past_era), its own bars and the museums' lowered to it (0: never)
    topic_era_model_min: float = 0.0
    # [document] topic_model_veto: the learned check's probability below which a text the rules
    # pass is still not about migration (0: never)
    topic_model_veto: float = 0.0
    topic_veto_words: re.Pattern | None = None  # topic words with other senses: only they leave the veto open
    # setting_rx()'s answers for this lexicon, by (key, flags): the rules ask for the same few
    # dozen [settings] regexes some 150 times a document. Every copy (dataclasses.replace)
    # starts an empty one, so a copy given other settings never reads this one's answers.
    setting_regexes: dict[tuple[str, int], re.Pattern | None] = field(
        default_factory=dict, init=False, compare=False, repr=False)

    def on_topic(self, text: str) -> bool:
        """Whether a document says enough about migration for the generic motion and control
        frames to apply (a coastguard rescuing fishermen, farmers blocking a border do not):
        the rules of [document] say so and the learned check does not veto them, or else the
        learned topic check says so."""
        return self.topic_by_rules_kept(text) or self.topic_by_model(text) is not None

    def topic_by_rules_kept(self, text: str) -> bool:
        """Whether the rules of [document] find the text about migration and the learned
        check does not veto them: where every topic word the rules read is one with other
        senses (topic_model_veto_words: animals, data, industries and dunes migrate, tourists
        queue at immigration) and the check, reading all of the text's words, finds it far
        from migration (below [document] topic_model_veto). Not in a short text (below
        short_chars): one sentence gives the check too few words to weigh ("1,000 arrived in
        X, the migration ministry said")."""
        if not self.topic_by_rules(text):
            return False
        if self.topic_model_veto <= 0 or self.topic_model_min <= 0 or self.topic_veto_words is None \
                or self.topic is None or len(text) < self.short_chars:
            return True
        rx, within = (self.topic_lower, folded(text)) if self.topic_lower is not None else (self.topic, text)
        said = [m.group() for m in _kept(rx, within, self.topic_not_near)]
        if not said or not all(self.topic_veto_words.fullmatch(w) for w in said):
            return True
        return _topic.default().probability(text) >= self.topic_model_veto

    def topic_by_model(self, text: str) -> float | None:
        """The learned topic check's probability that the text is about migration, where it
        reaches [document] topic_model_min (else None, and None where that is unset). A text
        naming other travellers or goods twice (topic_other), and no less often than it tells
        people moving, is theirs, as for the rules: the model reads pilgrims and tourists
        crossing a border in the words of migrants (others_prevail). Not where the model passes
        the text at its own bar (topic_model_min) and the others are one word said again: a
        report of people smuggled with tobacco, or herders fleeing with their animals, repeats
        its one word of goods, while texts about other travellers name several kinds. Nor where
        the only others are museums and exhibitions and the check passes the text at
        topic_venue_model_min (others_are_venues)."""
        p = self.topic_probability(text)
        if p is None:
            return None
        passes = p >= self.topic_model_needs(text, p)
        venue = 0 < self.venue_bar(text, p) <= p     # (a museum's own panels: others_are_venues)
        # (other movers asked last: the model passes few texts)
        if not passes and not venue:
            return None
        if not self.others_prevail(text):
            return p if passes else None
        if passes and p >= self.topic_model_min and self.other_kinds(text) < 2:
            return p
        return p if venue and self.others_are_venues(text) else None

    def topic_model_bar(self, text: str, p: float) -> float:
        """The bar at which the learned check passed (or would pass) a text of probability `p`:
        topic_model_needs, or topic_venue_model_min where the text's only other movers are
        museums and exhibitions (others_are_venues) and `p` reaches that, not the other."""
        need = self.topic_model_needs(text, p)
        venue = self.venue_bar(text, p)
        if p < need and 0 < venue <= p and self.others_are_venues(text):
            return venue
        return need

    def venue_bar(self, text: str, p: float) -> float:
        """topic_venue_model_min, or the lower topic_era_model_min in a text told of a past era
        (an archive's or a museum's own account of a removal) where `p` reaches that."""
        venue = self.topic_venue_model_min
        if 0 < self.topic_era_model_min < venue and self.topic_era_model_min <= p < venue \
                and self.of_past_era(text):
            return self.topic_era_model_min
        return venue

    def of_past_era(self, text: str) -> bool:
        """Whether the text is told of a past era (of_past_era(): most of its dates in one,
        more than its recent markers)."""
        return of_past_era(text, self)

    def others_are_venues(self, text: str) -> bool:
        """Whether every word of other travellers or goods (topic_other) the text names is a
        museum's or an exhibition's (topic_venue): where a history is shown, not who travels. A
        museum's panels telling a clearance, and the learned check sure of it, are about people
        moved; a review of a show, an object lent or a tour names other movers too (or the check
        finds it far from migration)."""
        if self.topic_venue is None or self.topic_other is None:
            return False
        rx, within = (self.topic_other_lower, folded(text)) if self.topic_other_lower is not None \
            else (self.topic_other, text)
        said = [m.group() for _, m in zip(range(_OTHERS_MOST), rx.finditer(within))]
        return bool(said) and all(self.topic_venue.fullmatch(w) for w in said)

    def other_kinds(self, text: str) -> int:
        """How many different words of other travellers or goods (topic_other) the text
        names, a word and its plural one (up to two: all the gate asks)."""
        rx, within = (self.topic_other_lower, folded(text)) if self.topic_other_lower is not None \
            else (self.topic_other, text)
        if rx is None:
            return 0
        kinds: set[str] = set()
        for m in rx.finditer(within):
            kinds.add(m.group().lower().rstrip("s"))
            if len(kinds) >= 2:
                break
        return len(kinds)

    def topic_model_needs(self, text: str, p: float | None = None) -> float:
        """The probability the learned check needs to pass the text: [document] topic_model_min,
        or the lower topic_livelihood_model_min where the text tells people moving to live or
        work somewhere else in topic_livelihood_min sentences (porters gone south to the
        markets, a family moved on to another island for work: the rules' migration words are
        never said, and the model alone is unsure of them), or topic_moved_model_min where it
        tells one kind of people moved (topic_moved: men flown back to their home country).
        `p`, the probability when known: a text the model passes anyway is not read again."""
        need = self.topic_model_min
        if p is not None and p >= need:
            return need
        low = self.topic_livelihood_model_min
        if self.topic_livelihood is not None and self.topic_livelihood_min > 0 and 0 < low < need \
                and (p is None or p >= low):
            told, last = 0, None
            for m in self.topic_livelihood.finditer(text):
                if last is None or _SENTENCE_END.search(text, last, m.start() + 1):
                    told += 1
                    if told >= self.topic_livelihood_min:
                        return low
                last = m.end()
        moved = self.topic_moved_model_min
        if 0 < moved < need and (p is None or p >= moved) and self.tells_people_moved(text):
            return moved
        told = self.topic_journeys_min - 1
        journeys = self.topic_journeys_model_min
        if 0 < journeys < need and told > 0 and (p is None or p >= journeys) \
                and self.journeys_told(text, told) >= told:
            return journeys
        evacuees = self.topic_evacuees_model_min
        if 0 < evacuees < need and (p is None or p >= evacuees) and self.evacuees_told(text):
            return evacuees
        # A history column, a museum's panels or an archive's notes tell a past removal in the
        # words of its period ("were marched to", "sailed for", "were settled at"), which no
        # topic rule counts: most of its dates in one past era, no frame of now (story_era).
        era = self.topic_era_model_min
        if 0 < era < need and (p is None or p >= era) and self.of_past_era(text):
            return era
        return need

    def evacuees_told(self, text: str) -> bool:
        """Whether the text tells people evacuated or sheltered ([document] topic_evacuees, with
        no topic_not_near word beside it: no drill) in topic_evacuees_min different sentences."""
        if self.topic_evacuees is None or self.topic_evacuees_min <= 0:
            return False
        told, last = 0, None
        for m in _kept(self.topic_evacuees, text, self.topic_not_near):
            if last is None or _SENTENCE_END.search(text, last, m.start() + 1):
                told += 1
                if told >= self.topic_evacuees_min:
                    return True
            last = m.end()
        return False

    def journeys_told(self, text: str, most: int) -> int:
        """In how many different sentences, up to `most`, the text tells people's journeys to or
        from a named place (topic_journeys, with no topic_not_near word beside it) or moves to
        live or work somewhere else (topic_livelihood): "the islanders left for X", "his son went
        to Y to work". One is any news's; the rules need topic_journeys_min of the first alone."""
        spans: list[tuple[int, int]] = []
        if self.topic_journeys is not None and gate_holds(self.topic_journeys, folded(text)):
            spans += [m.span() for m in _kept(self.topic_journeys, text, self.topic_not_near)]
        if self.topic_livelihood is not None:
            spans += [m.span() for m in self.topic_livelihood.finditer(text)]
        told, last = 0, None
        for start, end in sorted(spans):
            if last is None or _SENTENCE_END.search(text, last, start + 1):
                told += 1
                if told >= most:
                    break
            last = max(end, last or 0)
        return told

    def tells_people_moved(self, text: str) -> bool:
        """Whether the text tells one kind of people moved ([document] topic_moved, with no
        topic_not_near word beside it): the rules' own evidence, short of the count they need."""
        if not self.topic_moved:
            return False
        lowered = folded(text)
        found = frozenset(map(_VALUE, self.topic_moved_matcher.iter(lowered))) \
            if self.topic_moved_matcher is not None else frozenset()
        near = self.topic_not_near
        return any(phrase.told(text, lowered, found, lambda rx, within: _kept(rx, within, near))
                   for phrase in self.topic_moved)

    def topic_probability(self, text: str) -> float | None:
        """The learned topic check's probability that the text is about migration, passing or
        not (None where [document] topic_model_min leaves the check off)."""
        return _topic.default().probability(text) if self.topic_model_min > 0 else None

    def other_movers(self, text: str) -> bool:
        """Whether the text names other travellers or goods (topic_other) at least twice."""
        return self._others(text, folded(text), 2) >= 2

    def others_prevail(self, text: str) -> bool:
        """Whether the text names other travellers or goods (topic_other) at least twice and
        more often than it tells people moving: its topic words, its kinds of topic_moved and
        the sentences of topic_journeys, each kept only with no topic_not_near word beside it.
        Herders fleeing with "their animals", evicted families crossing "with the livestock"
        are people moving; a relay's runners crossing into a country are not. (A tie is left
        to the learned check, which is asked only here and at its own bar; the rules give a
        tie to the other movers.)"""
        lowered = folded(text)
        others = self._others(text, lowered, _OTHERS_MOST)
        if others < 2:
            return False
        near = self.topic_not_near

        def kept(rx: re.Pattern, within: str | None = None) -> Iterator[re.Match]:
            return _kept(rx, text if within is None else within, near)

        topic = self.topic_lower if self.topic_lower is not None else self.topic
        told = sum(1 for _ in zip(range(others), kept(topic, lowered if self.topic_lower is not None else text)))
        if told < others and self.topic_moved:
            found = frozenset(map(_VALUE, self.topic_moved_matcher.iter(lowered))) \
                if self.topic_moved_matcher is not None else frozenset()
            told += sum(1 for phrase in self.topic_moved if phrase.told(text, lowered, found, kept))
        if told < others and self.topic_journeys is not None:
            told += self._journeys(text, kept, others - told)
        return told < others

    def _others(self, text: str, lowered: str, most: int) -> int:
        """How often, up to `most`, the text (and `lowered`, its folded() form) names other
        travellers or goods (topic_other): one count for the rules and the learned check.
        The count up to _OTHERS_MOST of the last text is kept: the gate asks it of one text
        up to three times in a row (the rules, others_prevail, other_movers), each a search
        of the whole text."""
        if self.topic_other is None:
            return 0
        global _last_others
        kept = _last_others     # (one tuple, read once: another thread may replace it)
        if kept[1] is self.topic_other and kept[2] is self.topic_other_lower and kept[0] == text:
            return min(kept[3], most)
        rx = None
        if self.topic_other_keywords is None or _holds_any(self.topic_other_keywords, lowered):
            rx = narrowed(self.topic_other_lower or self.topic_other, lowered)
        if rx is None:
            # (it could match nowhere; kept too: the gate's later asks need not filter again)
            _last_others = (text, self.topic_other, self.topic_other_lower, 0)
            return 0
        found = rx.finditer(lowered) if self.topic_other_lower is not None else rx.finditer(text)
        if most < _OTHERS_MOST:
            return sum(1 for _ in zip(range(most), found))
        count = sum(1 for _ in zip(range(_OTHERS_MOST), found))
        _last_others = (text, self.topic_other, self.topic_other_lower, count)
        return min(count, most)

    def topic_by_rules(self, text: str) -> bool:
        """Whether the rules of [document] find the text about migration (on_topic without
        the learned check)."""
        need = self.topic_min_short if len(text) < self.short_chars else self.topic_min
        if self.topic is None or need <= 0:
            return True
        near = self.topic_not_near
        topic, many_rx = self.topic, self.topic_many
        raw = text
        lowered = folded(text)
        if self.topic_lower is not None:
            text, topic = lowered, self.topic_lower
            many_rx = self.topic_many_lower or many_rx

        def kept(rx: re.Pattern, within: str | None = None) -> Iterator[re.Match]:
            """rx's matches in `within` (the text searched) that no topic_not_near word stands beside."""
            return _kept(rx, text if within is None else within, near)

        def counted(rx: re.Pattern, most: int) -> int:
            """How many of rx's kept matches, up to `most`."""
            return sum(1 for _ in zip(range(most), kept(rx)))

        # a text that names other travellers or goods at least twice, and as often as it
        # names migration, tells their journeys: pilgrims crossing into a country,
        # smugglers' cigarettes drifting over a border (topic words counted once for both asks)
        others = self._others(raw, lowered, _OTHERS_MOST)
        strong = counted(topic, max(need, others + 1))
        # a story told without migration words: each kind of moving people it tells counts once
        # (matched against the text as written: a place's capital tells "sent back to Bamako"
        # from "sent back to prison"); counted only as far as the answer needs (a text that names
        # migration enough reads none of them: they cost most of this check)
        enough = max(need, others + 1) if others >= 2 else need
        found = None
        for phrase in self.topic_moved:
            if strong >= enough:
                break
            if found is None:
                found = frozenset(map(_VALUE, self.topic_moved_matcher.iter(lowered))) \
                    if self.topic_moved_matcher is not None else frozenset()
            if phrase.told(raw, lowered, found, kept):
                strong += 1
        if others >= 2 and strong <= others:
            return False
        if strong >= need:
            return True
        if many_rx is not None and self.topic_many_min > 0:
            # a text that names migration too seldom may still tell of people on the move in
            # many words ("families slept in the jungle", "border police", "people on board"):
            # one or two such words are a sailor's or a tourist's, several different ones are
            # not (a word and its plural are one)
            many = {m.group().lower().rstrip("s") for m in kept(many_rx)}
            if len(many) >= self.topic_many_min:
                return True
        if self.topic_journeys is not None and self.topic_journeys_min > 0 \
                and self._journeys(raw, kept) >= self.topic_journeys_min:
            return True     # (searched last: the pattern is read on the text as written)
        if strong == 0 or self.topic_weak is None:
            return False
        # words that count only beside a migration word: a dinghy alone is a sailor's
        return strong + counted(self.topic_weak, need - strong) >= need

    def _journeys(self, raw: str, kept: Callable[[re.Pattern, str], Iterator[re.Match]],
                  most: int | None = None) -> int:
        """In how many different sentences of `raw`, up to `most` (by default
        topic_journeys_min), people are made to move to or from a named place (topic_journeys'
        matches that `kept` keeps): a story told once is any news's, told again and again it
        is the story. A text holding none of the pattern's required_keywords() is not
        searched (two in three of a corpus's texts)."""
        most = self.topic_journeys_min if most is None else most
        if not gate_holds(self.topic_journeys, folded(raw)):
            return 0
        told, last = 0, None
        for m in kept(self.topic_journeys, raw):
            if last is None or _SENTENCE_END.search(raw, last, m.start() + 1):
                told += 1
                if told >= most:
                    break
            last = m.end()
        return told

    def for_document(self, text: str) -> Lexicon:
        """This lexicon, without its `topic = true` cues when the text is not about migration
        (without any cue when it names other travellers twice: others_only; keeping those marked
        `short_reads` when it is shorter than short_reads_chars: off_topic_short); a copy holding the
        probability (`topic_model`) when only the learned check found it so."""
        if self.off_topic is None or self.topic_by_rules_kept(text):
            return self
        p = self.topic_by_model(text)
        if p is not None:
            copy = dataclasses.replace(self, topic_model=p)
            copy.setting_regexes.update(self.setting_regexes)   # (the same settings: the same regexes)
            return copy
        # A text not about migration that names other travellers twice (holidaymakers crossing
        # into a country, a drill's rescued "migrants", pilgrims leaving a port) tells their
        # journeys: not even the cues that read any text (a boat's landing) give it a role.
        if self.others_only is not None and self.other_movers(text):
            return self.others_only
        if self.off_topic_short is not None and len(text) < self.short_reads_chars:
            return self.off_topic_short
        return self.off_topic


# Linear time on hostile text. Actor, affiliation and number patterns are searched in the
# raw sentence at every position, and one that can begin with a run ("\s*", "[A-Z][\w-]+")
# rescans the whole run from each position inside it: quadratic on a run of spaces or
# capitals. A match may not start inside a run of spaces, nor an actor's name inside a word;
# the leftmost match starts at the run's first character anyway.
_NOT_MID_SPACE = r"(?!(?<=\s)\s)"
_NOT_MID_WORD = r"(?<!\w)"


def inflect(lemma: str, irregular: Mapping[str, str] | None = None) -> tuple[str, ...]:
    """Every form of an English verb: the lemma, its -s, past and -ing forms, longest first.
    Regular forms follow the spelling rules ("arrive" -> arrives, arrived, arriving; "ferry"
    -> ferries, ferried; "transfer" -> transferred); `irregular` maps a lemma to the forms that replace them, space-
    separated ("leave" -> "left", "swim" -> "swam swum swimming"): a form ending in -ing
    replaces the -ing form, the others the past."""
    w = lemma
    if re.search(r"(?:s|sh|ch|x|z|o)$", w):
        third = w + "es"
    elif re.search(r"[^aeiou]y$", w):
        third = w[:-1] + "ies"
    else:
        third = w + "s"
    if w.endswith("ie"):
        ing = w[:-2] + "ying"
    elif w.endswith("e") and not w.endswith(("ee", "ye", "oe")):
        ing = w[:-1] + "ing"
    else:
        ing = w + "ing"
    if w.endswith("e"):
        past = [w + "d"]
    elif re.search(r"[^aeiou]y$", w):
        past = [w[:-1] + "ied"]
    else:
        past = [w + "ed"]
    ings_ = [ing]
    if w.endswith("ic"):    # "traffic" -> trafficked, "panic" -> panicking
        past, ings_ = [w + "ked"], [w + "king"]
    elif re.search(r"(?:^|[^aeiou])[aeiou][bdf-hj-np-tvz]$", w):
        # A final consonant after one vowel doubles when the last syllable is stressed
        # ("stop", "transfer", "expel") and not otherwise ("visit", "open"): the stress is
        # not in the spelling, so both forms are written (the unused one matches nothing).
        past, ings_ = [*past, w + w[-1] + "ed"], [ing, w + w[-1] + "ing"]
    special = (irregular or {}).get(lemma, "").split()
    ings = [f for f in special if f.endswith("ing")]
    pasts = [f for f in special if not f.endswith("ing")]
    forms = {w, third, *(ings or ings_), *(pasts or past)}
    return tuple(sorted(forms, key=lambda f: (-len(f), f)))


def verb_regex(ref: str, irregular: Mapping[str, str] | None = None) -> str:
    """The regex of a {@...} reference: "@land|arrive|set off" -> every form of each verb
    (the first word of a phrasal verb inflects: "set off", "sets off", "setting off")."""
    out = []
    for phrase in ref[1:].split("|"):
        head, *rest = phrase.split()
        tail = "".join(r"\s+" + re.escape(w) for w in rest)
        out.extend(re.escape(f) + tail for f in inflect(head, irregular))
    return "(?:" + "|".join(out) + ")"


def compile_pattern(source: str, macros: Mapping[str, str], *, default_label: str,
                    verbs: Mapping[str, str] | None = None, codes: dict | None = None) -> Pattern:
    """Expand slots, macros, verbs and gaps in a data pattern and compile it
    (case-insensitive). {@leave} stands for every form of the verb ([verbs] lists the
    irregular ones). `codes`: as compile_with_keywords()'s."""
    slots: dict[str, str] = {}

    def expand(m: re.Match) -> str:
        ref = m.group(1)
        if ref.startswith("~"):
            return r"(?:\S+\s+){0,%d}?" % int(ref[1:])
        if ref.startswith("@"):
            return verb_regex(ref, verbs)
        if ref[0].isupper():
            if ref not in macros:
                raise ValueError(f"unknown macro {{{ref}}} in pattern {source!r}")
            return _REF.sub(expand, macros[ref])
        kind, _, label = ref.partition(":")
        name = f"s{len(slots)}"
        slots[name] = label or default_label
        return f"{_OPEN}[{_SLOT_KINDS[kind]}](?P<{name}>\\d+){_CLOSE}"

    body = _REF.sub(expand, source)
    regex, keywords, tokens, needs = _compile_parts(r"(?<!\w)(?:" + body + r")(?!\w)", re.IGNORECASE, codes)
    return Pattern(source, regex, slots, keywords, tokens, needs, finder(regex, codes))


def load(path: str | Path | None = None) -> Lexicon:
    """Read and compile a cue file (default: the packaged cues.toml)."""
    if path is None:
        return default()
    try:
        return _compile(tomllib.loads(Path(path).read_text("utf-8")))
    except tomllib.TOMLDecodeError as err:
        raise PictureError(f"{path}: not valid TOML: {err}") from err
    except (KeyError, ValueError, re.error) as err:
        raise PictureError(f"{path}: not a cue file: {err}") from err
    except OSError as err:
        raise PictureError(f"{path}: cannot read: {err}") from err


@functools.cache
def default() -> Lexicon:
    """The packaged cue data, compiled once per process (its regexes' code kept on disk
    from one process to the next: saved_codes())."""
    text = resources.files("geomig.picture").joinpath("cues.toml").read_text("utf-8")
    path = codes_path(text)
    codes = saved_codes(path)
    read = dict(codes)
    lexicon = _compile(tomllib.loads(text), codes)
    _warm(lexicon, codes)
    if codes != read:       # new codes, or saved ones the engine refused and that were made again
        save_codes(path, codes)
    return lexicon


def _warm(lexicon: Lexicon, codes: dict) -> None:
    """Make ahead, through `codes` (compile_with_keywords()'s), what reading documents would
    otherwise make when first asked: the [settings] regexes both ways setting_rx() is asked
    for them (as written and case-insensitive) with their keywords (holds_words()), and the
    lowered forms the case-insensitive ones are found through (finder()). Made when first asked,
    they cost every process that reads documents (each worker of a corpus run) 0.2-0.3 s of
    CPU over its first documents; read back from the saved codes they take a few
    milliseconds, once, before a corpus run forks its workers."""
    settings = lexicon.settings
    searched = [rx for rx, _ in lexicon.context_keywords.values()]
    searched += [rx for rx in (lexicon.any_negation, lexicon.any_hedging) if rx is not None]
    for key, value in settings.items():
        if not isinstance(value, str) or not value:
            continue
        for flags in (0, re.IGNORECASE):
            try:
                regex, keywords, _, _ = _compile_parts(value, flags, codes)
            except re.error:
                break   # (not a regex: setting_rx() is never asked for it)
            _SETTING_RX[(id(settings), key, flags)] = (settings, regex)
            _keep_words(regex, keywords)
            searched.append(regex)
    for regex in searched:
        if regex.flags & re.IGNORECASE:
            finder(regex, codes)
    if lexicon.topic_journeys is not None:     # (the gate's prefilter of it: Lexicon._journeys)
        _words_of(lexicon.topic_journeys)
    for regex in (lexicon.topic, lexicon.topic_lower, lexicon.topic_many, lexicon.topic_many_lower,
                  lexicon.topic_weak, lexicon.topic_journeys, lexicon.topic_other, lexicon.topic_other_lower):
        if regex is not None:   # (the gate's whole-text prefilters: may_search)
            _branches_of(regex, codes)


# -- Compiled code kept on disk ------------------------------------------------------------
# Compiling the cue data's regexes (parsing them, making their code) was nine tenths of
# compiling the cues: 0.3-0.5 s that every `geomig extract` and the head of every corpus run
# spent before its first document, while a corpus run's second core waits. Their code and
# keywords are saved beside the gazetteer's index, under a name that holds the cue data and
# this Python's regex engine, and read back by the next process (re's own engine checks
# the code it is given, and one it refuses is compiled afresh).

#: The layout of a saved codes file; another layout is never read. 2: each code's tokens
#: and the sets of keywords it needs; 3: those sets may hold words of two letters (_MIN_NEED).
CODES_FORMAT = 3


def codes_path(text: str) -> Path | None:
    """Where the compiled code of this cue data is kept (None: nowhere to keep it, or no
    engine to read it back)."""
    if _sre is None or _parser is None:
        return None
    from geomig.gazetteer.sources import cache_dir

    # This module's own source is in the key too: the keywords saved beside each code are
    # _required()'s, and an edit of it must not read back the keywords of the code before it.
    try:
        own = Path(__file__).read_bytes()
    except OSError:
        return None
    key = "\n".join([str(CODES_FORMAT), sys.version, str(_sre.MAGIC), str(_sre.CODESIZE), text])
    key = key.encode() + own
    try:
        return cache_dir() / f"cues-{hashlib.sha256(key).hexdigest()[:16]}.codes"
    except (OSError, RuntimeError):  # no home directory
        return None


def saved_codes(path: Path | None) -> dict:
    """The codes saved at `path` (compile_with_keywords()'s `codes`), or none. They are
    plain data (numbers, text, tuples): marshal reads them, and runs nothing it reads."""
    if path is None:
        return {}
    try:
        with open(path, "rb") as f:
            codes = marshal.load(f)
    except Exception:  # noqa: BLE001 - missing, unreadable or of another making: compiled afresh
        return {}
    return codes if isinstance(codes, dict) else {}


def save_codes(path: Path | None, codes: dict) -> None:
    """Keep the codes at `path` (atomically) and remove those of other cue data; a cache
    that cannot be written is left as it is."""
    if path is None:
        return
    temp = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # A file of its own, renamed over the saved one at the end: a process reading at the same
        # time sees the old file or the new, never half of one, and two writers the last one's.
        with tempfile.NamedTemporaryFile("wb", dir=path.parent, prefix=".cues-", suffix=".tmp", delete=False) as f:
            temp = f.name
            marshal.dump(codes, f)
        os.replace(temp, path)
        temp = None
        for old in path.parent.glob("cues-*.codes"):
            if old != path:
                old.unlink(missing_ok=True)
    except (OSError, ValueError):  # unwritable, full, or a value marshal cannot write: kept nowhere
        if temp is not None:
            with contextlib.suppress(OSError):
                os.unlink(temp)


#: A [context] named NAME + ON_TOPIC widens context NAME in a document about migration (the
#: gate's: Lexicon.for_document): `requires = "NAME"` is met by a sentence matching either.
ON_TOPIC = "_on_topic"


def _compile(data: dict, codes: dict | None = None) -> Lexicon:
    # `codes`: compile_with_keywords()'s, filled as regexes are compiled.
    macros = data.get("vars", {})
    verbs = data.get("verbs", {})
    # each context regex's required_keywords(), by id (the regex kept with them): find()
    # searches a sentence for a context only when it holds one of them (_in_context)
    context_keywords: dict[int, tuple[re.Pattern, frozenset[str] | None]] = {}

    def context(source: str) -> re.Pattern:
        regex, keywords = compile_with_keywords(source, re.IGNORECASE, codes)
        context_keywords[id(regex)] = (regex, keywords)
        return regex

    contexts = {k: context(v) for k, v in data.get("context", {}).items()}

    joined: dict[tuple[str, ...], re.Pattern] = {}

    def either(names: str | list[str]) -> re.Pattern:
        """The context named, or (a list of names) a sentence matching any of them."""
        names = (names,) if isinstance(names, str) else tuple(names)
        if len(names) == 1:
            return contexts[names[0]]
        if names not in joined:     # (one regex per list: a sentence is searched once for it)
            joined[names] = context("|".join(f"(?:{contexts[n].pattern})" for n in names))
        return joined[names]

    def widened(names: str | list[str]) -> re.Pattern | None:
        """either(names) with each context's NAME_on_topic beside it, for documents about
        migration; None where no context named has one."""
        names = [names] if isinstance(names, str) else list(names)
        wide = [f"{n}{ON_TOPIC}" for n in names if f"{n}{ON_TOPIC}" in contexts]
        return either(names + wide) if wide else None

    def cue(entry: dict, section: str) -> Cue:
        default_label = entry["role"] if section == "cue" else "target"
        patterns = tuple(compile_pattern(p, macros, default_label=default_label, verbs=verbs, codes=codes)
                         for p in entry["patterns"])
        requires = either(entry["requires"]) if entry.get("requires") else None
        unless = either(entry["unless"]) if entry.get("unless") else None
        settings = {k: with_vars(v, macros) for k, v in entry.items() if k not in ("id", "patterns", "requires", "unless")}
        role = entry["role"] if section == "cue" else "control_zone"
        return Cue(entry["id"], section, role, float(entry.get("weight", 0.9)), patterns, requires, settings,
                   unless, _union(p.keywords for p in patterns), _union(p.tokens for p in patterns),
                   widened(entry["requires"]) if entry.get("requires") else None)

    def expanded(p: str) -> str:
        def sub(m: re.Match) -> str:
            ref = m.group(1)
            if ref.startswith("@"):
                return verb_regex(ref, verbs)
            # (a macro may name others, as in a cue's pattern: THINGS_MOVING's THING_WORDS)
            return _REF.sub(sub, macros[ref]) if ref in macros else m.group(0)
        return _REF.sub(sub, p)

    def rx_keywords(p: str) -> tuple[re.Pattern, frozenset[str] | None]:
        # the data regex p compiled, and its required_keywords(), from one parse of it
        return compile_with_keywords(expanded(p), re.IGNORECASE, codes)

    def rx(p: str) -> re.Pattern:
        return rx_keywords(p)[0]

    actor_patterns = tuple(
        (r, entry.get("type", ""), rx(entry["requires"]) if entry.get("requires") else None, k)
        for entry in data.get("actor_pattern", ()) for r, k in (rx_keywords(_NOT_MID_WORD + p) for p in entry["patterns"]))
    affiliation = tuple(rx_keywords(_NOT_MID_SPACE + p) for p in data["affiliation"]["patterns"])
    actors = tuple(data.get("actor", ()))
    alias = {normalise(a): (e["name"], e.get("type", "")) for e in actors for a in [e["name"], *e.get("aliases", ())]}
    # (longest first, ties by text: the same regex under every hash seed)
    names = sorted({a for e in actors for a in [e["name"], *e.get("aliases", ())]}, key=lambda a: (-len(a), a))
    actor_names, names_keywords = (
        compile_with_keywords(r"(?<!\w)(?:" + "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in names) + r")(?!\w)",
                              re.IGNORECASE, codes) if names else (None, None))
    negation = tuple(rx(p) for p in data["negation"]["words"])
    units = []
    for u in data.get("unit", ()):
        after = rx_keywords(r"\s*" + u["after"]) if u.get("after") else (None, frozenset())
        verb = rx_keywords(r"\s+" + u["verb"]) if u.get("verb") else (None, frozenset())
        units.append({**u, "after_rx": after[0], "verb_rx": verb[0],
                      # the verb that must come right before the number ("intercepted 300 migrants")
                      "before_rx": rx(r"\b(?:" + u["before"] + r")\s+$") if u.get("before") else None,
                      # its keywords: its words after the number or its verb's (either may match)
                      "keywords": _union([after[1], verb[1]])})
    units = tuple(units)
    hedging = tuple(rx(p) for p in data["hedging"]["words"])
    number = rx(_NOT_MID_SPACE + r"(?<![\w.,])" + data["facts"]["number"])
    document = data.get("document", {})
    dateline = document.get("dateline")
    role_cues = tuple(cue(e, "cue") for e in data.get("cue", ()))
    controls = tuple(cue(e, "control") for e in data.get("control", ()))
    settings = with_vars(data.get("settings", {}), macros)
    for key in REQUIRED_SETTINGS:   # a cue file without them fails here, not mid-extract
        re.compile(settings[key])
    topic = rx(document["topic"]) if document.get("topic") else None
    many = rx(document["topic_many"]) if document.get("topic_many") else None
    other = rx(document["topic_other"]) if document.get("topic_other") else None
    moved = tuple(_phrase(_compile_parts(expanded(p), re.IGNORECASE, codes)) for p in document.get("topic_moved", ()))
    lexicon = Lexicon(
        settings=settings,
        cues=role_cues,
        controls=controls,
        negation=negation,
        boundaries=rx(data["negation"]["boundaries"]),
        hedging=hedging,
        actors=actors,
        actor_alias=alias,
        actor_names=actor_names,
        actor_patterns=actor_patterns,
        affiliation=affiliation,
        number=number,
        units=units,
        dateline=rx(dateline) if dateline else None,
        coordination=(re.compile(data["settings"]["coordination"] + _OPEN + r"(?P<kind>[PSDN])(?P<num>\d+)" + _CLOSE,
                                 re.IGNORECASE) if data.get("settings", {}).get("coordination") else None),
        coordination_before=(re.compile(data["settings"]["coordination_before"], re.IGNORECASE)
                             if data.get("settings", {}).get("coordination_before") else None),
        data=data,
        topic=topic,
        topic_lower=_lowered(topic) if topic else None,
        topic_weak=rx(document["topic_weak"]) if document.get("topic_weak") else None,
        topic_many=many,
        topic_many_min=int(document.get("topic_many_min", 0)),
        topic_many_lower=_lowered(many) if many else None,
        topic_journeys=rx(document["topic_journeys"]) if document.get("topic_journeys") else None,
        topic_journeys_min=int(document.get("topic_journeys_min", 0)),
        topic_min=int(document.get("topic_min", 0)),
        topic_not_near=rx(document["topic_not_near"]) if document.get("topic_not_near") else None,
        topic_other=other,
        topic_other_lower=_lowered(other) if other else None,
        topic_other_keywords=required_keywords(other) if other else None,
        topic_moved=moved,
        topic_moved_matcher=_matcher([n for p in moved for n in p.needs]),
        topic_min_short=int(document.get("topic_min_short", document.get("topic_min", 0))),
        short_chars=int(document.get("short_chars", 0)),
        short_reads_chars=int(document.get("short_reads_chars", 0)),
        topic_model_min=float(document.get("topic_model_min", 0.0)),
        topic_livelihood=rx(document["topic_livelihood"]) if document.get("topic_livelihood") else None,
        topic_livelihood_min=int(document.get("topic_livelihood_min", 0)),
        topic_livelihood_model_min=float(document.get("topic_livelihood_model_min", 0.0)),
        topic_moved_model_min=float(document.get("topic_moved_model_min", 0.0)),
        topic_journeys_model_min=float(document.get("topic_journeys_model_min", 0.0)),
        topic_evacuees=rx(document["topic_evacuees"]) if document.get("topic_evacuees") else None,
        topic_evacuees_min=int(document.get("topic_evacuees_min", 0)),
        topic_evacuees_model_min=float(document.get("topic_evacuees_model_min", 0.0)),
        topic_venue=re.compile(document["topic_venue"], re.I) if document.get("topic_venue") else None,
        topic_venue_model_min=float(document.get("topic_venue_model_min", 0.0)),
        topic_era_model_min=float(document.get("topic_era_model_min", 0.0)),
        topic_model_veto=float(document.get("topic_model_veto", 0.0)),
        topic_veto_words=(re.compile(document["topic_model_veto_words"], re.I)
                          if document.get("topic_model_veto_words") else None),
        # Every pattern's keywords: a cue with none as a whole still filters pattern by pattern.
        matcher=_matcher([p.keywords for c in role_cues + controls for p in c.patterns] + [TOKEN_HEADS]
                         + [k for c in role_cues + controls for p in c.patterns for k in p.needs]
                         + [k for *_, k in actor_patterns] + [k for _, k in affiliation]
                         + [names_keywords] + [u["keywords"] for u in units]
                         + [k for _, k in context_keywords.values()]),
        actor_names_keywords=names_keywords,
        number_needs_digit=_needs_digit(number),
        any_negation=_any_of(negation),
        any_hedging=_any_of(hedging),
        contexts=contexts,
        context_keywords=context_keywords,
        control_settings={c.id: c.settings for c in controls},
        entry_cues=frozenset(c.id for c in role_cues if c.settings.get("arrival_if_alone")),
        actor_alias_rx=tuple((re.compile(rf"(?<!\w){re.escape(a)}(?!\w)"), known)
                             for a, known in sorted(alias.items(), key=lambda kv: -len(kv[0]))),
    )
    for lowered in (lexicon.topic_lower, lexicon.topic_many_lower, *(p.lowered for p in moved if p.exact)):
        if lowered is not None:     # (compiled here from the saved codes: topic_by_rules() finds them)
            led(lowered, codes, whole=True)
    # Built once with the lexicon: the copy off-topic documents use.
    off_topic = dataclasses.replace(
        lexicon, cues=tuple(c for c in role_cues if not c.settings.get("topic")),
        controls=tuple(c for c in controls if not c.settings.get("topic")), topic=None, is_off_topic=True)
    others_only = dataclasses.replace(off_topic, cues=(), controls=())
    off_topic_short = dataclasses.replace(
        off_topic, cues=_short_read(role_cues), controls=_short_read(controls))
    return dataclasses.replace(lexicon, off_topic=off_topic, others_only=others_only,
                               off_topic_short=off_topic_short)


def _short_read(cues: Sequence[Cue]) -> tuple[Cue, ...]:
    """The cues a short text not about migration reads: those without `topic`, and those
    with it marked `short_reads` (silent only where a text is long enough for the gate)."""
    return tuple(c for c in cues if not c.settings.get("topic") or c.settings.get("short_reads"))


# -- Keyword prefilter -------------------------------------------------------------------
# A sentence is tried only against the cues one of whose keywords it contains, found in
# one pass of an Aho-Corasick automaton. The keywords are read off each compiled pattern,
# so the rules stay data: literal runs that every match must contain.

#: Shorter literals filter nothing worth the lookup; a pattern offering none is always tried.
_MIN_KEYWORD = 3
#: ... but a set a pattern needs beside its keywords (required_clauses()) may hold shorter ones: the
#: set is ANDed with the others, so "go|went|moved" filters where "go" alone would not.
_MIN_NEED = 2
#: Words most sentences of news hold (the keyword matcher finds them inside others too): a
#: pattern's keywords are taken from its other words where it has any.
_COMMON = frozenset("""
    a an and are as at be been but by can could for from had has have he her his if in into
    is it its not of on one or our out over said she so than that the their them then there
    these they this those to two up was we were what when where which who will with would
    about after all also any before other only some such through under very""".split())
#: [settings] regexes the stages read (roles: facility names; zones: actors cited as a source).
REQUIRED_SETTINGS = ("facility_after", "facility_name", "cited_before", "cited_after")
#: Off for benchmarks that time every cue on every sentence (the old behaviour).
PREFILTER = True
# Non-ASCII characters that re.IGNORECASE equates with an ASCII letter.
_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})
_FOLDED = re.compile("[" + "".join(map(chr, _FOLD)) + "]")  # where _FOLD changes a text


def _foldable(text: str) -> bool:
    """Whether the text holds a letter _FOLD names. An ASCII text holds none, and str knows
    whether it is ASCII without reading it: most sentences and texts are not searched."""
    return not text.isascii() and _FOLDED.search(text) is not None


def folded(text: str) -> str:
    """The text lowered as the keyword searches read it, each letter _FOLD names folded
    first ("İ" lowers to two characters). Only a text holding one is translated: that costs
    ten times the lowering."""
    return (text.translate(_FOLD) if _foldable(text) else text).lower()


def required_keywords(regex: re.Pattern) -> frozenset[str] | None:
    """Lower-case ASCII literals at least one of which occurs (case-insensitively) in any
    text the regex matches, or None when the pattern offers none of _MIN_KEYWORD letters
    (a mask token's head, TOKEN_HEADS, counts as one: the matcher finds them too)."""
    if _parser is None:
        return None
    try:
        parsed = _parser.parse(regex.pattern, regex.flags)
    except re.error:
        return None
    return _required(list(parsed), _parser)


def required_tokens(regex: re.Pattern) -> frozenset[str] | None:
    """The heads of mask tokens (TOKEN_HEADS, lower case: the opening mark and the kind's
    letter) at least one of which occurs in any text the regex matches, or None when it
    needs no token: a pattern with a {sea} slot cannot match a sentence without a sea."""
    if _parser is None:
        return None
    try:
        parsed = _parser.parse(regex.pattern, regex.flags)
    except re.error:
        return None
    return _tokens(list(parsed), _parser)


def required_clauses(regex: re.Pattern) -> tuple[frozenset[str], ...]:
    """Every set of keywords (as required_keywords()'s) some one of which occurs in any
    text the regex matches: "{MOVERS} ... heading for" needs a word of its movers and
    "heading" both. required_keywords() is the one of them that filters best."""
    if _parser is None:
        return ()
    try:
        parsed = _parser.parse(regex.pattern, regex.flags)
    except re.error:
        return ()
    return tuple(_clauses(list(parsed), _parser, _MIN_NEED))


def compile_with_keywords(source: str, flags: int = 0,
                          codes: dict | None = None) -> tuple[re.Pattern, frozenset[str] | None]:
    """re.compile(source, flags) and its required_keywords(), from one parse of the source:
    compiling the cue data parses some 900 regexes, and reading each one's keywords off a
    second parse took two fifths of it (the stdlib's own compile, re._compiler.compile,
    taken apart: parse, then code from the parsed pattern). Where this Python's internals
    differ, re.compile and required_keywords() as they are. `codes`: each regex's code and
    keywords by (source, flags), used instead of parsing the source when there (re's
    engine refuses a code it cannot run: it is then compiled afresh), added when not."""
    return _compile_parts(source, flags, codes)[:2]


def _words(found: Any) -> bool:
    # a keywords value read back from saved codes: None or a frozenset of str
    return found is None or isinstance(found, frozenset) and all(isinstance(w, str) for w in found)


def _compile_parts(source: str, flags: int = 0, codes: dict | None = None
                   ) -> tuple[re.Pattern, frozenset[str] | None, frozenset[str] | None, tuple[frozenset[str], ...]]:
    """compile_with_keywords(), and the regex's required_tokens() and required_clauses()
    from the same parse."""
    flags = int(flags)
    if _parser is None:
        return re.compile(source, flags), None, None, ()
    known = codes.get((source, flags)) if codes is not None else None
    if known is not None:
        try:
            all_flags, code, *args, keywords, tokens, needs = known
            if isinstance(code, bytes) and _words(keywords) and _words(tokens) and isinstance(needs, tuple) \
                    and all(n is not None and _words(n) for n in needs):
                regex = _sre.compile(source, all_flags, array("I", code).tolist(), *args)
                return regex, keywords, tokens, needs
        except (RuntimeError, TypeError, ValueError, OverflowError):
            pass
    try:
        parsed = _parser.parse(source, flags)
    except re.error:
        return re.compile(source, flags), None, None, ()  # raises re.compile's own error
    keywords = _required(list(parsed), _parser)  # read before the code is made from the tree
    tokens = _tokens(list(parsed), _parser)
    needs = tuple(_clauses(list(parsed), _parser, _MIN_NEED))
    try:
        code = _compiler._code(parsed, flags)
        state = parsed.state
        indexgroup = [None] * state.groups
        for name, i in state.groupdict.items():
            indexgroup[i] = name
        args = (flags | state.flags, code, state.groups - 1, state.groupdict, tuple(indexgroup))
        regex = _sre.compile(source, *args)
    except (AttributeError, TypeError):
        regex = re.compile(source, flags)
        return regex, required_keywords(regex), required_tokens(regex), required_clauses(regex)
    if codes is not None:  # the code as bytes (its words are unsigned 32-bit numbers): read back at once
        with contextlib.suppress(OverflowError, TypeError):
            codes[(source, flags)] = (args[0], array("I", code).tobytes(), *args[2:], keywords, tokens, needs)
    return regex, keywords, tokens, needs


def _required(items: list, P, least: int = _MIN_KEYWORD) -> frozenset[str] | None:
    """The best set of alternatives some one of which a sequence must contain (of words of
    `least` letters or more)."""
    options = _options(items, P, every=False, least=least)
    return max(options, key=_filters) if options else None


def _filters(option: frozenset[str]) -> tuple[int, int]:
    """How well a set of keywords filters, for max(): the alternatives whose shortest word
    is longest filter best, the fewer the better; a word most texts hold (_COMMON) counts
    as none, whatever its length ("the war": "war", not "the")."""
    return min(0 if w in _COMMON else len(w) for w in option), -len(option)


def _options(items: list, P, every: bool, least: int = _MIN_KEYWORD) -> list[frozenset[str]]:
    """The sets of alternatives some one of which a parsed sequence must contain: its runs of
    literal letters, and of each group it must match, the best set (_required()) or, with
    `every`, all of them (_clauses())."""
    options: list[frozenset[str]] = []
    run: list[str] = []

    def close() -> None:
        if len(run) >= least:
            options.append(frozenset(["".join(run).lower()]))
        run.clear()

    def group(seq: list) -> None:
        if every:
            options.extend(_options(seq, P, every=True, least=least))
        elif found := _required(seq, P, least):
            options.append(found)

    for i, (op, av) in enumerate(items):
        if op is P.LITERAL and av < 128:
            run.append(chr(av))
            continue
        heads = _token_head(items, i, P)
        if heads:
            # A mask token's head is a keyword too (the matcher finds TOKEN_HEADS): "{MOVERS}"
            # with its people tokens, or "{demonym}", filters as the words it stands for.
            close()
            options.append(heads)
            continue
        if op is P.BRANCH and run and len(run) < least and "".join(run).isalpha():
            # The parser factors a prefix shared by every branch out of them ("sw" of swim,
            # swam, swum): the run before the branch goes with each branch's own first letters.
            joined = {"".join(run).lower() + _lead(b, P) for b in av[1]}
            if all(len(w) >= least for w in joined):
                options.append(frozenset(joined))
        close()
        if op is P.SUBPATTERN:
            group(list(av[-1]))
        elif op is getattr(P, "ATOMIC_GROUP", None) or op is P.ASSERT:
            # (a lookaround that must hold reads the text around the match: its words are in the text too)
            group(list(av) if op is not P.ASSERT else list(av[1]))
        elif op in (P.MAX_REPEAT, P.MIN_REPEAT, getattr(P, "POSSESSIVE_REPEAT", None)) and av[0] >= 1:
            group(list(av[2]))
        elif op is P.BRANCH:
            # a branch needs one of its alternatives' best sets, whichever matches
            branches = [_required(list(b), P, least) for b in av[1]]
            if all(b is not None for b in branches):
                options.append(frozenset().union(*branches))
    close()
    return options


#: The head of each kind of mask token, as the keyword matcher finds it in lowered text.
TOKEN_HEADS = frozenset(_OPEN + k.lower() for k in "PSDN")


def _tokens(items: list, P) -> frozenset[str] | None:
    """The token heads some one of which a parsed sequence must contain (the fewest of its
    options), or None: the opening mark, then a kind's letter or a class of them."""
    options: list[frozenset[str]] = []
    for i, (op, av) in enumerate(items):
        found = _token_head(items, i, P)
        if found is None:
            found = _inner_tokens(op, av, P)
        if found:
            options.append(found)
    return min(options, key=len) if options else None


def _inner_tokens(op, av, P) -> frozenset[str] | None:
    """_tokens() of a parsed item that holds others (a group, a repeat needed at least once,
    a branch: the tokens of all its alternatives), or None."""
    if op is P.SUBPATTERN:
        return _tokens(list(av[-1]), P)
    if op is getattr(P, "ATOMIC_GROUP", None):
        return _tokens(list(av), P)
    if op in (P.MAX_REPEAT, P.MIN_REPEAT, getattr(P, "POSSESSIVE_REPEAT", None)) and av[0] >= 1:
        return _tokens(list(av[2]), P)
    if op is P.BRANCH:
        branches = [_tokens(list(b), P) for b in av[1]]
        if all(b is not None for b in branches):
            return frozenset().union(*branches)
    return None


def _token_head(items: list, i: int, P) -> frozenset[str] | None:
    """The heads of the mask token opening at items[i] (its mark, then a kind's letter or a
    class of them), or None where no token opens there."""
    op, av = items[i]
    if op is not P.LITERAL or av != ord(_OPEN) or i + 1 >= len(items):
        return None
    # (the parser factors the mark shared by alternative tokens out of them: "\ue000(?:[DN]..|N..)")
    nexts = [items[i + 1]] if items[i + 1][0] is not P.BRANCH \
        else [list(b)[0] if len(b) else (None, None) for b in items[i + 1][1][1]]
    heads = set()
    for nop, nav in nexts:
        letters = [nav] if nop is P.LITERAL else [v for o, v in nav if o is P.LITERAL] \
            if nop is P.IN and all(o is P.LITERAL for o, _ in nav) else []
        if not letters:
            return None
        heads.update(_OPEN + chr(v).lower() for v in letters)
    return frozenset(heads) if heads <= TOKEN_HEADS else None


def _lowered(regex: re.Pattern) -> re.Pattern | None:
    """A case-insensitive regex as a case-sensitive one over lowered text, or None when
    lowering its source would change what it means (an escape such as \\S, \\W or \\B,
    a case-sensitive part)."""
    looser, exact = _lowered_loosely(regex)
    return looser if exact else None


def _lowered_loosely(regex: re.Pattern) -> tuple[re.Pattern | None, bool]:
    """A case-insensitive regex as a case-sensitive one over lowered text that matches
    wherever the regex matches the text, and whether only there: a case-sensitive part
    ("(?-i:[A-Z])") of letters or classes, not in a negative lookaround, matches more once
    lowered. (None, False) when lowering its source would change what it means otherwise
    (an escape such as \\S, \\W or \\B, a negated case-sensitive class)."""
    if _parser is None or re.search(r"\\[A-Z]|\\[pPN]\{", regex.pattern):
        return None, False
    try:
        cased = _cased(list(_parser.parse(regex.pattern, regex.flags)), _parser, regex.flags & re.IGNORECASE, False)
        return (re.compile(regex.pattern.lower()), not cased) if cased is not None else (None, False)
    except re.error:
        return None, False


def _cased(items: list, P, ignorecase: int, negative: bool) -> bool | None:
    """Whether a parsed sequence holds a case-sensitive part; None when one is not made
    looser by lowering (negated, or in a negative lookaround)."""
    cased = False
    for op, av in items:
        if not ignorecase and (op in (P.NOT_LITERAL, P.CATEGORY) or op is P.IN and any(o is P.NEGATE for o, _ in av)
                               or negative and op in (P.LITERAL, P.IN)):
            return None
        cased = cased or (not ignorecase and op in (P.LITERAL, P.IN))
        subs: list[tuple[list, int, bool]] = []
        if op is P.SUBPATTERN:
            _, add, remove, seq = av
            subs = [(list(seq), (ignorecase | (add & re.I)) & ~remove, negative)]
        elif op in (P.ASSERT, P.ASSERT_NOT):
            subs = [(list(av[1]), ignorecase, negative or op is P.ASSERT_NOT)]
        elif op in (P.MAX_REPEAT, P.MIN_REPEAT, getattr(P, "POSSESSIVE_REPEAT", None)):
            subs = [(list(av[2]), ignorecase, negative)]
        elif op is getattr(P, "ATOMIC_GROUP", None):
            subs = [(list(av), ignorecase, negative)]
        elif op is P.BRANCH:
            subs = [(list(b), ignorecase, negative) for b in av[1]]
        elif op is P.GROUPREF_EXISTS:
            return None
        for seq, flags, neg in subs:
            inner = _cased(seq, P, flags, neg)
            if inner is None:
                return None
            cased = cased or inner
    return cased


def _phrase(parts: tuple) -> Phrase:
    """A topic_moved Phrase from _compile_parts()' regex and clauses."""
    regex, _, _, needs = parts
    lowered, exact = _lowered_loosely(regex)
    return Phrase(regex, needs, lowered, exact)


def _clauses(items: list, P, least: int = _MIN_KEYWORD) -> list[frozenset[str]]:
    """Every set of alternatives some one of which a sequence must contain: _required()'s
    options, and those of the groups it must match, each kept (_required() keeps the best)."""
    return list(dict.fromkeys(_options(items, P, every=True, least=least)))


def _lead(items: list, P) -> str:
    """The ASCII literal letters a parsed branch starts with."""
    out = []
    for op, av in items:
        if op is not P.LITERAL or av >= 128:
            break
        out.append(chr(av))
    return "".join(out).lower()


def _union(sets: Iterable[frozenset[str] | None]) -> frozenset[str] | None:
    """The keywords of patterns any of which may match: None if one has none."""
    out: set[str] = set()
    for s in sets:
        if s is None:
            return None
        out |= s
    return frozenset(out)


def _any_of(patterns: Sequence[re.Pattern]) -> re.Pattern | None:
    """One alternation that searches like any() of the patterns, in one call; None where
    they cannot be joined (named groups twice, back-references, other flags)."""
    if not patterns or any(p.flags != patterns[0].flags or p.groups for p in patterns):
        return None
    try:
        return re.compile("|".join(f"(?:{p.pattern})" for p in patterns), patterns[0].flags)
    except re.error:
        return None


def any_search(lexicon_any: re.Pattern | None, patterns: Sequence[re.Pattern], text: str) -> bool:
    """Whether any of the patterns occurs in the text (through their alternation if any)."""
    if lexicon_any is not None:
        return found_in(lexicon_any, text, lowered_text(text))
    return any(p.search(text) for p in patterns)


# -- Lowered search ------------------------------------------------------------------------
# The cue data's regexes are case-insensitive, and re's engine tries such a regex at every
# position of a sentence, each alternative in turn, with no quick look at the letter there.
# The same regex lowered and case-sensitive, run over the lowered sentence, skips most
# positions at once; where it matches, the regex itself is tried at that position. The
# matches are the regex's own, found where re's finditer() finds them: the lowered regex
# matches at every position the regex does (and a case-sensitive part only more widely).

#: Escapes and group names, kept as written when a regex's letters are lowered.
_KEPT = re.compile(r"\\(?:x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)|\(\?P(?:<[^>]*>|=[^)]*\))", re.S)
# regex id -> (the regex, its lowered form or None), for regexes not compiled with codes
_finders: dict[int, tuple[re.Pattern, re.Pattern | None]] = {}


def lowered_source(regex: re.Pattern) -> str | None:
    """The source of a case-insensitive regex with its letters lowered, to be compiled
    case-sensitive and searched over lowered text (lowered_text()); None when that might
    miss a match of the regex: an escape or a letter whose case does not go both ways
    one to one ("\\x41", "\\N{...}", "ſ"), a case-sensitive part that lowering does not
    only loosen, a conditional group, or a regex that may match nothing."""
    if _parser is None or not regex.flags & re.IGNORECASE:
        return None
    parts, at = [], 0
    for m in _KEPT.finditer(regex.pattern):
        parts.append(regex.pattern[at:m.start()].lower())
        kept = m.group()
        if kept[1] in "xuU" and not _one_case(chr(int(kept[2:], 16))) or kept[1] == "N":
            return None
        parts.append(kept)
        at = m.end()
    parts.append(regex.pattern[at:].lower())
    source = "".join(parts)
    if not all(c.isascii() or _one_case(c) for c in set(source)):
        return None
    try:
        parsed = _parser.parse(regex.pattern, regex.flags)
    except re.error:
        return None
    if parsed.getwidth()[0] == 0 or _cased(list(parsed), _parser, re.IGNORECASE, False) is None:
        return None
    return source


def _one_case(c: str) -> bool:
    # a character that lowering leaves alone and that re equates with its upper case only
    return c.lower() == c and (c.upper() == c or len(c.upper()) == 1 and c.upper().lower() == c) \
        and (c.isascii() or not c.isalpha() if _EXTRA_CASES is None else c not in _EXTRA_CASES)


try:    # the letters re equates with more than their own cases (σ, ς and Σ)
    from re._casefix import _EXTRA_CASES as _extra

    _EXTRA_CASES: frozenset[str] | None = frozenset(map(chr, _extra))
except ImportError:     # another Python: no such letter is lowered
    _EXTRA_CASES = None


def finder(regex: re.Pattern, codes: dict | None = None) -> re.Pattern | None:
    """The lowered form of a regex (lowered_source(), led by the characters its matches
    begin with: _led(); compiled), kept per process; `codes`:
    as compile_with_keywords()'s (its lowered source kept there too)."""
    key = (regex.pattern, "lowered")
    known = _finders.get(id(regex))
    # (the regex is kept: its id is not reused; codes to fill are filled even when it is known,
    # or what a process saves would hang on what it happened to have asked before)
    if known is not None and known[0] is regex and (codes is None or key in codes):
        return known[1]
    flags = regex.flags & ~re.IGNORECASE
    source = codes[key] if codes is not None and key in codes else _led(lowered_source(regex), flags)
    if codes is not None:
        codes[key] = source
    found = _compile_parts(source, flags, codes)[0] if source is not None else None
    if len(_finders) >= 4096:
        _finders.clear()
    _finders[id(regex)] = (regex, found)
    return found


def _led(source: str | None, flags: int = 0, whole: bool = False) -> str | None:
    """A lowered source led by the class of characters its matches may begin with
    (first_class()): re skips in C the positions of a text holding none of them, where a
    source beginning with a lookaround or a boundary ("(?<!\\w)", "\\b") is tried at
    every position. The led source matches, one character long, exactly where the source
    matches; the source as it is when no such class can be read off it. `whole`: for a
    regex searched over whole documents, a source's leading "\\b" leads the form too."""
    if source is None or source.startswith("(?") and not source.startswith(("(?:", "(?<", "(?=", "(?!", "(?P")):
        return source       # (global flags lead the source: nothing goes before them)
    if flags & re.VERBOSE:
        return source       # (a trailing comment would swallow the wrapper's end)
    first = first_class(source, flags)
    if first is None:
        return source
    led = _by_first_letter(source, flags) or f"{first}(?<=(?=(?:{source}))[\\s\\S])"
    if whole and source.startswith("\\b") and _WORD_LEAD.fullmatch(first):
        # A match begins at a word boundary, on a word character: re passes over the letters
        # inside words at once, where each would be tried against the lead (a quarter of
        # the topic regex's search of a document; in a sentence it costs more than it saves).
        led = f"\\b(?:{led})"
    return led


_REFERS = re.compile(r"\\[1-9]|\(\?P=|\(\?\(")

#: A source split by first letters grows with the alternatives several letters begin: past
#: this many times its length it is left whole.
_SPLIT_MOST = 8


def _by_first_letter(source: str, flags: int) -> str | None:
    """The led form of an alternation split by the letter each alternative begins with: at a
    position re tries only the alternatives that can begin there (an arm per letter, which
    re passes over in C when the letter differs) instead of every one in turn, each with its
    lookarounds ("(?<!fishing\\s)boats"). The alternatives are kept in order in each arm, with
    what stands around the alternation (head, tail), so the form matches where the source
    does; alternatives led by a class ("\\d+ people") share an arm led by their class. None
    where the source is no alternation (alternatives()), an alternative may begin with any
    character or match nothing, or the arms would repeat a group."""
    if _parser is None:
        return None
    if _REFERS.search(source):
        return None         # (arms repeat the groups: a back-reference would count them anew)
    split = alternatives(source)
    if split is None:
        return None
    head, alts, tail = split
    arms: dict[str, list[str]] = {}
    for alt in alts:
        out: list = []
        try:
            if _first(list(_parser.parse(alt, flags)), _parser, out):
                return None
        except (_Unread, re.error, RecursionError, AttributeError):
            return None
        if any(op is not _parser.LITERAL for op, _ in out):
            # (an alternative led by a range or a category, "\\d+ people": an arm of its class)
            arms.setdefault(_class_of(out), []).append(alt)
            continue
        for c in dict.fromkeys(chr(av) for _, av in out):
            arms.setdefault(re.escape(c), []).append(alt)
    led = "|".join(f"{c}(?<=(?={head}(?:{'|'.join(group)}){tail})[\\s\\S])" for c, group in arms.items())
    if len(led) > _SPLIT_MOST * len(source):
        return None
    try:
        _parser.parse(led, flags)
    except (re.error, RecursionError):     # (a named group repeated in two arms)
        return None
    return led


#: An arm's lead that only a word character matches: a letter, a digit, \\d or \\w.
_WORD_LEAD = re.compile(r"\w|\\[dw]|\[(?:\w|\\[dw])+\]")


def _class_of(items: list) -> str:
    """The character class of first_class()'s items (LITERAL, RANGE, CATEGORY), as a source."""
    parts = []
    for op, av in items:
        if op is _parser.LITERAL:
            parts.append("\\" + chr(av) if chr(av) in "]\\^-[" else chr(av))
        elif op is _parser.RANGE:
            parts.append(f"\\U{av[0]:08x}-\\U{av[1]:08x}")
        else:
            parts.append(_CATEGORIES[str(av)])
    return "[" + "".join(dict.fromkeys(parts)) + "]"


def alternatives(source: str) -> tuple[str, list[str], str] | None:
    """A regex source as head + "|".join(alternatives) + tail, where head holds only
    zero-width items and group openings and tail what closes them: the alternation its
    matches choose from ("\\b(?:fled|deported)\\b" -> "\\b(?:", ["fled", "deported"], ")\\b");
    None when it has none, or a part cannot be read (an unbalanced or escaped end)."""
    head, tail, body = "", "", source
    while True:
        parts = _split_bars(body)
        if parts is None:
            return None
        if len(parts) > 1:
            return (head, parts, tail) if head + "|".join(parts) + tail == source else None
        i = 0
        while True:     # zero-width items before the group: boundaries, lookarounds
            if body.startswith(("\\b", "\\B", "\\A"), i):
                i += 2
            elif body.startswith("^", i):
                i += 1
            elif body.startswith(("(?<!", "(?<=", "(?!", "(?="), i):
                end = _group_end(body, i)
                if end is None:
                    return None
                i = end + 1
            else:
                break
        if not body.startswith("(?:", i):
            return None
        end = _group_end(body, i)
        if end is None or body[end + 1:end + 2] in ("*", "+", "?", "{"):
            return None     # (a repeated group takes its alternatives again after the first)
        head, tail, body = head + body[:i + 3], body[end:] + tail, body[i + 3:end]


def _split_bars(s: str) -> list[str] | None:
    # s cut at its top-level "|" (not in a group or a class, not escaped); None if unbalanced
    out, start, depth = [], 0, 0
    for i, c, depth in _outside_classes(s, 0):
        if depth < 0 or c is None:
            return None
        if c == "|" and depth == 0:
            out.append(s[start:i])
            start = i + 1
    return out + [s[start:]] if depth == 0 else None


def _group_end(s: str, i: int) -> int | None:
    # the index of the ")" closing the group opened at s[i]
    for at, c, depth in _outside_classes(s, i):
        if c is None:
            return None
        if c == ")" and depth == 0:
            return at
    return None


def _outside_classes(s: str, i: int) -> Iterator[tuple[int, str | None, int]]:
    # (index, character, groups open after it) of s from i, escapes and classes skipped;
    # the character is None where a class is never closed (and the walk ends)
    depth, n = 0, len(s)
    while i < n:
        c = s[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            shut = _class_end(s, i)
            if shut is None:
                yield i, None, depth
                return
            i = shut
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        yield i, c, depth
        i += 1


def _class_end(s: str, i: int) -> int | None:
    # the index of the "]" closing the class opened at s[i] ("[]a]" and "[^]a]" hold a "]")
    i += 1
    if s.startswith("^", i):
        i += 1
    if s.startswith("]", i):
        i += 1
    while i < len(s):
        if s[i] == "\\":
            i += 2
            continue
        if s[i] == "]":
            return i
        i += 1
    return None


_CATEGORIES = {"CATEGORY_DIGIT": r"\d", "CATEGORY_NOT_DIGIT": r"\D", "CATEGORY_SPACE": r"\s",
               "CATEGORY_NOT_SPACE": r"\S", "CATEGORY_WORD": r"\w", "CATEGORY_NOT_WORD": r"\W"}


def first_class(source: str, flags: int = 0) -> str | None:
    """A character class holding every character a match of the regex source may begin
    with, or None where that cannot be read off it (a match may be empty or begin with any
    character, a negated class, flags changed inside, a back-reference)."""
    if _parser is None:
        return None
    try:
        out: list = []
        if _first(list(_parser.parse(source, flags)), _parser, out):
            return None
    except (_Unread, re.error, RecursionError, AttributeError):   # (AttributeError: a parser of another shape)
        return None
    return _class_of(out)


class _Unread(Exception):
    """first_class() cannot bound a regex's first character."""


def _first(items: list, p, out: list) -> bool:
    # Adds to `out` the class items (LITERAL, RANGE, CATEGORY) a match of this sequence of
    # parsed items may begin with; returns whether the sequence may match nothing.
    for op, av in items:
        if op is p.LITERAL:
            out.append((op, av))
            return False
        if op is p.IN:
            if any(o is not p.LITERAL and o is not p.RANGE and (o is not p.CATEGORY or str(a) not in _CATEGORIES)
                   for o, a in av):
                raise _Unread       # (a negated class, a category with no escape of its own)
            out.extend(av)
            return False
        if op is p.AT or op is p.ASSERT or op is p.ASSERT_NOT:
            continue                # (zero width: the next item begins the match)
        if op is p.SUBPATTERN:
            if av[1] or av[2]:
                raise _Unread
            if not _first(list(av[3]), p, out):
                return False
        elif op is p.ATOMIC_GROUP:
            if not _first(list(av), p, out):
                return False
        elif op is p.BRANCH:
            if not any([_first(list(alt), p, out) for alt in av[1]]):
                return False
        elif op is p.MAX_REPEAT or op is p.MIN_REPEAT or op is p.POSSESSIVE_REPEAT:
            if av[1] != 0 and not _first(list(av[2]), p, out) and av[0] > 0:
                return False
        else:
            raise _Unread
    return True


def led(regex: re.Pattern, codes: dict | None = None, whole: bool = False) -> re.Pattern | None:
    """A case-sensitive regex led by the class of characters its matches may begin with
    (_led()), compiled once per process; None for a case-insensitive one, or where no class
    can be read off it. matches(regex, led(regex), text, text) finds regex.finditer(text)'s
    matches. `codes`: as compile_with_keywords()'s; `whole`: as _led()'s, for the regex's
    first form made (the one kept)."""
    # Its source is kept in `codes` too (reading it off the regex parses it: the topic regexes,
    # a tenth of a second before a corpus run's first partition), filled even when the form is
    # known, as finder() does.
    key = (regex.pattern, "led", regex.flags, whole)
    known = _leds.get(id(regex))
    kept = known is not None and known[0] is regex     # (the regex is kept: its id is not reused)
    if kept and (codes is None or key in codes):
        return known[1]
    if codes is not None and key in codes:
        source = codes[key]
    else:
        source = None if regex.flags & re.IGNORECASE else _led(regex.pattern, regex.flags, whole)
        if codes is not None:
            codes[key] = source
    if kept:
        return known[1]
    found = _compile_parts(source, regex.flags, codes)[0] if source not in (None, regex.pattern) else None
    _leds[id(regex)] = (regex, found)
    return found


# regex id -> (the regex, its led() form or None)
_leds: dict[int, tuple[re.Pattern, re.Pattern | None]] = {}


def lowered_text(text: str) -> str | None:
    """The text lowered for finder() regexes; None when a letter in it lowers otherwise than
    re.IGNORECASE reads it (_FOLD's): the regexes are then searched as they are."""
    return None if _foldable(text) else text.lower()


def matches(regex: re.Pattern, lowered: re.Pattern | None, text: str, low: str | None,
            pos: int = 0, endpos: int | None = None, seen: re.Match | None = None) -> Iterator[re.Match]:
    """regex.finditer(text, pos, endpos), found through its lowered form (finder()) over the
    lowered text (lowered_text()) where both are there. `seen`: the lowered form's first
    match from pos on, where the caller has searched for it already (may_find())."""
    end = len(text) if endpos is None else endpos
    if lowered is None or low is None:
        yield from regex.finditer(text, pos, end)
        return
    search, match = lowered.search, regex.match
    if seen is None:
        seen = search(low, pos, end)
    while seen is not None:
        m = match(text, seen.start(), end)
        if m is None:
            pos = seen.start() + 1
        else:       # (never empty: lowered_source() refuses a regex that may match nothing)
            yield m
            pos = m.end()
        seen = search(low, pos, end)


def search(regex: re.Pattern, text: str, low: str | None, pos: int = 0, endpos: int | None = None) -> re.Match | None:
    """regex.search(text, pos, endpos), through its lowered form as matches()."""
    lowered = finder(regex)
    if lowered is None or low is None:      # (no generator: most searches find nothing)
        return regex.search(text, pos, len(text) if endpos is None else endpos)
    return next(matches(regex, lowered, text, low, pos, endpos), None)


def found_in(regex: re.Pattern, text: str, low: str | None) -> bool:
    """Whether regex.search(text) finds anything (search())."""
    return search(regex, text, low) is not None


def lowered_sentence(masked: Masked) -> str | None:
    """lowered_text() of a masked sentence's own text, kept with it."""
    return _low(masked, "sentence")


def _needs_digit(regex: re.Pattern) -> bool:
    """Whether every match of the regex holds a digit (a required \\d, read off the regex
    as keywords are): then a sentence without one need not be searched."""
    if _parser is None:
        return False
    try:
        return _digit(list(_parser.parse(regex.pattern, regex.flags)), _parser)
    except re.error:
        return False


def _digit(items: list, P) -> bool:
    for op, av in items:
        if op is P.IN and av == [(P.CATEGORY, P.CATEGORY_DIGIT)]:
            return True
        if op is P.SUBPATTERN and _digit(list(av[-1]), P):
            return True
        if op in (P.MAX_REPEAT, P.MIN_REPEAT, getattr(P, "POSSESSIVE_REPEAT", None)) and av[0] >= 1 \
                and _digit(list(av[2]), P):
            return True
        if op is P.BRANCH and all(_digit(list(b), P) for b in av[1]):
            return True
    return False


def _matcher(keywords: Sequence[frozenset[str] | None]):
    import ahocorasick

    words = {w for k in keywords if k for w in k}
    if not words:
        return None
    automaton = ahocorasick.Automaton()
    for w in sorted(words):
        automaton.add_word(w, w)
    automaton.make_automaton()
    return automaton


_present_cache: dict[tuple[Any, str], frozenset[str]] = {}


def _present(lexicon: Lexicon, text: str) -> frozenset[str]:
    """The keywords of the lexicon found in a text. Answers are kept for a while: roles,
    zones and actors ask about the same sentences (masked and raw) in turn."""
    key = (lexicon.matcher, text)   # the key holds the automaton: its id is not reused
    words = _present_cache.get(key)
    if words is None:
        if len(_present_cache) >= 4096:
            _present_cache.clear()
        words = frozenset(map(_VALUE, lexicon.matcher.iter(folded(text))))
        _present_cache[key] = words
    return words


def present(lexicon: Lexicon, text: str) -> frozenset[str] | None:
    """The lexicon's keywords found in a text, for may_match; None when nothing is filtered."""
    return _present(lexicon, text) if PREFILTER and lexicon.matcher is not None else None


def may_match(keywords: frozenset[str] | None, found: frozenset[str] | None) -> bool:
    """False when a pattern with these keywords cannot match a text holding the keywords
    `found` (present()): none of its keywords is there."""
    return keywords is None or found is None or not keywords.isdisjoint(found)


def normalise(words: str) -> str:
    """Comparison key of a name: casefolded, quotes and dashes folded, spaces collapsed."""
    words = words.replace("’", "'").replace("‘", "'").replace("“", "").replace("”", "").replace('"', "")
    words = re.sub(r"[-–—]", " ", words.casefold())
    return " ".join(re.sub(r"[^\w' ]", "", words).split())


def join_wrapped(doc: GeocodedDocument, lexicon: Lexicon) -> GeocodedDocument:
    """The document with sentences cut by a hard line break joined again ("... through X
    via" / "Y or Z ..."): a piece ending on a word that cannot end a sentence (cues.toml's
    [settings] wrapped_end), or an open piece (wrapped_open) followed by one that continues
    it (wrapped_start). The same document when nothing is joined."""
    keys = ("wrapped_end", "wrapped_open", "wrapped_start")
    if len(doc.sentences) < 2 or not all(lexicon.settings.get(k) for k in keys):
        return doc
    ends, opens, starts = (setting_rx(lexicon, k) for k in keys)
    spans: list[tuple[int, int]] = [doc.sentences[0]]
    index = [0]
    for a, b in doc.sentences[1:]:
        pa, pb = spans[-1]
        if "\n" in doc.text[pb:a] and (ends.search(doc.text, pa, pb) or (
                opens.search(doc.text, pa, pb) and starts.match(doc.text, a, b))):
            spans[-1] = (pa, b)
        else:
            spans.append((a, b))
        index.append(len(spans) - 1)
    if len(spans) == len(doc.sentences):
        return doc
    mentions = tuple(dataclasses.replace(m, sentence=index[m.sentence]) if 0 <= m.sentence < len(index) else m
                     for m in doc.mentions)
    return dataclasses.replace(doc, sentences=tuple(spans), mentions=mentions)


@functools.lru_cache(maxsize=256)
def _compiled(pattern: str, flags: int = 0) -> re.Pattern:
    return re.compile(pattern, flags)


def with_vars(value: Any, macros: Mapping[str, str]) -> Any:
    """A setting with the [vars] it names ({HELD}) written out, theirs too, in a string and in
    the strings of a list or table: a word family is written once in the data, for patterns
    and settings alike. Other references ({place}, {~3}) are left as they are."""
    if isinstance(value, str):
        def sub(m: re.Match) -> str:
            ref = m.group(1)
            return with_vars(macros[ref], macros) if ref in macros else m.group(0)
        return _REF.sub(sub, value)
    if isinstance(value, list):
        return [with_vars(v, macros) for v in value]
    if isinstance(value, dict):
        return {k: with_vars(v, macros) for k, v in value.items()}
    return value


def setting_rx(lexicon: Lexicon, key: str, flags: int = 0) -> re.Pattern | None:
    """A regex of the cue data's [settings], compiled once per process and pattern; None
    when the key is missing or empty. The rules ask it some 150 times a document: the
    answer is kept with the lexicon (Lexicon.setting_regexes), and one lookup finds it."""
    regex = lexicon.setting_regexes.get((key, flags), _UNREAD)
    if regex is _UNREAD:    # (first asked of this lexicon: looked up once per settings, key and flags)
        settings = lexicon.settings
        known = _SETTING_RX.get((id(settings), key, flags))
        if known is None or known[0] is not settings:
            known = _SETTING_RX[(id(settings), key, flags)] = (settings, compiled_rx(settings.get(key), flags))
        regex = lexicon.setting_regexes[(key, flags)] = known[1]
    return regex


#: setting_rx()'s mark of a key not asked yet (None is an answer: the setting is missing).
_UNREAD = object()


# (id(settings), key, flags) -> (the settings, setting_rx()'s answer). The settings are held
# with the answer, so an id is never taken for another mapping's (tests make their own).
_SETTING_RX: dict[tuple[int, str, int], tuple[Mapping[str, Any], re.Pattern | None]] = {}


def of_past_era(text: str, lexicon: Lexicon, low: str | None = None) -> bool:
    """Whether the text is told of a past era: it names at least [settings] story_era_min
    years of one (story_era) and fewer recent markers (story_recent) than those; `low`: the
    text's lowered_text()."""
    era = setting_rx(lexicon, "story_era", re.I)
    recent = setting_rx(lexicon, "story_recent", re.I)
    least = int(lexicon.settings.get("story_era_min", 0))
    if era is None or recent is None or least <= 0:
        return False
    global _last_era
    kept = _last_era    # (one tuple, read once: another thread may replace it)
    if kept[0] is era and kept[1] is recent and kept[2] == least and kept[3] == text:
        return kept[4]
    low = lowered_text(text) if low is None else low
    years = sum(1 for _ in matches(era, finder(era), text, low))
    told = years >= least and years > sum(1 for _ in matches(recent, finder(recent), text, low))
    _last_era = (era, recent, least, text, told)
    return told


#: of_past_era()'s last answer: (story_era, story_recent, story_era_min, the text, the answer);
#: relevance, the topic bars and the story stage ask it of one document in turn, each a search
#: of the whole text.
_last_era: tuple[re.Pattern | None, re.Pattern | None, int, str | None, bool] = (None, None, 0, None, False)


def route_modes(lexicon: Lexicon) -> dict[str, re.Pattern | None]:
    """The cue data's [route_modes] regexes (how routes/ reads a leg's own words), each
    compiled once per process, case-insensitive, its {MACRO}s ([vars]) expanded; None for a
    key the data leaves out. Made once per cue data (the roles ask for them in every
    document that has claims; expanding the macros cost more than the rule that reads them):
    a copy is returned, so that a caller's change stays its own."""
    data = lexicon.data
    known = _ROUTE_MODES.get(id(data))
    if known is None or known[0] is not data:     # (the data is held: its id is not reused)
        if len(_ROUTE_MODES) >= 64:
            _ROUTE_MODES.clear()
        section = with_vars(data.get("route_modes", {}), data.get("vars", {}))
        known = _ROUTE_MODES[id(data)] = (data, {k: compiled_rx(section.get(k), re.IGNORECASE) for k in ROUTE_MODES})
    return dict(known[1])


# id(cue data) -> (the data, route_modes()' answer)
_ROUTE_MODES: dict[int, tuple[Mapping[str, Any], dict[str, re.Pattern | None]]] = {}


#: The keys of [route_modes] (routes/ reads each).
ROUTE_MODES = ("by_air", "by_ferry", "by_land", "land_after", "mode_denied", "across_sea", "force_after",
               "clause_break", "guessed", "reached_in_turn", "boat_after", "other_group", "moved_things", "came_back",
               "caught_at",
               "locator", "taken_on", "apart", "back_through", "same_group", "placed", "heading",
               "goes_on", "told_before", "from_there", "removed", "stopped", "returned_on",
               "stopped_after", "traveller", "same_person", "air_after", "counted_heading",
               "never_there", "habitual", "habitual_guess", "crossed_at", "alternative", "return_cue", "crossed_near",
               "named_again", "carried_others", "not_yet", "others_held", "home_told", "wished",
               "wished_ahead", "planned_way", "relative_apart", "towards", "off_coast", "kin_pronoun",
               "new_action", "landing_again", "landing_left", "way_home", "own_return", "part_moved",
               "held_after", "one_group", "same_one")


def compiled_rx(pattern: str | None, flags: int = 0) -> re.Pattern | None:
    """A regex of the cue data (a setting, or a cue's own), compiled once per process and
    pattern; None when missing or empty."""
    return _compiled(pattern, flags) if pattern else None


def mask(doc: GeocodedDocument, index: int, skip: re.Pattern | None = None,
         extra: Sequence[tuple[Mention, str]] = (), leads: Mapping[int, str] | None = None) -> Masked:
    """Mask sentence `index` of a document: mentions become kind tokens, spaces collapse.
    Mentions whose text matches `skip` stay words ("the border" is no name: "across the
    border to X" reads as words, not as a place between the verb and X). `extra` adds
    mentions the geocoder did not make, each masked after a word of its own ("here" read
    as "in" and the dateline's place: with_here). `leads` puts words before the token of the
    mention starting at a document offset (an answer read with its question: with_answers)."""
    start, end = doc.sentences[index]
    mentions = [m for m in _placed(doc, start, end) if m.end <= end and not (skip and skip.match(m.text))]
    lead = {id(m): leads[m.start] for m in mentions if m.start in leads} if leads else {}
    if extra:
        lead |= {id(m): word for m, word in extra}
        mentions = sorted([*mentions, *(m for m, _ in extra)], key=lambda m: m.start)
    parts: list[str] = []
    at: list[int] = []              # Masked.at and .runs
    runs: list[tuple[int, int]] = []
    kept: list[Mention] = []
    pos, n = start, 0               # n: length of the masked text so far
    for m in mentions:
        if m.start < pos:           # overlapping mentions: keep the first
            continue
        n = _plain(doc.text, pos, m.start, parts, at, runs, n)
        token = f"{_OPEN}{_kind_letter(m)}{len(kept)}{_CLOSE}"
        if lead.get(id(m)):
            token = f"{lead[id(m)]} {token}"
        parts.append(token)
        at.append(n)
        runs.append((m.start, m.end))
        n += len(token)
        kept.append(m)
        pos = m.end
    _plain(doc.text, pos, end, parts, at, runs, n)
    return Masked(doc, index, start, end, "".join(parts), tuple(at), tuple(runs), tuple(kept))


#: A dateline's place starts within this many characters of the text, and what follows it
#: ([document] dateline: ", Italy (Wire) -") is read in this many.
DATELINE_WITHIN, DATELINE_WINDOW = 80, 120


def dateline_span(doc: GeocodedDocument, lexicon: Lexicon, mentions: Sequence[Mention]) -> tuple[Mention, int] | None:
    """The first of these mentions when [document] dateline follows it ("LAMPEDUSA, Italy
    (Wire) -"), and the offset where the dateline ends; None without a dateline."""
    if lexicon.dateline is None or not mentions:
        return None
    first = min(mentions, key=lambda m: m.start)
    if first.start >= DATELINE_WITHIN or first.kind == "demonym":
        return None
    # The pattern is anchored ("^"): matched on the text after the place, not at an offset.
    m = lexicon.dateline.match(doc.text[first.end:first.end + DATELINE_WINDOW])
    return None if m is None else (first, first.end + m.end())


def dateline_mention(doc: GeocodedDocument, lexicon: Lexicon) -> Mention | None:
    """The place a report was filed from (its first placed mention, when a dateline follows
    it); None without a dateline."""
    found = dateline_span(doc, lexicon, _placed(doc, 0, len(doc.text)))
    return found[0] if found else None


def report_place(doc: GeocodedDocument, lexicon: Lexicon) -> Mention | None:
    """The place a report is told from: its dateline's, else the first place a reporter says
    they are at ([settings] reporter_at, matched right before the place: "Our correspondent
    is in X", "Good morning from X"); None when the text names none."""
    place = dateline_mention(doc, lexicon)
    at = setting_rx(lexicon, "reporter_at", re.IGNORECASE)
    if place is not None or at is None:
        return place
    return next((m for m in _placed(doc, 0, len(doc.text)) if m.kind != "demonym"
                 and at.search(doc.text, max(0, m.start - 60), m.start)), None)

_HERE = re.compile(r"\bhere\b")


def with_here(sentences: Sequence[Masked], lexicon: Lexicon, skip: re.Pattern | None = None) -> list[Masked]:
    """The sentences with "here" after a verb of arriving, crossing or coming ([settings]
    here_before: a preposition -> the words it stands for right before "here") masked as that
    preposition and the place the report is told from (report_place): "LAMPEDUSA - Forty
    migrants arrived here" reads "arrived in Lampedusa". Sentences without one are returned
    as they are."""
    table = lexicon.settings.get("here_before")
    if not table or not sentences or not _HERE.search(sentences[0].doc.text):
        return list(sentences)
    doc = sentences[0].doc
    place = report_place(doc, lexicon)
    if place is None:
        return list(sentences)
    before = {word: _compiled(f"(?:{rx})\\s+$", re.IGNORECASE) for word, rx in table.items()}
    out = []
    for masked in sentences:
        extra = []
        for h in _HERE.finditer(masked.sentence):
            at = masked.start + h.start()
            window = doc.text[max(masked.start, at - 60):at]
            word = next((w for w, rx in before.items() if rx.search(window)), None)
            if word is not None and at > place.end:
                # the dateline's own name for the place, at the offsets of "here"
                extra.append((dataclasses.replace(place, start=at, end=at + 4, sentence=masked.index), word))
        out.append(mask(doc, masked.index, skip, extra) if extra else masked)
    return out


def with_answers(sentences: Sequence[Masked], lexicon: Lexicon, skip: re.Pattern | None = None) -> list[Masked]:
    """The sentences with an answer read with the question before it ([settings] answer_leads:
    words -> the question they stand for): after "Where did you come out?", "In X." reads
    "In they arrived in X."; after "Where do you want to go?", "To X." reads "To they hope
    to reach X." The answer starts with its place ([settings] answer_start, matched on the
    words before the place's token: a speaker's label, a preposition). Sentences without
    one are returned as they are."""
    table = lexicon.settings.get("answer_leads")
    if not table or len(sentences) < 2 or "?" not in sentences[0].doc.text:
        return list(sentences)
    start = setting_rx(lexicon, "answer_start", re.IGNORECASE)
    questions = {words: _compiled(rx, re.IGNORECASE) for words, rx in table.items()}
    out = list(sentences)
    for i in range(1, len(out)):
        question, answer = out[i - 1], out[i]
        if not question.sentence.rstrip().endswith("?") or not answer.mentions:
            continue
        words = next((w for w, rx in questions.items() if rx.search(question.sentence)), None)
        first = _TOKEN.search(answer.text)
        if words is None or first is None or start is None or not start.fullmatch(answer.text, 0, first.start()):
            continue
        m = answer.mentions[int(first.group(1))]
        out[i] = mask(answer.doc, answer.index, skip, leads={m.start: words})
    return out


_placed_cache: tuple[object, list[Mention], list[int]] = (None, [], [])


def _placed(doc: GeocodedDocument, start: int, end: int) -> list[Mention]:
    """The document's mentions that can fill a slot (resolved, with a position: a feature
    needs a place) starting in [start, end), in text order. The sorted list of the last
    document is kept, so masking every sentence of a long document is not quadratic."""
    global _placed_cache
    cached, placed, starts = _placed_cache  # one tuple: safe if threads interleave
    if cached is not doc:
        placed = sorted((m for m in doc.mentions if m.id and m.lat is not None and m.lon is not None),
                        key=lambda m: m.start)
        starts = [m.start for m in placed]
        _placed_cache = (doc, placed, starts)
    return placed[bisect.bisect_left(starts, start):bisect.bisect_left(starts, end)]


# Whitespace that masking rewrites: a run of two or more, or one that is not a plain space.
# Markup left in pasted text ("left <b>Zuwara</b> for") reads as a space where it has one
# around it or stands between two words ("ashore<br>Dover"), else as nothing ("</b>,");
# a script or style element, code and all, reads as one tag (geocoding blanks it too).
_TAG = r"<(?:(?i:script|style)\b[^<>]{0,200}>[^<]{0,5000}</(?i:script|style)\s*|[/!]?[A-Za-z][^<>]{0,200})>"
_WIDE_SPACE = re.compile(rf"\s{{2,}}|[^\S ]|\s*{_TAG}(?:\s|{_TAG})*")


def _plain(text: str, a: int, b: int, parts: list[str], at: list[int], runs: list[tuple[int, int]],
           n: int) -> int:
    # Collapse whitespace runs to one space so patterns can say "\s+" or " " alike. Text
    # between the runs is copied whole: it maps one to one onto the document. Adds the
    # runs (as Masked's) from masked index n on; returns the masked length after them.
    pos = a
    for m in _WIDE_SPACE.finditer(text, a, b):
        s, e = m.span()
        if s > pos:
            parts.append(text[pos:s])
            at.append(n)
            runs.append((pos, -1))
            n += s - pos
        pos = e
        if any(c.isspace() for c in m.group()) or text[s - 1:s].isalnum() and text[e:e + 1].isalnum():
            parts.append(" ")
            at.append(n)
            runs.append((s, e))
            n += 1
    if b > pos:
        parts.append(text[pos:b])
        at.append(n)
        runs.append((pos, -1))
        n += b - pos
    return n


def _kind_letter(m: Mention) -> str:
    if m.kind == "demonym":
        # A plural people name ("Eritreans") can stand alone as the subject; an adjective cannot.
        return "N" if m.text[:1].isupper() and m.text.endswith("s") else "D"
    return "S" if m.kind == "sea" else "P"


#: How many keyword sets tried() keeps the cues of, per tuple of cues (sentences share
#: their few keywords), and how many tuples of cues it keeps them for.
_TRIED_MOST, _PLANS_MOST = 4096, 64
# id(cues) -> their _Plan
_plans: dict[int, _Plan] = {}


def tried(cues: Sequence[Cue], words: frozenset[str] | None) -> Sequence[tuple[Cue, Sequence[Pattern]]]:
    """The cues that may match a text holding the keywords `words` (present()), in order,
    each with those of its patterns that may: one of their keywords is there, one of their
    tokens' heads (a {sea} slot needs a sea) and a word of each set they need. Cues and
    patterns are read off bit masks per keyword instead of asked one by one (_Plan), and
    kept for a tuple of cues per set of the keywords found that they ask about: a
    sentence's other keywords change nothing, and without them the same few sets recur
    from sentence to sentence."""
    if words is None:
        return [(c, c.patterns) for c in cues]
    if not isinstance(cues, tuple):     # a list may change: nothing kept
        return _Plan(cues).tried(words)
    plan = _plans.get(id(cues))
    if plan is None or plan.cues is not cues:     # (the plan holds the tuple: its id is not reused)
        if len(_plans) >= _PLANS_MOST:
            _plans.clear()
        plan = _plans[id(cues)] = _Plan(cues)
    words &= plan.asked
    found = plan.memo.get(words)
    if found is None:
        if len(plan.memo) >= _TRIED_MOST:
            plan.memo.clear()
        found = plan.memo[words] = plan.tried(words)
    return found


class _Bits:
    """Sets of words as bit masks over a sequence of them: each word's mask of the sets
    holding it, and the mask of the None ones (no word needed)."""

    __slots__ = ("by_word", "always")

    def __init__(self, sets: Iterable[frozenset[str] | None]):
        self.by_word: dict[str, int] = {}
        self.always = 0
        for i, words in enumerate(sets):
            if words is None:
                self.always |= 1 << i
            for w in words or ():
                self.by_word[w] = self.by_word.get(w, 0) | 1 << i

    def met(self, found: frozenset[str]) -> int:
        """The mask of the sets met by these words: None, or one of theirs is found."""
        mask, by_word = self.always, self.by_word
        for w in found:
            mask |= by_word.get(w, 0)
        return mask


class _Plan:
    """tried() for a sequence of cues: their patterns in a row (cue by cue, in order), with
    bit masks (_Bits) over them of their cue's keywords and tokens and of their own, and
    each pattern's needs as a mask over every set needed; `asked` holds every word these
    look at."""

    __slots__ = ("cues", "owners", "filters", "needs", "needed", "asked", "memo")

    def __init__(self, cues: Sequence[Cue]):
        self.cues = cues
        patterns = [(i, p) for i, c in enumerate(cues) for p in c.patterns]
        self.owners = patterns      # (its cue's index, the pattern), per bit
        every = [[cues[i].keywords for i, _ in patterns], [cues[i].tokens for i, _ in patterns],
                 [p.keywords for _, p in patterns], [p.tokens for _, p in patterns]]
        self.filters = [_Bits(sets) for sets in every]
        sets = [need for _, p in patterns for need in p.needs]
        self.needs = _Bits(sets)
        self.needed, n = [], 0      # per pattern, the mask of the sets it needs
        for _, p in patterns:
            self.needed.append(((1 << len(p.needs)) - 1) << n)
            n += len(p.needs)
        self.asked = frozenset(w for group in (*every, sets) for s in group if s for w in s)
        self.memo: dict[frozenset[str], tuple[tuple[Cue, tuple[Pattern, ...]], ...]] = {}

    def tried(self, words: frozenset[str]) -> tuple[tuple[Cue, tuple[Pattern, ...]], ...]:
        """The cues met by these words, each with its patterns met (none: the cue left out)."""
        mask = -1   # (every bit: the four filters' masks are ANDed in)
        for bits in self.filters:
            mask &= bits.met(words)
        unmet = ~self.needs.met(words)
        out: list[tuple[int, list[Pattern]]] = []
        while mask:     # the set bits, lowest (first pattern) first
            low = mask & -mask
            mask ^= low
            i = low.bit_length() - 1
            if self.needed[i] & unmet:
                continue
            cue, pattern = self.owners[i]
            if out and out[-1][0] == cue:
                out[-1][1].append(pattern)
            else:
                out.append((cue, [pattern]))
        return tuple((self.cues[i], tuple(patterns)) for i, patterns in out)


def find(cues: Sequence[Cue], masked: Masked, lexicon: Lexicon) -> list[Hit]:
    """Every hit of the cues in a masked sentence, in cue order then text order."""
    hits: list[Hit] = []
    # only the cues and patterns one of whose keywords is here can match
    candidates = tried(cues, present(lexicon, masked.text))
    if not candidates:
        return hits     # (most sentences of most texts)
    clause = setting_rx(lexicon, "clause_break", re.IGNORECASE)
    low = _low(masked, "text")
    for cue, patterns in candidates:
        hits += _cue_hits(cue, patterns, masked, lexicon, clause, low)
    return hits


def _cue_hits(cue: Cue, patterns: Sequence[Pattern], masked: Masked, lexicon: Lexicon,
              clause: re.Pattern | None, low: str | None) -> list[Hit]:
    """The hits of one cue's patterns in a masked sentence. Its contexts (`requires`,
    `unless`) are read only once a pattern matches: they only gate the matches, and most
    cues tried match nothing, where their contexts were searched for naught."""
    hits: list[Hit] = []
    # (most patterns tried find nothing: one search each says so before anything else is read;
    # the lowered form's first match is kept, and matches() goes on from it)
    found_first = [(p, first) for p in patterns if (first := _first_found(p, masked.text, low)) is not None]
    if not found_first:
        return hits
    requires = _requires(cue, lexicon)
    by_clause: bool | None = None     # None: the contexts not read yet
    seen: set[tuple[int, int]] = set()
    first_only = bool(cue.settings.get("first_pattern_only"))
    for pattern, first in found_first:
        found = False
        lowered_first = first if first is not True else None
        for m in matches(pattern.regex, pattern.lowered, masked.text, low, seen=lowered_first):
            if (m.start(), m.end()) in seen:
                continue
            seen.add((m.start(), m.end()))
            if by_clause is None:
                by_clause = _gate(cue, requires, masked, lexicon, clause)
                if by_clause is None:
                    return hits     # the cue is silent in this sentence
            if requires is not None and cue.settings.get("requires_before") \
                    and not _required_before(requires, masked, m):
                continue
            if by_clause and cue.unless.search(_clause(masked, _places_span(pattern, m), clause,
                                                       *_clause_edges(lexicon))):
                continue
            hits.append(_hit(cue, pattern, m, masked, lexicon))
            found = True
        if found and first_only:
            break
    return hits


def silenced_at(cue: Cue, masked: Masked, mention: Mention, lexicon: Lexicon) -> bool:
    """Whether a cue's contexts (`requires`, `unless`) silence it at a mention of a masked
    sentence, as they gate its own matches there (_cue_hits): another cue's claim on the
    mention held to this cue's checks."""
    clause = setting_rx(lexicon, "clause_break", re.IGNORECASE)
    by_clause = _gate(cue, _requires(cue, lexicon), masked, lexicon, clause)
    if by_clause is None:
        return True
    span = token_span(masked, mention.start)
    return bool(by_clause and span is not None and cue.unless.search(
        _clause(masked, span, clause, *_clause_edges(lexicon))))


def _requires(cue: Cue, lexicon: Lexicon) -> re.Pattern | None:
    """The context a cue needs in a sentence: in a document about migration, its on-topic form
    (requires_on_topic: the document's people are the migration the context asks for)."""
    if cue.requires_on_topic is not None and not lexicon.is_off_topic:
        return cue.requires_on_topic
    return cue.requires


def _first_found(pattern: Pattern, text: str, low: str | None) -> re.Match | bool | None:
    """may_find()'s search, answered with what it found: the lowered form's first match over
    `low` (matches() goes on from it instead of searching for it again), True where the
    pattern itself was searched (matches() then runs it as it is), None where nothing is."""
    if pattern.lowered is None or low is None:
        return True if pattern.regex.search(text) is not None else None
    return pattern.lowered.search(low)


def may_find(pattern: Pattern, text: str, low: str | None) -> bool:
    """False when matches() finds nothing of the pattern in a masked text (`low`: its
    lowered_text()): one search, of the lowered form over the lowered text where both are
    there (it finds a place wherever the pattern matches), else of the pattern itself. A
    pattern that finds nothing costs no more than this search: no generator is made."""
    if pattern.lowered is None or low is None:
        return pattern.regex.search(text) is not None
    return pattern.lowered.search(low) is not None


def _gate(cue: Cue, requires: re.Pattern | None, masked: Masked, lexicon: Lexicon,
          clause: re.Pattern | None) -> bool | None:
    """None when a cue is silent in the sentence (its `requires` context missing, or its
    `unless` there for the whole sentence), else whether `unless` silences the clauses it
    is in. A role cue's `unless` silences the clause it is in (with [settings]
    clause_break), a control cue's the whole sentence."""
    context = masked.known          # cues share contexts: each searched once (by id)
    if requires is not None and not _in_context(context, requires, masked, lexicon):
        return None
    unless_here = cue.unless is not None and _in_context(context, cue.unless, masked, lexicon)
    by_clause = unless_here and clause is not None and cue.section == "cue"
    if unless_here and not by_clause:
        return None
    return by_clause


def _required_before(requires: re.Pattern, masked: Masked, m: re.Match) -> bool:
    """Whether a cue's `requires` words come before the end of its match in the sentence
    ("families were driven out of X"), or the match opens the sentence ("Driven out of X,
    families walked to Y"): a cue with `requires_before` asks for the people its words tell
    of, not others named in a later clause ("investors were driven out of X, and migrants
    kept leaving")."""
    start, end = (x - masked.start for x in masked.doc_span(m.start(), m.end()))
    return (requires.search(masked.sentence, 0, end) is not None
            or not any(c.isalnum() for c in masked.sentence[:max(start, 0)]))


def _clause_edges(lexicon: Lexicon) -> tuple[re.Pattern | None, ...]:
    """_clause()'s opens, holds, earlier and later regexes ([settings] clause_start,
    clause_start_holds, clause_start_earlier, clause_end_later), looked up only for a cue
    silenced by clause."""
    return tuple(setting_rx(lexicon, key, re.IGNORECASE) for key in
                 ("clause_start", "clause_start_holds", "clause_start_earlier", "clause_end_later"))


def _places_span(pattern: Pattern, m: re.Match) -> tuple[int, int]:
    """The masked-text span from a match's first filled slot to its last (the match's own
    span when no slot is filled): where the places of the hit are, whose clause is their event."""
    spans = [m.span(name) for name in pattern.slots if m.group(name) is not None]
    return (min(a for a, _ in spans), max(b for _, b in spans)) if spans else m.span()


def _clause(masked: Masked, span: tuple[int, int], breaks: re.Pattern, opens: re.Pattern | None = None,
            holds: re.Pattern | None = None, earlier: re.Pattern | None = None,
            later: re.Pattern | None = None) -> str:
    """The clause of the sentence that holds a span of the masked text (a hit's places):
    between the clause breaks around it, so words of another event in the cue's match do not
    count ("taken into custody after landing at X": X's clause is the landing). `opens` breaks
    one too, but not after the span when the words after it match `holds` ("taken to X, where
    the detention centre is": they say what X is). `earlier` opens a clause told of an earlier
    event and `later` closes one before a later event, each one way only: what happened before
    the span's event counts for it, what came after does not ("taken to X after they were
    intercepted": the interception stays in X's clause)."""
    a, b = (x - masked.start for x in masked.doc_span(*span))
    text = masked.sentence
    start = max((x.end() for rx in (breaks, opens, earlier) if rx is not None
                 for x in rx.finditer(text, 0, max(a, 0))), default=0)
    ends = [x.start() for rx in (breaks, later) if rx is not None if (x := rx.search(text, b)) is not None]
    end = min(ends, default=len(text))
    more = opens.search(text, b, end) if opens is not None else None
    if more is not None and not (holds is not None and holds.search(text, more.end(), end)):
        end = more.start()
    return text[start:end]


def _in_context(known: dict[int, tuple[re.Pattern, bool]], rx: re.Pattern, masked: Masked,
                lexicon: Lexicon) -> bool:
    # Keyed by id: hashing a compiled pattern hashes its whole program (the regex is kept
    # with the answer, so an id is not taken for another regex's).
    seen = known.get(id(rx))
    if seen is None or seen[0] is not rx:
        held = _may_hold(lexicon, rx, masked) and found_in(rx, masked.sentence, _low(masked, "sentence"))
        seen = known[id(rx)] = (rx, held)
    return seen[1]


def _may_hold(lexicon: Lexicon, rx: re.Pattern, masked: Masked) -> bool:
    # False when the sentence holds none of the context regex's keywords (present()): it
    # cannot match there, and most sentences are not searched for most contexts.
    kept = lexicon.context_keywords.get(id(rx))
    return kept is None or kept[0] is not rx or may_match(kept[1], present(lexicon, masked.sentence))


def cue_ids(cues: Sequence[Cue], setting: str) -> frozenset[str]:
    """The ids of the cues whose `setting` is set (true), read once per tuple of cues and
    setting: the role passes ask for them in every document, and a cue list is long."""
    if not isinstance(cues, tuple):     # a list may change: nothing kept
        return frozenset(c.id for c in cues if c.settings.get(setting))
    known = _cue_ids.get((id(cues), setting))
    if known is None or known[0] is not cues:   # (the tuple is held: its id is not reused)
        # A process reads one or two cue tuples; tests and reloads make new ones, and each
        # entry holds its tuple alive, so the table is emptied well before it could grow.
        if len(_cue_ids) >= 1024:
            _cue_ids.clear()
        known = _cue_ids[(id(cues), setting)] = (cues, frozenset(c.id for c in cues if c.settings.get(setting)))
    return known[1]


# (id(cues), setting) -> (the cues, cue_ids()' answer)
_cue_ids: dict[tuple[int, str], tuple[tuple[Cue, ...], frozenset[str]]] = {}


def holds_words(rx: re.Pattern, masked: Masked) -> bool:
    """False when the sentence holds none of rx's required_keywords(): it cannot match
    there. For the [settings] regexes searched before or after a place, claim by claim
    (relevance.just_before()); the sentence is read once for every regex (_sentence_words())."""
    words = _words_of(rx)
    if words is None or not PREFILTER:
        return True
    return not words.isdisjoint(_sentence_words(masked))


def _sentence_words(masked: Masked) -> frozenset[str]:
    """The gate's vocabulary words found in the sentence (folded()), in one pass of the shared
    matcher (_found_words()) instead of a scan of the sentence per regex and word; kept with
    the sentence, with the matcher that found them (a regex read later adds words and makes
    a new one)."""
    kept = masked.known.get("gate_words")
    if kept is None or kept[0] is not _gate_matcher:
        if "folded" not in masked.known:
            masked.known["folded"] = folded(masked.sentence)
        kept = masked.known["gate_words"] = _found(masked.known["folded"])
    return kept[1]


def may_hold(rx: re.Pattern, text: str) -> bool:
    """False when a text holds none of rx's required_keywords(): it cannot match there (as
    holds_words(), for a text that is no sentence: a cue's words)."""
    words = _words_of(rx) if PREFILTER else None
    if words is None:
        return True
    return not words.isdisjoint(_found_words(folded(text)))


def _words_of(rx: re.Pattern) -> frozenset[str] | None:
    # required_keywords() of a regex, read once per process (by id: the regex is kept with
    # them); they join the gate's vocabulary then, so that one pass of its matcher over a
    # text answers for every regex (holds_words(), may_hold(), gate_holds())
    kept = _rx_words.get(id(rx))
    if kept is None or kept[0] is not rx:
        return _keep_words(rx, required_keywords(rx))
    return kept[1]


def _keep_words(rx: re.Pattern, words: frozenset[str] | None) -> frozenset[str] | None:
    """Keep a regex's required_keywords() for _words_of(), and add them to the gate's vocabulary."""
    _rx_words[id(rx)] = (rx, words)
    if words:
        _add_gate_words(words)
    return words


# regex id -> (the regex, its required_keywords())
_rx_words: dict[int, tuple[re.Pattern, frozenset[str] | None]] = {}


class _Branches:
    """What a regex searched over a whole text needs of it, per alternative of its top-level
    alternation (a prefix and suffix shared by them go with each): the sets of keywords
    (required_clauses()) some word of each of which the alternative's matches hold, as bit
    masks over those sets, and per word the masks it meets. A text in which no alternative
    finds a word of each of its sets cannot be matched: the topic gate's long patterns
    (hundreds of alternatives, no literal to start on) are then not run over it. The words
    are looked for by one multi-pattern matcher shared by every such regex (_gate_words()):
    the gate asks about one text for several of them, and the text is read once."""

    __slots__ = ("regex", "by_word", "masks")

    def __init__(self, regex: re.Pattern, alternatives: list[tuple[frozenset[str], ...]]):
        self.regex = regex
        sets = list(dict.fromkeys(n for needs in alternatives for n in needs))
        index = {n: i for i, n in enumerate(sets)}
        # per alternative, the mask of its sets; per word, the masks of the sets and of the
        # alternatives it is in (a text's words are ORed in)
        self.masks = tuple(sum(1 << index[n] for n in needs) for needs in alternatives)
        by_word: dict[str, list[int]] = {}
        for a, needs in enumerate(alternatives):
            for n in needs:
                for w in n:
                    bits = by_word.setdefault(w, [0, 0])
                    bits[0] |= 1 << index[n]
                    bits[1] |= 1 << a
        self.by_word = {w: tuple(bits) for w, bits in by_word.items()}

    def may_match(self, text: str) -> bool:
        """Whether some alternative finds a word of each of its sets in the text (folded())."""
        return self.able(text, first=True) != 0

    def able(self, text: str, first: bool = False) -> int:
        """The bit mask of the alternatives that find a word of each of their sets in the
        text (folded()); with `first`, only the first such one's bit."""
        met = alive = 0
        by_word = self.by_word
        for w in by_word.keys() & _gate_words(text):   # (a whole text holds many other words)
            bits = by_word[w]
            met |= bits[0]
            alive |= bits[1]
        masks, able = self.masks, 0
        while alive:    # (only the alternatives one of whose words is there)
            low = alive & -alive
            alive ^= low
            mask = masks[low.bit_length() - 1]
            if mask & met == mask:
                if first:
                    return low
                able |= low
        return able


#: The words of every _Branches made (each regex's once), and one Aho-Corasick automaton of
#: them all, built when first asked after a regex adds words (the gate's few regexes, once
#: per process).
_gate_vocabulary: set[str] = set()
_gate_matcher: Any = None
#: _gate_words()' last answer: (the folded text, the words found in it, the matcher that
#: found them); the gate asks about one text for each of its regexes in turn.
_gate_last: tuple[str | None, frozenset[str], Any] = (None, frozenset(), None)


def _gate_words(text: str) -> frozenset[str]:
    """The words of the gate's vocabulary found in a text (folded() first: _found_words())."""
    return _found_words(folded(text))


def _found_words(low: str) -> frozenset[str]:
    """The words of the gate's vocabulary (every _Branches', and those gate_holds() asked
    about) found in a folded() text, in one pass of the shared matcher; the last text's
    answer is kept."""
    return _found(low)[1]


def _found(low: str) -> tuple[Any, frozenset[str]]:
    """_found_words() with the matcher that found them (an answer kept with a text is good
    while that matcher is the shared one)."""
    global _gate_matcher, _gate_last
    matcher = _gate_matcher
    kept = _gate_last   # (one tuple, read once: another thread may replace it)
    if matcher is not None and kept[2] is matcher and kept[0] == low:
        return matcher, kept[1]
    if matcher is None:
        import ahocorasick

        matcher = ahocorasick.Automaton()
        for w in sorted(_gate_vocabulary):
            matcher.add_word(w, w)
        if len(matcher):
            matcher.make_automaton()
        _gate_matcher = matcher
    words = frozenset(map(_VALUE, matcher.iter(low))) if len(matcher) else frozenset()
    _gate_last = (low, words, matcher)
    return matcher, words


def _holds_any(words: frozenset[str], low: str) -> bool:
    """Whether a folded() text holds one of the words (gate_holds()' pass)."""
    if not words <= _gate_vocabulary:
        _add_gate_words(words)
    return not words.isdisjoint(_found_words(low))


def gate_holds(rx: re.Pattern, low: str) -> bool:
    """Whether a folded() text holds one of rx's required_keywords() (True where it has none,
    or PREFILTER is off), looked for in the gate's one pass over the text (_found_words()):
    what `any(w in low for w in words)` answers, without a scan of the text per word."""
    words = _words_of(rx) if PREFILTER else None
    if words is None:
        return True
    return not words.isdisjoint(_found_words(low))   # (_words_of() added them to the vocabulary)


def _add_gate_words(words: Iterable[str]) -> None:
    """Add a new _Branches' words to the shared matcher (rebuilt when next asked)."""
    global _gate_matcher
    new = set(words) - _gate_vocabulary
    if new:
        _gate_vocabulary.update(new)
        _gate_matcher = None    # (an answer kept holds the old matcher: not used again)


#: The fewest top-level alternatives a regex has for may_search() to filter texts for it: a
#: short pattern is searched faster than its words are looked for.
_MIN_ALTERNATIVES = 8


def _alternatives(items: list, P) -> list[list]:
    """A parsed regex as the sequences of its top-level alternatives (the first alternation
    met outside any repeat, a group holding it alone included), each with what stands
    before and after the alternation; [items] when it has none. `\bx(?:ab|cd)y` gives the
    parsed forms of `\bxaby` and `\bxcdy`; `(?:ab|cd)+` (in a repeat) stays one."""
    for i, (op, av) in enumerate(items):
        inner = _alternation(op, av, P)
        if inner is not None:
            return [items[:i] + alt + items[i + 1:] for b in inner for alt in _alternatives(list(b), P)]
    return [items]


def _alternation(op, av, P) -> list | None:
    """The branches of a parsed item that is an alternation, bare or a group holding only one;
    None for any other item."""
    if op is P.BRANCH:                  # a bare alternation: av is (None, [branches])
        return av[1]
    # a group holding only an alternation: av is (group, add_flags, del_flags, body)
    body = av[-1] if op is P.SUBPATTERN else None
    if body is not None and len(body) == 1 and body[0][0] is P.BRANCH:
        return body[0][1][1]
    return None


def _branches_of(rx: re.Pattern, codes: dict | None = None) -> _Branches | None:
    """rx's _Branches, made once per process (by id: the regex is kept with them); None when
    some alternative needs no keyword (nothing can be ruled out) or the regex cannot be read.
    `codes`: as compile_with_keywords()'s (the alternatives' keyword sets kept there too)."""
    kept = _rx_branches.get(id(rx))
    if kept is not None and kept[0] is rx and _parser is not None and codes is not None \
            and (rx.pattern, "branches", rx.flags) not in codes:
        _alternatives_needs(rx, codes)      # (codes to fill are filled even when it is known: finder())
    if kept is None or kept[0] is not rx:
        found = None
        if _parser is not None:
            alternatives = _alternatives_needs(rx, codes)
            if len(alternatives) >= _MIN_ALTERNATIVES and all(alternatives):
                found = _Branches(rx, alternatives)
                _add_gate_words(found.by_word)
        kept = _rx_branches[id(rx)] = (rx, found)
    return kept[1]


def may_search(rx: re.Pattern, text: str) -> bool:
    """False when the regex cannot match anywhere in the text: none of its alternatives finds
    the words it needs there (_Branches); True too when nothing is filtered (PREFILTER off)."""
    branches = _branches_of(rx) if PREFILTER else None
    return branches is None or branches.may_match(text)


def _alternatives_needs(rx: re.Pattern, codes: dict | None) -> list[tuple[frozenset[str], ...]]:
    """The keyword sets (_clauses()) of each of rx's alternatives, read off the parsed regex
    or from `codes`, where they are kept (parsing the gate's long regexes costs a tenth of a
    second before a corpus run's first partition)."""
    key = (rx.pattern, "branches", rx.flags)
    if codes is not None and key in codes:
        return list(codes[key])
    try:
        alternatives = [tuple(_clauses(alt, _parser))
                        for alt in _alternatives(list(_parser.parse(rx.pattern, rx.flags)), _parser)]
    except re.error:
        alternatives = []
    if codes is not None:
        codes[key] = tuple(alternatives)
    return alternatives


# regex id -> (the regex, its _Branches or None)
_rx_branches: dict[int, tuple[re.Pattern, _Branches | None]] = {}

#: The most of a regex's alternatives, as a share of them all, a narrowed() regex keeps: one
#: keeping more is searched little faster than the whole.
_NARROW_SHARE = 0.25


def narrowed(rx: re.Pattern, text: str) -> re.Pattern | None:
    """A regex finding in a folded() text exactly rx's matches: rx itself, or one made of the
    alternatives of rx that may match there (may_search(): the others need words the text
    lacks), or None where none may. A search of the whole text for a long pattern tries each
    of its hundreds of alternatives at every word; a text holding the words of a few (a
    football match, visitors from abroad) needs only those tried. Only a regex whose top-level
    alternation has nothing to choose before it and no group to number is narrowed (its
    alternatives are then tried in the same order at every place, the rest never matching)."""
    branches = _branches_of(rx) if PREFILTER else None
    if branches is None:
        return rx
    able = branches.able(text)
    if not able:
        return None
    if able.bit_count() > _NARROW_SHARE * len(branches.masks):
        return rx
    key = (id(rx), able)
    kept = _narrowed_rx.get(key)
    if kept is None or kept[0] is not rx:
        kept = _narrowed_rx[key] = (rx, _keeping(rx, able, len(branches.masks)) or rx)
    return kept[1]


# (id of a regex, the bit mask of its alternatives kept) -> (the regex, narrowed()'s answer)
_narrowed_rx: dict[tuple[int, int], tuple[re.Pattern, re.Pattern]] = {}

#: What may stand before a narrowed regex's alternation: each matches one way or not at all.
_FIXED_OPS = ("AT", "LITERAL", "NOT_LITERAL", "IN", "ANY")


def _keeping(rx: re.Pattern, able: int, count: int) -> re.Pattern | None:
    """rx with only its alternatives (_alternatives()' order) whose bits `able` sets, or None
    where it cannot be so cut (see narrowed(); `count`: how many _alternatives() gives)."""
    if _parser is None or _compiler is None or rx.groups:
        return None
    try:
        parsed = _parser.parse(rx.pattern, rx.flags)    # (a fresh tree: compiling may change it)
    except re.error:
        return None
    units = _units(list(parsed.data), _parser)
    if sum(n for _, n in units) != count:
        return None
    kept, first = [], 0
    led = _parser.parse(r"(?<!\w.)", rx.flags).data[0]
    for seq, n in units:
        if able >> first & ((1 << n) - 1):
            kept.append(_letter_led(seq, led, rx.flags))
        first += n
    parsed.data = kept[0] if len(kept) == 1 else [(_parser.BRANCH, (None, [_parser.SubPattern(parsed.state, seq)
                                                                           for seq in kept]))]
    try:
        return _compiler.compile(parsed, rx.flags)
    except (AttributeError, TypeError, ValueError, RecursionError):
        return None


def _letter_led(seq: list, led: tuple, flags: int) -> list:
    """A parsed alternative "\\bw..." (a word boundary, then a word's letter) as "w(?<!\\w.)...":
    the same matches, and re's engine then leaps to the places holding a first letter of the
    alternatives instead of trying every place of the text (`led`: the parsed look-behind)."""
    if len(seq) < 2 or seq[0] != (_parser.AT, _parser.AT_BOUNDARY) or seq[1][0] is not _parser.LITERAL \
            or not re.match(r"\w", chr(seq[1][1]), flags & (re.ASCII | re.UNICODE)):
        return seq
    return [seq[1], led] + seq[2:]


def _units(items: list, P) -> list[tuple[list, int]]:
    """A parsed regex as _alternatives() cuts it, each with how many of its alternatives it
    stands for: an alternation with something to choose before it ("[a-z]+-(?:x|y)") is
    left whole (cut, its alternatives would be tried in another order)."""
    fixed = tuple(getattr(P, op) for op in _FIXED_OPS)
    for i, (op, av) in enumerate(items):
        inner = _alternation(op, av, P)
        if inner is not None:
            if not all(o in fixed for o, _ in items[:i]):
                return [(items, len(_alternatives(items, P)))]
            return [(items[:i] + seq + items[i + 1:], n) for b in inner for seq, n in _units(list(b), P)]
    return [(items, 1)]



def _low(masked: Masked, part: str) -> str | None:
    # lowered_text() of the masked text or of the sentence, kept with the sentence
    if part not in masked.known:
        masked.known[part] = lowered_text(masked.text if part == "text" else masked.sentence)
    return masked.known[part]


_SLOT_GROUP = re.compile(r"s\d+")     # a slot's group (s0, s1, ...): no captured words


def _hit(cue: Cue, pattern: Pattern, m: re.Match, masked: Masked, lexicon: Lexicon) -> Hit:
    slots: dict[str, Mention] = {}
    for name, label in pattern.slots.items():
        if m.group(name) is not None and label not in slots:
            slots[label] = masked.mentions[int(m.group(name))]
    groups, spans = {}, {}
    for name, value in m.groupdict().items():
        if value is not None and not _SLOT_GROUP.fullmatch(name):
            groups[name] = masked.original(m.start(name), m.end(name)).strip()
            spans[name] = masked.doc_span(m.start(name), m.end(name))
    start, end = masked.doc_span(m.start(), m.end())
    return Hit(cue, masked, start, end, masked.original(m.start(), m.end()).strip(), slots, groups, spans,
               negated=_once(masked, ("negated", m.start(), m.end()), _negation_of(lexicon), _negated, m, lexicon),
               hedged=_once(masked, ("hedged", m.end()), (lexicon.any_hedging, lexicon.hedging), _hedged, m, lexicon))


def _negation_of(lexicon: Lexicon) -> tuple:
    # what _negated() reads of a lexicon besides the sentence (its settings hold
    # negation_window and negated_after)
    return lexicon.boundaries, lexicon.any_negation, lexicon.negation, lexicon.settings


def _once(masked: Masked, key: tuple, reads: tuple, check: Callable[[Masked, re.Match, Lexicon], bool],
          m: re.Match, lexicon: Lexicon) -> bool:
    """check(masked, m, lexicon), kept with the sentence under `key` (the span of m it reads)
    with what it `reads` of the lexicon: cues of both passes (roles, zones) and several
    patterns of a cue hit the same words, and each would read the words before them again."""
    kept = masked.known.get(key)
    if kept is None or len(kept[0]) != len(reads) or any(a is not b for a, b in zip(kept[0], reads)):
        kept = masked.known[key] = (reads, check(masked, m, lexicon))
    return kept[1]


# A relative clause between commas inside a cue's words says something else: "X, which is
# not in the EU, took in 100,000 refugees" is no denial of the taking in; nor does a stop ruled
# out between commas deny the journey told around it ("from X through Y, not through Z, to W").
_ASIDE = re.compile(r",\s*(?:(?:which|who|whose|whom|where)\b|(?:but\s+)?not\s+(?:through|via|across|over"
                    r"|by\s+way\s+of)\b)[^,;]*,")


def _negated(masked: Masked, m: re.Match, lexicon: Lexicon) -> bool:
    """Negation in the cue's own words or in the few words before it, within its clause
    (a relative clause between commas inside the cue's words aside), or the move ruled out
    right after it ([settings] negated_after)."""
    before = masked.text[:m.start()]
    cut = 0
    for b in lexicon.boundaries.finditer(before):
        cut = b.end()
    words = before[cut:].split()[-int(lexicon.settings.get("negation_window", 5)):]
    window = " ".join(words) + " " + _TOKEN.sub(" ", _ASIDE.sub(",", m.group()))
    if any_search(lexicon.any_negation, lexicon.negation, window):
        return True
    after = setting_rx(lexicon, "negated_after", re.I)   # "Going back to X is not possible"
    return after is not None and after.match(masked.text, m.end()) is not None


def _hedged(masked: Masked, m: re.Match, lexicon: Lexicon) -> bool:
    """A hedge anywhere from the start of the sentence to the end of the cue."""
    window = _TOKEN.sub(" ", masked.text[:m.end()])
    return any_search(lexicon.any_hedging, lexicon.hedging, window)


def coordinated(masked: Masked, mention: Mention, lexicon: Lexicon,
                locating: set[int] | None = None) -> list[Mention]:
    """Mentions of the same kind joined to this one by "and", "or" or commas
    ("from Niger and Chad" -> [Chad]), in text order; for a nationality, also the ones
    listed before it ("Cuban, Haitian and Nicaraguan migrants" -> [Cuban, Haitian]).
    The starts of those that only locate the one before them ("X in Y", "X on Y") are
    added to `locating` when it is given."""
    if lexicon.coordination is None or mention not in masked.mentions:
        return []
    # after a listed place, words that make it own what follows end the list
    possessor = setting_rx(lexicon, "coordination_possessor", re.IGNORECASE)
    # after an aside, a place that opens a new clause is its subject, not a list item
    aside_after = setting_rx(lexicon, "coordination_aside_after", re.IGNORECASE)
    i = masked.mentions.index(mention)
    letter = _kind_letter(mention)
    token = f"{_OPEN}{letter}{i}{_CLOSE}"
    token_at = masked.text.find(token)
    pos = token_at + len(token)
    # "X, to Y" lists Y only after "to X" ("flown to X, to Y"): not "from X, to Y"
    to_lists = _TO_BEFORE.search(masked.text, max(0, token_at - 60), token_at) is not None
    from_lists = _FROM_BEFORE.search(masked.text, max(0, token_at - 60), token_at) is not None
    out = []
    # "135 Gambians, 73 Senegalese": people names and adjectives list the same nationalities.
    same = {"N", "D"} if letter in "ND" else {letter}
    last = mention
    while (m := lexicon.coordination.match(masked.text, pos)) and m.group("kind") in same:
        found = masked.mentions[int(m.group("num"))]
        groups = m.groupdict()
        if groups.get("within") and not _holds(found, last):
            break           # "X in Y" locates X only when Y holds it: not "Ceuta in Tangier"
        if groups.get("own") is not None and not (found.country and found.country == last.country):
            break           # "Italy's Lampedusa", not "Colombia's Caribbean coast"
        if (possessor is not None and masked.text[pos:m.start("kind") - 1].strip() == ","
                and possessor.match(masked.text, m.end())):
            break           # "X, Spain's rescue service said": Spain owns what follows
        if (groups.get("to") is not None or groups.get("to_aside") is not None) and not to_lists:
            break           # "X, to Y" and "X, where ..., or to Y" list Y only after "to X"
        if groups.get("aside") is not None and aside_after is not None and not aside_after.match(
                masked.text, m.end()):
            break           # "bound for X and, on Tuesday, Y sent a boat": Y opens a clause
        if groups.get("from") is not None and not from_lists:
            break           # "X, from Y" lists Y only after "from X" ("come from X, from Y")
        if groups.get("within") and locating is not None:
            locating.add(found.start)
        out.append(found)
        last = found
        pos = m.end()
    if letter in "ND" and lexicon.coordination_before is not None:
        before: list[Mention] = []
        start = masked.text.find(token)
        for j in range(i - 1, -1, -1):
            prev = f"{_OPEN}{_kind_letter(masked.mentions[j])}{j}{_CLOSE}"
            at = masked.text.rfind(prev, 0, start)
            if at < 0 or prev[1] not in same or not lexicon.coordination_before.fullmatch(
                    masked.text, at + len(prev), start):
                break
            before.append(masked.mentions[j])
            start = at
        out = before[::-1] + out
    return out


#: The words before a list's first place that let "X, to Y" list Y: "flown to X, to Y",
#: "to mainland X, to Y". Only a place's own words may come between: "forced to flee X,
#: to Y" is an infinitive, and Y is where people fled to, not a second X.
_TO_BEFORE = re.compile(r"\b(?:to|into|towards?)\s+(?:the\s+)?(?:(?:[\w-]+\s+)?(?:city|town|port|village|island|region|capital|coast)\s+(?:of\s+)?|(?:mainland|(?:north|south|east|west|central)\w*)\s+)?$", re.IGNORECASE)
#: ... and the words that let "X, from Y" list Y: "they come from X, from Y and Z" (not "flew
#: to X, from Y": Y is where they flew from).
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?$", re.IGNORECASE)


def token_span(masked: Masked, at: int) -> tuple[int, int] | None:
    """Masked offsets of the token of the mention starting at document offset `at`."""
    for i, m in enumerate(masked.mentions):
        if m.start == at:
            token = f"{_OPEN}{_kind_letter(m)}{i}{_CLOSE}"
            start = masked.text.find(token)
            return (start, start + len(token)) if start >= 0 else None
    return None


def _holds(broad: Mention, narrow: Mention) -> bool:
    """Whether a place can hold another: not when both have countries and they differ."""
    return not (broad.country and narrow.country and broad.country != narrow.country)


def highlight(masked: Masked, spans: Sequence[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    """Document spans as offsets inside the sentence: clipped, sorted, overlaps merged."""
    out: list[tuple[int, int]] = []
    for a, b in sorted((max(a, masked.start) - masked.start, min(b, masked.end) - masked.start) for a, b in spans):
        if b <= a:
            continue
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(b, out[-1][1]))
        else:
            out.append((a, b))
    return tuple(out)
