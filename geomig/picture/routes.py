"""Routes: ordered legs origin/transit -> launch point -> sea -> destination.

Each document gives the stages its role claims fill; documents departing from the same
country are merged (the transit area one article names and the launch point another
names belong to one corridor). Land legs are straight lines; sea legs follow the sea
(searoute) and are checked against the land polygons.
"""

from __future__ import annotations

import bisect
import functools
import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from shapely.geometry import Point
from shapely.ops import nearest_points

from geomig.errors import GeomigError
from geomig.gazetteer.geo import haversine_km
from geomig.picture import cues as _cues
from geomig.picture import geometry
from geomig.picture.claims import Claim, PlaceRef, ZoneClaim
from geomig.picture.merge import sources
from geomig.picture.model import Feature

# How specific a place is: a more specific stop makes a broader one of the same country
# redundant (Sabratha and southern Libya make "Libya" a mere label).
_RANK = {"continent": 0, "sea": 0, "country": 1, "admin": 2, "region": 2, "city": 3, "island": 3, "landmark": 3}


#: A document naming only places passed (no destination) feeds the corridors departing from
#: their countries while it names at most this many ("through Agadez into southern Libya").
_FEEDER_COUNTRIES = 2


@dataclass(frozen=True, slots=True)
class Leg:
    """One leg of a route, in travel order."""

    start: PlaceRef
    end: PlaceRef
    mode: str                   # "land", "sea" or "air" (a flight the text names)
    known: bool = True          # False: the text names no way for it (drawn as a stand-in line)


@dataclass(frozen=True, slots=True)
class RoutePlan:
    """A route before its geometry: its stops, legs and the claims behind them."""

    stops: tuple[PlaceRef, ...]
    stages: tuple[str, ...]
    legs: tuple[Leg, ...]
    seas: tuple[str, ...]       # seas named in the text
    origins: tuple[str, ...]    # every origin named, stops or not ("Africa")
    destinations: tuple[str, ...]
    claims: tuple[Claim, ...]
    # per stop, the other names the text locates it by ("Sfax in Tunisia": Tunisia)
    aliases: tuple[tuple[str, ...], ...] = ()


def plan(claims: Sequence[Claim], by_sea: Callable[[Claim], bool] | None = None,
         resumes: re.Pattern | None = None, held: Sequence[ZoneClaim] = (),
         modes: Mapping[str, re.Pattern | None] | None = None, memo: dict | None = None,
         sentences: Mapping[str, Sequence[str]] | None = None) -> list[RoutePlan]:
    """Route plans from every document's positive role claims, merged by departure country.
    `by_sea` tells a claim of a departure or arrival by boat (the last leg goes by sea);
    `resumes` matches the words of a claim that opens a sentence going on from a landing
    ("From Italy he took trains through ..."): the route goes on past the landing; `held`
    are the documents' zone claims where a force holds people (the caller picks them: the
    cue data's return_start_controls): a return told with no start of its own starts there
    ("coastguards intercepted a boat off X. Those aboard were flown back to Y").

    A document naming a destination starts (or joins) the corridor of its departure
    country; a document naming only transit or launch places in a country or two joins every
    corridor that departs from one of their countries ("through Agadez into southern Libya").
    `modes`: the cue data's [route_modes] (cues.route_modes; default: the packaged data's).
    `memo`: a dict kept by a caller that plans a growing set of documents again with the same
    cue data (a corpus's assembly, at each checkpoint, then at the end): what plan() read of
    each document alone (_DocRead) is kept in it and read again only if its claims change.
    `sentences`: per document, its sentences' words as its claims number them (a sentence
    naming no place may still open another group's part: _Apart).
    """
    modes, reader = _reader(modes, by_sea, sentences)
    docs = _by_document(claims) if memo is not None else None
    if docs is None:    # (no memo, or documents whose claims are not each in one run: read at once)
        reads = [reader(claims)]
    else:
        reads = [_remembered(memo, doc, doc_claims, reader) for doc, doc_claims in docs.items()]
    claims = [c for r in reads for c in r.kept]
    locators = {k: v for r in reads for k, v in r.locators.items()}
    by_doc: dict[str, list[Claim]] = {k: v for r in reads for k, v in r.parts.items()}
    groups: dict[str, list[Claim]] = defaultdict(list)
    feeders: list[list[Claim]] = []
    # where a boat stopped on its way was heading is no place it got to, in any way planned
    # (_heading_only)
    stopped = _stopped(held, modes.get("stopped"))
    never = frozenset().union(*(r.never for r in reads))
    heading = {id(c) for cs in by_doc.values() for c in cs if _heading_only(c, stopped, cs)
               or _stopped_on_way(c, modes.get("heading"), modes.get("stopped_after"), cs)
               or _counted_heading(c, modes.get("counted_heading"))
               or id(c) in never}
    # (a flashback's place is no stop of the way the rest of the text tells, nor a place of a
    # sentence telling an expulsion: each part's claims without them, read with its document)
    told = {k: v for r in reads for k, v in r.told.items()}
    if heading:     # (a part left with no claim at all is no part)
        by_doc, told = _without(by_doc, heading), _without(told, heading)
    # a place passed on a return to an end its sentence names ("returned overland through X to
    # Y") is on the way back: no stop of the journey out (the return is a stated movement through
    # it: _stated). (Without its end, "28,000 returned through X", it is where people came back
    # into their country, and the way on from there is theirs.)
    back = modes.get("back_through")
    if back is not None:
        ended = {(c.doc, c.sentence) for c in claims if c.role == "returned" and not c.negated}
        told = _without(told, {id(c) for cs in told.values() for c in cs if (c.doc, c.sentence) in ended
                               and _passed(c) and _back_through(c, back)})
    for doc, doc_claims in told.items():
        roles = {c.role for c in doc_claims}
        if not roles & {"launch_point", "transit", "origin"}:
            continue
        # (a part told apart, "A second boat left X", is another group's way: it feeds no
        # corridor of the rest of its text)
        if "destination" in roles or doc != doc_claims[0].doc:
            groups[_corridor(doc, doc_claims)].extend(doc_claims)
        else:
            feeders.append(doc_claims)
    for doc_claims in feeders:
        countries = {c.place.country for c in doc_claims if c.role in ("launch_point", "transit")}
        if len(countries) > _FEEDER_COUNTRIES:
            # a way across many countries is a journey of its own ("from X to Y and on to Z,
            # through A and B"), no stretch of another's corridor that departs from one of them
            continue
        for key in groups:
            if key.partition("#")[0] in countries:
                groups[key].extend(doc_claims)
    # Legs the text states one after another, each from where the one before it ended
    # ("from A to B. From B ... to C"), are one journey in the stated order (_DocRead.chains):
    # it is planned first, and a corridor's route through only its places (in the order of
    # the shortest way, a guess) gives way to it.
    turns = modes.get("reached_in_turn")
    chains = [c for r in reads for c in r.chains if not any(id(x) in heading for x in c.claims)]
    planned_groups = [p for key in sorted(groups)
                      for p in _plans(groups[key], by_sea, resumes, onward=turns, taken=modes.get("taken_on"),
                             apart=modes.get("apart"), same=modes.get("same_group"),
                             placed=modes.get("placed"), heading=modes.get("heading"),
                             alternative=modes.get("alternative"), again=modes.get("named_again"))]
    # a told journey that ends where a boat sets out goes on as the corridor's route from
    # there (news tells the landing first and the way to the coast after it: the links, not
    # the text's order, join them)
    chains = _onward(chains, planned_groups)
    chain_sets = _chain_sets(chains)
    planned_groups = [p for p in planned_groups if not _within_chain(p, chain_sets) and not _against_chain(p, chains)]
    # (and a told journey a planned route goes through whole, in its order, is drawn once)
    plans: list[RoutePlan] = _not_within_planned(chains, planned_groups)
    plans.extend(planned_groups)
    planned = _Planned(plans)
    held_at = _held_at(held)
    # (where a force held people is no start of a return in another event's part, nor in
    # the document's own from a sentence of such a part: "A second boat ... They were moved
    # to a camp in X. He returned to Y" starts at no camp of the other boat's)
    apart_sentences: dict[str, set[int]] = defaultdict(set)
    for doc, doc_claims in by_doc.items():
        if doc != doc_claims[0].doc:
            apart_sentences[doc_claims[0].doc].update(c.sentence for c in doc_claims)
    for doc, doc_claims in by_doc.items():
        held_here = () if doc != doc_claims[0].doc else [
            c for c in held_at.get(doc, ()) if c.sentence not in apart_sentences[doc]]
        taken_here = _taken_to(held_here, modes.get("taken_on"), modes.get("clause_break"), modes.get("guessed"))
        plans.extend(_stated([*doc_claims, *held_here, *taken_here], planned, modes))
    by_place: dict[int, dict] = {}    # per claims tuple: its claims by place (_worded)
    # where each sentence names a sea (a leg whose own words cross one goes by sea)
    seas: dict[tuple[str, int], list[int]] = defaultdict(list)
    for c in claims:
        if c.role == "sea" and not c.negated and c.at >= 0:
            seas[(c.doc, c.sentence)].append(c.at)
    plans = _one_journey([_one_area(_one_town(p)) for p in plans], claims, modes.get("told_before"), turns,
                         {id(ch) for ch in chains})
    plans = _not_from_entered(_one_start(_ends_in_turn(plans, turns)))
    labels = _labels(claims)
    return [_named(_worded(p, by_place, modes, seas), locators, labels) for p in plans]


def remember(claims: Sequence[Claim], memo: dict, by_sea: Callable[[Claim], bool] | None = None,
             modes: Mapping[str, re.Pattern | None] | None = None,
             sentences: Mapping[str, Sequence[str]] | None = None, stop: Callable[[], bool] = lambda: False) -> bool:
    """Read each document of these claims alone into `memo`, as plan() with that memo reads it,
    and plan nothing: a caller that plans later with the memo (a corpus's assembly) reads the
    documents it has while it waits for the rest. `stop()` is asked before each document; returns
    whether every document was read (none are when plan() would read them all at once)."""
    docs = _by_document(claims)
    if docs is None:    # (plan() reads such claims at once: nothing to keep)
        return False
    _, reader = _reader(modes, by_sea, sentences)
    for doc, doc_claims in docs.items():
        if stop():
            return False
        _remembered(memo, doc, doc_claims, reader)
    return True


def _reader(modes: Mapping[str, re.Pattern | None] | None, by_sea: Callable[[Claim], bool] | None,
            sentences: Mapping[str, Sequence[str]] | None) -> tuple[Mapping[str, re.Pattern | None], _DocReader]:
    """The route modes (the packaged cue data's by default) and the reader of each document
    alone that plan() and remember() share."""
    modes = _cues.route_modes(_cues.default()) if modes is None else modes
    return modes, _DocReader(modes, by_sea, sentences or {})


def _without(parts: Mapping[str, list[Claim]], gone: Collection[int]) -> dict[str, list[Claim]]:
    """The parts' claims without those whose ids are `gone`, leaving out a part left empty."""
    return {key: kept for key, cs in parts.items() if (kept := [c for c in cs if id(c) not in gone])}


#: Two towns of one country this close (km), named in one sentence, are one place: a district
#: and its city ("to Istanbul, where they stayed in Zeytinburnu"); the second is no step on.
_TOWN_KM = 15.0


def _one_town(route: RoutePlan) -> RoutePlan:
    """The plan with each pair of next stops that are one town (_TOWN_KM, one sentence of its
    claims names both) as one stop: the first, or the last when the pair ends the route; the
    other becomes its other name. (A route of two stops stays: it is the way between them,
    short as it is; so do two towns told apart, or as one cue's movement from one to the
    other: "bused from X to Y", a way of its own.)"""
    if len(route.stops) < 3 or not any(_near_towns(a, b) for a, b in zip(route.stops, route.stops[1:])):
        return route    # (no two next stops one town: a corpus's route's claims are not read)
    told: dict[str, set[tuple[str, int]]] = defaultdict(set)     # place -> its sentences
    moved: dict[str, set[tuple[str, int]]] = defaultdict(set)    # place -> its cue hits
    for c in route.claims:
        told[c.place.id].add((c.doc, c.sentence))
        if c.hit >= 0:
            moved[c.place.id].add((c.doc, c.hit))
    for i, (a, b) in enumerate(zip(route.stops, route.stops[1:])):
        if _near_towns(a, b) and told[a.id] & told[b.id] and not moved[a.id] & moved[b.id]:
            gone, kept = (i + 1, i) if i + 2 < len(route.stops) else (i, i + 1)
            return _one_town(_without_stop(route, gone, kept))
    return route


def _one_area(route: RoutePlan) -> RoutePlan:
    """The plan without each stop passed that is only the province of a town next to it, or the
    country of the town before it or of the town the route starts from after it ("A, X" or
    "crossed into X at A"): that town is the stop, and takes the area's name as its other name.
    (A country between a stop abroad and a town of it is where the route crosses into it, a stop
    of its own; a route of two stops stays.)"""
    last = len(route.stops) - 1
    for i, area in enumerate(route.stops[:-1]):
        if last < 2 or route.stages[i] != "transit" or area.kind not in ("country", "admin"):
            continue
        for k in (i + 1, i - 1):
            if area.kind == "country" and k == i + 1 and i > 0:
                continue
            if 0 <= k < last and _RANK[route.stops[k].kind] == 3 and (
                    area.holds(route.stops[k]) or _area_of(area, route.stops[k])):
                if i == 0:      # (the route starts at the town: no leg from its area to it)
                    aliases = list(route.aliases) or [()] * len(route.stops)
                    named = aliases[1] if area.name in aliases[1] else (*aliases[1], area.name)
                    route = replace(route, stops=route.stops[1:], stages=route.stages[1:], legs=route.legs[1:],
                                    aliases=(named, *aliases[2:]))
                else:
                    route = _without_stop(route, i, k)
                return _one_area(route)
    return route


def _near_towns(a: PlaceRef, b: PlaceRef) -> bool:
    """Whether two stops are towns of one country within _TOWN_KM of each other."""
    return a.kind == b.kind == "city" and a.country == b.country and a.id != b.id and _km(a, b) <= _TOWN_KM


def _area_of(area: PlaceRef, place: PlaceRef) -> bool:
    """Whether `area` is a province the gazetteer says a town or island lies in (_lies_in: its
    division codes; not a region's outline, a guess at "northern X", nor a country, a stop of
    its own where a route crosses into it)."""
    return area.kind == "admin" and _RANK[place.kind] == 3 and _lies_in(place, area) is True


def _without_stop(route: RoutePlan, gone: int, kept: int) -> RoutePlan:
    """The plan without stop `gone`, its legs joined at the next stop `kept`, which takes the
    dropped stop's name among its other names."""
    legs = list(route.legs)
    if kept < gone:     # (the leg on from the dropped stop now starts at the kept one)
        legs[gone - 1:gone + 1] = [replace(legs[gone], start=route.stops[kept])]
    else:               # (the leg to the dropped stop, the last but one, now ends at the last)
        legs[gone - 1:gone + 1] = [replace(legs[gone - 1], end=route.stops[kept])]
    aliases = list(route.aliases) or [()] * len(route.stops)
    name = route.stops[gone].name
    if name not in aliases[kept]:
        aliases[kept] = (*aliases[kept], name)
    keep = [j for j in range(len(route.stops)) if j != gone]
    return replace(route, stops=tuple(route.stops[j] for j in keep), stages=tuple(route.stages[j] for j in keep),
                   legs=tuple(legs), aliases=tuple(aliases[j] for j in keep))


def _one_journey(plans: list[RoutePlan], claims: Sequence[Claim], before: re.Pattern | None,
                 onward: re.Pattern | None, chains: Collection[int] = ()) -> list[RoutePlan]:
    """The plans without those that are a part or a reordering of another of their documents'
    (the same places and more, the same way: a return only beside a return, and from its first
    stop to its last): one journey told across a text is drawn once, not as each guess at it.
    The other one stays when its order of the shared stops is no less the text's (_told_order),
    else both stay (the text says one's order, the other only adds stops to it); of two
    reorderings of the same stops, the first planned. A country (or province: _area_of) a plan
    ends in is the town the other ends at in it ("left A for X" beside "from A to B, a town of
    X"), which takes the country's name as its other name. A chain of told legs (`chains`: their
    ids) that another plan holds all of, from an origin, in an order less the text's, is drawn
    from that origin instead of both (_origin_guess)."""
    if len(plans) < 2:
        return plans
    plans = list(plans)     # (a guess may become the told plan from its origin: _origin_guess)
    order = _told_order(claims, before, onward)
    by_doc: dict[str, list[int]] = defaultdict(list)
    docs = [frozenset(c.doc for c in p.claims) for p in plans]
    for i, ds in enumerate(docs):
        for d in ds:
            by_doc[d].append(i)
    ids = [[s.id for s in p.stops] for p in plans]
    dropped: set[int] = set()
    named: dict[int, str] = {}      # plan -> the name its last stop takes from a dropped plan's end
    also: dict[int, dict[str, str]] = {}    # plan -> stop id -> the name of a dropped plan's passed start
    for i, p in enumerate(plans):
        kind = p.stages[-1] == "returned"
        for j in sorted({j for d in docs[i] for j in by_doc[d]}):
            other = plans[j]
            if j == i or j in dropped or (other.stages[-1] == "returned") != kind or not docs[i] <= docs[j]:
                continue
            end = p.stops[-1]
            country = end.id not in ids[j] and (end.holds(other.stops[-1]) or _area_of(end, other.stops[-1]))
            mine = ids[i][:-1] + [ids[j][-1]] if country else ids[i]
            # (a start only passed, the area its next stop lies in, is that stop: "crossed into
            # X at A and went on to B" beside the journey from its origin through A to B)
            passed = len(mine) > 2 and _passed_area(p, ids[j])
            mine = mine[1:] if passed else mine
            theirs = [x for x in ids[j] if x in set(mine)]
            if (len(theirs) != len(set(mine)) or (len(ids[j]) == len(mine) and j > i and not country)
                    or theirs.index(mine[0]) > theirs.index(mine[-1])):
                continue    # (not all of its stops; a reordering planned after it; or the way back.
                # One ending in the country the other ends at a town of is no reordering: "pushed
                # back to X and walked to Y", Y in X, is one return, drawn to Y, planned before or after)
            if order(docs[i], theirs) >= order(docs[i], mine):
                dropped.add(i)
                if country:
                    named.setdefault(j, end.name)
                if passed:
                    also.setdefault(j, {}).setdefault(p.stops[1].id, p.stops[0].name)
                break
            if id(p) in chains and not country and _origin_guess(p, other):
                # (the other only guessed the order of the text's stops, from an origin the
                # told legs leave out: the told journey, from that origin, is the one drawn)
                dropped.add(i)
                plans[j] = _from_origin(p, other)
                ids[j] = [s.id for s in plans[j].stops]
                break
    return [_stops_named(_also_named(p, named.get(i)), also.get(i, {})) for i, p in enumerate(plans) if i not in dropped]


def _one_start(plans: list[RoutePlan]) -> list[RoutePlan]:
    """The plans without one that starts at a country of origin where another plan of its group
    (its claims tuple) goes the same way from a town of that country ("Venezuelans ... we left
    X", X in it): one journey, drawn from the town, which takes the country's name as its other
    name (the nationality says only where the town lies)."""
    gone: set[int] = set()
    named: dict[int, str] = {}
    for i, p in enumerate(plans):
        if p.stages[0] != "origin" or p.stops[0].kind != "country" or len(p.stops) < 2:
            continue
        rest = [s.id for s in p.stops[1:]]
        for j, q in enumerate(plans):
            if (j != i and j not in gone and q.claims is p.claims and q.stages[0] == "origin"
                    and p.stops[0].holds(q.stops[0]) and q.stops[0].kind != "country"
                    and [s.id for s in q.stops[1:]] == rest):
                gone.add(i)
                named.setdefault(j, p.stops[0].name)
                break
    if not gone:
        return plans
    return [_stops_named(p, {p.stops[0].id: named[i]} if i in named else {})
            for i, p in enumerate(plans) if i not in gone]


def _passed_area(plan: RoutePlan, other: Sequence[str]) -> bool:
    """Whether a plan starts at an area only passed (no origin: "crossed into X") that is no
    stop of the other plan (`other`: its stop ids) and holds the plan's next stop, one of the
    other's, or lies beside it where one sentence names both ("crossed into X at A", A a border
    town on the near side): the same stop of one journey, named by its area."""
    start, nxt = plan.stops[0], plan.stops[1]
    if plan.stages[0] != "transit" or start.id in other or nxt.id not in other:
        return False
    if start.holds(nxt) or _area_of(start, nxt):
        return True
    told = {(c.doc, c.sentence) for c in plan.claims if c.place.id == start.id and c.at >= 0}
    return (any((c.doc, c.sentence) in told for c in plan.claims if c.place.id == nxt.id)
            and _beside(start, nxt))


#: A town this close (km) to a country's outline lies beside it: where people cross into it.
_BESIDE_KM = 30.0


def _beside(country: PlaceRef, town: PlaceRef) -> bool:
    """Whether a town lies within _BESIDE_KM of a country's outline (the country's own or a
    neighbour's border town)."""
    if country.kind != "country" or _RANK[town.kind] != 3:
        return False
    geom = geometry.country_geometry(country.country)
    if geom is None:
        return False
    near = nearest_points(geom, Point(town.lon, town.lat))[0]
    return haversine_km(town.lat, town.lon, near.y, near.x) <= _BESIDE_KM


def _stops_named(plan: RoutePlan, names: Mapping[str, str]) -> RoutePlan:
    """The plan with each name of `names` (stop id -> name) among that stop's other names."""
    if not names:
        return plan
    aliases = list(plan.aliases) or [()] * len(plan.stops)
    for k, stop in enumerate(plan.stops):
        name = names.get(stop.id)
        if name is not None and name != stop.name and name not in aliases[k]:
            aliases[k] = (*aliases[k], name)
    return replace(plan, aliases=tuple(aliases))


def _ends_in_turn(plans: list[RoutePlan], onward: re.Pattern | None) -> list[RoutePlan]:
    """The plans of one group (their claims tuple) that differ only in their last stop, one
    route through each run of those ends (nearest first) the text tells as the next step from
    the one before (a stated leg or a place reached in turn, `onward`: _stated_pairs,
    _turn_pairs) and that lie on the way to the run's farthest (_DETOUR): one journey whose
    ends the text tells in turn ("took a minibus to X and walked towards the river Y") is drawn
    once, not once to each; a plan of its stops one after another (the told "from X to Y and
    towards Z") is part of it. Ends of a return, ends told apart ("some reached X; others went
    on to Y") or that lie apart stay routes of their own."""
    same: dict[tuple, list[int]] = defaultdict(list)
    for i, p in enumerate(plans):
        if len(p.stops) > 1 and p.stages[-1] == "destination" and _RANK[p.stops[-1].kind] > 0:
            same[(id(p.claims), tuple(s.id for s in p.stops[:-1]))].append(i)
    merged: dict[int, RoutePlan] = {}     # the first plan of a run -> the route through all
    gone: set[int] = set()
    for group in same.values():
        if len(group) < 2 or len({plans[i].stops[-1].id for i in group}) < len(group):
            continue
        at = plans[group[0]].stops[-2]
        linked = _stated_pairs(plans[group[0]].claims) | _turn_pairs(plans[group[0]].claims, onward)
        runs = [[]]
        for i in sorted(group, key=lambda i: _km(at, plans[i].stops[-1])):
            if runs[-1] and (plans[runs[-1][-1]].stops[-1].id, plans[i].stops[-1].id) not in linked:
                runs.append([])
            runs[-1].append(i)
        for run in runs:
            way = [at, *(plans[i].stops[-1] for i in run)]
            if len(run) > 1 and sum(_km(a, b) for a, b in zip(way, way[1:])) <= _DETOUR * _km(at, way[-1]):
                merged[min(run)] = _through_ends([plans[i] for i in run])
                gone.update(i for i in run if i != min(run))
    # (a part of such a route planned on its own, its stops one after another in it, is drawn once)
    joined = [[s.id for s in p.stops] for p in merged.values()]
    gone.update(i for i, p in enumerate(plans) if i not in merged and p.stages[-1] == "destination"
                and any(_runs_in([s.id for s in p.stops], ids) for ids in joined))
    return [merged.get(i, p) for i, p in enumerate(plans) if i not in gone]


def _runs_in(part: Sequence[str], whole: Sequence[str]) -> bool:
    """Whether `part` is a run of `whole`: its items one after another in it."""
    return any(list(whole[i:i + len(part)]) == list(part) for i in range(len(whole) - len(part) + 1))


def _through_ends(plans: Sequence[RoutePlan]) -> RoutePlan:
    """One route from plans that differ only in their last stop, through their ends in the
    given order, each reached by the way its own plan reached it (its last leg's mode)."""
    first = plans[0]
    ends = [p.stops[-1] for p in plans]
    legs = [*first.legs[:-1], *(replace(p.legs[-1], start=a) for p, a in zip(plans, [first.stops[-2], *ends]))]
    aliases = []
    if any(p.aliases for p in plans):
        named = [p.aliases or [()] * len(p.stops) for p in plans]
        aliases = [*named[0][:-1], *(a[-1] for a in named)]
    return replace(first, stops=(*first.stops[:-1], *ends),
                   stages=(*first.stages[:-1], *["transit"] * (len(ends) - 1), "destination"),
                   legs=tuple(legs), aliases=tuple(aliases))


def _origin_guess(told: RoutePlan, guess: RoutePlan) -> bool:
    """Whether a plan holds all of a told plan's stops and, besides them, only the origin it
    starts at, outside the told one's first stop."""
    ids = {s.id for s in told.stops}
    origin = guess.stops[0]
    return (guess.stages[0] == "origin" and told.stages[0] != "origin" and origin.id not in ids
            and {s.id for s in guess.stops[1:]} == ids and not origin.holds(told.stops[0]))


def _from_origin(told: RoutePlan, guess: RoutePlan) -> RoutePlan:
    """The told plan starting at the guess's origin, by a leg the text names no way for."""
    origin = guess.stops[0]
    return replace(told, stops=(origin, *told.stops), stages=("origin", *told.stages),
                   legs=(Leg(origin, told.stops[0], "land", known=False), *told.legs),
                   origins=(origin.name, *told.origins),
                   aliases=((), *told.aliases) if told.aliases else (),
                   claims=(*(c for c in guess.claims if c.place.id == origin.id), *told.claims))


def _also_named(plan: RoutePlan, name: str | None) -> RoutePlan:
    """The plan with `name` among its last stop's other names."""
    if name is None or name == plan.stops[-1].name:
        return plan
    aliases = list(plan.aliases) or [()] * len(plan.stops)
    if name not in aliases[-1]:
        aliases[-1] = (*aliases[-1], name)
    return replace(plan, aliases=tuple(aliases))


def _told_order(claims: Sequence[Claim], before: re.Pattern | None, onward: re.Pattern | None
                ) -> Callable[[frozenset[str], Sequence[str]], int]:
    """How far a sequence of stop ids follows the text: each pair of stops in the order a cue
    states a leg between them (_stated_pairs, _turn_pairs) or, else, the order a document first
    names them as stops (no flashback's: _flashback) counts one, each pair the other way round
    minus one."""
    stated = _stated_pairs(claims) | _turn_pairs(claims, onward)
    first: dict[tuple[str, str], int] = {}
    for c in claims:
        if c.stop and not c.negated and c.at >= 0 and not _flashback(c, before):
            key = (c.doc, c.place.id)
            first[key] = min(first.get(key, c.at), c.at)

    def pair(docs: frozenset[str], a: str, b: str) -> int:
        if (a, b) in stated or (b, a) in stated:
            return ((a, b) in stated) - ((b, a) in stated)
        told = next(((first[(d, a)], first[(d, b)]) for d in sorted(docs)
                     if (d, a) in first and (d, b) in first), None)
        return 0 if told is None or told[0] == told[1] else (1 if told[0] < told[1] else -1)

    def order(docs: frozenset[str], stops: Sequence[str]) -> int:
        return sum(pair(docs, a, b) for i, a in enumerate(stops) for b in stops[i + 1:])

    return order


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


class _DocReader:
    """Reads documents' claims into _DocRead (one plan() call's: the sentences each sieve has
    read are remembered for the call)."""

    def __init__(self, modes: Mapping[str, re.Pattern | None], by_sea: Callable[[Claim], bool] | None,
                 sentences: Mapping[str, Sequence[str]]):
        self.modes, self.by_sea = modes, by_sea
        self.guessed, self.things = _Guessed(modes), _Things(modes.get("moved_things"))
        self.part = _Apart(modes.get("apart"), modes.get("same_group"), sentences, modes.get("traveller"),
                           modes.get("same_person"))
        self.sentences = sentences

    def __call__(self, claims: Sequence[Claim]) -> _DocRead:
        modes = self.modes
        kept = _apart(claims, modes.get("other_group"))
        kept = _told_apart(kept, modes.get("apart"))
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
        parts: dict[str, list[Claim]] = defaultdict(list)
        for c, key in keyed:
            parts[c.doc if key in arrived else key].append(c)
        turns = modes.get("reached_in_turn")
        chains = [ch for part in parts.values()
                  for ch in _chains(part, self.by_sea, turns, (modes.get("goes_on"), modes.get("told_before")))]
        # (read here, once per document: a corpus's assembly splits a document's sentences only
        # when it reads the document)
        never = frozenset(id(c) for c in kept if _never_got_there(
            c, modes.get("never_there"), lambda doc=c.doc: self.sentences.get(doc, ())))
        return _DocRead(tuple(claims), list(kept), locators, dict(parts), chains,
                        {key: _told(part, modes) for key, part in parts.items()}, never)


def _told(claims: Sequence[Claim], modes: Mapping[str, re.Pattern | None]) -> list[Claim]:
    """The claims of the journey the text tells: without a flashback's place (_flashback) nor
    one of a sentence telling an expulsion (the cue data's `removed`: _removed). Read once per
    document: a corpus's assembly plans its documents again at each checkpoint."""
    before, removed = modes.get("told_before"), modes.get("removed")
    return [c for c in claims if not (_flashback(c, before) or _removed(c, removed))]


def _only_arrived(keyed: Sequence[tuple[Claim, str]], apart: re.Pattern | None,
                  opener: Mapping[str, str] | None = None) -> set[str]:
    """The parts (_Apart) opened by other people (group `others` of `apart`, the cue data's
    [route_modes] apart: "Another group landed at X"; `opener`: a part's opening sentence
    where it names no place) that name no place set out from, passed or come from: they tell
    where others arrived by the way the document tells, and stay with it."""
    opened: dict[str, Claim] = {}
    left: set[str] = set()
    for c, key in keyed:
        if key != c.doc:
            opened.setdefault(key, c)
            if c.role in ("launch_point", "transit", "origin"):
                left.add(key)
    out = set()
    for key, c in opened.items():
        m = apart.match((opener or {}).get(key, c.source.quote)) if apart is not None and key not in left else None
        if m is not None and m.groupdict().get("others"):
            out.add(key)
    return out


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


class _Apart:
    """Which part of its document a claim belongs to, as plan() groups them: its document, or
    a sentence of it that opens on another event (`apart`, the cue data's [route_modes] apart:
    "Elsewhere, 20 migrants were taken to X", "On Monday, separately, ..."), a document of its
    own: the places it names join no route of the rest, nor the rest's of them. The sentences
    right after it that open on the same people (`same`, the cue data's [route_modes]
    same_group: "They were moved to Y") belong to its part. A sentence naming no place that
    opens on another group ("A second group had come by another road.", read in `sentences`,
    per document its sentences' words) opens a part that the next sentence's places tell.
    A sentence opening on a named person setting out (`traveller`, the cue data's [route_modes]
    traveller: "Fatou Sow left Dakar ...") other than the first such person of its document
    opens a part too: each person's journey is their own, no chain through another's stops; the
    sentences right after it opening on the same person (`person`, the cue data's [route_modes]
    same_person: "He then took a bus") belong to it.
    Each sentence is read once (a document's claims come in sentence order)."""

    def __init__(self, rx: re.Pattern | None, same: re.Pattern | None = None,
                 sentences: Mapping[str, Sequence[str]] | None = None, traveller: re.Pattern | None = None,
                 person: re.Pattern | None = None):
        self.rx, self.same, self.sentences, self.traveller = rx, same, sentences or {}, traveller
        self.person = person
        self._part: dict[tuple[str, int], str] = {}     # (doc, sentence) -> its part
        self._first: dict[str, str] = {}                # doc -> the first traveller it names
        self._people: set[str] = set()                  # the parts a traveller opened
        #: a part opened by a sentence naming no place -> that sentence (_only_arrived)
        self.opener: dict[str, str] = {}

    def __call__(self, c: Claim) -> str:
        if self.rx is None or c.at < 0:
            return c.doc
        key = (c.doc, c.sentence)
        part = self._part.get(key)
        if part is None:
            before = self._part.get((c.doc, c.sentence - 1), c.doc)
            if self.rx.match(c.source.quote):
                part = f"{c.doc}#{c.sentence}"
            elif self._another(c):
                part = f"{c.doc}#{c.sentence}"
                self._people.add(part)
            elif before != c.doc and self.same is not None and self.same.match(c.source.quote):
                part = before       # the same people, going on
            elif before in self._people and self.person is not None and self.person.match(c.source.quote):
                part = before       # the same person, going on
            elif (opened := self._opened(c.doc, c.sentence - 1)) is not None:
                part = opened       # the places of the group the sentence before opened on
            else:
                part = c.doc
            self._part[key] = part
        return part

    def _another(self, c: Claim) -> bool:
        """Whether a claim's sentence opens on a named person setting out, not the first one
        its document names so (no word of that one's name: "Mr Diallo" is "Amadou Diallo")."""
        m = self.traveller.match(c.source.quote) if self.traveller is not None else None
        if m is None:
            return False
        name = " ".join(m.group("name").split())
        return not set(self._first.setdefault(c.doc, name).split()) & set(name.split())

    def _opened(self, doc: str, sentence: int) -> str | None:
        """The part a sentence naming no place opens on another group, if it does."""
        said = self.sentences.get(doc, ())
        if (doc, sentence) in self._part or not 0 <= sentence < len(said) or not self.rx.match(said[sentence]):
            return None
        part = f"{doc}#{sentence}"
        self.opener[part] = said[sentence]
        return part


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


#: The roles whose countries name a route's stops in them (_labels).
_STOP_ROLES = ("origin", "transit", "launch_point", "destination")


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
    its place say so ("they may have travelled from X", "planned to go on to X"), unless a
    "would" tells a habit (`habitual` before the place). A sentence
    holding none of the words those patterns need is not read again for each of its claims
    (a corpus claims thousands of places in sentences that guess nothing)."""

    def __init__(self, modes: Mapping[str, re.Pattern | None]):
        self.guessed = modes.get("guessed")
        self.habitual, self.habit_guess = modes.get("habitual"), modes.get("habitual_guess")
        needed = _needed_words(self.guessed) if self.guessed is not None else frozenset()
        # (None: a pattern that needs no word of its own; every sentence is read)
        self.needed = None if needed is None else tuple(sorted(needed))
        self._read: dict[tuple[str, int], bool] = {}

    def __call__(self, c: Claim) -> bool:
        if c.at < 0 or self.guessed is None:
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
        found = self.guessed.search(quote, begin, at)
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


def _apart(claims: Sequence[Claim], others: re.Pattern | None) -> Sequence[Claim]:
    """The claims with a place reached that the text seemed to go on from made an end again
    where another group goes on ("some reached X; others went on to Y": `others`, the cue
    data's [route_modes] other_group, between X and the next place the sentence has people
    reach): two journeys' ends. A leg roles.py stated from X to Y (a route-only claim of X
    sharing Y's hit) is dropped likewise."""
    if others is None:
        return claims
    reached: dict[tuple[str, int], list[Claim]] = defaultdict(list)
    for c in claims:
        if c.at >= 0 and not c.negated and (c.role == "destination" or c.onward):
            reached[(c.doc, c.sentence)].append(c)
    if not any(len(v) > 1 for v in reached.values()):
        return claims
    split: set[int] = set()     # ids of the claims whose place another group goes on from
    # (document, hit) of the legs from such a place: hits are numbered within a document
    dropped: set[tuple[str, int]] = set()
    for group in reached.values():
        group.sort(key=lambda c: c.at)
        for c, nxt in zip(group, group[1:], strict=False):
            if c.hit == nxt.hit or not c.onward:
                continue
            base = c.source.start
            frm = c.at - base + len(c.place.name)
            if frm < nxt.at - base and others.search(c.source.quote, frm, nxt.at - base):
                split.add(id(c))
                dropped.add((nxt.doc, nxt.hit))
    if not split:
        return claims
    out = []
    for c in claims:
        if id(c) in split:
            out.append(replace(c, role="destination", onward=False))
        elif not (c.role == "returned_from" and (c.doc, c.hit) in dropped and c.hit >= 0):
            out.append(c)
    return out


def _told_apart(claims: Sequence[Claim], apart: re.Pattern | None) -> Sequence[Claim]:
    """The claims without a route-only claim roles.py makes of an earlier landing for a later
    sentence's arrival ("landed on X. ... were taken to Y": a leg from X) where that sentence
    opens on another event (`apart`, the cue data's [route_modes] apart: "Separately, 30
    migrants were taken to Y"): other people, no way on from X."""
    if apart is None:
        return claims
    told: dict[tuple[str, int], bool] = {}      # per sentence start: whether it opens apart
    opened = set()      # (document, hit) of the claims in such sentences
    for c in claims:
        if c.hit >= 0 and c.role != "returned_from":
            key = (c.doc, c.source.start)
            if key not in told:
                told[key] = apart.match(c.source.quote) is not None
            if told[key]:
                opened.add((c.doc, c.hit))
    if not opened:
        return claims
    return [c for c in claims if not (c.role == "returned_from" and (c.doc, c.hit) in opened
                                      and apart.match(c.source.quote) is None)]


def _named_at(claims: Sequence[Claim]) -> dict[tuple[str, int], list[int]]:
    """Where each sentence names places: (doc, sentence) -> the claims' offsets."""
    named: dict[tuple[str, int], list[int]] = defaultdict(list)
    for c in claims:
        if c.at >= 0:
            named[(c.doc, c.sentence)].append(c.at)
    return named


def _others_passed(claims: Sequence[Claim], others: re.Pattern | None) -> Sequence[Claim]:
    """The claims without a place passed that another group passes (`others`, the cue data's
    [route_modes] other_group, between the place its sentence names before it and it: "from X
    through Y to Z, while others went through W"): W is no stop of the journey told."""
    if others is None:
        return claims
    passed = [c for c in claims if c.role == "transit" and not c.onward and c.at >= 0]
    if not passed:
        return claims
    named = _named_at(claims)
    dropped = set()
    for c in passed:
        prior = [at for at in named[(c.doc, c.sentence)] if at < c.at]
        if prior:
            base = c.source.start
            if others.search(c.source.quote, max(0, max(prior) - base), max(0, c.at - base)):
                dropped.add(id(c))
    return [c for c in claims if id(c) not in dropped] if dropped else claims


#: Between a place and a return's end: the place is another way the people went, not where
#: they were sent back from ("flew on to X or went back to Y").
_OR = re.compile(r"\bor\b", re.IGNORECASE)


def _not_alternatives(claims: Sequence[Claim]) -> Sequence[Claim]:
    """The claims without a start roles.py gives a return (returned_from) that the words
    between it and the return's end, naming no other place, make an alternative to the return
    ("some flew on to X or went back to Y": X is where the others went, no place people were
    sent back from; "from X or Z to Y" keeps X, a list of starts)."""
    ends: dict[tuple[str, int], list[Claim]] = defaultdict(list)
    for c in claims:
        if c.role == "returned" and c.hit >= 0 and c.at >= 0:
            ends[(c.doc, c.hit)].append(c)
    if not ends:
        return claims
    named = _named_at(claims)
    dropped = set()
    for i, c in enumerate(claims):
        if c.role != "returned_from" or c.at < 0:
            continue
        end = next((e for e in ends.get((c.doc, c.hit), ()) if e.sentence == c.sentence and e.at > c.at), None)
        if end is None or any(c.at < at < end.at for at in named[(c.doc, c.sentence)]):
            continue
        if _OR.search(c.source.quote, *_span(c, end)):
            dropped.add(i)
    return [c for i, c in enumerate(claims) if i not in dropped] if dropped else claims


def _last_comma(quote: str, at: int) -> int:
    """Where the last comma followed by a space before `at` ends, less one (-1: none)."""
    i = quote.rfind(",", 0, at)
    while i >= 0 and not (i + 1 < at and quote[i + 1].isspace()):
        i = quote.rfind(",", 0, i)
    return i + 1 if i >= 0 else -1


#: How far before a leg's end its words are read when the text names its start elsewhere.
_LEG_WORDS = 60
_CLAUSE = re.compile(r"[.;:]|,\s")


def _worded(route: RoutePlan, by_place: dict[int, dict], modes: Mapping[str, re.Pattern | None],
            seas: Mapping[tuple[str, int], list[int]]) -> RoutePlan:
    """The plan with each leg's mode as the text words it, where it does: a flight is by air,
    a ferry or a sea crossed by sea (a leg over land only because no boat was named is no
    land way). `by_place` keeps each claims tuple's claims by place id (and by place id and
    document), and the offsets of the places each sentence names by (doc, sentence) (a
    corpus's routes share them); `seas` where each sentence names a sea, by (doc, sentence)."""
    index = by_place.get(id(route.claims))
    if index is None:
        index = by_place[id(route.claims)] = defaultdict(list)
        for c in route.claims:
            index[c.place.id].append(c)
            # and by (place id, doc): a corpus route's place has claims in thousands of
            # documents, and a leg's words are read within one
            index[(c.place.id, c.doc)].append(c)
            if c.at >= 0:       # and where each sentence names places (key: doc, sentence)
                index[(c.doc, c.sentence)].append(c.at)
    legs = tuple(_worded_leg(leg, index, modes, seas) for leg in route.legs)
    legs = _to_flight(route, legs, index, modes.get("clause_break"))
    return route if legs == route.legs else replace(route, legs=legs)


def _to_flight(route: RoutePlan, legs: tuple[Leg, ...], by_place: Mapping, breaks: re.Pattern | None
               ) -> tuple[Leg, ...]:
    """The legs, with the way from the route's origin to a flight's start unknown when the text
    names none ("a man from Dhaka ... flew from Istanbul to X": how he reached Istanbul, from
    another country, it does not say; a land leg across Asia would say more than it does)."""
    if (len(legs) < 2 or not route.stages or route.stages[0] != "origin" or legs[0].mode != "land"
            or legs[1].mode != "air" or legs[0].start.country == legs[0].end.country):
        return legs
    said = _leg_words(legs[0], by_place, breaks)
    if said is not None and said[4]:
        return legs         # one clause names both ends: the text tells that leg
    return (replace(legs[0], known=False), *legs[1:])


def _worded_leg(leg: Leg, by_place: Mapping, modes: Mapping[str, re.Pattern | None],
                seas: Mapping[tuple[str, int], list[int]]) -> Leg:
    """The leg in the mode its own words name (_leg_words): a flight by air, a boat or a sea
    crossed by sea, a train, a bus or a walk over land (_overland); as planned when they name none."""
    said = _leg_words(leg, by_place, modes.get("clause_break"))
    if said is None:
        if leg.mode == "land" and _craft_after(leg, by_place, modes.get("boat_after")):
            return Leg(leg.start, leg.end, "sea")
        return _overland(leg, by_place, modes, None) if leg.mode == "sea" else leg
    words, doc, sentence, span, both = said
    denied, by_ferry, across = modes.get("mode_denied"), modes.get("by_ferry"), modes.get("across_sea")
    # A flight told only in the end's clause is not this leg's when the text says its start
    # was left by boat ("the boat had left X ...; the minister flew to Y"): the words of one
    # end are the leg's only where they are its only words.
    if _said_at(modes.get("by_air"), words, denied) >= 0 and (both or not _left_by_boat(leg.start, by_place, by_ferry)):
        return Leg(leg.start, leg.end, "air")
    if _craft_after(leg, by_place, modes.get("air_after"), (doc, sentence)):
        return Leg(leg.start, leg.end, "air")   # ("moved on to Y by plane": the flight after its end)
    if _craft_after(leg, by_place, modes.get("land_after"), (doc, sentence)):
        # the way the words right after its end name is the leg's own, whatever craft the
        # movement before it took ("pushed back across the river in boats and returned to Y
        # on foot")
        return Leg(leg.start, leg.end, "land")
    # a way over land named after every boat and sea of the leg's words is the way to its
    # end ("people intercepted at sea are bused to Y": the bus, not the sea, took them there)
    sea_at = max([_said_at(f, words, denied) for f in (by_ferry, across)]
                 + [at - span[0] for at in seas.get((doc, sentence), ()) if span[0] <= at < span[1]], default=-1)
    if _said_at(modes.get("by_land"), words, denied) > sea_at >= 0:
        return Leg(leg.start, leg.end, "land")
    if (sea_at >= 0
            # (a sea the leg's own words name: "From X they crossed the Mediterranean to Y")
            or _craft_after(leg, by_place, modes.get("boat_after"), (doc, sentence))):
        return Leg(leg.start, leg.end, "sea") if leg.mode == "land" else leg
    return _overland(leg, by_place, modes, (doc, sentence)) if leg.mode == "sea" else leg


def _overland(leg: Leg, by_place: Mapping, modes: Mapping[str, re.Pattern | None],
              where: tuple[str, int] | None) -> Leg:
    """A sea leg over land where its own words name a train, a bus or a walk and no boat ("from
    X by train to Y", "took a bus to Y"), or the words right after its end do ("reached Y on
    foot"): the plan's boat was a guess from its ends. With no `where` (the sentence stating
    it), an end passed through tells the way to it ("then walked through X to Y"). Its words
    do not reach back past a place before its start ("a boat from X to S, then walked
    through Z": the boat was the way to S)."""
    said = _leg_words(leg, by_place, modes.get("clause_break"), passed=where is None, own=True)
    if said is None:
        return leg
    words, denied = said[0], modes.get("mode_denied")
    if any(_said_at(modes.get(k), words, denied) >= 0 for k in ("by_ferry", "across_sea")):
        return leg
    if _said_at(modes.get("by_land"), words, denied) >= 0 or _craft_after(leg, by_place, modes.get("land_after"), where):
        return Leg(leg.start, leg.end, "land")
    return leg


def _said_at(mode: re.Pattern | None, words: str, denied: re.Pattern | None) -> int:
    """Where the last match of a mode's cue that is not denied starts in a leg's words (-1: none)."""
    if mode is None:
        return -1
    return max((m.start() for m in mode.finditer(words) if denied is None or not denied.search(words, 0, m.start())),
               default=-1)


def _craft_after(leg: Leg, by_place: Mapping, rx: re.Pattern | None, where: tuple[str, int] | None = None) -> bool:
    """Whether the words right after a claim of the leg's end name the way it went: a craft
    ("from X to Y in rubber dinghies"; the cue data's [route_modes] boat_after) or a way over
    land ("reached Y on foot": land_after); with `where` (document, sentence), only a claim
    of the sentence that states the leg (another sentence's "smugglers reached Y in a
    speedboat" is another journey)."""
    if rx is None:
        return False
    for end in by_place.get(leg.end.id, ()):
        if end.at < 0 or not (end.role in ("destination", "returned") or end.onward):
            continue
        if where is not None and (end.doc, end.sentence) != where:
            continue
        at = end.at - end.source.start + len(end.place.name)
        if 0 <= at <= len(end.source.quote) and rx.match(end.source.quote, at):
            return True
    return False


def _left_by_boat(start: PlaceRef, by_place: Mapping, by_ferry: re.Pattern | None) -> bool:
    """Whether a claim of the place says people left it by boat ("a boat that left X")."""
    return by_ferry is not None and any(
        c.role == "launch_point" and by_ferry.search(c.words) for c in by_place.get(start.id, ()))


def _leg_words(leg: Leg, by_place: Mapping, breaks: re.Pattern | None, passed: bool = False,
               own: bool = False) -> tuple[str, str, int, tuple[int, int], bool] | None:
    """The words that state a leg: from its start to its end where one clause of a sentence
    names both (one cue's "flew from X to Y", or "From X ... flown to Y"), else the few words
    before its end in its own clause ("... were taken by ferry to Y"): (the words, their
    document and sentence, their document span, whether they name both ends); None when no
    claim of its end is in a sentence. `breaks` part two clauses of other subjects ("X for Y,
    while the minister flew to Z": the start's clause is not the end's). With `passed`, an end
    the route passes through ("walked through X") is read as well; with `own`, the words before
    the start stop at the place the sentence names before it."""
    # the claim of one cue hit naming both ends first: other claims of the end may be of other
    # sentences ("promised a job in Y. ... He flew from X to Y")
    for end in sorted(by_place.get(leg.end.id, ()), key=lambda e: not _hit_of(e, leg.start, by_place)):
        # (a return's end too: people are deported "on a charter flight from X to Y"; a stop
        # passed through, where the same words name the start)
        if end.at < 0 or not (end.role in ("destination", "returned") or end.onward
                              or end.role == "transit" and (passed or _hit_of(end, leg.start, by_place))):
            continue
        quote, base = end.source.quote, end.source.start
        starts = [c.at for c in by_place.get((leg.start.id, end.doc), ())
                  if c.sentence == end.sentence and 0 <= c.at < end.at]
        if starts and breaks is not None and breaks.search(quote, max(starts) - base, end.at - base):
            starts = []
        if not starts and (after := _start_after(leg, end, by_place)) is not None:
            return after
        # (the words up to the end's name: "flown from X to Y" and "X to Y, then a flight on")
        frm = max(starts) - base - _LEG_WORDS // 2 if starts else end.at - base - _LEG_WORDS
        if not starts or own:   # not past another place the sentence names ("boats from X to Y")
            before = max(starts) if starts else end.at
            frm = max([frm, *(at - base + 1 for at in by_place.get((end.doc, end.sentence), ()) if at < before)])
        frm, to = max(0, frm), max(0, end.at - base)
        words = quote[frm:to]
        if not starts:      # only the end's own clause ("a boat sank; the survivors walked to Y")
            words = _CLAUSE.split(words)[-1]
            frm = to - len(words)
        if words:
            return words, end.doc, end.sentence, (base + frm, base + to), bool(starts)
    return None


def _hit_of(end: Claim, start: PlaceRef, by_place: Mapping) -> bool:
    """Whether one cue hit names a leg's end and its start ("flew from X to Y that May, ...
    then on from Y": the words of that hit state the leg to Y)."""
    return end.hit >= 0 and any(c.hit == end.hit for c in by_place.get((start.id, end.doc), ()))


def _start_after(leg: Leg, end: Claim, by_place: Mapping) -> tuple[str, str, int, tuple[int, int], bool] | None:
    """The words from a leg's end to its start where its clause names the end first ("landed
    in Y on a flight from X", "reached Y by boat from X"), as _leg_words gives them; else None."""
    quote, base = end.source.quote, end.source.start
    after = [c.at - base for c in by_place.get((leg.start.id, end.doc), ())
             if c.sentence == end.sentence and end.at < c.at <= end.at + _LEG_WORDS]
    # (or its name there, where this route's claims of it are of another sentence)
    named = quote.find(leg.start.name, end.at - base + 1, end.at - base + _LEG_WORDS)
    after += [named] if named >= 0 else []
    if not after:
        return None
    frm, to = end.at - base, min(after)
    words = quote[frm:to]
    if _CLAUSE.search(words):
        return None     # another clause's start ("landed in Y, and later took a bus from X")
    return words, end.doc, end.sentence, (base + frm, base + to), True


def _held_at(zones: Sequence[ZoneClaim]) -> dict[str, list[Claim]]:
    """Per document, where a force stopped or held people (its zone claims), as route-only
    claims (returned_from, of no cue hit): only a return with no start of its own reads them."""
    out: dict[str, list[Claim]] = defaultdict(list)
    for z in zones:
        if not z.negated:
            # at the place's words ("taken back to X and transferred to the Y centre": Y comes
            # after the return, no start of it); past the sentence's end when it names none
            out[z.doc].append(Claim("returned_from", z.place, z.doc, z.sentence, z.cue, z.words, z.source,
                                    z.confidence, at=z.at if z.at >= 0 else z.source.end))
    return out


#: The cue hit numbers of the places people were taken to be held (_taken_to): above any a
#: role cue gives (roles: a sentence's index * 1000 + n), one per place's offset.
_TAKEN_HIT = 10 ** 9


def _taken_to(held: Sequence[Claim], taken: re.Pattern | None, breaks: re.Pattern | None,
              guessed: re.Pattern | None) -> list[Claim]:
    """Where a force held people that its clause has them moved to ("police took them to a
    removal centre at X", "were bused to the reception centre in X"; `taken`: the cue data's
    [route_modes] taken_on, then "to", in the words before the place, no clause break after
    it: `breaks`, clause_break): a place they reached, a leg's end (_stated finds its start).
    A place only patrolled or watched, where people were held with no move told, or a move
    only guessed at ("may be bused to the centre in X": `guessed`), is none."""
    if taken is None:
        return []
    out = []
    for c in held:
        if c.negated or c.hedged or c.intended or c.at < 0:
            continue
        end = c.at - c.source.start
        words = c.source.quote[max(0, end - _TURN_CHARS):max(0, end)]
        moved = [m for m in taken.finditer(words) if _TO.search(words, m.end())]
        if not moved or (breaks is not None and breaks.search(words, moved[-1].end())):
            continue
        # the guess may come before the verb ("would be transferred to the centre in X") or
        # take in its words ("may be bused to X")
        if guessed is not None and (guessed.search(words) or guessed.search(words, 0, moved[-1].start())):
            continue
        out.append(replace(c, role="destination", hit=_TAKEN_HIT + c.at))
    return out


def _taken_from(ends: Sequence[Claim], claims: Sequence[Claim]) -> list[Claim]:
    """For a place people were taken to be held (_taken_to) with no start of its own: the
    last town or area its sentence, else the sentence before, names before it ("found them
    at X and drove them to the centre at Y"; "caught 14 men near X. They were bused to the
    camp in Y"): where they were when taken. No country: a nationality or a far origin."""
    if not ends or ends[0].hit < _TAKEN_HIT:
        return []
    end = ends[0]
    said = [c for c in claims if c.doc == end.doc and c.at >= 0 and c.stop and not (c.negated or c.intended)
            and (c.sentence == end.sentence and c.at < end.at or c.sentence == end.sentence - 1)
            and c.role in _STOP_ROLES + ("returned_from",) and _RANK[c.place.kind] > 1
            and not (c.place.id == end.place.id or c.place.holds(end.place) or end.place.holds(c.place))]
    return [max(said, key=lambda c: c.at)] if said else []


#: After a verb of taking people somewhere: where to.
_TO = re.compile(r"\bto\b", re.IGNORECASE)


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


def _stated(claims: Sequence[Claim], planned: _Planned, modes: Mapping[str, re.Pattern | None]
            ) -> list[RoutePlan]:
    """Movements one cue states whole ("from Sudan to Kufra", "left X for Y"): a route of
    their own unless a planned route already has those stops in that order. People pushed back
    over land from X to Y (`modes`' came_back, the cue data's [route_modes], in the return's
    words) had come from Y to X: that way too, where the return names X itself. A return
    through a border post goes through it (_returns_through)."""
    force_after, onward, back = modes.get("force_after"), modes.get("reached_in_turn"), modes.get("came_back")
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
                                              modes.get("return_cue"))
                  or _held_before(ends, claims, modes.get("taken_on"), modes.get("clause_break"))
                  or _from_there(ends, claims, modes.get("from_there"))
                  or _carried_on(ends, claims, modes.get("from_there"), modes.get("taken_on"), modes.get("heading"),
                                 modes.get("carried_others"), modes.get("not_yet"), modes.get("others_held"))
                  or _taken_from(ends, claims))
        if not starts:
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
        # a return told from a list of starts ("pushed back from X or Z to Y") is one from each
        for head in (_listed(starts) if told_whole and ends[0].role == "returned" else starts[:1]):
            _stated_one(head, ends, group, b, told_whole, planned, out, way, back, country_of)
    return out


def _held_before_crossing(start: Claim, end: Claim, claims: Sequence[Claim],
                          crossed_at: re.Pattern | None, return_cue: re.Pattern | None) -> Claim | None:
    """Where a force held people (a zone's route-only claim) before a return's crossing in its
    sentence (`crossed_at`: the cue data's [route_modes] crossed_at, "sent them back across the
    bridge at"), the return ending past it ("arrested at X and sent back across the bridge at P to
    Y"): the return starts there. None when the start is no crossing or no place held comes first.
    `return_cue`: [route_modes] return_cue, the cues stating returns (_is_return)."""
    if not (crossed_at is not None and start.role == "returned_from" and _is_return(start, return_cue)
            and end.role == "returned" and crossed_at.search(start.words)):
        return None
    held = [c for c in claims if c.role == "returned_from" and c.hit < 0 and c.doc == start.doc
            and c.sentence == start.sentence and 0 <= c.at < start.at and not c.negated
            and not (c.place.holds(start.place) or c.place.holds(end.place) or end.place.holds(c.place))]
    return max(held, key=lambda c: c.at, default=None)


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


def _returns_through(claims: Sequence[Claim], through: re.Pattern | None
                     ) -> tuple[Sequence[Claim], dict[tuple[str, int], PlaceRef]]:
    """The claims, with a place passed on a return whose sentence names no end of it made that
    end ("28,000 people returned through X", "they were deported through X": where they came
    back, the return starting where they were held); and per return's end (document, offset),
    the place its sentence has the return pass ("sent back to Y through X", "deported through X
    to Y": the route goes through X). `through`: the cue data's [route_modes] back_through,
    the return's words before the place."""
    passed = [] if through is None else [c for c in claims if _passed(c) and _back_through(c, through)]
    if not passed:
        return claims, {}
    ends: dict[tuple[str, int], list[Claim]] = defaultdict(list)
    for c in claims:
        if c.role == "returned" and not c.negated and c.at >= 0:
            ends[(c.doc, c.sentence)].append(c)
    way: dict[tuple[str, int], PlaceRef] = {}
    made: dict[int, Claim] = {}
    for c in passed:
        said = ends.get((c.doc, c.sentence), ())
        before, after = [e for e in said if e.at < c.at], [e for e in said if e.at > c.at]
        if said:    # the end told before the post ("to Y through X"), else after it ("through X to Y")
            end = max(before, key=lambda e: e.at) if before else min(after, key=lambda e: e.at)
            way.setdefault((c.doc, end.at), c.place)
        else:
            made[id(c)] = replace(c, role="returned")
    return [made.get(id(c), c) for c in claims], way


def _back_through(c: Claim, through: re.Pattern) -> bool:
    """Whether the words of a claim's clause before its place tell a return passing it."""
    quote, at = c.source.quote, c.at - c.source.start
    if not 0 <= at <= len(quote):
        return False
    begin = max(quote.rfind(".", 0, at), quote.rfind(";", 0, at), quote.rfind(":", 0, at)) + 1
    return through.search(quote, begin, at) is not None


#: The legs a text states are linked into one journey when the next sets out at most this
#: many sentences after the one before ended.
_CHAIN_SENTENCES = 2


def _stated_legs(claims: Sequence[Claim]) -> list[tuple[Claim, Claim, tuple[Claim, ...]]]:
    """The legs one document states, in text order: (where it sets out, where it ends, the
    claims saying so). A leg is one cue's "from X to Y" (its first start and first end), or a
    sentence's "From X, they ... went on to Y": a place set out from whose cue names no end,
    then the first place the sentence has people reach after it. Never a return (a movement
    of its own), a negated, hoped-for or nationality's claim."""
    kept = [c for c in claims if not (c.negated or c.intended) and c.stop and c.hit >= 0]
    by_hit: dict[int, list[Claim]] = defaultdict(list)
    for c in kept:
        by_hit[c.hit].append(c)
    reaches: dict[int, list[Claim]] = defaultdict(list)   # sentence -> places reached in it
    for c in kept:
        if c.role == "destination" or (c.role == "transit" and c.onward):
            reaches[c.sentence].append(c)
    out = []
    for hit, group in by_hit.items():
        group.sort(key=lambda c: c.at)
        starts = [c for c in group if c.role in ("origin", "transit", "launch_point") and not c.onward]
        ends = [c for c in group if c.role == "destination" or c.onward]
        if starts and ends:
            if starts[0].at < ends[0].at:
                out.append((starts[0], ends[0], tuple(group)))
        elif starts and starts[0].role in ("transit", "launch_point"):
            later = [e for e in reaches.get(starts[0].sentence, ()) if e.at > starts[0].at and e.hit != hit]
            if later:
                end = min(later, key=lambda e: e.at)
                out.append((starts[0], end, (*group, end)))
        elif ends and ends[0].onward and (start := _reached_before(ends[0], kept)) is not None:
            out.append((start, ends[0], (start, *group)))
    return sorted(out, key=lambda leg: leg[0].at)


def _reached_before(end: Claim, kept: Sequence[Claim]) -> Claim | None:
    """For a leg's end told on from a place its cue does not claim ("to X, then a lift to Y":
    the cue's X is another cue's), the last stop its sentence names before it, X."""
    before = [c for c in kept if c.doc == end.doc and c.sentence == end.sentence and 0 <= c.at < end.at
              and c.hit != end.hit and c.role in ("destination", "transit", "launch_point")]
    last = max(before, key=lambda c: c.at, default=None)
    # (not another group's stop: "some reached X, while a Tunisian man got a ride to Y")
    return last if last is not None and _same_group(_between(last, end)) else None


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


def _passed(c: Claim) -> bool:
    """Whether a claim is of a place people pass on the way ("through X", "crossed into X at Y"):
    a transit stop of a cue hit, not one reached and gone on from, nor hoped for or denied."""
    return (c.role == "transit" and not c.onward and c.hit >= 0 and c.at >= 0 and c.stop
            and not (c.negated or c.intended))


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


def _passed_legs(legs: list[tuple[Claim, Claim, tuple[Claim, ...]]], claims: Sequence[Claim]
                 ) -> list[tuple[Claim, Claim, tuple[Claim, ...]]]:
    """The stated legs, each through the places its sentence has people pass between its ends
    ("from X through A and B to Y": X -> A -> B -> Y), and the legs of a
    journey one sentence tells step by step: from a place passed (or a departure) to the next
    place passed ("crossed into Mexico at A, rode buses through B and C": A -> B -> C), and from
    a place reached to a stated leg its sentence sets out on right after it ("a bus north to A,
    a walk across B into C": A -> B). Never over words that make them alternatives ("through A
    or B") or over more than _TURN_CHARS characters."""
    passed: dict[tuple[str, int], list[Claim]] = defaultdict(list)
    stops: dict[tuple[str, int], list[Claim]] = defaultdict(list)
    for c in claims:
        if c.at >= 0 and c.stop and not (c.negated or c.intended) and c.role != "origin":
            stops[(c.doc, c.sentence)].append(c)
            if _passed(c):
                passed[(c.doc, c.sentence)].append(c)
    if not passed:
        return legs

    def in_turn(a: Claim, b: Claim) -> bool:
        base = a.source.start
        frm, to = a.at - base + len(a.place.name), b.at - base
        return 0 <= frm <= to and to - frm <= _TURN_CHARS and not _NOT_IN_TURN.search(a.source.quote, frm, to)

    def other_way(s: Claim, p: Claim, e: Claim) -> bool:
        # words between a leg's start and a place passed, or between it and the leg's end, that
        # make it another group's way or an alternative ("from X to Y, while others went
        # through A to Y", "from X through A or B to Y"): no stop of the leg
        quote, base = s.source.quote, s.source.start
        return any(_NOT_IN_TURN.search(quote, a.at - base + len(a.place.name), b.at - base)
                   for a, b in ((s, p), (p, e)))

    # (places listed as where people came from are alternatives, no stops in turn: "arrive in
    # X from A and B")
    listed = {(c.doc, c.hit, c.place.id) for c in _listed_from(claims)}
    out: list[tuple[Claim, Claim, tuple[Claim, ...]]] = []
    for s, e, group in legs:
        between = [p for p in passed.get((s.doc, s.sentence), ()) if s.sentence == e.sentence
                   and s.at < p.at < e.at and p.place.id not in (s.place.id, e.place.id)
                   and (p.doc, p.hit, p.place.id) not in listed and not other_way(s, p, e)]
        between = list({p.place.id: p for p in sorted(between, key=lambda p: -p.at)}.values())[::-1]
        if not between:
            out.append((s, e, group))
            continue
        # (in the order of the shortest way from start to end, as a planned route's stops: a
        # list's order in the text is not always the way's)
        by_id = {p.place.id: p for p in between}
        path = [s, *(by_id[p.id] for p in _in_travel_order(s.place, [p.place for p in between], e.place)), e]
        out.extend((a, b, group) for a, b in zip(path, path[1:], strict=False))
    starts = {id(s) for s, e, _ in legs if s.sentence == e.sentence}
    stated = {(s.doc, s.sentence) for s, e, _ in legs if s.sentence == e.sentence}
    for key, said in stops.items():
        if key not in passed:
            continue
        said = sorted(said, key=lambda c: c.at)
        found = []
        for i, (a, b) in enumerate(zip(said, said[1:], strict=False)):
            if a.place.id == b.place.id or not _passed(b) or not in_turn(a, b):
                continue
            if (b.doc, b.hit, b.place.id) in listed or any(b.place.holds(c.place) for c in said[i + 2:]):
                # a place listed as where people came from, or a country crossed on the way to
                # a town of it the sentence names next ("through Libya, then sailed from X"):
                # the leg goes to the town, not through the country's middle
                continue
            reached = a.role == "destination" or a.onward
            # (a place reached, then one passed "after" or "having" come through it, is the way
            # there told afterwards: "reached X, having come through Y to ...")
            if (_passed(a) or a.role == "launch_point") or (reached and id(b) in starts and not _CAME_BEFORE.search(
                    a.source.quote, a.at - a.source.start, b.at - a.source.start)):
                found.append((a, b, (a, b)))
        # One list of places passed and nothing more is no journey told step by step ("the
        # rally will pass through X, Y and Z", "crossings in the regions of X and Y"): the
        # steps are told by more than one cue, or go on a leg the sentence states.
        if key in stated or any(a.hit != b.hit for a, b, _ in found):
            out.extend(found)
    known: set[tuple[str, str, int]] = set()
    kept = []
    for leg in sorted(out, key=lambda leg: leg[0].at):
        key = (leg[0].place.id, leg[1].place.id, leg[0].sentence)
        if key not in known:
            known.add(key)
            kept.append(leg)
    return kept


def _chains(claims: Sequence[Claim], by_boat: Callable[[Claim], bool] | None,
            onward: re.Pattern | None = None,
            told: tuple[re.Pattern | None, re.Pattern | None] = (None, None)) -> list[RoutePlan]:
    """One document's stated legs linked end to start, in the text's order: a leg from A to B
    and a later one setting out from B make one journey A -> B -> C, however near A lies to C.
    Two places a sentence has people reach in turn are a leg too (`onward`: the cue data's
    [route_modes] reached_in_turn; "from A to B, then to C"), and so are the last stop of a
    sentence and the first of the next when that one goes on with the same travellers (`told`:
    [route_modes] goes_on and told_before; _told_in_turn). Only chains of two legs or more
    (a single leg is a stated movement: _stated)."""
    chains: list[list[tuple[Claim, Claim, tuple[Claim, ...]]]] = []
    legs = _passed_legs(_stated_legs(claims), claims)
    said = {(a.place.id, b.place.id) for a, b, _ in legs}
    told_legs = [leg for leg in _told_in_turn(claims, *told) if (leg[0].place.id, leg[1].place.id) not in said]
    legs = sorted([*legs, *told_legs], key=lambda leg: leg[0].at)
    if onward is not None:
        arrivals = _arrivals(claims)
        known = {(a.place.id, b.place.id) for a, b, _ in legs}
        # (not over a place the sentence names between them: "flown to X, and then sailed from
        # Z to Y" goes from X to Y through Z, a leg the stated ones say)
        named: dict[int, list[int]] = defaultdict(list)
        for c in claims:
            if c.at >= 0 and c.stop and not c.negated:
                named[c.sentence].append(c.at)
        legs = sorted([*legs, *((a, b, (a, b)) for a, b in _reached_in_turn(arrivals, onward)
                                if (a.place.id, b.place.id) not in known
                                and not any(a.at < at < b.at for at in named[a.sentence]))],
                      key=lambda leg: leg[0].at)
    # (a sentence telling an earlier time is no gap in the journey: a flashback between two
    # legs, "Two years ago he had been sent back ...", is stepped over)
    earlier = {c.sentence for c in claims if _told_earlier(c, told[1])}
    for leg in legs:
        start, end, _ = leg
        if start.place.id == end.place.id or start.place.holds(end.place) or end.place.holds(start.place):
            continue
        # (a leg told at an earlier time sets out from no stop of another sentence: "... reached
        # X. Earlier this year X's state deported hundreds, flying them from X to Y" is no step on)
        joined = next((ch for ch in chains if ch[-1][1].place.id == start.place.id
                       and ch[-1][1].at <= start.at
                       and (start.sentence == ch[-1][1].sentence or start.sentence not in earlier)
                       and _gap(ch[-1][1].sentence, start.sentence, earlier) <= _CHAIN_SENTENCES
                       and all(s.place.id != end.place.id for s, _, _ in ch)), None)
        if joined is not None:
            joined.append(leg)
        else:
            chains.append([leg])
    out = []
    for chain in map(_entered_later, chains):
        if len(chain) < 2:
            continue
        stops = [chain[0][0].place] + [e.place for _, e, _ in chain]
        stages = [chain[0][0].role] + ["transit"] * (len(chain) - 1) + ["destination"]
        legs = tuple(Leg(s.place, e.place, _stated_mode(s.place, e.place, group, by_boat))
                     for s, e, group in chain)
        group = tuple(c for _, _, g in chain for c in g)
        out.append(RoutePlan(tuple(stops), tuple(stages), legs, (), (), (stops[-1].name,), group))
    return out


def _gap(ended: int, starts: int, earlier: Collection[int]) -> int:
    """How many sentences on a leg sets out after the one before ended, not counting the
    sentences between that tell an earlier time (`earlier`)."""
    return starts - ended - sum(1 for s in earlier if ended < s < starts)


def _flashback(c: Claim, before: re.Pattern | None) -> bool:
    """Whether a place passed or reached is told as of an earlier time than the text's journey
    (`before`, the cue data's [route_modes] told_before, in its sentence before it: "Before
    that, she had lived in X")."""
    return c.role in ("transit", "destination") and _told_earlier(c, before)


def _told_earlier(c: Claim, before: re.Pattern | None) -> bool:
    """Whether a claim's sentence tells an earlier time before its place (`before`: _flashback),
    whatever its role ("Years ago he had been sent back from X")."""
    if before is None or c.at < 0:
        return False
    return before.search(c.source.quote, 0, max(0, c.at - c.source.start)) is not None


def _removed(c: Claim, removed: re.Pattern | None) -> bool:
    """Whether a claim's sentence tells people put out at a border or in the desert (`removed`,
    the cue data's [route_modes] removed: "most were put on buses and driven to the border
    near X"): an expulsion, no step of the journey the text tells."""
    return removed is not None and c.at >= 0 and removed.search(c.source.quote) is not None


def _stopped(held: Sequence[ZoneClaim], stopped: re.Pattern | None) -> set[tuple[str, int]]:
    """(document, sentence) of each sentence right before one opening on a force stopping the
    boat or the people (`stopped`, the cue data's [route_modes] stopped, in a zone claim's
    sentence where a force holds people: "The coastguard intercepted it")."""
    if stopped is None:
        return set()
    return {(z.doc, z.sentence - 1) for z in held if not z.negated and stopped.match(z.source.quote)}


def _heading_only(c: Claim, stopped: Collection[tuple[str, int]], claims: Sequence[Claim]) -> bool:
    """Whether a claim is of a place a departure's sentence has people go to, when the next
    sentence tells them stopped (`stopped`: _stopped) and no other sentence names the place:
    where they were heading, not where they got."""
    return (c.role == "destination" and (c.doc, c.sentence) in stopped
            and all(o.sentence == c.sentence or o.place.id != c.place.id or o.negated for o in claims))


def _stopped_on_way(c: Claim, heading: re.Pattern | None, stopped_after: re.Pattern | None,
                    claims: Sequence[Claim]) -> bool:
    """Whether a claim is of a place its own sentence has people heading for (`heading`, just
    before it: "a boat bound for X") and then tells them stopped on the way (`stopped_after`,
    the cue data's [route_modes] stopped_after, after it: "... was intercepted at sea"), when no
    other sentence names the place: where they were going, not where they got (_heading_only),
    nor where a return starts."""
    if (stopped_after is None or c.role not in ("destination", "returned_from") or c.at < 0
            or not _hoped_before(c, heading)):
        return False
    after = c.source.quote[c.at - c.source.start:]
    return (stopped_after.match(after) is not None
            and all(o.sentence == c.sentence or o.place.id != c.place.id or o.negated for o in claims))


def _counted_heading(c: Claim, counted: re.Pattern | None) -> bool:
    """Whether a claim is of a place its own sentence has a count of boats or people heading
    for, stopped by a force (`counted`, the cue data's [route_modes] counted_heading, right
    before it: "the navy stopped 14 boats heading for X"): other journeys' hoped-for ends, no
    stop of the journey the text tells."""
    if counted is None or c.role != "destination" or c.at < 0:
        return False
    return counted.search(c.source.quote[:c.at - c.source.start]) is not None


def _never_got_there(c: Claim, never: re.Pattern | None, said: Callable[[], Sequence[str]]) -> bool:
    """Whether the words after a place people went for, to the end of the next sentence, say
    they never got there (`never`, the cue data's [route_modes] never_there: "She had hoped to
    get to X. She never got there"): a hoped-for end, no end of a route. `said` gives the
    document's sentences, asked for only when the claim's own sentence does not tell."""
    if never is None or c.role != "destination" or c.at < 0:
        return False
    if never.search(c.source.quote[c.at - c.source.start:]) is not None:
        return True
    sentences = said()
    return 0 <= c.sentence + 1 < len(sentences) and never.match(sentences[c.sentence + 1]) is not None


def _entered_later(chain: list[tuple[Claim, Claim, tuple[Claim, ...]]]
                   ) -> list[tuple[Claim, Claim, tuple[Claim, ...]]]:
    """The chain's legs without a country reached before the place it is entered at ("crossed
    into X at A and reached B", A not in X, B in X): its towns come after the crossing, so the
    country is no stop ahead of A; the legs to it and from it become one."""
    out = list(chain)
    i = 0
    while i < len(out) - 1:
        country, after = out[i][1].place, out[i + 1][1].place
        if (country.kind == "country" and not country.holds(after)
                and any(country.holds(e.place) for _, e, _ in out[i + 2:])):
            out[i:i + 2] = [(out[i][0], out[i + 1][1], (*out[i][2], *out[i + 1][2]))]
        else:
            i += 1
    return out


def _told_in_turn(claims: Sequence[Claim], goes_on: re.Pattern | None, before: re.Pattern | None
                  ) -> list[tuple[Claim, Claim, tuple[Claim, ...]]]:
    """Legs of a journey told sentence by sentence ("X left A in March. She crossed at B. Weeks
    later she reached C."): from the last stop a sentence names to the first the next one names,
    when the next opens on the same travellers going on (`goes_on`) and tells no earlier time
    before the stop (`before`: "She had earlier worked in D", "Before that, they had lived in
    D": a flashback, no step of the way). Stops are places passed, left or reached, the towns of
    a sentence when it names any (a country it also names says where, not another step)."""
    if goes_on is None:
        return []
    by_sentence: dict[int, list[Claim]] = defaultdict(list)
    flashbacks: set[int] = set()    # sentences a flashback's stop is told in (stepped over)
    named = {c.sentence for c in claims}
    for c in claims:
        if (c.at >= 0 and c.stop and c.hit >= 0 and not (c.negated or c.intended) and _RANK[c.place.kind] > 0
                and c.role in ("launch_point", "transit", "destination")):
            if _flashback(c, before):
                flashbacks.add(c.sentence)
            else:
                by_sentence[c.sentence].append(c)
    out = []
    for i, said in by_sentence.items():
        j = i + 1
        while j in flashbacks and j not in by_sentence:
            j += 1
        # (and one sentence that claims no place, when the next opens on what came later:
        # "They waited for weeks. Then they reached C."; one claiming a place ends the steps)
        skipped = j not in named and j + 1 in by_sentence
        j += skipped
        after = by_sentence.get(j)
        opens = after and goes_on.match(after[0].source.quote)
        later = bool(opens and (opens.groupdict().get("later") or opens.groupdict().get("then")))
        if not opens or (skipped and not later):
            continue
        a, b = _told_stops(said)[-1], _told_stops(after)[0]
        if _steps_on(a, b, later):
            out.append((a, b, (a, b)))
    return out


def _steps_on(a: Claim, b: Claim, later: bool = False) -> bool:
    """Whether the first stop of a sentence going on is the next step from the last stop of
    the sentence before: another place, neither within the other; not from a place its clause
    tells as reached before ("after they had reached A"), nor to a place they leave (a sentence
    "They left B in June" after "They reached A in October" tells the way from its start, after
    its end) unless the sentence opens on what came `later` ("Then they sailed from B")."""
    quote, at = a.source.quote, max(0, a.at - a.source.start)
    if _CAME_BEFORE.search(quote, max(0, _last_comma(quote, at)), at) or (b.role == "launch_point" and not later):
        return False
    return a.place.id != b.place.id and not (a.place.holds(b.place) or b.place.holds(a.place))


def _told_stops(said: Sequence[Claim]) -> list[Claim]:
    """A sentence's stops in text order: its towns when it names any, else all."""
    towns = [c for c in said if _RANK[c.place.kind] > 1]
    return sorted(towns or said, key=lambda c: c.at)


def _onward(chains: list[RoutePlan], plans: Sequence[RoutePlan]) -> list[RoutePlan]:
    """The chains, each that ends at a launch point of a planned route of its document going
    on along that route's stops past it (one chain per such route; the chain alone when none):
    the way to the coast and the crossing are one journey."""
    if not chains or not plans:
        return chains
    out: list[RoutePlan] = []
    for ch in chains:
        end, docs = ch.stops[-1], {c.doc for c in ch.claims}
        ids = {p.id for p in ch.stops}
        went_on = []
        for p in plans:
            at = next((i for i, (s, st) in enumerate(zip(p.stops, p.stages, strict=False))
                       if s.id == end.id and st == "launch_point"), None)
            if at is None or at == len(p.stops) - 1 or not docs & {c.doc for c in p.claims}:
                continue
            tail = [(s, st) for s, st in zip(p.stops[at + 1:], p.stages[at + 1:], strict=False) if s.id not in ids]
            if not tail:
                continue
            stops = (*ch.stops, *(s for s, _ in tail))
            if any(q.stops == stops for q in went_on):
                continue
            legs = (*ch.legs, *(leg for leg in p.legs[at:] if leg.start.id not in ids - {end.id}
                                and leg.end.id not in ids))
            if len(legs) != len(stops) - 1:
                continue    # (a stop of the route past the launch is one of the chain's: left alone)
            stages = (*ch.stages[:-1], "launch_point", *(st for _, st in tail))
            went_on.append(RoutePlan(stops, stages, legs, p.seas, p.origins, p.destinations,
                                     (*ch.claims, *p.claims)))
        out.extend(went_on or [ch])
    return out


def _chain_sets(chains: Sequence[RoutePlan]) -> dict[str, list[tuple[set[str], set[str]]]]:
    """Each chain's stop ids and documents, by document (made once: a corpus states
    thousands of chains, and every planned route is checked against them)."""
    out: dict[str, list[tuple[set[str], set[str]]]] = defaultdict(list)
    for ch in chains:
        ids, docs = {p.id for p in ch.stops}, {c.doc for c in ch.claims}
        for doc in docs:
            out[doc].append((ids, docs))
    return out


def _not_within_planned(chains: Sequence[RoutePlan], planned: Sequence[RoutePlan]) -> list[RoutePlan]:
    """The chains but those whose stops a planned route of their documents has all, more of
    them, in the same order (the planned route says all the chain says)."""
    by_doc: dict[str, list[tuple[list[str], set[str]]]] = defaultdict(list)
    for p in planned:
        ids, docs = [s.id for s in p.stops], {c.doc for c in p.claims}
        for doc in docs:
            by_doc[doc].append((ids, docs))

    def within(a: list[str], b: list[str]) -> bool:
        rest = iter(b)
        return len(a) < len(b) and all(x in rest for x in a)

    out = []
    for ch in chains:
        ids, docs = [s.id for s in ch.stops], {c.doc for c in ch.claims}
        if not (docs and any(docs <= p_docs and within(ids, p_ids)
                             for p_ids, p_docs in by_doc.get(next(iter(docs)), ()))):
            out.append(ch)
    return out


def _within_chain(plan: RoutePlan, chain_sets: Mapping[str, list[tuple[set[str], set[str]]]]) -> bool:
    """Whether every stop of a planned route is a stop of one stated chain of legs of the same
    documents (`chain_sets`: _chain_sets): the chain says their order, the planned route only
    guessed it."""
    docs = {c.doc for c in plan.claims}
    ids = {p.id for p in plan.stops}
    if not docs:    # (a plan without claims: any chain holding its stops)
        return any(ids <= ch_ids for sets in chain_sets.values() for ch_ids, _ in sets)
    return any(ids <= ch_ids and docs <= ch_docs for ch_ids, ch_docs in chain_sets.get(next(iter(docs)), ()))


#: A planned route whose stops are more than this share of a stated chain's is a guess at the
#: same journey (_against_chain).
_RETOLD = 0.5


def _against_chain(plan: RoutePlan, chains: Sequence[RoutePlan]) -> bool:
    """Whether a planned route (its order a guess) is mostly the stops of a stated chain of
    legs of its documents (_RETOLD), starts at one of them past the chain's start and goes the
    wrong way between two of them: the text tells that journey in the chain's order ("from A
    to B. Then to C"), which no guess of the same journey runs back along. (A guess that only
    crosses a chain's way at a few stops, or sets out from elsewhere, is another journey and
    stays, as one from an origin through the chain's stops does, _origin_guess; so is a return,
    and a way back to the country the chain starts in, a return in all but name.)"""
    docs = {c.doc for c in plan.claims}
    if not docs or plan.stages[-1] == "returned":
        return False
    for ch in chains:
        told = {s.id: i for i, s in enumerate(ch.stops)}
        if (not docs <= {c.doc for c in ch.claims} or told.get(plan.stops[0].id, 0) == 0
                or plan.stops[-1].id == ch.stops[0].id or plan.stops[-1].holds(ch.stops[0])):
            continue
        shared = [told[s.id] for s in plan.stops if s.id in told]
        if len(shared) <= _RETOLD * len(plan.stops) or len(shared) < 3:    # (two stops are one leg)
            continue
        if any(a > b for a, b in zip(shared, shared[1:])):
            return True
    return False


def _stated_mode(a: PlaceRef, b: PlaceRef, group: Sequence[Claim],
                 by_boat: Callable[[Claim], bool] | None) -> str:
    """How a stated leg goes: by sea from or to a sea, between two landmasses, or where its
    cue's words name a boat; else over land."""
    if "sea" in (a.kind, b.kind) or geometry.same_land((a.lat, a.lon), (b.lat, b.lon)) is False:
        return "sea"
    if by_boat is not None and any(by_boat(c) for c in group):
        return "sea"
    return "land"


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


def _same_places(end: PlaceRef) -> bool:
    """Whether only a route through a movement's very places makes it redundant: yes, but
    for a movement to a continent or a region without a country ("from Libya to Europe" is
    the route through Sabratha to Italy), which any route there says more precisely."""
    return not (end.kind in ("continent", "region") and not end.country)


#: Two towns this close (km) are one spot for a return: "off X" and "a centre in X".
_SAME_SPOT_KM = 25.0


def _same_spot(a: PlaceRef, b: PlaceRef) -> bool:
    """Whether two places are one spot: the same place, or two towns of a country a few km
    apart (twin towns across a border are two: a return crosses it)."""
    if a.id == b.id:
        return True
    return (_RANK.get(a.kind, 0) > 2 and _RANK.get(b.kind, 0) > 2 and a.country == b.country
            and _km(a, b) <= _SAME_SPOT_KM)


def _departure_before(ends: Sequence[Claim], claims: Sequence[Claim], heading: re.Pattern | None = None,
                      returned_on: re.Pattern | None = None, return_cue: re.Pattern | None = None) -> list[Claim]:
    """For a return alone, where the people were sent back from: the departure its sentence
    names before it ("the boat left X but was towed back to Y"), else the one the sentence
    before names ("... have left X. Most went back to Y"), else the place the sentence
    before says they reached ("... swam to X. Most were sent back to Y"), else where they
    were held ("caught inside X, they were forced back into Y"; "detained in X. Most were
    sent back to Y": its own sentence first, before any place reached), else the last place
    a few sentences before say they reached (the host country: "worked in X for years. ...
    In May he was deported to Y"). `heading`, `returned_on`, `return_cue`: the cue data's [route_modes]."""
    if not ends or ends[0].role != "returned":
        return []
    end = ends[0]

    def reached(c: Claim) -> bool:
        # not where they hoped to go ("hoping to reach X, they were sent back to Y") or were
        # still on their way to (`heading`: "on their way to X when police stopped them"), nor
        # an entry that only starts a leg ("crossed into X from Y" may start one from X)
        return ((c.role == "destination" or (c.role == "transit" and c.onward)) and not c.negated
                and not c.intended and not (heading is not None and heading.search(c.words))
                and not _hoped_before(c, heading))

    def held(c: Claim) -> bool:
        return c.role == "returned_from" and c.hit != end.hit and c.at < end.at

    # the cue hits of returns told with their start and no end ("sent them back across the
    # border at X")
    open_returns = ({c.hit for c in claims if c.role == "returned_from" and c.hit >= 0 and _is_return(c, return_cue)}
                    - {c.hit for c in claims if c.role == "returned"})
    if any(held(c) and c.hit >= 0 and end.sentence - 2 <= c.sentence <= end.sentence
           and _same_spot(c.place, end.place) for c in claims):
        # stopped at the very place they are then taken to ("intercepted it off X and towed it
        # back. All were taken to a centre in X"): a move within the place, no leg to it. (A
        # cue's claim of where a boat was stopped, not a force's zone: "checkpoints on the road
        # from X" stop no one at X.)
        return []
    # (test, which claim of those found): the first test that finds a claim wins
    tries = (
        (lambda c: c.role == "launch_point" and c.sentence == end.sentence and c.at < end.at, -1),
        # a return told on from the end of one its sentence tells before ("were returned to X,
        # where they were put on a flight back to Y"): from X
        (lambda c: _returned_on(c, end, returned_on), -1),
        # where its sentence says they were held, the first place it names ("caught inside X,
        # sometimes near Z, ... forced back into Y"; a route-only claim of returned_from.held)
        (lambda c: held(c) and c.sentence == end.sentence, 0),
        # where a return told without its end crossed, a sentence or two before ("sent them
        # back across the border at X. ... At the bridge they were made to walk into Y"): the
        # same removal, before any place they were held on the way to it
        (lambda c: held(c) and c.hit in open_returns and end.sentence - 2 <= c.sentence < end.sentence, -1),
        # or after it, told as what came before ("repatriated 48 people to Y following four
        # interdictions in X")
        (lambda c: c.role == "returned_from" and c.sentence == end.sentence and c.at > end.at
         and _EARLIER.search(c.source.quote, end.at - c.source.start, c.at - c.source.start), 0),
        # "400,000 have left X ... Most went back to Y through Z"
        (lambda c: c.role == "launch_point" and c.sentence == end.sentence - 1 and not c.negated, -1),
        (lambda c: reached(c) and end.sentence - 1 <= c.sentence <= end.sentence and c.at < end.at, -1),
        # two sentences back: "... swam from X to Y. More than 2,000 entered the enclave.
        # Most were returned to Z"
        (lambda c: reached(c) and c.sentence == end.sentence - 2, -1),
        (lambda c: held(c) and c.sentence == end.sentence - 1, -1),
        (lambda c: reached(c) and end.sentence - _HOST_SENTENCES <= c.sentence < end.sentence - 2, -1),
    )
    for hit, which in tries:
        # (never one that makes no leg: the end itself, its country or a town in it: "the
        # Libyan coastguard ... took them to the centre in Tripoli" starts where they left)
        found = [c for c in claims if hit(c) and not (
            c.place.id == end.place.id or c.place.holds(end.place) or end.place.holds(c.place))]
        if found:
            # in the text's order (where people were held comes from two readings: the claims
            # and the zones); the last of them never a country where a place in it is found too
            # ("held in the Bahamas after their boat was stopped off Inagua. They were sent
            # back to Y": from Inagua)
            found = sorted(found, key=lambda c: c.at)
            if which == -1:
                found = [c for c in found if not any(c.place.holds(d.place) and d.place.id != c.place.id
                                                     for d in found)]
            return [found[which]]
        if any(tries[0][0](c) for c in claims):
            # a boat brought back to where its own sentence says it left ("a boat that had
            # left X was stopped and brought back to X"): no other boat's landing starts it
            return []
    return []


def _is_return(c: Claim, return_cue: re.Pattern | None) -> bool:
    """Whether a claim's cue states returns, push-backs and deportations (`return_cue`: the cue
    data's [route_modes] return_cue, matched whole against the cue id; none without it)."""
    return return_cue is not None and return_cue.fullmatch(c.cue) is not None


def _returned_on(c: Claim, end: Claim, returned_on: re.Pattern | None) -> bool:
    """Whether a return's end is told on from another return's end before it in its sentence,
    the words between going on from there (`returned_on`: [route_modes] returned_on), not
    listing another group's ("sent back to X or Y", "some to X, others to Y", "and later the
    Algerians were deported to Y")."""
    if returned_on is None or not (c.role == "returned" and c.sentence == end.sentence and c.doc == end.doc
                                   and c.hit != end.hit and 0 <= c.at < end.at and not c.negated):
        return False
    words = _between(c, end)
    return (len(words) <= _TURN_CHARS and returned_on.search(words) is not None and ";" not in words
            and _same_group(words))


def _hoped_before(c: Claim, heading: re.Pattern | None) -> bool:
    """Whether the words just before a claim's place, in its own clause, say it is only hoped
    for (`heading`: "wants to see his mother again and, some day, to reach X"): no place
    people got to, so no start of their return."""
    if heading is None or c.at < 0:
        return False
    at = c.at - c.source.start
    before = _CLAUSE_START.split(c.source.quote[max(0, at - _HOPE_CHARS):max(0, at)])[-1]
    return heading.search(before) is not None


#: How far before a place the words saying it is hoped for may stand.
_HOPE_CHARS = 60

#: Where a new clause of its own subject starts (", he crossed"), or a new sentence part.
_CLAUSE_START = re.compile(r"[.;:]|,\s+(?:he|she|they|we|i|the\s+\w+)\b", re.IGNORECASE)


def _held_before(ends: Sequence[Claim], claims: Sequence[Claim], taken: re.Pattern | None,
                 breaks: re.Pattern | None) -> list[Claim]:
    """For a place people reached with no start of its own, where its sentence has them held
    just before others moved them on there ("held for days at a centre in X and then bused to
    Y": from X; `taken`: the cue data's [route_modes] taken_on, in the words between): the last
    such place before it, not over a clause of another subject (`breaks`: clause_break)."""
    if taken is None or not ends or ends[0].role != "destination":
        return []
    end = ends[0]
    held = [c for c in claims if c.role == "returned_from" and c.sentence == end.sentence and c.doc == end.doc
            and c.hit != end.hit and 0 <= c.at < end.at and not c.negated]
    if not held:
        return []
    c = max(held, key=lambda c: c.at)
    frm, to = _span(c, end)
    words = end.source.quote[frm:to]
    if to - frm > _TURN_CHARS or not taken.search(words) or (breaks is not None and breaks.search(words)):
        return []
    return [c]


def _from_there(ends: Sequence[Claim], claims: Sequence[Claim], rx: re.Pattern | None) -> list[Claim]:
    """For a place people reached with no start of its own, in a sentence opening "From there"
    (`rx`: the cue data's [route_modes] from_there): the last stop the sentence before names, a
    town when it names one ("held in a camp in X. From there he was taken by bus to Y")."""
    if not ends or ends[0].role not in ("destination", "transit") or not _opens_from_there(ends[0], rx):
        return []
    return _last_stop_in(ends[0], claims, ends[0].sentence - 1)


def _opens_from_there(end: Claim, rx: re.Pattern | None) -> bool:
    """Whether the end's sentence opens "From there" (`rx`: [route_modes] from_there)."""
    return rx is not None and bool(rx.match(end.source.quote))


def _carried_on(ends: Sequence[Claim], claims: Sequence[Claim], opens: re.Pattern | None,
                taken: re.Pattern | None = None, heading: re.Pattern | None = None,
                others: re.Pattern | None = None, not_yet: re.Pattern | None = None,
                others_held: re.Pattern | None = None) -> list[Claim]:
    """For a place people reached with no start of its own, in a sentence where others carried
    them there and which names no place before it (`taken`: [route_modes] taken_on in the end's
    clause, "Brokers drove them to Y", "Most were driven by volunteers to Y"; not hoped for,
    `heading`; nor of other people or to come, `others`, `not_yet`: _carried_there): the last stop
    the sentence before names, or the one before it when that names no claim; not a place its
    words tell of others held there (`others_held`: "Police arrested three smugglers in X. The
    migrants were taken to Y"). A sentence opening "From there" (`opens`) is _from_there's."""
    if not ends or ends[0].role not in ("destination", "transit"):
        return []
    end = ends[0]
    if _opens_from_there(end, opens) or not _carried_there(
            end, claims, taken, heading, others, not_yet):
        return []
    before = end.sentence - 1
    # (people carried on after a sentence that names no place go on from the one before it:
    # "... had left X. Nine men were taken aside. The families were then driven to Y")
    if not any(c.doc == end.doc and c.sentence == before for c in claims):
        before -= 1
    return _last_stop_in(end, claims, before, others_held)


def _last_stop_in(end: Claim, claims: Sequence[Claim], sentence: int,
                  others_held: re.Pattern | None = None) -> list[Claim]:
    """The last stop a sentence of the end's document names, a town when it names one: no
    origin, sea or continent, nor a place denied, only hoped for, or one its words tell of
    others held there (`others_held`)."""
    said = [c for c in claims if c.doc == end.doc and c.sentence == sentence and c.at >= 0 and c.stop
            and not (c.negated or c.intended) and c.role != "origin" and _RANK[c.place.kind] > 0
            and not (others_held is not None and others_held.search(c.words))]
    return _told_stops(said)[-1:]


def _carried_there(end: Claim, claims: Sequence[Claim], taken: re.Pattern | None,
                   heading: re.Pattern | None = None, others: re.Pattern | None = None,
                   not_yet: re.Pattern | None = None) -> bool:
    """Whether the clause of a place reached says others carried people there (`taken`), and
    its sentence names no place before it: the movement's start is where the sentence before
    left them. (Not a place hoped for, to come or denied, `heading`, `not_yet`: "others hope to be
    transferred to Y", "will be taken to Y"; nor other people or things, `others`: "Other migrants
    were taken to Y", "The guards were driven to Y"; nor one with a start of its own in its
    sentence, which the rules of one sentence read.)"""
    if taken is None or end.at < 0 or end.negated or end.hedged or end.intended:
        return False
    if any(c.doc == end.doc and c.sentence == end.sentence and 0 <= c.at < end.at and c.place.id != end.place.id
           for c in claims):
        return False
    clause = _CLAUSE.split(end.source.quote[:max(0, end.at - end.source.start)])[-1]
    return (taken.search(clause) is not None and _same_group(clause)
            and not any(rx is not None and rx.search(clause) for rx in (others, not_yet, heading)))


#: Words between a return's end and a place after it that tell the place came first.
_EARLIER = re.compile(r"\b(?:after|following)\b", re.IGNORECASE)

#: How many sentences back the place people reached still starts a return from it.
_HOST_SENTENCES = 4


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
            out.append([c, end])
    return out + _reached_in_turn(arrivals, onward)


#: At most this many characters lie between two places reached in turn.
_TURN_CHARS = 120


def _arrivals(claims: Sequence[Claim]) -> dict[tuple[str, int], list[Claim]]:
    """The places people reach (or pass and go on from), by (document, sentence): looked up,
    not searched (a long text claims thousands)."""
    arrivals: dict[tuple[str, int], list[Claim]] = defaultdict(list)
    for e in claims:
        if not e.negated and (e.role == "destination" or (e.role == "transit" and e.onward)):
            arrivals[(e.doc, e.sentence)].append(e)
    return arrivals


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
            if to - frm <= _TURN_CHARS and onward.search(c.source.quote[frm:to]):
                out.append([replace(c, role="transit", onward=False), end])
    return out


def _in_order(stops: Sequence[PlaceRef], a: PlaceRef, b: PlaceRef, same: bool = False) -> bool:
    """Whether the stops go from a to b, or from a place in a to a place in b (a country
    holds its cities; a continent or a region without a country may hold any stop); with
    `same`, only from a itself to b itself."""
    # Two towns of one country are compared as themselves ("from Necocli to Acandi").
    exact = same or (a.country == b.country and _RANK[a.kind] > 1 and _RANK[b.kind] > 1)

    def covers(p: PlaceRef, s: PlaceRef) -> bool:
        return s.id == p.id or (not exact and bool(p.country and s.country == p.country)) or (
            not same and p.kind in ("continent", "region") and not p.country)

    first = next((i for i, s in enumerate(stops) if covers(a, s)), None)
    return first is not None and any(covers(b, s) for s in stops[first + 1:])


def _departure_country(claims: Sequence[Claim]) -> str | None:
    """The country of the launch point, else of the transit place nearest the destination."""
    # each place once: a long text claims the same few places thousands of times, and
    # measuring every launch against every destination grew with the square of its length
    dests = _distinct(c.place for c in claims if c.role == "destination")
    for role in ("launch_point", "transit", "origin"):
        found = _distinct(c.place for c in claims
                          if c.role == role and c.place.country and _RANK[c.place.kind] > 0)
        if found:
            return min(found, key=lambda p: (min((_km(p, d) for d in dests), default=0.0), -_RANK[p.kind])).country
    return None


def _distinct(places: Iterable[PlaceRef]) -> list[PlaceRef]:
    """Each place once, in the order of its first mention."""
    first: dict[str, PlaceRef] = {}
    for p in places:
        first.setdefault(p.id, p)
    return list(first.values())


def _places(claims: Sequence[Claim], role: str) -> list[PlaceRef]:
    """Distinct places of a role, the best supported first."""
    score: Counter[str] = Counter()
    first: dict[str, PlaceRef] = {}
    for c in claims:
        if c.role == role:
            score[c.place.id] += c.confidence
            first.setdefault(c.place.id, c.place)
    return [first[i] for i, _ in score.most_common()]


def _most_specific(places: Sequence[PlaceRef]) -> list[PlaceRef]:
    """Drop continents when something narrower is named, and countries holding a named city."""
    if any(_RANK[p.kind] > 0 for p in places):
        places = [p for p in places if _RANK[p.kind] > 0]
    narrow = {p.country for p in places if _RANK[p.kind] > 1}
    return [p for p in places if not (p.kind == "country" and p.country in narrow)]


def _km(a: PlaceRef, b: PlaceRef) -> float:
    return haversine_km(a.lat, a.lon, b.lat, b.lon)


#: How many sentences after a landing the text may still go on from it.
_ONWARD_SENTENCES = 3
#: ... and still say people were moved on from it to a place in its country (a report tells
#: the arrival, who came and how, and only then the transfer).
_TAKEN_ON_SENTENCES = 10


def _moved_on(claims: Sequence[Claim], resumes: re.Pattern | None,
              taken: re.Pattern | None = None, apart: re.Pattern | None = None,
              same: re.Pattern | None = None) -> dict[str, list[Claim]]:
    """The places a document moves people on to after a landing, by the landing's place id,
    in text order: a place they were moved on to from it (a leg roles.py states with a
    route-only claim of the landing: "landed on X. ... 600 were transferred by ferry to Y"),
    and the places of a sentence that opens on the landing or its country (`resumes`
    matches the opening claim's words: "... a boat to X. From Italy he took trains through
    Y and Z") or on the landing the sentence before names (its group "there" matches the
    sentence: "... landed on X. From there they were taken to Y"), and a stop in the
    landing's own country a later sentence takes people to and on from ("came ashore on X.
    On Tuesday they were taken by ferry to Y"), a place the sentence right after a landing has
    the same people reach (`same`: "... a bus to X. They walked on to Y"), and where people
    hope to go, told after their landing ("... crossed to X. Some hope to go on to Y"). Only
    where the words link them: stops the text names after a landing are as
    often the way there told afterwards ("they landed in X. Most had come through Y"). Never
    a sentence that opens on another event (`apart`: "Separately, 30 were taken to Y")."""
    by_doc: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        if not c.negated and (c.stop or c.role == "returned_from"):
            by_doc[c.doc].append(c)
    out: dict[str, list[Claim]] = defaultdict(list)
    for doc_claims in by_doc.values():
        doc_claims = sorted(doc_claims, key=lambda c: c.at)
        if not any(c.role == "destination" for c in doc_claims):
            continue
        # a leg roles.py states from an earlier landing: its start shares the later arrival's hit
        moved_from = {c.hit: c.place.id for c in doc_claims if c.role == "returned_from" and c.hit >= 0}
        # sentences naming a place people hope to reach (its destinations are hoped for too)
        hoping = {c.sentence for c in doc_claims if c.role == "destination" and c.intended}
        opening: dict[int, Claim] = {}      # sentence -> the claim it opens on ("From Italy")
        there: set[int] = set()             # sentences opening on "From there" (the last landing)
        if resumes is not None:
            asked: set[int] = set()         # sentences whose opening was read
            for c in doc_claims:
                if c.role == "transit" and resumes.match(c.words):
                    opening.setdefault(c.sentence, c)
                if c.sentence not in asked:
                    asked.add(c.sentence)
                    m = resumes.match(c.source.quote)
                    if m and m.groupdict().get("there"):
                        there.add(c.sentence)
        # sentences opening on the people the sentence before moved ("They walked on to Y")
        went_on = {c.sentence for c in doc_claims if same is not None and same.match(c.source.quote)}
        # sentence -> where it first names a place, and a place not hoped for: a place named before
        # the one people reach sets out anew ("They wait near X for a boat to Y"), or is another
        # group's way ("a growing number head to X and hope to enter Y")
        first_named: dict[int, int] = {}
        set_out: dict[int, list[Claim]] = defaultdict(list)     # departures and ends not hoped for
        for c in doc_claims:
            if c.sentence in went_on:
                first_named[c.sentence] = min(c.at, first_named.get(c.sentence, c.at))
            if c.sentence in hoping and (c.role == "launch_point" or c.role == "destination" and not c.intended):
                set_out[c.sentence].append(c)
        # the last landing so far at each place and in each country: looked up, not searched
        # (a long text names thousands of landings)
        at_place: dict[str, Claim] = {}
        in_country: dict[str, Claim] = {}
        last: Claim | None = None           # the last landing, for "From there"
        for c in doc_claims:
            if c.role in ("transit", "destination") and not (apart is not None and apart.match(c.source.quote)):
                reach = _ONWARD_SENTENCES
                if (c.role == "destination" or c.onward) and c.hit in moved_from:
                    landing = at_place.get(moved_from[c.hit])
                elif c.sentence in there:
                    landing = last if last is not None and last.sentence == c.sentence - 1 else None
                elif (c.sentence in went_on and c.role == "destination" and not c.intended and last is not None
                      and last.sentence == c.sentence - 1
                      and not _CAME_BEFORE.search(c.source.quote, 0, max(0, c.at - c.source.start))
                      and first_named.get(c.sentence, c.at) >= c.at):
                    # the same people going on, the sentence after they reached a place ("took a
                    # bus to X. They then walked for two nights to Y"): on from it, unless the
                    # sentence tells what came before ("They had sailed to Y") or names another
                    # place first
                    landing = last
                elif c.onward and c.place.country in in_country and (
                        in_country[c.place.country].sentence < c.sentence and opening.get(c.sentence) is None):
                    # a stop in the landing's own country that a later sentence takes people
                    # to and on from ("came ashore on X. ... were taken by ferry to Y"): on
                    # from the landing, not a stop before it
                    landing = in_country[c.place.country]
                elif (c.role == "destination" and taken is not None and c.place.country in in_country
                      and in_country[c.place.country].sentence < c.sentence and opening.get(c.sentence) is None
                      and taken.search(c.words)):
                    # people moved on by others to a place in the landing's country a later
                    # sentence names ("landed at X. ... they were taken by coach to Y"; `taken`:
                    # the cue data's [route_modes] taken_on): on from the landing
                    landing = in_country[c.place.country]
                else:
                    first = opening.get(c.sentence)
                    landing = None if first is None or first.at >= c.at else at_place.get(
                        first.place.id, in_country.get(first.place.country) if first.place.kind == "country" else None)
                if (landing is None and c.sentence in hoping and last is not None and last.sentence < c.sentence
                        and c.role == "destination" and _RANK[c.place.kind] > 0
                        and not _CAME_BEFORE.search(c.source.quote, 0, max(0, c.at - c.source.start))
                        and not _NOT_IN_TURN.search(c.source.quote, 0, max(0, c.at - c.source.start))
                        and not any(d.at < c.at and d.place.country != last.place.country for d in set_out[c.sentence])):
                    # where people hope to go on to, a later sentence than their landing tells
                    # ("... crossed to X. Some hope to travel on to Y, where relatives live in
                    # Z"): on from the landing, never straight from where the boat left; not a
                    # hope they had before it ("had hoped to reach Y"), nor one of people going
                    # another way first ("a growing number head to W and hope to reach Y"), nor
                    # after words that make it an alternative or others' hope (_NOT_IN_TURN:
                    # "some hope to reach Y; others want W", "hope to reach Y or W": no way Y -> W)
                    landing = last
                if (landing is not None and c.role == "destination" and taken is not None
                        and c.place.country == landing.place.country and taken.search(c.words)):
                    reach = _TAKEN_ON_SENTENCES     # a transfer within the landing's country
                if (landing is not None and c.sentence - landing.sentence <= reach
                        and landing.place.id != c.place.id and not landing.place.holds(c.place)
                        and not c.place.holds(landing.place)):
                    out[landing.place.id].append(c)
            if c.role == "destination" and not c.intended and _RANK[c.place.kind] > 0:
                # (the landing told again as its country's, province's or region's, "came into
                # the port of X. ... arrived in [X's province]", is still the landing at X: people
                # moved on from there are moved on from X)
                before = in_country.get(c.place.country) if c.place.country else None
                if before is not None and _RANK[c.place.kind] < _RANK[before.place.kind] and (
                        c.place.holds(before.place) or _lies_in(before.place, c.place)):
                    at_place[c.place.id] = before
                    continue
                at_place[c.place.id] = last = c
                if c.place.country:
                    in_country[c.place.country] = c
    return out


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


def _crowd(claims: Sequence[Claim], again: re.Pattern | None = None) -> set[str]:
    """The origins named only in a list of several ("most of those on board came from X, Y
    and Z"; countries of one cue hit): a crowd's nationalities, not where one journey the
    text tells set out from (`again`: as _named_again's)."""
    by_hit: dict[tuple[str, int], set[str]] = defaultdict(set)
    for c in claims:
        if c.role == "origin" and c.hit >= 0 and c.place.kind == "country":
            by_hit[(c.doc, c.hit)].add(c.place.id)
    listed = {k for k, places in by_hit.items() if len(places) > 1}
    # (a later "the Ys", the listed ones named again, is no origin of its own)
    alone = {c.place.id for c in claims if c.role == "origin" and (c.doc, c.hit) not in listed
             and not _named_again(c, again)}
    listed = {p for k in listed for p in by_hit[k]}
    return listed - alone


def _named_again(c: Claim, again: re.Pattern | None) -> bool:
    """Whether an origin claim is of a nationality the text names as a group it spoke of
    before ("the Ecuadoreans would be flown home": those of a crowd's list; `again`: the cue
    data's [route_modes] named_again, the words right before such a group)."""
    at = c.at - c.source.start
    if again is None or c.at < 0 or not 0 <= at <= len(c.source.quote) or re.match(
            re.escape(c.place.name) + r"\b", c.source.quote[at:]):
        return False    # (a country's own name, not its people's)
    return again.search(c.source.quote, 0, at) is not None


#: The words right before the first of a list of places people came from, and between two
#: places of a list (a comma, "and", "or": _listed_from, and _listed's list of starts).
_FROM = re.compile(r"\bfrom\s+(?:the\s+)?$", re.IGNORECASE)
_LISTED = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)(?:the\s+)?", re.IGNORECASE)


#: At most this many places listed as where people came from are planned apart.
_MOST_LISTED = 4


def _listed_from(claims: Sequence[Claim]) -> list[Claim]:
    """The places one cue hit lists, two or more, after "from" as stops on the way ("flown
    to X from A, B and C", "arrive in X from A and B"): where different people set out, by
    their first claims, in text order."""
    by_hit: dict[tuple[str, int], list[Claim]] = defaultdict(list)
    for c in claims:
        if c.role == "transit" and c.hit >= 0 and not c.negated and c.at >= 0:
            by_hit[(c.doc, c.hit)].append(c)
    out: dict[str, Claim] = {}
    for group in by_hit.values():
        group.sort(key=lambda c: c.at)
        for i, first in enumerate(group):
            quote, base = first.source.quote, first.source.start
            if not _FROM.search(quote, 0, max(0, first.at - base)):
                continue
            listed = [first]
            for c in group[i + 1:]:     # each next place after only a list mark
                gap = listed[-1].at - base + len(listed[-1].place.name)
                if _LISTED.fullmatch(quote, gap, c.at - base) is None:
                    break
                listed.append(c)
            if len({c.place.id for c in listed}) > 1:
                for c in listed:
                    out.setdefault(c.place.id, c)
            break
    return list(out.values())


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


def _plans(claims: Sequence[Claim], by_boat: Callable[[Claim], bool] | None = None,
           resumes: re.Pattern | None = None, start: PlaceRef | None = None,
           onward: re.Pattern | None = None, taken: re.Pattern | None = None,
           apart: re.Pattern | None = None, same: re.Pattern | None = None,
           placed: re.Pattern | None = None, heading: re.Pattern | None = None,
           alternative: re.Pattern | None = None, again: re.Pattern | None = None) -> list[RoutePlan]:
    # Places listed as where people came from ("flown to X from A, B or C") are each the
    # start of a journey, not a chain of stops through all three: planned once per place,
    # without the others (a few at most; the rest of a longer list is no stop of any), from
    # that place (no nationality of the text's before it but its own country's).
    listed = [] if start else _listed_from(claims)
    if listed:
        plans = []
        for keep in listed[:_MOST_LISTED]:
            others = {c.place.id for c in listed} - {keep.place.id}
            plans += _plans([c for c in claims if not (c.role == "transit" and c.place.id in others)],
                            by_boat, resumes, start=keep.place, onward=onward, taken=taken, apart=apart, same=same,
                            placed=placed, heading=heading, alternative=alternative, again=again)
        return _not_within(plans)
    moved_on = _moved_on(_landing_named(claims), resumes, taken, apart, same)
    led = _leads(claims)
    located, located_from = _located(claims), _located(claims, "origin")
    launches = [p for p in _places(claims, "launch_point") if p.id not in located]
    country_of = _country_names(claims, _merged(located, located_from))
    destinations = _most_specific(_places(claims, "destination"))
    used = {p.id for p in launches} | {p.id for p in destinations}
    # (a second end of one hope goes with the first: "hoping to reach X or Y" is one way; it
    # still counts among the few destinations a route is planned to, _combinations)
    alternatives = _alternatives(claims, heading, alternative)
    destinations = [p for p in destinations[:_MOST_DESTINATIONS] if p.id not in alternatives]
    transits = [p for p in _places(claims, "transit") if p.id not in used and _RANK[p.kind] > 0]
    # A place may be where some come from and where others go ("Ethiopians leave for Yemen;
    # Yemenis flee to Djibouti"): an origin is dropped only when it is a launch point.
    launch_ids = {q.id for q in launches}
    origins = [p for p in _places(claims, "origin") if p.id not in launch_ids and _RANK[p.kind] > 0
               and p.id not in located_from and (start is None or p.country == start.country)]
    crowd = _crowd(claims, again)
    # A crowd's nationalities start no route where the text names where the people it tells
    # of come from otherwise ("most of them from X ... the group also included Ys and Zs"):
    # they stay origins.
    if any(p.id not in crowd for p in origins):
        origins = [p for p in origins if p.id not in crowd]
    # A country is a stop only when no narrower stop lies in it.
    narrow = {p.country for p in launches + transits if _RANK[p.kind] > 1}
    transits = [p for p in transits if not (p.kind == "country" and p.country in narrow)]
    # A country of origin is no start where a stop lies in it; a town people fled is
    # ("fled Kharkiv ... a train to Lviv": the journey starts in Kharkiv), and so is a
    # province or region no stop lies in ("came from provinces X and Y to the border at Z"
    # starts in X; Y, the province of Z, says only where Z is).
    passed, stop_countries = {t.id for t in transits}, narrow | {t.country for t in transits}
    kept = [p for p in origins if p.country not in stop_countries or (p.id not in passed and (
        _RANK[p.kind] == 3 or (_RANK[p.kind] == 2 and not _holds_stop(p, [*launches, *transits]))))]
    # Nor is a country named in one list with such a country ("men from X and Y ... flown from
    # a city of X"): the list says who travels, and the way starts at the stop the text names.
    dropped = {p.id for p in origins if p.kind == "country" and p not in kept}
    lists = {(c.doc, c.hit) for c in claims if c.role == "origin" and c.hit >= 0 and c.place.id in dropped}
    listed = {c.place.id for c in claims if c.role == "origin" and (c.doc, c.hit) in lists}
    origins = [p for p in kept if not (p.kind == "country" and p.id in listed)]
    # Nor is a region of no one country where a stop lies in it ("migrants from Central Asia
    # ... one left Tashkent"): the way starts where the text says they set out, the region only
    # says where that lies.
    origins = [p for p in origins if not (p.kind == "region" and p.country is None and any(
        _lies_in(s, p) is True for s in [*launches, *transits]))]
    seas = tuple(dict.fromkeys(c.place.gazetteer_name or c.place.name for c in claims if c.role == "sea"))
    # One leg is at sea when a sea is crossed, or a departure or arrival is by boat
    # (without the cues' by_sea setting, any launch point means a boat: the seed cues' sense).
    by_sea = bool(seas) or (bool(launches) if by_boat is None else any(
        c.role in ("launch_point", "destination") and by_boat(c) for c in claims))
    set_out = _set_out(claims)
    hoped = _only_hoped(claims)
    entries = _entered_at(claims)
    turns = _turn_pairs(claims, onward)
    stated = _stated_pairs(claims) | turns
    told = _first_told(claims)
    later = _passed_later(claims, onward)
    plans = []
    group = tuple(claims)  # one tuple for the group's routes: build() reads it once for all
    for launch, dest, origin in _combinations(launches, destinations, origins, claims, _turned_back(claims),
                                              _placed_elsewhere(claims, placed)):
        if by_sea and _home_again(origin, launch, dest):
            # the voyage out ends where it landed, a stop passed abroad after the launch (the
            # flight home is a leg of its own): drawn to there, and no route when it names none
            dest = _landing_abroad(origin, launch, transits)
            if dest is None:
                continue
        # (a place its sentence passes after the end was reached is no stop on the way to it,
        # and on a way over land with no departure of its own an end reached just before it,
        # in turn, is: "walked into X and then into Y near Z")
        on_way = [p for p in _on_the_way(origin or launch, transits, dest, destinations)
                  if (dest.id, p.id) not in later]
        if launch is None:
            on_way += [p for p in destinations if (p.id, dest.id) in turns and p not in on_way and p is not origin]
        # Origins named together are alternatives ("from Cuba and Haiti"), not a chain.
        # The stops go in the order of the shortest way (_in_travel_order). By sea, the
        # stops in the launch point's country, or farther from the destination than it
        # (but not in the destination's country), come before it ("flown from X to Moscow,
        # ... the ferry from Cherbourg"); the others after the crossing ("to Lesbos, then a
        # ferry to Athens").
        if by_sea and launch:
            # (a place people only hoped to reach lies ahead of where they set out, wherever
            # it lies: "left X ... wanted to get to Y and then on to Z")
            before = [p for p in on_way if p.id not in hoped and (p.country == launch.country
                      or (p.country != dest.country and _km(p, dest) > _km(launch, dest)))]
            after = _in_travel_order(launch, [p for p in on_way if p not in before], dest)
            # (a journey from a place listed as where people came from: from there)
            lead = [p for p in before if start is not None and origin is None and p.id == start.id]
            before = lead + _in_travel_order(lead[0] if lead else origin, [p for p in before if p not in lead], launch)
            middle = ([(p, "transit") for p in before]
                      + [(launch, "launch_point")] + [(p, "transit") for p in after])
        else:
            # Over land the place set out from is one stop among others, and a country
            # holding the destination is entered last ("through Guatemala into Mexico"); a
            # launch country holding it is no stop (a city never leads to its own country).
            stage = {p.id: "transit" for p in on_way} | ({launch.id: "launch_point"} if launch else {})
            pool = [p for p in [*on_way, launch] if p is not None and not p.holds(dest)]
            # With no origin, a stop the text sets out from ("from X, they went on to Y and
            # then to Z") comes first, wherever it lies.
            # (a journey from a place listed as where people came from: from there)
            first = None if origin else next(
                (p for i in [*([start.id] if start else []), *set_out] for p in pool if p.id == i), None)
            if first is None and origin is None and launch is not None and launch in pool and (
                    _told_before(launch, [p for p in pool if p is not launch], told)):
                # a departure the text tells before every other stop, in sentences of its own
                # ("trucks leave from X. ... through Y into Z"), is where the journey starts
                first = launch
            ordered = ([first] + _in_travel_order(first, [p for p in pool if p is not first], dest)
                       if first else _in_travel_order(origin, pool, dest))
            middle = [(p, stage[p.id]) for p in ordered + [p for p in on_way if p.holds(dest)]]
        # A journey set out from a town the text names starts there, not at one of a crowd's
        # nationalities ("most came from X, Y and Z. One man left W ..."): they stay origins,
        # and only tell from which side the stops are passed.
        from_town = bool(middle) and middle[0][0] is launch and _RANK[launch.kind] > 1
        pairs = ([(origin, "origin")] if origin and not (from_town and origin.id in crowd) else []) + middle + [(dest, "destination")]
        pairs = [(p, s) for p, s in pairs if s == "destination" or p.id != dest.id]
        pairs = _as_stated(pairs, stated)
        if dest.id in moved_on:
            pairs = _going_on(pairs, dest, moved_on)
        # A city never leads to its own country: drop a country just before its own city.
        pairs = [(p, s) for i, (p, s) in enumerate(pairs)
                 if not (i + 1 < len(pairs) and p.holds(pairs[i + 1][0]))]
        if launch is not None and launch.id in led:
            pairs = _led_to(pairs, launch, led[launch.id])
        # (nor do a country's own places lead to it: "crossed into X near A", A in X, is no route)
        if len(pairs) < 2 or all(dest.holds(p) for p, _ in pairs[:-1]):
            continue
        # A country one cue has people enter at a town of its own ends there ("crossed into X at
        # A"): the town is where they got to, the country its other name, no stop after it.
        entered = len(pairs) > 2 and (dest.id, pairs[-2][0].id) in entries
        if entered:
            pairs = [*pairs[:-2], (pairs[-2][0], "destination")]
        stops, stages = [p for p, _ in pairs], [s for _, s in pairs]
        at_sea = _sea_leg_at(stops, launch) if by_sea else None
        legs = tuple(Leg(a, b, "sea" if i == at_sea else "land")
                     for i, (a, b) in enumerate(zip(stops, stops[1:], strict=False)))
        aliases = [country_of.get(p.id, ()) for p in stops] if country_of or entered else []
        if entered and dest.name not in aliases[-1]:
            aliases[-1] = (*aliases[-1], dest.name)
        plans.append(RoutePlan(
            tuple(stops), tuple(stages), legs, seas,
            tuple(dict.fromkeys(c.place.name for c in claims if c.role == "origin")),
            tuple(dict.fromkeys(c.place.name for c in claims if c.role == "destination")),
            group, tuple(aliases),
        ))
    return _not_within(plans)


#: The most destinations of one group a route is planned to (_combinations).
_MOST_DESTINATIONS = 4


def _alternatives(claims: Sequence[Claim], heading: re.Pattern | None,
                  or_between: re.Pattern | None) -> set[str]:
    """The ids of the destinations every claim of which names them right after a hoped-for one
    of its sentence, only "or" between ("hoping to reach X or Y"; `heading`, `or_between`: the
    cue data's [route_modes] heading and alternative): another end of the same hope, no journey
    of its own (a route to each would draw one boat twice, its dead counted twice). Not ends of
    a crowd ("went on to X or Y": some to each)."""
    if heading is None or or_between is None:
        return set()
    ends = [c for c in claims if c.role == "destination" and c.at >= 0 and not c.negated]
    by_sentence: dict[tuple[str, int], list[Claim]] = defaultdict(list)
    for c in ends:
        by_sentence[(c.doc, c.sentence)].append(c)
    alternative, not_alternative = set(), set()
    for c in ends:
        before = [d for d in by_sentence[(c.doc, c.sentence)] if d.at < c.at and d.place.id != c.place.id]
        first = max(before, key=lambda d: d.at) if before else None
        if first is not None and or_between.fullmatch(_between(first, c)) and _hoped_before(first, heading):
            alternative.add(c.place.id)
        else:
            not_alternative.add(c.place.id)
    return alternative - not_alternative


def _home_again(origin: PlaceRef | None, launch: PlaceRef | None, dest: PlaceRef) -> bool:
    """Whether a journey from its origin, set out by sea from another country, would end back
    in the origin's own country ("a man from X in A ... the dinghy left Y in B ... flown from
    Z to W in A"): W is where he was sent home, a leg of its own, no end of the voyage (a sea
    leg from Y to W would draw a crossing nobody made); the voyage ends where it landed
    (_landing_abroad)."""
    return (origin is not None and launch is not None and dest.country is not None
            and origin.country == dest.country and launch.country != dest.country)


def _only_hoped(claims: Sequence[Claim]) -> set[str]:
    """The ids of the places every claim of which says people hoped or tried to get there
    (`intended`): places ahead of them, not behind."""
    told: dict[str, bool] = {}
    for c in claims:
        if c.stop and not c.negated:
            told[c.place.id] = told.get(c.place.id, True) and c.intended
    return {i for i, hoped in told.items() if hoped}


def _landing_abroad(origin: PlaceRef, launch: PlaceRef, transits: Sequence[PlaceRef]) -> PlaceRef | None:
    """Where a voyage that ended in a flight home landed (_home_again): the passed stop nearest
    the launch point outside both the origin's and the launch point's country; None when the
    text passes no such stop."""
    abroad = [p for p in transits if p.country is not None and p.country not in (origin.country, launch.country)]
    return min(abroad, key=lambda p: _km(launch, p), default=None)


def _entered_at(claims: Sequence[Claim]) -> set[tuple[str, str]]:
    """(country id, town id) of each country people reach in the words of a cue that has them
    pass a town of it ("crossed into X at A", "entered X through A"): where they entered."""
    by_sentence: dict[tuple[str, int], list[Claim]] = defaultdict(list)
    for c in claims:
        if c.hit >= 0 and c.words and not (c.negated or c.intended):
            by_sentence[(c.doc, c.sentence)].append(c)
    return {(a.place.id, b.place.id) for group in by_sentence.values() for a in group for b in group
            if a.role == "destination" and a.place.kind == "country" and b.role == "transit"
            and not b.onward and a.words in b.words and a.place.holds(b.place)}


def _holds_stop(area: PlaceRef, stops: Sequence[PlaceRef]) -> bool:
    """Whether a province or region may hold a stop of its country: yes when one is the
    country itself, lies in it (_lies_in), or the gazetteer cannot tell."""
    return any(s.country == area.country and (_RANK[s.kind] < 2 or _lies_in(s, area) is not False)
               for s in stops)


def _lies_in(place: PlaceRef, area: PlaceRef) -> bool | None:
    """Whether a place lies in a province (the gazetteer's first-level division codes) or in a
    region (its outline); None when the gazetteer cannot tell (no gazetteer, an unknown id, a
    division below the first level)."""
    if area.kind == "region":
        return geometry.locates(area, place, outline=True)
    gaz = geometry.gazetteer()
    if gaz is None or area.kind != "admin":
        return None
    try:
        division, inside = gaz.get(area.id), gaz.get(place.id)
    except (GeomigError, ValueError):
        return None
    if division.feature != "ADM1" or not division.admin1 or not inside.admin1:
        return None
    return inside.admin1 == division.admin1


def _first_told(claims: Sequence[Claim]) -> dict[str, dict[str, int]]:
    """Per place id, per document, the first sentence naming it as a stop."""
    out: dict[str, dict[str, int]] = defaultdict(dict)
    for c in claims:
        if c.stop and not c.negated:
            seen = out[c.place.id].get(c.doc)
            if seen is None or c.sentence < seen:
                out[c.place.id][c.doc] = c.sentence
    return out


def _told_before(place: PlaceRef, others: Sequence[PlaceRef], told: Mapping[str, Mapping[str, int]]) -> bool:
    """Whether a document names `place` a sentence before any of `others` (each of which it names):
    a journey told in the order it went."""
    mine = told.get(place.id, {})
    return bool(others) and any(
        all(doc in told.get(p.id, {}) and told[p.id][doc] > at for p in others) for doc, at in mine.items())


def _not_from_entered(plans: list[RoutePlan]) -> list[RoutePlan]:
    """Without a way from a country to stops one of which lies in it, where another plan takes
    the same stops from elsewhere: the country is entered on the way ("left X, crossed into Y
    at Z and reached W, a town of Y" is X -> Z -> W, not also Y -> Z -> W)."""
    starts: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for plan in plans:
        if plan.stops:
            starts[tuple(p.id for p in plan.stops[1:])].add(plan.stops[0].id)
    return [plan for plan in plans if not (
        plan.stops and plan.stops[0].kind == "country"
        and starts[tuple(p.id for p in plan.stops[1:])] - {plan.stops[0].id}
        and any(p.country == plan.stops[0].country for p in plan.stops[1:]))]


def _not_within(plans: list[RoutePlan]) -> list[RoutePlan]:
    """The plans whose stops no other plan has all of, in the same order: a route through
    a landing to the places people were moved on to also goes where the shorter ways
    between those places go."""
    # once each (two of a crowd's nationalities lead to the same stops)
    first: dict[tuple[str, ...], RoutePlan] = {}
    for plan in plans:
        first.setdefault(tuple(p.id for p in plan.stops), plan)
    plans = list(first.values())
    ids = [[p.id for p in plan.stops] for plan in plans]

    def within(a: list[str], b: list[str]) -> bool:
        rest = iter(b)
        return len(a) < len(b) and all(x in rest for x in a)

    return [plan for plan, a in zip(plans, ids, strict=True) if not any(within(a, b) for b in ids)]


def _leads(claims: Sequence[Claim]) -> dict[str, tuple[PlaceRef, PlaceRef]]:
    """The launch points a journey told before reaches, by id: a departure and the country
    its sentence then enters ("left X, crossed the desert into Libya and paid for a boat
    from Zuwara"), when a launch point in that country comes after them within a few
    sentences: (where the journey left, the country entered)."""
    by_doc: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        if not (c.negated or c.intended) and c.stop:
            by_doc[c.doc].append(c)
    out: dict[str, tuple[PlaceRef, PlaceRef]] = {}
    for doc_claims in by_doc.values():
        if not any(c.role == "launch_point" for c in doc_claims):
            continue
        by_country: dict[str, list[Claim]] = defaultdict(list)
        for c in sorted(doc_claims, key=lambda c: c.at):
            if c.role == "launch_point" and c.place.country:
                by_country[c.place.country].append(c)
        starts_at = {k: [b.at for b in v] for k, v in by_country.items()}   # looked up, not searched
        for start, entered in _entries(doc_claims):
            if entered.place.country in (None, start.place.country):
                continue
            launched = by_country.get(entered.place.country, [])
            i = bisect.bisect_right(starts_at[entered.place.country], entered.at) if launched else 0
            later = launched[i] if i < len(launched) else None
            if (later is not None and later.place.id != entered.place.id
                    and later.sentence - start.sentence <= _ONWARD_SENTENCES):
                out.setdefault(later.place.id, (start.place, entered.place))
    return out


def _entries(claims: Sequence[Claim]) -> list[tuple[Claim, Claim]]:
    """A place left (a departure, or a town people left home from) and the first place its
    sentence then has them enter: (left, entered)."""
    by_sentence: dict[int, list[Claim]] = defaultdict(list)
    for c in claims:
        by_sentence[c.sentence].append(c)
    out = []
    for c in claims:
        if c.role == "launch_point" or (c.role == "origin" and _RANK[c.place.kind] > 1):
            entered = [e for e in by_sentence[c.sentence] if e.at > c.at and e.role == "transit" and e.onward]
            if entered:
                out.append((c, min(entered, key=lambda e: e.at)))
    return out


def _led_to(pairs: list[tuple[PlaceRef, str]], launch: PlaceRef,
            lead: tuple[PlaceRef, PlaceRef]) -> list[tuple[PlaceRef, str]]:
    """The stops of a route from a launch point, after the way the text says led there."""
    (start, entered), ids = lead, {p.id for p in lead}
    i = next((i for i, (p, _) in enumerate(pairs) if p.id == launch.id), None)
    if i is None:
        return pairs    # the launch point is no stop of this route (a country before its own town)
    origins = [(p, s) for p, s in pairs[:i] if s == "origin" and p.id not in ids and p.country != start.country]
    between = _in_travel_order(start, [p for p, s in pairs[:i] if s != "origin" and p.id not in ids], entered)
    return (origins + [(start, "transit")] + [(p, "transit") for p in between] + [(entered, "transit")]
            + [(p, s) for p, s in pairs[i:] if p.id not in ids])


def _going_on(pairs: list[tuple[PlaceRef, str]], dest: PlaceRef,
              moved_on: Mapping[str, list[Claim]]) -> list[tuple[PlaceRef, str]]:
    """The stops of a route to a landing, going on past it to the places the text moves
    people on to (and on from those): the last destination the text names ends the route,
    the others lie between in the order of the shortest way."""
    later: list[Claim] = []
    seen, queue = {dest.id}, [dest.id]
    while queue:
        for c in moved_on.get(queue.pop(0), ()):
            if c.place.id not in seen:
                seen.add(c.place.id)
                later.append(c)
                queue.append(c.place.id)
    if not later:
        return pairs
    ends = [c for c in later if c.role == "destination"] or later
    end = max(ends, key=lambda c: c.at).place
    between = [c.place for c in later if c.place.id != end.id and not c.place.holds(end)]
    kept = [(p, s) for p, s in pairs if p.id not in seen or p.id == dest.id]
    return kept + [(p, "transit") for p in _in_travel_order(dest, between, end)] + [(end, "destination")]


def _stated_pairs(claims: Sequence[Claim]) -> set[tuple[str, str]]:
    """(start id, end id) of each leg one cue states ("flew from X to Y", "through X and Y to
    Z"): the start is a place the cue sets out from or passes, the end one it reaches."""
    by_hit: dict[tuple[str, int], list[Claim]] = defaultdict(list)
    for c in claims:
        if c.hit >= 0 and not c.negated:
            by_hit[(c.doc, c.hit)].append(c)
    out = set()
    for group in by_hit.values():
        ends = {c.place.id for c in group if c.role == "destination" or c.onward}
        for c in group:
            if c.role in ("transit", "launch_point") and not c.onward:
                out.update((c.place.id, e) for e in ends if e != c.place.id)
    return out


def _turn_pairs(claims: Sequence[Claim], onward: re.Pattern | None) -> set[tuple[str, str]]:
    """(first id, second id) of two places a sentence has people reach in turn (_reached_in_turn:
    "to X, then to Y"): the text's order of those two, as a stated leg's."""
    if onward is None:
        return set()
    return {(a.place.id, b.place.id) for a, b in _reached_in_turn(_arrivals(claims), onward)}


def _passed_later(claims: Sequence[Claim], onward: re.Pattern | None) -> set[tuple[str, str]]:
    """(end id, stop id): a place reached that its sentence goes on from to another
    (_reached_in_turn: "walked into X and then crossed into Y near Z"), and each place that
    sentence passes after it (Z): passed after the end was reached, no stop on the way to it."""
    out = set()
    if onward is None:
        return out
    passed: dict[tuple[str, int], list[Claim]] = defaultdict(list)
    for c in claims:
        if c.role == "transit" and not c.negated and c.at >= 0:
            passed[(c.doc, c.sentence)].append(c)
    for a, _ in _reached_in_turn(_arrivals(claims), onward):
        out.update((a.place.id, c.place.id) for c in passed.get((a.doc, a.sentence), ()) if c.at > a.at)
    return out


def _as_stated(pairs: list[tuple[PlaceRef, str]], stated: set[tuple[str, str]]) -> list[tuple[PlaceRef, str]]:
    """The stops before a route's end (after its origin) in the order the shortest way gives them,
    except where a cue states a leg the other way: the way's order guesses, the text's
    "from X to Y" says ("flew from X to Y. ... then driven to Z and put on a boat": X comes
    before Y, however near Z it lies). A stop a stated leg starts from moves to just before
    that leg's end (each stop once: stated legs that contradict each other change nothing more)."""
    first = 1 if pairs and pairs[0][1] == "origin" else 0     # an origin stays first
    middle = pairs[first:-1]
    if not stated or len(middle) < 2:
        return pairs
    moved: set[str] = set()
    for _ in range(len(middle)):
        at = {p.id: i for i, (p, _) in enumerate(middle)}
        wrong = next(((a, b) for a, b in sorted(stated) if a in at and b in at and at[a] > at[b] and a not in moved), None)
        if wrong is None:
            break
        a, b = wrong
        moved.add(a)
        item = middle.pop(at[a])
        middle.insert(at[b], item)
    return [*pairs[:first], *middle, pairs[-1]]


def _sea_leg_at(stops: Sequence[PlaceRef], launch: PlaceRef | None) -> int | None:
    """Which leg crosses the sea: the first between two landmasses (from the launch point on),
    else the one leaving the launch point (else the one reaching the destination), or the
    first after it between two places a boat can leave and reach;
    none when no such leg follows (trucks leaving Agadez for Sabha cross no sea, whatever
    boats the text mentions later)."""
    first = stops.index(launch) if launch in stops else len(stops) - 2
    # A leg between two landmasses is the crossing, wherever the guess would put it ("a boat
    # from X landed at Y; police moved them to Z": the sea lies between X and Y, not Y and Z).
    across = next((i for i in range(0 if launch not in stops else first, len(stops) - 1)
                   if geometry.same_land((stops[i].lat, stops[i].lon), (stops[i + 1].lat, stops[i + 1].lon)) is False),
                  None)
    if across is not None:
        return across
    for i in range(max(first, 0), len(stops) - 1):
        if geometry.coastal(stops[i]) is not False and geometry.coastal(stops[i + 1]) is not False:
            return i
    return None


def _set_out(claims: Sequence[Claim]) -> list[str]:
    """The places a stated leg starts from ("from X to Y", "flown from X to Y"), in text order."""
    # a cue hit is numbered within its document: a leg is (document, hit)
    ends: dict[tuple[str, int], set[str]] = defaultdict(set)
    for c in claims:
        if c.role == "destination" or c.onward:
            ends[(c.doc, c.hit)].add(c.place.id)
    out = [c.place.id for c in sorted(claims, key=lambda c: (c.doc, c.sentence, c.at))
           if c.role in ("transit", "launch_point") and not c.onward and not c.negated and c.hit >= 0
           and ends.get((c.doc, c.hit), set()) - {c.place.id}]
    return list(dict.fromkeys(out))


def _on_the_way(start: PlaceRef | None, transits: Sequence[PlaceRef], dest: PlaceRef,
                destinations: Sequence[PlaceRef]) -> list[PlaceRef]:
    """The transit places of a route to dest: not one that lies past dest, on the way to a
    farther destination of the same text ("they trek to Panama, then on through Costa Rica
    ... to the United States": Costa Rica is on the second way). A place in dest's own
    country, or at its door (near the border of a destination country: Tijuana for the
    United States), is always on its way."""
    if start is None:
        return list(transits)
    farther = [d for d in destinations if d.id != dest.id and _km(start, d) > _km(start, dest)]

    def past(p: PlaceRef) -> bool:
        if p.country == dest.country or _km(start, p) <= _km(start, dest):
            return False
        if dest.kind == "country" and haversine_km(p.lat, p.lon, *geometry.border_point(dest, (p.lat, p.lon))) <= _DOOR_KM:
            return False
        # past dest: a detour on the way there, and little of one on the way to a farther end
        return any(_km(start, p) + _km(p, d) <= _DETOUR * _km(start, d) for d in farther) and (
            _km(start, p) + _km(p, dest) > _DETOUR * _km(start, dest))

    return [p for p in transits if not past(p)]


#: A stop lies on the way between two places when going through it is at most this much longer
#: (country points make a real way look longer than it is).
_DETOUR = 1.4
#: A stop this near a destination country's border is at its door.
_DOOR_KM = 150.0


def _in_travel_order(start: PlaceRef | None, stops: Sequence[PlaceRef], end: PlaceRef) -> list[PlaceRef]:
    """The stops between start (if known) and end in the order of the shortest way: people
    do not zigzag, and a list's order in the text is not the travel order ("through Costa
    Rica, Nicaragua, Honduras and Guatemala" reads south to north, "Guatemala, Honduras..."
    north to south). Cheapest insertion, the farthest from the end first, then segment
    reversals (2-opt) while one shortens the way."""
    path: list[PlaceRef | None] = [start, end]
    for stop in sorted(stops, key=lambda p: -_km(p, end)):
        # Inserting before path[i] replaces the way from path[i - 1] to path[i] by a detour.
        costs = [_leg(a, stop) + _leg(stop, b) - _leg(a, b) for a, b in zip(path, path[1:], strict=False)]
        path.insert(costs.index(min(costs)) + 1, stop)
    improved = True
    while improved:
        improved = False
        # Reversing path[i..j] changes only the ways into path[i] and out of path[j].
        for i in range(1, len(path) - 2):
            for j in range(i + 1, len(path) - 1):
                a, b, c, d = path[i - 1], path[i], path[j], path[j + 1]
                if _leg(a, c) + _leg(b, d) < _leg(a, b) + _leg(c, d) - 1e-6:
                    path[i:j + 1] = path[i:j + 1][::-1]
                    improved = True
    return path[1:-1]


def _leg(a: PlaceRef | None, b: PlaceRef) -> float:
    """The way from a to b; nothing from an unknown start."""
    return 0.0 if a is None else _km(a, b)


def _turned_back(claims: Sequence[Claim]) -> set[str]:
    """The launch points whose every departure the same sentence then returns to where it
    left, or to its country ("a boat that left X was intercepted and brought back to X"):
    those boats crossed nothing, and reached no landing another sentence tells."""
    back: dict[tuple[str, int], list[Claim]] = defaultdict(list)
    for c in claims:
        if c.role == "returned" and not c.negated:
            back[(c.doc, c.sentence)].append(c)
    turned, went = set(), set()
    for c in claims:
        if c.role == "launch_point" and not c.negated:
            if any(r.at > c.at and (r.place.id == c.place.id or r.place.holds(c.place)
                                    or r.place.country == c.place.country and _RANK[r.place.kind] > 1)
                   for r in back.get((c.doc, c.sentence), ())):
                turned.add(c.place.id)
            else:
                went.add(c.place.id)
    return turned - went


def _placed_elsewhere(claims: Sequence[Claim], rx: re.Pattern | None) -> set[str]:
    """The destinations every claim of which places the people moved somewhere by name in its
    clause before it (`rx`: the cue data's [route_modes] placed): their journeys start there,
    with no launch of another sentence."""
    if rx is None:
        return set()
    placed, not_placed = set(), set()
    for c in claims:
        if c.role != "destination":
            continue
        quote, at = c.source.quote, c.at - c.source.start
        begin = max(quote.rfind(".", 0, max(0, at)), quote.rfind(";", 0, max(0, at))) + 1
        (placed if 0 <= at and rx.search(quote, begin, at) else not_placed).add(c.place.id)
    return placed - not_placed


def _combinations(launches, destinations, origins, claims, turned=frozenset(), placed=frozenset()):
    """(launch, destination, origin) triples the text links: up to three launches, four
    destinations and two origins, one origin per route. Every destination goes with the
    launch the text names nearest to it (the same stated movement, else the fewest
    sentences apart), every launch no destination took with its nearest destination, and
    each pair with its nearest origin, every origin with its nearest pair: a report naming
    three ports and four landings states a few journeys, not every port with every landing.
    A launch in `turned` goes only with a destination its own sentence names, and a destination
    in `placed` (_placed_elsewhere) only with a launch its own sentence names."""
    launches, destinations, origins = launches[:3] or [None], destinations[:_MOST_DESTINATIONS], origins[:2] or [None]
    near = _Nearness(claims)
    # a boat brought back where it left (`turned`) reached only what its own sentence names
    launches_for = {d.id: [p for p in launches if p is None or (p.id not in turned and d.id not in placed)
                           or near(p, d) < 1] or [None] for d in destinations}

    def nearest(options, *to):
        # the nearest to any of `to`, the best supported (first) on a tie; never one of `to`
        options = [o for o in options if o is None or all(t is None or o.id != t.id for t in to)]
        return min(options, key=lambda o: (min(near(o, t) for t in to), options.index(o)), default=None)

    pairs = list(dict.fromkeys((nearest(launches_for[dest.id], dest), dest) for dest in destinations))
    pairs += [(launch, nearest(destinations, launch)) for launch in launches
              if launch is not None and destinations and all(launch is not p[0] for p in pairs)
              and launch.id not in turned]
    pairs = [p for p in pairs if p[1] is not None]
    chosen = {(*pair, nearest(origins, *pair)) for pair in pairs}
    # An origin the text names apart from the others starts the journey it is nearest to
    # ("Ethiopians leave for Yemen; Yemenis flee to Djibouti").
    for origin in origins:
        linked = [p for p in pairs if origin is not None and all(x is None or x.id != origin.id for x in p)]
        if linked:
            chosen.add((*min(linked, key=lambda p: (min(near(origin, p[0]), near(origin, p[1])), linked.index(p))), origin))
    for launch in launches:
        for dest in destinations:
            for origin in origins:
                if (launch, dest, origin) in chosen:
                    yield launch, dest, origin


class _Nearness:
    """How near the text puts two places: 0 for one stated movement ("from X to Y"), a little
    more (_SAME_SENTENCE) for two of one sentence, else
    the fewest sentences between claims of them in one document (half a sentence more when
    the second comes first); infinite when no document names both. Each place keeps its
    sentences sorted and its cue hits per document, so a long text that claims the same
    places thousands of times is measured in n log n, not n squared."""

    def __init__(self, claims: Sequence[Claim]):
        at: dict[str, dict[str, tuple[set[int], set[int]]]] = defaultdict(dict)
        for c in claims:
            sentences, hits = at[c.place.id].setdefault(c.doc, (set(), set()))
            sentences.add(c.sentence)
            if c.hit >= 0:
                hits.add(c.hit)
        self._at = {place: {doc: (sorted(s), h) for doc, (s, h) in docs.items()} for place, docs in at.items()}
        self._memo: dict[tuple[str, str], float] = {}

    def __call__(self, a: PlaceRef | None, b: PlaceRef | None) -> float:
        if a is None or b is None:
            return math.inf
        key = (a.id, b.id)
        if key not in self._memo:
            self._memo[key] = self._measure(self._at.get(a.id, {}), self._at.get(b.id, {}))
        return self._memo[key]

    @staticmethod
    def _measure(mine: dict, theirs: dict) -> float:
        best = math.inf
        for doc in mine.keys() & theirs.keys():
            (xs, x_hits), (ys, y_hits) = mine[doc], theirs[doc]
            if not x_hits.isdisjoint(y_hits):
                return 0.0
            for y in ys:
                i = bisect.bisect_right(xs, y)
                if i:                       # the nearest sentence of a at or before y
                    # (one sentence, other cue hits: a little farther than one stated
                    # movement, so "from X to Y, while others sailed from Z to W" pairs Z with W)
                    best = min(best, (y - xs[i - 1]) or _SAME_SENTENCE)
                if i < len(xs):             # the nearest after it: b named first
                    best = min(best, xs[i] - y + 0.5)
        return best


#: How near _Nearness puts two places one sentence names in different cue hits.
_SAME_SENTENCE = 0.1


def _sea_leg(start: PlaceRef, end: PlaceRef, tolerance: float):
    """The sea leg between two places."""
    # Where it lands first (the coast of an area facing the start), then where it leaves
    # (the launch place's coast facing that landing).
    landing = geometry.landing(end, toward=(start.lat, start.lon))
    leaving = geometry.landing(start, toward=landing)
    return geometry.sea_leg(leaving, landing, tolerance)


#: Two border points closer than this lie on one shared border.
_ALONG_BORDER_KM = 100.0
#: How far into each of two neighbours a leg between them alone is drawn.
_CROSSING_KM = 60.0


def _land_leg(leg: Leg, first: bool, last: bool):
    """A land leg's line. A country that starts or ends the route meets it at its border,
    not at its centre (no line from Italy's centre across the Alps to the Channel); a
    country the route passes through is crossed at its own point, so the legs into and out
    of it join. A route from one country to its neighbour alone crosses their border, a
    short way into each, instead of shrinking to a point on it."""
    start, end = (leg.start.lat, leg.start.lon), (leg.end.lat, leg.end.lon)
    a = geometry.border_point(leg.start, end) if first else start
    b = geometry.border_point(leg.end, a) if last else end
    if first and last and haversine_km(*a, *b) < _ALONG_BORDER_KM:
        a, b = _toward(a, start, _CROSSING_KM), _toward(b, end, _CROSSING_KM)
    return geometry.straight(a, b)


def _checked_land_leg(leg: Leg, line, tolerance: float):
    """A land leg's line as drawn between its final ends (`line`, straight: where the route
    meets its countries), its warning ("" when the straight way over land is plausible) and the
    mode it is drawn in: never a plain straight line over open sea. Sea a way over land can go
    round (Guatemala to Texas: the Gulf of Mexico) is gone round along the coast; sea it
    cannot (Dunkirk to Dover; Obock to Yemen, but via Suez) is crossed by sea, though the text
    names no boat; with no way at sea either, the line is a stand-in, said so."""
    ends = [(lat, lon) for lon, lat in (line.coords[0], line.coords[-1])]
    wet = geometry.sea_km(*ends)
    if wet is None or wet <= geometry.STRAIT_MIN_KM:
        return line, "", "land"
    said = f"the straight line crosses {wet:.0f} km of sea"
    way = geometry.land_way(*ends)
    if way is not None:     # (the text names no such way: said so)
        return way, f"{said}: drawn round it over land", "land"
    at_sea, warning = _sea_leg(leg.start, leg.end, tolerance)
    if not warning.endswith(geometry.STRAIGHT):
        return at_sea, "; ".join(w for w in (f"{said} no road goes round: drawn at sea", warning) if w), "sea"
    # (the warning says what the line does, not that people went over land)
    return line, f"{said}: the way is not known, {geometry.STRAIGHT}", "land"


def _toward(at: tuple[float, float], to: tuple[float, float], km: float) -> tuple[float, float]:
    """About `km` along the straight line from `at` to `to` (or `to`, if nearer),
    interpolated in degrees: close enough for the few tens of km of a border crossing."""
    f = min(1.0, km / max(haversine_km(*at, *to), 1e-9))
    return at[0] + (to[0] - at[0]) * f, at[1] + (to[1] - at[1]) * f


def build(route: RoutePlan, settings: Mapping, confidence: Mapping[str, float],
          legs_cache: dict | None = None) -> Feature | None:
    """The route feature: a MultiLineString (one line per leg), legs and modes in order; None
    when its stops all lie at one point (a route drawn as a point would read as a place).
    Routes built with one legs_cache share their legs, at sea and over land (routes that
    differ only in their origin have the same launch-to-destination leg)."""
    cache = {} if legs_cache is None else legs_cache
    tolerance = float(settings.get("sea_leg_land_tolerance_km", 25))
    legs = [{"from": leg.start.id, "to": leg.end.id, "from_name": leg.start.name,
             "to_name": leg.end.name, "mode": leg.mode} for leg in route.legs]
    drawn = [_first_line(route, i, tolerance, cache) for i in range(len(route.legs))]
    # The land legs are checked against the sea where the route finally meets its countries
    # (met_at_countries moves their ends): checked before, a straight line fit for a country's
    # point crossed a gulf once moved to its coast. A land leg drawn at sea instead meets its
    # neighbours at its coast: the route is met again with it, until no more leg goes to sea.
    checked: dict[int, tuple]
    while True:
        lines = _met(route, [line for line, _ in drawn], legs)
        checked = {i: _checked(leg, lines[i], tolerance, cache) for i, leg in enumerate(route.legs)
                   if legs[i]["mode"] == "land" and leg.known}
        to_sea = [i for i, (_, _, mode) in checked.items() if mode == "sea"]
        if not to_sea:
            break
        for i in to_sea:
            drawn[i] = _not_a_point(route.legs[i], *checked[i][:2])
            legs[i]["mode"] = "sea"
    warnings = []
    for i, (leg, entry) in enumerate(zip(route.legs, legs, strict=True)):
        line, warning = checked[i][:2] if i in checked else (lines[i], drawn[i][1])
        if entry["mode"] == "sea":
            entry["sea"] = route.seas[0] if route.seas else geometry.sea_name(line)
        if warning:
            entry["warning"] = warning
            if warning.endswith(geometry.STRAIGHT):
                entry["drawn"] = "straight"     # no way known: a stand-in line (maps draw it so)
            warnings.append(f"{leg.start.name} → {leg.end.name}: {warning}")
        lines[i] = line
    srcs, documents, cues = _read_claims(route.claims, cache)
    scores = [confidence.get(p.id, 0.5) for p in route.stops]
    props = {
        "legs": legs, "modes": [leg["mode"] for leg in legs],
        "stops": [p.id for p in route.stops], "stop_names": [p.name for p in route.stops],
        **({"stop_aliases": [list(a) for a in route.aliases]} if any(route.aliases) else {}),
        "stages": list(route.stages), "seas": [leg["sea"] for leg in legs if leg.get("sea")],
        "origins": list(route.origins), "destinations": list(route.destinations),
        "documents": list(documents),
    }
    if warnings:
        props["warning"] = "; ".join(warnings)
    shape = geometry.lines(lines)
    if shape is None:
        return None     # every stop at one point: no way to draw (its places keep their roles)
    return Feature(
        role="route", name=" → ".join(p.name for p in route.stops), id=None,
        geometry=shape,
        confidence=math.prod(scores) ** (1 / len(scores)),
        cue=f"route from {' → '.join(route.stages)} ({cues})",
        sources=srcs, properties=props,
    )


def _first_line(route: RoutePlan, i: int, tolerance: float, cache: dict):
    """A leg's line and warning before the route meets its countries: at sea, a flight, a
    stand-in, or a land leg's straight line between its own ends (checked against the sea
    once met: _checked). Routes built with one cache share their legs (routes that differ
    only in their origin have the same launch-to-destination leg)."""
    leg = route.legs[i]
    ends = _leg_key(leg.start), _leg_key(leg.end)
    if leg.mode == "sea":
        key = (*ends, tolerance)
        if key not in cache:
            cache[key] = _sea_leg(leg.start, leg.end, tolerance)
        line, warning = cache[key]
    elif leg.mode == "air":
        # a flight goes from place to place, over land or sea alike, on a great circle
        line, warning = geometry.flight((leg.start.lat, leg.start.lon), (leg.end.lat, leg.end.lon)), ""
    elif not leg.known:
        # no way the text names: a stand-in line, said so
        line = geometry.straight((leg.start.lat, leg.start.lon), (leg.end.lat, leg.end.lon))
        warning = f"the text names no way between them: {geometry.STRAIGHT}"
    else:
        key = ("land", *ends, i == 0, i == len(route.legs) - 1)
        if key not in cache:  # a corpus's routes share their land legs too
            cache[key] = _land_leg(leg, i == 0, i == len(route.legs) - 1)
        line, warning = cache[key], ""
    return _not_a_point(leg, line, warning)


def _not_a_point(leg: Leg, line, warning: str) -> tuple:
    """A leg's line and warning, never a point between two places apart: a leg whose ends met
    at one point (from a sea to the coast it washes, between neighbours by sea) is a line
    between the places' own points, said so."""
    if line.length == 0 and (leg.start.lat, leg.start.lon) != (leg.end.lat, leg.end.lon):
        line = geometry.straight((leg.start.lat, leg.start.lon), (leg.end.lat, leg.end.lon))
        warning = "; ".join(w for w in (warning, f"its ends meet at one point: {geometry.STRAIGHT}") if w)
    return line, warning


def _met(route: RoutePlan, lines: list, legs: list[dict]) -> list:
    """The route's lines met at its countries: a country the route starts at, ends at or
    passes through is met where it is nearest, not at its point (a region between two stops
    too: "to eastern Chad and on to Adre" turns at its edge, not its centre)."""
    return geometry.met_at_countries(
        lines, legs, {p.id: Point(p.lon, p.lat) for p in route.stops},
        {**{p.id: p.id for p in route.stops[1:-1] if p.kind == "region"},
         **{p.id: p.country for p in route.stops if p.kind == "country" and p.country}})


def _checked(leg: Leg, line, tolerance: float, cache: dict) -> tuple:
    """_checked_land_leg of a land leg's final straight line, shared by the routes of one cache
    (a corpus's routes cross the same countries at the same points)."""
    key = ("checked", _leg_key(leg.start), _leg_key(leg.end), tuple(line.coords), tolerance)
    if key not in cache:
        cache[key] = _checked_land_leg(leg, line, tolerance)
    return cache[key]


def _leg_key(place: PlaceRef) -> tuple:
    """What a leg's line and warning depend on of a place: not its name as a text says it
    nor its confidence, which differ between the documents naming it (keyed on the whole
    record, the legs drawn ahead of a corpus's last partition missed a third of the time)."""
    return place.id, place.kind, place.country, place.lat, place.lon


def _read_claims(claims: tuple[Claim, ...], cache: dict) -> tuple[tuple, list[str], str]:
    """A route's sources, documents and cues: read once per claims tuple in one cache,
    since the routes planned from one group of documents share its claims (a corpus's
    group has thousands, and up to 24 routes)."""
    key = ("claims", id(claims))
    if key not in cache:  # the entry holds the tuple: its id is not reused while cached
        cache[key] = (claims, sources(c.source for c in claims), sorted({c.doc for c in claims}),
                      ", ".join(dict.fromkeys(c.cue for c in claims)))
    return cache[key][1:]
