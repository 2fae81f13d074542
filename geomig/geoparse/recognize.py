"""Toponym recognition: find the stretches of text that name places.

Only capitalised words can start or end a name, so the scan is a C-level regex over
capitalised tokens, grouped into runs, then leftmost-longest dictionary lookups inside
each run. Lowercase words ("nice", "reading") therefore never match, datelines
("TRIPOLI (Reuters)") do, and organisation names hide the places inside them.
"""

from __future__ import annotations

import bisect
import functools
import inspect
import re
from collections.abc import Mapping

from geomig.gazetteer.index import Gazetteer, key_of, normalize, remember
from geomig.models import Span
from geomig.gazetteer.regions import DIRECTIONS
from geomig.geoparse.text import (CAPITALS, alternation, dateline_place, feature_after, feature_before, feature_noun_end,
                                  lexicon, list_goes_on, list_joiner, sentences, site_noun_end, audit_feature_after)

# A capitalised token, with inner apostrophes, dots, ampersands and hyphens ("U.N.", "O'Fallon", "T&T",
# "Winston-Salem").
# "sub-Saharan" is one token: the region adjective, not the Sahara. The pattern starts with
# a character class, so the regex engine skips ahead to the next capital (or "s") in C
# instead of trying the lookbehind at every character: the lookbehind is checked after the
# first character, and "sub-" only after an "s" (twice as fast as the plain pattern,
# "(?<![\w'’&])(?:sub-)?[A-Z...]...", with the same matches).
# A capital after an elided article ("d'", "l'") starts a token too: "Côte d'Ivoire", "Val d'Isère".
_WORD_START = r"(?:(?<![\w'’&].)|(?<=(?<!\w)[dl]['’].))"  # checked after the first character
_WORD_REST = r"[\w]*(?:['’‘.&][\w]+)*\.?"  # ("Ma‘rib": a left quote as an apostrophe too)
_TOKEN = re.compile(rf"[A-Z{CAPITALS}s]{_WORD_START}(?:(?<=s)ub-[A-Z{CAPITALS}]|(?<!s)){_WORD_REST}")
# Where no "sub-" occurs (nearly every text), only a capital starts a token: the same
# matches, found without stopping at every "s" of the text to try the lookbehinds (a fifth
# less time in the scan). The two share their parts, so that they stay the same matches.
_CAPITAL_TOKEN = re.compile(rf"[A-Z{CAPITALS}]{_WORD_START}{_WORD_REST}")
_POSSESSIVES = ("'s", "’s")
_CURRENCY_SIGNS = frozenset("$£€¥")
_UNDOTTED = re.compile(r"[A-Z]{2,4}")
_NEAR_LOCATIVE = re.compile(r"\b(?:in|from|to|near|at|off|via)\s+$")
# "Calais, France", "Dover, Kent": the words after a comma that may name a country or division.
_QUALIFIER = re.compile(r",\s+([A-Z][\w.]*(?:[ -][A-Z][\w.]*)?)")
# A number after a word: "Section 2", "Loop 286", "Lot No. 5" (see _rescuable); a count in
# thousands is no label but how many came ("Kos 2,200, Leros 900"). Match it within _NUMBERED_SPAN.
_NUMBERED = re.compile(r"\s+(?:\d(?!\d{0,2}[,.]\d{3}(?!\d))|No\b|#)")
_NUMBERED_SPAN = 12
_NAME_GOES_ON = re.compile(r" [A-Z][a-z]")  # a capitalised word right after a word: one name goes on
# What follows a dateline's place, for _is_acronym: looser than text.dateline_place (a comma too,
# anywhere on the line), as it only keeps an all-caps word from reading as an acronym.
_AFTER_DATELINE_WORD = re.compile(r",| \(| -| —| –")
_QUALIFIED = re.compile(r",\s+[A-Z]")  # "Lincoln, Neb."
_QUALIFYING = re.compile(r"(?<![\w.])[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?, $")  # "Perth, " before "WA"
_POSSESSIVE_NEXT = re.compile(r"['’]s?\s+([A-Z][\w-]*)")
_SAINTED = re.compile(r"(?:St|Saint|Ste)\.?\s")  # "St Thomas", "St. John", "Saint Mary"
_NEXT_WORDS = re.compile(r"\s+([A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)")
_WORD_BEFORE = re.compile(r"([A-Za-z]{2,})\W*$")
_WORD_AFTER = re.compile(r"\W*([A-Za-z]{2,})")
_TITLE_BEFORE = re.compile(r"([A-Z][a-z]{0,10})\.?\s+$")
_DIRECTION_BEFORE = re.compile(
    r"(?:\b(?P<adj>(?:north|south)(?:[ -]?(?:east|west))?(?:ern)?|east(?:ern)?|west(?:ern)?|central)"
    r"|\bthe\s+(?P<noun>north|south|east|west|north[ -]?east|north[ -]?west|south[ -]?east|"
    r"south[ -]?west|centre|center)\s+of(?:\s+the)?)\s+$",
    re.IGNORECASE,
)
# Every match of _DIRECTION_BEFORE contains one of these, casefolded: a quick test first, as
# that regex ignores case and so tries each position of its window slowly.
_DIRECTION_STEM = re.compile(r"north|south|east|west|cent")
_BORDERS = re.compile(
    r"\b(?:the|its|our|their|country's|country’s)\s+(?:(?P<dir>northern|southern|eastern|western)\s+)?"
    r"borders?\b(?!\s+(?:of|with|between)\b)",
    re.IGNORECASE,
)
# The patterns that start with \b are searched in a slice of the text (the window the rule
# reads), as \b at a slice's start does not see the character before it. The others are
# matched with pos/endpos, which reads the same characters as a slice, without the copy.

#: A capitalised token's (start, end) in the text.
_Token = tuple[int, int]


_MISSING = object()
_EMPTY: dict = {}  # the memo of a gazetteer not asked yet (never written to)


def _sentence_at(starts: list[int], pos: int) -> int:
    """The index of the sentence holding a position, by the sentences' starts."""
    return max(0, bisect.bisect_right(starts, pos) - 1)


def _per_gazetteer(maxsize: int):
    """Remember a function of (gazetteer, *args) per gazetteer, by its other arguments
    (at most ``maxsize``, all forgotten at once past that; the functions are pure and the
    gazetteer never changes). functools.lru_cache would key each call by a tuple holding
    the gazetteer, which the cycle collector walks in every collection of old objects
    for as long as the entry lives: such keys were two thirds of the objects a new text
    left behind. Here a key is a word or a tuple of words and flags, which the collector
    stops tracking the first time it sees it."""
    def decorate(fn):
        memos: dict = {}

        def keep(gazetteer, key, value):
            """value, remembered for the gazetteer by key (what remember() does, inline:
            every new word of a text comes here, often through two or three of these)."""
            memo = memos.get(gazetteer)
            if memo is None:
                memo = remember(memos, gazetteer, {}, 4)
            elif len(memo) >= maxsize:
                memo.clear()
            memo[key] = value
            return value

        # One wrapper per number of arguments, a hit being one lookup in two dicts (these
        # run for every capitalised word: *args and a key built from it cost twice as
        # much; a KeyError raised for each new word, as much again).
        # signature, not __code__: kept compilable for geocode_bench --compiled (mypyc's functions have none).
        arity = len(inspect.signature(fn).parameters) - 1
        if arity == 1:
            def remembered(gazetteer, a):
                found = memos.get(gazetteer, _EMPTY).get(a, _MISSING)
                return keep(gazetteer, a, fn(gazetteer, a)) if found is _MISSING else found
        elif arity == 2:
            def remembered(gazetteer, a, b):  # type: ignore[misc] # one definition is made
                found = memos.get(gazetteer, _EMPTY).get((a, b), _MISSING)
                return keep(gazetteer, (a, b), fn(gazetteer, a, b)) if found is _MISSING else found
        elif arity == 3:
            def remembered(gazetteer, a, b, c):  # type: ignore[misc]
                found = memos.get(gazetteer, _EMPTY).get((a, b, c), _MISSING)
                return keep(gazetteer, (a, b, c), fn(gazetteer, a, b, c)) if found is _MISSING else found
        else:
            raise TypeError(f"{fn.__name__}: _per_gazetteer takes functions of one to three arguments besides the gazetteer")
        return functools.wraps(fn)(remembered)
    return decorate


@functools.cache
def _words(name: str) -> frozenset[str]:
    return frozenset(normalize(w) for w in lexicon()[name])


@functools.cache
def _never() -> frozenset[str]:
    """Words that are no place alone: the "never" list and titles ("Sen.")."""
    return _words("never") | _words("titles")


@functools.cache
def _org_prefixes() -> tuple[tuple[str, ...], int, dict[int, frozenset[str]]]:
    """The organisation prefixes ("Bank of"), the length of the longest, and the prefixes by
    length, so that each window before a name is cut once per length."""
    by_length: dict[int, set[str]] = {}
    for prefix in lexicon()["org_prefixes"]:
        by_length.setdefault(len(prefix), set()).add(prefix)
    prefixes = tuple(lexicon()["org_prefixes"])
    return prefixes, max(map(len, prefixes)), {n: frozenset(group) for n, group in by_length.items()}


def _runs(text: str) -> list[list[_Token]]:
    """Capitalised tokens, possessives and sentence-final dots cut off, grouped into runs
    that may form one name ("Bank of America", "W. Va.") in one pass over the text."""
    runs: list[list[_Token]] = []
    run: list[_Token] = []
    prev_start = prev_end = 0
    for m in (_CAPITAL_TOKEN if "sub-" not in text else _TOKEN).finditer(text):
        start, end = m.span()
        # Read in the text, without a copy of the word: most words end in neither.
        last = text[end - 1]
        if last == "s" and text.endswith(_POSSESSIVES, start, end):
            end -= 2
        elif last == "." and _sentence_dot(text[start:end]):
            end -= 1  # "US." ends a sentence; "Mr." and "U.S." keep their dots
        # The commonest gaps, one space inside a name and prose between names, are told
        # apart here; only a gap between spaces or hyphens is split into words (_connectors).
        gap = text[prev_end:start]
        if runs and (gap in _JOINING or (gap == ". " and prev_end - prev_start <= 2) or _blank(gap)
                     or (gap and gap[0] in " -" and gap[-1] in " -" and (_connectors(gap) or _particle(gap)))):
            run.append((start, end))
        else:
            run = [(start, end)]
            runs.append(run)
        prev_start, prev_end = start, end
    return runs


@functools.lru_cache(maxsize=4)
def _inert_words(gazetteer: Gazetteer) -> set[str]:
    """The capitalised words found inert alone, with no dot after them (see _word): what
    most runs of one word are ("The", "He", "Monday"), skipped by one set lookup, without
    the calls and the key of _word's cache. Whether a word is inert reads nothing around
    it but the dot after it, so the word alone says it. Filled by recognize(), bounded."""
    return set()


_INERT_MAX = 1 << 15


#: Gaps that always join two capitalised tokens: a space, a hyphen, a possessive ("Cox's
#: Bazar": the lookup decides whether it is inside a name), an elided article ("Côte d'Ivoire"),
#: after a hyphen too ("Saut-d'Eau", "Villeneuve-d'Ascq", "Pont-de-l'Arche").
_ELIDED_GAPS = frozenset((" d'", " d’", " l'", " l’", "-d'", "-d’", "-l'", "-l’", "-de-l'", "-de-l’", " de l'", " de l’"))
_JOINING = frozenset((" ", "-", "\u00a0", "'s ", "’s ")) | _ELIDED_GAPS


@functools.lru_cache(maxsize=1 << 12)
def _sentence_dot(word: str) -> bool:
    """Whether the dot that ends a capitalised word ends its sentence: not an abbreviation's
    ("Mr.", "Sen.") nor one of several ("U.S."); a short all-caps word's always does ("US.")."""
    return "." not in word[:-1] and bool(_UNDOTTED.fullmatch(word, 0, len(word) - 1)
                                         or normalize(word) not in _words("abbreviations"))


def _blank(gap: str) -> bool:
    """Whether a gap is a few spaces or tabs, no line break: inside a name as one space is
    ("New  York" from a PDF or a pasted table, "Tecún\r Umán" once a wrap is undone)."""
    return len(gap) <= 4 and gap.isspace() and "\n" not in gap


def _particle(gap: str) -> bool:
    """Whether a gap is a short lowercase word between hyphens, a particle of a compound
    name in any language ("Rostov-on-Don", "Mazar-i-Sharif", "Anse-à-Pitres"): the run
    goes on, and the lookups decide whether the whole is one name ("Calais-to-Dover" is two)."""
    return len(gap) <= 5 and gap[0] == "-" == gap[-1] and gap[1:-1].isalpha() and gap[1:-1].islower()


def _connectors(gap: str) -> bool:
    """Whether a gap between spaces or hyphens holds one or two connectors ("of", "de la").
    Not remembered: most such gaps are prose (" said on "), each new, which would only
    churn a cache; the words' keys are remembered by normalize()."""
    words = gap.split(None, 2)  # a third word ends the test: a long gap of prose is not split whole
    if not 0 < len(words) <= 2:
        return False
    connectors = _words("connectors")
    # A word of ASCII letters is its own key in lower case (most words of prose).
    return all((w.lower() if w.isascii() and w.isalpha() else normalize(w)) in connectors for w in words)


def recognize(text: str, gazetteer: Gazetteer, *, extra: dict[str, object] | None = None,
              keep_rejected: bool = False, keep_unknown: bool = False,
              sentence_spans: tuple[tuple[int, int], ...] | None = None) -> list[Span]:
    """Spans of text that name places, demonyms or vague regions, in text order.

    ``extra`` adds names (normalised key -> anything) the gazetteer lacks, e.g. from overrides.
    With ``keep_rejected``, capitalised phrases rejected as organisation or person names,
    common words or unknown names come back with that reason as kind_hint (the audit shows them);
    with ``keep_unknown``, the unknown names in a place's context ("unresolved") do, so that the
    resolver may match a spelling variant ("Zawya" for Zawiya).
    """
    sents = sentence_spans or sentences(text)
    starts = [s for s, _ in sents]
    # A partial, not a lambda: kept compilable for geocode_bench --compiled, where a closure
    # that emit reads would hold this frame in a cycle.
    sentence_of = functools.partial(_sentence_at, starts)
    extra = extra or {}
    max_n = min(gazetteer.max_tokens, 6)
    spans: list[Span] = []

    def emit(start: int, end: int, key: str, hint: str = "", direction: str = "", base: str = "",
             acronym: bool = False) -> None:
        spans.append(Span(text[start:end], start, end, sentence_of(start), hint, key, direction, base, None, acronym))

    person_keys: set[str] = set()
    items: list[list]  # [first token, end token, key, what it is] per phrase of a run
    inert = _inert_words(gazetteer)
    division_noun = _division_noun().match  # most runs have no division noun after them: one native test
    works: dict[str, str] = {}  # "jose marti" -> "jose marti airport", once the text has named it so
    full_names: list[tuple[list[_Token], list[list]]] = []  # runs of names one space apart (_full_names)
    tails = False  # whether a tail was emitted ahead of its run's other words (spans then need sorting)
    for run in _runs(text):
        if text[run[0][0] - 1:run[0][0]] == "-":
            run = _with_article(text, run, gazetteer)
        if text[run[-1][1]:run[-1][1] + 1] == "-":
            run = _with_lowercase_tail(text, run, gazetteer)
        if division_noun(text, run[-1][1], run[-1][1] + 16) is not None:
            whole = _with_division_noun(text, run, gazetteer)
            if whole is not None:
                emit(*whole)
                continue
        if (compass := _with_compass_word(text, run, gazetteer)) is not None:
            emit(*compass)
            continue
        # (A run of one word asks only before a feature noun, and no common word: "left from
        # Kamuzu airport", not "The camp lies west".)
        if works or len(run) > 1 or (feature_noun_end(text, run[0][1])
                                     and key_of(text[run[0][0]:run[0][1]]) not in gazetteer.common_words):
            tail = _with_feature_noun(text, run, gazetteer, works)
            if tail is not None:
                first, tail_start, tail_end, tail_key, named = tail
                if named:
                    works[named] = tail_key
                emit(tail_start, tail_end, tail_key)
                tails = True
                if not first:
                    continue
                run = run[:first]  # "At" of "At José Martí airport"; the words before it read on their own
        if len(run) == 1 and not extra:  # most runs: one word, read once per process
            start, end = run[0]
            undotted = text[end:end + 1] != "."
            if undotted and text[start:end] in inert:
                continue  # "The", "Monday", "It" alone, seen before: one set lookup
            token, key, what = _alone(text, start, end, gazetteer)
            if token is None:
                if undotted:
                    if len(inert) >= _INERT_MAX:
                        inert.clear()
                    inert.add(text[start:end])
                continue  # "The", "Monday", "It" alone: nothing to segment or check
            items = [[0, 1, key, what] if what else [0, 1, token, "unknown"]]
        else:
            items = _segment(text, run, gazetteer, extra, max_n)
            if len(items) > 1 and items[-1][1] - items[-1][0] == 1:
                full_names.append((run, items))  # maybe a person's full name: _full_names
        for n, (i, j, key, what) in enumerate(items):
            start, end = run[i][0], run[j - 1][1]
            if key.endswith(".") and text[end:end + 1] == "." and not _UNDOTTED.fullmatch(text, start, end):
                end += 1  # the abbreviation's own dot: "Ky."
            if what in ("organisation", "feature"):
                emit(start, end, key, what)
            elif what == "demonym":
                # "Police Chief Thomas Finn", "Monica French": a surname after a first name.
                after_first_name = (n > 0 and items[n - 1][2] in gazetteer.first_names
                                    and text[run[items[n - 1][1] - 1][1]:start] == " ")
                if not after_first_name and _named_division(text, start, end, key, gazetteer):
                    emit(start, end, key)  # "Ethiopia's Somali Region" is the region, not Somalia
                    continue
                # "2,000 Libyan dinars" names a currency.
                emit(start, end, key, "person" if after_first_name else _currency(text, start, end) or "demonym")
            elif what == "unknown":
                # "in Zawya", "the Bidibidi camp", "Camp Hagadera": a name the gazetteer lacks
                # where a place is expected, or one the nouns after it call a site's ("the
                # Velmarsk transit centre", "the Velmarsk neighbourhood").
                # The audit also lists one between "the" and a feature noun it alone reads ("the
                # Kapıköy Border Gate", "the Kurubaş pass"): the reader should see no entry has
                # it. (Without "the", "pass" and "gate" are as often verbs: "let Okonjo pass".)
                if not _ordinary(gazetteer, key) and (_looks_like_place(text, start) or feature_after(text, end)
                                                      or feature_before(text, start)
                                                      or _after_article(text, start) and site_noun_end(text, end)
                                                      or _placing_apposition().match(text, end)
                                                      or keep_rejected and audit_feature_after(text, end)
                                                      and _after_article(text, start)):
                    emit(start, end, key, "unresolved")
                elif not _ordinary(gazetteer, key) and (_LIST_EDGE.search(text, max(0, start - 6), start)
                                                        or _LIST_NEXT.match(text, end)):
                    emit(start, end, key, "listed unknown")  # a place if listed with places (_listed_unknowns)
            elif what == "place":
                reject = _rejected(text, items, n, run, gazetteer) or _generic_division(text, end, key, gazetteer)
                if reject == "person" and n > 0 and (n == len(items) - 1 or text[end:run[j][0]] != " "):
                    # A surname, the last word of a name ("John Trapani", "John Trapani and
                    # Mary Cole"), makes every "Trapani" a person.
                    person_keys.add(key)
                # A list or another mention may still make a common word a place, unless it
                # is also a person's name ("Farrin and Brown").
                if reject == "common word" and _rescuable(text, run, start, end):
                    # one that is also a person's name only by places that are none (_rescue_listed)
                    emit(start, end, key, "named word" if key in gazetteer.person_names else "common word")
                elif reject == "common word":
                    emit(start, end, key, "word")
                elif reject:
                    emit(start, end, key, reject)
                elif (found := _direction(text, start))[0]:
                    # "South West England": capitalised direction words read as a place of
                    # their own ("South West", a Cameroonian region) belong to the region.
                    direction, region_start = found
                    while spans and spans[-1].start >= region_start:
                        spans.pop()
                    emit(region_start, end, key, "region", direction=direction, base=key)
                else:
                    emit(start, end, key, acronym=_is_acronym(text, start, end))
    if tails:
        spans.sort(key=lambda s: s.start)  # a tail is emitted before the words of its run ahead of it
    if full_names:
        _full_names(text, spans, full_names, gazetteer)
    sentence_starts = {s for s, _ in sents}
    _rescue_listed(text, spans, sentence_starts, gazetteer.person_names)
    _rescue_in_named_area(text, spans, sentence_starts, gazetteer)
    spans = _listed_unknowns(text, spans, sentence_starts)
    # One sense per discourse: "Lincoln" is a place everywhere if the text once says "in
    # Lincoln", and "Trapani" a person everywhere if it once says "John Trapani".
    placed = {s.key for s in spans if s.kind_hint in ("", "region")}
    spans = [_recheck(s, placed, person_keys) if s.kind_hint in _RECHECKED or (not s.kind_hint and s.key in person_keys)
             else s for s in spans]
    if not keep_rejected:
        kept = KEPT_HINTS if keep_unknown else tuple(h for h in KEPT_HINTS if h != "unresolved")
        spans = [s for s in spans if s.kind_hint in kept]
    else:
        # A capitalised word only because it starts a sentence ("Farmers said", "Most
        # left") is no phrase the audit need list: nothing around it made it a place. Nor
        # is a common word with no preposition before it ("the UN refugee Agency", a
        # quote's "We"): after one it may still be a place turned down ("rain fell on Most").
        spans = [s for s in spans if not (s.kind_hint in _SENTENCE_WORDS and s.start in sentence_starts
                                          or s.kind_hint == "common word" and not _after_preposition(text, s.start))]
    spans.extend(_borders(text, spans, sentence_of))
    spans.sort(key=lambda s: s.start)
    return _with_bracketed_part(text, _parenthesised(text, spans, gazetteer, sentence_of), gazetteer, sentence_of)


#: The hints of spans in a person's full name that it makes the person's (the rest, an
#: organisation's, a demonym's or a common word's, were read in their own right).
_NAME_HINTS = frozenset({"", "unresolved", "listed unknown", "named word", "maybe person"})


def _full_names(text: str, spans: list[Span], runs: list[tuple[list[_Token], list[list]]],
                gazetteer: Gazetteer) -> None:
    """A run's tail of names one space apart (_name_start) is one person's full name where its
    last word is a person's elsewhere in the text ("Lal Thang Muana ... said Muana":
    _written_as_person), or where it opens with a given name that is no country's or large
    city's ("Jordan") and has three words at least ("Maria Da Penha", "Abdi Kadir Omar"): none
    of its words is a place, though a middle word escapes the checks of its neighbours ("Thang",
    a town). The last word alone is the person's where it is written so. A title, an office or
    an acronym before the name is not in it ("Carthage Police Chief Chris McKenzie", "Erie GM
    Sherry Bassin"), nor is a name the gazetteer has whole ("Port Said", "San Jose"); a
    country's or a large city's name before the last word keeps its place ("Kabul Ahmad Shah")."""
    starts = [s.start for s in spans]
    for run, items in runs:
        m = _name_start(text, run, items, gazetteer)
        if m == len(items) - 1:
            continue  # one word after a title or an office: _in_person_name's
        lo, hi = bisect.bisect_left(starts, run[items[m][0]][0]), bisect.bisect_left(starts, run[-1][1])
        if not any(spans[k].kind_hint in _NAME_HINTS for k in range(lo, hi)):
            continue  # nothing there a place: the usual "John Smith"
        last_key = items[-1][2]
        # No surname: a weekday's, a common word's ('police said Tuesday.': "in Garland Tuesday")
        # or a large place's name.
        if (last_key.rstrip(".") in _never() or last_key in gazetteer.common_words
                and last_key not in gazetteer.person_names or _famous(gazetteer, last_key)):
            continue
        given = (len(items) - m >= 3 and items[m][2] in gazetteer.first_names and not _famous(gazetteer, items[m][2]))
        # (Not a key of person_keys, which a title or a given name before one word fills: the
        # held-out half of LGL lost two toponyms to it.)
        if not (given or _written_as_person(text, text[run[-1][0]:run[-1][1]])):
            continue
        last_start = run[-1][0]
        for k in range(lo, hi):
            s = spans[k]
            if s.kind_hint in _NAME_HINTS and (s.start >= last_start or not _famous(gazetteer, s.key)):
                spans[k] = _with_hint(s, "person")
        # The last word alone elsewhere is the person's only where it is written as a person's
        # ("said Muana.", "Muana's nephew"): a surname may be a town's name the text also
        # means ("Wade Tyler, 45, ... in Tyler").
        for k, s in enumerate(spans):
            if s.key == last_key and s.kind_hint in _NAME_HINTS and _person_at(text, s.start, s.end):
                spans[k] = _with_hint(s, "person")


def _name_start(text: str, run: list[_Token], items: list[list], gazetteer: Gazetteer) -> int:
    """The first item of the run's tail that may be a person's name: items of one word each,
    one space apart ("Lal Thang Muana", not "Cox's Bazar" nor "Kampala and Gulu"), no common
    word but a particle or a given name ("da", "bin", "Maria"), no title, role, weekday or
    month ("Gov.", "Spokesman", "Monday": recognize.toml's never, titles, person_nouns), no acronym."""
    common, particles, given_names = gazetteer.common_words, _words("name_particles"), gazetteer.first_names
    m = len(items) - 1
    while m > 0:
        i, j, word, _ = items[m - 1]
        if (j - i != 1 or text[run[i][1]:run[j][0]] != " "
                or word in common and word not in particles and word not in given_names
                or word.rstrip(".") in _never() or word in _words("person_nouns")
                or text[run[i][0]:run[i][1]].isupper()):
            break
        m -= 1
    return m


def _written_as_person(text: str, word: str) -> bool:
    """Whether the text writes a word somewhere as a person's: after a quote's verb of saying
    ('said Muana.'), an honorific ("Mr Muana") or before an age, an apposition of a person or
    a possessive's kin noun ("Muana, 46,", "Muana, a farmer", "Muana's nephew")."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if (not (at and _inside_name(text[at - 1]) or end < len(text) and _inside_name(text[end]))
                and _person_at(text, at, end)):
            return True
        at = text.find(word, end)
    return False


def _person_at(text: str, start: int, end: int) -> bool:
    """Whether the words around the name at start:end write it as a person's (_written_as_person)."""
    if _AGE_AFTER.match(text, end) or _apposition().match(text, end, end + 60) or _kin_after().match(text, end):
        return True
    title = _TITLE_BEFORE.search(text, max(0, start - 12), start)
    return bool(_SAID_AFTER.match(text, end) and _speaker_before().search(text, max(0, start - 14), start)
                or title is not None and normalize(title.group(1)) in _honorifics())


def _inside_name(char: str) -> bool:
    """Whether a character next to a word makes it part of a longer word."""
    return char.isalnum() or char in "_-"


#: What follows a speaker's name after a quote: punctuation, the text's end, or "who".
_SAID_AFTER = re.compile(r"(?:[.,;:!?\"”)]|$| who\b)")


@functools.cache
def _speaker_before() -> re.Pattern:
    return re.compile(rf"\b(?:{alternation(lexicon()['speaker_verbs'])}) $")


@functools.cache
def _kin_after() -> re.Pattern:
    return re.compile(rf"['’]s (?:(?:older|elder|eldest|younger|youngest|late|little|big) )?"
                      rf"(?:{alternation(lexicon()['kin_nouns'])})\b")


@functools.cache
def _honorifics() -> frozenset[str]:
    """Titles before a name that make it a person's wherever it stands alone: not "Saint"
    ("Saint Louis"), "Father" or "Sister", which open places' names too."""
    return _words("titles") - {"saint", "father", "sister", "brother", "chief", "deputy"}


@functools.cache
def _division_noun() -> re.Pattern:
    words = "|".join(map(re.escape, lexicon()["division_nouns"]))
    return re.compile(rf" ({words})\b(?!-)")


def _with_division_noun(text: str, run: list[_Token], gazetteer: Gazetteer) -> tuple[int, int, str] | None:
    """(start, end, key) of a name the gazetteer lacks and the lowercase division noun
    after it, where it holds them together ("the Una-Sana canton" is Una-Sana Canton, not
    Una in India and Sanski Most); else None ("Washington state" stays Washington's)."""
    end = run[-1][1]
    m = _division_noun().match(text, end, end + 16)
    if m is None or key_of(text[run[0][0]:end]) in gazetteer.names:
        return None
    key = key_of(text[run[0][0]:m.end()])
    return (run[0][0], m.end(), key) if key in gazetteer.names else None


@functools.cache
def _compass_before() -> re.Pattern:
    words = "|".join(map(re.escape, lexicon()["compass_words"]))
    return re.compile(rf"(?<![\w-])({words})[ -]$")


def _with_compass_word(text: str, run: list[_Token], gazetteer: Gazetteer) -> tuple[int, int, str] | None:
    """(start, end, key) of a name the gazetteer knows only with the lowercase compass word
    before it (recognize.toml's compass_words): "north Kivu" is North Kivu, as "Kivu" alone
    names nothing; else None ("north Sudan" stays a direction of Sudan)."""
    start, end = run[0][0], run[-1][1]
    m = _compass_before().search(text, max(0, start - 12), start)
    if m is None or key_of(text[start:end]) in gazetteer.names:
        return None
    key = key_of(text[m.start(1):end])
    return (m.start(1), end, key) if key in gazetteer.names else None


def _with_feature_noun(text: str, run: list[_Token], gazetteer: Gazetteer,
                       works: Mapping[str, str]) -> tuple[int, int, int, str, str] | None:
    """(first token, start, end, key, name) of the longest tail of a run that the gazetteer
    knows only with the lowercase feature noun after it: an airport named after a person is
    keyed with its noun, as the person's name alone is no place ("Ben Gurion airport", "Charles
    de Gaulle airport", "José Martí international airport"). The text then means the work by
    the name alone too ("questioned at José Martí"): ``name`` is that name's key, for the
    caller to add to ``works`` (the names the text has given works so far), or "" where the
    tail is such a name already. None where the words are a name of their own: "Ercan
    airport" is Ercan's, which feature_after chooses."""
    end = run[-1][1]
    noun_end = feature_noun_end(text, end)
    if not noun_end and not works:
        return None
    # (without a noun, a name's one word alone is not the work: "Charles" of "Charles de Gaulle")
    for i in range(len(run) if noun_end else len(run) - 1):
        bare = key_of(text[run[i][0]:end])
        if bare in works:
            # Without its noun, the name is the work only where a place is expected ("questioned
            # at José Martí"); elsewhere it is the person's again ("Charles de Gaulle, the
            # wartime leader, would not have recognised it").
            if noun_end or _locative().search(text[max(0, run[i][0] - 12):run[i][0]]):
                return i, run[i][0], end, works[bare], ""
            return None
        if noun_end and (bare not in gazetteer.names or _other_work(gazetteer, bare, text[run[i][0]:noun_end])):
            key = key_of(text[run[i][0]:noun_end])
            if key in gazetteer.names:
                return i, run[i][0], noun_end, key, bare
    return None


def _other_work(gazetteer: Gazetteer, bare: str, named: str) -> bool:
    """Whether a name with its noun is an airport that the bare name's places do not hold:
    "Kotoka airport" is Accra's, not an airport of Kotoka, a village of Côte d'Ivoire; "Ercan
    airport" is Ercan's own (the gazetteer keys the airport by "Ercan" too)."""
    key = key_of(named)
    if key not in gazetteer.names:
        return False
    works = gazetteer.lookup(key)
    return (bool(works) and all(p.feature in _work_features() for p in works)
            and not {p.id for p in works} & {p.id for p in gazetteer.lookup(bare)})


@functools.cache
def _division_noun_any_case() -> re.Pattern:
    """A division noun after a name, capitalised or not ("the Somali Region", "Afar region")."""
    words = "|".join(map(re.escape, lexicon()["division_nouns"]))
    return re.compile(rf" (?i:{words})\b(?!-)")


def _named_division(text: str, start: int, end: int, key: str, gazetteer: Gazetteer) -> bool:
    """Whether a demonym is the name of a division that a division noun after it calls so:
    a capitalised noun ("the Somali Region"), or a lowercase one with the division's
    country beside it ("Ethiopia's Somali region", "the Somali region of Ethiopia"). A
    lowercase noun alone is the people's country or region ("the Somali state collapsed",
    "the Balkan region")."""
    if not text.startswith(" ", end) or key not in gazetteer.division_names:
        return False
    m = _division_noun_any_case().match(text, end, end + 16)
    if m is None:
        return False
    if text[m.start() + 1].isupper():
        return True
    owner = _OWNER_BEFORE.search(text, max(0, start - 40), start) or _OWNER_AFTER.match(text, m.end())
    countries = {p.country for p in gazetteer.lookup(key) if p.kind == "admin"}
    return owner is not None and any(p.kind == "country" and p.country in countries
                                     for p in gazetteer.lookup(key_of(owner.group(1))))


# The country a division belongs to, as a possessive before its name ("Ethiopia's ") or
# after its noun (" of Ethiopia").
_OWNER_BEFORE = re.compile(r"([A-Z]\w*(?: [A-Z]\w*)*)['’]s $")
_OWNER_AFTER = re.compile(r" of (?:the )?([A-Z][\w]*(?: [A-Z][\w]*)*)")


@functools.cache
def _article_before() -> re.Pattern:
    """A lowercase Arabic article (recognize.toml's lowercase_articles) hyphened to the name
    after it: "al-Hol", "el-Fasher", "ad-Dawr"."""
    words = "|".join(map(re.escape, lexicon()["lowercase_articles"]))
    return re.compile(rf"(?<![\w'’-])(?:{words})-$")


def _with_article(text: str, run: list[_Token], gazetteer: Gazetteer) -> list[_Token]:
    """The run with the lowercase article before it ("al-Hol camp", "el-Geneina") where the
    gazetteer knows the name with its article: "Hol" alone is a Norwegian district."""
    start, end = run[0]
    m = _article_before().search(text, max(0, start - 5), start)
    if m and key_of(text[m.start():end]) in gazetteer.names:
        return [(m.start(), end), *run[1:]]
    return run


#: "-an" of "Hpa-an": a short lowercase word after a hyphen that ends a name.
_LOWERCASE_TAIL = re.compile(r"-[a-z]{1,4}\b(?!-)")


def _with_lowercase_tail(text: str, run: list[_Token], gazetteer: Gazetteer) -> list[_Token]:
    """The run with its last word's lowercase tail after a hyphen ("Hpa-an"), where the
    gazetteer holds the name with it; "US-led", "Calais-bound" keep their words apart."""
    start, end = run[-1]
    tail = _LOWERCASE_TAIL.match(text, end)
    if tail is None or normalize(text[start:tail.end()]) not in gazetteer.names:
        return run
    return [*run[:-1], (start, tail.end())]


def _rescue_listed(text: str, spans: list[Span], sentence_starts: set[int], person_names: frozenset[str]) -> None:
    """A common word, a name that may be a person's or a division's abbreviation listed with
    places is a place ("Calais, Dunkirk and Dover", "Dover or Calais", "Devon and Cornwall",
    "in NSW, WA and NT"), and so is a town's other name ("Baidoa and Hudur": Xuddur), in place;
    repeated so that a list of several such words is rescued from its one known place. A list
    joined by commas alone needs places on both sides; a word that starts a sentence stays a word.
    A common word that is also a person's name ("Mora", "Brown") is rescued only by places that
    are no person's name ("via Maroua and Mora"): listed with one that may be ("Washington and
    Brown", "Farrin and Brown") it stays a word."""
    changed = True
    while changed:
        changed = False
        for k, s in enumerate(spans):
            if (s.kind_hint not in ("common word", "maybe person", "maybe acronym", "maybe alias", "named word")
                    or s.start in sentence_starts):
                continue
            if s.kind_hint == "maybe person" and _street().match(text, s.end, s.end + 40):
                continue  # "Lakeview and Harrison streets"
            place = lambda m: (0 <= m < len(spans) and spans[m].kind_hint in ("", "region")  # noqa: E731
                               and (s.kind_hint != "named word" or spans[m].key not in person_names))
            before = _listed(text, spans[k - 1], s) if place(k - 1) else ""
            after = _listed(text, s, spans[k + 1]) if place(k + 1) else ""
            # "Calais, Dunkirk and Dover": a comma before a place that the list goes on from.
            onward = after == "," and place(k + 2) and _listed(text, spans[k + 1], spans[k + 2]).strip(",")
            # A state's abbreviation after a listed place ("in BC, NSW, WA and NJ") is one too.
            abbreviation = s.kind_hint == "maybe acronym" and before
            if (before and after) or (before or after).strip(",") not in ("", "/") or onward or abbreviation:
                spans[k] = _with_hint(s, "")
                changed = True


@functools.cache
def _placing_apposition() -> re.Pattern:
    """", a border town in", ", a village 20 km from", ", the camp near": an apposition of
    recognize.toml's inside_nouns that goes on to locate the name, which is a place's then
    even where nothing before it says so ("Velmarsk, a village near Gulu, was attacked" opening
    a sentence); not ", a teacher in", ", a town of 5,000 people"."""
    nouns, units = alternation(lexicon()["inside_nouns"]), alternation(lexicon()["distance_units"])
    return re.compile(rf",\s+(?:an?|the)\s+(?:[\w-]+\s+){{0,2}}?(?:{nouns})\s+"
                      rf"(?:in|near|outside|on|\d[\d,.]*\s*(?:{units}))\s")


#: A list's joiner right before a name ("Solotvyno, Velmarsk", "Rakhiv and Velmarsk") or after it.
_LIST_EDGE = re.compile(r"(?:,|\band|\bor)\s+$")
_LIST_NEXT = re.compile(r"\s*(?:,|and\b|or\b)")
#: The words that put a list's last name in the place after them: ", in", " in the".
_LIST_PLACED_IN = re.compile(r",?\s+in\s+(?:the\s+)?")


def _listed_unknowns(text: str, spans: list[Span], sentence_starts: set[int]) -> list[Span]:
    """A name the gazetteer lacks listed among places is a place expected, "unresolved", as
    one after "in" is ("from Solotvyno, Velmarsk and Rakhiv", "Velmarsk, Solotvyno and Rakhiv",
    "Solotvyno, Rakhiv and Velmarsk"; "the villages of Solotvyno and Velmarsk in Zakarpattia",
    the last of names expected that the text puts in a place): reporters list the villages of
    a story with its towns, and resolution may then place it among them. It needs two places of the list round it,
    one of them known ("" or "region"), so that a list of people or organisations with one
    place ("Oxfam, Velmarsk and Kenya"; "in Kampala, Okello and Achieng said") stays
    unlisted; a word that starts a sentence stays a word. The other such names are dropped."""
    if not any(s.kind_hint == "listed unknown" for s in spans):
        return spans
    anchor = lambda m: 0 <= m < len(spans) and spans[m].kind_hint in ("", "region", "unresolved")  # noqa: E731
    known = lambda *ms: any(spans[m].kind_hint in ("", "region") for m in ms)  # noqa: E731
    changed = True
    while changed:
        changed = False
        for k, s in enumerate(spans):
            if s.kind_hint != "listed unknown" or s.start in sentence_starts:
                continue
            before = anchor(k - 1) and _listed(text, spans[k - 1], s)
            after = anchor(k + 1) and _listed(text, s, spans[k + 1])
            around = before and after and known(k - 1, k + 1)
            # "Velmarsk, Solotvyno and Rakhiv": the list goes on from the place after it.
            onward = after == "," and anchor(k + 2) and _listed(text, spans[k + 1], spans[k + 2]) and known(k + 1, k + 2)
            # "Solotvyno, Rakhiv and Velmarsk": it closes a list of places.
            closing = (before and anchor(k - 2) and known(k - 2, k - 1)
                       and list_goes_on(_listed(text, spans[k - 2], spans[k - 1]), before))
            # "the villages of Velmarsk and Kareto in Borno State": it closes a list of
            # places expected that the text then puts in a known place.
            placed = (before and spans[k - 1].kind_hint == "unresolved" and 0 <= k + 1 < len(spans)
                      and known(k + 1) and _LIST_PLACED_IN.fullmatch(text, s.end, spans[k + 1].start) is not None)
            if around or onward or closing or placed:
                spans[k] = _with_hint(s, "unresolved")
                changed = True
    return [s for s in spans if s.kind_hint != "listed unknown"]


@functools.cache
def _subject_verb() -> re.Pattern:
    """A finite verb after a sentence's first word, which makes that word its subject, a noun
    ("Split was", "Mobile has"), not an adjective before one ("Mobile phones"): recognize.toml's
    subject_verbs."""
    return re.compile(rf" (?:{'|'.join(map(re.escape, lexicon()['subject_verbs']))})\b")


@functools.cache
def _locative() -> re.Pattern:
    """A preposition that ends the text before a name, where a place is expected ("at", "outside",
    in any case: recognize.toml's locatives); searched in a short window before the name."""
    return re.compile(rf"\b(?:{'|'.join(map(re.escape, lexicon()['locatives']))})\s+$", re.IGNORECASE)


def _rescue_in_named_area(text: str, spans: list[Span], sentence_starts: set[int], gazetteer: Gazetteer) -> None:
    """A common word that opens a sentence ("Split was the first stop", "Mobile is where
    the boat docked": a verb follows) is the large town of the name where the text names, as a place, the
    country or the first-level division that town lies in (Croatia, Alabama): only the
    sentence start capitalised the word, and the text's own places say which sense it is.
    Elsewhere it stays a word ("Split the difference" is the verb before this is asked)."""
    opening = [k for k, s in enumerate(spans) if s.kind_hint == "common word" and s.start in sentence_starts
               and s.key in gazetteer.main_populations and _subject_verb().match(text, s.end)]
    if not opening:
        return
    areas: set[tuple[str | None, str | None]] = set()
    for s in spans:
        if s.kind_hint in ("", "region") and (s.key in gazetteer.country_names or s.key in gazetteer.division_names):
            for p in gazetteer.lookup(s.key):
                if p.kind == "country":
                    areas.add((p.country, None))
                elif p.feature == "ADM1":
                    areas.add((p.country, p.admin1))
    if not areas:
        return
    for k in opening:
        floor = gazetteer.main_populations[spans[k].key]
        towns = [p for p in gazetteer.lookup(spans[k].key) if p.kind == "city" and p.population >= floor]
        if any((p.country, None) in areas or (p.country, p.admin1) in areas for p in towns):
            spans[k] = _with_hint(spans[k], "")


#: The hints of words that only a sentence start capitalised, left out of the audit's rows.
_SENTENCE_WORDS = frozenset({"common word", "alias"})
#: The kinds of span recognize() returns without keep_rejected: places, regions, demonyms and,
#: with keep_unknown, names the gazetteer lacks where a place is expected ("unresolved"); the
#: country's "borders" come besides, found after this filter.
KEPT_HINTS = ("", "region", "demonym", "unresolved")


#: The hints _recheck may change (besides a place's, "", whose key is a person's): the others
#: are kept without the call.
_RECHECKED = frozenset({"maybe person", "common word", "maybe acronym", "maybe alias", "word", "named word"})


def _recheck(span: Span, placed: set[str], person_keys: set[str]) -> Span:
    if span.kind_hint == "maybe person":
        return _with_hint(span, "" if span.key in placed and span.key not in person_keys else "person")
    if span.kind_hint == "common word" and span.key in placed and span.key not in person_keys:
        return _with_hint(span, "")  # "arrived in Dover" once: "Dover" is the town throughout
    if span.kind_hint in ("maybe acronym", "maybe alias"):
        return _with_hint(span, "" if span.key in placed else span.kind_hint.split()[1])
    if span.kind_hint in ("word", "named word"):
        return _with_hint(span, "common word")  # one that no context could make a place
    if not span.kind_hint and span.key in person_keys:
        return _with_hint(span, "person")
    return span


def _with_hint(span: Span, hint: str) -> Span:
    """The span with another kind_hint: what dataclasses.replace gives, without its reading
    of the fields on every call."""
    return Span(span.text, span.start, span.end, span.sentence, hint, span.key, span.direction, span.base,
                span.context_country, span.acronym)


def _segment(text: str, run: list[_Token], gazetteer: Gazetteer, extra: dict, max_n: int) -> list[list]:
    """Split a run of capitalised tokens leftmost-longest into [i, j, key, what] items,
    what being organisation, demonym, place or unknown (a token no name starts with).

    A phrase's key is built from its tokens' keys and the separators between them, as
    normalize() would make it of the whole phrase, and a phrase is looked up only while
    some name starts with it (one native prefix test on the trie), so a run of words
    that begins no name costs one lookup per token, not one per phrase."""
    tokens = [normalize(text[s:e]) for s, e in run]
    seps = [""] + [_separator(text[run[k - 1][1]:run[k][0]]) for k in range(1, len(run))]
    items = []
    size = len(run)
    i = 0
    while i < size:
        start = run[i][0]
        key = tokens[i]
        keys = [key]  # keys[n]: the key of tokens i..i+n, without a final dot
        limit = min(size, i + max_n)
        k = i + 1  # the next token, i + len(keys)
        while k < limit:
            prefix = key + seps[k]
            if not (extra or _begins_name(gazetteer, prefix)):
                break
            key = prefix + tokens[k]
            keys.append(key)
            k += 1
        for j in range(k, i, -1):
            if j == i + 1 and not extra:  # a word alone, as _phrase reads it, remembered per word
                _, key, what = _alone(text, start, run[i][1], gazetteer)
            else:
                key, what = _phrase(text, start, run[j - 1][1], keys[j - i - 1], gazetteer, extra, j == i + 1,
                                    j - i <= 2)
            if what:
                items.append([i, j, key, what])
                break
        else:
            j = i + 1
            items.append([i, j, tokens[i], "unknown"])
        i = j
    if len(items) > 1:
        _shared_heads(text, run, items, gazetteer)
        _feature_names(text, run, items)
        _join_compounds(text, run, items)
        _join_unknown_words(text, run, items, gazetteer)
        _join_lead_words(text, run, items, gazetteer)
    return items


def _join_lead_words(text: str, run: list[_Token], items: list[list], gazetteer: Gazetteer) -> None:
    """Read a word that leads local names (recognize.toml's name_lead_words: "Ban", "Char",
    "Point") and the single words one space after it as one name the gazetteer lacks ("Ban Nai
    Soi", "Char Fasson"): not the common word and a namesake of its last word."""
    leads = _words("name_lead_words")
    for n in range(len(items) - 1):
        if n + 1 >= len(items) or items[n][1] - items[n][0] != 1 or items[n][2] not in leads \
                or items[n][3] not in ("place", "unknown"):
            continue
        last = n
        while _lead_goes_on(text, run, items, last, gazetteer):
            last += 1
        if last > n:
            start, end = run[items[n][0]][0], run[items[last][1] - 1][1]
            items[n:last + 1] = [[items[n][0], items[last][1], normalize(text[start:end]), "unknown"]]


def _lead_goes_on(text: str, run: list[_Token], items: list[list], last: int, gazetteer: Gazetteer) -> bool:
    """Whether the name led by a lead word goes on from item ``last`` into the next: a single
    word one space on, not one hyphened on in lower case ("Ban Ki-moon", a person), one that
    is never a name's, nor a country's name ("at this Point Kenya closed...")."""
    if last + 1 >= len(items) or not _adjacent(text, run, items, last, last + 1):
        return False
    i, j, key, what = items[last + 1]
    start, end = run[i]
    return (j - i == 1 and what in ("place", "unknown") and key not in _words("never")
            and not _HYPHENED_ON.match(text, end)
            and not any(p.kind == "country" for p in gazetteer.lookup(text[start:end])))


_HYPHENED_ON = re.compile(r"-[a-z]")


def _join_unknown_words(text: str, run: list[_Token], items: list[list], gazetteer: Gazetteer) -> None:
    """Read as one name the gazetteer lacks the unknown words one space apart ("Tel Kalakh",
    "Ein Bokek", "Jagoi Babang"): a name of several words, not its first word alone, which is
    no place, while the rest are dropped. Not across a word that names nothing
    (_ordinary: "The", "Saturday", a person's name)."""
    def joinable(n: int) -> bool:
        return items[n][3] == "unknown" and not _ordinary(gazetteer, items[n][2])
    n = 0
    while n + 1 < len(items):
        last = n     # (a whole row at once: joining pairwise normalises a growing name per word)
        while joinable(last) and last + 1 < len(items) and joinable(last + 1) \
                and _adjacent(text, run, items, last, last + 1):
            last += 1
        if last > n:
            start, end = run[items[n][0]][0], run[items[last][1] - 1][1]
            items[n:last + 1] = [[items[n][0], items[last][1], normalize(text[start:end]), "unknown"]]
        n += 1


def _join_compounds(text: str, run: list[_Token], items: list[list]) -> None:
    """Read as one name, unknown to the gazetteer (which would have matched it whole), a
    name joined by an Arabic article ("Shuwaikh Al-Sinaiya", "Al-Hamra": recognize.toml's
    arabic_articles, with the word before it), a name of one word said twice ("Poto-Poto",
    "Wagga Wagga") and two words joined by an elided article ("Saut-d'Eau", "Pont-de-l'Arche":
    _ELIDED_GAPS): none is its parts, a place and an organisation "Al", a Saint Lucian "Saut"."""
    articles = _words("arabic_articles")
    n = 0
    while n < len(items):
        i, j = items[n][0], items[n][1]
        lo = hi = n
        # The article ends the item: alone ("Al") or as the gazetteer's shorter name ("Tal El").
        if (n + 1 < len(items) and normalize(text[run[j - 1][0]:run[j - 1][1]]) in articles
                and text[run[j - 1][1]:run[j][0]] == "-"):
            hi = n + 1
            if (j - i == 1 and n > 0 and items[n - 1][3] in ("unknown", "place")
                    and _adjacent(text, run, items, n - 1, n)):
                lo = n - 1
        elif (n + 1 < len(items) and j - i == 1 == items[n + 1][1] - items[n + 1][0]
              and text[run[i][0]:run[i][1]] == text[run[j][0]:run[j][1]] and text[run[i][1]:run[j][0]] in (" ", "-")):
            hi = n + 1
        elif n + 1 < len(items) and text[run[j - 1][1]:run[j][0]] in _ELIDED_GAPS:
            hi = n + 1
        if hi > n:
            start, end = run[items[lo][0]][0], run[items[hi][1] - 1][1]
            items[lo:hi + 1] = [[items[lo][0], items[hi][1], normalize(text[start:end]), "unknown"]]
            n = lo
        n += 1


def _phrase(text: str, start: int, end: int, base: str, gazetteer: Gazetteer, extra: dict, single: bool,
            short: bool) -> tuple[str, str]:
    """The key of the phrase text[start:end] (``base``, its key without a final dot) and
    what it names (see _lookup; ``short``: of one or two tokens), read where it stands (see
    _in_context). A dot that ends or follows the phrase is part of its key ("Ky."); a
    ``single`` all-caps word of two to four letters without one is ``undotted`` ("NSW" may
    stand for "N.S.W.")."""
    # A dot after an all-caps word ends its sentence ("flew to the US."): abbreviations
    # that keep their dot are written in lower case ("Ky.", "Calif.") or dotted ("U.S.").
    undotted = single and bool(_UNDOTTED.fullmatch(text, start, end))
    dotted = not undotted and (text[end - 1] == "." or text[end:end + 1] == ".")
    key = base + "." if dotted else base
    key, what = _lookup(gazetteer, key, short, undotted, extra) if extra else _known(gazetteer, key, short, undotted)
    if (single and text[start - 2:start] in _E_SPACE) or key.endswith("."):  # see _alone
        return _in_context(text, start, end, base, key, what, dotted, single, gazetteer)
    return key, what


def _alone(text: str, start: int, end: int, gazetteer: Gazetteer) -> tuple[str | None, str, str]:
    """A capitalised word read alone where it stands: its token key, and the key and what
    it names there; (None, "", "") for an inert word (see _word)."""
    token, key, what, dotted, inert = _word(gazetteer, text[start:end], text[end:end + 1] == ".")
    if inert:
        return None, "", ""
    # _in_context's two rules read a "the " before the word or a key with a final dot:
    # most words have neither, and keep what they name alone without the call.
    if text[start - 2:start] in _E_SPACE or key.endswith("."):
        key, what = _in_context(text, start, end, token, key, what, dotted, True, gazetteer)
    return token, key, what


@_per_gazetteer(1 << 15)
def _word(gazetteer: Gazetteer, word: str, dot_after: bool) -> tuple[str, str, str, bool, bool]:
    """A capitalised word as _phrase reads it alone, before its context (remembered: the
    same words recur): its token key, the key and what it names, whether a dot that ends
    it or follows it (``dot_after``) is its own, and whether it is inert: nothing alone
    in its run, wherever it stands, which recognize() neither emits nor checks ("The",
    "Monday", "It": no place, organisation or demonym, also after "the", and an ordinary
    word, which recognize() would drop as an unknown name)."""
    token = normalize(word)
    undotted = bool(_UNDOTTED.fullmatch(word))
    dotted = not undotted and (word[-1] == "." or dot_after)
    key, what = _known(gazetteer, token + "." if dotted else token, True, undotted)
    inert = not what and _ordinary(gazetteer, token) and not _project_name(gazetteer, "the " + token)
    return token, key, what, dotted, inert


#: The last two characters of "the " before a word, in either case ("The Med").
_E_SPACE = frozenset(("e ", "E "))


def _in_context(text: str, start: int, end: int, base: str, key: str, what: str, dotted: bool, single: bool,
                gazetteer: Gazetteer) -> tuple[str, str]:
    """The key and what of a phrase looked up, as the words around it read it: a ``single``
    word after "the" that names, with it, one of the project's places ("across the Med":
    "Med" alone is an alias of an Italian town) is that place, and an abbreviation after a
    number no place ("500 BC" is an era, not B.C.)."""
    # "the " read first as its last two characters: most words follow no "the".
    if (single and text[start - 2:start] in _E_SPACE and what in ("", "place")
            and _after_the(text, start, end, gazetteer)):
        return "the " + base, "place"
    if what == "place" and key.endswith(".") and not dotted and _after_number(text, start):
        return key, ""
    return key, what


def _feature_names(text: str, run: list[_Token], items: list[list]) -> None:
    """ "Lake Ontario", "Fort Benning", "Islington Bay": a feature word beside a name, the
    whole being no name the gazetteer knows, makes the two one item of what "feature" (a
    place the gazetteer lacks), so that the other word is not read as its own place."""
    before, after = _words("feature_before"), _words("feature_after")
    n = 0
    while n < len(items) - 1:
        (i, j, key, _), (k, m, nxt, what) = items[n], items[n + 1]
        # The words first (most pairs hold no feature word), then the gap between them.
        if ((j - i == 1 and key in before and what != "organisation")
                or (m - k == 1 and nxt in after and items[n][3] != "organisation")) and text[run[j - 1][1]:run[k][0]] == " ":
            items[n:n + 2] = [[i, m, f"{key} {nxt}", "feature"]]
        n += 1


def _shared_heads(text: str, run: list[_Token], items: list[list], gazetteer: Gazetteer) -> None:
    """ "Central and South America", "North and South Korea": a direction word before
    "and" or "or" and a place named with another direction word shares that place's head
    ("central america"), where the gazetteer names the result."""
    for n in range(len(items) - 1):
        (i, j, word, what), nxt = items[n], items[n + 1]
        if word not in DIRECTIONS or what != "unknown" or j - i != 1 or nxt[3] != "place":  # the rarest first
            continue
        head = nxt[2].split(" ", 1)
        if len(head) != 2 or head[0] not in DIRECTIONS or text[run[i][1]:run[nxt[0]][0]] not in (" and ", " or "):
            continue
        key = f"{word} {head[1]}"
        if key in gazetteer.names:
            items[n] = [i, j, key, "place"]


@functools.lru_cache(maxsize=1 << 10)
def _separator(gap: str) -> str:
    """What joins two tokens' keys in the key of a phrase: "'s " after a possessive ("Cox's
    Bazar"), a connector between spaces (" of "), an elided article (" d'" of "Côte d'Ivoire"),
    else a space ("W. Va.", "Winston-Salem")."""
    words = normalize(gap)
    if gap[:1] in "'’":
        return words + " "
    if gap[-1:] in "'’":    # an elided article: "cote d'ivoire"
        return f" {normalize(gap + 'x')[:-1]}"
    return f" {words} " if words else " "


@_per_gazetteer(1 << 14)
def _begins_name(gazetteer: Gazetteer, prefix: str) -> bool:
    """Whether a name, an organisation or a demonym starts with the prefix (remembered:
    "the ", "new ", first names recur, and the trie's test costs ten set lookups)."""
    return gazetteer.names.has_prefix(prefix) or prefix in _phrase_prefixes(gazetteer)


@functools.lru_cache(maxsize=4)
def _phrase_prefixes(gazetteer: Gazetteer) -> frozenset[str]:
    """The word prefixes, each with its space, of the organisations and demonyms of
    several words ("human rights " of "human rights watch")."""
    out: set[str] = set()
    for key in (*gazetteer.organisations, *gazetteer.demonyms):
        words = key.split(" ")
        out.update(" ".join(words[:n]) + " " for n in range(1, len(words)))
    return frozenset(out)


def _after_the(text: str, start: int, end: int, gazetteer: Gazetteer) -> bool:
    """Whether a word after "the" names, with the article, one of the project's own seas,
    regions and crossings ("the Channel", "the Med", "the Keys"), unnumbered ("the
    Channel 4 news" is television) and not the start of an organisation's name ("the Dawa
    Party" is Iraq's party, not the river) or of any longer name ("the Gulf War", "the Gulf
    Coast": a capitalised word goes on it)."""
    if (text[max(0, start - 4):start].lower() != "the " or _NUMBERED.match(text, end, end + _NUMBERED_SPAN)
            or _NAME_GOES_ON.match(text, end)):
        return False
    key = normalize(text[start:end])
    after = _WORD_AFTER.match(text, end, end + 20)
    if after and f"{key} {normalize(after.group(1))}" in gazetteer.organisations:
        return False
    return _project_name(gazetteer, "the " + key)


def _project_name(gazetteer: Gazetteer, key: str) -> bool:
    """Whether a key names one of the supplement's places (GeoNames' own "the ..." aliases,
    "the post", "the crossing", are too loose)."""
    return key in gazetteer.project_names


def _lookup(gazetteer: Gazetteer, key: str, short: bool, undotted: bool,
            extra: dict[str, object]) -> tuple[str, str]:
    """The key of a phrase (key_of() of its words) and what it names: organisation, demonym
    (only if short, one or two tokens), place, or "" for nothing (a shorter phrase may
    still be one). ``undotted``: the phrase is one all-caps word of two to four letters."""
    # Whether the key is a name, once asked of the trie (each test costs more than the
    # rest of this function): None until it is.
    named: bool | None = None
    if key.endswith("."):
        named = key in gazetteer.names
        if not named and key not in extra:
            key, named = key[:-1], None  # a sentence-final dot, not an abbreviation
    elif undotted:
        named = key in gazetteer.names
        if not named and _state_abbreviation(gazetteer, key + "."):
            key, named = key + ".", None  # "NSW", "BC": a state's abbreviation written without its dots ("N.S.W.", "B.C.")
    if key in gazetteer.organisations:
        return key, "organisation"
    if key.rstrip(".") in _never():
        return key, ""
    if short and key in gazetteer.demonyms:
        return key, "demonym"
    if "'" in key and not named and key not in extra:
        key, named = _unelided(gazetteer, key)
    if (named if named is not None else key in gazetteer.names) or key in extra:
        if len(key.rstrip(".")) > 1:
            return key, "place"
    return key, ""


def _unelided(gazetteer: Gazetteer, key: str) -> tuple[str, bool]:
    """A name with an apostrophe that the gazetteer writes without it, as one word or two
    ("M'tsamboro" is Mtsamboro, "Birni N'Konni" is Birni N Konni), where the name as written
    is none; else the key as it was. With whether the key returned is a name."""
    if key in gazetteer.names:
        return key, True
    for folded in (key.replace("'", ""), key.replace("'", " ")):
        if folded in gazetteer.names:
            return folded, True
    return key, False


def _state_abbreviation(gazetteer: Gazetteer, key: str) -> bool:
    """Whether a dotted key names first-level divisions only ("n.s.w.", not "i.o.m.", the
    Isle of Man, which "IOM" in migration news never is)."""
    return key in gazetteer.division_only_names


@_per_gazetteer(1 << 15)
def _known(gazetteer: Gazetteer, key: str, short: bool, undotted: bool) -> tuple[str, str]:
    """_lookup without extra names, remembered per process (up to 32k keys): phrases
    recur across documents ("U.S.", "White House") and the gazetteer never changes."""
    return _lookup(gazetteer, key, short, undotted, {})


def _rejected(text: str, items: list[list], n: int, run: list[_Token], gazetteer: Gazetteer) -> str:
    """Why the place item n of a run is not a place here ("" when it is one)."""
    i, j, key, _ = items[n]
    end = run[j - 1][1]
    # The checks in their order, each skipped where what it reads first is not there: the
    # article of "The City Council", the space or hyphen before "Street" or "virus".
    after = text[end:end + 1]
    return (_currency(text, run[i][0], end) or _in_organisation(text, items, n, run, gazetteer)
            or _in_title_of_publication(text, items, n, run)
            or ("common word" if key.startswith("the ") and _article_alias(gazetteer, key) else "")
            or (after == " " and _street_name(text, end))
            or (after in _SPACE_OR_HYPHEN and _in_pathogen_name(text, end)) or _in_dish_name(text, run[i][0])
            or _in_person_name(text, items, n, run, gazetteer) or _word_or_first_name(text, items[n], run, gazetteer)
            or _described_as_person(text, items, n, run, gazetteer) or _person_named_work(text, items[n], run, gazetteer)
            or _head_of_longer_name(text, items[n], run))


@functools.cache
def _work_features() -> frozenset[str]:
    """The features of the works named after people that the gazetteer keys by the name alone
    ("Ben Gurion"): recognize.toml's work_features."""
    return frozenset(lexicon()["work_features"])


@functools.cache
def _work_nouns() -> frozenset[str]:
    """The last words of those works' full names, which say the work itself ("Owen Roberts
    International Airport"): the feature_nouns that ask for one of work_features, and
    recognize.toml's work_name_ends ("Al Udeid Air Base")."""
    return frozenset(noun.rpartition(" ")[2] for noun, feature in lexicon()["feature_nouns"].items()
                     if feature in _work_features()) | frozenset(lexicon()["work_name_ends"])


def _person_named_work(text: str, item: list, run: list[_Token], gazetteer: Gazetteer) -> str:
    """A work the gazetteer knows by a person's full name, which opens with a given name
    ("Ben Gurion" for the airport), is the work only where a place is expected: after a
    locative ("landed at Ben Gurion") or before its feature noun. Elsewhere the name is the
    person's ("Ben Gurion told the cabinet"). After "of", "from" or "to" (recognize.toml's
    person_locatives) it is the work only where the text names it as a place elsewhere ("flew
    out of Ben Gurion airport", "landed at Ben Gurion"): "a biography of Ben Gurion" is the
    person's."""
    i, j, key, _ = item
    start, end = run[i][0], run[j - 1][1]
    if (j - i < 2 or key_of(text[start:run[i][1]]) not in gazetteer.first_names
            or key.rpartition(" ")[2] in _work_nouns()):
        return ""
    if feature_after(text, end) or _locative().search(text[max(0, start - 12):start]) and (
            _firm_locative(text, start) or _named_as_work(text, text[start:end])):
        return ""
    places = gazetteer.lookup(key)
    return "person" if places and all(p.feature in _work_features() for p in places) else ""


def _named_as_work(text: str, name: str) -> bool:
    """Whether the text names the work somewhere as a place beyond doubt: with its feature noun
    ("Ben Gurion airport") or after a locative that stands before no person ("landed at Ben
    Gurion")."""
    return any(feature_after(text, m.end()) in _work_features() or _firm_locative(text, m.start())
               for m in re.finditer(rf"\b{re.escape(name)}\b", text))


def _firm_locative(text: str, start: int) -> bool:
    """Whether a locative that stands before no person ("at", not "of") ends the text before start."""
    locative = _locative().search(text[max(0, start - 12):start])
    return locative is not None and locative.group().split()[0].lower() not in _words("person_locatives")


def _head_of_longer_name(text: str, item: list, run: list[_Token]) -> str:
    """A place name that a Romance connector carries on into more capitalised words ("San
    Juan de Lurigancho", "La Estrella de Arica") is the head of a longer name the gazetteer
    lacks: that name, not the namesake of its head, is meant (recognize.toml's
    name_continuations). It is left for review, unplaced."""
    j = item[1]
    if j >= len(run):
        return ""
    words = text[run[j - 1][1]:run[j][0]].split()
    return ("unresolved" if words and words[0].lower() in _words("name_continuations")
            and _connectors(" ".join(words)) else "")


_SPACE_OR_HYPHEN = frozenset((" ", "-"))


def _described_as_person(text: str, items: list[list], n: int, run: list[_Token], gazetteer: Gazetteer) -> str:
    """A lone name that an apposition describes as a person ("Lotte, a volunteer from
    Hamburg", "Amara, 34, said"): a given name the name lists lack, not the town
    (recognize.toml's person_nouns and apposition_nouns). A country or region keeps its
    name ("Chad, a country of ..." has no person noun anyway)."""
    i, j, key, _ = items[n]
    if text[run[j - 1][1]:run[j - 1][1] + 2] != ", " or _famous(gazetteer, key, strict=True):
        return ""
    if len(run) == 2 and i == 1 == n and text[run[0][1]:run[1][0]] == " ":
        # "Yeisleidy Rondón, 25,": a word and then the name, with an age, is a person's name
        return "person" if _AGE_AFTER.match(text, run[1][1]) else ""
    if len(run) != 1:
        return ""
    return "person" if _apposition().match(text, run[j - 1][1], run[j - 1][1] + 60) else ""


#: ", 25," after a name: the person's age.
_AGE_AFTER = re.compile(r", \d{1,3},(?!\d)")


@functools.cache
def _apposition() -> re.Pattern:
    nouns = "|".join(map(re.escape, sorted({*lexicon()["person_nouns"], *lexicon()["apposition_nouns"]})))
    return re.compile(rf", (?:\d{{1,3}},(?!\d)|an? (?:[\w-]+ ){{0,2}}?(?:{nouns})s?\b(?![ -](?:camp|centre|center|town|city|village|hub|route)))")


def _currency(text: str, start: int, end: int) -> str:
    """ "US$5 million", "$US 20", "NZ$40": a country's letters fused with a dollar or
    other currency sign mark the currency, not the country; so does a currency's word
    after the name ("100 US dollars", "2,000 Libyan dinars")."""
    after = text[end:end + 1]
    if after in _CURRENCY_SIGNS or text[start - 1:start] in _CURRENCY_SIGNS:
        return "currency"
    return "currency" if after == " " and _currency_after().match(text, end, end + 16) else ""


@functools.cache
def _currency_after() -> re.Pattern:
    words = "|".join(re.escape(w) for w in lexicon()["currency_words"])
    return re.compile(rf" (?:{words})\b")


def _in_pathogen_name(text: str, end: int) -> str:
    """ "West Nile virus", "Rift Valley fever", "the Reston strain": a place's name as the
    name of a pathogen or a disease, no place in the story."""
    return "pathogen" if _pathogen().match(text, end, end + 20) else ""


def _in_dish_name(text: str, start: int) -> str:
    """ "Chicken Kiev", "beef Wellington": a place's name as the name of a dish, no place in
    the story (recognize.toml's dish_words). The audit counts it as a common word's use."""
    lo = max(0, start - 12)
    window = text[lo:start]
    # A match is a dish word and a space at the window's end: an ASCII window that does not
    # end so, in lower case, holds none (one native test; the case-blind search tries each
    # position of the window). Other windows are searched, as case-blindness there is wider.
    if window.isascii() and not window.lower().rstrip("\n").endswith(_dish_ends()):  # ($ also before a final newline)
        return ""
    return "common word" if _dish().search(text, lo, start) else ""


@functools.cache
def _dish() -> re.Pattern:
    """A dish word right before a name (recognize.toml's dish_words)."""
    words = "|".join(re.escape(w) for w in lexicon()["dish_words"])
    return re.compile(rf"\b(?:{words}) $", re.IGNORECASE)


@functools.cache
def _dish_ends() -> tuple[str, ...]:
    """How a window before a name ends, in lower case, where _dish() may match in it."""
    return tuple(w.lower() + " " for w in lexicon()["dish_words"])


@functools.cache
def _pathogen() -> re.Pattern:
    words = "|".join(re.escape(w) for w in lexicon()["pathogen_words"])
    return re.compile(rf"[ -](?:{words})\b", re.IGNORECASE)


def _after_number(text: str, start: int) -> bool:
    """Whether a word follows a number and a space ("500 BC", "Flight 93")."""
    return text[max(0, start - 2):start - 1].isdigit()


def _is_acronym(text: str, start: int, end: int) -> bool:
    """ "EU", "IRS", "a SWAT team": an all-caps word of two or three letters, or of four or
    five among words that are not all capitals, not dotted ("D.C.") and not a dateline's place
    ("NICE, France -", "ROME (AP)"). Longer all-caps words, or among capitals, are headlines.
    A word with a digit is a code, not an acronym: the gazetteer has it where it names a
    place ("PK5", the Bangui quarter), and lacks it otherwise ("G7", "MH17")."""
    word = text[start:end]
    if (not word.isupper() or len(word) > 5 or "." in word or _AFTER_DATELINE_WORD.match(text, end)
            or any(c.isdigit() for c in word)):
        return False
    return len(word) <= 3 or not _among_capitals(text, start, end)


def _among_capitals(text: str, start: int, end: int) -> bool:
    """Whether the word before or after (within a few characters) is all capitals too: a
    headline or a line in capitals, not an acronym in running text."""
    before = _WORD_BEFORE.search(text, max(0, start - 20), start)
    after = _WORD_AFTER.match(text, end, end + 20)
    return bool((before and before.group(1).isupper()) or (after and after.group(1).isupper())
                or not (before or after))


def _in_organisation(text: str, items: list[list], n: int, run: list[_Token], gazetteer: Gazetteer) -> str:
    """ "The Washington Post", "Bank of America", "Wal-Mart": a place inside the name of an
    organisation or a brand."""
    i, j, _, _ = items[n]
    start, end = run[i][0], run[j - 1][1]
    if n + 1 < len(items) and items[n + 1][3] == "unknown" and text[end:end + 1] == "-":
        nxt = run[items[n + 1][0]]
        if nxt[1] - nxt[0] > 2:  # "Wal-Mart" is a brand; "D-Charleston" a party and a town
            return "organisation"
    suffix = _suffix_after(text, end, *_org_suffixes("org_suffixes"))  # none after a comma or a dot
    if suffix:
        if suffix in _words("country_missions") and _is_country(gazetteer, items[n][2]):
            return ""
        if n + 1 < len(items):
            items[n + 1][3] = "suffix"  # "Post" of "Washington Post" is no place either
        return "organisation"
    if _possessive_institution(text, start, end, items[n][2], gazetteer) or _party_of(text, start, end, items[n][2],
                                                                                       gazetteer):
        return "organisation"
    prefixes, longest, by_length = _org_prefixes()
    # A prefix ends right before the name or one space before it: most names have none
    # there (one native test of the text before them), and need no windows cut.
    tail = text[max(0, start - longest - 1):start]
    if not (tail[:-1] if tail[-1:].isspace() else tail).endswith(prefixes):
        return ""
    for length, group in by_length.items():
        if text[max(0, start - length - 1):start].strip() in group:
            return "organisation"
    return ""


@functools.cache
def _org_noun_after() -> re.Pattern:
    """A lowercase noun of a body right after a name (recognize.toml's org_nouns): "the Dawa party",
    not "the Lampedusa party hall" (org_noun_compounds)."""
    words = "|".join(map(re.escape, lexicon()["org_nouns"]))
    compounds = "|".join(map(re.escape, lexicon()["org_noun_compounds"]))
    return re.compile(rf" (?:{words})\b(?! (?:{compounds})\b)")


#: "the " or a possessive right before a name ("the Dawa party", "Iraq's Dawa party").
_THE_OR_POSSESSIVE_BEFORE = re.compile(r"(?:\b[Tt]he|['’]s) $")


def _party_of(text: str, start: int, end: int, key: str, gazetteer: Gazetteer) -> bool:
    """Whether a name that is no country or division heads a body's name: "the" (or a
    possessive) before it and a body's noun after it ("the Dawa party", "Iraq's Dawa
    party"). "an Arlington party" is held there, and a country's or a state's name in a
    party's ("the United Georgia party") still names its place."""
    return (_org_noun_after().match(text, end) is not None and not _is_division(gazetteer, key)
            and (text.startswith(("The ", "the "), start)
                 or _THE_OR_POSSESSIVE_BEFORE.search(text, max(0, start - 6), start) is not None))


def _possessive_institution(text: str, start: int, end: int, key: str, gazetteer: Gazetteer) -> bool:
    """Whether a saint's or a person's name is followed by a possessive and an institution's
    word ("St Thomas' Hospital", "St John's College": recognize.toml's possessive_institutions).
    A place's possessive is no institution's name: "Athens' Park Hotel", "Rome's University
    of ...", "Kenya's Hospital workers" are in the place, as is any famous place's."""
    if text[end:end + 1] not in ("'", "’"):  # most names: one character's test
        return False
    nxt = _POSSESSIVE_NEXT.match(text, end, end + 40)
    return (nxt is not None and normalize(nxt.group(1)) in _words("possessive_institutions")
            and (_SAINTED.match(text, start) is not None or key in gazetteer.person_names)
            and not _famous(gazetteer, key))


@functools.cache
def _org_suffixes(name: str) -> tuple[frozenset[str], frozenset[str]]:
    """A list of recognize.toml's names that follow a place's name (org_suffixes: "Post",
    "Human Rights Watch"; force_suffixes: "Police", "Border Force") as keys, and the keys of
    their first words ("human", "human rights"), which a longer suffix starts with."""
    suffixes = _words(name)
    heads = {" ".join(key.split()[:n]) for key in suffixes for n in range(1, len(key.split()))}
    return suffixes, frozenset(heads)


def _suffix_after(text: str, end: int, suffixes: frozenset[str], heads: frozenset[str]) -> str:
    """The key of the suffix that the capitalised words right after a name start with
    (one word, or two after a word that starts a longer suffix), or ""."""
    if not text[end:end + 1].isspace():  # what _NEXT_WORDS starts with (\s is str.isspace): most names end a clause
        return ""
    nxt = _NEXT_WORDS.match(text, end, end + 40)
    if not nxt:
        return ""
    words = nxt.group(1).split()
    first = normalize(words[0])
    if first in suffixes:
        return first
    both = normalize(" ".join(words))
    return both if first in heads and both in suffixes else ""


@_per_gazetteer(1 << 12)
def _article_alias(gazetteer: Gazetteer, key: str) -> bool:
    """ "The City Council", "The Center for ...": "the" and a common word that is only
    another name of its places, no place's own name ("The Valley", "The Woodlands" are)."""
    head, _, rest = key.partition(" ")
    return (head == "the" and rest in gazetteer.common_words and not _famous(gazetteer, rest, strict=True)
            and not _project_name(gazetteer, key) and all(normalize(gazetteer.row(r).name) != key for r in gazetteer.names.get(key, ())))


def _street_name(text: str, end: int) -> str:
    """ "Wichita Street", "Elm Avenue": a place's name before a capitalised street
    word names a street."""
    return "street" if _street_after().match(text, end, end + 20) else ""


@functools.cache
def _street_after() -> re.Pattern:
    words = "|".join(re.escape(w.capitalize()) for w in lexicon()["street_names"])
    return re.compile(rf" (?:{words})\b")


def _in_title_of_publication(text: str, items: list[list], n: int, run: list[_Token]) -> str:
    """ "the Indonesian daily Suara Merdeka", "the weekly Kenya Today": a name of two
    words or more right after a noun of the press is a publication's title; so is a name
    of one word after a noun of the press that a capitalised word qualifies ("the Porto
    daily Portugal", "Greece's daily Ellada": its seat or nation; "told the newspaper Kenya
    would act" names the country). "told The Lagos Voice": after a capitalised "The" inside
    a sentence, a place and a capitalised word it does not name are a title too."""
    i, start = items[n][0], run[0][0]
    if _the_title(text, items, n, run):
        return "organisation"
    # A space before the run first: without one there is no word before it (_word_before).
    if i > 3 or text[start - 1:start] != " " or _word_before(text, start) not in _words("press_nouns"):
        return ""
    if len(run) < 2:
        return "organisation" if _QUALIFIED_PRESS_NOUN.search(text, max(0, start - 40), start) else ""
    return "" if any(text[run[m - 1][1]:run[m][0]] != " " for m in range(1, len(run))) else "organisation"


#: "Porto daily ", "Greece's daily ": a capitalised word (the paper's seat or nation) before
#: a noun of the press and its title.
_QUALIFIED_PRESS_NOUN = re.compile(r"[A-Z][\w-]*(?:['’]s)? [a-z]+ $")


def _the_title(text: str, items: list[list], n: int, run: list[_Token]) -> bool:
    """Whether a place follows a capitalised "The" inside a sentence (after a lowercase word
    or a comma) and comes before one capitalised word the gazetteer does not know, no
    feature's, division's or street's word ("told The Lagos Voice"; not "the Congo River")."""
    i, j = items[n][0], items[n][1]
    if not (i == 1 and n + 1 == len(items) - 1 and items[n + 1][3] == "unknown"
            and items[n + 1][1] - items[n + 1][0] == 1 and text[run[0][0]:run[0][1]] == "The"
            and _adjacent(text, run, items, n, n + 1) and text[run[0][1]:run[1][0]] == " "):
        return False
    if not _MID_SENTENCE.search(text, max(0, run[0][0] - 3), run[0][0]):
        return False
    word = normalize(text[run[j][0]:run[j][1]])
    return word not in _never() and word not in _words("street_words") and word not in _words("division_nouns") \
        and word not in lexicon()["feature_nouns"]


#: A lowercase letter or a comma and a space right before a word: inside a sentence.
_MID_SENTENCE = re.compile(r"[a-z,] $")


def _word_before(text: str, start: int) -> str:
    """The word of letters right before a name and one space ("daily" in "the daily Suara
    Merdeka"), or "" (after punctuation: "brother. U.S. Rep." starts a new sentence)."""
    if start < 3 or text[start - 1] != " ":
        return ""
    lo = max(0, start - 16)
    word = text[lo:start - 1].rsplit(None, 1)[-1] if text[lo:start - 1].strip() else ""
    if len(word) < 2 or not (word.isascii() and word.isalpha()):
        return ""
    return "" if lo > 0 and len(word) == start - 1 - lo else word  # longer than the window


def _in_person_name(text: str, items: list[list], n: int, run: list[_Token], gazetteer: Gazetteer) -> str:
    """A town name after a title ("Sen. Jensen") or next to a first name ("Marco Minniti",
    "Roy Jones", "George Washington") is part of a person's name. Next to other words it
    is still a place: "Gainesville Police", "Sabratha Hospital"."""
    i, _, key, _ = items[n]
    start = run[i][0]
    titles = _words("titles")
    if len(run) == 1:  # a word alone: only a title right before it can make it a person's name
        prev = _TITLE_BEFORE.search(text, max(0, start - 12), start)
        return "person" if prev and normalize(prev.group(1)) in titles else ""
    # The run starts with a title: "Sen. Ray Miller"; but a name after a connector is the
    # office's or the person's place: "Deputy Minister of Defence of Azerbaijan", "Gov.
    # Rick Perry of Texas", "Chief Executive of Racing Victoria". A name after a title has
    # a few words: the gaps are read for six at most, so a long run costs linear time.
    if (0 < i <= 6 and ((first_word := normalize(text[run[0][0]:run[0][1]]).rstrip(".")) in titles
                        or first_word in _words("person_nouns"))
            and not any(text[run[k - 1][1]:run[k][0]].strip(" -.") for k in range(1, i + 1))):
        return "person"
    # A title inside the run, two words back at most ("Health Minister Recep Akdag",
    # "President Susilo Bambang Yudhoyono"), or a title or a role noun right before the run
    # ("president Barack Obama", "spokesman Joaquin Navarro"), starts a person's name.
    for k in range(max(1, i - 2), i):
        if (normalize(text[run[k][0]:run[k][1]]).rstrip(".") in titles
                and not any(text[run[m - 1][1]:run[m][0]] != " " for m in range(k + 1, i + 1))):
            return "person"
    # The name has two words at least ("minister Kenya" is no name).
    if ((0 < i <= 2 or (i == 0 and items[n][1] == 1 < len(run) and text[run[0][1]:run[1][0]] == " "))
            and not any(text[run[m - 1][1]:run[m][0]] != " " for m in range(1, i + 1))):
        before = _word_before(text, run[0][0])
        if before and (normalize(before) in titles or before in _words("person_nouns")):
            return "person"
    prev = _TITLE_BEFORE.search(text, max(0, start - 12), start)
    if prev and normalize(prev.group(1)) in titles:
        return "person"

    # "Boyd J. Jones", "Olin L. Wethington": a middle initial between a first name and a
    # surname (not N., S., E., W.: "N. Main").
    j = items[n][1]
    if ((i >= 2 and _initial(text, run, i - 1) and text[run[i - 2][1]:run[i - 1][0]] == " ")
            or (j + 1 < len(run) and _initial(text, run, j) and text[run[j - 1][1]:run[j][0]] == " ")):
        return "person"

    if i > 0 and _named_for_person(text, run, i, items[n][1], gazetteer):
        return "person"

    first = gazetteer.first_names
    beside_first_name = ((key in first and _adjacent(text, run, items, n, n + 1))
                         or (n > 0 and items[n - 1][2] in first and _adjacent(text, run, items, n - 1, n))
                         # a middle name the gazetteer lacks between them: "John Dramani Mahama"
                         or (n > 1 and items[n - 2][2] in first and items[n - 1][3] == "unknown"
                             and _adjacent(text, run, items, n - 2, n - 1) and _adjacent(text, run, items, n - 1, n)))
    # "Prescott Carlson", "Socorro Molina": a small place's name right before a surname that
    # ends the run is a first name.
    surname = items[n + 1][2] if n + 2 == len(items) else ""
    if (surname in gazetteer.person_names and surname not in first and _adjacent(text, run, items, n, n + 1)
            and items[n][1] - i == 1 and surname not in gazetteer.common_words and surname not in _never()
            and not text.startswith(_POSSESSIVES, run[-1][1]) and not _famous(gazetteer, key, strict=True)
            and not _famous(gazetteer, key, floor=1_000_000)):
        return "person"
    # _famous only then: it reads gazetteer rows, the rest reads sets and the text.
    if beside_first_name and not _famous(gazetteer, key, strict=True) and not _force_place(text, run[items[n][1] - 1][1]):
        return "person"
    return ""


#: The nouns after a person's name that make the whole the name of a work or a street named
#: after that person ("the José Joaquín de Olmedo airport", "Antonio José de Sucre Avenue").
@functools.cache
def _named_for() -> re.Pattern:
    """The noun of a work named after a person, after the name, with a capital or not
    (recognize.toml's named_for_nouns, after one of its named_for_qualifiers or none)."""
    def either_case(words: list[str]) -> str:
        return "|".join(f"[{w[0].upper()}{w[0]}]{re.escape(w[1:])}" for w in words)
    return re.compile(rf"\s+(?:(?:{either_case(lexicon()['named_for_qualifiers'])})\s+)?"
                      rf"(?:{either_case(lexicon()['named_for_nouns'])})\b")
#: The particles of a surname after a given name ("de Olmedo", "van der Berg"), and the saints'
#: words before a given name that make the whole a town's name instead ("San Juan de Ulúa").
_SURNAME_PARTICLES = frozenset({"de", "del", "della", "di", "da", "do", "dos", "das", "du", "des", "van", "von"})
_SAINTS = frozenset({"san", "santa", "santo", "sao", "saint", "st", "ste"})


def _named_for_person(text: str, run: list[_Token], i: int, j: int, gazetteer: Gazetteer) -> bool:
    """Whether tokens i..j of a run follow a given name and a surname's particle and come
    before an airport's, a bridge's or a street's noun: a person's surname the work is
    named after ("José Joaquín de Olmedo airport" is in Guayaquil, not at Olmedo, Spain)."""
    gap = text[run[i - 1][1]:run[i][0]]
    words = gap.split()
    if not (gap[:1] == " " == gap[-1:] and 0 < len(words) <= 2 and words[0] in _SURNAME_PARTICLES
            and _named_for().match(text, run[j - 1][1])):
        return False
    given = normalize(text[run[i - 1][0]:run[i - 1][1]])
    saint = i > 1 and normalize(text[run[i - 2][0]:run[i - 2][1]]).rstrip(".") in _SAINTS
    return given in gazetteer.first_names and not saint


def _adjacent(text: str, run: list[_Token], items: list[list], a: int, b: int) -> bool:
    """Whether items a and b of a run (a before b) are one space apart; False past its ends."""
    if a < 0 or b >= len(items):
        return False
    return text[run[items[a][1] - 1][1]:run[items[b][0]][0]] == " "


def _initial(text: str, run: list[_Token], k: int) -> bool:
    """Whether token k of a run is a person's initial with its dot, a name following."""
    start, end = run[k]
    return (end - start == 1 and text[start] not in "NSEW" and k + 1 < len(run)
            and text[end:run[k + 1][0]] == ". ")


def _word_or_first_name(text: str, item: list, run: list[_Token], gazetteer: Gazetteer) -> str:
    """A lone word that is a frequent lowercase English word ("Split decision") or a
    frequent name ("Lincoln said") is a place only when the place is a big one or the
    words around say so ("in Lincoln", "Lincoln, Neb."); the latter is decided per
    document ("maybe person")."""
    i, j, key, _ = item
    if j - i != 1:
        return ""
    start, end = run[i][0], run[j - 1][1]
    word = text[start:end]
    acronym, common, person = _lone_facts(gazetteer, word, key)
    # "IRS", "ER", "PA" in running text are acronyms; countries and unions ("US", "EU")
    # are known as such.
    if acronym and _is_acronym(text, start, end):
        # A state's or province's abbreviation is one where the words around make it a
        # place ("cases rose in NSW", "flights from BC", "Perth, WA"), unnumbered ("onto
        # KY 52" is a road, "500 BC" an era), and then throughout the text ("maybe acronym").
        if not _is_division(gazetteer, key) or _NUMBERED.match(text, end, end + _NUMBERED_SPAN) or _after_number(text, start):
            return "acronym"
        placed = _place_context(text, start, end, gazetteer) or _QUALIFYING.search(text, max(0, start - 30), start)
        return "" if placed else "maybe acronym"
    # "Reading the report, officials said": the verb, even of a large town's name; a country
    # or sea is never the verb ("Turkey the same year...").
    if ((common or key in gazetteer.common_words and not word.isupper() and not _famous(gazetteer, key, strict=True))
            and _word_at_start(text, start, end)):
        return "word"
    if common:
        return "" if _rescuable(text, run, start, end) and _place_context(
            text, start, end, gazetteer) else "common word"
    if person:
        locative = _locative().search(text[max(0, start - 12):start])
        qualified = _QUALIFIED.match(text, end, end + 3)
        # A verb of arrival or departure counts as a preposition does ("reaching Van"), and
        # a feature noun after it names the place ("Ercan airport", "Mahama camp").
        if not (locative or qualified or _place_words_before(text, start) or _force_place(text, end)
                or feature_after(text, end)):
            return "maybe person"
    # "Igbo" (Igbo-Ukwu), "MoD" (Maud): a word that is only another name of small towns is
    # a place where the words around make it one, and then throughout the text.
    if _small_towns_alias(gazetteer, key) and not _place_context(text, start, end, gazetteer):
        return "maybe alias"
    return ""


def _generic_division(text: str, end: int, key: str, gazetteer: Gazetteer) -> str:
    """ "common word" where a name is a kind of division many countries have (a word of
    recognize.toml's generic_divisions, and a division noun in it or after it: "the Capital
    region", "the Capital Region") rather than one of them, as the text names none of the
    countries that have a division of that name ("Bahrain's Capital governorate" is one);
    else "". "The Lac region" is Chad's."""
    head, _, noun = key.rpartition(" ")
    if not (key in _words("generic_divisions") and _division_noun().match(text, end, end + 16)
            or head in _words("generic_divisions") and noun in _words("division_nouns")):
        return ""
    countries = {p.country for p in gazetteer.lookup(key) if p.kind == "admin" and p.country}
    return "common word" if countries and not countries & _countries_named(text, gazetteer) else ""


@functools.lru_cache(maxsize=2)
def _countries_named(text: str, gazetteer: Gazetteer) -> frozenset[str]:
    """The ISO codes of the countries a text names, by name or demonym ("Bahrain",
    "Bahraini"), read from its capitalised words (runs of up to three). Read once per text:
    a text may name a generic division many times, and each asks (a whole-text pass)."""
    named: set[str] = set()
    for run in _runs(text):
        for i in range(len(run)):
            for j in range(i + 1, min(i + 3, len(run)) + 1):
                key = key_of(text[run[i][0]:run[j - 1][1]])
                if key in gazetteer.country_names:
                    named.update(p.country for p in gazetteer.lookup(key) if p.kind == "country" and p.country)
                elif key in gazetteer.demonyms and (country := gazetteer.row(gazetteer.demonyms[key]).country):
                    named.add(country)
    return frozenset(named)


def _word_at_start(text: str, start: int, end: int) -> bool:
    """Whether a word opens its sentence (after any opening quote or bracket) and an article
    or an object follows it (recognize.toml's object_words): "Reading the report", "Split
    the difference" use the English word; "went to Reading the next day" does not open one."""
    m = _object_after().match(text, end, end + 40)  # (room for the time after the article)
    if m is None:
        return False
    return _opens_sentence(text, start)


def _after_article(text: str, start: int) -> bool:
    """Whether the word before a name is "the" ("over the Kurubaş pass")."""
    return text[max(0, start - 5):start].lower().split()[-1:] == ["the"]


def _opens_sentence(text: str, start: int) -> bool:
    """Whether a word is its sentence's first (after any opening quote or bracket)."""
    i = start
    while i and text[i - 1] in _OPENING:
        i -= 1
    return i == 0 or text[i - 1] in _SENTENCE_END or text[i - 2:i - 1] in _SENTENCE_END and text[i - 1] in "'\"’”)"


_OPENING = frozenset(" \t\u00a0\"'“‘(")
_SENTENCE_END = frozenset(".!?\n")


@functools.cache
def _object_after() -> re.Pattern:
    words = "|".join(map(re.escape, lexicon()["object_words"]))
    # (an adjective may come between: "the next day", "this past week"; "Reading this year's
    # figures" is the verb)
    times = "|".join(map(re.escape, lexicon()["time_words"]))
    return re.compile(rf"[ \u00a0]+(?:{words})\b(?![-'’])(?![ \u00a0]+(?:[a-z]+[ \u00a0]+)?(?:{times})\b(?!['’]))")


@_per_gazetteer(1 << 15)
def _lone_facts(gazetteer: Gazetteer, word: str, key: str) -> tuple[bool, bool, bool]:
    """What _word_or_first_name asks of a word alone, before reading around it (remembered:
    most place names are none of these, and then need no context read): whether it may be
    an acronym and names no area, is a common word no famous place's, a person's name no
    metropolis's."""
    return (word.isupper() and len(word) <= 5 and "." not in word and not _famous(gazetteer, key, strict=True),
            not word.isupper() and key in gazetteer.common_words and not _famous(gazetteer, key),
            key in gazetteer.person_names and not _famous(gazetteer, key, floor=1_000_000))


@_per_gazetteer(1 << 15)
def _small_towns_alias(gazetteer: Gazetteer, key: str) -> bool:
    """Whether every place of a key is a town smaller than alias_min_population that has
    another main name, not a spelling of it ("Sabratha" is Şabrātah's, "Tskhinvali"
    Ts'khinvali's)."""
    from rapidfuzz.fuzz import ratio

    floor, close = lexicon()["alias_min_population"], lexicon()["alias_spelling_ratio"]
    # Without reading rows: an area's, a country's or a division's name, or a town's own
    # name (its key is that town's main name, a ratio of 100).
    if (key in gazetteer.area_names or key in gazetteer.division_names or key in gazetteer.main_populations
            or key in gazetteer.country_names):
        return False
    # Its rows read together: resolution usually reads every one of them next.
    places = gazetteer.rows(gazetteer.names.get(key, ()))
    return bool(places) and all(p.kind == "city" and p.population < floor
                                and ratio(normalize(p.name), key) < close for p in places)


def _famous(gazetteer: Gazetteer, key: str, strict: bool = False, floor: int | None = None) -> bool:
    """Whether the name is a name of a country, continent, sea or region (strict), or also
    the main name of a large city or division: facts of the index, no rows read."""
    if key in gazetteer.area_names:
        return True
    if strict:
        return False
    floor = floor or lexicon()["famous_min_population"]
    if floor < gazetteer.main_population_floor:  # below what the index lists: read the rows
        return any(normalize(p.name) == key and p.population >= floor
                   for p in map(gazetteer.row, gazetteer.names.get(key, ())))
    return gazetteer.main_populations.get(key, 0) >= floor


@functools.cache
def _context_words() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str], tuple[str, ...]]:
    """The place contexts of recognize.toml as sets: words right before a name, words
    before "to" and before "for", nouns before "of", and suffixes right after a name."""
    lex = lexicon()
    return (frozenset(lex["place_prepositions"]) | frozenset(lex["place_verbs"]), frozenset(lex["to_after"]),
            frozenset(lex["for_after"]), frozenset(lex["place_nouns"]), tuple(lex["place_suffixes"]))


def _place_words_before(text: str, start: int) -> bool:
    """Whether the words right before a name introduce a place: "in", "off", "left",
    "crossed to", "bound for", "from Calais to", "the port of", "the border town of".
    Read as words from a short window, as a regex would try every position of it."""
    window = text[max(0, start - 40):start]
    if not window[-1:].isspace():
        return False
    words = window.lower().split()
    if not words:
        return False
    single, to_after, for_after, nouns, _ = _context_words()
    last = words[-1]
    before = words[-2] if len(words) > 1 else ""
    two_before = " ".join(words[-3:-1])
    if last in single:
        return True
    if last == "to":
        # A verb of moving ("crossed to", "towed by rescuers to") or a "from" ("from Calais
        # to", "from Bihac in Bosnia to") up to four words back.
        return any(w == "from" or w in to_after for w in words[-5:-1])
    if last == "for":
        return before in for_after or two_before in for_after
    if last == "of":
        return before in nouns or two_before in nouns
    if last in lexicon()["area_adjectives"]:
        return before in single  # "in regional NSW", "across rural Kenya"
    return False


def _rescuable(text: str, run: list[_Token], start: int, end: int) -> bool:
    """Whether a common word may be a place at all: no capitalised word right beside it
    ("Bridge Street", "Human Resources" are other names; "Dunkirk and Dover" is a list)
    and not numbered ("Section 2", "Loop 286", "Lot No. 5") or a street ("Orange Street")."""
    i = 0 if run[0][0] == start else [token[0] for token in run].index(start)
    alone = ((i == 0 or text[run[i - 1][1]:start].strip(" -\u00a0"))
             and (i == len(run) - 1 or text[end:run[i + 1][0]].strip(" -\u00a0")))
    return bool(alone) and not _NUMBERED.match(text, end, end + _NUMBERED_SPAN) and not _street().match(text, end, end + 40)


@functools.cache
def _street() -> re.Pattern:
    """ "Orange and White streets": a street word after the name, or after a second one."""
    words = "|".join(re.escape(w) for w in lexicon()["street_words"])
    return re.compile(rf"(?:\s+and\s+[A-Z][\w'’-]*)?\s+(?:{words})\b\.?", re.IGNORECASE)


def _place_context(text: str, start: int, end: int, gazetteer: Gazetteer) -> bool:
    """Whether the words around a name use it as a place: "in Dover", "off Kos", "the
    port of Dover", "Dover-bound", "Dover, England", "the Lac province", or a dateline
    ("Dover (AP) -")."""
    if _place_words_before(text, start) or _on_island(text, start, end, gazetteer):
        return True
    if text.startswith(_context_words()[4], end) or feature_after(text, end):
        return True
    # A division noun after a division's name ("Chad's Lac province"); not after another
    # name, which may be a region of no division ("the Sandhills region").
    if _division_noun().match(text, end, end + 16) and _is_division(gazetteer, key_of(text[start:end])):
        return True
    if _qualifier(text, end, gazetteer) is not None:
        return True
    return dateline_place(text, start, end)


def _on_island(text: str, start: int, end: int, gazetteer: Gazetteer) -> bool:
    """Whether a name the gazetteer knows as an island follows "on" or "to" ("landed on
    Kos", "ferries to Kos"): the English word would rarely be capitalised there."""
    return (_island_prepositions().search(text, max(0, start - 6), start) is not None
            and any(p.kind == "island" for p in gazetteer.lookup(key_of(text[start:end]))))


@functools.cache
def _island_prepositions() -> re.Pattern:
    words = "|".join(map(re.escape, lexicon()["island_prepositions"]))
    return re.compile(rf"\b(?:{words})\s+$")


def _qualifier(text: str, end: int, gazetteer: Gazetteer) -> str | None:
    """The key of the country or division that qualifies a name after a comma ("Calais,
    France", "Dover, Kent"), or None."""
    m = _QUALIFIER.match(text, end, end + 40)
    if not m:
        return None
    words = m.group(1).split()
    for n in range(len(words), 0, -1):
        phrase = " ".join(words[:n])
        after = m.start(1) + len(phrase)
        # The qualifier ends a clause ("Calais, France, on Monday"); "Still, Texas officials
        # said" is a sentence adverb before a subject.
        if after < len(text) and text[after] not in ",.;:)—–-\n" and not text.startswith(" (", after):
            continue
        key = key_of(phrase)
        if _is_division(gazetteer, key) or _is_division(gazetteer, key.rstrip(".")):
            return key
    return None


def _is_country(gazetteer: Gazetteer, key: str) -> bool:
    """Whether a name names a country."""
    return key in gazetteer.country_names


def _is_division(gazetteer: Gazetteer, key: str) -> bool:
    """Whether a name names a country or a first-level division."""
    return key in gazetteer.country_names or key in gazetteer.division_names


def _listed(text: str, a: Span, b: Span) -> str:
    """The joiner if two spans, a before b, are neighbours in a list (text.list_joiner)."""
    return list_joiner(text, a.end, b.start)


def _direction(text: str, start: int) -> tuple[str, int]:
    """A direction word right before a name makes it a vague region ("southern Libya",
    "the south of Libya"): the direction and where the region's words start."""
    window = text[max(0, start - 30):start]
    if not _DIRECTION_STEM.search(window.casefold()):  # casefold, as "ſ" matches "s" there too
        return "", start
    m = _DIRECTION_BEFORE.search(window)
    if not m:
        return "", start
    word = normalize(m.group("adj") or m.group("noun")).replace(" ", "")
    direction = DIRECTIONS.get(word, "")
    return direction, start - (len(window) - m.start())


@_per_gazetteer(1 << 14)
def _ordinary(gazetteer: Gazetteer, key: str) -> bool:
    """A capitalised word that names no place ("Saturday", "National", "John"), so the
    audit need not list it as an unknown place."""
    return (key.rstrip(".") in _words("never") or key in _words("titles") or key in gazetteer.common_words
            or key in gazetteer.person_names)


def _after_preposition(text: str, start: int) -> bool:
    """Whether a preposition comes right before a word (recognize.toml's place_prepositions
    and audit_prepositions: "on Most", "to Split")."""
    return _prepositions().search(text, max(0, start - 12), start) is not None


@functools.cache
def _prepositions() -> re.Pattern:
    lex = lexicon()
    words = "|".join(map(re.escape, (*lex["place_prepositions"], *lex["audit_prepositions"])))
    return re.compile(rf"\b(?:{words})\s+$")


def _looks_like_place(text: str, start: int) -> bool:
    """A capitalised word after 'in', 'from', 'to', 'near', 'off', 'via', or in another
    place context ("left Zawya", "the port of Bossaso"), that the gazetteer lacks ("of"
    alone is too loose: "the March of Dimes")."""
    return bool(_NEAR_LOCATIVE.search(text[max(0, start - 6):start])) or _place_words_before(text, start)


def _borders(text: str, spans: list[Span], sentence_of) -> list[Span]:
    """"the borders" / "its southern borders" stand for the country the text is about."""
    out: list[Span] = []
    if "border" not in text.casefold():
        return out  # the scan below tries every position of the text; most texts have no borders
    ordered = sorted(spans, key=lambda s: s.start)
    ends = [s.end for s in ordered]  # spans do not overlap, so their ends are sorted too
    for m in _BORDERS.finditer(text):
        i = bisect.bisect_right(ends, m.start())
        if i < len(ordered) and ordered[i].start < m.end():
            continue  # inside a name already found ("the borders of southern Libya")
        if m.group().endswith("Border") and _ORGANISATION_AFTER.match(text, m.end()):
            continue  # "the Border Police said": the force, not the country's borders
        if _border_people().match(text, m.end()):
            continue  # "officers of the border police", "the border guards": people, not a place
        if _border_locator().match(text, m.end()):
            continue  # "the border village of Kilis": the words place the village, which is named
        direction = DIRECTIONS.get((m.group("dir") or "").lower(), "")
        out.append(Span(m.group(), m.start(), m.end(), sentence_of(m.start()), "borders", "", direction))
    return out


@functools.cache
def _border_people() -> re.Pattern:
    """A noun of recognize.toml's attributive_nouns right after "border" ("the border police",
    "their border guards"): "border" names what the people guard, and the words name no place."""
    return re.compile(rf"\s+(?i:{alternation(lexicon()['attributive_nouns'])})\b")


@functools.cache
def _border_locator() -> re.Pattern:
    """A noun of recognize.toml's place_nouns after "border" and then a name, itself or
    after "of" ("the border town of Chaman", "the border village Kilis"): "border" says
    where the named place is, and is no mention of the country's borders."""
    nouns = alternation(lexicon()["place_nouns"])
    return re.compile(rf"\s+(?i:{nouns})\s+(?:of\s+)?[A-Z{CAPITALS}]")


#: "the Cocos (Keeling) Islands", "Kyiv (Kiev) Oblast": capitalised words, another name in
#: parentheses, capitalised words.
_PARENTHESISED = re.compile(r"((?:[A-Z][\w'’-]* ){0,3}[A-Z][\w'’-]*) \(([A-Z][\w'’ -]{0,30})\) "
                            r"([A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2})")


#: The middle of every _PARENTHESISED match: " (Keeling) I".
_BRACKETED_NAME = re.compile(r" \(([A-Z][\w'’ -]{0,30})\) [A-Z]")


def _parenthesised(text: str, spans: list[Span], gazetteer: Gazetteer, sentence_of) -> list[Span]:
    """A name with another name of the place in parentheses inside it ("the Cocos
    (Keeling) Islands") is one place where its words without the parentheses, or with
    them, name one ("Cocos Islands", the territory, not Cocos in Brazil): the spans
    inside become one. The longest such name wins."""
    # Every match holds a short capitalised name in brackets and a capital after: a
    # literal bracket the regex engine finds natively, where the whole pattern is tried
    # at every capital of the text.
    if _BRACKETED_NAME.search(text) is None:
        return spans
    for m in _PARENTHESISED.finditer(text):
        before, inner, after = m.group(1).split(" "), m.group(2), m.group(3).split(" ")
        best = None
        for k in range(len(before)):  # "The Cocos": the name may start at any word
            for n in range(len(after), 0, -1):
                for words in (before[k:] + after[:n], before[k:] + [inner] + after[:n]):
                    key = key_of(" ".join(words))
                    if key in gazetteer.names and key.rstrip(".") not in _never():
                        start = m.start(1) + len(" ".join(before[:k])) + (1 if k else 0)
                        end = m.start(3) + len(" ".join(after[:n]))
                        if best is None or end - start > best[1] - best[0]:
                            best = (start, end, key)
        if best:
            start, end, key = best
            spans = [s for s in spans if s.end <= start or s.start >= end]
            spans.append(Span(text[start:end], start, end, sentence_of(start), "", key))
    return sorted(spans, key=lambda s: s.start)


#: "Frankfurt (Oder)", "Halle (Saale)": a capitalised word in parentheses (found first, by its
#: literal bracket) after one to three capitalised words.
_BRACKETED_WORD = re.compile(r" \(([A-Z][\w'’-]{1,20})\)")
_WORDS_BEFORE = re.compile(r"(?:[A-Z][\w'’-]* ){0,2}[A-Z][\w'’-]*$")


def _with_bracketed_part(text: str, spans: list[Span], gazetteer: Gazetteer, sentence_of) -> list[Span]:
    """A name whose parenthesised word is part of it ("Frankfurt (Oder)", the town on the
    Oder, not Frankfurt am Main) is one place where the gazetteer holds it so: the spans
    inside become one, and the word in parentheses is no river or place of its own."""
    for b in _BRACKETED_WORD.finditer(text):
        before = _WORDS_BEFORE.search(text, max(0, b.start() - 64), b.start())
        if before is None:
            continue
        words = before.group().split(" ")
        for k in range(len(words)):  # "At Frankfurt": the name may start at any word
            key = key_of(" ".join(words[k:]) + f" ({b.group(1)})")
            if key in gazetteer.names:
                start = before.start() + len(" ".join(words[:k])) + (1 if k else 0)
                spans = [s for s in spans if s.end <= start or s.start >= b.end()]
                spans.append(Span(text[start:b.end()], start, b.end(), sentence_of(start), "", key))
                break
    return sorted(spans, key=lambda s: s.start)


def _force_place(text: str, end: int) -> bool:
    """Whether a force named after its place follows a word that may be a first name ("Kent
    Police", "Essex Constabulary": recognize.toml's force_suffixes): that word is the place."""
    return text[end:end + 1] == " " and bool(_suffix_after(text, end, *_org_suffixes("force_suffixes")))


#: After "the Border": "the Border Police", "The Border Guard", "the Border Force" are an
#: organisation, not "the border" (_borders).
_ORGANISATION_AFTER = re.compile(r"\s+[A-Z][a-z]")
