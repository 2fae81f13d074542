"""Where a return or a transfer starts when its sentence names no start: the departure before
it ("left X but was towed back to Y"), where a force held people (_held_at, _taken_to), "From
there", people carried on by others. stated builds these movements' routes.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import replace

from geomig.picture import geometry
from geomig.picture.claims import Claim, PlaceRef, ZoneClaim
from geomig.picture.routes.chains import _LISTED
from geomig.picture.routes.hoped import _hoped_before
from geomig.picture.routes.model import _RANK, _STOP_ROLES, _passed, _same_spot, _told_stops
from geomig.picture.routes.words import _CLAUSE, _TURN_CHARS, _between, _same_group, _span


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


#: The cue hit numbers of the legs from where people were stopped to where they were then held
#: (_held_after): above those of _taken_to, one per place's offset.
_HELD_AFTER_HIT = 2 * 10 ** 9


def _held_after(held: Sequence[Claim], rx: re.Pattern | None, breaks: re.Pattern | None) -> list[Claim]:
    """Where a force stopped or arrested people and, later in the same clause, the place it then
    held them at ("arrested in X in May and held at a detention centre in Y"; `rx`: the cue data's
    [route_modes] held_after, in the words between them; no clause break there: `breaks`): a leg
    from the first to the second, its ends sharing a cue hit of their own (_stated draws it). Two
    zone places told one after the other with no such words ("patrols off X and Y") are none."""
    if rx is None:
        return []
    by_sentence: dict[tuple[str, int], list[Claim]] = defaultdict(list)
    for c in held:
        if not (c.negated or c.hedged or c.intended) and c.at >= 0:
            by_sentence[(c.doc, c.sentence)].append(c)
    out: list[Claim] = []
    for group in by_sentence.values():
        group.sort(key=lambda c: c.at)
        for a, b in zip(group, group[1:], strict=False):
            if a.place.id == b.place.id or a.place.holds(b.place) or b.place.holds(a.place):
                continue
            frm, to = _span(a, b)
            words = b.source.quote[frm:to]
            if to - frm > _TURN_CHARS or not rx.search(words) or (breaks is not None and breaks.search(words)):
                continue
            hit = _HELD_AFTER_HIT + b.at
            out += [replace(a, hit=hit), replace(b, role="destination", hit=hit)]
    return out


def _taken_from(ends: Sequence[Claim], claims: Sequence[Claim]) -> list[Claim]:
    """For a place people were taken to be held (_taken_to) with no start of its own: the
    last town or area its sentence, else the sentence before, names before it ("found them
    at X and drove them to the centre at Y"; "caught 14 men near X. They were bused to the
    camp in Y"): where they were when taken. No country: a nationality or a far origin. Nor a
    place listed with it ("then to hotels in Y and Z": each is an end of the move, no start of
    the other's)."""
    if not ends or ends[0].hit < _TAKEN_HIT:
        return []
    end = ends[0]
    said = [c for c in claims if c.doc == end.doc and c.at >= 0 and c.stop and not (c.negated or c.intended)
            and (c.sentence == end.sentence and c.at < end.at or c.sentence == end.sentence - 1)
            and c.role in _STOP_ROLES + ("returned_from",) and _RANK[c.place.kind] > 1
            and not (c.place.id == end.place.id or c.place.holds(end.place) or end.place.holds(c.place))]
    listed = end        # the first place of the end's list so far
    for c in sorted(said, key=lambda c: c.at, reverse=True):
        # (a mention claimed twice, as held at and as reached, is one place of the list)
        if c.sentence == listed.sentence and (c.at == listed.at or c.at < listed.at and _LISTED.fullmatch(
                _between(c, listed))):
            listed = c
            continue
        # (an end that only says where the place right before it lies, "the camp in Y on Z",
        # is no end of a move from there)
        return [] if _locates_last(end, c) else [c]
    return []


#: The words between a place and the wider one that only says where it lies ("Y on Z", "Y, Z").
_LOCATING = re.compile(r"\s*(?:,|\s(?:on|in)\s+(?:the\s+)?)\s*", re.IGNORECASE)


def _locates_last(end: Claim, before: Claim) -> bool:
    """Whether `end` names, right after `before` in its sentence, an island, province or region
    that only locates it ("a camp in Y on Z", "the camp at Y, Z"): a wider place it lies in."""
    return (end.sentence == before.sentence and end.place.kind in ("island", "admin", "region")
            and _LOCATING.fullmatch(_between(before, end)) is not None
            and geometry.locates(end.place, before.place) is True)


#: After a verb of taking people somewhere: where to.
_TO = re.compile(r"\bto\b", re.IGNORECASE)


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


def _departure_before(ends: Sequence[Claim], claims: Sequence[Claim], heading: re.Pattern | None = None,
                      returned_on: re.Pattern | None = None, return_cue: re.Pattern | None = None,
                      crossed_near: re.Pattern | None = None, said: Callable[[], Sequence[str]] = tuple,
                      again: tuple[re.Pattern | None, re.Pattern | None] = (None, None),
                      own: tuple[re.Pattern | None, re.Pattern | None, re.Pattern | None] = (None, None, None)
                      ) -> list[Claim]:
    """For a return alone, where the people were sent back from: the departure its sentence
    names before it ("the boat left X but was towed back to Y"), else the one the sentence
    before names ("... have left X. Most went back to Y") unless it tells them land somewhere
    (_landed_after), else the place the sentence
    before says they reached ("... swam to X. Most were sent back to Y"), else where they
    were held ("caught inside X, they were forced back into Y"; "detained in X. Most were
    sent back to Y": its own sentence first, before any place reached), else the last place
    a few sentences before say they reached (the host country: "worked in X for years. ...
    In May he was deported to Y"), else, farther back, a town abroad they arrived at, for a
    return to a town (_abroad_home); before those last two, where that sentence or the one before
    has them cross the border (`crossed_near`: "crossed near X. Most were caught and pushed back
    to Y"); up to _RECALLED_SENTENCES back, a place reached that the text names again as the
    scene of what came after, or that the return's sentence goes from (_landing_recalled; `said`
    gives the document's sentences, `again`: [route_modes] landing_again, landing_left).
    A return of people's own accord starts where they stayed (_own_accord, _stays: `own` is
    [route_modes] own_return, way_home and part_moved): a place its sentence has them reach
    or be returned to before it comes first, and no place a part of the group or someone else
    moved on to starts it. `heading`, `returned_on`, `return_cue`, `crossed_near`: the cue
    data's [route_modes]."""
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
    own_way = _own_accord(end, own[0], own[1])
    tries = (
        (lambda c: c.role == "launch_point" and c.sentence == end.sentence and c.at < end.at, -1),
        # people who go back of their own accord go from where their sentence has them reach,
        # be sent or go home before ("families who reached X on Saturday went back to Y on
        # Monday", "was returned to X and, after a week, came back to Y", "tried to return to
        # their fields around X but came back to Y"): their stay, before any place a force
        # held others or they came from
        (lambda c: own_way and c.sentence == end.sentence and c.at < end.at and c.hit != end.hit
         and (reached(c) or _back_before(c, end, own[1])), -1),
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
        # or a place reached that the words after the return tell came first ("were deported
        # to Y, days after they reached X", "flown back to Y following their landing on X"):
        # the way out is told after the way back, and the return starts where they got to
        # (never a sea: no one is sent back from the open water they "reached")
        (lambda c: reached(c) and c.sentence == end.sentence and c.hit != end.hit and c.at > end.at
         and c.place.kind != "sea" and _came_first(end, c), 0),
        # "400,000 have left X ... Most went back to Y through Z"; not when that sentence tells
        # them land somewhere in words of its own ("landed on A after leaving X. Most were
        # flown back to Y"; not the departure's "left X for A"): they are sent back from where
        # they got to (the next test)
        (lambda c: c.role == "launch_point" and c.sentence == end.sentence - 1 and not c.negated
         and not _landed_after(c, claims, reached), -1),
        (lambda c: reached(c) and end.sentence - 1 <= c.sentence <= end.sentence and c.at < end.at, -1),
        # two sentences back: "... swam from X to Y. More than 2,000 entered the enclave.
        # Most were returned to Z"
        (lambda c: reached(c) and c.sentence == end.sentence - 2, -1),
        (lambda c: held(c) and c.sentence == end.sentence - 1, -1),
        # where they crossed, that sentence or the one before, a place not in the country they
        # are sent back to ("crossed the border near X ... caught and pushed back to Y"); not
        # for a return only tried, threatened or denied
        (lambda c: c.role == "transit" and not (c.negated or c.intended or end.negated or end.intended
                                                or end.hedged) and c.at < end.at
         and end.sentence - 1 <= c.sentence <= end.sentence and crossed_near is not None
         and crossed_near.fullmatch(c.cue) is not None, -1),
        (lambda c: reached(c) and c.sentence < end.sentence - 2 and (
            end.sentence - _HOST_SENTENCES <= c.sentence
            or end.sentence - _RECALLED_SENTENCES <= c.sentence and _landing_recalled(c, end, said, *again)), -1),
        # farther back, only a town of another country the text brought people to, for a
        # return its cue states (`return_cue`: not one only headed "towards" Y) to a town, the
        # text naming no other place since ("moved to X in 2009. ... Years later he went back
        # to Y"): people who settled abroad go home from where they lived; a return to a
        # country told far from any arrival is a state's removals, and a place named between
        # may be another person's or a later stop (_abroad_home)
        (lambda c: c.sentence < end.sentence - _HOST_SENTENCES and reached(c) and _is_return(end, return_cue)
         and _abroad_home(c, end, claims), -1),
    )
    for hit, which in tries:
        # (never one that makes no leg: the end itself, its country or a town in it: "the
        # Libyan coastguard ... took them to the centre in Tripoli" starts where they left)
        found = [c for c in claims if hit(c) and not (
            c.place.id == end.place.id or c.place.holds(end.place) or end.place.holds(c.place))]
        if own_way:
            found = _stays(found, end, claims, own[2])
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


def _own_accord(end: Claim, own: re.Pattern | None, home: re.Pattern | None) -> bool:
    """Whether a return is people's own: a way home (`home`: [route_modes] way_home, on the
    end's cue id), or its clause has them go, come or head back, or return, right before its
    end (`own`: [route_modes] own_return, on the words before the end's place: "went back to
    X", not "were returned to X")."""
    if home is not None and home.fullmatch(end.cue) is not None:
        return True
    if own is None or end.at < 0:
        return False
    return own.search(end.source.quote[max(0, end.at - end.source.start - _TURN_CHARS * 2):
                                       max(0, end.at - end.source.start)]) is not None


def _back_before(c: Claim, end: Claim, home: re.Pattern | None) -> bool:
    """Whether a claim before a return's end in its sentence has the same people sent back or go
    home there first ("was returned to X and, after a week, came back to Y"; `home`: [route_modes]
    way_home, "tried to return to X but came back to Y")."""
    return (not c.negated and (c.role == "returned" or c.role == "origin" and home is not None
                               and home.fullmatch(c.cue) is not None)
            and _same_group(_between(c, end)))


def _stays(found: Sequence[Claim], end: Claim, claims: Sequence[Claim], part: re.Pattern | None) -> list[Claim]:
    """The places found for a return of people's own accord, each place an earlier sentence has
    a part of the group or someone else move on to (_part_moved: "some went on to X", "his son
    moved from Z to X") put back to where that move set out from in its words (Z: the rest
    stayed there), or left out where they name none: the returners did not stay at X."""
    out = []
    for c in found:
        if c.sentence >= end.sentence or c.role not in ("destination", "transit") or not _part_moved(c, part):
            out.append(c)
            continue
        start = _set_out_from(c, claims)
        if start is not None and not (start.place.id == end.place.id or start.place.holds(end.place)
                                      or end.place.holds(start.place)):
            out.append(start)
    return out


def _part_moved(c: Claim, part: re.Pattern | None) -> bool:
    """Whether the clause of a place reached opens on a share of a group or on someone's kin, up
    to the place (`part`: [route_modes] part_moved: "some went on to X", "his son moved to X")."""
    return part is not None and c.at >= 0 and part.search(
        c.source.quote[:max(0, c.at - c.source.start)]) is not None


def _set_out_from(c: Claim, claims: Sequence[Claim]) -> Claim | None:
    """Where the move to a place reached sets out from in its cue's words ("moved from Z to X"):
    the last start its hit names before the place, if any."""
    starts = [d for d in claims if d.doc == c.doc and d.hit == c.hit and d.hit >= 0 and 0 <= d.at < c.at
              and d.role in ("launch_point", "transit", "origin", "returned_from") and not d.negated]
    return max(starts, key=lambda d: d.at, default=None)


def _landed_after(launch: Claim, claims: Sequence[Claim], reached: Callable[[Claim], bool]) -> bool:
    """Whether the sentence of a departure has people reach a place (`reached`) in a cue of its
    own, not the departure's ("landed on A after leaving X", not "left X for A")."""
    return any(reached(d) and d.doc == launch.doc and d.sentence == launch.sentence and d.hit >= 0
               and d.hit != launch.hit for d in claims)


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

def _came_first(end: Claim, c: Claim) -> bool:
    """Whether the words between a return's end and a later place of its sentence tell the place
    came first ("after", "following"), close by and of the same people (not "sent back to Y
    after others reached X")."""
    words = _between(end, c)
    return len(words) <= _TURN_CHARS and _EARLIER.search(words) is not None and _same_group(words)


#: How many sentences back the place people reached still starts a return from it.
_HOST_SENTENCES = 4
#: How many, when the text names that place again on the way (_landing_recalled).
_RECALLED_SENTENCES = 6
#: A place's name as a sentence writes it: a run of capitalized words.
_NAME_RUN = re.compile(r"[A-Z][\w'’.-]*(?:[ -][A-Z][\w'’.-]*)*")


def _landing_recalled(c: Claim, end: Claim, said: Callable[[], Sequence[str]], at: re.Pattern | None,
                      left: re.Pattern | None) -> bool:
    """Whether the text keeps a place reached in view up to a return told sentences later: a
    sentence between names it as where things happened (`at`: [route_modes] landing_again,
    right before the name: "What happened at X?", "the officers at X"), or the return's own
    sentence goes from there or from it (`left`: landing_left: "deported from there to Y",
    "crossed from X back to Y"). A place only named in passing ("in X", "X police") is not.
    `said` gives the document's sentences (split only when asked: few returns ask)."""
    if at is None or left is None:
        return False
    before = end.source.quote[:max(0, end.at - end.source.start)]
    gone = left.search(before)
    if gone is not None and gone.group().strip().lower() != "from":
        return True
    names = _names(c)
    return _named_after(names, [(before, at), (before, left)]) or _named_after(
        names, [(words, at) for words in said()[c.sentence + 1:end.sentence]])


def _named_after(names: set[str], told: Sequence[tuple[str, re.Pattern]]) -> bool:
    """Whether some words name one of these names right after their frame's words."""
    return any(frame.search(words, 0, m.start()) is not None for words, frame in told for name in names
               for m in re.finditer(rf"\b{re.escape(name)}\b", words))


def _names(c: Claim) -> set[str]:
    """A claim's place's name and the name as its sentence writes it."""
    m = _NAME_RUN.match(c.source.quote, max(0, c.at - c.source.start))
    return {n for n in (c.place.name, m.group() if m else "") if len(n) > 2}


#: A short stay, told with the arrival or the return: a holiday, a visit, a trip of days or
#: weeks ("went on holiday to X for a week", "went back to Y for a week to visit her mother"):
#: no home abroad.
_SHORT_STAY = re.compile(
    r"\b(?:holidays?|vacations?|honeymoon|sightseeing|(?:on|for)\s+(?:a|an|the|their|his|her)\s+"
    r"(?:[a-z]+\s+)?(?:visit|trip|tour|break)|to\s+visit|visiting|for\s+(?:a|one|two|three|four|a\s+few|"
    r"several|ten|\d+)\s+(?:days?|nights?|weeks?|weekends?|fortnight)|for\s+the\s+(?:weekend|holidays?))\b",
    re.IGNORECASE)
#: The verb that ends a clause's subject ("Last year her brother | went back to").
_VERB = re.compile(
    r"\b(?:went|go|goes|going|gone|return\w*|moved?|moves|moving|came|come|comes|fl[eo]w\w*|travell?ed|"
    r"headed|settled|was|were|is|are|had|has|have|got|decided|took|drove|left|made|found|began|started|"
    r"would|will|could|did|finally|then|later|eventually)\b", re.IGNORECASE)
#: A subject that is another person than the one who went abroad: a relative, a friend ("her
#: brother went back to Y")
_OTHER_PERSON = re.compile(
    r"\b(?:brothers?|sisters?|sons?|daughters?|mother|father|mum|dad|husband|wife|parents|children|kids|"
    r"cousins?|uncles?|aunts?|friends?|neighbou?rs?|relatives?|grand\w+|nephews?|nieces?|partner|fianc\w*|"
    r"boyfriend|girlfriend|colleagues?|employers?|boss)\b", re.IGNORECASE)
#: A subject that is a group (people who went abroad together return in numbers: "many went back")
_GROUP = re.compile(
    r"\b(?:they|we|many|most|some|all|several|thousands|hundreds|dozens|families|migrants|refugees|"
    r"workers|people|returnees|(?!(?:19|20)\d\d\b)\d[\d,]*)\b", re.IGNORECASE)
#: Who one person is: a pronoun or a name (a capitalized word, not one that opens a time or a place)
_PERSON = re.compile(r"\b(?:he|she|i)\b|(?-i:\b[A-Z][a-z]+\b)", re.IGNORECASE)
_NO_NAME = frozenset(("in", "on", "at", "by", "the", "a", "an", "last", "next", "this", "that", "after", "before",
                      "when", "since", "during", "early", "late", "later", "then", "years", "one", "two", "three",
                      "january", "february", "march", "april", "may", "june", "july", "august", "september",
                      "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
                      "saturday", "sunday", "but", "and", "so", "now", "finally", "eventually"))


def _persons(words: str) -> set[str]:
    """The pronouns and names in a subject's words, lowered."""
    return {w.lower() for w in _PERSON.findall(words)} - _NO_NAME


def _subject(c: Claim) -> str:
    """The words of a claim's clause before its verb: who moves ("In 2012 she | moved to X")."""
    clauses = _CLAUSE.split(c.source.quote[:max(0, c.at - c.source.start)])
    m = _VERB.search(clauses[-1])
    who = clauses[-1][:m.start()] if m else clauses[-1]
    if not who.strip() and len(clauses) > 1:
        # a subject left out ("He spent a winter in X, then drove back to Y"): the sentence's own
        m = _VERB.search(clauses[0])
        who = clauses[0][:m.start()] if m else clauses[0]
    return who


def _same_mover(c: Claim, end: Claim) -> bool:
    """Whether a return is made by the people who reached the place: a group, or the one person
    who did, or one of the group that did ("she moved to X ... she went back to Y", "Amina moved
    to X ... she went back", "we moved to X ... he went back");
    not another person ("her brother went back to Y"), nor one the arrival does not name."""
    back, there = _subject(end), _subject(c)
    if _OTHER_PERSON.search(back):
        return False
    if _GROUP.search(back):
        return True
    who, arrived = _persons(back), _persons(there)
    # one of a group that arrived, or the person a name there names ("Amina moved to X")
    named = bool(arrived - {"he", "she", "i"}) or _GROUP.search(there) is not None
    return bool(who) and (who <= arrived or (who <= {"he", "she"} and named))


def _abroad_home(c: Claim, end: Claim, claims: Sequence[Claim]) -> bool:
    """Whether a place reached may be the home abroad a return far after it starts from: a
    town (or province) people arrived at, in another country than the return's end, itself a
    town of its country (not a country: "deported to X" of a country is a state's removals),
    and no other place claimed between the two but those two, the countries holding them and an
    earlier stop of the way there told again without being reached (_told_again).
    The one who returns is the one who arrived, or a group (_same_mover), and neither the arrival
    nor the return is a holiday, a visit or a trip of days (_SHORT_STAY)."""
    if not (c.role == "destination" and c.doc == end.doc and _RANK[c.place.kind] > 1 and _RANK[end.place.kind] > 1
            and bool(c.place.country and end.place.country) and c.place.country != end.place.country):
        return False
    if _SHORT_STAY.search(c.source.quote) or _SHORT_STAY.search(end.source.quote) or not _same_mover(c, end):
        return False
    earlier = {d.place.id for d in claims if d.doc == end.doc and 0 <= d.at < c.at}
    return all(d.place.id in (c.place.id, end.place.id) or d.place.holds(c.place) or d.place.holds(end.place)
               or _told_again(d, earlier) for d in claims if d.doc == end.doc and c.at < d.at < end.at)


def _told_again(d: Claim, earlier: set[str]) -> bool:
    """Whether a claim names again a place the text named before the arrival, as passed or set
    out from ("families are moved by truck from X", X the border post they crossed at): the way
    there recalled, no newer arrival a return would start from (one reached again may be)."""
    return d.place.id in earlier and d.role not in ("destination", "returned") and not d.onward
