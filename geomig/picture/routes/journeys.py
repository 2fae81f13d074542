"""One journey per way: the plans of a group made one where they are parts, reorderings or
stretches of one another (_one_journey, _one_start, _ends_in_turn) or near-copies from one start to
one end through stops of their own (_fold_copies), an arrival told at an island and at its town
drawn once to the town (_to_the_part, _end_at_town), one town or area kept per
stop (_one_town, _one_area), no stop passed at a country's middle for a village put only in it
(_no_vague_stop), and stated chains preferred to a planned route that guesses
their order (_onward, _within_chain, _against_chain, _in_chain_order), and no route guessed from a home
to a place reached only after a stay abroad (_home_after_abroad). planning tidies its plans with them.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import replace

from shapely.geometry import Point
from shapely.ops import nearest_points

from geomig.gazetteer.geo import haversine_km
from geomig.gazetteer.regions import parse_within_id
from geomig.picture import geometry
from geomig.picture.claims import Claim, PlaceRef
from geomig.picture.routes.chains import _flashback, _stated_mode
from geomig.picture.routes.hoped import _only_hoped
from geomig.picture.routes.model import _DETOUR, _RANK, Leg, RoutePlan, _km, _lies_in
from geomig.picture.routes.ordering import _stated_pairs, _turn_pairs


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
    as_one = _told_as_one(route)
    for i, (a, b) in enumerate(zip(route.stops, route.stops[1:])):
        if _near_towns(a, b) and as_one(a, b):
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


def _one_place(route: RoutePlan) -> RoutePlan | None:
    """The plan with each pair of next stops that are one place, or a part of a town the text
    puts inside it and then the town (PlaceRef.same_or_part: two documents merged, one naming
    the part, the other the town), or the town and then its part told as one (_told_as_one: "to
    X, then on to Y, a district of X"), as one stop: the part, the most precise, which takes the
    town's name as its other name. A plan left with one stop goes nowhere else: None. (A move
    from the town to its part a sentence of its own tells, "They stayed in X. They were later
    moved to Y, a district of X", stays: a way from one spot of the town to another.)"""
    pairs = list(zip(route.stops, route.stops[1:]))
    if not any(a.same_or_part(b) for a, b in pairs):
        return route
    as_one = _told_as_one(route)
    for i, (a, b) in enumerate(pairs):
        if a.same_or_part(b) and (a.id == b.id or parse_within_id(a.id) is not None or as_one(a, b)):
            if len(route.stops) == 2:
                return None
            gone, kept = (i, i + 1) if parse_within_id(b.id) is not None else (i + 1, i)
            one = _without_stop(route, gone, kept)
            if gone in (0, len(route.stops) - 1):   # (the part ends the route as the town did)
                at = 0 if gone == 0 else -1
                one = replace(one, stages=_staged(one.stages, at, route.stages[gone]))
            return _one_place(one)
    return route


#: A stop put only in a whole country this far (km) from both stops next to it is drawn at no
#: spot near its way: its point is the country's middle.
_VAGUE_KM = 300.0


def _no_vague_stop(route: RoutePlan) -> RoutePlan:
    """The plan without each stop between two others that the gazetteer lacks and the text puts
    only in a whole country ("K, a village in X": a within id on the country, at the country's
    point) when that point is over _VAGUE_KM from both its neighbours: no leg goes to the
    country's middle and back. Its neighbours are joined; it keeps its marker and role. (A start
    or an end stays: the route is told from or to it; so does a part of a town, at the town's
    point, or one near its neighbours.)"""
    stops = route.stops
    vague = [i for i in range(1, len(stops) - 1) if _in_country_only(stops[i])
             and min(_km(stops[i - 1], stops[i]), _km(stops[i], stops[i + 1])) > _VAGUE_KM]
    if not vague:
        return route
    legs = list(route.legs)
    for i in reversed(vague):   # (from the end: the indices before stay right)
        a, b = legs[i - 1], legs[i]
        mode = "sea" if "sea" in (a.mode, b.mode) else a.mode
        legs[i - 1] = replace(a, end=b.end, mode=mode, known=a.known and b.known)
        del legs[i]
    keep = [j for j in range(len(stops)) if j not in vague]
    return replace(route, stops=tuple(stops[j] for j in keep), stages=tuple(route.stages[j] for j in keep),
                   legs=tuple(legs), aliases=tuple(route.aliases[j] for j in keep) if route.aliases else ())


def _in_country_only(place: PlaceRef) -> bool:
    """Whether a place is one the gazetteer lacks put inside a whole country (its within id's base
    is the country's own id)."""
    inside = parse_within_id(place.id)
    return inside is not None and geometry.built_on_country(place.country, inside[1])


def _told_as_one(route: RoutePlan) -> Callable[[PlaceRef, PlaceRef], bool]:
    """Whether one sentence of the plan's claims names both places, and no cue of it moves
    people from one to the other ("bused from X to Y": a way of its own)."""
    told: dict[str, set[tuple[str, int]]] = defaultdict(set)     # place -> its sentences
    moved: dict[str, set[tuple[str, int]]] = defaultdict(set)    # place -> its cue hits
    for c in route.claims:
        told[c.place.id].add((c.doc, c.sentence))
        if c.hit >= 0:
            moved[c.place.id].add((c.doc, c.hit))
    return lambda a, b: bool(told[a.id] & told[b.id]) and not moved[a.id] & moved[b.id]


def _staged(stages: Sequence[str], at: int, stage: str) -> tuple[str, ...]:
    """The stages with the one at index `at` (0 or -1) now `stage`."""
    return (stage, *stages[1:]) if at == 0 else (*stages[:-1], stage)


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
    if kept < gone < len(legs):     # (the leg on from the dropped stop now starts at the kept one)
        legs[gone] = replace(legs[gone], start=route.stops[kept])
    elif 0 < gone < kept:           # (the leg to the dropped stop now ends at the kept one)
        legs[gone - 1] = replace(legs[gone - 1], end=route.stops[kept])
    del legs[min(gone, kept)]       # (the leg between the two)
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
    X"), which takes the country's name as its other name; one ending in the province of a town
    the other passes is the way to that town ("landed at A. Most land in X. Some went on from A
    to B"). A chain of told legs (`chains`: their ids) that another plan holds all of, from an
    origin, in an order less the text's, is drawn from that origin instead of both
    (_origin_guess)."""
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
            # ... or the town the other passes in it, going on from there
            # ("landed at A, in X ... some went on from A to B" beside "to X": the way to A)
            inside = None if country or end.id in ids[j] else next(
                (s.id for s in other.stops[1:-1] if end.holds(s) or _area_of(end, s)), None)
            mine = ids[i][:-1] + [inside] if inside is not None else mine
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
    name (the nationality says only where the town lies). One going the same way to another end
    (the crowd's way on to A, the region's people's to B) is drawn from the town too, not as a
    second line from the country beside it."""
    gone: set[int] = set()
    named: dict[int, str] = {}
    moved: dict[int, RoutePlan] = {}   # a plan from the country, drawn from the town instead
    for i, p in enumerate(plans):
        if p.stages[0] != "origin" or p.stops[0].kind != "country" or len(p.stops) < 2:
            continue
        rest = [s.id for s in p.stops[1:]]
        for j, q in enumerate(plans):
            if (j != i and j not in gone and j not in moved and q.claims is p.claims and q.stages[0] == "origin"
                    and p.stops[0].holds(q.stops[0]) and q.stops[0].kind != "country"):
                ids = [s.id for s in q.stops[1:]]
                if ids == rest:
                    gone.add(i)
                    named.setdefault(j, p.stops[0].name)
                    break
                if len(rest) > 2 and ids[:-1] == rest[:-1] and q.stops[0].id not in rest:
                    # (the same stops to another end: "Xians, most from the Y region" going on
                    # to A or B, one way from Y, not a second line from X beside it)
                    moved[i] = _from_town(p, q.stops[0])
                    break
    if not gone and not moved:
        return plans
    return [_stops_named(moved.get(i, p), {p.stops[0].id: named[i]} if i in named else {})
            for i, p in enumerate(plans) if i not in gone]


def _from_town(plan: RoutePlan, town: PlaceRef) -> RoutePlan:
    """The plan starting at a town of its country of origin, which takes the country's name
    as its other name."""
    country = plan.stops[0]
    aliases = list(plan.aliases) or [()] * len(plan.stops)
    aliases[0] = tuple(dict.fromkeys((*aliases[0], country.name)))
    legs = (replace(plan.legs[0], start=town), *plan.legs[1:]) if plan.legs else plan.legs
    return replace(plan, stops=(town, *plan.stops[1:]), legs=legs, aliases=tuple(aliases))


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


def _ends_in_turn(plans: list[RoutePlan], onward: re.Pattern | None,
                  towards: re.Pattern | None = None) -> list[RoutePlan]:
    """The plans of one group (their claims tuple) that differ only in their last stop, one
    route through each run of those ends (nearest first) the text tells as the next step from
    the one before (a stated leg or a place reached in turn, `onward`: _stated_pairs,
    _turn_pairs) and that lie on the way to the run's farthest (_DETOUR): one journey whose
    ends the text tells in turn ("took a minibus to X and walked towards the river Y") is drawn
    once, not once to each; a plan of its stops one after another (the told "from X to Y and
    towards Z") is part of it. Ends of a return, ends told apart ("some reached X; others went
    on to Y") or that lie apart stay routes of their own. An end reached in a later sentence is
    the next step from one the text has people only go towards (`towards`, the cue data's
    [route_modes] towards: _beyond_towards)."""
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
        linked = (_stated_pairs(plans[group[0]].claims) | _turn_pairs(plans[group[0]].claims, onward)
                  | _beyond_towards(plans[group[0]].claims, {plans[i].stops[-1].id for i in group}, towards))
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


def _beyond_towards(claims: Sequence[Claim], ends: Collection[str], towards: re.Pattern | None
                    ) -> set[tuple[str, str]]:
    """(A, B) for an end A the text has people go only towards (`towards`, right before each of
    its claims as an end: "driven north towards A") and an end B a later sentence of the same
    document has them reach (not negated nor hoped for): the way went on past A to B."""
    if towards is None:
        return set()
    said = [c for c in claims if c.place.id in ends and c.role == "destination" and c.at >= 0
            and not (c.negated or c.intended)]
    only: dict[str, list[Claim]] = defaultdict(list)
    for c in said:
        only[c.place.id].append(c)
    headed = {i for i, cs in only.items() if all(
        towards.search(c.source.quote, 0, max(0, c.at - c.source.start)) for c in cs)}
    return {(a.place.id, b.place.id) for a in said if a.place.id in headed for b in said
            if b.place.id not in headed and b.doc == a.doc and b.sentence > a.sentence}


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


def _in_chain_order(plan: RoutePlan, chains: Sequence[RoutePlan]) -> RoutePlan:
    """A planned route (its order a guess) through stops of a stated chain of its documents, with
    those stops in the chain's order where each leg is one cue's words (_cue_said), in the places
    the guess gave them ("from Eritrea through
    A, B and C" where the text tells "flew from B to A, then on to C" goes B, A, C), and with no
    stop of its own between two the text states as one leg ("He flew from A to B, then on to
    C": nothing comes between A and B, nor B and C): such stops are moved to where they
    lengthen the way least, between two stops no sentence joins (legs told sentence by
    sentence, "From there they drove through D to E") that they lie on the way between
    (_DETOUR), after the journey's first stop; one only hoped for is dropped where there is no
    such place, and the guess stays as it was where another stop has none (another group's way,
    perhaps). The route's start and end stay."""
    docs = {c.doc for c in plan.claims}
    for ch in chains:
        if not docs or not docs <= {c.doc for c in ch.claims}:
            continue
        whole = _whole_legs(ch)
        stops = _chain_slots(plan.stops, ch.stops) if _cue_said(ch) else plan.stops
        if stops is None:
            continue
        ids = [s.id for s in stops]
        at = [ids.index(s.id) if s.id in ids else -1 for s in ch.stops]
        inside = {j for n in range(len(at) - 1) if (ch.stops[n].id, ch.stops[n + 1].id) in whole
                  and 0 <= at[n] < at[n + 1] for j in range(at[n] + 1, at[n + 1])}
        if inside or stops != plan.stops:
            plan = _moved_out(plan, stops, sorted(inside), whole, min(i for i in at if i >= 0),
                              max(c.sentence for c in ch.claims)) or plan
    return plan


def _chain_slots(stops: Sequence[PlaceRef], chain: Sequence[PlaceRef]) -> tuple[PlaceRef, ...] | None:
    """The stops with those the chain names put in the chain's order, in the places they held,
    where they hold all of them; None where that would change the route's start or end
    (another journey's way, or one _against_chain judges)."""
    order = {s.id: i for i, s in enumerate(chain)}
    slots = [j for j, s in enumerate(stops) if s.id in order]
    if len(slots) < len(order):
        # (a guess through only part of the chain is put in its order by no other chain's stops:
        # kept where it runs the chain's way, left alone where it does not)
        return tuple(stops) if slots == sorted(slots, key=lambda j: order[stops[j].id]) else None
    out = list(stops)
    for j, s in zip(slots, sorted((stops[j] for j in slots), key=lambda s: order[s.id]), strict=True):
        out[j] = s
    if out[0].id != stops[0].id or out[-1].id != stops[-1].id:
        return None
    return tuple(out)


def _cue_said(chain: RoutePlan) -> bool:
    """Whether each leg of the chain is one cue's words ("from A to B", "to B, then on to C"), or
    two places one sentence has people reach in turn (_reached_in_one_sentence): an order the
    text states, not one read from places a sentence names in turn ("flew to B, often through
    A" names the way's last stop first)."""
    return all(any(c.place.id == leg.end.id and c.hit >= 0 and (leg.start.name in c.words or any(
        d.hit == c.hit and d.place.id == leg.start.id for d in chain.claims)) for c in chain.claims)
        or _reached_in_one_sentence(leg, chain.claims) for leg in chain.legs)


def _reached_in_one_sentence(leg: Leg, claims: Sequence[Claim]) -> bool:
    """Whether one sentence has people reach the leg's start with one cue and its end with a
    later one ("flew from A to B and was then driven to C": B, then C): the text's order of
    two places reached, not of a place passed ("flew to C, often through B")."""
    reached = [c for c in claims if c.hit >= 0 and c.at >= 0 and (c.role == "destination" or c.onward)]
    return any(a.place.id == leg.start.id and b.place.id == leg.end.id and a.sentence == b.sentence
               and a.hit < b.hit and a.at < b.at for a in reached for b in reached)


def _whole_legs(chain: RoutePlan) -> set[tuple[str, str]]:
    """The chain's legs one sentence states whole: both ends named in it, the start first."""
    at: dict[tuple[str, int], list[int]] = defaultdict(list)    # (place id, sentence) -> offsets
    for c in chain.claims:
        if c.at >= 0:
            at[(c.place.id, c.sentence)].append(c.at)
    sentences = {c.sentence for c in chain.claims}
    return {(leg.start.id, leg.end.id) for leg in chain.legs
            if any(min(at.get((leg.start.id, s), [1 << 30])) < max(at.get((leg.end.id, s), [-1])) for s in sentences)}


def _moved_out(plan: RoutePlan, stops: Sequence[PlaceRef], inside: Sequence[int],
               whole: Collection[tuple[str, str]], told: int, ended: int) -> RoutePlan | None:
    """The plan through `stops` (its own, reordered), with those at `inside` each put back where
    it lengthens the way least, between two stops that are no leg stated whole (`whole`) and that
    it lies on the way between, after the stated journey's first stop (at `told`: the guess had
    it on that journey) and before the route's end; else left out if only hoped for
    (_only_hoped). None where another such stop has no such place, or the text names it first
    before the journey's last sentence (at `ended`: "who had crossed X the day before left A
    for B", another group's place): the guess stays as it was."""
    stages = dict(zip((id(s) for s in plan.stops), plan.stages, strict=True))
    path = [s for j, s in enumerate(stops) if j not in inside]
    first, hoped = stops[told], _only_hoped(plan.claims)
    for j in inside:
        stop = stops[j]
        if min(c.sentence for c in plan.claims if c.place.id == stop.id) <= ended:
            return None
        gaps = [i for i in range(path.index(first), len(path) - 1) if (path[i].id, path[i + 1].id) not in whole
                and _km(path[i], stop) + _km(stop, path[i + 1]) <= _DETOUR * _km(path[i], path[i + 1])]
        if not gaps:
            if stop.id in hoped:
                continue    # (a place only hoped for, on no way the text leaves open)
            return None
        i = min(gaps, key=lambda i: _km(path[i], stop) + _km(stop, path[i + 1]) - _km(path[i], path[i + 1]))
        path.insert(i + 1, stop)
    old = {(leg.start.id, leg.end.id): leg for leg in plan.legs}
    legs = tuple(old.get((a.id, b.id)) or Leg(a, b, _stated_mode(a, b, (), None))
                 for a, b in zip(path, path[1:], strict=False))
    aliases = dict(zip((id(s) for s in plan.stops), plan.aliases, strict=True)) if plan.aliases else {}
    return replace(plan, stops=tuple(path), stages=tuple(stages[id(s)] for s in path), legs=legs,
                   aliases=tuple(aliases[id(s)] for s in path) if aliases else ())


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


def _home_after_abroad(plan: RoutePlan, told: Mapping[str, Sequence[Claim]]) -> bool:
    """Whether a planned route within its start's own country ends at a place the text has
    people reach only after they were abroad (a stop in another country told between its start
    and its end: "left X in 2017 and crossed into [another country] ... He now lives in Y"):
    the end of a way back, not of the way out from X, which a route from X to Y would draw. Not
    where the end's sentence names the start too ("later fled from X to Y": a movement of its own),
    nor where the text tells the start again after the stay abroad (a way back from it) or names
    the end before it (a stop of the way out). Only a route from a home (its start an origin).
    `told`: the documents' kept claims, by document."""
    start, end = plan.stops[0], plan.stops[-1]
    country = start.country
    if (not country or len(plan.stops) < 2 or plan.stages[0] != "origin"
            or any(s.country != country for s in plan.stops)):
        return False
    ends = [c for c in plan.claims if c.role == "destination" and c.place.id == end.id and not c.negated and c.at >= 0]
    if not ends:
        return False
    middle = {s.id for s in plan.stops[1:-1]}
    for c in ends:
        starts = [s.at for s in plan.claims if s.doc == c.doc and s.place.id == start.id and 0 <= s.at < c.at]
        if not starts or any(s.sentence == c.sentence for s in plan.claims if s.doc == c.doc and s.place.id == start.id):
            return False
        # (from the start's last telling before the end: a way back told from its own start,
        # "deported through X ... went home to Y", is that way's)
        last = max(starts)
        abroad = [a.at for a in told.get(c.doc, ()) if last < a.at < c.at and a.place.country
                  and a.place.country != country and not a.negated and not a.intended
                  and a.role in ("transit", "destination", "launch_point")]
        # (and no end the text named before that stay: "from Y ... to [abroad]" tells Y on the way
        # out; no stop on the way the text tells after it: the route is then the way back's)
        if not abroad or any(0 <= e.at < min(abroad) and e.place.id == end.id for e in told.get(c.doc, ())):
            return False
        if any(s.doc == c.doc and s.place.id in middle and s.at > min(abroad) for s in plan.claims):
            return False
        # (nor an end a cue moves people to from a start of its own: "from [abroad] to Y" is
        # a stated movement, drawn as such)
        if c.hit >= 0 and any(s.hit == c.hit and s.doc == c.doc and s is not c for s in plan.claims):
            return False
    return True


#: Two plans with the same start and end that share at least this share of the longer one's
#: stops, in the same order, are one journey (_fold_copies); never fewer than _FOLD_LEAST.
_FOLD_SHARE = 0.6
_FOLD_LEAST = 3


def _fold_copies(plans: list[RoutePlan]) -> list[RoutePlan]:
    """The plans with near-copies of one journey folded into one: two plans of the same kind
    (a return or not), one of whose documents are all the other's, from the same start to the
    same end, sharing most of their stops in the same order (_FOLD_SHARE) but each passing a
    stop of its own ("fled A to B, then through C to D. They sailed to E, were taken to F and
    later to G": one guess through D, one through F); a start may be the country of the other's
    ("Xian families ... fled A": one way from A). The longer (else the one from the narrower
    start, else the better supported, else the first planned) keeps its legs and takes the
    other's own stops, its claims and names (_folded). Plans from other starts or to other ends
    are other people's ways and stay."""
    groups: dict[tuple, list[int]] = defaultdict(list)
    for i, p in enumerate(plans):
        if len(p.stops) >= _FOLD_LEAST:
            groups[(p.stops[-1].id, p.stages[-1] == "returned")].append(i)
    out = dict(enumerate(plans))
    docs: dict[int, frozenset[str]] = {}    # (read once: a corpus's plan has thousands of claims)
    for members in groups.values():
        # (the longest first: it takes in the others)
        for i in sorted(members, key=lambda i: (-len(plans[i].stops), -_RANK[plans[i].stops[0].kind],
                                                -len(plans[i].claims), i)):
            if i not in out:
                continue
            for j in members:
                if j != i and j in out and _near_copy(out[i], out[j]) and _docs(j, out, docs) <= _docs(i, out, docs):
                    out[i] = _folded(out[i], out.pop(j))
    return [out[i] for i in sorted(out)]


def _docs(i: int, plans: Mapping[int, RoutePlan], memo: dict[int, frozenset[str]]) -> frozenset[str]:
    """The documents of plan i's claims, kept in `memo` (a fold only adds claims of a plan whose
    documents are all its own)."""
    if i not in memo:
        memo[i] = frozenset(c.doc for c in plans[i].claims)
    return memo[i]


def _near_copy(kept: RoutePlan, other: RoutePlan) -> bool:
    """Whether `other` may be a near-copy of `kept`: no longer, from the same start or from that
    start's country, and sharing most of the longer plan's stops (_FOLD_SHARE) in the same order
    (a start of its country's counts as shared). One with stops of its own that also goes the
    other way between two stops both pass is another group's way ("people from A fly to B and on
    to C; those from D fly to C, then to B") and stays. (_fold_copies checks their documents.)"""
    start, theirs = kept.stops[0], other.stops[0]
    if len(other.stops) > len(kept.stops) or not (start.id == theirs.id or theirs.holds(start)):
        return False
    ids, other_ids = [s.id for s in kept.stops[1:]], [s.id for s in other.stops[1:]]
    shared = _shared_in_order(ids, other_ids)
    both = [x for x in other_ids if x in ids]
    if len(both) > len(shared) and len(both) < len(other_ids):
        return False
    return len(shared) + 1 >= max(_FOLD_LEAST, _FOLD_SHARE * len(kept.stops))


def _shared_in_order(a: Sequence[str], b: Sequence[str]) -> list[str]:
    """The most items a and b share in the same order (not always next to each other)."""
    best = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) - 1, -1, -1):
        for j in range(len(b) - 1, -1, -1):
            best[i][j] = best[i + 1][j + 1] + 1 if a[i] == b[j] else max(best[i + 1][j], best[i][j + 1])
    out, i, j = [], 0, 0
    while i < len(a) and j < len(b):
        if a[i] == b[j]:
            out.append(a[i])
            i, j = i + 1, j + 1
        elif best[i + 1][j] >= best[i][j + 1]:
            i += 1
        else:
            j += 1
    return out


def _folded(kept: RoutePlan, other: RoutePlan) -> RoutePlan:
    """The kept plan with the other's own stops (those it lacks) put after its own between the
    two shared stops the other passes them between, its legs where either plan has one (else a
    new leg whose mode the places say), the other's claims after its own, and the other's seas,
    origins, destinations and stops' other names (a start from the country of the kept one's is
    that start, which takes the country's name)."""
    ids = [s.id for s in kept.stops]
    other_ids = [ids[0], *(s.id for s in other.stops[1:])]
    shared = _shared_in_order(ids, other_ids)
    at = {x: k for k, x in enumerate(other_ids)}
    mine, theirs = _stop_names(kept), _stop_names(other)
    theirs[0] = _union(theirs[0], () if other.stops[0].id == ids[0] else (other.stops[0].name,))
    stops: list[tuple[PlaceRef, str, tuple[str, ...]]] = []
    for k, s in enumerate(kept.stops):
        n = shared.index(s.id) if s.id in shared else -1
        if n > 0:   # (the other's own stops before this shared one, after the kept plan's own)
            stops.extend((other.stops[m], other.stages[m], theirs[m]) for m in range(at[shared[n - 1]] + 1, at[s.id])
                         if other_ids[m] not in ids)
        stops.append((s, kept.stages[k], _union(mine[k], theirs[at[s.id]]) if s.id in at else mine[k]))
    path = [s for s, _, _ in stops]
    legs_by = {(leg.start.id, leg.end.id): leg for leg in (*other.legs, *kept.legs)}
    legs = tuple(legs_by.get((a.id, b.id)) or Leg(a, b, _stated_mode(a, b, (), None))
                 for a, b in zip(path, path[1:], strict=False))
    seen = {id(c) for c in kept.claims}
    aliases = tuple(a for _, _, a in stops)
    return replace(kept, stops=tuple(path), stages=tuple(st for _, st, _ in stops), legs=legs,
                   seas=_union(kept.seas, other.seas), origins=_union(kept.origins, other.origins),
                   destinations=_union(kept.destinations, other.destinations),
                   claims=(*kept.claims, *(c for c in other.claims if id(c) not in seen)),
                   aliases=aliases if any(aliases) else ())


def _stop_names(plan: RoutePlan) -> list[tuple[str, ...]]:
    """Each stop's other names (none where the plan keeps none)."""
    return list(plan.aliases) or [()] * len(plan.stops)


def _union(a: Sequence[str], b: Sequence[str]) -> tuple[str, ...]:
    """a's items, then b's not among them."""
    return tuple(dict.fromkeys((*a, *b)))


def _to_the_part(plans: list[RoutePlan]) -> list[RoutePlan]:
    """The plans without one that goes the way another goes but ends at an island or a province
    the other's end lies in (_holds_end): one arrival told twice, at two scales ("reached
    El Hierro, landing at La Restinga"). The plan to the town, the more precise, stays and takes
    the area's name as its end's other name. (A way on from the area to the town, or ends of
    other countries, stay: other legs.)"""
    gone: set[int] = set()
    out = list(plans)
    for i, wide in enumerate(plans):
        for j, narrow in enumerate(plans):
            if i == j or j in gone or not _same_way_but_end(wide, narrow) or not _holds_end(wide.stops[-1], narrow.stops[-1]):
                continue
            gone.add(i)
            aliases = _stop_names(out[j])
            aliases[-1] = _union(aliases[-1], (wide.stops[-1].name, *_stop_names(wide)[-1]))
            out[j] = replace(out[j], aliases=tuple(aliases))
            break
    return [p for k, p in enumerate(out) if k not in gone]


def _same_way_but_end(a: RoutePlan, b: RoutePlan) -> bool:
    """Whether two plans of one kind (a return or not) pass the same stops to different ends."""
    return (len(a.stops) == len(b.stops) and a.stops[-1].id != b.stops[-1].id
            and (a.stages[-1] == "returned") == (b.stages[-1] == "returned")
            and all(x.id == y.id for x, y in zip(a.stops[:-1], b.stops[:-1], strict=True)))


def _holds_end(area: PlaceRef, place: PlaceRef) -> bool:
    """Whether a town lies on an island (one landmass, by the land's outlines) or in a province
    (the gazetteer's division codes, _area_of) the text names as an end too."""
    if _RANK[place.kind] != 3 or place.kind == "island":
        return False
    if area.kind == "island":
        return bool(geometry.on_island(area.lat, area.lon)) and bool(
            geometry.same_land((area.lat, area.lon), (place.lat, place.lon)))
    return _area_of(area, place)


def _end_at_town(route: RoutePlan) -> RoutePlan:
    """The plan without a last stop but one that is an end too and an island its last stop lies
    on (_holds_end): one landing told at two scales ("arrived on El Hierro; the boat was towed
    into La Restinga"); the town ends the route and takes the island's name as its other name.
    (A route of two stops stays: a way from the island to its town; so does an island passed on
    the way, a stop of its own, and a province: "fled to X province, then on to its capital"
    may be a move of its own.)"""
    if (len(route.stops) < 3 or route.stages[-2] != "destination" or route.stops[-2].kind != "island"
            or not _holds_end(route.stops[-2], route.stops[-1])):
        return route
    return _without_stop(route, len(route.stops) - 2, len(route.stops) - 1)
