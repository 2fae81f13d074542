"""Ordering a corridor's stops and choosing its ends: which launch, destination and origin the
text links (_combinations, _Nearness), the order of the stops before an end (the shortest
way, except where the text states a leg: _as_stated; a place passed beyond the end after
it: _past_the_end; one told only after the end was reached: _gone_on_after; another
departure's own way: _others_way), which leg crosses the sea, and the places people are moved
on to after a landing (_moved_on). corridors plans with them.
"""

from __future__ import annotations

import bisect
import functools
import math
import re
from collections import defaultdict
from collections.abc import Callable, Collection, Mapping, Sequence

from geomig.gazetteer.geo import haversine_km
from geomig.picture import geometry
from geomig.picture.claims import Claim, PlaceRef
from geomig.picture.routes.model import _DETOUR, _RANK, _in_travel_order, _km, _lies_in
from geomig.picture.routes.words import (
    _CAME_BEFORE, _GONE_ON, _NOT_IN_TURN, _TOLD_BACK, _TOLD_BEFORE, _arrivals, _between, _reached_in_turn)


#: How many sentences after a landing the text may still go on from it.
_ONWARD_SENTENCES = 3
#: ... and still say people were moved on from it to a place in its country (a report tells
#: the arrival, who came and how, and only then the transfer).
_TAKEN_ON_SENTENCES = 10
#: Right before a place hoped for: a way on from where people are ("hope to move on to Y",
#: "want to travel onward to Y"); such a hope goes on from the landing as many sentences after
#: it as a transfer does (_TAKEN_ON_SENTENCES).
_ON_TO = re.compile(r"\b(?:on|onwards?|further|farther)\s+(?:to|towards?)\s+(?:the\s+)?$", re.IGNORECASE)


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
    hope to go, told after their landing ("... crossed to X. Some hope to go on to Y"; as many
    sentences after it as a transfer when the words say "on to": _ON_TO), and an end
    the sentence of a stop moved on to has them reach after it ("Some later travelled to Y and
    crossed to Z"); a landing told again as its province is as near as that telling. Only
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
        # sentence -> the places it has people set out from (a sentence naming its own start,
        # "rescued 30 who had set off from Y and took them to Z", moves no one on from a landing;
        # a home, "a vendor from Y who arrived in Z", is no start of the way)
        departs: dict[int, list[Claim]] = defaultdict(list)
        for c in doc_claims:
            if c.role == "launch_point":
                departs[c.sentence].append(c)
        # the last landing so far at each place and in each country: looked up, not searched
        # (a long text names thousands of landings)
        at_place: dict[str, Claim] = {}
        in_country: dict[str, Claim] = {}
        last: Claim | None = None           # the last landing, for "From there"
        # A landing's latest sentence, where its region told it again ("came
        # ashore at X. ... most landing in [X's province]. Some later travelled to Y"): the
        # way on is read from there
        told_again: dict[int, int] = {}
        # sentence -> the landing an onward stop of it goes on from ("Some later travelled to Y
        # and crossed to Z": Z, after Y, is on from there too)
        went_from: dict[int, tuple[Claim, int]] = {}
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
                    if _ON_TO.search(c.source.quote, 0, max(0, c.at - c.source.start)):
                        # (a hope told as going "on" from where they are, "hope to move on to
                        # Y", is on from the landing though the report told who came and how
                        # first)
                        reach = _TAKEN_ON_SENTENCES
                if (landing is None and c.role == "destination" and not c.intended and c.sentence in went_from
                        and went_from[c.sentence][1] < c.at):
                    landing = went_from[c.sentence][0]
                if (landing is not None and c.role == "destination" and taken is not None
                        and c.place.country == landing.place.country and taken.search(c.words)):
                    reach = _TAKEN_ON_SENTENCES     # a transfer within the landing's country
                if (landing is not None and c.sentence - told_again.get(id(landing), landing.sentence) <= reach
                        and landing.place.id != c.place.id and not landing.place.holds(c.place)
                        and not c.place.holds(landing.place) and not _own_start(c, landing, departs)):
                    out[landing.place.id].append(c)
                    if c.onward:
                        went_from.setdefault(c.sentence, (landing, c.at))
            if c.role == "destination" and not c.intended and _RANK[c.place.kind] > 0:
                # (the landing told again as its country's, province's or region's, "came into
                # the port of X. ... arrived in [X's province]", is still the landing at X: people
                # moved on from there are moved on from X)
                before = in_country.get(c.place.country) if c.place.country else None
                if before is not None and _RANK[c.place.kind] < _RANK[before.place.kind] and (
                        c.place.holds(before.place) or _lies_in(before.place, c.place)):
                    at_place[c.place.id] = before
                    told_again[id(before)] = c.sentence
                    continue
                at_place[c.place.id] = last = c
                if c.place.country:
                    in_country[c.place.country] = c
    return out


#: The most destinations of one group a route is planned to (_combinations).
_MOST_DESTINATIONS = 4


def _home_again(origin: PlaceRef | None, launch: PlaceRef | None, dest: PlaceRef) -> bool:
    """Whether a journey from its origin, set out by sea from another country, would end back
    in the origin's own country ("a man from X in A ... the dinghy left Y in B ... flown from
    Z to W in A"): W is where he was sent home, a leg of its own, no end of the voyage (a sea
    leg from Y to W would draw a crossing nobody made); the voyage ends where it landed
    (_landing_abroad)."""
    return (origin is not None and launch is not None and dest.country is not None
            and origin.country == dest.country and launch.country != dest.country)


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


def _first_told(claims: Sequence[Claim], *, last: bool = False) -> dict[str, dict[str, int]]:
    """Per place id, per document, the first sentence naming it as a stop (the last with `last`)."""
    out: dict[str, dict[str, int]] = defaultdict(dict)
    for c in claims:
        if c.stop and not c.negated:
            seen = out[c.place.id].get(c.doc)
            if seen is None or (c.sentence > seen if last else c.sentence < seen):
                out[c.place.id][c.doc] = c.sentence
    return out


def _told_before(place: PlaceRef, others: Sequence[PlaceRef], told: Mapping[str, Mapping[str, int]]) -> bool:
    """Whether a document names `place` a sentence before any of `others` (each of which it names):
    a journey told in the order it went."""
    mine = told.get(place.id, {})
    return bool(others) and any(
        all(doc in told.get(p.id, {}) and told[p.id][doc] > at for p in others) for doc, at in mine.items())


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


def _going_on(pairs: list[tuple[PlaceRef, str]], dest: PlaceRef, moved_on: Mapping[str, list[Claim]],
              claims: Sequence[Claim] = ()) -> list[tuple[PlaceRef, str]]:
    """The stops of a route to a landing, going on past it to the places the text moves
    people on to (and on from those): the last destination the text names ends the route,
    the others lie between in the order of the shortest way. A stop passed on that way goes
    with them: one each claim of which comes in a sentence moving people on, after the first
    place moved on to, and lies nearer the new end than the landing ("others take buses on to
    X and then to Y, where they cross the Z bridge": the bridge at Y is no stop before the
    landing)."""
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
    passed_on = _passed_on([p for p, s in pairs if s == "transit" and p.id not in seen], later, claims, dest, end)
    seen |= {p.id for p in passed_on}
    between += passed_on
    kept = [(p, s) for p, s in pairs if p.id not in seen or p.id == dest.id]
    return kept + [(p, "transit") for p in _in_travel_order(dest, between, end)] + [(end, "destination")]


def _passed_on(stops: Sequence[PlaceRef], later: Sequence[Claim], claims: Sequence[Claim],
               dest: PlaceRef, end: PlaceRef) -> list[PlaceRef]:
    """The stops (_going_on) passed on the way on from a landing: every claim of each comes
    after the first place moved on to in a sentence moving people on, and it lies nearer the
    new end than the landing."""
    ids = {p.id for p in stops if _km(end, p) < _km(dest, p)}
    if not ids:
        return []
    first_on: dict[tuple[str, int], int] = {}     # (document, sentence) -> the first move on's offset
    for c in later:
        key = (c.doc, c.sentence)
        first_on[key] = min(first_on.get(key, c.at), c.at)
    said: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        if c.place.id in ids and c.stop and not c.negated:
            said[c.place.id].append(c)
    return [p for p in stops if said.get(p.id)
            and all(c.at > first_on.get((c.doc, c.sentence), c.at) for c in said[p.id])]


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


def _or_pairs(claims: Sequence[Claim], or_between: re.Pattern | None) -> dict[str, set[str]]:
    """Stops one sentence names as alternatives of one step ("landed on the coast of A or B"),
    `or_between` (the cue data's [route_modes] alternative) alone between them: each place's
    ids of the places it is named as an alternative of."""
    if or_between is None:
        return {}
    by_sentence: dict[tuple[str, int], list[Claim]] = defaultdict(list)
    for c in claims:
        if c.at >= 0 and c.stop and not c.negated and c.role in ("transit", "destination"):
            by_sentence[(c.doc, c.sentence)].append(c)
    out: dict[str, set[str]] = defaultdict(set)
    for said in by_sentence.values():
        said.sort(key=lambda c: c.at)
        for a, b in zip(said, said[1:], strict=False):
            if a.place.id != b.place.id and or_between.fullmatch(_between(a, b)):
                out[a.place.id].add(b.place.id)
                out[b.place.id].add(a.place.id)
    return out


def _alternatives_together(pairs: list[tuple[PlaceRef, str]], claims: Sequence[Claim],
                           or_between: re.Pattern | None) -> list[tuple[PlaceRef, str]]:
    """The stops with two alternatives of one step ("landed at A or B, then were held near C")
    next to each other, where the shortest way put a stop between them that their sentence does
    not name: both come before that next stop (the later moved back beside the first)."""
    alts = _or_pairs(claims, or_between)
    if not alts:
        return pairs
    out = list(pairs)
    for i in range(len(out)):
        a = out[i][0]
        later = [j for j in range(i + 2, len(out) - 1) if out[j][0].id in alts.get(a.id, ())
                 and out[j][1] == "transit" and out[i][1] == "transit"]
        if not later:
            continue
        j = later[0]
        sentences = {(c.doc, c.sentence) for c in claims if c.place.id == a.id and c.at >= 0}
        between = {p.id for p, _ in out[i + 1:j]}
        if any((c.doc, c.sentence) in sentences for c in claims if c.place.id in between):
            continue    # (a stop the alternatives' own sentence names between them stays)
        out.insert(i + 1, out.pop(j))
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


def _past_the_end(pairs: list[tuple[PlaceRef, str]], claims: Sequence[Claim],
                  told: Mapping[str, Mapping[str, int]]) -> list[tuple[PlaceRef, str]]:
    """The stops of a route with each place passed that the text names only after its end, and
    that lies past the end on the way from the start, moved after the end ("walk north through
    X towards Y. Guards fire on people who try to cross near Z": Z, beyond Y, is passed after
    it, not on the way to it), a few sentences after the end's last naming at most, in none
    that tells a way gone before ("Earlier they had crossed ..."). The shortest way alone puts
    every stop before the end."""
    start, end = pairs[0][0], pairs[-1][0]
    # (towns only: a country's or a region's middle says little of what lies past it)
    if len(pairs) < 3 or _RANK[end.kind] < 3:
        return pairs

    @functools.cache
    def namings() -> tuple[dict[str, dict[str, int]], set[str]]:
        # The end's last namings and the places told of a way gone before: read only for a
        # stop that lies past the end (most routes have none; a regex over every claim's quote).
        return _first_told(claims, last=True), {c.place.id for c in claims if _TOLD_BEFORE.search(c.source.quote)}

    def past(p: PlaceRef) -> bool:
        # (beyond the end: farther from the start, nearer the end than the start, and little
        # of a detour through the end; a place on the far side of the start is a way told
        # backwards, "landed in X. They had flown from Y")
        return (_RANK[p.kind] == 3 and _km(start, p) > _km(start, end) and _km(end, p) < _km(start, p)
                and _km(start, end) + _km(end, p) <= _DETOUR * _km(start, p)
                and not p.holds(end) and not end.holds(p) and told_soon_after(p))

    def told_soon_after(p: PlaceRef) -> bool:
        # (a few sentences after the end's last naming, as a way gone on from a landing:
        # _ONWARD_SENTENCES; not after a naming as a start: "left X. Others were driven to Z.
        # ... travelled from W to X")
        ended, before = namings()
        return p.id not in before and any(0 < at - ended.get(end.id, {}).get(doc, at) <= _ONWARD_SENTENCES
                                          for doc, at in told.get(p.id, {}).items())

    later = [(p, s) for p, s in pairs[1:-1] if s == "transit" and past(p)]
    if not later:
        return pairs
    kept = [x for x in pairs if all(x[0] is not p for p, _ in later)]
    return kept + sorted(later, key=lambda x: _km(end, x[0]))


def _gone_on_after(pairs: list[tuple[PlaceRef, str]], claims: Sequence[Claim],
                   hoped: Collection[str] = frozenset()) -> list[tuple[PlaceRef, str]]:
    """The stops of a route with each place passed that the text names only in sentences after
    the end was reached (a few at most: _ONWARD_SENTENCES), moved after the end in the order
    told ("reached X by boat. From there they took a bus through Y": Y, passed after X, is no
    stop on the way to it). The shortest way alone puts every stop before the end. Only a
    place farther from the start than the end moves: news tells the arrival first and the way
    to it after ("Dozens reached X this week. They had walked from A through Y"), and such a Y
    lies before X. A place told of a way gone before ("Earlier they had crossed Y") or of a way
    back ("crossed back from Y"), one only hoped for (`hoped`, _only_hoped), one another
    document names first, and a place in the end (or holding it: it says where the end lies)
    stay before it."""
    if len(pairs) < 3:
        return pairs
    start, end = pairs[0][0], pairs[-1][0]
    reached: dict[str, int] = {}
    reached_at: dict[str, int] = {}
    for c in claims:
        if (c.place.id == end.id and c.role == "destination" and not (c.negated or c.intended)
                and c.at >= 0 and c.sentence < reached.get(c.doc, c.sentence + 1)):
            reached[c.doc], reached_at[c.doc] = c.sentence, c.at
    if not reached:
        return pairs
    # (an end that is the province or region of another place reached, "landed in X ... most
    # landed in Sicily this year", is the landing told again: no way goes on from it)
    if end.kind in ("admin", "region") and any(
            c.role == "destination" and not c.negated and c.place.id != end.id and _lies_in(c.place, end)
            for c in claims):
        return pairs
    by_place: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        if c.stop and not c.negated and c.at >= 0:
            by_place[c.place.id].append(c)

    def told_after(p: PlaceRef) -> tuple[int, int] | None:
        # (every naming of p in a document that tells the end reached, and none before that)
        told = by_place.get(p.id, ())
        # (the first naming a few sentences after the end was reached, none before it: a place
        # named again further on, "... has an office in Y", is still told after the landing)
        if not told or any(c.doc not in reached or c.sentence < reached[c.doc]
                           or (c.sentence == reached[c.doc] and not _gone_on_in_sentence(c, reached, reached_at))
                           or _TOLD_BEFORE.search(c.source.quote, 0, max(0, c.at - c.source.start))
                           or _TOLD_BACK.search(c.source.quote, 0, max(0, c.at - c.source.start))
                           for c in told):
            return None
        # (each document's first naming: its own sentences count from its own landing)
        firsts = [min((c for c in told if c.doc == d), key=lambda c: (c.sentence, c.at)) for d in {c.doc for c in told}]
        if not all(c.sentence - reached[c.doc] <= _ONWARD_SENTENCES or _gone_on_in_sentence(c, reached, reached_at)
                   for c in firsts):
            return None
        return min((c.sentence, c.at) for c in told)

    def beyond(p: PlaceRef) -> bool:
        return p.id not in hoped and not (end.holds(p) or p.holds(end)) and _km(start, p) > _km(start, end)

    told = {id(p): at for p, s in pairs[1:-1] if s != "origin" and (at := told_after(p)) is not None}
    later = {i: told[i] for p, s in pairs[1:-1] if s == "transit" and (i := id(p)) in told and beyond(p)}
    # (a stop kept before the end but told only after it was reached: a way told backwards,
    # "reached X. They had flown to A, then ...": the text's order says nothing of the rest)
    if not later or len(told) > len(later):
        return pairs
    kept = [x for x in pairs if id(x[0]) not in later]
    moved = sorted((x for x in pairs if id(x[0]) in later), key=lambda x: later[id(x[0])])
    return [*kept[:-1], (end, "transit"), *[(p, "transit") for p, _ in moved[:-1]], (moved[-1][0], "destination")]


def _gone_on_in_sentence(c: Claim, reached: Mapping[str, int], reached_at: Mapping[str, int]) -> bool:
    """Whether claim ``c`` names its place after the end reached in the end's own sentence, with
    words between that take people on from the end (_GONE_ON: "Those who land at X head north
    through Y"), none that tell a way to it (_CAME_BEFORE: "reached X after crossing Y")."""
    if c.sentence != reached[c.doc] or c.at <= reached_at[c.doc]:
        return False
    between = c.source.quote[max(0, reached_at[c.doc] - c.source.start):max(0, c.at - c.source.start)]
    return _GONE_ON.search(between) is not None and _CAME_BEFORE.search(between) is None


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


def _passed_from(claims: Sequence[Claim]) -> dict[str, set[str]]:
    """Per launch point id, the places its sentence then has people pass, before it names any
    other departure or end ("walked for days from X through Y"): that departure's own way on."""
    by_sentence: dict[tuple[str, int], list[Claim]] = defaultdict(list)
    for c in claims:
        if c.at >= 0 and not c.negated and c.role in ("launch_point", "transit", "destination"):
            by_sentence[(c.doc, c.sentence)].append(c)
    out: dict[str, set[str]] = defaultdict(set)
    for group in by_sentence.values():
        group.sort(key=lambda c: c.at)
        for i, a in enumerate(group):
            if a.role != "launch_point":
                continue
            for b in group[i + 1:]:
                if b.role != "transit" or b.onward:
                    break
                out[a.place.id].add(b.place.id)
    return out


def _others_way(launch: PlaceRef | None, place: PlaceRef, launches: Sequence[PlaceRef],
                passed: Mapping[str, set[str]]) -> bool:
    """Whether a place passed is on another departure's way, not this one's: its sentence has
    people pass it right after setting out from another launch point of the same country
    (_passed_from) ("boats took
    families from X to Z, while others walked from W through Y": Y is no stop from X)."""
    if launch is None or place.id in passed.get(launch.id, ()):
        return False
    return any(o.id != launch.id and o.country == launch.country and place.id in passed.get(o.id, ())
               for o in launches)


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


#: A stop this near a destination country's border is at its door.
_DOOR_KM = 150.0


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


def _own_start(c: Claim, landing: Claim, departs: Mapping[int, Sequence[Claim]]) -> bool:
    """Whether a place reached is told with a start of its own, other than the landing: its
    sentence names where people set out from before it ("coastguards rescued 30 who had set off
    from Y and took them to Z": from Y, not on from an earlier landing)."""
    return any(d.at < c.at and d.place.id != landing.place.id and not d.place.holds(landing.place)
               and not landing.place.holds(d.place) for d in departs.get(c.sentence, ()))


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


def _left_before_boat(launches: Sequence[PlaceRef], claims: Sequence[Claim],
                      by_boat: Callable[[Claim], bool] | None) -> list[PlaceRef]:
    """The launch points every claim of which has people leave with no boat ("they had left
    X in May, hoping to reach Z") where a document naming one of them has a boat set off from
    another launch point of that country ("their boat set off from a beach near Y"): the town or
    camp the journey started from, a stop on the way to the coast, not a second departure of its
    own (a route from each would draw one boat's voyage twice). So is a town of the people's own
    country (the one nationality the document names them by: "50 Afghans ... had left Herat") left
    before a boat set off from another country: home, then the coast, one voyage. Not one whose sentence
    names a place people reached or passed ("others had left X by bus for W", "walked from X
    through V"): a way of its own."""
    if by_boat is None:
        return []
    boats: dict[str, list[PlaceRef]] = defaultdict(list)    # document -> places a boat set off from
    by_land: dict[str, set[str]] = defaultdict(set)         # place id -> documents leaving it by land
    afloat: set[str] = set()                                # place ids some claim leaves by boat or by a way of its own
    gone: dict[tuple[str, int], list[PlaceRef]] = defaultdict(list)   # sentence -> places reached or passed
    homes: dict[str, set[str]] = defaultdict(set)           # document -> the people's nationalities
    for c in claims:
        if c.role in ("destination", "transit") and c.stop and not (c.negated or c.intended):
            gone[(c.doc, c.sentence)].append(c.place)
        if c.role == "origin" and c.place.kind == "country" and not (c.negated or c.stop):
            # (a country the people are named by, "50 Afghans", not one some left or a person is from)
            homes[c.doc].add(c.place.country)
    for c in claims:
        if c.role != "launch_point" or c.negated or not c.stop:
            continue
        boat = by_boat(c)
        if boat:
            boats[c.doc].append(c.place)
        if boat or any(g.id != c.place.id and not (g.holds(c.place) or c.place.holds(g))
                             for g in gone.get((c.doc, c.sentence), ())):
            afloat.add(c.place.id)
        else:
            by_land[c.place.id].add(c.doc)
    return [p for p in launches if p.id not in afloat and p.country and any(
        (b.country == p.country or (b.country and homes[doc] == {p.country})) and not (b.holds(p) or p.holds(b))
        for doc in by_land.get(p.id, ()) for b in boats.get(doc, ()))]


def _reached_before_boat(destinations: Sequence[PlaceRef], launches: Sequence[PlaceRef],
                         claims: Sequence[Claim], by_boat: Callable[[Claim], bool] | None) -> list[PlaceRef]:
    """The destinations people reached over land, told before a boat set off from another
    place of the same country in that document ("drivers took them across the desert to X ...
    the boat set off from a beach near Y"): a stop on the way to the coast, not the journey's
    end (a route to X drawn after Y would run back inland). Not one some claim reaches by
    boat or only hopes for, nor one holding or held by the place the boat left."""
    if by_boat is None:
        return []
    launched = {p.id for p in launches}
    boats: dict[str, list[Claim]] = defaultdict(list)       # document -> boat departures
    for c in claims:
        if c.role == "launch_point" and c.stop and not c.negated and c.place.id in launched and by_boat(c):
            boats[c.doc].append(c)
    if not boats:
        return []
    reached: dict[str, list[Claim]] = defaultdict(list)     # place id -> its destination claims
    for c in claims:
        if c.role == "destination" and not c.negated:
            reached[c.place.id].append(c)

    def before_a_boat(c: Claim, p: PlaceRef) -> bool:
        return any(b.place.country == p.country and b.sentence > c.sentence
                   and not (b.place.holds(p) or p.holds(b.place)) for b in boats.get(c.doc, ()))

    return [p for p in destinations if p.country and p.id not in launched and reached[p.id] and all(
        not (c.intended or by_boat(c)) and before_a_boat(c, p) for c in reached[p.id])]
