"""Legs the text states one after another ("from A to B. From B ... to C"), chained into
journeys in the stated order (_chains), and the order a text tells places in (flashbacks,
places reached in turn). reading keeps each document's chains; planning prefers them to a
corridor's guessed order.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Collection, Mapping, Sequence

from geomig.picture import geometry
from geomig.picture.claims import Claim, PlaceRef
from geomig.picture.routes.model import _RANK, Leg, RoutePlan, _in_travel_order, _passed, _told_stops
from geomig.picture.routes.words import (
    _CAME_BEFORE,
    _NOT_IN_TURN,
    _TURN_CHARS,
    _arrivals,
    _between,
    _crossed_from,
    _last_comma,
    _reached_in_turn,
    _same_group,
)


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
            # (no leg sets out from a place crossed from a place named right after it: the leg
            # from that place passes it, "crossed the X from A into B")
            later = [] if _crossed_from_next(starts[0], kept) else [
                e for e in reaches.get(starts[0].sentence, ()) if e.at > starts[0].at and e.hit != hit]
            if later:
                end = min(later, key=lambda e: e.at)
                out.append((starts[0], end, (*group, end)))
        elif ends and ends[0].onward and (start := _reached_before(ends[0], kept)) is not None:
            out.append((start, ends[0], (start, *group)))
    return sorted(out, key=lambda leg: leg[0].at)


def _crossed_from_next(x: Claim, kept: Sequence[Claim]) -> bool:
    """Whether a place is crossed from the place its sentence names right after it (_crossed_from)."""
    after = [c for c in kept if c.sentence == x.sentence and c.at > x.at]
    return bool(after) and _crossed_from(x, min(after, key=lambda c: c.at))


def _reached_before(end: Claim, kept: Sequence[Claim]) -> Claim | None:
    """For a leg's end told on from a place its cue does not claim ("to X, then a lift to Y":
    the cue's X is another cue's), the last stop its sentence names before it, X."""
    before = [c for c in kept if c.doc == end.doc and c.sentence == end.sentence and 0 <= c.at < end.at
              and c.hit != end.hit and c.role in ("destination", "transit", "launch_point")]
    last = max(before, key=lambda c: c.at, default=None)
    # (not another group's stop: "some reached X, while a Tunisian man got a ride to Y")
    return last if last is not None and _same_group(_between(last, end)) else None


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

    starts = {id(s) for s, e, _ in legs if s.sentence == e.sentence}
    legs = [*legs, *_set_out_after(stops, starts, in_turn)]
    if not passed:
        return sorted(legs, key=lambda leg: leg[0].at)
    # (places listed as where people came from are alternatives, no stops in turn: "arrive in
    # X from A and B")
    listed = {(c.doc, c.hit, c.place.id) for c in _listed_from(claims)}
    out: list[tuple[Claim, Claim, tuple[Claim, ...]]] = []
    for s, e, group in legs:
        # (a place crossed from the start, told before it, lies between: "crossed the X from S into E")
        between = [p for p in passed.get((s.doc, s.sentence), ()) if s.sentence == e.sentence
                   and (s.at < p.at < e.at or _crossed_from(p, s)) and p.place.id not in (s.place.id, e.place.id)
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
    stated = {(s.doc, s.sentence) for s, e, _ in legs if s.sentence == e.sentence}
    for key, said in stops.items():
        if key not in passed:
            continue
        said = sorted(said, key=lambda c: c.at)
        found = []
        for i, (a, b) in enumerate(zip(said, said[1:], strict=False)):
            if a.place.id == b.place.id or not _passed(b) or not in_turn(a, b) or _crossed_from(a, b):
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


def _set_out_after(stops: Mapping[tuple[str, int], Sequence[Claim]], starts: Collection[int],
                   in_turn: Callable[[Claim, Claim], bool]) -> list[tuple[Claim, Claim, tuple[Claim, ...]]]:
    """Legs from a town a sentence has people reach to the town a leg it states right after
    sets out from ("went by bus to A and then took a boat from B to C": A -> B; `starts`, the ids of
    the stated legs' starts), the words between going on with the same people (`in_turn`), not
    telling the place was reached after ("reached A after setting out from B")."""
    out = []
    for said in stops.values():
        said = sorted(said, key=lambda c: c.at)
        for a, b in zip(said, said[1:], strict=False):
            # (towns both: a country entered leads on to a launch point in it by _leads, and to
            # none of another country)
            if (id(b) in starts and (a.role == "destination" or a.onward) and a.hit != b.hit
                    and _RANK[a.place.kind] > 1 and _RANK[b.place.kind] > 1 and a.place.id != b.place.id
                    and in_turn(a, b) and not _CAME_BEFORE.search(
                        a.source.quote, a.at - a.source.start, b.at - a.source.start)):
                out.append((a, b, (a, b)))
    return out


def _chains(claims: Sequence[Claim], by_boat: Callable[[Claim], bool] | None,
            onward: re.Pattern | None = None,
            told: tuple[re.Pattern | None, re.Pattern | None] = (None, None),
            wanted: Collection[str] = ()) -> list[RoutePlan]:
    """One document's stated legs linked end to start, in the text's order: a leg from A to B
    and a later one setting out from B make one journey A -> B -> C, however near A lies to C.
    Two places a sentence has people reach in turn are a leg too (`onward`: the cue data's
    [route_modes] reached_in_turn; "from A to B, then to C"), and so are the last stop of a
    sentence and the first of the next when that one goes on with the same travellers (`told`:
    [route_modes] goes_on and told_before; _told_in_turn). Only chains of two legs or more
    (a single leg is a stated movement: _stated). No leg goes to a place only wished for
    (`wanted`, routes.hoped._wanted_only: "He reached X. He hopes to reach Y" ends at X)."""
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
    legs = [leg for leg in legs if leg[1].place.id not in wanted]
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


def _entered_later(chain: list[tuple[Claim, Claim, tuple[Claim, ...]]]
                   ) -> list[tuple[Claim, Claim, tuple[Claim, ...]]]:
    """The chain's legs without a country reached before the place it is entered at ("crossed
    into X at A and reached B", A not in X, B in X): its towns come after the crossing, so the
    country is no stop ahead of A; the legs to it and from it become one."""
    out = list(chain)
    # (nor does a chain start at the country its first leg's words enter at its town: "crossed
    # into X at A, then ..." sets out from A, X only says where A is)
    if len(out) > 1 and _entered_at_town(out[0][0], out[0][1]):
        out = out[1:]
    i = 0
    while i < len(out) - 1:
        country, after = out[i][1].place, out[i + 1][1].place
        if (country.kind == "country" and not country.holds(after)
                and any(country.holds(e.place) for _, e, _ in out[i + 2:])):
            out[i:i + 2] = [(out[i][0], out[i + 1][1], (*out[i][2], *out[i + 1][2]))]
        else:
            i += 1
    return out


def _entered_at_town(country: Claim, town: Claim) -> bool:
    """Whether one cue's words have people enter a country at a town ("crossed into X at A"):
    the town's words hold the country's, in one sentence."""
    return (country.place.kind == "country" and town.place.kind != "country" and country.sentence == town.sentence
            and bool(country.words) and country.words in town.words and country.at < town.at)


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


def _stated_mode(a: PlaceRef, b: PlaceRef, group: Sequence[Claim],
                 by_boat: Callable[[Claim], bool] | None) -> str:
    """How a stated leg goes: by sea from or to a sea, between two landmasses, or where its
    cue's words name a boat; else over land."""
    if "sea" in (a.kind, b.kind) or geometry.same_land((a.lat, a.lon), (b.lat, b.lon)) is False:
        return "sea"
    if by_boat is not None and any(by_boat(c) for c in group):
        return "sea"
    return "land"


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
