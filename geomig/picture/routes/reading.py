"""Reading one document alone (_DocReader -> _DocRead): its claims without other groups' places,
guesses and objects moved, split into parts (groups), the chains each part states (chains),
the places it locates others by (_unlocated, _named). A memo keeps each document's reading
for a caller that plans a growing corpus again (remember). planning starts from these reads.
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace

from geomig.picture import cues as _cues
from geomig.picture import geometry
from geomig.picture.claims import Claim, PlaceRef
from geomig.picture.routes.chains import _chains, _flashback, _stated_mode
from geomig.picture.routes.groups import (
    _Apart,
    _apart,
    _home_told_last,
    _not_alternatives,
    _only_arrived,
    _others_passed,
    _started_anew,
    _told_apart,
)
from geomig.picture.routes.hoped import _never_got_there, _wanted_only
from geomig.picture.routes.model import _RANK, _STOP_ROLES, Leg, RoutePlan, _departure_country
from geomig.picture.routes.words import _last_comma


def _reader(modes: Mapping[str, re.Pattern | None] | None, by_sea: Callable[[Claim], bool] | None,
            sentences: Mapping[str, Sequence[str]] | None) -> tuple[Mapping[str, re.Pattern | None], _DocReader]:
    """The route modes (the packaged cue data's by default) and the reader of each document
    alone that plan() and remember() share."""
    modes = _cues.route_modes(_cues.default()) if modes is None else modes
    return modes, _DocReader(modes, by_sea, sentences or {})


def _corridor(doc: str, claims: Sequence[Claim]) -> str:
    """The corridor a document's (or a part's) journey joins: its departure country; a part
    told apart ("Separately, ...": a "doc#N" id) keeps a corridor of its own, so two events
    from one country are not planned as one group's journey. (The part's mark is what its id
    adds to its claims' document id, which may hold a "#" of its own: "feed#2".)"""
    country = _departure_country(claims)
    if not country:
        return f"doc:{doc}"
    return country + doc[len(claims[0].doc):]


@dataclass(frozen=True, slots=True)
class _DocRead:
    """What plan() reads of one document's claims alone (or of all documents', read at once),
    before documents are grouped by corridor."""

    claims: tuple[Claim, ...]           # the claims read, as given (a memo's entry is theirs)
    kept: list[Claim]                   # without those _apart ... _unlocated drop
    locators: dict[tuple[str, str], tuple[str, ...]]   # (_unlocated)
    parts: dict[str, list[Claim]]       # the claims a route may use, per part of the document (_Apart)
    chains: list[RoutePlan]             # the legs it states one after another, per part (_chains)
    told: dict[str, list[Claim]]        # parts' claims without flashbacks' and expulsions' (_told)
    never: frozenset[int] = frozenset() # ids of places hoped for and never got to (_never_got_there)
    homes: frozenset[int] = frozenset() # ids of origins one person's, told last (_home_told_last)


class _DocReader:
    """Reads documents' claims into _DocRead (one plan() call's: the sentences each sieve has
    read are remembered for the call)."""

    def __init__(self, modes: Mapping[str, re.Pattern | None], by_sea: Callable[[Claim], bool] | None,
                 sentences: Mapping[str, Sequence[str]]):
        self.modes, self.by_sea = modes, by_sea
        self.guessed, self.things = _Guessed(modes), _Things(modes.get("moved_things"))
        self.part = _Apart(modes.get("apart"), modes.get("same_group"), sentences, modes.get("traveller"),
                           modes.get("same_person"), modes.get("relative_apart"), modes.get("kin_pronoun"),
                           modes.get("one_group"), modes.get("same_one"))
        self.sentences = sentences

    def __call__(self, claims: Sequence[Claim]) -> _DocRead:
        modes = self.modes
        kept = _apart(claims, modes.get("other_group"))
        kept = _told_apart(kept, modes.get("apart"))
        kept = _started_anew(kept)
        kept = _not_alternatives(kept)
        kept = _others_passed(kept, modes.get("other_group"))
        kept, locators = _unlocated(kept, modes.get("locator"))
        # A nationality in a list says who moves, not where: it may start a route (one origin
        # per route, so a list of them is never a chain) but is never a stop along it. A
        # movement the text only guesses at ("they may have travelled from X to Y") draws none,
        # nor one of objects ("the bronzes were flown from X to Y"): a route is people's.
        keyed = [(c, self.part(c)) for c in kept if not c.negated and (c.stop or c.role == "origin")
                 and not self.guessed(c) and not self.things(c)]
        arrived = _only_arrived(keyed, modes.get("apart"), self.part.opener)
        # (a group named by where it is from whose part names no stop: a home told, not a
        # journey of its own; its place stays with the document's, as before)
        arrived |= self.part.grouped - {key for c, key in keyed if c.stop and c.role != "origin"}
        parts: dict[str, list[Claim]] = defaultdict(list)
        for c, key in keyed:
            parts[c.doc if key in arrived else key].append(c)
        _shared(parts, self.part.grouped - arrived)
        turns = modes.get("reached_in_turn")
        # (a place only wished for ends no told journey, as it ends no planned one: _wanted_only)
        # (a group named by where it is from sets out from there: "One boy from X left Y ...")
        chains = [_from_home(ch, part) if key in self.part.grouped else ch for key, part in parts.items()
                  for ch in _chains(part, self.by_sea, turns, (modes.get("goes_on"), modes.get("told_before")),
                                    _wanted_only(part, modes.get("wished"), modes.get("wished_ahead")))]
        # (read here, once per document: a corpus's assembly splits a document's sentences only
        # when it reads the document)
        never = frozenset(id(c) for c in kept if _never_got_there(
            c, modes.get("never_there"), lambda doc=c.doc: self.sentences.get(doc, ())))
        homes = frozenset(id(c) for c in _home_told_last(
            kept, modes.get("home_told"), lambda doc: self.sentences.get(doc, ())))
        return _DocRead(tuple(claims), list(kept), locators, dict(parts), chains,
                        {key: _told(part, modes) for key, part in parts.items()}, never, homes)


def _from_home(chain: RoutePlan, part: Sequence[Claim]) -> RoutePlan:
    """A chain of a part a group named by where it is from opened (_Apart._one_group), starting
    at the town it is from when the chain's first sentence names it as their origin and the
    chain passes it nowhere ("One boy from X left Y, went through Z": X, Y, Z). (An origin country
    or province only says where the stops lie; a town named elsewhere is no home of this group.)"""
    first = chain.claims[0].sentence if chain.claims else -1
    home = next((c for c in part if c.role == "origin" and c.sentence == first and not c.negated
                 and _RANK[c.place.kind] == 3 and c.place.country == chain.stops[0].country), None)
    if home is None or any(s.id == home.place.id for s in chain.stops):
        return chain
    leg = Leg(home.place, chain.stops[0], _stated_mode(home.place, chain.stops[0], (), None))
    aliases = (((),) + tuple(chain.aliases)) if chain.aliases else ()
    return replace(chain, stops=(home.place, *chain.stops), stages=("origin", *chain.stages),
                   legs=(leg, *chain.legs), origins=(*chain.origins, home.place.name), aliases=aliases)


def _shared(parts: dict[str, list[Claim]], grouped: set[str]) -> None:
    """Each part a group named by where it is from opened (_Apart._one_group) with the stops
    its document tells of everyone, unless it sets out from a place of its own: the group went
    the crowd's way too, but its own stops ("A family from X, who had lived in Y") join no
    other origin's route."""
    for key in grouped:
        doc = parts[key][0].doc if parts.get(key) else None
        common = [c for c in parts.get(doc, ()) if c.stop and c.role != "origin"]
        # (a group that sets out from a place of its own tells its own journey, not the crowd's)
        if common and not any(c.role == "launch_point" for c in parts[key]):
            parts[key] = sorted([*common, *parts[key]], key=lambda c: (c.sentence, c.at))


def _told(claims: Sequence[Claim], modes: Mapping[str, re.Pattern | None]) -> list[Claim]:
    """The claims of the journey the text tells: without a flashback's place (_flashback) nor
    one of a sentence telling an expulsion (the cue data's `removed`: _removed). Read once per
    document: a corpus's assembly plans its documents again at each checkpoint."""
    before, removed = modes.get("told_before"), modes.get("removed")
    return [c for c in claims if not (_flashback(c, before) or _removed(c, removed))]


def _by_document(claims: Sequence[Claim]) -> dict[str, list[Claim]] | None:
    """The claims per document, in order; None unless each document's claims come in one run
    and no document's id holds "#" (_Apart names a part of a document so): only then are the
    documents read one by one as plan() reads them all at once."""
    docs: dict[str, list[Claim]] = {}
    last = None
    for c in claims:
        if c.doc != last:
            if c.doc in docs or "#" in c.doc:
                return None
            docs[c.doc] = []
            last = c.doc
        docs[c.doc].append(c)
    return docs


def _remembered(memo: dict, doc: str, claims: list[Claim], reader: _DocReader) -> _DocRead:
    """The document's _DocRead from the memo while its claims are the same objects, else read."""
    known = memo.get(doc)
    if known is None or len(known.claims) != len(claims) or any(
            a is not b for a, b in zip(known.claims, claims, strict=True)):
        known = memo[doc] = reader(claims)
    return known


#: The kinds of place a text locates another one by without a word of nearness ("X in Y",
#: "X, Y"): areas. A town locates only what the words put near it ("a camp outside Calais").
_AREAS = ("country", "region", "admin", "island", "continent")


def _unlocated(claims: Sequence[Claim], rx: re.Pattern | None
               ) -> tuple[Sequence[Claim], dict[tuple[str, str], tuple[str, ...]]]:
    """The claims without those of a place that only says where the place named just before
    it lies ("set off from Tobruk in eastern Libya", "taken to Tobruk, Libya"; `rx`: the cue
    data's [route_modes] locator, the words between the two), where the first does lie in or
    near it (geometry.locates): the second is no stop of its own. Also, per (document, place
    id), the names the text locates the place by (a stop's other names: "Libya" for Tobruk).
    Only a place a claim names before it in its sentence is located so: "off Pylos in the
    Peloponnese" with no claim of Pylos keeps the Peloponnese."""
    if rx is None:
        return claims, {}
    by_sentence: dict[tuple[str, int], dict[int, Claim]] = defaultdict(dict)
    for c in claims:
        if c.at >= 0:
            by_sentence[(c.doc, c.sentence)].setdefault(c.at, c)
    dropped: set[tuple[str, int]] = set()       # (document, offset) of each locator's mention
    names: dict[tuple[str, str], tuple[str, ...]] = defaultdict(tuple)
    for (doc, _), at_claim in by_sentence.items():
        if len(at_claim) < 2:
            continue
        offsets = sorted(at_claim)
        for before, at in zip(offsets, offsets[1:], strict=False):
            p, loc = at_claim[before], at_claim[at]
            if p.place.id == loc.place.id or (doc, before) in dropped:
                continue
            base, quote = loc.source.start, loc.source.quote
            frm, to = before - base + len(p.place.name), at - base
            if not 0 <= frm <= to <= len(quote):
                continue
            m = rx.fullmatch(quote, frm, to)
            if m is None or (loc.place.kind not in _AREAS and not m.groupdict().get("near")):
                continue
            # a wider place locates a narrower one: two regions in a row are a list
            if _RANK.get(loc.place.kind, 0) >= _RANK.get(p.place.kind, 0) and loc.place.kind in _AREAS:
                continue
            if geometry.locates(loc.place, p.place, outline=bool(m.groupdict().get("apposed"))):
                dropped.add((doc, at))
                if loc.place.name not in names[(doc, p.place.id)]:
                    names[(doc, p.place.id)] += (loc.place.name,)
    if not dropped:
        return claims, {}
    return [c for c in claims if (c.doc, c.at) not in dropped], dict(names)


def _labels(claims: Sequence[Claim]) -> dict[str, list[PlaceRef]]:
    """Per document, the countries its claims give a stop's role (a negated or hedged one
    names no country the people were in or went to)."""
    out: dict[str, list[PlaceRef]] = defaultdict(list)
    for c in claims:
        if (c.role in _STOP_ROLES and c.place.kind == "country" and not (c.negated or c.hedged)
                and c.place not in out[c.doc]):
            out[c.doc].append(c.place)
    return out


def _named(route: RoutePlan, locators: Mapping[tuple[str, str], tuple[str, ...]],
           labels: Mapping[str, Sequence[PlaceRef]] | None = None) -> RoutePlan:
    """The plan with each stop's other names: those the text locates it by (_unlocated), and
    the countries of its text's roles (_labels) that hold the stop but are no stop themselves
    (a country a narrower stop made a mere label, _most_specific: the way "from Ukraine to
    Slovakia" drawn from Lviv to Kosice goes by the countries' names too)."""
    docs = dict.fromkeys(c.doc for c in route.claims)
    stop_ids = {p.id for p in route.stops}
    aliases = list(route.aliases) or [()] * len(route.stops)
    changed = False
    # (a corpus's route has thousands of documents, which name the same few countries: each
    # country once, in the order its documents first name it, for every stop to test)
    countries = [c for c in dict.fromkeys(c for doc in docs for c in (labels or {}).get(doc, ()))
                 if c.id not in stop_ids]
    for i, p in enumerate(route.stops):
        names = [n for doc in docs for n in locators.get((doc, p.id), ())]
        names += [c.name for c in countries if c.holds(p)]
        for name in names:
            if name not in aliases[i] and name != p.name:
                aliases[i] += (name,)
                changed = True
    return replace(route, aliases=tuple(aliases)) if changed else route


@functools.lru_cache(maxsize=64)
def _needed_words(rx: re.Pattern) -> frozenset[str] | None:
    """cues.required_keywords, once per pattern: plan() runs once per document in a benchmark
    or a test, and parsing the pattern each time cost more than the planning itself."""
    return _cues.required_keywords(rx)


class _Guessed:
    """Whether a claim's movement is only a guess or a plan: the words of its clause before
    its place say so ("they may have travelled from X", "planned to go on to X": `guessed`),
    or name a way still to be made ("hope to open a road from X to Y": `planned_way`), unless a
    "would" tells a habit (`habitual` before the place). A sentence
    holding none of the words those patterns need is not read again for each of its claims
    (a corpus claims thousands of places in sentences that guess nothing)."""

    def __init__(self, modes: Mapping[str, re.Pattern | None]):
        self.patterns = [rx for rx in (modes.get("guessed"), modes.get("planned_way")) if rx is not None]
        self.habitual, self.habit_guess = modes.get("habitual"), modes.get("habitual_guess")
        needed = [_needed_words(rx) for rx in self.patterns]
        # (None: a pattern that needs no word of its own; every sentence is read)
        self.needed = None if None in needed else tuple(sorted(frozenset().union(*needed)))
        self._read: dict[tuple[str, int], bool] = {}

    def __call__(self, c: Claim) -> bool:
        if c.at < 0 or not self.patterns:
            return False
        quote = c.source.quote
        if self.needed is not None:
            key = (c.source.doc, c.source.start)
            may = self._read.get(key)
            if may is None:     # (lower-case literals: looked for in the lowered sentence)
                may = self._read[key] = any(map(quote.lower().__contains__, self.needed))
            if not may:
                return False
        at = max(0, c.at - c.source.start)
        # the clause's start: past the last clause mark before the place (as _CLAUSE splits)
        begin = max(quote.rfind(".", 0, at), quote.rfind(";", 0, at), quote.rfind(":", 0, at),
                    _last_comma(quote, at)) + 1
        found = next((m for rx in self.patterns if (m := rx.search(quote, begin, at))), None)
        # a habit told in the past is what happened, again and again ("every week the smugglers
        # would drive us to X; from there we would go to Y"), not a guess
        return found is not None and not (
            self.habitual is not None and self.habit_guess is not None
            and self.habit_guess.match(found.group()) and self.habitual.search(quote, 0, at))


class _Things:
    """Whether a claim's movement is of objects, not people: its sentence, before its place
    (from the last ";"), says objects move and names no people ("the bronzes ... arrived in X",
    "a shipment of goods left X"; the cue data's [route_modes] moved_things, group `things`).
    Each sentence is read once for all its claims."""

    def __init__(self, rx: re.Pattern | None):
        self.rx = rx
        self._read: dict[tuple[str, int], list[tuple[int, bool]]] = {}

    def __call__(self, c: Claim) -> bool:
        if c.at < 0 or self.rx is None:
            return False
        quote = c.source.quote
        key = (c.source.doc, c.source.start)
        found = self._read.get(key)
        if found is None:
            found = self._read[key] = [(m.start(), bool(m.group("things"))) for m in self.rx.finditer(quote)]
        if not found:
            return False
        at = c.at - c.source.start
        begin = quote.rfind(";", 0, max(0, at)) + 1
        said = {things for start, things in found if begin <= start < at}
        return said == {True}   # people named beside the objects move too


def _removed(c: Claim, removed: re.Pattern | None) -> bool:
    """Whether a claim's sentence tells people put out at a border or in the desert (`removed`,
    the cue data's [route_modes] removed: "most were put on buses and driven to the border
    near X"): an expulsion, no step of the journey the text tells."""
    return removed is not None and c.at >= 0 and removed.search(c.source.quote) is not None
