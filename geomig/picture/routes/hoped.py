"""Places only hoped for or headed to: a boat bound for X that was stopped, a count of people
heading for X, "hoping to reach X or Y", a place people never got to. planning drops them as
stops; reading, returns and corridors ask the same of the places they read.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Collection, Sequence

from geomig.picture.claims import Claim, ZoneClaim
from geomig.picture.routes.words import _between


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


def _only_hoped(claims: Sequence[Claim]) -> set[str]:
    """The ids of the places every claim of which says people hoped or tried to get there
    (`intended`): places ahead of them, not behind."""
    told: dict[str, bool] = {}
    for c in claims:
        if c.stop and not c.negated:
            told[c.place.id] = told.get(c.place.id, True) and c.intended
    return {i for i, hoped in told.items() if hoped}


def _wanted_only(claims: Sequence[Claim], wished: re.Pattern | None,
                 ahead: re.Pattern | None = None) -> set[str]:
    """The ids of the places a speaker only wishes to get to (_only_hoped, and every claim's
    words before the place a wish of the speaker's own, `wished`, the cue data's [route_modes]
    wished: "'I want to get to X, where my brother lives'") in a document that tells places
    people did reach (a destination, or a place passed: "reached X by boat. He hopes eventually
    to reach Y" reads X as passed, and the corridor ends there: corridors._plans): a hope ahead
    of the speaker, no end of the journeys the text tells (a route there would draw a way
    nobody made). It stays a destination hoped for. So are the places every claim of which has
    a wish or a move told as still to come right before it (`ahead`, [route_modes]
    wished_ahead: "he hopes eventually to reach X", "she will go to Y"), whatever role its cue
    gave it."""
    if not any(c.role in ("destination", "transit") and c.stop and not (c.negated or c.intended)
               for c in claims):
        return set()
    out: set[str] = set()
    if wished is not None:
        out = {i for i in _only_hoped(claims) if all(_hoped_before(c, wished) for c in claims
                                                     if c.place.id == i and c.stop and not c.negated)}
    if ahead is not None:
        told: dict[str, bool] = {}
        for c in claims:
            if c.stop and not c.negated:
                told[c.place.id] = told.get(c.place.id, True) and _hoped_before(c, ahead)
        out |= {i for i, only in told.items() if only}
    return out | _hoped_where(claims, out)


#: The words between a place only hoped for and a later one of its sentence that tell the later
#: one in the first's where-clause ("wants to go to X, where a cousin works in a restaurant in Y").
#: The clause ends at a comma or a word that turns to what happened ("wants to go to X, where a
#: cousin lives, but he reached Y instead": Y is reached, no hope).
_WHERE_CLAUSE = re.compile(r"\s*,\s+where\s+(?:(?!\b(?:but|yet|instead|though|although|while|whereas|until)\b)[^.;:!?,])*",
                           re.IGNORECASE)


def _hoped_where(claims: Sequence[Claim], hoped: Collection[str]) -> set[str]:
    """The ids of the places every claim of which is told in a where-clause of a place only
    hoped for (`hoped`: "he wants to go to X, where a cousin works in Y"): the clause tells of
    the hope, so Y is ahead of him too, no end of a journey the text tells."""
    if not hoped:
        return set()
    # the hoped places' claims by sentence: a claim is compared with its own sentence's only
    hopes: defaultdict[tuple[str, int], list[Claim]] = defaultdict(list)
    for d in claims:
        if d.place.id in hoped and d.at >= 0:
            hopes[d.doc, d.sentence].append(d)
    told: dict[str, bool] = {}
    for c in claims:
        if c.stop and not c.negated and c.at >= 0:
            inside = any(d.at < c.at and _WHERE_CLAUSE.fullmatch(_between(d, c))
                         for d in hopes.get((c.doc, c.sentence), ()))
            told[c.place.id] = told.get(c.place.id, True) and inside
    return {i for i, only in told.items() if only}


def _not_wanted(moved_on: dict[str, list[Claim]], wanted: Collection[str]) -> dict[str, list[Claim]]:
    """_moved_on's places people go on to after a landing, without those only wished for."""
    kept = {k: [c for c in v if c.place.id not in wanted] for k, v in moved_on.items()}
    return {k: v for k, v in kept.items() if v}
