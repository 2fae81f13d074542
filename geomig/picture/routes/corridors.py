"""A corridor's routes planned from its role claims (_plans): launch points, destinations,
transit places and origins of the documents departing from one country, each route's stops
in travel order (ordering). planning merges them with the chains and stated movements.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from geomig.picture.claims import Claim, PlaceRef
from geomig.picture.routes.chains import _MOST_LISTED, _listed_from
from geomig.picture.routes.groups import _crowd
from geomig.picture.routes.hoped import _alternatives, _not_wanted, _only_hoped, _wanted_only
from geomig.picture.routes.model import (
    _RANK,
    Leg,
    RoutePlan,
    _in_travel_order,
    _km,
    _lies_in,
    _most_specific,
    _places,
)
from geomig.picture.routes.ordering import (
    _MOST_DESTINATIONS,
    _alternatives_together,
    _as_stated,
    _combinations,
    _entered_at,
    _first_told,
    _going_on,
    _gone_on_after,
    _holds_stop,
    _home_again,
    _landing_abroad,
    _leads,
    _left_before_boat,
    _led_to,
    _moved_on,
    _on_the_way,
    _others_way,
    _passed_from,
    _passed_later,
    _past_the_end,
    _placed_elsewhere,
    _reached_before_boat,
    _sea_leg_at,
    _set_out,
    _stated_pairs,
    _told_before,
    _turn_pairs,
    _turned_back,
)
from geomig.picture.routes.stated import _country_names, _landing_named, _located, _merged


def _plans(claims: Sequence[Claim], by_boat: Callable[[Claim], bool] | None = None,
           resumes: re.Pattern | None = None, start: PlaceRef | None = None,
           onward: re.Pattern | None = None, taken: re.Pattern | None = None,
           apart: re.Pattern | None = None, same: re.Pattern | None = None,
           placed: re.Pattern | None = None, heading: re.Pattern | None = None,
           alternative: re.Pattern | None = None, again: re.Pattern | None = None,
           homes: frozenset[int] = frozenset(), wished: re.Pattern | None = None,
           ahead: re.Pattern | None = None) -> list[RoutePlan]:
    # Places listed as where people came from ("flown to X from A, B or C") are each the
    # start of a journey, not a chain of stops through all three: planned once per place,
    # without the others (a few at most; the rest of a longer list is no stop of any), from
    # that place (no nationality of the text's before it but its own country's). Another
    # listed place is no origin of that journey either ("by bus from A, B or C to D ... she
    # left A": A starts a journey of its own, never one through B).
    listed = [] if start else _listed_from(claims)
    if listed:
        plans = []
        for keep in listed[:_MOST_LISTED]:
            others = {c.place.id for c in listed} - {keep.place.id}
            plans += _plans([c for c in claims if not (c.role in ("transit", "origin") and c.place.id in others)],
                            by_boat, resumes, start=keep.place, onward=onward, taken=taken, apart=apart, same=same,
                            placed=placed, heading=heading, alternative=alternative, again=again, homes=homes,
                            wished=wished, ahead=ahead)
        return _not_within(plans)
    # (a place only wanted, where the text tells others reached, ends no route, nor is it gone
    # on to from a landing: _wanted_only)
    wanted = _wanted_only(claims, wished, ahead)
    moved_on = _not_wanted(_moved_on(_landing_named(claims), resumes, taken, apart, same), wanted)
    led = _leads(claims)
    located, located_from = _located(claims), _located(claims, "origin")
    launches = [p for p in _places(claims, "launch_point") if p.id not in located]
    # (a town left by land before a boat set off from that country's coast is a stop on the way
    # there, no second departure: _left_before_boat)
    left_first = _left_before_boat(launches, claims, by_boat)
    launches = [p for p in launches if p not in left_first]
    country_of = _country_names(claims, _merged(located, located_from))
    destinations = _most_specific(_places(claims, "destination"))
    # (so is a place reached over land before a boat set off from that country's coast:
    # _reached_before_boat; it stays an end when the text names no other)
    reached_first = _reached_before_boat(destinations, launches, claims, by_boat)
    if len(reached_first) < len(destinations):
        destinations = [p for p in destinations if p not in reached_first]
    else:
        reached_first = []
    used = {p.id for p in launches} | {p.id for p in destinations}
    # (a second end of one hope goes with the first: "hoping to reach X or Y" is one way; it
    # still counts among the few destinations a route is planned to, _combinations)
    alternatives = _alternatives(claims, heading, alternative)
    destinations = [p for p in destinations[:_MOST_DESTINATIONS] if p.id not in alternatives]
    hoped_for = [p for p in destinations if p.id in wanted]
    destinations = [p for p in destinations if p.id not in wanted]
    # (nor a way still ahead, told only by a passing cue's words: "hoping to reach Y through Z"
    # passes no Z yet; "wants to get to X and from there to Y" still goes on from X)
    passed_ahead = {i for i in wanted if all(c.cue.startswith("transit.") for c in claims if c.place.id == i and c.stop)}
    transits = [p for p in _places(claims, "transit") if p.id not in used and p.id not in passed_ahead and _RANK[p.kind] > 0]
    transits += [p for p in [*left_first, *reached_first] if p.id not in {t.id for t in transits}]
    if hoped_for and not destinations and transits:
        # every end named only wished for ("reached X by boat from Z. He hopes eventually to
        # reach Y"): the journey ends at the place passed nearest the end hoped for, as far as
        # people got (the text names places in no order of the way: "reached X from Z"); of
        # several ends wished for ("hopes to reach Germany or Sweden") the first named guides,
        # as they mostly lie the same way from the places passed
        last = min(transits, key=lambda p: _km(p, hoped_for[0]))
        destinations, transits = [last], [p for p in transits if p is not last]
    # A place may be where some come from and where others go ("Ethiopians leave for Yemen;
    # Yemenis flee to Djibouti"): an origin is dropped only when it is a launch point.
    launch_ids = {q.id for q in [*launches, *left_first]}
    origins = [p for p in _places(claims, "origin") if p.id not in launch_ids and _RANK[p.kind] > 0
               and p.id not in located_from and (start is None or p.country == start.country)]
    crowd = _crowd(claims, again)
    # (one person's home told after the journey, _home_told_last: no start of the group's way)
    home = {p.id for p in origins} - {c.place.id for c in claims if c.role == "origin" and id(c) not in homes}
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
    passed = _passed_from(claims)
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
        # (nor is a place another departure's own words pass: _others_way)
        on_way = [p for p in _on_the_way(origin or launch, transits, dest, destinations)
                  if (dest.id, p.id) not in later and not _others_way(launch, p, launches, passed)]
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
            # (nor a place the departure's own words pass after it: "walked from X through Y")
            before = [p for p in on_way if p.id not in hoped and p.id not in passed.get(launch.id, ())
                      and (p.country == launch.country
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
        pairs = ([(origin, "origin")] if origin and not (from_town and origin.id in crowd) and origin.id not in home
                 else []) + middle + [(dest, "destination")]
        pairs = [(p, s) for p, s in pairs if s == "destination" or p.id != dest.id]
        pairs = _as_stated(_alternatives_together(pairs, claims, alternative), stated)
        if dest.id in moved_on:
            pairs = _going_on(pairs, dest, moved_on, claims)
        else:
            pairs = _gone_on_after(_past_the_end(pairs, claims, told), claims, hoped)
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
