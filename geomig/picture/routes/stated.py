"""Movements the text states whole ("from Sudan to Kufra", "left X for Y", returns with their
starts from returns; one to each end of a list, _listed_ends): a route of their own unless a
route planned so far already has those stops in that order (_Planned). Also the landings later
arrivals go on from, and the countries a text locates its towns in, which corridors use.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import replace

from geomig.picture import geometry
from geomig.picture.claims import Claim, PlaceRef
from geomig.picture.routes.chains import _LISTED
from geomig.picture.routes.model import _RANK, Leg, RoutePlan, _distinct, _in_order, _same_places
from geomig.picture.routes.returns import (
    _carried_on,
    _departure_before,
    _from_there,
    _held_before,
    _held_before_crossing,
    _own_accord,
    _returns_through,
    _taken_from,
)
from geomig.picture.routes.words import _CLAUSE, _OTHERS, _arrivals, _between, _reached_in_turn, _span


class _Planned:
    """Whether a route planned so far has a movement's stops in order, remembered per
    movement: across a corpus thousands of documents state the same few movements, and
    asking every plan again for each made planning grow with the square of the corpus.
    The plans only grow, so a yes stays a yes and a no needs asking only of newer plans.
    Only plans that can answer are asked (_candidates): those with a stop that is the
    movement's start, or of its country where _in_order compares countries."""

    def __init__(self, plans: list[RoutePlan]):
        self.plans = plans
        self._known: dict[tuple, tuple[bool, int]] = {}
        # plan positions (ascending) by a stop's id and by a stop's country, for plans[:_indexed]
        self._by_id: dict[str, list[int]] = defaultdict(list)
        self._by_country: dict[str | None, list[int]] = defaultdict(list)
        self._indexed = 0

    def has(self, a: PlaceRef, b: PlaceRef) -> bool:
        key = (a.id, a.kind, a.country, b.id, b.kind, b.country)  # what _in_order reads
        found, asked = self._known.get(key, (False, 0))
        if not found:
            same = _same_places(b)
            found = any(_in_order(self.plans[i].stops, a, b, same=same) for i in self._candidates(a, b, same, asked))
            self._known[key] = (found, len(self.plans))
        return found

    def _candidates(self, a: PlaceRef, b: PlaceRef, same: bool, since: int) -> Iterable[int]:
        """The positions from `since` on of the plans with a stop _in_order's `covers` may
        take for a (every plan when a is a continent or region of no country, which covers any)."""
        self._index()
        if not same and a.kind in ("continent", "region") and not a.country:
            return range(since, len(self.plans))
        lists = [self._by_id.get(a.id, [])]
        # (as _in_order: a country's stops cover it unless two towns of one country are compared)
        exact = same or (a.country == b.country and _RANK[a.kind] > 1 and _RANK[b.kind] > 1)
        if not exact and a.country:
            lists.append(self._by_country.get(a.country, []))
        return sorted({i for found in lists for i in found[bisect.bisect_left(found, since):]})

    def _index(self) -> None:
        """Index the plans added since the last question (plan() extends the list as it goes)."""
        for i in range(self._indexed, len(self.plans)):
            stops = self.plans[i].stops
            for pid in {s.id for s in stops}:
                self._by_id[pid].append(i)
            for country in {s.country for s in stops}:
                self._by_country[country].append(i)
        self._indexed = len(self.plans)


def _stated(claims: Sequence[Claim], planned: _Planned, modes: Mapping[str, re.Pattern | None],
            sentences: Mapping[str, Sequence[str]] | None = None) -> list[RoutePlan]:
    """Movements one cue states whole ("from Sudan to Kufra", "left X for Y"): a route of
    their own unless a planned route already has those stops in that order. People pushed back
    over land from X to Y (`modes`' came_back, the cue data's [route_modes], in the return's
    words) had come from Y to X: that way too, where the return names X itself, not only as
    where they were caught (_way_in_told). A return
    through a border post goes through it (_returns_through). `sentences`: per document, its
    sentences' words (a return far from its landing reads those between: _departure_before)."""
    force_after, onward, back = modes.get("force_after"), modes.get("reached_in_turn"), modes.get("came_back")
    caught = modes.get("caught_at")
    home = modes.get("way_home")
    claims = _ways_home(claims, home)
    claims, way = _returns_through(_landing_named(claims), modes.get("back_through"))
    by_hit: dict[int, list[Claim]] = defaultdict(list)
    for c in claims:
        if c.hit >= 0 and c.role in ("origin", "transit", "launch_point", "destination", "returned", "returned_from"):
            by_hit[c.hit].append(c)
    out: list[RoutePlan] = []
    located = _located(claims)
    country_of = _country_names(claims, located)
    for group in [*by_hit.values(), *_sentence_legs(claims, located, onward)]:
        # A return ("pushed back from Croatia to Bosnia") is a movement like any other.
        # A stop the text goes on from ("to X, then on to Y") still ends the leg to it.
        ends = [c for c in group if c.role in ("destination", "returned") or c.onward]
        if not ends:
            continue
        b = ends[0].place
        if ends[0].role == "returned" and ends[0].intended and _own_accord(ends[0], modes.get("own_return"), home):
            continue    # a way back of their own only wanted or planned ("wants to go back to Y"): no journey
        # a force's country returning people to a town of its own ("Turkish coastguards
        # stopped a boat off X and returned them to Y") sends them back from where they
        # were held, not from that country
        starts = [c for c in group if c not in ends and not (
            c.role == "returned_from" and ends[0].role == "returned" and (c.place.id == b.id or c.place.holds(b)))
            and not (c.role == "returned_from" and _by_nationality(c, force_after))]
        # only a return that names where it starts ("pushed back from X to Y") tells the way in;
        # one from where people were caught or held ("caught near X ... pushed back into Y") is
        # one leg, and no way in to draw
        told_whole = bool(starts)
        starts = (starts or _departure_before(ends, claims, modes.get("heading"), modes.get("returned_on"),
                                              modes.get("return_cue"), modes.get("crossed_near"),
                                              _said(sentences, ends[0].doc),
                                              (modes.get("landing_again"), modes.get("landing_left")),
                                              (modes.get("own_return"), home, modes.get("part_moved")))
                  or _held_before(ends, claims, modes.get("taken_on"), modes.get("clause_break"))
                  or _from_there(ends, claims, modes.get("from_there"))
                  or _carried_on(ends, claims, modes.get("from_there"), modes.get("taken_on"), modes.get("heading"),
                                 modes.get("carried_others"), modes.get("not_yet"), modes.get("others_held"))
                  or _taken_from(ends, claims))
        if not starts:
            continue
        # (a way home starts only where its own sentence, or the one before, has the people:
        # farther back, the place found is as often another person's or a way gone on)
        if _home_far(ends[0], starts[0], home):
            continue
        # a removal across a border post from where its sentence has people held before it
        # ("arrested in X and sent back across the bridge at P to Y"): from X, through P
        held = (_held_before_crossing(starts[0], ends[0], claims, modes.get("crossed_at"), modes.get("return_cue"))
                if told_whole
                else None)
        through = None if held is None else _through_post(held.place, b, starts[0].place, "land", group)
        if through is not None:
            if not planned.has(held.place, b) and not any(_in_order(p.stops, held.place, b) for p in out):
                out.append(through)
            continue
        # a return told from a list of starts ("pushed back from X or Z to Y") is one from each;
        # and a movement from one start to a list of ends ("moved on to relatives in Y and W")
        # goes to each (from a list of starts to a list of ends, "from X and Z to Y and W", the
        # text says not which goes where: the first end only)
        one_start = len(_listed(starts)) == 1
        for head in (_listed(starts) if told_whole and ends[0].role == "returned" else starts[:1]):
            for end in (_listed_ends(ends, head) if one_start else ends[:1]):
                _stated_one(head, [end, *(e for e in ends if e is not end)], group, end.place, told_whole,
                            planned, out, way, back if _way_in_told(head, end, claims, caught) else None,
                            country_of)
    return out


def _ways_home(claims: Sequence[Claim], cues: re.Pattern | None) -> Sequence[Claim]:
    """The claims, a home people went back to of their own accord ("went home to X", "rode the
    buses back to Y": `cues`, [route_modes] way_home, matched whole against the cue id) made the
    end of a return where no cue claims one at its words: the way home is a movement too, from
    where the text has them before it (_departure_before). Not one denied, doubted or only hoped
    for, nor given the means for (_purpose), nor sent (_SENT), nor the dead's (_REMAINS). (The home
    keeps its origin role: this copy is the route's.)"""
    if cues is None:
        return claims
    ends = {(c.doc, c.at) for c in claims if c.role == "returned"}
    homes = {id(c) for c in claims if c.role == "origin" and c.at >= 0 and c.hit >= 0 and c.stop
             and not (c.negated or c.hedged or c.intended) and (c.doc, c.at) not in ends
             and cues.fullmatch(c.cue) is not None and not _SENT.match(c.words) and not _purpose(c)
             and not _REMAINS.search(c.source.quote)}
    if not homes:
        return claims
    return [replace(c, role="returned") if id(c) in homes else c for c in claims]


#: Right before the words of a way home: an infinitive of purpose ("given bus fare to go home to
#: X", "money to travel back to Y"): what people were given the means for, no return told.
_TO_BEFORE = re.compile(r"\bto\s*$", re.IGNORECASE)


#: A way home others sent: people sent home are move.returned's (by the passive or a pronoun, its
#: RETURN), and what else is "sent home to X" is money or goods, no one's way home.
_SENT = re.compile(r"\s*sen(?:t|d|ds|ding)\b", re.IGNORECASE)


#: The dead brought home ("his body was flown to X and driven home to Y"): no way home of the living.
_REMAINS = re.compile(r"\b(?:bod(?:y|ies)|coffins?|caskets?|corpses?)\b", re.IGNORECASE)


def _purpose(c: Claim) -> bool:
    """Whether the claim's words come right after "to": an infinitive, no way home told."""
    at = c.source.quote.find(c.words)
    return at > 0 and _TO_BEFORE.search(c.source.quote, 0, at) is not None


def _home_far(end: Claim, start: Claim, cues: re.Pattern | None) -> bool:
    """Whether a way home (_ways_home) starts more than a sentence before its end's."""
    return (cues is not None and end.role == "returned" and cues.fullmatch(end.cue) is not None
            and start.sentence < end.sentence - 1)


#: "or" between two places of a list: alternatives of one end, often only hoped for ("head
#: on to Y or W"), no list of ends each reached.
_OR = re.compile(r"\bor\b", re.IGNORECASE)


def _listed_ends(ends: Sequence[Claim], head: Claim) -> list[Claim]:
    """The movement's end, and the destinations its words list right after it ("to Y and W",
    "to Y, W and V": _listed, not over an "or"); only the end where it is a stop gone on from
    ("to Y, then on to W": the way goes on, no list of ends), or where the start is one of the
    list (places stayed in, "worked in Y and W", are no movement from Y to W)."""
    first = ends[0]
    if first.role != "destination" or first.onward:
        return [first]
    more = sorted((e for e in ends[1:] if e.role == "destination" and not e.onward and e.at > first.at),
                  key=lambda e: e.at)
    listed = [first]
    for e in _listed([first, *more])[1:]:
        if _OR.search(_between(listed[-1], e)):
            break
        listed.append(e)
    if any(e.place.id == head.place.id for e in listed):
        return [first]
    return listed


def _listed(starts: Sequence[Claim]) -> list[Claim]:
    """The first start, and those listed right after it ("from X or Z", "from X, Z and W"):
    only a comma, "or" or "and" between one and the next."""
    listed = [starts[0]]
    for c in starts[1:]:
        prev = listed[-1]
        if not (c.sentence == prev.sentence and c.at > prev.at >= 0):
            break
        if _LISTED.fullmatch(_between(prev, c)) is None:
            break
        listed.append(c)
    return listed


def _said(sentences: Mapping[str, Sequence[str]] | None, doc: str) -> Callable[[], Sequence[str]]:
    """What gives a document's sentences as its claims number them (none when not given),
    asked only when needed: a document planned again from the memo is not split again."""
    return lambda: () if sentences is None else sentences.get(doc, ())


def _stated_one(head: Claim, ends: Sequence[Claim], group: Sequence[Claim], b: PlaceRef, told_whole: bool,
                planned: _Planned, out: list[RoutePlan], way: Mapping, back: re.Pattern | None,
                country_of: Mapping) -> None:
    """_stated's route from one start to the movement's end, appended to `out` (none where
    a planned route or one already out has those stops in that order)."""
    a = head.place
    if a.id == b.id or a.holds(b) or b.holds(a):
        return      # a city never leads to its own country
    # Only a route through these very places makes it redundant: "crossed into Poland
    # from Belarus" stays a movement of its own beside a route through Minsk.
    if planned.has(a, b) or any(_in_order(p.stops, a, b, same=_same_places(b)) for p in out):
        return
    stage = "transit" if head.role == "returned_from" else head.role
    # where people are returned to ends the return; it is no place they were heading for
    returned = ends[0].role == "returned"
    # from or to a sea, or between two landmasses, the way is by sea ("intercepted in the
    # Mediterranean and returned to X", "intercepted off Lampedusa and returned to Sfax"),
    # wherever the cue's words leave it unsaid
    mode = ("sea" if "sea" in (a.kind, b.kind) or geometry.same_land((a.lat, a.lon), (b.lat, b.lon)) is False
            else "land")
    through = _through_post(a, b, way.get((ends[0].doc, ends[0].at)) if returned else None, mode, group)
    if through is not None:
        out.append(through)
        return
    out.append(RoutePlan((a, b), (stage, "returned" if returned else "destination"), (Leg(a, b, mode),), (),
                         (), () if returned else (b.name,), tuple(group),
                         (country_of.get(a.id, ()), country_of.get(b.id, ())) if country_of else ()))
    if (returned and told_whole and mode == "land" and back is not None and back.search(ends[0].words)
            and not planned.has(b, a) and not any(_in_order(p.stops, b, a, same=True) for p in out)):
        out.append(RoutePlan((b, a), ("transit", "destination"), (Leg(b, a, "land"),), (), (), (a.name,),
                             tuple(group),
                             (country_of.get(b.id, ()), country_of.get(a.id, ())) if country_of else ()))


def _way_in_told(head: Claim, end: Claim, claims: Sequence[Claim], caught: re.Pattern | None) -> bool:
    """Whether a push-back from `head` to `end` tells the way in the other way round: not where
    the start is only where people were caught or held (`caught`: [route_modes] caught_at, in
    its clause right before it: "caught near X and forced back to Y", an attempt told by
    the return alone), unless the text has them cross from the end's place ("crossed from Y
    at night ... caught near X and pushed back to Y")."""
    if caught is None or head.at < 0 or head.role != "returned_from":
        return True
    clause = _CLAUSE.split(head.source.quote[:max(0, head.at - head.source.start)])[-1]
    if not caught.search(clause):
        return True
    return any(c.doc == end.doc and c.place.id == end.place.id and c.role in ("launch_point", "transit", "origin")
               and c.hit != end.hit and not (c.negated or c.intended or c.hedged) for c in claims)


def _through_post(a: PlaceRef, b: PlaceRef, post: PlaceRef | None, mode: str,
                  group: Sequence[Claim]) -> RoutePlan | None:
    """A return over land from a to b through the border post its words name (_returns_through),
    or None: a -> post -> b, or a -> post where b is the post's own country (the return ends at
    the post; a country after its own town says no more)."""
    if post is None or mode != "land" or post.id in (a.id, b.id) or a.holds(post):
        return None
    stops = (a, post) if b.holds(post) else (a, post, b)
    return RoutePlan(stops, ("transit",) * (len(stops) - 1) + ("returned",),
                     tuple(Leg(x, y, "land") for x, y in zip(stops, stops[1:], strict=False)), (), (), (), tuple(group))


def _by_nationality(c: Claim, force_after: re.Pattern | None) -> bool:
    """Whether a claim's place is named only by the nationality of the people moved
    ("Burundians returned home to X", "Eritrean refugees were sent back to X"): the text reads
    another word than the place's name where the claim is, and no force follows it (the
    "Croatian police" pushing people back do so from Croatia). Where people are from is no
    place the text moves them from, unless it names the place."""
    at = c.at - c.source.start
    if at < 0 or c.place.kind != "country":
        return False
    quote, name = c.source.quote, c.place.name
    if quote[at:at + len(name)].lower() == name.lower() and not quote[at + len(name):at + len(name) + 1].isalpha():
        return False        # the place's own name
    word = re.match(r"[\w'’-]+", quote[at:])
    return not (word and force_after is not None and force_after.match(quote, at + len(word.group())))


def _sentence_legs(claims: Sequence[Claim], located: Mapping[str, set[str]],
                   onward: re.Pattern | None = None) -> list[list[Claim]]:
    """A departure and an arrival one sentence states in turn ("From X, the trucks cross the
    border with Y", "the next move from X: north to Y"): a leg, as if one cue said it; not
    from a country `located` names only as where a departing town is. And two places reached
    in turn (_reached_in_turn)."""
    arrivals = _arrivals(claims)
    # a place passed that its own cue names no end for ("From X they crossed ... and went on
    # to Y") sets out a leg too
    ended = {e.hit for e in claims if e.role == "destination" or e.onward}
    # ...unless a departure comes between it and the arrival ("through X, then sailed from Z
    # to Y": the leg to Y sets out from Z, and X is only on the way to Z)
    departures: dict[int, list[int]] = defaultdict(list)
    for c in claims:
        if c.role == "launch_point" and not c.negated:
            departures[c.sentence].append(c.at)
    out = []
    for c in claims:
        if c.negated or c.place.id in located or not (
                c.role == "launch_point" or c.role == "transit" and not c.onward and c.hit >= 0
                and c.hit not in ended and c.stop and not c.intended):
            continue
        later = [e for e in arrivals.get((c.doc, c.sentence), ()) if e.at > c.at and e.hit != c.hit]
        if later:
            end = min(later, key=lambda e: e.at)
            if c.role == "transit" and any(c.at < at < end.at for at in departures.get(c.sentence, ())):
                continue
            # (nor over words that make the arrival another group's: "sailed from X to Y, while
            # others sailed from Z to W" sets out no leg from X to W)
            if _OTHERS.search(c.source.quote, *_span(c, end)):
                continue
            # (with the places its cue lists after the arrival: "to relatives in Y and W")
            out.append([c, end, *(e for e in later if e.hit == end.hit and e is not end)])
    return out + _reached_in_turn(arrivals, onward)


def _landing_named(claims: Sequence[Claim]) -> Sequence[Claim]:
    """The claims, each later arrival going on from the earlier landing its own sentence names
    before it (a name alone, claimed there or not): the start roles.py gives it (a route-only
    returned_from claim of another landing, sharing the arrival's hit) moves to that landing
    ("flown to X. ... police in Y identified the survivors; the adults were then transferred
    to Z": on from Y), and an arrival with no start of its own gets one there, where no clause
    mark comes between ("those registered on Y left the island on the ferry for Z")."""
    landings = [c for c in claims if c.role == "destination" and not (c.intended or c.negated)
                and c.at >= 0 and _RANK[c.place.kind] > 0]
    if len(landings) < 2:
        return claims
    linked: dict[tuple[str, int], list[Claim]] = defaultdict(list)
    for c in claims:
        if c.role == "returned_from" and c.hit >= 0 and not c.negated:
            linked[(c.doc, c.hit)].append(c)
    started = {(c.doc, c.hit) for c in claims if c.hit >= 0 and c.role in ("origin", "transit", "launch_point")}
    # (an arrival goes on only from a landing of its own document: a corridor's claims are
    # thousands of documents', each looked through its own landings, not all of theirs)
    of_doc: dict[str, list[Claim]] = defaultdict(list)
    for c in landings:
        of_doc[c.doc].append(c)
    moved: dict[int, Claim] = {}
    added: list[Claim] = []
    for e in landings:
        if e.hit < 0 or (e.doc, e.hit) in started:
            continue
        rs = linked.get((e.doc, e.hit), ())
        named = _named_landing(e, of_doc[e.doc], clause=not rs)
        if named is None:
            continue
        if rs:
            moved.update((id(r), replace(r, place=named[0].place)) for r in rs if r.place.id != named[0].place.id)
        elif not (named[0].place.holds(e.place) or e.place.holds(named[0].place)):
            added.append(Claim("returned_from", named[0].place, e.doc, e.sentence, e.cue, e.words, e.source,
                               e.confidence, at=named[1], hit=e.hit))
    if not (moved or added):
        return claims
    return [*(moved.get(id(c), c) for c in claims), *added]


def _named_landing(e: Claim, landings: Sequence[Claim], clause: bool) -> tuple[Claim, int] | None:
    """The earlier landing (of another place) e's sentence names last before it, and where;
    with `clause`, only in e's own clause (no [.;:] between)."""
    base = e.source.start
    before = e.source.quote[:max(0, e.at - base)]
    if clause:
        before = before[max(before.rfind(";"), before.rfind(":"), before.rfind(". ")) + 1:]
    start = e.at - base - len(before)
    best = None
    for c in landings:
        if c.doc != e.doc or c.sentence >= e.sentence or c.place.id == e.place.id:
            continue
        m = re.search(rf"\b{re.escape(c.place.name)}\b", before)
        if m and (best is None or m.start() > best[1] - base - start):
            best = (c, base + start + m.start())
    return best


def _located(claims: Sequence[Claim], role: str = "launch_point") -> dict[str, set[str]]:
    """The countries (or regions of one) a sentence names with a town of theirs in the same
    role ("left Sfax in Tunisia", "set off from Zuwara, Libya", "from Zuwara in western Libya",
    "a welder from Kano in Nigeria"), by the country's place id: the towns in it. A country named in that role only so is where the
    town is, not a second place people leave or come from."""
    towns: dict[tuple[str, int], dict[str, str]] = defaultdict(dict)   # (doc, sentence) -> country -> town id
    cities: dict[tuple[str, int], dict[str, str]] = defaultdict(dict)  # the same, towns proper only
    for c in claims:
        if c.role == role and _RANK[c.place.kind] > 1 and c.place.country:
            towns[(c.doc, c.sentence)].setdefault(c.place.country, c.place.id)
            if _RANK[c.place.kind] > 2:
                cities[(c.doc, c.sentence)].setdefault(c.place.country, c.place.id)
    located: dict[str, set[str]] = defaultdict(set)
    alone: set[str] = set()
    for c in claims:
        # a country, or (for a boat's departure) a region of one named with the town ("from
        # Zuwara in western Libya": one boat from the town, not a second one from the region)
        region = c.place.kind == "region" and bool(c.place.country) and role == "launch_point"
        if c.role == role and (c.place.kind == "country" or region):
            town = (cities if region else towns).get((c.doc, c.sentence), {}).get(c.place.country)
            if town is None:
                alone.add(c.place.id)
            else:
                located[c.place.id].add(town)
    return {k: v for k, v in located.items() if k not in alone}


def _merged(*maps: Mapping[str, set[str]]) -> dict[str, set[str]]:
    """The union of maps of sets, key by key."""
    out: dict[str, set[str]] = defaultdict(set)
    for m in maps:
        for k, v in m.items():
            out[k] |= v
    return out


def _country_names(claims: Sequence[Claim], located: Mapping[str, set[str]]) -> dict[str, tuple[str, ...]]:
    """A town's other names on a route: the countries the text locates it in (_located)."""
    names: dict[str, tuple[str, ...]] = defaultdict(tuple)
    for p in _distinct(c.place for c in claims if c.place.id in located):
        for town in sorted(located[p.id]):
            names[town] += (p.name,)
    return names
