"""plan(): every document's role claims to route plans, merged by departure country. Reads each
document (reading), drops places only hoped for (hoped), groups documents into corridors and
plans their routes (corridors), prefers stated chains (journeys), adds stated movements and
returns (stated), tidies and words each leg (journeys, modes). remember() reads documents
ahead for a later plan().
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Collection, Mapping, Sequence

from geomig.picture.claims import Claim, ZoneClaim
from geomig.picture.routes.corridors import _plans
from geomig.picture.routes.hoped import _counted_heading, _heading_only, _stopped, _stopped_on_way, _wanted_only
from geomig.picture.routes.journeys import (
    _against_chain,
    _chain_sets,
    _in_chain_order,
    _end_at_town,
    _ends_in_turn,
    _fold_copies,
    _home_after_abroad,
    _no_vague_stop,
    _not_from_entered,
    _not_within_planned,
    _one_area,
    _one_journey,
    _one_place,
    _one_start,
    _one_town,
    _onward,
    _to_the_part,
    _within_chain,
)
from geomig.picture.routes.model import RoutePlan, _passed
from geomig.picture.routes.modes import _worded
from geomig.picture.routes.reading import _by_document, _corridor, _labels, _named, _reader, _remembered
from geomig.picture.routes.returns import _back_through, _held_after, _held_at, _taken_to
from geomig.picture.routes.stated import _Planned, _stated


#: A document naming only places passed (no destination) feeds the corridors departing from
#: their countries while it names at most this many ("through Agadez into southern Libya").
_FEEDER_COUNTRIES = 2


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
    claims = _routed(claims)
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
    homes = frozenset().union(*(r.homes for r in reads))
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
    # Where a deportation flight took off ("flown back from X to Y") is the start of
    # the return, a route of its own (_stated): no stop of the journey out (by_air: the words tell a flight)
    flown = modes.get("by_air")
    if flown is not None:
        returns = {(c.doc, c.hit) for c in claims if c.role == "returned" and not c.negated and c.hit >= 0}
        told = _without(told, {id(c) for cs in told.values() for c in cs
                               if _passed(c) and (c.doc, c.hit) in returns and flown.search(c.words)})
    apart_of: dict[str, set[str]] = defaultdict(set)    # corridor -> the documents of its parts told apart
    for doc, doc_claims in told.items():
        roles = {c.role for c in doc_claims}
        if not roles & {"launch_point", "transit", "origin"}:
            continue
        # (a part told apart, "A second boat left X", is another group's way: it feeds no
        # corridor of the rest of its text)
        if "destination" in roles or doc != doc_claims[0].doc:
            key = _corridor(doc, doc_claims)
            groups[key].extend(doc_claims)
            if doc != doc_claims[0].doc:
                apart_of[key].add(doc_claims[0].doc)
        else:
            feeders.append(doc_claims)
    for doc_claims in feeders:
        countries = {c.place.country for c in doc_claims if c.role in ("launch_point", "transit")}
        if len(countries) > _FEEDER_COUNTRIES:
            # a way across many countries is a journey of its own ("from X to Y and on to Z,
            # through A and B"), no stretch of another's corridor that departs from one of them
            continue
        for key in groups:
            # (nor does the rest of a text feed the way of a part it tells apart: "Her nephew,
            # T, left X" goes his own way, not through the family's stops)
            if key.partition("#")[0] in countries and doc_claims[0].doc not in apart_of[key]:
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
                             alternative=modes.get("alternative"), again=modes.get("named_again"),
                             homes=homes, wished=modes.get("wished"),
                             ahead=modes.get("wished_ahead"))]
    # a told journey that ends where a boat sets out goes on as the corridor's route from
    # there (news tells the landing first and the way to the coast after it: the links, not
    # the text's order, join them)
    chains = _onward(chains, planned_groups)
    # (a guessed route within its start's country ends at no place people reach only after they
    # were abroad: that end is a way back's, _home_after_abroad)
    by_told: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        by_told[c.doc].append(c)
    planned_groups = [p for p in planned_groups if not _home_after_abroad(p, by_told)]
    chain_sets = _chain_sets(chains)
    # (a guess puts no stop inside a leg the text states whole: _in_chain_order)
    planned_groups = [_in_chain_order(p, chains) for p in planned_groups]
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
        # (stopped at one place and then held at another: a leg between them, _held_after)
        taken_here += _held_after(held_here, modes.get("held_after"), modes.get("clause_break"))
        # (nor does a stated leg end at a place only wished for: _wanted_only)
        wanted = _wanted_only(doc_claims, modes.get("wished"), modes.get("wished_ahead"))
        # (one person's home told of no journey, _home_told_last, starts no stated movement either)
        own = [c for c in doc_claims if id(c) not in homes]
        plans.extend(p for p in _stated([*own, *held_here, *taken_here], planned, modes, sentences)
                     if p.stops[-1].id not in wanted)
    by_place: dict[int, dict] = {}    # per claims tuple: its claims by place (_worded)
    # where each sentence names a sea (a leg whose own words cross one goes by sea)
    seas: dict[tuple[str, int], list[int]] = defaultdict(list)
    for c in claims:
        if c.role == "sea" and not c.negated and c.at >= 0:
            seas[(c.doc, c.sentence)].append(c.at)
    # (a leg from a town into a part of it goes nowhere else: _one_place)
    # (nor to a country's middle for a village only put in that country: _no_vague_stop)
    # (nor from an island to its town at the end: one landing told twice, _end_at_town)
    plans = [_end_at_town(_one_area(_one_town(_no_vague_stop(one))))
             for p in plans if (one := _one_place(p)) is not None]
    plans = _one_journey(plans, claims, modes.get("told_before"), turns, {id(ch) for ch in chains})
    # (a plan from a country moved to its town may go the same way to another end: _one_start first)
    plans = _not_from_entered(_one_start(_ends_in_turn(_one_start(plans), turns, modes.get("towards"))))
    # (near-copies of one journey, guesses from one start to one end through stops of their
    # own, are drawn once: _fold_copies)
    plans = _fold_copies(plans)
    # (an arrival told at two scales, at an island and at its town, is drawn once: _to_the_part)
    plans = _to_the_part(plans)
    labels = _labels(claims)
    return [_named(_worded(p, by_place, modes, seas), locators, labels) for p in plans]


def _routed(claims: Sequence[Claim]) -> Sequence[Claim]:
    """The claims a route may use: not those of a cue that gives a role only (`routes = false`:
    a settler's home told with a year, which would start the text's later journeys there)."""
    return claims if all(c.routed for c in claims) else [c for c in claims if c.routed]


def remember(claims: Sequence[Claim], memo: dict, by_sea: Callable[[Claim], bool] | None = None,
             modes: Mapping[str, re.Pattern | None] | None = None,
             sentences: Mapping[str, Sequence[str]] | None = None, stop: Callable[[], bool] = lambda: False) -> bool:
    """Read each document of these claims alone into `memo`, as plan() with that memo reads it,
    and plan nothing: a caller that plans later with the memo (a corpus's assembly) reads the
    documents it has while it waits for the rest. `stop()` is asked before each document; returns
    whether every document was read (none are when plan() would read them all at once)."""
    docs = _by_document(_routed(claims))
    if docs is None:    # (plan() reads such claims at once: nothing to keep)
        return False
    _, reader = _reader(modes, by_sea, sentences)
    for doc, doc_claims in docs.items():
        if stop():
            return False
        _remembered(memo, doc, doc_claims, reader)
    return True


def _without(parts: Mapping[str, list[Claim]], gone: Collection[int]) -> dict[str, list[Claim]]:
    """The parts' claims without those whose ids are `gone`, leaving out a part left empty."""
    return {key: kept for key, cs in parts.items() if (kept := [c for c in cs if id(c) not in gone])}
