"""How each leg goes, as its own words say (_worded): by air where a flight is named, by sea
where a boat, a ferry or a sea crossed is, over land for a train, a bus or a walk; a leg the
text names no way for is drawn as a stand-in line. planning hands the worded plans to build.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import replace

from geomig.picture.claims import Claim, PlaceRef
from geomig.picture.routes.model import Leg, RoutePlan
from geomig.picture.routes.words import _CLAUSE


#: How far before a leg's end its words are read when the text names its start elsewhere.
_LEG_WORDS = 60


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
    # (a stop passed off a coast is a boat's only after people set out by boat: _offshore)
    afloat = route.stages.index("launch_point") if "launch_point" in route.stages else len(route.legs)
    legs = tuple(_offshore(leg, index, modes) if i >= afloat else leg
                 for i, leg in enumerate(_worded_leg(leg, index, modes, seas) for leg in route.legs))
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
    said = _leg_words(leg, by_place, modes.get("clause_break"), action=modes.get("new_action"))
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
    said = _leg_words(leg, by_place, modes.get("clause_break"), passed=where is None, own=True,
                      action=modes.get("new_action"))
    if said is None:
        return leg
    words, denied = said[0], modes.get("mode_denied")
    if any(_said_at(modes.get(k), words, denied) >= 0 for k in ("by_ferry", "across_sea")):
        return leg
    if _said_at(modes.get("by_land"), words, denied) >= 0 or _craft_after(leg, by_place, modes.get("land_after"), where):
        return Leg(leg.start, leg.end, "land")
    return leg


def _offshore(leg: Leg, by_place: Mapping, modes: Mapping[str, re.Pattern | None]) -> Leg:
    """A leg over land to or from a stop passed at sea, off a coast (`off_coast`, the cue data's
    [route_modes] off_coast, in the stop's claim's words: "the engine failed off the coast of
    X"): a boat's way, a sea leg, unless the leg's own words name a way over land (a guess from
    its ends drew it over land). _worded asks it only of the legs from the launch point on."""
    off = modes.get("off_coast")
    if leg.mode != "land" or off is None or not any(
            c.role == "transit" and not c.negated and off.search(c.words)
            for end in (leg.start, leg.end) for c in by_place.get(end.id, ())):
        return leg
    said = _leg_words(leg, by_place, modes.get("clause_break"))
    if said is not None and _said_at(modes.get("by_land"), said[0], modes.get("mode_denied")) >= 0:
        return leg
    if _craft_after(leg, by_place, modes.get("land_after")):
        return leg
    return Leg(leg.start, leg.end, "sea")


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
               own: bool = False, action: re.Pattern | None = None
               ) -> tuple[str, str, int, tuple[int, int], bool] | None:
    """The words that state a leg: from its start to its end where one clause of a sentence
    names both (one cue's "flew from X to Y", or "From X ... flown to Y"), else the few words
    before its end in its own clause ("... were taken by ferry to Y"): (the words, their
    document and sentence, their document span, whether they name both ends); None when no
    claim of its end is in a sentence. `breaks` part two clauses of other subjects ("X for Y,
    while the minister flew to Z": the start's clause is not the end's). With `passed`, an end
    the route passes through ("walked through X") is read as well; with `own`, the words before
    the start stop at the place the sentence names before it; with `action` (the cue data's
    [route_modes] new_action), the end's own clause starts at the last new action on the people
    ("met the boat at the quay and took the group to Y": the boat is where they were met)."""
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
            if action is not None and (acts := list(action.finditer(words))):
                words = words[acts[-1].start():]
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
