"""Role claims: which place is a launch point, a destination, a transit area, an origin,
or the sea crossed, or where a return ends, according to the cue patterns of cues.toml."""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import replace

from geomig.picture.claims import Claim, PlaceRef
from geomig.picture.cues import (Hit, Lexicon, Masked, compiled_rx, coordinated, cue_ids, find, highlight, route_modes,
                                  setting_rx, silenced_at, token_span, with_answers, with_here)
from geomig.models import Mention
from geomig.picture.model import Source
from geomig.picture.relevance import just_before

#: Slot labels that are roles (other labels only capture words).
#: "returned" is where a return, push-back or expulsion ends: it feeds routes only (the
#: place gets no role of its own, like the sea crossed); "returned_from" the country whose
#: forces send people back (its zone comes from the control frames).
#: A leg's start that is no stop of its own (a place reached before people are moved on, see
#: _moved_on) is also "returned_from": a route-only claim; so is a launch point that is the
#: document's origin, a home left (_homes_left).
#: "transit_end" is a stop on the way that ends a stated leg ("between X and Y").
ROLE_LABELS = ("launch_point", "destination", "transit", "origin", "sea", "returned", "returned_from",
               "transit_end")
#: A slot that takes its place with no role, so that no later cue of the sentence claims it
#: ("died at his home in X": where a life ended, neither a home left nor a journey's end).
NO_ROLE_LABEL = "none"


def sentence_source(masked: Masked, spans: Sequence[tuple[int, int]] = ()) -> Source:
    """The whole sentence as a Source, with the given document spans highlighted."""
    return Source(masked.doc.doc, masked.start, masked.end, masked.sentence, highlight(masked, spans))


def role_claims(sentences: Sequence[Masked], lexicon: Lexicon) -> list[Claim]:
    """Every role claim in the sentences. In one sentence a mention takes the role of the
    first cue (data order) that claims it: specific cues are listed first. "here" after a
    verb of arriving or crossing is the dateline's place (cues.with_here); an answer is read
    with its question (cues.with_answers)."""
    unnamed = setting_rx(lexicon, "unnamed")
    sentences = with_answers(with_here(sentences, lexicon, unnamed), lexicon, unnamed)
    hedge = float(lexicon.settings.get("hedge_factor", 0.6))
    facility_after = setting_rx(lexicon, "facility_after")
    facility_name = setting_rx(lexicon, "facility_name")
    camp_reached = _CampReached(lexicon)
    custody_after = setting_rx(lexicon, "custody_after", re.IGNORECASE)
    nonstop = setting_rx(lexicon, "passed_without_stop", re.IGNORECASE)
    hoped = setting_rx(lexicon, "intended_before", re.IGNORECASE)
    planned = setting_rx(lexicon, "intended_within", re.IGNORECASE)
    reference = setting_rx(lexicon, "reference_before", re.IGNORECASE)
    own_worker = setting_rx(lexicon, "own_worker_between", re.IGNORECASE)
    own_place = setting_rx(lexicon, "own_place_before", re.IGNORECASE)
    aside_hedge = setting_rx(lexicon, "coordination_aside_hedge", re.IGNORECASE)
    official = _OfficialTrip(lexicon)
    held = setting_rx(lexicon, "held_zone_words", re.IGNORECASE)
    claims: list[Claim] = []
    for masked in sentences:
        taken: set[int] = set()
        started: set[int] = set()   # mentions only a return's start so far (returned_from)
        ends: set[int] = set()      # mentions only a return's end so far (returned: routes only)
        legs: set[int] = set()      # mentions a leg starts from so far, or a home (transit, launch_point, origin)
        camps: set[int] = set()     # camps only a destination so far (_CampReached: no stops)
        for n, hit in enumerate(find(lexicon.cues, masked, lexicon)):
            trip = official.by(masked, hit)
            intended = bool(hit.cue.settings.get("intended")) or bool(
                hoped and hoped.search(masked.doc.text, max(masked.start, hit.start - 60), hit.start))
            for label, first in hit.slots.items():
                if label == NO_ROLE_LABEL:
                    taken.add(first.start)  # told for its own sake: later cues leave it be
                    continue
                if label not in ROLE_LABELS:
                    continue
                # a mention filling another slot of the hit takes that slot's label
                others = {m.start for m in hit.slots.values() if m is not first}
                # a place listed again is no list ("X to Y, Y to Z": the next pair's Y is its own)
                # an island that only locates the place before it ("La Restinga on El Hierro")
                # keeps its role but is no stop of its own: one stop, not two routes (a country
                # or region stays one: routes/ drops a country where a city in it is a stop)
                locating: set[int] = set()
                listed = [m for m in coordinated(masked, first, lexicon, locating)
                          if m.start not in others and m.id != first.id]
                kinds = hit.cue.settings.get("kinds")
                # (places passed "without stopping" are no stops: the list's last is followed by it)
                passed_by = label == "transit" and nonstop is not None and bool(
                    nonstop.match(masked.doc.text, [first, *listed][-1].end))
                hedged_from = None      # a list item after an aside of belief is hedged, and so is the rest
                for before, mention in zip([None, first, *listed], [first, *listed]):
                    if (hedged_from is None and before is not None and aside_hedge is not None
                            and aside_hedge.search(masked.doc.text, before.end, mention.start)):
                        hedged_from = mention.start
                    # a cue with `beside_return` claims a return's end as well, next to its route
                    # ("went back to X": the route home and the home)
                    # ... and one with `beside_leg` the start of a leg or a home another cue
                    # claimed, next to that claim ("came to X from Y in 2009": the leg from Y,
                    # and Y the mover's home)
                    beside = (mention.start in ends and bool(hit.cue.settings.get("beside_return"))
                              or mention.start in legs and bool(hit.cue.settings.get("beside_leg")))
                    if (mention.start in taken and not beside) or (
                            mention.start in started and label != "destination"):
                        continue
                    if kinds and mention.kind not in kinds:
                        continue    # a cue for areas only: "arrivals from X" (a country, not a port)
                    # an institution or a camp named after the place plays no role, unless the
                    # cue says people were moved to that camp (facility_end: "moved to X camp")
                    named = facility_name.search(mention.text) or facility_after.match(
                        masked.sentence, mention.end - masked.start)
                    # ... and a camp a destination slot's people reach adds that role only: it is
                    # no stop, and leaves the place to the cues after (as if skipped)
                    camp = bool(named) and not hit.cue.settings.get("facility_end")
                    if camp and (label != "destination" or mention.start in camps
                                 or not camp_reached(masked, mention)):
                        continue
                    if label == "destination" and _held_there(masked, mention, custody_after):
                        continue    # "taken to the X border police station": custody, no journey's end
                    if hit.cue.settings.get("newcomers") and _own_people(masked, hit, mention):
                        continue    # a city's own nationals: "X is home to many Kenyans"
                    if hit.cue.settings.get("own_workers") and (
                            _own_worker(masked, hit, mention, own_worker)
                            or _already_there(masked, hit, mention, own_place)):
                        continue    # a local at work: "a Tunisian engineer worked for years in Sfax"
                    if label in _TRIP_LABELS and (trip or official.for_talks(masked, mention)):
                        continue    # an official's trip: "the minister flew to X for talks"
                    far = reference.search(masked.doc.text, max(masked.start, mention.start - 60),
                                           mention.start) if reference else None
                    if far and not (label == "launch_point" and hit.start < far.start()):
                        continue    # a reference point: "80 km west of X" (but "set off from a beach 20 km from X")
                    # A return's start only (returned_from: routes only) leaves the
                    # place to a cue that has people reach it: "who had reached X were detained and
                    # flown back to Y" still has them reach X
                    # (and only where its words hold people: not "flew on to X or went back to Y")
                    route_only = label == "returned_from" and held is not None and held.search(
                        masked.doc.text, mention.end, hit.end) is not None
                    if camp:
                        camps.add(mention.start)
                    else:
                        (started if route_only else taken).add(mention.start)
                        if label == "returned":
                            ends.add(mention.start)
                        else:
                            ends.discard(mention.start)
                        if label in ("transit", "launch_point", "origin"):
                            legs.add(mention.start)
                    aside = hedged_from is not None and not hit.hedged
                    confidence = float(mention.confidence) * hit.cue.weight * (
                        hedge if hit.hedged or aside else 1.0)
                    spans = [(hit.start, hit.end), (mention.start, mention.end)]
                    claims.append(Claim(
                        role="transit" if label == "transit_end" else label, onward=label == "transit_end",
                        place=PlaceRef.of(mention), doc=masked.doc.doc, sentence=masked.index,
                        cue=hit.cue.id, words=_words(hit, mention),
                        source=sentence_source(masked, spans),
                        confidence=confidence, negated=hit.negated or passed_by, hedged=hit.hedged or aside, at=mention.start,
                        stop=bool(hit.cue.settings.get("stop", True)) and not camp and not (
                            mention.start in locating and mention.kind == "island"),
                        hit=masked.index * 1000 + n,
                        routed=bool(hit.cue.settings.get("routes", True)),
                        intended=intended or (label in _HOPED_LABELS and _hoped_within(hit, mention, hoped))
                        or _planned_within(hit, mention, planned),
                    ))
    if not claims:      # (most documents: every pass below only reads, keeps or extends the claims it is given)
        return claims
    claims = _went_on_in_clause(_stops_on_the_way(claims, sentences, lexicon), sentences, lexicon)
    claims = _entries_after_departures(_arrivals_if_alone(claims, lexicon), lexicon)
    claims = _entered_country_holds_ends(claims, lexicon)
    claims = _entries_at_journeys_end(claims, sentences, lexicon)
    claims = _rides_on_the_way(claims, sentences, lexicon)
    claims = _homes_left(_resumed(_stays_left(claims, lexicon), sentences, lexicon), lexicon)
    claims = _journeys_from_home(claims, lexicon)
    claims = _homes_listed(_homes_left_at_home(claims, sentences, lexicon), lexicon)
    claims = _arrivals_from_elsewhere(claims, lexicon)
    claims = _settled_there(_carried(_gapped(claims, sentences, lexicon), sentences, lexicon), sentences, lexicon)
    claims = _located_within(_hosts_own_people(_homes_dreamt_of(claims, lexicon), lexicon), sentences, lexicon)
    claims = _papers_of_another_home(claims, lexicon)
    claims = _origins_from_again(_walked_from_home(claims, sentences, lexicon), sentences, lexicon)
    claims = _origins_of_again(claims, sentences, lexicon)
    claims = _countries_as_containers(claims, sentences, lexicon)
    claims = _reached_ends(_ways_home(claims, lexicon), lexicon)
    claims = _stays_ended_by_removal(claims, sentences, lexicon)
    return claims + _moved_on(claims, lexicon)


class _CampReached:
    """Whether a place a destination slot fills names a camp people went to live in ([settings]
    camp_reached_name, camp_reached_after: "relocated: 400 to X camp", "reached the Y refugee
    camp", "relatives live in Z Camp"): the camp is where they went, beside its zone. Held to
    the checks of the cues for camps (`camp_gate`: custody, a force that conveys, policy, aid
    moved there), which the claiming cue may lack. Not a centre (reception, detention,
    processing), nor an institution (facility_after's other words)."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self.name = setting_rx(lexicon, "camp_reached_name")
        self.after = setting_rx(lexicon, "camp_reached_after")
        self.gates = [c for c in lexicon.cues if c.settings.get("camp_gate")]

    def __call__(self, masked: Masked, mention: Mention) -> bool:
        named = (self.name is not None and self.name.search(mention.text) is not None) or (
            self.after is not None and self.after.match(masked.sentence, mention.end - masked.start) is not None)
        # (no camp cue in the document's lexicon, off the topic: no camp kept)
        return named and bool(self.gates) and not any(silenced_at(c, masked, mention, self.lexicon)
                                                      for c in self.gates)


def _held_there(masked: Masked, mention: Mention, custody_after: re.Pattern | None) -> bool:
    """Whether the words right after the mention name a police station, a border post or an air
    base of the place ([settings] custody_after): where people are held or handed over."""
    return custody_after is not None and custody_after.match(masked.doc.text, mention.end) is not None


def _gapped(claims: list[Claim], sentences: Sequence[Masked], lexicon: Lexicon) -> list[Claim]:
    """A share of the group sent to another place with the verb left out, right after a
    destination ([settings] gapped_share: "half went home to X and a third to Y", "26 per cent
    were bound for X and 9 per cent for Y", "most went to X, others to Y"), is a destination
    too, of the same cue (and so is each place after it in turn, and each listed with it:
    "others to Y and Z"). So is a share that set off elsewhere, right after a launch point
    ("27 per cent left from X, and the rest from Y and Z": the share's preposition, group
    `prep`, says which; [settings] gapped_prepositions), when Y is a town: "left from X, 30
    from Guinea" counts a nationality, a home, not a second port. None after a claim denied; a
    hedged or hoped-for one passes its marks on."""
    rx = setting_rx(lexicon, "gapped_share", re.IGNORECASE)
    prepositions = lexicon.settings.get("gapped_prepositions", {})
    if rx is None:
        return claims
    by_sentence = {m.index: m for m in sentences}
    claimed = {(c.sentence, c.at) for c in claims}
    # a home read in a departing share's words ("the rest from Y", a person "from Y") gives way
    # to the share's departure
    homes = {(c.sentence, c.at) for c in claims if c.role == "origin"}
    superseded: set[tuple[int, int]] = set()
    added: list[Claim] = []
    for claim in claims:
        masked = by_sentence.get(claim.sentence)
        if claim.role not in prepositions or claim.negated or masked is None:
            continue
        departing = claim.role == "launch_point"
        shares = _shares_after(masked, claim.at, rx, prepositions[claim.role], lexicon)
        for place in (p for share in shares for p in share):
            key = (claim.sentence, place.start)
            # the shares end at the first place that cannot take the role: a country a
            # departing share names (a home), or a place the sentence already gave a role
            if departing and place.kind not in _LAUNCH_KINDS:
                break
            if key in claimed and not (departing and key in homes and key not in superseded):
                break
            if key in homes:
                superseded.add(key)
            claimed.add(key)
            # (the cue's weight and hedge kept, with this place's own confidence)
            added.append(replace(claim, place=PlaceRef.of(place), at=place.start,
                                 words=masked.doc.text[claim.at:place.end],
                                 confidence=claim.confidence / max(float(claim.place.confidence), 1e-9)
                                 * float(place.confidence)))
    return [c for c in claims if not (c.role == "origin" and (c.sentence, c.at) in superseded)] + added


def _shares_after(masked: Masked, at: int, rx: re.Pattern, prepositions: Sequence[str],
                  lexicon: Lexicon) -> Iterator[list[Mention]]:
    """The places of each gapped share (rx) that follows the place at document offset `at`, one
    share after the other: the share's own place and those listed with it. The shares end at
    one whose preposition is not among `prepositions` ("most went to X, others from Y")."""
    span = token_span(masked, at)
    while span is not None and (m := rx.match(masked.text, span[1])) is not None:
        if (m.group("prep") or "to").lower() not in prepositions:
            return
        place = masked.mentions[int(m.group("n"))]
        share = [place, *coordinated(masked, place, lexicon)]
        yield share
        span = token_span(masked, share[-1].start)


def _carried(claims: list[Claim], sentences: Sequence[Masked], lexicon: Lexicon) -> list[Claim]:
    """A place the same words go on to right after a destination ([settings] carried_on: "flown
    to X and on to Y", "taken to X, to the centre at Y", "jobs on farms in X and in packing
    houses in Y") is a destination too, of the same cue and marks (hedged, hoped for), and so
    is each place listed with it, in turn. None after a claim denied, nor a place the sentence
    already gave a role, nor one where people are held (custody_after)."""
    rx = setting_rx(lexicon, "carried_on", re.IGNORECASE)
    if rx is None:
        return claims
    custody_after = setting_rx(lexicon, "custody_after", re.IGNORECASE)
    by_sentence = {m.index: m for m in sentences}
    claimed = {(c.sentence, c.at) for c in claims}
    added: list[Claim] = []
    for claim in claims:
        masked = by_sentence.get(claim.sentence)
        if claim.role != "destination" or claim.negated or masked is None:
            continue
        span = token_span(masked, claim.at)
        while span is not None and (m := rx.match(masked.text, span[1])) is not None:
            first = masked.mentions[int(m.group("n"))]
            places = [first, *coordinated(masked, first, lexicon)]
            for place in places:
                key = (claim.sentence, place.start)
                if key in claimed or _held_there(masked, place, custody_after):
                    continue
                claimed.add(key)
                added.append(replace(claim, place=PlaceRef.of(place), at=place.start,
                                     words=masked.doc.text[claim.at:place.end],
                                     confidence=claim.confidence / max(float(claim.place.confidence), 1e-9)
                                     * float(place.confidence)))
            span = token_span(masked, places[-1].start)
    return claims + added


#: The kinds of place a departing share may name: a port or town, not a country or region (_gapped).
_LAUNCH_KINDS = ("city", "island", "landmark")


def _settled_there(claims: list[Claim], sentences: Sequence[Masked], lexicon: Lexicon) -> list[Claim]:
    """A stop said right after its name to be where people live, settled, found work or have
    family ([settings] settled_after: "went on to X and to Y, where they have relatives", "left
    the camps for X, where many live without papers") is where the journey ends: a destination,
    whatever cue made it a stop, when the text names no stop after it in its sentence and has no
    one leave it later. Not a stop denied, hedged or hoped for."""
    settled = setting_rx(lexicon, "settled_after", re.IGNORECASE)
    if settled is None:
        return claims
    by_index = {m.index: m for m in sentences}
    live = [d for d in claims if d.stop and not (d.negated or d.intended)
            and d.role in ("destination", "transit", "launch_point")]
    left = {d.place.id for d in live if d.role == "launch_point"}
    out = []
    for c in claims:
        m = by_index.get(c.sentence)
        if (c.role == "transit" and c.stop and not (c.negated or c.hedged or c.intended) and m is not None
                and c.place.id not in left and settled.match(m.doc.text, _place_end(c, m), m.end)
                and not any(d.sentence == c.sentence and d.at > c.at and d.place.id != c.place.id for d in live)):
            c = replace(c, role="destination", onward=False)
        out.append(c)
    return out


def _homes_dreamt_of(claims: list[Claim], lexicon: Lexicon) -> list[Claim]:
    """A place dreamt of (cues with `home_missed = true`: "he dreams of X") in the country the
    document's people come from is a home missed, not a hope: no role ("Syrian refugees ...
    she still dreams of Aleppo")."""
    dreams = cue_ids(lexicon.cues, "home_missed")
    homes = {c.place.country for c in claims if c.role == "origin" and c.place.country and not c.negated}
    if not dreams or not homes:
        return claims
    return [c for c in claims if not (c.cue in dreams and c.place.country in homes)]


def _hosts_own_people(claims: list[Claim], lexicon: Lexicon) -> list[Claim]:
    """People named by a nationality or a birthplace that may be the host's own (cues with
    `abroad = true`: "Greek farm workers", "the US-born mayor") are no origin of a country the
    document has people reach, named as the country ("Syrian refugees landed in Italy. Italian
    construction workers protested"). Not a town or a stop of the country: journeys often start
    with legs inside the people's own country ("from Udon Thani to Bangkok")."""
    abroad = cue_ids(lexicon.cues, "abroad")
    reached = {c.place.country for c in claims if c.role == "destination" and c.place.kind == "country"
               and c.place.country and not (c.negated or c.intended)}
    if not abroad or not reached:
        return claims
    return [c for c in claims if not (c.cue in abroad and c.role == "origin" and c.place.country in reached)]


def _home_countries(claims: list[Claim], besides: frozenset[str]) -> set[str]:
    """The countries of the origins the document asserts, told by cues other than `besides`."""
    return {c.place.country for c in claims if c.role == "origin" and c.cue not in besides and c.place.country
            and not (c.negated or c.hedged)}


def _papers_of_another_home(claims: list[Claim], lexicon: Lexicon) -> list[Claim]:
    """A nationality told only by the papers people hold (cues with `papers = true`: "Romanian
    passports", "Italian citizenship") is no origin where the document gives the people another
    home country and not this one ("Moldovans ... a Romanian passport", "Argentines who hold
    Italian passports": a second passport); with no other home country, or this one among them,
    it stays their origin ("her Eritrean passport expired" of Eritreans)."""
    papers = cue_ids(lexicon.cues, "papers")
    if not any(c.cue in papers for c in claims):
        return claims
    homes = _home_countries(claims, papers)
    if not homes:
        return claims
    return [c for c in claims if not (c.cue in papers and c.role == "origin" and c.place.country not in homes)]


def _ways_home(claims: list[Claim], lexicon: Lexicon) -> list[Claim]:
    """A destination at the town or region ([settings] home_origin_kinds) a sentence before it
    says the people come from, in words of a person's home ([settings] home_origin_cues: "a man
    from a village outside X", "families who fled Y"), is their way home, not a new destination
    ("... from X. She stayed in X"; "children from Y ... go on by convoy to Y"): it still ends
    the route, but gets no role feature (Claim.home). Only the same place told after the home:
    "arrived in X ... refugees from X" keeps X a destination."""
    cues = set(lexicon.settings.get("home_origin_cues", ()))
    kinds = set(lexicon.settings.get("home_origin_kinds", ()))
    first: dict[str, int] = {}
    for c in claims:
        if (c.role == "origin" and c.cue in cues and c.place.kind in kinds and c.place.id
                and not (c.negated or c.hedged)):
            first[c.place.id] = min(first.get(c.place.id, c.sentence), c.sentence)
    return [replace(c, home=True) if c.role == "destination" and c.place.id in first
            and first[c.place.id] < c.sentence and not c.negated else c for c in claims]


def _reached_ends(claims: list[Claim], lexicon: Lexicon) -> list[Claim]:
    """A place the document has people reach (a destination claim, not denied, doubted or only
    hoped for) is where they went, not a stop of their journey, in two frames: the stage reached
    ("Once in X, most travel on to Y", [settings] stage_reached on the claim's words): a
    destination; and the start of a return from it ([settings] return_start_cues: "deported from
    X to Y", "gone back from X to Y"): a route-only start ("returned_from"), as in "deportations
    from X to Y"."""
    stage = setting_rx(lexicon, "stage_reached", re.IGNORECASE)
    returns = set(lexicon.settings.get("return_start_cues", ()))
    reached = {c.place.id for c in claims if c.role == "destination" and c.place.id
               and not (c.negated or c.hedged or c.intended or c.home)}
    if not reached:
        return claims
    out = []
    for c in claims:
        if c.role == "transit" and c.place.id in reached and not c.negated:
            if c.cue in returns:
                c = replace(c, role="returned_from")
            elif stage is not None and stage.search(c.words):
                c = replace(c, role="destination")
        out.append(c)
    return out


#: The roles an area inherits from a place it locates (not route-only ends, nor the sea).
_LOCATED_ROLES = frozenset({"launch_point", "destination", "transit", "origin"})
#: Kinds by breadth: an area that locates a place is no narrower than it.
_BREADTH = {"landmark": 0, "city": 0, "island": 1, "admin": 1, "region": 1, "country": 2, "continent": 3}
#: A place token (a nationality in "the Mexican state of Y" names no area: own 1-438 had it wrong)
_PLACE_TOKEN = re.compile("\ue000P(\\d+)\ue001")


def _located_within(claims: list[Claim], sentences: Sequence[Masked], lexicon: Lexicon) -> list[Claim]:
    """An area named right after a role's place to say where it lies ("X, in Y province",
    "X in the Mexican state of Y", "X, a village outside Y in Z's W district", "X, Y
    department, Honduras": [settings] located_within, matched right after the place, then
    after each area in turn) plays the same role, as no stop of its own: the reporter's
    origin or destination is the region too. So does the town a home lies near ("born in X, a
    village outside Y", "from X, near Y": [settings] located_near_home, origins only). Only an
    area of the place's country, no narrower than it, and one no claim of the sentence already
    gave a role."""
    rx = setting_rx(lexicon, "located_within", re.IGNORECASE)
    if rx is None:
        return claims
    # Areas after a list's last place: "X and Y counties of Z" ([settings] located_within_units)
    units = setting_rx(lexicon, "located_within_units", re.IGNORECASE)
    # A home's nearest town: "born in X, a village outside Y" ([settings] located_near_home)
    near = setting_rx(lexicon, "located_near_home", re.IGNORECASE)
    by_sentence = {m.index: m for m in sentences}
    claimed = {(c.sentence, c.at) for c in claims}
    added: list[Claim] = []
    for claim in claims:
        masked = by_sentence.get(claim.sentence)
        if claim.role not in _LOCATED_ROLES or masked is None:
            continue
        place, span = claim.place, token_span(masked, claim.at)
        while span is not None and (m := rx.match(masked.text, span[1])
                                    or (units.match(masked.text, span[1]) if units is not None else None)
                                    or (near.match(masked.text, span[1]) if near is not None
                                        and claim.role == "origin" else None)):
            areas = [masked.mentions[int(t.group(1))] for t in _PLACE_TOKEN.finditer(masked.text, m.start(), m.end())]
            last = areas[-1] if areas else None
            # (a home near a town: the town, not an area near it, which the home does not lie in)
            nearby = near is not None and m.re is near
            for area in areas:
                ref = PlaceRef.of(area)
                if nearby and _BREADTH.get(ref.kind, 0) != _BREADTH.get(place.kind, 0):
                    continue
                # after a bare comma only an area broader than the place: "X, Y" may be a list
                bare = m.groupdict().get("bare") is not None
                narrower = _BREADTH.get(ref.kind, 0) < _BREADTH.get(place.kind, 0) + bare
                if ((claim.sentence, area.start) in claimed or narrower
                        or (ref.country and place.country and ref.country != place.country)):
                    continue
                claimed.add((claim.sentence, area.start))
                added.append(replace(claim, place=ref, at=area.start, stop=False, cue="located.within",
                                     words=masked.doc.text[claim.at:area.end],
                                     confidence=claim.confidence * float(area.confidence)))
            span = token_span(masked, last.start) if last is not None else None
    return claims + added


def _walked_from_home(claims: list[Claim], sentences: Sequence[Masked], lexicon: Lexicon) -> list[Claim]:
    """A town or region people walked, rode or drove from ([settings] overland_left, read on a
    launch.departed claim's words) where the sentence ends on it (or on the places listed with
    it) is the home they left, an origin, not a launch point: "Others walked for days from X
    and Y.", "after travelling by bus from X.", "who walked or rode donkey carts south from X".
    Not where the text goes on to where they went ("walked from X to the border": the journey
    starts at X), nor a country, nor a departure by boat."""
    overland = setting_rx(lexicon, "overland_left", re.IGNORECASE)
    if overland is None:
        return claims
    by_sentence = {m.index: m for m in sentences}
    legs = _legs_from_home(claims, by_sentence, lexicon)
    out = []
    for c in claims:
        if id(c) in legs:
            out.append(replace(c, role="origin", onward=False))
            continue
        masked = by_sentence.get(c.sentence)
        if (masked is not None and c.role == "launch_point" and c.cue == "launch.departed" and not c.negated
                and c.place.kind in ("city", "admin", "region") and overland.search(c.words)):
            first = next((m for m in masked.mentions if m.start == c.at), None)
            listed = coordinated(masked, first, lexicon) if first is not None else []
            span = token_span(masked, (listed[-1] if listed else first).start) if first is not None else None
            if span is not None and _SENTENCE_ENDS.match(masked.text, span[1]):
                c = replace(c, role="origin")
        out.append(c)
    return out


def _legs_from_home(claims: list[Claim], by_sentence: dict[int, Masked], lexicon: Lexicon) -> set[int]:
    """The claims (by id) on a town or region people walked, rode or drove from on their own
    ([settings] overland_home_before, right before the place) to a place told next
    (overland_home_leg, right after it or the places listed with it): "we walked from X to Y",
    "had driven for two days from X or Z to Y". The town is the home they set out from, an
    origin; the leg to Y stays (the claim keeps its hit). Not a country ("walked from Niger to
    Libya": a country crossed on the way is where the journey starts), nor people driven by
    others ("drove six men from X": the words before want the verb right before "from"), a
    return ("walked back from X"), a camp or shelter left (home_left_stay_words), nor a
    crossing by sea."""
    before = setting_rx(lexicon, "overland_home_before", re.IGNORECASE)
    leg = setting_rx(lexicon, "overland_home_leg", re.IGNORECASE)
    stayed = setting_rx(lexicon, "home_left_stay_words", re.IGNORECASE)
    if before is None or leg is None:
        return set()
    kinds = {*lexicon.settings.get("home_region_kinds", ()), *lexicon.settings.get("home_town_kinds", ())}
    by_hit: dict[int, list[Claim]] = defaultdict(list)
    for c in claims:
        if c.role in ("launch_point", "transit") and not c.onward and c.hit >= 0 and c.at >= 0:
            by_hit[c.hit].append(c)
    found: set[int] = set()
    for group in by_hit.values():
        first = min(group, key=lambda c: c.at)
        masked = by_sentence.get(first.sentence)
        mention = next((m for m in masked.mentions if m.start == first.at), None) if masked else None
        span = token_span(masked, first.at) if mention is not None else None
        if span is None or not before.search(masked.text[:span[0]]):
            continue
        listed = [mention, *coordinated(masked, mention, lexicon)]
        last = token_span(masked, listed[-1].start)
        rest = masked.text[last[1]:] if last is not None else ""
        step = leg.match(rest)
        if step is None or (stayed is not None and stayed.search(step.group())):
            continue
        starts = {m.start for m in listed}
        found |= {id(c) for c in group if c.at in starts and c.place.kind in kinds
                  and not (c.negated or c.hedged)}
    return found


#: The rest of a sentence that ends on a place: its closing stop and quotes only.
_SENTENCE_ENDS = re.compile("\\s*[.!?]?[\"\u201d\u2019']*\\s*$")


def _origins_from_again(claims: list[Claim], sentences: Sequence[Masked], lexicon: Lexicon) -> list[Claim]:
    """Where people come from, told again with "from" after an aside that ends the plain list
    ([settings] origin_from_again, matched right after an origin's place or the last place
    listed with it): "Many came from X, two hours away by road, and from villages around Y",
    "from X and Z in the north and from W in the east", "from X province, from around Y and
    Z": Y and W are origins too, with the places listed with them. Only a place the sentence
    gives no role yet; denial and hedging carry over from the origin told first."""
    rx = setting_rx(lexicon, "origin_from_again", re.IGNORECASE)
    if rx is None:
        return claims
    by_sentence = {m.index: m for m in sentences}
    claimed = {(c.sentence, c.at) for c in claims}
    added: list[Claim] = []
    queue = [c for c in claims if c.role == "origin" and c.sentence in by_sentence]
    while queue:
        claim = queue.pop(0)
        masked = by_sentence[claim.sentence]
        first = next((m for m in masked.mentions if m.start == claim.at), None)
        if first is None:
            continue
        listed = coordinated(masked, first, lexicon)
        span = token_span(masked, (listed[-1] if listed else first).start)
        m = rx.match(masked.text, span[1]) if span is not None else None
        token = _PLACE_TOKEN.match(masked.text, m.end()) if m is not None else None
        if token is None:
            continue
        found = masked.mentions[int(token.group(1))]
        for mention in [found, *coordinated(masked, found, lexicon)]:
            if (claim.sentence, mention.start) in claimed:
                break
            claimed.add((claim.sentence, mention.start))
            new = replace(claim, place=PlaceRef.of(mention), at=mention.start, cue="origin.from_again_after_aside",
                          words=masked.doc.text[claim.at:mention.end],
                          confidence=claim.confidence / float(first.confidence or 1.0) * float(mention.confidence))
            added.append(new)
            if mention is found:
                queue.append(new)
    return claims + added


def _origins_of_again(claims: list[Claim], sentences: Sequence[Masked], lexicon: Lexicon) -> list[Claim]:
    """Nationalities listed with "of" again after an origin told with "of" ([settings]
    origin_of_before right before its place, origin_of_again right after it and after each new
    one): "nationals of X, of Y and of Z", "citizens of X or of Y": Y and Z are origins too, of
    the same cue, denial and hedging. Only a place the sentence gives no role yet."""
    again = setting_rx(lexicon, "origin_of_again", re.IGNORECASE)
    before = setting_rx(lexicon, "origin_of_before", re.IGNORECASE)
    if again is None or before is None:
        return claims
    by_sentence = {m.index: m for m in sentences}
    claimed = {(c.sentence, c.at) for c in claims}
    added: list[Claim] = []
    for claim in claims:
        masked = by_sentence.get(claim.sentence)
        if claim.role != "origin" or masked is None or not before.search(
                masked.doc.text, max(masked.start, claim.at - 40), claim.at):
            continue
        first = next((m for m in masked.mentions if m.start == claim.at), None)
        last = first
        while last is not None:
            listed = coordinated(masked, last, lexicon)
            span = token_span(masked, (listed[-1] if listed else last).start)
            m = again.match(masked.text, span[1]) if span is not None else None
            token = _PLACE_TOKEN.match(masked.text, m.end()) if m is not None else None
            if token is None:
                break
            found = masked.mentions[int(token.group(1))]
            if (claim.sentence, found.start) in claimed:
                break
            for mention in [found, *coordinated(masked, found, lexicon)]:
                if (claim.sentence, mention.start) in claimed:
                    break
                claimed.add((claim.sentence, mention.start))
                added.append(replace(claim, place=PlaceRef.of(mention), at=mention.start, cue="origin.of_again",
                                     words=masked.doc.text[claim.at:mention.end],
                                     confidence=claim.confidence / float(first.confidence or 1.0)
                                     * float(mention.confidence)))
            last = found
    return claims + added


def _countries_as_containers(claims: list[Claim], sentences: Sequence[Masked], lexicon: Lexicon) -> list[Claim]:
    """A country named only as the possessive container of the next place ("through X's Y
    province", "from X's Y state": [settings] container_possessive, matched right after the
    country's token) keeps its role, as no stop of its own: the journey runs through the place,
    not from the country's middle. Only when the place lies in that country and has a role
    claim of its own in the sentence (not "X's coast guard", "X's Caribbean coast")."""
    rx = setting_rx(lexicon, "container_possessive", re.IGNORECASE)
    if rx is None:
        return claims
    by_sentence = {m.index: m for m in sentences}
    placed = {(c.sentence, c.at) for c in claims if not c.negated}
    out = []
    for c in claims:
        masked = by_sentence.get(c.sentence)
        span = token_span(masked, c.at) if masked is not None and c.stop and c.place.kind == "country" else None
        m = rx.match(masked.text, span[1]) if span is not None else None
        inner = masked.mentions[int(m.group("place"))] if m is not None else None
        if (inner is not None and inner.country == c.place.country and inner.kind != "country"
                and (c.sentence, inner.start) in placed):
            c = replace(c, stop=False)
        out.append(c)
    return out


def _own_people(masked: Masked, hit: Hit, mention: Mention) -> bool:
    """Whether the hit's words name people of the mention's own country ("Nairobi is home to
    many Kenyans"): no newcomers there (a cue's `newcomers` setting)."""
    return mention.country is not None and any(
        m.kind == "demonym" and m.country == mention.country and hit.start <= m.start < hit.end
        for m in masked.mentions)


def _own_worker(masked: Masked, hit: Hit, mention: Mention, between: re.Pattern | None) -> bool:
    """Whether a nationality of the mention's own country names the worker right before the
    hit's words of work (`between`, [settings] own_worker_between, spans the words from the
    nationality to the hit): a local at work, no migrant ("The Libyan owner has worked for
    decades in a bakery in X"; a cue's `own_workers` setting)."""
    return between is not None and mention.country is not None and any(
        m.kind == "demonym" and m.country == mention.country and masked.start <= m.end <= hit.start
        and between.fullmatch(masked.doc.text, m.end, hit.start) is not None
        for m in masked.mentions)


def _already_there(masked: Masked, hit: Hit, mention: Mention, before: re.Pattern | None) -> bool:
    """Whether the sentence names people as living in or from the mention's very place, before
    the hit (`before`, [settings] own_place_before, right before that earlier mention): a job
    where they already are ("Locals in X queued for a job in X"), no destination."""
    return before is not None and any(
        m.id == mention.id and m.start < mention.start and masked.start <= m.start <= hit.start
        and before.search(masked.doc.text, max(masked.start, m.start - 60), m.start) is not None
        for m in masked.mentions)


#: The roles of a journey's stops: an official's trip gives none of them.
_TRIP_LABELS = frozenset({"launch_point", "destination", "transit", "transit_end"})


class _OfficialTrip:
    """Whether a cue's motion is an official's trip, not a migrant's journey: officials,
    envoys, delegations or reporters move right before its words ([settings]
    official_trip_before: "the minister flew to X", "a delegation travelled to Y"), or the place
    is followed by talks or a visit (official_trip_after: "flew to X for talks"), and neither
    the cue's words nor those before them name people on the move ([settings] moving_people:
    "officials said 300 migrants travelled to X"), nor, after them, people they travel with
    (official_trip_along: "our correspondent travelled from X to Y on a lorry carrying
    passengers": a reporter's ride along is the migrants' journey)."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.before = setting_rx(lexicon, "official_trip_before", re.IGNORECASE)
        self.after = setting_rx(lexicon, "official_trip_after", re.IGNORECASE)
        self.people = setting_rx(lexicon, "moving_people", re.IGNORECASE)
        self.along = setting_rx(lexicon, "official_trip_along", re.IGNORECASE)

    def _movers(self, masked: Masked, start: int, end: int) -> bool:
        """People on the move named between two document offsets of the sentence."""
        return self.people is not None and self.people.search(masked.doc.text, start, end) is not None

    def by(self, masked: Masked, hit: Hit) -> bool:
        """Officials move in the words right before the hit (and none of its words up to its
        first place name people)."""
        if self.before is None:
            return False
        m = just_before(masked, hit.start, self.before)
        first = min((x.start for x in hit.slots.values()), default=hit.end)
        return m is not None and not self._movers(masked, masked.start + m.start(), max(first, hit.start)) and not (
            self.along is not None and self.along.search(masked.doc.text, hit.start, masked.end) is not None)

    def for_talks(self, masked: Masked, mention: Mention) -> bool:
        """Talks or a visit right after the place (and no people named before it)."""
        if self.after is None or self.after.match(masked.doc.text, mention.end, masked.end) is None:
            return False
        return not self._movers(masked, masked.start, mention.start)


#: The roles a hit's own words can hope for: a place talked of, not reached, and a departure
#: only planned ("He plans to leave X": no one left X yet).
_HOPED_LABELS = ("destination", "launch_point")


def _hoped_within(hit: Hit, mention: Mention, hoped: re.Pattern | None) -> bool:
    """Whether the hit's own words hope for the place they end on: "he spoke of going to X",
    "they plan to leave Y" read whole by a cue of motion ([settings] intended_before, matched
    right before the place inside the hit: a place talked of, not reached; a departure
    planned, not made)."""
    return (hoped is not None and hit.start < mention.start <= hit.end
            and hoped.search(hit.masked.doc.text, hit.start, mention.start) is not None)


def _planned_within(hit: Hit, mention: Mention, planned: re.Pattern | None) -> bool:
    """Whether the hit's own words, before the place, plan or hope the journey ([settings]
    intended_within: "they planned to go north through the desert to X"): however far before
    the place (or a place listed after the words: "to X in Y"), every stop and end of it is
    planned, not travelled."""
    return (planned is not None and hit.start < mention.start
            and planned.search(hit.masked.doc.text, hit.start, min(mention.start, hit.end)) is not None)


def _words(hit: Hit, mention: Mention) -> str:
    """The cue's words, stretched to reach a place listed after (or before) its slot: the
    claim for Y in "hope to travel on to X or Y" quotes "hope to travel on to X or Y"."""
    if hit.start <= mention.start and mention.end <= hit.end:
        return hit.words
    text = hit.masked.doc.text
    return text[min(hit.start, mention.start):max(hit.end, mention.end)].strip()


def _stays_left(claims: list[Claim], lexicon: Lexicon) -> list[Claim]:
    """A place people stayed in (cues with `stay = true`: "had worked in X for years") is a
    stop on the way when the document has people set off from it or its country ("... the
    boats sailed from a port of X")."""
    stay = cue_ids(lexicon.cues, "stay")
    left = {c.place.country for c in claims
            if c.role == "launch_point" and c.place.country and not (c.negated or c.intended)}
    if not stay or not left:
        return claims
    return [replace(c, role="transit") if c.cue in stay and c.role == "destination" and c.place.country in left
            else c for c in claims]


def _homes_left(claims: list[Claim], lexicon: Lexicon) -> list[Claim]:
    """A launch point that is also the document's origin is a home left ("When did you leave
    Afghanistan?" of Afghans; "arrivals from Mali" of Malian refugees): no launch role, unless
    its words put people to sea or across a border there ([settings] launch_kept_words:
    "boats that left Senegal", "waded across the river from Zimbabwe"). A region of the
    origin's country that people leave, in words of leaving, is the home itself ([settings]
    home_region_kinds, home_region_left: "People leaving X by truck", X a region of the
    Sudanese families' Sudan): an origin; so is a town of it (home_town_kinds) in a report that
    takes no one to sea (home_town_by_sea: on a sea route a town left is where boats set off),
    unless a ride leaves it (home_town_ride, in the claim's words or before the place in its
    sentence: "trucks packed with families leave daily from X", a hub) or the words right after
    it put people to sea or across a border (launch_kept_words up to the next comma: "left X in
    a pirogue", "left X by raft across the river") or on their way on (home_town_onward: "left X
    on foot toward Y")."""
    kept = setting_rx(lexicon, "launch_kept_words", re.IGNORECASE)
    if kept is None:
        return claims
    journey = _journey_on(lexicon, kept)
    origins = [c for c in claims if c.role == "origin" and not (c.negated or c.hedged)]
    homes = {c.place.id for c in origins}
    countries = {c.place.country for c in origins if c.place.kind == "country"}
    regions = set(lexicon.settings.get("home_region_kinds", ()))
    by_sea = setting_rx(lexicon, "home_town_by_sea", re.IGNORECASE)
    ride = setting_rx(lexicon, "home_town_ride", re.IGNORECASE)
    towns = set()
    if by_sea is None or not any(c.role == "sea" or by_sea.search(c.words) for c in claims):
        towns = set(lexicon.settings.get("home_town_kinds", ()))
    left = setting_rx(lexicon, "home_region_left", re.IGNORECASE)
    out = []
    for c in claims:
        if c.role == "launch_point" and not kept.search(c.words):
            if c.place.id in homes:
                # (the claim stays for routes only, "returned_from": the journey still starts there)
                c = replace(c, role="returned_from")
            elif ((c.place.kind in regions or (c.place.kind in towns and _town_left(c, ride, journey)))
                  and c.place.country in countries and not (c.negated or c.hedged)
                  and left is not None and left.search(c.words)):
                c = replace(c, role="origin")
        out.append(c)
    return out


def _journeys_from_home(claims: list[Claim], lexicon: Lexicon) -> list[Claim]:
    """The first place of a stated journey ([settings] journey_start_cues: "from X to Y",
    "X to Y") where the document says the people come from ([settings] home_origin_cues:
    "families who fled X", "a man from X") is their home left, not a stop on the way: no
    transit role (Claim.home: the claim still feeds routes as before, the journey starts
    there). Not where the words put people to sea there ([settings] journey_home_kept:
    "sailed from X to Y", "took the ferry from X to Y")."""
    starts = set(lexicon.settings.get("journey_start_cues", ()))
    cues = set(lexicon.settings.get("home_origin_cues", ()))
    kept = setting_rx(lexicon, "journey_home_kept", re.IGNORECASE)
    homes = {c.place.id for c in claims if c.role == "origin" and c.cue in cues and c.place.id
             and not (c.negated or c.hedged)}
    if not starts or not homes:
        return claims
    first: dict[int, int] = {}      # a stated journey (its hit) -> where its first place is
    for c in claims:
        if c.hit >= 0 and c.at >= 0 and c.cue in starts:
            first[c.hit] = min(first.get(c.hit, c.at), c.at)
    return [replace(c, home=True) if c.role == "transit" and c.cue in starts and not c.onward
            and c.place.id in homes and c.hit >= 0 and first.get(c.hit) == c.at and not c.negated
            and not (kept and _put_to_sea(c, kept)) else c for c in claims]


def _put_to_sea(c: Claim, kept: re.Pattern) -> bool:
    """Whether a claim's words, or the few words before its place, put people to sea there
    ("took the ferry from X to Y", "sailed from X to Y")."""
    before = c.source.quote[max(c.at - c.source.start - 40, 0):max(c.at - c.source.start, 0)] if c.at >= 0 else ""
    return bool(kept.search(c.words) or kept.search(before))


def _journey_on(lexicon: Lexicon, kept: re.Pattern) -> re.Pattern:
    """Words right after a town left that take people to sea, across a border (kept) or on
    their way on ([settings] home_town_onward): the town is where a journey sets off."""
    onward = setting_rx(lexicon, "home_town_onward", re.IGNORECASE)
    # (compiled once per process: both home readings ask for it on every document)
    return kept if onward is None else compiled_rx(f"{kept.pattern}|{onward.pattern}", re.IGNORECASE)


def _homes_left_at_home(claims: list[Claim], sentences: Sequence[Masked], lexicon: Lexicon) -> list[Claim]:
    """A town or region people leave in a report whose moves all stay in its country (every
    place given a role lies there, one of them a destination other than the town, and no one
    goes to sea: [settings] home_town_by_sea) is the home left, an origin: "1,240 people left X
    for Y", "thousands of residents have left X; most are with relatives in Y" of people
    displaced within their country (_homes_left needs the country named as their origin; a
    town left with no end told stays where a journey sets off: "they left X two days ago").
    Under _homes_left's guards: the words of leaving (home_region_left), no boat, border or
    crossing in them (launch_kept_words), no ride leaving a town and no journey on right after
    it (_town_left), not denied or doubted; nor a camp or shelter left there
    (home_left_stay_words: where people stayed). Not where the text names a region across
    countries ("migrants from across West Africa left X for Y"): the movers may come from beyond
    the one country, and a town they leave is where their journey goes on."""
    kept = setting_rx(lexicon, "launch_kept_words", re.IGNORECASE)
    left = setting_rx(lexicon, "home_region_left", re.IGNORECASE)
    by_sea = setting_rx(lexicon, "home_town_by_sea", re.IGNORECASE)
    if kept is None or left is None or by_sea is None:
        return claims
    placed = [c for c in claims if c.role != "sea" and not (c.negated or c.intended)]
    countries = {c.place.country for c in placed}
    ends = {c.place.id for c in placed if c.role == "destination"}
    if (len(countries) != 1 or None in countries or not ends
            or any(c.role == "sea" or by_sea.search(c.words) for c in claims)
            or any(m.id and not m.country for s in sentences for m in s.mentions)):
        return claims
    kinds = {*lexicon.settings.get("home_region_kinds", ()), *lexicon.settings.get("home_town_kinds", ())}
    journey = _journey_on(lexicon, kept)
    ride = setting_rx(lexicon, "home_town_ride", re.IGNORECASE)
    stayed = setting_rx(lexicon, "home_left_stay_words", re.IGNORECASE)
    return [replace(c, role="origin") if c.role == "launch_point" and c.place.kind in kinds
            and not (c.negated or c.hedged or kept.search(c.words) or stayed and stayed.search(c.words))
            and left.search(c.words) and ends - {c.place.id}
            and _town_left(c, ride, journey) else c for c in claims]


def _homes_listed(claims: list[Claim], lexicon: Lexicon) -> list[Claim]:
    """A place listed with a home left, in the same words of leaving, is a home left too ("had
    left the X, Y and Z regions", X a home by _homes_left): an origin, unless its words put people
    to sea or across a border ([settings] launch_kept_words) or deny or doubt the leaving. A
    country home vouches for countries only: after a town it only locates it ("set out from X
    province in Afghanistan")."""
    kept = setting_rx(lexicon, "launch_kept_words", re.IGNORECASE)
    leaving = {c.id for c in lexicon.cues if c.role == "launch_point"}
    homes = {(c.hit, c.place.kind == "country") for c in claims if c.cue in leaving
             and c.role in ("origin", "returned_from") and c.hit >= 0 and not (c.negated or c.hedged)}
    if kept is None or not homes:
        return claims
    return [replace(c, role="origin") if c.role == "launch_point" and c.cue in leaving
            and (c.hit, c.place.kind == "country") in homes
            and not (c.negated or c.hedged or kept.search(c.words)) else c for c in claims]


def _town_left(c: Claim, ride: re.Pattern | None, kept: re.Pattern) -> bool:
    """Whether a town a claim leaves may be the movers' home: no ride leaves it (_ride_leaves),
    and the words right after it, up to the next comma or stop, put no one to sea, across a
    border or on their way on (kept: "left X in a pirogue a week ago", "left X by raft across
    the river", "left X on foot toward Y")."""
    if _ride_leaves(c, ride):
        return False
    if c.at < 0:
        return True
    after = c.source.quote[c.at - c.source.start:]
    after = after[len(c.place.name):] if after.startswith(c.place.name) else after
    return not kept.search(re.split(r"[,;:.!?]", after, maxsplit=1)[0])


def _ride_leaves(c: Claim, ride: re.Pattern | None) -> bool:
    """Whether the claim's words or its sentence's words before its place name a ride (ride:
    "pickup trucks packed with families leave daily from X")."""
    if ride is None:
        return False
    before = c.source.quote[:max(c.at - c.source.start, 0)] if c.at >= 0 else ""
    return bool(ride.search(c.words) or ride.search(before))


def _arrivals_from_elsewhere(claims: list[Claim], lexicon: Lexicon) -> list[Claim]:
    """A country people arrived from (cues with `came_through = true`: "new arrivals from X") is
    where they set off, not where they come from, when the document gives them another country
    of origin ("Sudanese refugees ... new arrivals from Libya"): a launch point. With no other
    origin, or one in the same country or listed with it, it stays their origin ("new arrivals
    from Mali" at a camp of Malian refugees; "from Sudan and Eritrea" of Eritreans)."""
    through = cue_ids(lexicon.cues, "came_through")
    if not any(c.cue in through for c in claims):
        return claims
    # a continent ("African migrants") names no country of its own: no other origin
    homes = _home_countries(claims, through)
    # a list that names the people's own country is a list of origins ("from Sudan and Eritrea")
    listed_home = {c.hit for c in claims if c.cue in through and c.place.country in homes}
    return [replace(c, role="launch_point") if c.cue in through and c.role == "origin" and homes
            and c.place.country not in homes and c.hit not in listed_home else c for c in claims]


def _resumed(claims: list[Claim], sentences: Sequence[Masked], lexicon: Lexicon) -> list[Claim]:
    """A departure said as "From X" ([settings] resumed_from) in the middle of a journey is a
    stop on it, not where people set out: "... a boat to Y. From Italy he took trains through Z"
    (a stop earlier in its sentence or in the two before it; not a departure from X itself:
    "boats leave X daily. From X, they ..."), unless the words after X put people to sea
    ([settings] resumed_by_sea: "From X they sailed to Y")."""
    resumed = setting_rx(lexicon, "resumed_from", re.IGNORECASE)
    by_sea = setting_rx(lexicon, "resumed_by_sea", re.IGNORECASE)
    if resumed is None or by_sea is None:
        return claims
    by_index = {m.index: m for m in sentences}
    # the stops by sentence, and where each place is first a launch point: looked up, not
    # searched, for each "From X" (a long text has thousands of both)
    stops: dict[int, list[Claim]] = defaultdict(list)
    first_launch: dict[str, int] = {}
    for d in claims:
        if d.stop and d.role in ("destination", "transit", "launch_point") and not (d.negated or d.intended):
            stops[d.sentence].append(d)
            if d.role == "launch_point":
                first_launch[d.place.id] = min(d.at, first_launch.get(d.place.id, d.at))
    out = []
    for c in claims:
        masked = by_index.get(c.sentence)
        if (c.role == "launch_point" and not c.negated and masked is not None and resumed.match(c.words)
                and resumed.match(masked.doc.text[masked.start:c.at])    # the sentence opens on it
                and not by_sea.search(masked.doc.text, c.at, masked.end)
                and not first_launch.get(c.place.id, c.at) < c.at
                and any(d.at < c.at and d.hit != c.hit
                        for i in range(c.sentence - 2, c.sentence + 1) for d in stops.get(i, ()))):
            c = replace(c, role="transit")
        out.append(c)
    return out


def _entries_after_departures(claims: list[Claim], lexicon: Lexicon) -> list[Claim]:
    """A place entered after a departure its sentence names ends the leg from it ("From X,
    the trucks turn north, crossing the border with Y", "they left X and crossed into Y"):
    still a stop on the way, but the end of a stated leg (routes/)."""
    entry = lexicon.entry_cues
    left = [c for c in claims if c.role == "launch_point" and not (c.negated or c.hedged or c.intended)]
    if not left:
        return claims
    out = []
    for c in claims:
        if (c.cue in entry and c.role == "transit" and not c.onward and not c.negated
                and any(d.sentence == c.sentence and d.at < c.at and d.place.id != c.place.id
                        and d.place.country != c.place.country for d in left)):
            c = replace(c, onward=True)
        out.append(c)
    return out


def _moved_on(claims: list[Claim], lexicon: Lexicon) -> list[Claim]:
    """Legs from a place reached to one people were moved on to later ("landed on X. ...
    On Thursday 600 were transferred by ferry to Y"): the later arrival's cue words match
    [settings] onward_move. Each leg's start is a route-only claim ("returned_from") sharing
    the later arrival's hit, so the place keeps its one role and the leg is a stated movement."""
    moved = setting_rx(lexicon, "onward_move", re.IGNORECASE)
    hoped = setting_rx(lexicon, "intended_before", re.IGNORECASE)
    if moved is None:
        return []
    reached = [c for c in claims if c.role == "destination" and c.stop and not (c.negated or c.intended)]
    out: list[Claim] = []
    for later in reached:
        m = moved.search(later.words)
        if m is None or (hoped is not None and hoped.search(later.words, 0, m.start())):
            continue    # no move on, or one only hoped for ("others hope to be transferred to Y")
        # an arrival before it, in an earlier sentence or earlier in its own ("those who
        # reached X were later moved to Y")
        before = [c for c in reached if later.sentence - 4 <= c.sentence <= later.sentence
                  and (c.sentence < later.sentence or c.at < later.at) and c.hit != later.hit
                  and c.place.id != later.place.id and not c.place.holds(later.place)
                  and not later.place.holds(c.place)]
        if before:
            start = max(before, key=lambda c: (c.sentence, c.at))
            out.append(replace(start, role="returned_from", hit=later.hit, onward=False))
    return out


def _stops_on_the_way(claims: list[Claim], sentences: Sequence[Masked], lexicon: Lexicon) -> list[Claim]:
    """A place reached is a transit stop when the text goes on from it (cues.toml's onward
    settings): "to X, then on to Y", "X, where they were stuck", "... X. From there, ...",
    "... X. From there we walked" (onward_next_bare: no stop named), "to a cove near X, in Y
    province, where they boarded" (onward_aside: an aside, then a where-clause that moves on), or
    when a later sentence has people leave it ("drove them to X. ... the boat left X", "... into
    X. From X they rode buses to Y"). So is a place people were held in (cues with
    `left_later = true`, words that hold people: [settings] held_people) when the next sentence
    takes them on elsewhere ("a militia held them for a month in X. They later reached Y"), or
    its own sentence does ("kept in a house in X, then driven to Y": _kept_then_moved). A stop
    said right after its name to house people ([settings] housed_after: "X, where they were
    housed in a school") is where they arrived even so: its feature is a destination."""
    keys = ("onward", "onward_after", "onward_next")  # and, optional, onward_later
    if not claims or not all(lexicon.settings.get(k) for k in keys):
        return claims
    onward, after, following = (setting_rx(lexicon, k, re.IGNORECASE) for k in keys)
    moves_on = setting_rx(lexicon, "onward_later", re.IGNORECASE)
    earlier = setting_rx(lexicon, "onward_not", re.IGNORECASE)
    bare = setting_rx(lexicon, "onward_next_bare", re.IGNORECASE)
    aside = setting_rx(lexicon, "onward_aside", re.IGNORECASE)
    there = setting_rx(lexicon, "onward_there", re.IGNORECASE)
    ride = setting_rx(lexicon, "onward_ride", re.IGNORECASE)
    if ride is not None:    # a ride of its own right after the place goes on too
        onward = _either(onward, ride)
    by_sentence: dict[int, Masked] = {m.index: m for m in sentences}
    stops: dict[int, list[Claim]] = {}
    for c in claims:
        if c.stop and not c.negated and c.role in ("destination", "transit", "launch_point"):
            stops.setdefault(c.sentence, []).append(c)
    # place id -> where the text last leaves it, (sentence, offset): a departure, or the start
    # of a stated leg ("from X to Y, another from Y to Z" leaves Y after reaching it)
    left_later: dict[str, tuple[int, int]] = {}
    # ... and where it last leaves it on the way on of the people who reached it (a departure back
    # or home, or of a part of them or of someone else, is none: _left_apart)
    left_on: dict[str, tuple[int, int]] = {}
    leg_ends = {(c.hit, c.place.id) for c in claims if c.role == "destination" and not c.negated}
    back, part = (setting_rx(lexicon, k, re.IGNORECASE) for k in ("way_back_words", "onward_left_by_part"))
    for c in claims:
        starts_leg = c.role == "transit" and not c.onward and any(
            h == c.hit and p != c.place.id for h, p in leg_ends)
        if (c.role == "launch_point" or starts_leg) and not (c.negated or c.hedged or c.intended):
            left_later[c.place.id] = max(left_later.get(c.place.id, (-1, -1)), (c.sentence, c.at))
            if not _left_apart(c, by_sentence.get(c.sentence), back, part):
                left_on[c.place.id] = max(left_on.get(c.place.id, (-1, -1)), (c.sentence, c.at))
    # a landing stays where people arrived, wherever they are moved on to ("landed them at the
    # port of X, where they were screened before being driven to Y"): it ends a leg either way
    landed = setting_rx(lexicon, "landed_words", re.IGNORECASE)
    clause = setting_rx(lexicon, "landed_clause")
    # (and a place people were housed at: "bused to the reception centre at X", then on to Y)
    housed = setting_rx(lexicon, "housed_words", re.IGNORECASE)
    held = cue_ids(lexicon.cues, "left_later")
    # (people held, not "held talks in X", "held the border near Y")
    people_held = setting_rx(lexicon, "held_people", re.IGNORECASE)
    kept, then = setting_rx(lexicon, "kept_on_the_way", re.IGNORECASE), setting_rx(lexicon, "kept_then_after",
                                                                                  re.IGNORECASE)
    force = setting_rx(lexicon, "kept_by_force_before", re.IGNORECASE)
    entered = setting_rx(lexicon, "entered_before", re.IGNORECASE)
    hoped_on = setting_rx(lexicon, "onward_only_hoped", re.IGNORECASE)
    hope_apart = setting_rx(lexicon, "onward_hope_apart", re.IGNORECASE)
    others = route_modes(lexicon).get("other_group"), setting_rx(lexicon, "onward_others_next", re.IGNORECASE)
    housed_after = setting_rx(lexicon, "housed_after", re.IGNORECASE)
    out = []
    for c in claims:
        if (c.role == "destination" and c.stop and not c.negated and not _landed_at(c, landed, clause)
                and not _landed_at(c, housed, clause)):
            # (a place said to house people right after its name is where they arrived, even
            # when they move on: [settings] housed_after)
            masked = by_sentence[c.sentence]
            lodged = housed_after is not None and bool(housed_after.match(masked.doc.text, _place_end(c, masked)))
            # (a place only hoped for is left by no later sentence, but one hoped to be entered,
            # "trying to cross into X", is passed on the way)
            hoped_end = c.intended and not (
                entered is not None and just_before(masked, c.at, entered))
            if left_on.get(c.place.id, (-1, -1)) > (c.sentence, c.at):
                c = replace(c, role="transit", onward=True, arrived=lodged)
            elif _goes_on(c, by_sentence[c.sentence], stops, onward, after, following, by_sentence, moves_on,
                          earlier, bare, hoped_end, aside, there, hope_apart) \
                    and not _onward_only_hoped(c, by_sentence, hoped_on):
                # routes go on from it; but a hoped end whose way on is hoped too ("hope to reach
                # X and from there Y") stays a hoped-for end, and a place others went on from
                # ("some reached X; others went on to Y") stays where these people stayed: its
                # feature is a destination (Claim.feature_role)
                c = replace(c, role="transit", onward=True,
                            arrived=hoped_end or lodged or _others_went_on(c, by_sentence, stops, onward, *others))
            elif left_later.get(c.place.id, (-1, -1)) > (c.sentence, c.at):
                # left later only back, home, by a part of them or by someone else: routes go on
                # from it as before, its feature is a destination (Claim.feature_role)
                c = replace(c, role="transit", onward=True, arrived=True)
        elif (c.role == "returned_from" and c.cue in held and not (c.negated or c.hedged)
              and (people_held is None or people_held.match(c.words))
              and (_taken_on_next(c, stops, following, by_sentence)
                   or _kept_then_moved(c, by_sentence[c.sentence], stops, kept, then, force))):
            c = replace(c, role="transit", onward=True)
        out.append(c)
    return out


def _left_apart(c: Claim, masked: Masked | None, back: re.Pattern | None, part: re.Pattern | None) -> bool:
    """Whether a departure from a place is no way on from it for the people who reached it: one
    back or home ([settings] way_back_words on its words or the rest of its clause: "went home
    from X", "trains from X back to Y", "set out from X to go home"), or one of a part of the
    group or of someone else ([settings] onward_left_by_part on the words before it in its
    clause: "some move on from X", "his son left X for Y")."""
    if masked is None:
        return False
    before = masked.doc.text[masked.start:_hit_start(c, masked)]
    if back is not None:
        rest = re.match(r"[^,.;:!?]{0,60}", masked.doc.text[_place_end(c, masked):masked.end])
        just_before = re.search(r"(?:\S+\s+){0,2}$", before)    # "walked back from X"
        if any(t is not None and back.search(t) for t in (c.words, rest and rest.group(),
                                                          just_before and just_before.group())):
            return True
    return part is not None and part.search(before) is not None


def _others_went_on(c: Claim, by_sentence: dict[int, Masked], stops: dict[int, list[Claim]], onward: re.Pattern,
                    apart: re.Pattern | None, opens: re.Pattern | None) -> bool:
    """Whether the way on from a place reached is another group's: the words before the next
    stop of its sentence turn to others (the cue data's [route_modes] other_group, as
    routes.groups._apart reads them: "some reached X; others went on to Y"), or, the last stop
    of its sentence, the rest of the sentence or the next one turns to others going on ("went to
    X; others were sent south", [settings] onward_others_next: "X. Others were sent to Y"). Not
    when the same people go on first (`onward` before the others: "walked to X and paid boatmen
    to take them across; others ..."). The people told of stayed at X: its feature is a
    destination."""
    masked = by_sentence[c.sentence]
    end = _token_end(masked, c.at)
    if end < 0:
        return False
    later = [s for s in stops.get(c.sentence, ()) if s.at > c.at and not s.place.same_or_part(c.place)]
    if later:
        start = _token_start(masked, min(later, key=lambda s: s.at).at)
        m = apart.search(masked.text, end, start) if apart is not None and start > end else None
        return m is not None and not onward.search(masked.text, end, m.start())
    # (no later stop the gazetteer knows: others turning up in the rest of the sentence still
    # take the way on, "went to X; others were sent south to a district the map lacks")
    m = apart.search(masked.text, end) if apart is not None else None
    if m is not None and not onward.search(masked.text, end, m.start()):
        return True
    nxt = by_sentence.get(c.sentence + 1)
    return opens is not None and nxt is not None and opens.match(nxt.text) is not None


def _onward_only_hoped(c: Claim, by_sentence: dict[int, Masked], hoped_on: re.Pattern | None) -> bool:
    """Whether the only way on from a place reached is wished for, planned or tried ([settings]
    onward_only_hoped, on the rest of the place's sentence, or on the next sentence when its
    own ends at the place): "reached X, and most then try to move on to Y", "X. Many hope to
    travel on to Y". People arrived at X; no next leg is told as made, so X ends their
    journey as told (a destination), not a stop on the way."""
    masked = by_sentence.get(c.sentence)
    end = -1 if masked is None else _token_end(masked, c.at)
    if hoped_on is None or end < 0:
        return False
    if hoped_on.search(masked.text[end:]):
        return True
    nxt = by_sentence.get(c.sentence + 1)
    return (re.fullmatch(r"\W*", masked.text[end:]) is not None and nxt is not None
            and hoped_on.search(nxt.text) is not None)


def _went_on_in_clause(claims: list[Claim], sentences: Sequence[Masked], lexicon: Lexicon) -> list[Claim]:
    """A place reached is a stop on the way when its clause goes straight on, with a subject of
    its own or a participle, to another stop ([settings] onward_own_subject, matched right after
    the place and ending at the next place): "a minibus took us to X and we flew to Y", "flying to
    X and taking a bus to Y". A landing stays an arrival (_landed_at), and so does a move to live
    there ([settings] onward_settled_words on the claim's words: "moved to X, and they later
    travelled to Y" is a trip from a home); the next place must be a stop the text states, not
    denied, elsewhere than the place (not a part of it)."""
    rx = setting_rx(lexicon, "onward_own_subject", re.IGNORECASE)
    if rx is None:
        return claims
    settled = setting_rx(lexicon, "onward_settled_words", re.IGNORECASE)
    landed = setting_rx(lexicon, "landed_words", re.IGNORECASE)
    housed = setting_rx(lexicon, "housed_words", re.IGNORECASE)
    clause = setting_rx(lexicon, "landed_clause")
    by_sentence: dict[int, Masked] = {m.index: m for m in sentences}
    stops: dict[int, list[Claim]] = defaultdict(list)
    for c in claims:
        if c.stop and not (c.negated or c.hedged) and c.role in ("destination", "transit", "launch_point"):
            stops[c.sentence].append(c)
    out = []
    for c in claims:
        if (c.role == "destination" and c.stop and not (c.negated or c.intended)
                and not _landed_at(c, landed, clause) and not _landed_at(c, housed, clause)
                and not (settled and settled.search(c.words))
                and _next_leg_told(c, by_sentence[c.sentence], stops, rx)):
            c = replace(c, role="transit", onward=True)
        out.append(c)
    return out


def _next_leg_told(c: Claim, masked: Masked, stops: dict[int, list[Claim]], rx: re.Pattern) -> bool:
    """Whether `rx` matches right after the claim's place and ends at a stop elsewhere."""
    end = _token_end(masked, c.at)
    m = rx.match(masked.text, end) if end >= 0 else None
    return m is not None and any(
        _token_start(masked, s.at) == m.end() and not s.place.same_or_part(c.place)
        and not c.place.same_or_part(s.place) for s in stops.get(c.sentence, ()))


def _taken_on_next(c: Claim, stops: dict[int, list[Claim]], following: re.Pattern,
                   by_sentence: dict[int, Masked]) -> bool:
    """Whether the next sentence opens on going on ([settings] onward_next: "They later ...")
    and names a stop elsewhere, not only guessed at; the place's own sentence names no other
    stop (a journey told around it: "taken from X, where most were held after arrests in Y and
    Z. From there ..." goes on from X's road, not from Y or Z)."""
    nxt = by_sentence.get(c.sentence + 1)
    return (nxt is not None and following.match(nxt.text) is not None
            and all(s.place.id == c.place.id for s in stops.get(c.sentence, ()))
            and _stop_elsewhere(c, stops, c.sentence + 1))


def _landed_at(c: Claim, landed: re.Pattern | None, clause: re.Pattern | None) -> bool:
    """Whether the claim's words land people at its place: a landing word with no clause
    ([settings] landed_clause) between it and the place ("landed on X, after travelling to Y"
    lands no one at Y). Given [settings] housed_words, whether they house people there."""
    m = None if landed is None else landed.search(c.words)
    return m is not None and not (clause is not None and clause.search(c.words, m.end()))


def _way_back(c: Claim, back: re.Pattern | None) -> bool:
    """Whether the claim's words go back ([settings] way_back_words: "later went back to X",
    "home"): a way back is no way on."""
    return back is not None and back.search(c.words) is not None


def _goes_on(c: Claim, masked: Masked, stops: dict[int, list[Claim]], onward: re.Pattern, after: re.Pattern,
             following: re.Pattern, by_sentence: dict[int, Masked], moves_on: re.Pattern | None = None,
             earlier: re.Pattern | None = None, bare: re.Pattern | None = None, hoped_end: bool = False,
             aside: re.Pattern | None = None, there: re.Pattern | None = None,
             hope_apart: re.Pattern | None = None) -> bool:
    # (`earlier`: words after which the text tells what came before: "landed on X, after
    # travelling to Y and then by sea": X is no stop on the way to Y)
    # (a next stop only hoped for, a hope told apart from the trip ([settings] onward_hope_apart:
    # "works in X and still hopes to reach Y", "moved to X, and talks of going on to Y"), is no
    # way on from a place reached; "went to X, hoping to cross to Y" is, a staging place)
    end = _token_end(masked, c.at)
    if end < 0:
        return False
    if (after.match(masked.text, end) or aside is not None and aside.match(masked.text, end)) \
            and not _only_into_part(c, stops):
        return True     # (aside: "to a cove near X, in Y province, where they boarded", then a move on)
    for later in stops.get(c.sentence, ()):
        start = _token_start(masked, later.at)
        if (later.at > c.at and start > end and not later.place.same_or_part(c.place)
                and not (later.intended and not hoped_end and _hope_apart(masked, end, start, hope_apart))
                and onward.search(masked.text, end, start)
                and not (earlier is not None and earlier.search(masked.text, end, start))):
            return True
    nxt = by_sentence.get(c.sentence + 1)
    # the last arrival of its sentence, with the places listed with it ("flown to X or Y before ...")
    last = max((s.at for s in stops.get(c.sentence, ()) if s.role == "destination" and s.hit != c.hit),
               default=c.at)
    last = c.at if last < c.at else last
    going = moves_on.search(masked.text, end) if moves_on is not None and last == c.at else None
    if going and not (earlier is not None and earlier.search(masked.text, end, going.start())):
        return True     # "flown to X from Y before being driven to the border": the text goes on
    # the last arrival of a sentence, when the text goes on ("... to X, then" / "Then ...")
    # into the next sentence, which names a stop elsewhere not only guessed at ("Perhaps a truck
    # took them to Y": a hedge of its own, not one shared with the place reached; "hoping to
    # reach X. They later reached X" goes no further)
    # (a place only hoped for is left by no later sentence: "She hopes to reach X. ... From
    # there, those who arrive are taken to Y" goes on from another place; one hoped to be
    # entered, "trying to cross into X", is passed on the way: `hoped_end` says which)
    if nxt is None or last != c.at or hoped_end:
        return False
    if _stop_elsewhere(c, stops, c.sentence + 1):
        return bool(following.match(nxt.text) or onward.search(masked.text, end) or _there_next(c, nxt, there))
    if bare is not None and bare.match(nxt.text):
        return True     # "... to X. From there you start walking": it names no stop, but goes on from X
    # ... or into the one after a sentence with no stop ("... to X. A militia held them for a
    # month. They later reached Y"; Y another place)
    two_on = by_sentence.get(c.sentence + 2)
    return (two_on is not None and not stops.get(c.sentence + 1) and following.match(two_on.text) is not None
            and _stop_elsewhere(c, stops, c.sentence + 2))


def _hope_apart(masked: Masked, end: int, start: int, rx: re.Pattern | None) -> bool:
    """Whether the words between a place and the next stop tell the way on as a hope apart
    from the trip made ([settings] onward_hope_apart: "still hopes", "talks of", "had hoped")."""
    return rx is not None and rx.search(masked.text, end, start) is not None


@functools.lru_cache(maxsize=8)
def _either(first: re.Pattern, second: re.Pattern) -> re.Pattern:
    """One regex matching where either does, with the first's flags: built once per pair of
    settings, not once a document."""
    return re.compile(f"(?:{first.pattern})|(?:{second.pattern})", first.flags)


def _there_next(c: Claim, nxt: Masked, there: re.Pattern | None) -> bool:
    """Whether the next sentence opens at the claim's place ([settings] onward_there: "There,
    officers ...", "At X airport, ..."): what happened where the leg ended, told before the
    next leg, which its caller has that sentence name. A place opening it must be the claim's
    own (or a part of it): "... to X. In Y, ..." tells of another town."""
    m = there.match(nxt.text) if there is not None else None
    if m is None:
        return False
    if m.group("at") is None:
        return True
    return any(_token_start(nxt, x.start) == m.end() and PlaceRef.of(x).same_or_part(c.place)
               for x in nxt.mentions)


def _kept_then_moved(c: Claim, masked: Masked, stops: dict[int, list[Claim]], kept: re.Pattern | None,
                     then: re.Pattern | None, force: re.Pattern | None = None) -> bool:
    """Whether people were kept in the place on the way and its own sentence then moves them on
    to a stop elsewhere: "held in X for a week, then flown on to Y", "kept in a house in X
    before being driven to Y". Only words of keeping people, no custody ([settings]
    kept_on_the_way, matched at the start of the claim's words: not "detained at a centre in X
    before being flown back to Y", a removal), then right after the place a move on that goes
    neither back nor home ([settings] kept_then_after); no force keeps them ([settings]
    kept_by_force_before, right before the keeping words: "Police held them in X")."""
    if kept is None or then is None or not kept.match(c.words):
        return False
    if force is not None and force.search(masked.sentence[:max(0, masked.sentence.find(c.words))]):
        return False        # "Police held them in X and then flew them to Y": custody, a transfer
    end = next((m.end for m in masked.mentions if m.start == c.at), None)
    m = then.match(masked.doc.text, end, masked.end) if end is not None else None
    return m is not None and any(not s.hedged and s.place.id != c.place.id and s.at >= m.end()
                                 and not (s.place.holds(c.place) or c.place.holds(s.place))
                                 for s in stops.get(c.sentence, ()))


def _only_into_part(c: Claim, stops: dict[int, list[Claim]]) -> bool:
    """Whether every stop its sentence names after the claim's place is a part of that place
    ("to X, then on to Y, where they found rooms", Y a district the text put in X): no way on."""
    later = [s for s in stops.get(c.sentence, ()) if s.at > c.at]
    return bool(later) and all(s.place.same_or_part(c.place) for s in later)


def _stop_elsewhere(c: Claim, stops: dict[int, list[Claim]], sentence: int) -> bool:
    """Whether a sentence names a stop other than the claim's place (or a part of it), not
    only guessed at."""
    return any(not s.hedged and not s.place.same_or_part(c.place) for s in stops.get(sentence, ()))


def _token_end(masked: Masked, at: int) -> int:
    span = token_span(masked, at)
    return span[1] if span else -1


def _token_start(masked: Masked, at: int) -> int:
    span = token_span(masked, at)
    return span[0] if span else -1


#: An entry cue's own words that cross a border ("into X", "entered X"), not those that only
#: reach a country ("reached X"), which already give a destination.
_ENTRY_WORDS = re.compile(r"\binto\b|\benter", re.IGNORECASE)


def _arrivals_if_alone(claims: list[Claim], lexicon: Lexicon) -> list[Claim]:
    """With no destination and no other stop in the document, the places entered are
    where people arrived ("50,000 have crossed into Renk"); after "through Agadez" an
    entry is a step on the way (a river or gap crossed into it is not: "waded across the
    X River into Y")."""
    entry = lexicon.entry_cues
    # A stop inside a country entered is the way in, not a step beyond it: "60,000 entered
    # Chad, many through the border town of X".
    # (A departure from a place inside it, told after the entry, is a step beyond: "crossed into
    # X. In May they set off from Y", Y in X.)
    entered = {c.place.country: c.at for c in claims if c.cue in entry and c.place.kind == "country" and not c.negated}
    if any(not c.negated and (c.role == "destination" or (c.role in ("transit", "launch_point")
                                                          and c.cue not in entry and c.place.kind != "landmark"
                                                          and (c.place.country not in entered
                                                               or (c.role == "launch_point"
                                                                   and c.at > entered[c.place.country]))))
           for c in claims):
        return claims
    # In "crossed into X from Y" only X was entered: the claim that ends the leg.
    ends_leg = {c.hit for c in claims if c.onward}
    return [replace(c, role="destination", onward=False)
            if c.cue in entry and _ENTRY_WORDS.search(c.words) and (c.onward or c.hit not in ends_leg)
            else c for c in claims]


def _entered_country_holds_ends(claims: list[Claim], lexicon: Lexicon) -> list[Claim]:
    """A country entered ("crossed into X", "entered X") is the country people went to, a
    destination, when another sentence of the document has them reach a town or a region inside
    it ("crossed into X at night. ... a ticket to Y", Y in X; "60,000 entered X. Most were moved
    to the Y camp"): the journey ends within it. Not a country people are sent back from
    ("deported from X"), nor an entry denied or only hoped for."""
    entry = lexicon.entry_cues
    live = [c for c in claims if not (c.negated or c.intended or c.home)]
    # (told in another sentence: a further leg in the entry's own sentence keeps the entry a step
    # on the way, "cross into X and then travel to Y", as _entries_at_journeys_end reads it)
    inside = {(c.place.country, c.sentence) for c in live if c.role == "destination" and c.stop and c.place.country
              and c.place.kind not in ("country", "continent")}
    away = {c.place.country for c in live if c.role == "returned_from"}
    return [replace(c, role="destination", onward=False)
            if (c.role == "transit" and c.cue in entry and c.place.kind == "country"
                and any(k == c.place.country and n != c.sentence for k, n in inside)
                and c.place.country not in away and not (c.negated or c.intended)
                and _ENTRY_WORDS.search(c.words))
            else c for c in claims]


def _hit_start(c: Claim, masked: Masked) -> int:
    """The document offset where a claim's words start (its place when they cannot be found)."""
    i = masked.doc.text.find(c.words, masked.start, masked.end)
    return i if i >= 0 else c.at


def _place_end(c: Claim, masked: Masked) -> int:
    """The document offset right after a claim's place."""
    m = next((x for x in masked.mentions if x.start == c.at), None)
    return m.end if m is not None else c.at


#: The words from a country entered to a later end of its sentence that go on with the same
#: people: no other group, alternative or new clause ("or", "others", "while", ";").
_SAME_PEOPLE_ON = re.compile(r"(?:(?![;]|\b(?:or|others?|while|whereas|some|many)\b)[^.!?])*", re.IGNORECASE | re.DOTALL)


def _entries_at_journeys_end(claims: list[Claim], sentences: Sequence[Masked], lexicon: Lexicon) -> list[Claim]:
    """A country or region people crossed into is where they arrived when the document takes
    them no further: no stop outside it named after it, and no hope of a place beyond it
    ("thousands fled across the river into X; most now live in camps"; "crossed from Y into X");
    a town too, when the document tells people arrive there ([settings] entered_arrival_cues).
    Where the text goes on ("crossed into X ... then on to Z", "hoping to reach Z", "crossed
    into X. ... set off from Y", Y in X), the entry stays a step on the way. [settings]
    entered_before: the words right before the place. So does a place people live or wait for
    their case in ([settings] lived_words in a stay's words: "he now lives in X", "waiting for a
    hearing in Y"), of any kind: the journey's end when nothing follows it (not "had been living
    in X": a home left before). A stop told after the place but before it in time ("had spent
    months in Y", [settings] told_before), or in a country people came from, is no step beyond;
    nor, where people live now ([settings] lived_now_words), any stop of the same clause
    ([settings] lived_now_clause_break) but a hope abroad; nor a stop told of a few of the group
    ([settings] few_of_group: "A few said they planned to go on to Z"); nor a stay told in the
    entry's sentence of a place inside a country entered ([settings] entered_stay_words: "crossed
    into X and found work in Y", Y in X; a further leg inside it still is: "then travelled to Y")."""
    into = setting_rx(lexicon, "entered_before", re.IGNORECASE)
    entered_kinds = tuple(lexicon.settings.get("entered_kinds", ("country", "admin")))
    lived = setting_rx(lexicon, "lived_words", re.IGNORECASE)
    lived_for = setting_rx(lexicon, "lived_for_after", re.IGNORECASE)
    lived_onward = setting_rx(lexicon, "lived_onward_after", re.IGNORECASE)
    lived_now = setting_rx(lexicon, "lived_now_words", re.IGNORECASE)
    lived_now_break = setting_rx(lexicon, "lived_now_clause_break", re.IGNORECASE)
    if into is None:
        return claims
    by_index = {m.index: m for m in sentences}
    live = [c for c in claims if not c.negated and c.stop and c.role in ("destination", "transit", "launch_point")]
    told_before = setting_rx(lexicon, "told_before", re.IGNORECASE)
    told_break = setting_rx(lexicon, "told_before_break", re.IGNORECASE)
    back = setting_rx(lexicon, "way_back_words", re.IGNORECASE)
    few = setting_rx(lexicon, "few_of_group", re.IGNORECASE)
    rest = setting_rx(lexicon, "few_of_group_rest", re.IGNORECASE)
    stay = setting_rx(lexicon, "entered_stay_words", re.IGNORECASE)

    def a_few(d: Claim) -> bool:
        """Whether a stop is told of a few of the group, the subject of its clause ("A few said
        they planned to go on to Y", "Several hoped to reach Y"; [settings] few_of_group), and
        not of the rest after them ("Some waited, but others moved on to Y": few_of_group_rest)."""
        m = by_index.get(d.sentence)
        if few is None or m is None:
            return False
        end = max(_hit_start(d, m) - m.start, 0)
        place = max(d.at - m.start, end)   # (the rest may open the cue's own words: "others moved on to Y")
        return any(rest is None or rest.search(m.sentence, f.end(), place) is None
                   for f in few.finditer(m.sentence, 0, end))

    def earlier(d: Claim) -> bool:
        """Whether a stop told after the entry happened before it: told in the past perfect or
        as earlier ("they had spent months in X", "families who had earlier fled to Y";
        [settings] told_before, in the stop's words or right before them, in their own clause:
        "X, where they had waited, and then went on to Y" tells Y after X)."""
        m = by_index.get(d.sentence)
        if told_before is None or m is None:
            return False
        if told_before.search(d.words):
            return True
        end = max(min(d.at, _hit_start(d, m)) - m.start, 0)
        begin = max(end - 120, 0)
        if told_break is not None:
            begin = max((b.end() for b in told_break.finditer(m.sentence, begin, end)), default=begin)
        return told_before.search(m.sentence, begin, end) is not None

    homes = {d.place.country for d in claims if d.role == "origin" and d.place.country and not d.negated}

    def within(d: Claim, country: str) -> bool:
        """Whether the leg a departure starts ends in the given country: the places its cue's
        words reach, or else the places named after it in its sentence, are all inside it (and
        there is one: "From Y, buses run to a camp in Z")."""
        ends = [e.place.country for e in live if e.hit == d.hit and e is not d and e.role != "launch_point"]
        m = by_index.get(d.sentence)
        if not ends and m is not None:
            ends = [x.country for x in m.mentions if x.start > d.at and x.kind != "demonym"]
        return bool(ends) and all(e == country for e in ends)

    def leads_in(d: Claim, country: str) -> bool:
        """Whether a stop abroad is on the way into the given country: a later stop of its
        sentence is inside it ("crossed into X. They had flown from A to B and on to C", C in
        X: a journey told after the entry that ends where it did)."""
        return any(e.sentence == d.sentence and e.at > d.at and e.place.country == country
                   and e.role != "launch_point" for e in live)

    def beyond(c: Claim, entry: bool = True) -> bool:
        """Whether the document names a stop past the place entered (a later one abroad, not
        on a way into it; a destination inside it in its sentence; or a departure from it, not
        for a place inside it), hopes for one abroad, or names a way through to it in its
        sentence ("travel through X and then cross into Y"; an entry only: a journey through X
        to where people now live ends there)."""
        # a country people came from is no step beyond the one they entered ("crossed into X
        # from Y; in Y they had stayed in Z"): the origins, and the stops told before the entry
        came_from = {d.place.country for d in claims if d.place.country and not d.negated
                     and (d.role == "origin" or (d.role in ("transit", "launch_point") and d.at < c.at))
                     } - {c.place.country}
        # where people live now ends the journey its clause tells: only a place hoped for abroad
        # is beyond it ("he lives in X with a cousin who left Y in 2015": Y was left before; a
        # journey told in another clause or sentence still goes on from X)
        settled = not entry and lived_now is not None and lived_now.search(c.words) is not None
        for d in live:
            if _way_back(d, back) or d.hit == c.hit:
                continue
            if d.at > c.at and a_few(d):
                continue    # a few going on: the rest stay in the place entered
            if settled and _unbroken(c, d, by_index, lived_now_break) and not (
                    d.intended and d.role == "destination" and d.place.country != c.place.country):
                continue
            # (but an end the entry's own sentence goes on to with the same people is no stay told
            # before it: "crossed into X at A, ... and waded across the river into Y", Y's towns
            # told earlier; not "or others left for Y")
            if d.at > c.at and (earlier(d) or (d.place.country in came_from and not (
                    d.sentence == c.sentence and d.role == "destination" and d.place.country not in homes
                    and _SAME_PEOPLE_ON.fullmatch(by_index[c.sentence].doc.text, c.at, d.at)))):
                continue
            if d.place.id == c.place.id:
                if d.role == "launch_point" and d.at > c.at:
                    return True
                continue
            # a later departure from a place inside the country entered: "crossed into X. In
            # May they set off from Y", Y in X (the journey goes on from there), unless the leg
            # it starts ends inside X too ("crossed into X. From Y buses take them to camp Z",
            # Y and Z in X: a move within the country people arrived in)
            if (d.role == "launch_point" and d.at > c.at and c.place.kind == "country"
                    and d.place.country == c.place.country and not within(d, c.place.country)):
                return True
            abroad = bool(d.place.country) and d.place.country != c.place.country
            # (a stay inside the country entered, in its sentence, ends the journey in it too:
            # "crossed into X and found work in Y", Y in X; [settings] entered_stay_words)
            stays = (stay is not None and c.place.kind == "country" and not d.intended
                     and stay.search(d.words) is not None)
            if d.at > c.at and ((abroad and not leads_in(d, c.place.country))
                                or (d.role == "destination" and d.sentence == c.sentence and not stays)):
                return True
            # (a hope of a place in a country people came from is no step beyond: "some try to
            # get to X ... others crossed into Y", X at home)
            if abroad and d.role == "destination" and d.intended and d.place.country not in came_from:
                return True
            # (a stay in the people's own country before it is home left: "After three weeks in
            # X the family crossed into Y at Z", X in their country)
            if (entry and abroad and d.sentence == c.sentence and d.at < c.at and d.role == "transit"
                    and not d.onward and d.place.country not in homes):
                return True
        return False

    # A town crossed into is a step on the way, unless the document has people arrive there too
    # ("50,000 have crossed into the border town of X ... she and her children arrived in X";
    # [settings] entered_arrival_cues: an arrival told, not a leg that only heads there)
    arrival_cues = frozenset(lexicon.settings.get("entered_arrival_cues", ()))
    arrived = {c.place.id for c in claims if c.role == "destination" and c.cue in arrival_cues and c.stop
               and not (c.negated or c.hedged or c.intended)}

    def entered(c: Claim, m: Masked) -> bool:
        return ((c.place.kind in entered_kinds or c.place.id in arrived)
                and just_before(m, c.at, into) is not None)

    def lived_in(c: Claim) -> bool:
        """A stay read by the stay cue whose words say people live or wait for their case there."""
        return (c.cue == "transit.passing" and lived is not None and lived.search(c.words) is not None
                and not earlier(c)     # "who had been living in X and left": a home left behind
                and not (lived_for is not None and lived_for.match(by_index[c.sentence].doc.text, _place_end(c, by_index[c.sentence])))
                and not aims_on(c, by_index[c.sentence]))

    def aims_on(c: Claim, m: Masked) -> bool:
        """Whether the rest of the stay's sentence says people mean to move on, no place named
        ("living in X wait for a chance to cross the sea": a stop; [settings] lived_onward_after)."""
        return lived_onward is not None and lived_onward.search(m.doc.text, _place_end(c, m), m.end) is not None

    out = []
    for c in claims:
        m = by_index.get(c.sentence)
        # (an entry only hoped for is the hoped-for end too, when nothing lies beyond it: "most
        # try to cross into X", "he plans to cross into Y as soon as he has the money")
        if (c.role == "transit" and c.place.country and not (c.negated or c.hedged)
                and m is not None and (
                    (entered(c, m) and not beyond(c))
                    or (lived_in(c) and not c.intended and not c.onward and not beyond(c, entry=False)))):
            c = replace(c, role="destination", onward=False)
        out.append(c)
    return out


def _stays_ended_by_removal(claims: list[Claim], sentences: Sequence[Masked], lexicon: Lexicon) -> list[Claim]:
    """A place people lived, worked or spent years in ([settings] removal_stay_words in a stop's
    words) is where their journey ended when the next move told of them is a removal from it
    ([settings] removed_words, in the stay's sentence or one next to it, not denied or only feared:
    removal_denied_before): "he spent four years on building sites near X before he was
    deported", "many of those sent back had lived in Y for decades". Its stops become ends
    (not where the document has people leave: the launch of the removals it tells).
    A stop elsewhere told between the stay and the removal ("lived in X, then moved to Y, where
    she was deported") is a move on: X stays on the way."""
    stay = setting_rx(lexicon, "removal_stay_words", re.IGNORECASE)
    removed = setting_rx(lexicon, "removed_words", re.IGNORECASE)
    denied = setting_rx(lexicon, "removal_denied_before", re.IGNORECASE)
    from_rx = setting_rx(lexicon, "removed_from_elsewhere", re.IGNORECASE)
    to_rx = setting_rx(lexicon, "removed_to_here", re.IGNORECASE)
    if stay is None or removed is None:
        return claims
    by_index = {m.index: m for m in sentences}
    # (a place the document has people leave is where its removals start: "Afghans have left X
    # ... many of those returning had lived in X for decades": a launch, not an end)
    left = {c.place.id for c in claims if c.role == "launch_point" and not c.negated}
    ended = {c.place.id for c in claims
             if c.role == "transit" and not (c.negated or c.hedged or c.intended) and c.place.id not in left
             and stay.search(c.words)
             and _removed_after(c, claims, by_index, removed, denied, from_rx, to_rx)}
    return [replace(c, role="destination", onward=False)
            if c.role == "transit" and c.place.id in ended and not (c.negated or c.hedged) else c
            for c in claims]


def _removed_after(c: Claim, claims: list[Claim], by_index: dict[int, Masked], removed: re.Pattern,
                   denied: re.Pattern | None, from_rx: re.Pattern | None, to_rx: re.Pattern | None = None) -> bool:
    """Whether a removal is told in the stay's sentence or one next to it, with no stop elsewhere
    told between it and the stay (the people's homes may be: "those sent back come from Z and
    had lived in X"; "20 men were deported. One had lived in X since he was 16"), and none said
    to start elsewhere ([settings] removed_from_elsewhere, the words between the removal and
    another place: "deported from Y, where he had moved"), nor one told before the stay in its
    sentence and said to end in the stay's country ([settings] removed_to_here: "sent back to X
    and spent a week in Y": Y is where it ended)."""
    m = by_index.get(c.sentence)
    if m is None:
        return False
    nxt, prev = by_index.get(c.sentence + 1), by_index.get(c.sentence - 1)
    start, end = (prev or m).start, (nxt or m).end
    text = m.doc.text
    mentions = [x for s in (prev, m, nxt) if s is not None for x in s.mentions]
    for r in removed.finditer(text, start, end):
        if denied is not None and denied.search(text, max(m.start, r.start() - 40), r.start()):
            continue
        if from_rx is not None and any(
                x.country != c.place.country and r.end() <= x.start and from_rx.match(text[r.end():x.start])
                for x in mentions):
            continue    # a removal from abroad: "deported from Y, where he had moved"
        if to_rx is not None and m.start <= r.start() and r.end() <= c.at and any(
                x.country == c.place.country and r.end() <= x.start <= c.at and to_rx.match(text[r.end():x.start])
                for x in m.mentions):
            continue    # the stay at the removal's end: "sent back to X and spent a week in Y"
        lo, hi = sorted((c.at, r.start()))
        if not any(lo < d.at < hi and d.place.id != c.place.id and not d.negated
                   and d.role in ("transit", "destination", "launch_point") for d in claims
                   if abs(d.sentence - c.sentence) <= 1):
            return True
    return False


def _unbroken(c: Claim, d: Claim, by_index: dict[int, Masked], brk: re.Pattern | None) -> bool:
    """Whether two claims are in one sentence with no match of `brk` between their places
    (no break given: one sentence is enough)."""
    m = by_index.get(c.sentence)
    if m is None or d.sentence != c.sentence:
        return False
    lo, hi = sorted((c.at, d.at))
    return brk is None or brk.search(m.doc.text, lo, hi) is None


def _rides_on_the_way(claims: list[Claim], sentences: Sequence[Masked], lexicon: Lexicon) -> list[Claim]:
    """A town reached by a ride ([settings] ride_words, in the words of a claim on it or in the phrase
    before the place: "flew to X", "took a bus to X", "The bus goes through A and then north to X") is a
    stop on the way when the next sentences take people on: to another country ("flew to X. ... a
    taxi dropped them at the border and they crossed into Y"), or by a further ride ("a bus to X.
    ... In May a taxi took them to Y"): a journey told step by step, whose last place reached is
    where it ends. Not a stop told as earlier ([settings] told_before), nor one of a sentence about
    a part of the group ([settings] part_of_group_opening: "Others flew on to Y"). A stop that housed
    people (housed_words in the claim's words, housed_after right after the place: "a bus to the
    reception centre in X", "X, where they were housed") is where they arrived all the same: routes
    go on from it, its feature is a destination (Claim.feature_role)."""
    ride = setting_rx(lexicon, "ride_words", re.IGNORECASE)
    hoped = setting_rx(lexicon, "intended_before", re.IGNORECASE)
    landed = setting_rx(lexicon, "landed_words", re.IGNORECASE)
    told_before = setting_rx(lexicon, "told_before", re.IGNORECASE)
    part = setting_rx(lexicon, "part_of_group_opening", re.IGNORECASE)
    back = setting_rx(lexicon, "way_back_words", re.IGNORECASE)
    clause = setting_rx(lexicon, "landed_clause")
    brk = setting_rx(lexicon, "ride_clause_break")
    # (a place people were housed at stays where they arrived, as in _stops_on_the_way: "taken by
    # bus to the reception centre at X", or "X, where they were housed in ..." right after it)
    housed = setting_rx(lexicon, "housed_words", re.IGNORECASE)
    housed_after = setting_rx(lexicon, "housed_after", re.IGNORECASE)
    if ride is None:
        return claims
    by_index = {m.index: m for m in sentences}

    def ridden(c: Claim) -> bool:
        """A ride in the claim's words or its phrase before the place, not one only hoped for
        ("hope to take a bus to X")."""
        r = ride.search(c.words)
        if r is not None:
            return not (hoped is not None and hoped.search(c.words, 0, r.start()))
        m = by_index.get(c.sentence)
        if m is None:
            return False
        begin = _clause_start(c, m, brk)
        r = ride.search(m.doc.text, begin, c.at)
        return r is not None and not (hoped is not None and hoped.search(m.doc.text, begin, r.start()))

    later = [d for d in claims if d.stop and not (d.negated or d.intended or _way_back(d, back))
             and d.role in ("destination", "transit", "launch_point") and d.place.country]

    def told_earlier(d: Claim) -> bool:
        """A stop told after in the text but before in time ("they had spent months in Y")."""
        m = by_index.get(d.sentence)
        return (told_before is not None and m is not None
                and told_before.search(m.doc.text, max(m.start, d.at - 60), d.at) is not None)

    def some_of_them(d: Claim) -> bool:
        """A stop of a sentence that opens on a part of the group ("Others hope to reach Y", "A
        smaller number head to Y"): no move of the people who reached the place before."""
        m = by_index.get(d.sentence)
        return part is not None and m is not None and part.match(m.sentence) is not None

    def taken_on(c: Claim, d: Claim, named: set[str]) -> bool:
        """Whether a later stop takes the people of c on from it: abroad, or by another ride to a
        place not named before c (`named`; a ride to one is a way back or another thread: "flown
        from A to X. ... A bus has just left for A"); not a stop only guessed at ("Perhaps a truck
        took them on to Y")."""
        if (not c.sentence < d.sentence <= c.sentence + 3 or d.role == "launch_point" or d.hedged
                or told_earlier(d) or some_of_them(d)):
            return False
        if d.place.country != c.place.country:
            return True
        return (d.place.id not in named and d.place.id != c.place.id and not c.place.holds(d.place)
                and not d.place.holds(c.place) and ridden(d))

    # the sentences where the text has people ride to a town: this claim's, or one of the three
    # before it ("booked a ticket to X. ... He travelled to X via Y")
    rides: dict[str, set[int]] = defaultdict(set)
    for c in claims:
        if (c.role in ("destination", "transit") and c.place.kind == "city"
                and not (c.negated or c.intended or c.hedged) and ridden(c)):
            rides[c.place.id].add(c.sentence)
    out = []
    for c in claims:
        if (c.role == "destination" and c.stop and not (c.negated or c.intended or c.hedged)
                and any(c.sentence - 3 <= i <= c.sentence for i in rides.get(c.place.id, ()))
                and c.place.country and not _landed_at(c, landed, clause)):
            named = {b.place.id for b in later if b.at < c.at}
            if any(taken_on(c, d, named) for d in later):
                m = by_index[c.sentence]
                lodged = _landed_at(c, housed, clause) or (
                    housed_after is not None and bool(housed_after.match(m.doc.text, _place_end(c, m))))
                c = replace(c, role="transit", onward=True, arrived=c.arrived or lodged)
        out.append(c)
    return out


def _clause_start(c: Claim, m: Masked, brk: re.Pattern | None) -> int:
    """The document offset where the phrase holding the claim's place starts: after the last
    match of `brk` ([settings] ride_clause_break) before the place."""
    begin = m.start
    for b in (brk.finditer(m.doc.text, m.start, c.at) if brk is not None else ()):
        begin = b.end()
    return begin
