"""Control zones: who controls an area and how, with named actors and their affiliations.

The control cues of cues.toml say which words mean which kind of control, where the
zone's place comes from and how to draw it; this module resolves the place, names the
actor and finds affiliations ("falls under the Interior Ministry").
"""

from __future__ import annotations

import functools
import itertools
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from shapely.geometry import Point

from geomig.errors import GazetteerError
from geomig.gazetteer.geo import haversine_km
from geomig.gazetteer.regions import parse_region_id, region_id
from geomig.models import LOCAL_KINDS, GeocodedDocument, Mention
from geomig.picture import geometry
from geomig.picture.claims import ActorMention, Affiliation, Claim, PlaceRef, ZoneClaim
from geomig.picture.cues import (Lexicon, Masked, any_search, coordinated, dateline_span, find, holds_words, mask,
                                 may_match, normalise, present, compiled_rx, setting_rx)
# (unconfirmed: the one reading of "reports we could not verify" that roles use too)
from geomig.picture.relevance import compared, just_before, unconfirmed
from geomig.picture.roles import sentence_source

#: A country's coast part, whether that coast is far from every place of a document, and
#: the document's places its sea is cut around (see _drawing).
_Coast = tuple[str | None, bool, tuple[tuple[float, float], ...]]

#: Kinds of an origin that may still hold a zone ("Afghans" are from no spot a force acts at).
_WIDE_HOMES = frozenset({"country", "demonym", "continent", "region"})


def _home_town(before: str, lexicon: Lexicon) -> bool:
    """Whether the words before an origin's place name one person's home town there: one
    person said to be from it ([settings] home_town_one_from: "G., a bricklayer from X in Y"),
    not an act located near it ([settings] home_town_near_before: "rescued 12 migrants south
    of X", "off X": the force's zone stands). People counted from a place ("removed 3,000
    migrants from X") may be where a force acts."""
    one, near = setting_rx(lexicon, "home_town_one_from", re.I), setting_rx(lexicon, "home_town_near_before", re.I)
    return one is not None and one.search(before) is not None and not (near is not None and near.search(before))


_DIRECTION_WORDS = {"northern": "north", "southern": "south", "eastern": "east", "western": "west"}


@dataclass(frozen=True, slots=True)
class DocContext:
    """What a document as a whole says about where it is set."""

    main_country: PlaceRef | None       # the country most of its places are in
    dateline: PlaceRef | None           # "TRIPOLI (Reuters) -"
    adjectives: Mapping[str, str]       # ISO code -> adjective used in the text ("Libyan")
    names: Mapping[str, str]            # ISO code -> country name
    excluded: frozenset[tuple[int, int]]  # (sentence, mention start) of destinations and the dateline
    by_country: Mapping[str, tuple[Mention, ...]]  # ISO code -> the mentions in that country
    in_dateline: frozenset[tuple[int, int]] = frozenset()  # (sentence, mention start) in the dateline
    homes: frozenset[tuple[int, int]] = frozenset()  # (sentence, mention start) of places people are from
    # (sentence, mention start) of the countries and nationalities people are said to come from
    home_countries: frozenset[tuple[int, int]] = frozenset()


def context(doc: GeocodedDocument, claims: Sequence[Claim], lexicon: Lexicon) -> DocContext:
    """The document's main country, dateline, adjectives and coast part."""
    mentions = [m for m in doc.mentions if m.id]
    counts = Counter(m.country for m in mentions if m.country)
    names: dict[str, str] = {}
    adjectives: dict[str, str] = {}
    refs: dict[str, PlaceRef] = {}
    for m in mentions:
        if m.kind == "country" and m.country:
            names.setdefault(m.country, m.name or m.text)
            refs.setdefault(m.country, PlaceRef.of(m))
        elif m.kind == "demonym" and m.country and not m.text.endswith("s"):
            # (a headline's capitals are no spelling: "HELLENIC COAST GUARD" -> "Hellenic")
            word = m.text.title() if m.text.isupper() and len(m.text) > 3 else m.text[:1].upper() + m.text[1:]
            adjectives.setdefault(m.country, word)
            names.setdefault(m.country, m.name or m.text)
            refs.setdefault(m.country, PlaceRef.of(m))
    main = None
    for iso, _ in counts.most_common():
        main = refs.get(iso) or _country_ref(iso)
        if main:
            break
    dateline, in_dateline = _dateline(doc, mentions, lexicon)
    excluded = {(c.sentence, c.at) for c in claims if c.role == "destination" and not c.negated}
    # "Among those pushed back was G., a bricklayer from X in Y": X and Y are his home, where
    # no force acted (a country stays: "Afghans pushed back" names no home town)
    homes = frozenset((c.sentence, c.at) for c in claims if c.role == "origin" and not c.negated
                      and c.place.kind not in _WIDE_HOMES
                      and _home_town(c.source.quote[:max(0, c.at - c.source.start)], lexicon))
    home_countries = frozenset((c.sentence, c.at) for c in claims if c.role == "origin" and not c.negated
                               and c.place.kind in _WIDE_HOMES)
    by_country = {iso: tuple(m for m in mentions if m.country == iso) for iso in counts}
    # A dateline's places ("NOUAKCHOTT, Mauritania -") are where the report was filed, and
    # (the dateline recipe aside) no zone is drawn there.
    filed = frozenset((m.sentence, m.start) for m in in_dateline)
    return DocContext(main, dateline, adjectives, names, frozenset(excluded | filed | homes), by_country, filed,
                      homes, home_countries)


def _dateline(doc: GeocodedDocument, mentions: Sequence[Mention],
              lexicon: Lexicon) -> tuple[PlaceRef | None, list[Mention]]:
    """The dateline's place and the mentions inside the dateline ("VAN, Turkey (Wire) -")."""
    found = dateline_span(doc, lexicon, mentions)
    if found is None:
        return None, []
    first, end = found
    return PlaceRef.of(first), [x for x in mentions if x.start < end]


@functools.cache
def _adjectives() -> dict[str, str]:
    """ISO code -> the country's adjective from the gazetteer's demonyms ("LY" -> "Libyan")."""
    gaz = geometry.gazetteer()
    out: dict[str, str] = {}
    if gaz is None:
        return out
    def rank(key: str) -> tuple[bool, int]:
        # an adjective before a person's noun ("Turkish", not "Turk"; "British", not "Brit")
        return not key.endswith(("an", "ese", "ish", "i", "ch")), len(key)

    try:
        for key, row in gaz.demonyms.items():
            place = gaz.row(row)
            if place.kind == "country" and place.country and not key.endswith("s"):
                if place.country not in out or rank(key) < rank(out[place.country]):
                    out[place.country] = key
    except GazetteerError:  # without demonyms the country name is used
        return {}
    return {iso: " ".join(w[:1].upper() + w[1:] for w in key.split()) for iso, key in out.items()}


def _country_ref(iso: str) -> PlaceRef | None:
    gaz = geometry.gazetteer()
    if gaz is None:
        return None
    try:
        place = gaz.get(gaz.country_ids[iso])
    except (KeyError, GazetteerError):  # an unknown country just has no reference
        return None
    return PlaceRef(place.id, place.name, "country", place.country, place.lat, place.lon, 0.8)


def _coast_part(iso: str, mentions: Sequence[Mention]) -> str | None:
    directions = []
    for m in mentions:
        if m.kind == "region" and m.id and m.id.count(":") >= 2:
            directions.append(m.id.split(":")[1])
    points = [(m.lat, m.lon) for m in mentions if m.kind in LOCAL_KINDS
              and m.lat is not None]
    return geometry.coast_part(iso, points, directions)


def _flagged_controls(by_id: Mapping[str, Mapping]) -> tuple[frozenset[str], frozenset[str]]:
    """The control cues with `control_by_words` set and those with `placed_inside`, read once
    per process and settings table (every document asks; by id: the table is kept with them)."""
    kept = _flagged.get(id(by_id))
    if kept is None or kept[0] is not by_id:
        # A process reads one or two settings tables; tests build hundreds of lexicons of their
        # own, so the cache is emptied now and then rather than growing with them.
        if len(_flagged) >= 64:
            _flagged.clear()
        kept = _flagged[id(by_id)] = (by_id, *(frozenset(c for c, d in by_id.items() if d.get(flag))
                                               for flag in ("control_by_words", "placed_inside")))
    return kept[1], kept[2]


# id(control settings) -> (the settings, _flagged_controls()' answer)
_flagged: dict[int, tuple[Mapping[str, Mapping], frozenset[str], frozenset[str]]] = {}


def zone_claims(sentences: Sequence[Masked], lexicon: Lexicon, ctx: DocContext) -> list[ZoneClaim]:
    """Every control claim in the sentences, one per control type and place per sentence.

    A cue that `supersedes` others replaces their claims in its sentence on a country, on
    the same place or on a wider one holding it (with `doer_before`, on the doer's place its
    words name first too), and takes their actor: "the Tunisian coast guard intercepted
    them off Sfax" is the Tunisian coastguard off Sfax, not along all of Tunisia's coast (see
    _supersede). A cue with `each = true` gives a zone to every place listed with its own
    ("camps such as X and Y": two camps).
    """
    out: list[ZoneClaim] = []
    # the coast part is the document's (and whether that coast is far from all its places):
    # one vote per country, not per claim
    coast: dict[str, _Coast] = {}
    by_id = lexicon.control_settings
    clause = setting_rx(lexicon, "zone_clause_break", re.I)
    hedge = float(lexicon.settings.get("hedge_factor", 0.6))
    # the forces the sentence before named (its index, their claims)
    before: tuple[int, list[ZoneClaim]] = (-2, [])
    reach = int(lexicon.settings.get("act_before_sentences", 0))
    whole, border_km = setting_rx(lexicon, "whole_country", re.I), float(lexicon.settings.get("act_before_border_km", 0))
    # (a force the cue's words name though its actor is the cue's default: "Mongolian border troops")
    spot_words = _SpotWords(setting_rx(lexicon, "spot_before_force", re.I), setting_rx(lexicon, "spot_before_not_after", re.I),
                            setting_rx(lexicon, "spot_in_sentence_break"), setting_rx(lexicon, "spot_in_sentence_not", re.I))
    last: ZoneClaim | None = None           # the last act told at a place, not a country
    # read once here, not per sentence: building these sets was a few percent of reading a text
    generic = frozenset(lexicon.settings.get("generic_controls", ()))
    holds = frozenset(lexicon.settings.get("held_area_controls", ()))
    by_words, placed_inside = _flagged_controls(by_id)
    part_of_whole = setting_rx(lexicon, "part_of_whole", re.I)
    unsure = _unsure(lexicon)
    disputed = (setting_rx(lexicon, "accused_before", re.I), setting_rx(lexicon, "accusation_denied_after", re.I),
                setting_rx(lexicon, "accusation_denied_next", re.I))
    by_index = {m.index: m for m in sentences}
    for masked in with_anaphors(sentences, lexicon, ctx):
        seen: dict[tuple[str, str], int] = {}   # (control, place) -> its claim's index in out
        claims = [c for hit in find(lexicon.controls, masked, lexicon)
                  for c in _claims(hit, masked, lexicon, ctx, coast)]
        if not claims:      # (most sentences: the passes below would search them for nothing)
            before = (masked.index, [])
            continue
        claims = [_own_side(c, masked, lexicon, clause) for c in claims]
        claims = [_crossing_force(c, masked, lexicon, clause, by_id) for c in claims]
        claims, silenced = _supersede(claims, by_id, masked, clause, hedge)
        # "the navy stopped 900 people, most of them off X and Y": every place a cue's words
        # list is held by the force the cue named or took for one of them
        claims = [c if c.named_actor else
                  next((replace(c, actor=t.actor, named_actor=True, control=t.control) for t in claims
                        if t.named_actor and t.cue == c.cue and t.words == c.words), c)
                  for c in claims]
        # (a force the text says did not act pushed no one back: "Greek police did not stop them")
        told = [c for i, c in enumerate(claims) if c.named_actor and not c.negated and i not in silenced]
        claims = [_actor_before(c, told or (before[1] if before[0] == masked.index - 1 else []), by_id)
                  for c in claims]
        before = (masked.index, told)
        silenced.update(_one_event(claims, silenced, masked, clause, generic, by_words, holds))
        silenced.update(_placed_in_country(claims, silenced, masked, part_of_whole, placed_inside))
        silenced.update(_camps_inside(claims, silenced, by_words))
        # (after the claims above took its actor) "Australian border officers stopped a boat
        # off X": the adjective names the force; the sentence puts its act outside that country
        silenced.update(i for i, c in enumerate(claims) if _abroad(c, masked, lexicon))
        # "Germany's refusals of entry at the Austrian border": the other side's act
        silenced.update(i for i, c in enumerate(claims) if _other_side(c, masked, by_id))
        # "police are arresting men near X; the agency could not verify these reports": no zone
        silenced.update(i for i, c in enumerate(claims) if _unverified(c, masked, by_index, unsure))
        # "groups accused the guards of firing on migrants near X; Riyadh denies the charge": no zone
        silenced.update(i for i, c in enumerate(claims) if _accused_denied(c, masked, by_index, disputed))
        claims = [_at_crossing(c, masked, lexicon, ctx) for c in claims]
        claims = _force_kinds(claims, masked, lexicon, generic)
        claims = _arrested_inland(claims, masked, lexicon)
        claims, held = _held_by_force(claims, silenced, masked, lexicon, generic)
        silenced.update(held)
        live = [i for i in range(len(claims)) if i not in silenced]
        if len(live) == 1 and last is not None and masked.index - last.sentence <= reach:
            claims[live[0]] = _act_before(claims[live[0]], last, masked, whole, border_km)
        for i in live:
            claims[i] = _spot_before(claims[i], masked, by_index.get(masked.index - 1), whole, spot_words, by_id)
        for i, c in enumerate(claims):
            if i in silenced:
                continue
            key = (c.control, c.place.id)
            if key in seen:
                # one zone per control and place; the force the text names keeps its name, and
                # an act told outweighs one denied (as merge draws a zone for any told claim)
                kept = out[seen[key]]
                if ((kept.negated and not c.negated)
                        or (c.named_actor and not kept.named_actor and c.negated == kept.negated)):
                    kept, c = c, kept
                out[seen[key]] = _with_side(kept, c)
                continue
            seen[key] = len(out)
            out.append(c)
            if c.place.kind != "country" and not c.negated:
                last = c
    # A force that could not be placed inside its country ("US Border Patrol agents") adds
    # nothing where the document places that control inside the country elsewhere.
    # (by the cue's own control too: "Thai police arrested them ... held in X" places the police
    # at X, though a place people are held at is drawn as detention)
    placed = {(control, c.place.country) for c in out if c.place.kind != "country" and not c.negated
              for control in (c.control, by_id.get(c.cue, {}).get("control", c.control))}
    return _held_bands([c for c in out if not (by_id.get(c.cue, {}).get("narrow") and c.place.kind == "country"
                                               and (c.control, c.place.country) in placed)])


_Unsure = tuple[re.Pattern | None, re.Pattern | None, tuple[re.Pattern | None, re.Pattern | None], re.Pattern | None]


def _unsure(lexicon: Lexicon) -> _Unsure:
    """The [settings] that say a clause's report is unconfirmed (unconfirmed, unconfirmed_next,
    and unconfirmed_media with media_told, as relevance reads them for roles; and
    unconfirmed_aside, for zones)."""
    return (setting_rx(lexicon, "unconfirmed", re.I), setting_rx(lexicon, "unconfirmed_next", re.I),
            (setting_rx(lexicon, "unconfirmed_media", re.I), setting_rx(lexicon, "media_told", re.I)),
            setting_rx(lexicon, "unconfirmed_aside", re.I))


def _unverified(c: ZoneClaim, masked: Masked, by_index: Mapping[int, Masked], unsure: _Unsure) -> bool:
    """Whether a claim is told only in a report no one could verify: its clause says so, or the
    next one does (relevance.unconfirmed, the reading that takes roles from such places), or
    an aside before it in its sentence ("reports, which it could not verify, that police are
    arresting men near X"): a control told so draws no zone, as its places get no role."""
    rx, following, media, aside = unsure
    at = c.at if c.at >= 0 else masked.start
    return ((rx is not None and unconfirmed(masked, at, rx, following, by_index.get(masked.index + 1), media))
            or (aside is not None and aside.search(masked.doc.text, masked.start, max(at, masked.start)) is not None))


def _accused_denied(c: ZoneClaim, masked: Masked, by_index: Mapping[int, Masked],
                    disputed: tuple[re.Pattern | None, re.Pattern | None, re.Pattern | None]) -> bool:
    """Whether a claim's place is told only in an accusation that is denied: accusing words
    before it in its clause ([settings] accused_before), and a denial of the charge later in
    its sentence (accusation_denied_after) or opening the next clause or sentence
    (accusation_denied_next). A place told before the accusation is the text's own statement."""
    accused, after, following = disputed
    if accused is None or c.at < 0:
        return False
    s, at = masked.sentence, c.at - masked.start
    start = s.rfind(";", 0, at) + 1
    if accused.search(s, start, at) is None:
        return False
    stop = s.find(";", at)
    if after is not None and after.search(s, at, len(s) if stop < 0 else stop) is not None:
        return True
    if following is None:
        return False
    if stop >= 0:
        return following.match(s, stop + 1) is not None
    nxt = by_index.get(masked.index + 1)
    return nxt is not None and following.match(nxt.sentence) is not None


def _force_kinds(claims: Sequence[ZoneClaim], masked: Masked, lexicon: Lexicon,
                 generic: frozenset[str]) -> list[ZoneClaim]:
    """The claims of a sentence, each of its force's kind (_force_kind); a generic claim with
    no force named at a place a named force's claim holds is that force's ("armed groups hold
    the roads out of X and stop every bus there": one militia zone at X, not also border control)."""
    kinds = [_force_kind(c, masked, lexicon, generic) for c in claims]
    held = {c.place.id: k for c, k in zip(claims, kinds) if k.control != c.control}
    return [held[c.place.id] if (not c.named_actor and c.control in generic and c.place.id in held
                                 and c.negated == held[c.place.id].negated) else k
            for c, k in zip(claims, kinds)]


def _arrested_inland(claims: list[ZoneClaim], masked: Masked, lexicon: Lexicon) -> list[ZoneClaim]:
    """The claims of a sentence, an arrest told at a place far inland ("others, arrested later
    in X", "picked up in Y over expired permits") of the control [settings] arrest_inland gives
    (detention: people taken into custody there), not a border one; where the sentence names
    no border, crossing, coast or boat, and no other act of it holds the place as a border
    (one zone there, as before: "police raided X and arrested 40 refugees in X"). Far inland:
    a town farther than the table's `city_km` from its country's borders and coast, a province
    whose point lies farther than its `area_km` (an area's point says less of its edges); only
    the table's `cues`, and an arrest its `words` name (not caravans broken up, a watch kept)."""
    table = lexicon.settings.get("arrest_inland")
    if not table:
        return claims
    unless, words = compiled_rx(table["unless"], re.I), compiled_rx(table["words"], re.I)
    if (unless is not None and unless.search(masked.text)) or words is None:
        return claims
    out = list(claims)
    for i, c in enumerate(claims):
        if c.control != "border" or c.cue not in table["cues"] or not words.search(c.words) or any(
                j != i and d.control == "border" and d.place.id == c.place.id for j, d in enumerate(claims)):
            continue
        km = {"city": table["city_km"], "admin": table["area_km"]}.get(c.place.kind)
        outline = geometry.country_geometry(c.place.country) if km is not None else None
        if outline is not None and geometry.farther_than(outline.boundary, c.place.lat, c.place.lon, float(km)):
            out[i] = replace(c, control=table["control"])
    return out


def _held_by_force(claims: list[ZoneClaim], silenced: set[int], masked: Masked, lexicon: Lexicon,
                   generic: frozenset[str]) -> tuple[list[ZoneClaim], set[int]]:
    """The claims of a sentence with a force's generic claim at a place folded into a
    detention claim there naming no force ("Police in X detain migrants, and 80
    are held in the town's police station": one detention zone at X held by the police, not
    also a border zone); not where the force or the sentence names a border
    ([settings] force_kind_border: "border guards in X detain them; 80 are held in X"), and
    only for a claim told as the detention one is (both told, or both denied).
    Returns the claims and the indexes of the generic claims folded."""
    border = setting_rx(lexicon, "force_kind_border")
    if border is not None and border.search(masked.text):
        return claims, set()
    live = [i for i in range(len(claims)) if i not in silenced]
    out, folded = list(claims), set()
    for i in live:
        held = claims[i]
        if held.control != "detention" or held.named_actor:
            continue
        forces = [j for j in live if claims[j].named_actor
                  and claims[j].control in generic and claims[j].place.id == held.place.id
                  and claims[j].negated == held.negated
                  and (border is None or not border.search(claims[j].actor))]
        if forces:
            out[i] = replace(held, actor=claims[forces[0]].actor, named_actor=True)
            folded.update(forces)
    return out, folded


def _force_kind(c: ZoneClaim, masked: Masked, lexicon: Lexicon, generic: frozenset[str]) -> ZoneClaim:
    """A generic claim ([settings] generic_controls) held by a force the text names, of that
    force's own kind ([settings] force_kinds): "the roads to X are controlled by armed groups"
    are a militia's, "the navy stopped 14 boats off X" the navy's, not border control
    (a navy's or a coastguard's only at sea: [settings] force_kind_sea);
    unless the force or its sentence (places masked: "Port-au-Prince" is no port) name a border
    ([settings] force_kind_border: "border police", "police caught them near the X crossing
    and forced them back")."""
    if not c.named_actor or c.control not in generic:
        return c
    border = setting_rx(lexicon, "force_kind_border")
    if border is not None and (border.search(c.actor) or border.search(masked.text)):
        return c
    sea = setting_rx(lexicon, "force_kind_sea", re.I)
    afloat = c.place.kind == "sea" or (sea is not None and sea.search(c.words) is not None)
    kind = next((k for k in lexicon.settings.get("force_kinds", ())
                 if compiled_rx(k["words"], re.I).search(c.actor)), None)
    # (a navy's or coastguard's zone is drawn on the sea: only for an act told at sea)
    return replace(c, control=kind["control"]) if kind and (afloat or not kind.get("at_sea")) else c


def _act_before(c: ZoneClaim, last: ZoneClaim, masked: Masked, whole: re.Pattern | None,
                border_km: float) -> ZoneClaim:
    """A force's claim over its whole country only for the adjective in its name, the one
    claim of a sentence that places no act, is at the place of the act told just before
    ([settings] act_before_sentences): "A patrol intercepted the boat off X. Spanish officers
    were on board": off X; "They rushed the fence into Y. Moroccan forces caught one of them":
    Morocco's band along its border with Y's country, or Y itself where Y lies at Morocco's
    border (within `border_km`); in its own country, at that place.
    Elsewhere, away from the sea or a neighbour, or where the sentence says the whole country
    ([settings] whole_country), it is left as it is."""
    afloat = last.place.kind == "sea" or last.recipe in ("offshore", "coastal_strip")
    # (only an act of the same control, or one at sea: "... took them to a removal centre in Y.
    # Greek police deny push-backs" puts no Greek police at Y's centre)
    if (c.place.kind != "country" or c.recipe != "region" or c.direction or c.negated
            or not c.named_actor or not _by_adjective(c, masked) or not (afloat or last.control == c.control)
            or (whole is not None and whole.search(masked.sentence))):
        return c
    home, there = c.place.country, last.place.country
    if there == home or afloat or (last.place.kind != "country" and _at_border_of(home, last.place, border_km)):
        # (a force may act off another country's coast: its control is the act's there)
        control = last.control if there != home else c.control
        return replace(c, place=last.place, recipe=last.recipe, direction=last.direction, near=last.near, at=-1,
                       control=control)
    if home and there and geometry.neighbours(home, there):
        return replace(c, recipe="border_band", direction=f"with:{there}")
    return c


#: Kinds of a place a force may act at (a town, a post, an island; not a province that only
#: locates a town: "X, Roraima").
_SPOT_KINDS = frozenset({"city", "landmark", "island"})
#: Characters before a place that [settings] spot_before_not_after reads: the words that make it
#: a place only left or aimed at stand right before it ("fled X in a pick-up", "hoped to reach
#: the port of X"), as a cue's own words do.
_LEFT_BEFORE = 60


@dataclass(frozen=True, slots=True)
class _SpotWords:
    """The [settings] words _spot_before reads (None where the cue data lacks one)."""

    force: re.Pattern | None      # spot_before_force: a force the cue's words name
    left: re.Pattern | None       # spot_before_not_after: a place only left or aimed at
    breaks: re.Pattern | None     # spot_in_sentence_break: a clause of its own before the force's
    not_here: re.Pattern | None   # spot_in_sentence_not: a clause of visitors or a hedged reaching


def _spot_before(c: ZoneClaim, masked: Masked, before: Masked | None, whole: re.Pattern | None,
                 words: _SpotWords, by_id: Mapping[str, Mapping]) -> ZoneClaim:
    """A force's claim over its whole country (or its border band) only for the adjective in
    its name (a force its cue's words name, [settings] spot_before_force, where the actor is
    the cue's default), in a sentence that names no place of that country, is at the place of
    that country the sentence before names last: "We queued for days at the X crossing.
    Russian border guards took two men off the bus": the guards at X, not all over Russia (an
    act told before goes first: _act_before). Not where the sentence says the whole country
    ([settings] whole_country) or along the border (the cue's `frontier`), nor at a place
    people only left or wish to reach ([settings] spot_before_not_after: "They reached Y from
    X. Tunisian patrols ..." are not at X). So too the spot of that country its own sentence
    names in a clause of its own before the force's ([settings] spot_in_sentence_break: "We
    walked into X at dawn; Russian border guards took two men off the bus"), unless that clause
    is of visitors or only hedges the reaching ([settings] spot_in_sentence_not: "Tourists
    flocked to X; ...", "We may have reached X; ...")."""
    force, left, breaks, not_here = words.force, words.left, words.breaks, words.not_here
    if (c.place.kind != "country" or c.recipe not in ("region", "border_band") or c.negated
            or not (c.named_actor or (force is not None and force.search(c.words))) or not _by_adjective(c, masked)
            or (whole is not None and whole.search(masked.sentence))):
        return c
    home, frontier = c.place.country, compiled_rx(by_id.get(c.cue, {}).get("frontier"), re.I)
    own = [m for m in masked.mentions if m.kind in LOCAL_KINDS and m.country == home]
    # (a place of its country after the force's words is the cue's to read: "... detained
    # them in X")
    if any(m.start - masked.start >= _span(c)[0] for m in own) or (not own and before is None):
        return c
    if frontier is not None and frontier.search(masked.sentence):
        return c        # "the army reinforced its presence along the border": the band, no town
    # "They walked into X at dawn; Greek police detained them an hour later": the
    # spot its own sentence names in a clause of its own before the force's ([settings]
    # spot_in_sentence_break), as one the sentence before names
    told = masked if own else before
    text = told.doc.text
    spot = next((m for m in reversed(told.mentions) if m.kind in _SPOT_KINDS and m.country == home and m.id
                 and not (left is not None and left.search(text, max(told.start, m.start - _LEFT_BEFORE), m.start))), None)
    if own and (spot is None or breaks is None
                or not breaks.search(masked.sentence, spot.end - masked.start, _span(c)[0])):
        return c
    if own and not_here is not None:
        # (review) the spot's own clause: from the break before it, or the sentence's start
        at = spot.start - masked.start
        opened = max((m.end() for m in breaks.finditer(masked.sentence, 0, at)), default=0)
        if not_here.search(masked.sentence, opened, at):
            return c
    if spot is None:
        return c
    return replace(c, place=PlaceRef.of(spot), recipe="city_buffer", direction=None, at=-1)


def _at_border_of(iso: str | None, place: PlaceRef, km: float) -> bool:
    """Whether a place lies within `km` of a country's outline (an exclave by its
    neighbour: Melilla and Morocco), by degrees of latitude (a few tens of km)."""
    outline = geometry.country_geometry(iso) if iso and km > 0 else None
    return outline is not None and outline.distance(Point(place.lon, place.lat)) <= km / 111.0


def _actor_before(c: ZoneClaim, told: Sequence[ZoneClaim], by_id: Mapping[str, Mapping]) -> ZoneClaim:
    """A claim whose words name no force, for a cue whose `actor_before` words they hold
    ("they were pushed back across the river"), held by the last force named in its sentence,
    else in the sentence before ("Greek police stopped them near X. They were pushed back
    ..."): the force that acts, not the country of the place people were pushed to."""
    words = compiled_rx(by_id.get(c.cue, {}).get("actor_before"), re.I)
    if c.named_actor or not told or words is None or not words.search(c.words):
        return c
    return replace(c, actor=told[-1].actor, named_actor=True)


def _own_side(c: ZoneClaim, masked: Masked, lexicon: Lexicon, clause: re.Pattern | None) -> ZoneClaim:
    """A border claim ([settings] own_side_controls; police who keep order are no border
    force) inside a town ([settings] own_side_inside: "in X", not "near X") of another
    country than the national force its clause names ("US Border Patrol agents detained 300
    people in X", X across the river in Mexico) is that
    force's band along its border with the town's country (the last force named, where the
    clause names none of the town's country): a national force acts at home, unless the
    clause says it works abroad ([settings] force_abroad: "deployed", "joint
    patrols"). Where the two countries share no land border the claim is left as it is (no
    side to put it on), and so is one at sea, where a force may act off another country's
    coast."""
    if (c.control not in lexicon.settings.get("own_side_controls", ()) or c.place.kind in ("country", "sea")
            or not c.place.country or c.recipe in ("offshore", "coastal_strip")):
        return c
    inside = setting_rx(lexicon, "own_side_inside", re.I)
    if c.at < 0 or inside is None or not inside.search(masked.doc.text, max(masked.start, c.at - 60), c.at):
        return c            # "arrested near X": maybe on the force's side of the line
    forces = _national_forces(c, masked, lexicon, clause)
    abroad = setting_rx(lexicon, "force_abroad", re.I)
    # ("Tunisian guards deployed in X stopped them, while Libyan guards detained 30 in Y":
    # nothing says the Libyans work abroad)
    start, end = _span(c)
    lo, hi = _clause_at(masked, masked.start + start, masked.start + end, clause)
    if (not forces or c.place.country in forces or _at_sea(masked, lexicon)
            or (abroad is not None and abroad.search(masked.doc.text, lo, hi))):
        return c
    home, words = next(reversed(forces.items()))  # the force named last (in text order)
    ref = _country_ref(home)
    if ref is None or not geometry.neighbours(home, c.place.country):
        return c
    actor = c.actor if c.named_actor else _actor_name(words, lexicon) or c.actor
    return replace(c, place=ref, recipe="border_band", direction=f"with:{c.place.country}", at=-1,
                   actor=actor, named_actor=True)


def _crossing_force(c: ZoneClaim, masked: Masked, lexicon: Lexicon, clause: re.Pattern | None,
                    by_id: Mapping[str, Mapping]) -> ZoneClaim:
    """A post on a border (a cue with `force_across`) whose words name no force, held by the
    national force its clause names of the neighbouring country ("Soldiers of the South
    African army arrested 60 people east of the X border post", X on Zimbabwe's side): the
    force that acts there, not the border forces of the post's own country. Only a force
    whose act ([context] enforce) the words after it tell ("migrants who fled Tunisian police
    waited at X" is no Tunisian post), and not one named only by its officials or
    authorities (who may only speak)."""
    if (c.named_actor or not by_id.get(c.cue, {}).get("force_across") or c.place.kind in ("country", "sea")
            or not c.place.country):
        return c
    forces = {iso: words for iso, words in _national_forces(c, masked, lexicon, clause).items()
              if iso != c.place.country and not re.search(r"(?:officials|authorities)$", words, re.I)}
    if not forces:
        return c
    home, words = next(reversed(forces.items()))  # the force named last (in text order)
    acts, end = lexicon.contexts.get("enforce"), _span(c)[1]
    at = masked.sentence.rfind(words, 0, end)
    if (acts is None or at < 0 or not acts.search(masked.sentence, at + len(words), end)
            or not geometry.neighbours(home, c.place.country)):
        return c
    return replace(c, actor=_actor_name(words, lexicon) or c.actor, named_actor=True)


def _national_forces(c: ZoneClaim, masked: Masked, lexicon: Lexicon,
                     clause: re.Pattern | None) -> dict[str, str]:
    """Country -> words of each national force named before the end of the claim's words, in
    their clause, in text order: a country or its adjective right before a force's name
    ([vars] CFORCE: "US Border Patrol", "Mexico's National Guard"), or its officials."""
    start, end = _span(c)
    force = _force_after(_cforce(lexicon))
    text, base = masked.doc.text, masked.start
    found: dict[str, str] = {}
    for m in masked.mentions:
        if force is None or m.kind not in ("country", "demonym") or not m.country or m.start - base >= end:
            continue
        hit = force.match(text, m.end, masked.end)
        if hit is None or (hit.end() - base < start and clause is not None
                           and clause.search(masked.sentence, hit.end() - base, start)):
            continue
        found.pop(m.country, None)
        found[m.country] = text[m.start:hit.end()]
    return found


@functools.cache
def _force_after(forces: str) -> re.Pattern | None:
    """Right after a country or its adjective, a force's name ([vars] CFORCE) or its
    officials: "'s National Guard", " border police", " border officials"."""
    return re.compile(rf"(?:’s|'s)?\s+(?:[\w-]+\s+)?(?:{forces}|officials|authorities)\b", re.I) if forces else None


def _supersede(claims: list[ZoneClaim], by_id: Mapping[str, Mapping], masked: Masked,
               clause: re.Pattern | None, hedge: float) -> tuple[list[ZoneClaim], set[int]]:
    """The claims of a sentence with those a cue `supersedes` silenced, and the superseding
    claims holding the force of the ones they replace (see zone_claims). Repeated until no
    claim takes a new force: a claim takes the force its replaced claim took from a third
    ("X National Guard officers stopped them at a roadblock near Y": the roadblock replaces
    the stop, which replaced the officers' act; the Guard, not "X authorities", holds it)."""
    claims = list(claims)
    # (what a claim replaces depends on cues, places and words, which taking a force leaves as
    # they are: read once)
    replaced = [_replaced(i, claims, by_id) for i in range(len(claims))]
    silenced: set[int] = {j for js in replaced for j in js}
    for _ in range(len(claims)):
        changed = False
        for i, c in enumerate(claims):
            taken = _taken(c, replaced[i], claims, by_id, masked, clause, hedge)
            if taken != c:
                claims[i], changed = taken, True
        if not changed:
            break
    return claims, silenced


def _replaced(i: int, claims: Sequence[ZoneClaim], by_id: Mapping[str, Mapping]) -> list[int]:
    """The claims claim i's cue supersedes: on a country, the same place or a wider one
    holding it (and, for a cue with `doer_before`, one on a place its own words name before
    theirs: "X built a fence along the Y frontier", no fence at X); "soldiers guard X, and
    those who pass are stopped near Y" keeps both. In the cue's order of preference."""
    c = claims[i]
    order = by_id.get(c.cue, {}).get("supersedes", ())
    doer = by_id.get(c.cue, {}).get("doer_before")
    return sorted((j for j, r in enumerate(claims) if r.cue in order
                   and (r.place.kind == "country" or _covers(r.place, c.place)
                        or (doer and _within(_span(r), _span(c)) and 0 <= r.at < c.at))),
                  key=lambda j: (order.index(claims[j].cue), j))


def _taken(c: ZoneClaim, replaced: Sequence[int], claims: Sequence[ZoneClaim], by_id: Mapping[str, Mapping],
           masked: Masked, clause: re.Pattern | None, hedge: float) -> ZoneClaim:
    """A claim with no force of its own named, holding the force of the claims it replaces
    in its clause ("X patrols its coast, and Y stopped a boat off Z": not X's) and the
    control that force is, where the cue's control is its own ("the navy stopped the boat
    off X": the navy's zone, not a coastguard's)."""
    # (not the force of a country the clause holds on its own side of the border with the
    # claim's country, _own_side, whether the claim is its band or the country itself:
    # "Tunisian border guards detained them in X and took them to a centre in Y", Y in
    # Libya, is no Tunisian centre)
    held = {claims[j].place.country for j in replaced
            if claims[j].recipe == "border_band" and claims[j].direction == f"with:{c.place.country}"}
    own = [j for j in replaced if _same_clause(claims[j], c, masked, clause) and claims[j].place.country not in held]
    if c.named_actor or not own:
        return c
    # (of the first cue's claims, the one on the same place: "soldiers closed the crossing
    # between X and Y" gives Y's soldiers to Y's side)
    first = claims[own[0]]
    taken = next((claims[j] for j in own if claims[j].cue == first.cue and claims[j].place.id == c.place.id), first)
    s = by_id.get(c.cue, {})
    control = (_force_control(taken.actor, s.get("by_force"), c.control)
               if taken.named_actor and c.control == s.get("control") else c.control)
    # ("those who stopped them near X may have been Libyan soldiers": a force named only as a
    # guess leaves the act it takes a guess, hedged as roles mark one)
    guess = taken.hedged and not c.hedged
    return replace(c, actor=taken.actor, named_actor=taken.named_actor, control=control, hedged=c.hedged or guess,
                   confidence=c.confidence * (hedge if guess else 1.0))


def _with_side(kept: ZoneClaim, other: ZoneClaim) -> ZoneClaim:
    """The claim kept for a control and country in a sentence, with the side of it the other
    claim told where it tells none ("border guards patrol X's southern border": the guards'
    act names the force, control.border the side; one zone, the guards' on the southern band)."""
    if (kept.direction or not other.direction or kept.place.kind != "country"
            or kept.negated != other.negated):
        return kept
    return replace(kept, recipe=other.recipe, direction=other.direction)


def _held_bands(claims: list[ZoneClaim]) -> list[ZoneClaim]:
    """A country's force the document places along its border with a neighbour once holds
    that band wherever it names no neighbour ("Polish border guards pushed them back into
    Belarus. ... Polish border guards beat them"): one zone, not the band and the country.
    A claim with a side of its own ("the south of the country") keeps that side."""
    band = {(c.control, c.place.id): c.direction for c in claims
            if c.recipe == "border_band" and (c.direction or "").startswith("with:") and not c.negated}
    return [replace(c, recipe="border_band", direction=band[(c.control, c.place.id)])
            if c.recipe == "region" and c.place.kind == "country" and not c.direction
            and (c.control, c.place.id) in band else c
            for c in claims]


def _span(c: ZoneClaim) -> tuple[int, int]:
    """The claim's cue words, as offsets in its sentence."""
    return c.source.highlight[0] if c.source.highlight else (0, 0)


def _same_clause(a: ZoneClaim, b: ZoneClaim, masked: Masked, clause: re.Pattern | None) -> bool:
    """Whether two claims of a sentence have overlapping words or no clause break between them."""
    (s1, e1), (s2, e2) = sorted((_span(a), _span(b)))
    return clause is None or e1 >= s2 or clause.search(masked.sentence, e1, s2) is None


def _one_event(claims: Sequence[ZoneClaim], silenced: set[int], masked: Masked,
               clause: re.Pattern | None, generic: frozenset[str] = frozenset(),
               facility: frozenset[str] = frozenset(), holds: frozenset[str] = frozenset()) -> set[int]:
    """Claims one event makes at one place under several control types ("the X navy stopped
    boats near Y": navy, coastguard, border): only the most specific stays. The same event is
    the same place, overlapping cue words, and the same force or one the text does not name;
    the most specific is a detention facility's (`facility`, the cues whose words say its kind, as
    control_by_words: "border guards took them to the guarded centre in X" is the centre's
    detention, not the guards' border; "soldiers held the border" names none), then
    the named force whose own type the claim's control is; with no
    force named, any type but a generic one ([settings] generic_controls: "held in a camp
    near X" is a camp, not also a border post). A force's hold on the place (`holds`,
    [settings] held_area_controls) outranks every other kind the same force's words make
    there ("the X National Army controls the town of Y": one hold, not also a border zone)."""
    out: set[int] = set()
    live = [i for i in range(len(claims)) if i not in silenced]
    for i in live:
        for j in live:
            a, b = claims[i], claims[j]
            if i == j or i in out or j in out or a.place.id != b.place.id or a.control == b.control:
                continue
            if a.negated != b.negated or not _overlap(_span(a), _span(b)):
                continue
            if _holds_over(b, a, holds):
                out.add(i)
                continue
            if _holds_over(a, b, holds):
                continue
            if not (a.named_actor or b.named_actor):
                if a.control in generic and b.control not in generic:
                    out.add(i)
                continue    # no force named: only the words say which control it is
            if a.named_actor and b.named_actor and a.actor != b.actor:
                continue
            if _rank(b, facility) > _rank(a, facility) or (_rank(b, facility) == _rank(a, facility) and j < i):
                out.add(i)
    return out


def _holds_over(hold: ZoneClaim, other: ZoneClaim, holds: frozenset[str]) -> bool:
    """Whether a claim of a force holding its place replaces another claim of the same
    words: the other is of another kind, and its words hold part of the hold's force's name
    ("the Libyan National Army controls X": "Army controls X" is the same force's words)."""
    if hold.control not in holds or other.control in holds or not hold.named_actor:
        return False
    at = hold.words.lower().find(hold.actor.lower())
    if at < 0:
        return False
    start = _span(hold)[0] + at
    return _overlap((start, start + len(hold.actor)), _span(other))


def _placed_in_country(claims: Sequence[ZoneClaim], silenced: set[int], masked: Masked,
                       part: re.Pattern | None, cues: frozenset[str]) -> set[int]:
    """Claims over a whole country, for a force's name (a cue with `placed_inside`), that
    another claim of the same words places inside it ("Egyptian border guards arrested 340
    people at X": one force, one act, at X; not X and all of Egypt): the same control, cue
    words within the other's, a place in that country. (A cue that reads an act over a
    country, "pushed back to Y by Libyan soldiers near X", keeps its zone.) Not
    where the words make the place a part of the whole ([settings] part_of_whole: "stopped
    230 attempts, most of them near X", "closed all its crossings, including X").
    So are claims on a town that only owns the force ("Y's police arrested 40 people near X":
    Y's police act at X, not at Y)."""
    live = [i for i in range(len(claims)) if i not in silenced]

    def inside(i: int, j: int) -> bool:
        wide, narrow = claims[i], claims[j]
        if not (narrow.place.kind != "country" and narrow.place.country == wide.place.country
                and narrow.place.id != wide.place.id
                and narrow.control == wide.control and narrow.negated == wide.negated
                and (_within(_span(wide), _span(narrow)) or _named_by(wide, narrow))):
            return False
        lo = masked.start + _span(wide)[0]
        return part is None or narrow.at < lo or part.search(masked.doc.text, lo, narrow.at) is None

    return {i for i in live if (claims[i].place.kind == "country" or _owner(claims[i], masked))
            and claims[i].cue in cues and any(inside(i, j) for j in live if j != i)}


def _camps_inside(claims: Sequence[ZoneClaim], silenced: set[int], facility: frozenset[str]) -> set[int]:
    """Camp claims over a country or one of its provinces (`facility`: the cues whose words
    say the facility's kind) where the same sentence names a camp of its own inside it
    ("camps in X, such as Y and Z", "camps in X's Y district"): the camps are at their own
    places, not all over the country."""
    live = [i for i in range(len(claims)) if i not in silenced and claims[i].cue in facility]

    def inside(wide: ZoneClaim, narrow: ZoneClaim) -> bool:
        return (wide.place.id != narrow.place.id and narrow.negated == wide.negated
                and _covers(wide.place, narrow.place)
                and (wide.place.kind == "country" or _near(wide.place, narrow.place, _DISTRICT_KM)))

    return {i for i in live if claims[i].place.kind in ("country", "admin")
            and any(inside(claims[i], claims[j]) for j in live if j != i)}


#: How far a camp may be from a district's or province's point and still be inside it (its
#: shape is not read).
_DISTRICT_KM = 150.0


def _near(a: PlaceRef, b: PlaceRef, km: float) -> bool:
    """Whether two places' points are at most `km` apart."""
    if None in (a.lat, a.lon, b.lat, b.lon):
        return False
    return haversine_km(a.lat, a.lon, b.lat, b.lon) <= km


def _named_by(wide: ZoneClaim, narrow: ZoneClaim) -> bool:
    """Whether a claim's force is the one the other's words name ("Egyptian border guards
    had stopped the trucks at a checkpoint near X": the guards' act is at the checkpoint)."""
    words = " ".join(wide.words.lower().split())
    return narrow.named_actor and bool(words) and words in " ".join(narrow.actor.lower().split())


def _owner(c: ZoneClaim, masked: Masked) -> bool:
    """Whether a claim's place is named inside its own words, a force's name ("Y's police")."""
    a, b = _span(c)
    return a <= c.at - masked.start < b


def _within(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return b[0] <= a[0] and a[1] <= b[1]


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _rank(c: ZoneClaim, facility: frozenset[str]) -> tuple[bool, bool, bool]:
    """The detention claim of a facility's cue (`facility`: a guarded centre people are taken
    to is the centre's, whoever took them; a camp the police watch stays both the camp's and
    the police's), then a named force, then the claim whose control is the force's own word
    ("navy")."""
    return (c.cue in facility and c.control == "detention", c.named_actor, c.control.lower() in c.actor.lower())


def not_held(claims: Sequence[Claim], zones: Sequence[ZoneClaim], lexicon: Lexicon) -> list[Claim]:
    """Where intercepted or detained people are brought is a control zone, not their
    destination ("intercepted off X" ... "on disembarkation at X"): a destination the
    document also holds people at (cues.toml [settings] held_zone_cues, held_zone_words)
    is dropped. So is a stop at a crossing its sentence shuts (a control cue with
    `not_a_stop`: "the border post between X and Y was closed" is no passage through X)."""
    shut = {(z.sentence, z.place.id) for z in zones if not z.negated
            and lexicon.control_settings.get(z.cue, {}).get("not_a_stop")}
    claims = [c for c in claims if not (c.role == "transit" and (c.sentence, c.place.id) in shut)]
    cues, words = lexicon.settings.get("held_zone_cues"), setting_rx(lexicon, "held_zone_words", re.I)
    if not cues or words is None or not zones:
        return list(claims)
    # A country counts only when people are taken there ("flown to X"): people caught at
    # its border ("caught at the Saudi border") may still be heading for it.
    taken = setting_rx(lexicon, "held_country_words", re.I) or words
    # (Not where "the island" stands for the place: a stated destination outweighs a guess.)
    held = {z.place.id for z in zones if z.cue in cues and not z.negated and not z.anaphor
            and words.search(z.words)
            and (z.place.kind != "country" or taken.search(z.words))}
    landing = set(lexicon.settings.get("held_landing_cues", ()))
    return [c for c in claims if not (c.role == "destination" and c.place.id in held and c.cue not in landing)]


def _insular(x: Mention) -> bool:
    """Whether a named spot is an island or lies on one (a country only when all its land is
    islands; a town on a landmass smaller than a continent)."""
    if x.kind == "island":
        return True
    if x.kind == "country":
        return geometry.island_country(x.country)
    return x.lat is not None and x.lon is not None and bool(geometry.on_island(x.lat, x.lon))


def with_anaphors(sentences: Sequence[Masked], lexicon: Lexicon, ctx: DocContext) -> list[Masked]:
    """The sentences, with "the island", "the camp", "the port" ([settings] anaphor) masked
    as the named place they point back to, so control cues read "taken to the island, where
    they are held" as they read the name. The antecedent is the last named spot before the
    words (cues.toml [settings] anaphor_kinds), in the same sentence or the few before it
    (anaphor_sentences); never the dateline, a speaker's or a court's seat, nor a place that
    only locates another, nor the home of a newspaper or broadcaster (anaphor_not_after); and no
    spot at all for words in an apposition to another place ([settings] anaphor_apposed: "X, a
    camp outside the town" locates X). Sentences without one are returned as they are."""
    rx = setting_rx(lexicon, "anaphor", re.I)
    if rx is None or not sentences or lexicon.is_off_topic:
        return list(sentences)  # (a text not about migration: its few control cues read names)
    by_name = setting_rx(lexicon, "anaphor_by_name")
    there = setting_rx(lexicon, "anaphor_there", re.I)
    apposed = setting_rx(lexicon, "anaphor_apposed", re.I)   # (checked per anaphor: _apposed)
    acts = setting_rx(lexicon, "anaphor_there_acts", re.I)  # "police took them off the bus there"
    aimed = setting_rx(lexicon, "anaphor_arrival_not_after", re.I)  # "a ticket to X": only aimed at
    # (a sentence holding none of a regex's keywords is not searched for it: holds_words)
    found = [sorted([m for r in (rx, by_name, there, acts) if r is not None and holds_words(r, masked)
                     for m in r.finditer(masked.sentence)], key=lambda m: m.start()) for masked in sentences]
    if not any(found):
        return list(sentences)  # most documents: no spot to find
    kinds = lexicon.settings.get("anaphor_kinds", {})
    settlements = frozenset(lexicon.settings.get("anaphor_settlements", ()))
    prefer = lexicon.settings.get("anaphor_prefer", {})
    insular = frozenset(lexicon.settings.get("anaphor_insular", ()))
    named_only = frozenset(lexicon.settings.get("anaphor_named_only", ()))
    by_gazetteer = frozenset(lexicon.settings.get("anaphor_gazetteer_noun", ()))
    reach = int(lexicon.settings.get("anaphor_sentences", 2))
    at_border = frozenset(lexicon.settings.get("anaphor_border_nouns", ()))
    border_words = (setting_rx(lexicon, "anaphor_border_before", re.I), setting_rx(lexicon, "anaphor_border_after", re.I))
    seats = [r for r in (setting_rx(lexicon, "seat_before", re.I), setting_rx(lexicon, "reference_before", re.I),
                         setting_rx(lexicon, "locator_before", re.I)) if r is not None]
    outlet = setting_rx(lexicon, "anaphor_not_after", re.I)   # "X's La Prensa newspaper": a paper's home
    spots: list[tuple[int, Mention]] = []   # (sentence index, mention) of every named spot, in order
    usable: dict[tuple[int, int], bool] = {}  # (sentence, start) -> not a seat nor a reference point
    by_index = {m.index: m for m in sentences}

    def ok(i: int, x: Mention) -> bool:
        # checked only for the spots an anaphor may take: the seat patterns are costly
        key = (i, x.start)
        if key not in usable:
            usable[key] = not (any(_seat(x, by_index[i], r) for r in seats)
                               or (outlet is not None and outlet.match(by_index[i].doc.text, x.end) is not None))
        return usable[key]

    # noun -> the latest of `spots` the text named with it, and how many spots were read for
    # it: each spot is read once per noun, not once per anaphor (a long text has thousands)
    named_last: dict[str, Mention] = {}
    named_read: dict[str, int] = {}

    def last_named(noun: str, text: str) -> Mention | None:
        for i, x in spots[named_read.get(noun, 0):]:
            if _names(noun, x, text, settlements, by_gazetteer) and ok(i, x):
                named_last[noun] = x
        named_read[noun] = len(spots)
        return named_last.get(noun)

    added: dict[int, list[Mention]] = {}
    led: dict[int, list[Mention]] = {}       # "the post there": spots read as "at" the place
    meant: dict[str, Mention] = {}          # noun -> the spot its words stood for last
    for masked, matches in zip(sentences, found):
        own = [(masked.index, x) for x in masked.mentions if (x.kind in LOCAL_KINDS or x.kind == "country")
               and (masked.index, x.start) not in ctx.in_dateline]
        taken: set[int] = set()             # starts of the words already read as a spot
        for m in matches:
            np = next(g for g in ("np", "np2", "np3", "np4", "np5") if g in m.re.groupindex and m.group(g) is not None)
            at, end = masked.start + m.start(np), masked.start + m.end(np)
            if at in taken or any(x.start < end and at < x.end for x in masked.mentions):
                continue    # already a name ("the Border" in an agency's name), or read
            taken.add(at)
            if m.re is acts:
                # a bare "there": the place named last, in the sentence or the one before,
                # when it is a town, an area or a spot (_there_acted)
                pick = _there_acted(at, own, spots, masked.index, lexicon, ok)
                if pick is not None and np == "np5" and _only_aimed_at(pick, masked.doc.text, aimed):
                    pick = None     # "A ticket to X costs ... At the airport, officers ...": not X's
                if pick is not None:
                    led.setdefault(masked.index, []).append(
                        replace(pick, start=at, end=end, sentence=masked.index, flags=(*pick.flags, "anaphor")))
                continue
            if _apposed(apposed, masked, at):
                continue    # "X, a camp outside the town": the words only locate X
            if "name" in m.re.groupindex:
                # "in mid-Channel": the place the document names with that word
                pick = _named_elsewhere(m.group("name"), masked.doc.mentions, lexicon)
                if pick is not None:
                    added.setdefault(masked.index, []).append(
                        replace(pick, start=at, end=end, sentence=masked.index, flags=(*pick.flags, "anaphor")))
                continue
            noun = m.group("noun").lower().rstrip("s")
            wanted = kinds.get(noun, ())
            before = [(i, x) for i, x in own if x.end <= at]
            # a spot the text named with the same noun ("the exclave of X", "X island"), however
            # far back; else the spot the same words stood for before; else the last spot of a
            # fitting kind close before (spots run in sentence order: stop past the reach)
            named = next((x for i, x in reversed(before) if _names(noun, x, masked.doc.text, settlements, by_gazetteer)
                          and ok(i, x)),
                         None) or last_named(noun, masked.doc.text)
            if named is not None and noun in at_border and m.re is not there and named.kind not in wanted:
                named = None    # "the crossing of the X" names a sea, no border spot
            close = itertools.takewhile(lambda ix: masked.index - ix[0] <= reach,
                                        itertools.chain(reversed(before), reversed(spots)))
            # (the last fitting spot, one of the noun's preferred kinds first: "the island" is
            # the island named before a town on it; a country only when all its land is islands)
            fitting = [x for i, x in close if x.kind in wanted and ok(i, x)
                       and (x.kind != "country" or geometry.island_country(x.country))
                       and (noun not in insular or _insular(x))
                       and (noun not in at_border or m.re is there
                            or _at_border_named(x, masked.doc.text, border_words))]
            if not fitting and noun in insular:
                # "the island's X" with no island close: the last island the text named before
                fitting = [x for i, x in itertools.chain(reversed(before), reversed(spots))
                           if x.kind in wanted and ok(i, x) and _insular(x)][:1]
            first = prefer.get(noun, ())
            if noun in named_only:
                fitting = []    # "the bridge": only a bridge the text named, never the last town
            pick = named or meant.get(noun) or next((x for x in fitting if x.kind in first),
                                                    fitting[0] if fitting else None)
            if pick is not None:
                meant[noun] = pick
                (led if m.re is there else added).setdefault(masked.index, []).append(
                    replace(pick, start=at, end=end, sentence=masked.index, flags=(*pick.flags, "anaphor")))
        spots.extend(own)
    if not added and not led:
        return list(sentences)
    doc = sentences[0].doc
    doc = replace(doc, mentions=(*doc.mentions, *(x for xs in added.values() for x in xs)))
    unnamed = setting_rx(lexicon, "unnamed")
    return [mask(doc, s.index, unnamed, extra=[(x, "at") for x in led.get(s.index, ())])
            if s.index in added or s.index in led else s for s in sentences]


def _there_acted(at: int, own: Sequence[tuple[int, Mention]], spots: Sequence[tuple[int, Mention]], index: int,
                 lexicon: Lexicon, ok) -> Mention | None:
    """The place a bare "there" of a force's act stands for: the last place named before it, in
    its sentence or the one before, if that is a town, an area or a spot ([settings]
    anaphor_there_acts_kinds) usable as one (not a seat nor a reference point); None for a
    country named last ("crossed into X. Police there ...": the country's own reading)."""
    back = itertools.chain(reversed([ix for ix in own if ix[1].end <= at]), reversed(spots))
    last, before = next(back, None), next(back, None)
    if last is None or index - last[0] > 1:     # named two sentences back or more: too far
        return None
    i, x = last
    # only a separator between the two (", " or " ("): "X, Texas", not "X and then Texas"
    if before is not None and before[0] == i and _locates(x, before[1]) and x.start - before[1].end <= 3:
        i, x = before       # "into X, Texas. There, officers ...": X, which Texas only locates
    return x if x.kind in lexicon.settings.get("anaphor_there_acts_kinds", ()) and ok(i, x) else None


def _only_aimed_at(m: Mention, text: str, aimed: re.Pattern | None) -> bool:
    """Whether the words right before a place make it one people only aim at ([settings]
    anaphor_arrival_not_after: "a ticket to X", "hoping to reach X")."""
    return aimed is not None and aimed.search(text, max(0, m.start - _LEFT_BEFORE), m.start) is not None


def _apposed(apposed: re.Pattern | None, masked: Masked, at: int) -> bool:
    """Whether the words up to document offset `at` are an apposition to the place the
    sentence names last before it ("X, a camp outside |the town")."""
    last = max((x.end for x in masked.mentions if x.end <= at), default=None)
    return apposed is not None and last is not None and apposed.fullmatch(masked.doc.text, last, at) is not None


def _named_elsewhere(name: str, mentions: Sequence[Mention], lexicon: Lexicon) -> Mention | None:
    """The place a document names with a word of its name ("mid-Channel": the English
    Channel it names), of the kinds [settings] anaphor_by_name_kinds allows; None when it
    names none or several."""
    kinds = lexicon.settings.get("anaphor_by_name_kinds", ())
    found = {m.id: m for m in mentions if m.id and m.kind in kinds and name in {*m.text.split(), *(m.name or "").split()}}
    return next(iter(found.values())) if len(found) == 1 else None


def _named_as(noun: str, m: Mention, text: str, settlements: frozenset[str]) -> bool:
    """Whether the text names a place with a noun: "the exclave of X", "the station in X",
    "X island", "X's port" (a settlement only with "of": "a town in X" says where the
    town is; [settings] anaphor_settlements)."""
    before_rx, after_rx = _noun_patterns(noun, noun in settlements)
    return bool(before_rx.search(text[max(0, m.start - 40):m.start].lower())
                or after_rx.match(text[m.end:m.end + 30].lower()))


def _names(noun: str, m: Mention, text: str, settlements: frozenset[str], by_gazetteer: frozenset[str]) -> bool:
    """Whether a noun stands for a place: for the nouns of [settings] anaphor_gazetteer_noun,
    when the gazetteer's own name of the place ends in it ("the river" is the Limpopo River the
    text named as "the Limpopo", however far back; not the X province of "the X river"), for
    the others when the text names the place with it (_named_as)."""
    if noun in by_gazetteer:
        return (m.name or "").lower().split()[-1:] == [noun]
    return _named_as(noun, m, text, settlements)


@functools.cache
def _noun_patterns(noun: str, settlement: bool) -> tuple[re.Pattern, re.Pattern]:
    """The words naming a place with a noun, before it ("the exclave of", "the station in")
    and after it ("X's port"); compiled once per noun (the nouns of [settings] anaphor)."""
    preps = "of" if settlement else "(?:of|in|at)"
    noun = re.escape(noun)
    return (re.compile(r"\b" + noun + r"s?\s+" + preps + r"\s+(?:the\s+)?$"),
            re.compile(r"(?:[’']s)?\s+(?:\w+\s+)?" + noun + r"\b"))


def _at_border_named(m: Mention, text: str, words: tuple[re.Pattern | None, re.Pattern | None]) -> bool:
    """Whether the text names a spot as one at a border, right before its name ("the border
    town of X": [settings] anaphor_border_before) or right after it ("X border crossing", "X, a
    town on the border": anaphor_border_after): what "the crossing" may stand for."""
    before, after = words
    # windows as long as the longest wording each pattern reads ("border settlements of the ",
    # ", a small market town near the Chadian border"), so a later clause is never read
    return bool(before is not None and before.search(text, max(0, m.start - 40), m.start)
                or after is not None and after.match(text[m.end:m.end + 60]))


def _possessor(target: Mention, masked: Masked, lexicon: Lexicon) -> PlaceRef | None:
    """The country "its border" belongs to: the last country the sentence names before the
    words, as their subject ("Bulgaria, which has sent police to its southern border", not
    the country the text names most, nor one people come from: [settings] not_possessor
    before it). None when the words are no possessive border or the sentence names none."""
    own = setting_rx(lexicon, "possessive_border", re.I)
    if own is None or not own.match(target.text):
        return None
    not_subject = setting_rx(lexicon, "not_possessor", re.I)
    candidates = [m for m in masked.mentions if m.end <= target.start and m.country
                  and m.kind in ("country", "demonym") and "anaphor" not in m.flags
                  and not (not_subject and _seat(m, masked, not_subject))]
    if not candidates or candidates[-1].country == target.country:
        return None
    owner = candidates[-1]
    gaz = geometry.gazetteer()
    if gaz is None:
        return None
    try:
        pid = gaz.country_ids[owner.country]
        part = parse_region_id(target.id or "")
        place = gaz.get(region_id(part[0], pid) if part else pid)
    except (KeyError, GazetteerError):  # an unknown country: the geoparser's choice stays
        return None
    return PlaceRef(place.id, PlaceRef.of(target).name, "region" if part else "country", place.country,
                    place.lat, place.lon, target.confidence, place.name)


def _claims(hit, masked: Masked, lexicon: Lexicon, ctx: DocContext,
            coast: dict[str, _Coast]) -> list[ZoneClaim]:
    """The hit's claim, one more for a place in its `also` slot ("hold X, including Y"), and
    with `each = true` one more per place listed with its place."""
    first = _claim(hit, masked, lexicon, ctx, coast)
    also = hit.slots.get("also")
    extra = _claim(hit, masked, lexicon, ctx, coast, slot=also) if first is not None and also else None
    slot = hit.slots.get("target")
    if first is None or slot is None or not hit.cue.settings.get("each"):
        return [c for c in (first, extra) if c is not None]
    out, last = [first, *([extra] if extra else [])], slot
    listed = setting_rx(lexicon, "listed_beside")
    for m in coordinated(masked, slot, lexicon):
        if _locates(m, last) and not (listed is not None and listed.search(masked.doc.text, last.end, m.start)):
            break           # "camps at X in Chad": Chad says where X is, it is not a camp
        #                     (but "the regions of A and B, C and D": each one listed)
        if _owns_force(m, masked, lexicon):
            break           # "off X, and Y's police arrest ...": Y opens a clause of its own
        actor = hit.group_spans.get("actor")
        if actor is not None and actor[0] <= m.start < actor[1]:
            break           # "At X, U.S. consular staff ... completed interviews": the force's country
        c = _claim(hit, masked, lexicon, ctx, coast, slot=m)
        if c is not None:
            out.append(c)
        last = m
    return out


def _owns_force(m: Mention, masked: Masked, lexicon: Lexicon) -> bool:
    """Whether a force's name follows the place right after it ([vars] CFORCE: "Y's police",
    "Y border guards"): the place names that force, it is no member of a list."""
    force = _owner_of(_cforce(lexicon))
    return force is not None and force.match(masked.doc.text, m.end, masked.end) is not None


@functools.cache
def _owner_of(forces: str) -> re.Pattern | None:
    """Right after a place, its own force ([vars] CFORCE): "'s local police", " border guards"
    (not "Y by soldiers": the list's own agent)."""
    return re.compile(rf"(?:(?:’s|'s)\s+(?:[\w-]+\s+)?|\s+)(?:{forces})\b", re.I) if forces else None


_BREADTH = {"country": 4, "region": 3, "admin": 2}  # "southern X" holds its districts


def _covers(wide: PlaceRef, narrow: PlaceRef) -> bool:
    """Whether a place is another or a wider one holding it: its region, its country, or
    any wider place for one of no country (a border river, a strait)."""
    return wide.id == narrow.id or (_BREADTH.get(wide.kind, 1) > _BREADTH.get(narrow.kind, 1)
                                    and (not narrow.country or wide.country == narrow.country))


def _located_by(m: Mention, masked: Masked, between: re.Pattern | None = None) -> Mention | None:
    """The place right before a mention that it only locates ("X, Texas"; with `between`,
    [settings] locator_between, "X in Chad", "X, in Chad"), or None."""
    before = next((x for x in reversed(masked.mentions) if x.end <= m.start), None)
    if before is None:
        return None
    words = masked.doc.text[before.end:m.start]
    if words.strip() != "," and not (between is not None and between.fullmatch(words)):
        return None
    return before if _locates(m, before) else None


def _locates(m: Mention, before: Mention) -> bool:
    """Whether a place after another in a list is its locator (broader, same country)."""
    return (bool(m.country) and m.country == before.country
            and _BREADTH.get(m.kind, 1) > _BREADTH.get(before.kind, 1))


def _claim(hit, masked: Masked, lexicon: Lexicon, ctx: DocContext,
           coast: dict[str, _Coast], slot: Mention | None = None) -> ZoneClaim | None:
    """The zone claim of a control cue's hit (on `slot` in place of its target), or None
    where its place holds no control: refused, placed, typed, drawn, given its force."""
    target = slot or hit.slots.get("target")
    if _refused(hit, target, masked, lexicon, ctx):
        return None
    place = _zone_place(hit, target, masked, lexicon, ctx)
    if place is None:
        return None
    control, recipe, afloat = _control(hit, target, place, masked, lexicon)
    if _camp_left(hit, target, control, masked, lexicon):
        return None         # "left the camp for relatives in X": where they went, no camp there
    drawn = _drawing(hit, place, recipe, masked, ctx, coast)
    if drawn is None:
        return None
    recipe, direction, near = drawn
    actor, named, control = _force(hit, place, control, afloat, masked, lexicon, ctx)
    if _unmanned_gone_round(hit, masked, lexicon):
        return None         # "walked around the crossing near X": no force named, no one stopped
    # "police tried to push them back near X": an attempt is hedged; "tried in vain to" denied
    attempt = _attempted(hit, masked, lexicon)
    hedged = hit.hedged or attempt == "tried"
    negated = ((hit.negated and not _avoided(hit, masked, lexicon) and not _closing_denied(hit, masked, lexicon))
               or attempt == "failed"
               or _denied(hit, masked, lexicon) or _stay_denied(hit, masked, lexicon))
    hedge = float(lexicon.settings.get("hedge_factor", 0.6))
    confidence = place.confidence * hit.cue.weight * (hedge if hedged else 1.0)
    # where the sentence names the zone's place (its slot, or the narrower place it holds)
    at = next((m.start for m in (target, *masked.mentions) if m is not None and m.id == place.id), -1)
    return ZoneClaim(
        control=control, place=place, actor=actor, recipe=recipe, doc=masked.doc.doc,
        sentence=masked.index, cue=hit.cue.id, words=hit.words,
        source=sentence_source(masked, [(hit.start, hit.end)]), confidence=confidence, direction=direction,
        negated=negated, hedged=hedged, named_actor=named,
        anaphor=target is not None and "anaphor" in target.flags, at=at, near=near,
    )


def _where_of(hit, place: PlaceRef, masked: Masked, ctx: DocContext, where: re.Pattern | None,
              locating: re.Pattern | None = None) -> PlaceRef | None:
    """The place of the force's country whose where-clause the hit's words open ("past X,
    where Greek police stopped two boats": X), or None: the force acts there, whatever
    place the sentence named before; not a place that only locates what comes before it
    (`locating`: "the holding centre near X, where police detain people")."""
    before = [m for m in masked.mentions if m.end <= hit.start]
    if where is None or not before:
        return None
    m = before[-1]
    opens = where.match(masked.doc.text, m.end)
    if (opens is None or opens.end() > hit.start or m.country != place.country or m.kind not in LOCAL_KINDS
            or (masked.index, m.start) in ctx.excluded
            or (locating is not None and locating.search(masked.doc.text, max(0, m.start - 30), m.start))):
        return None
    return PlaceRef.of(m)


def _state_of(target: Mention, hit) -> PlaceRef | None:
    """The country a national capital opening a cue's words stands for (`capital_is_state`
    cues): "Ankara has built a wall along the border" is Turkey's act, on its border, not a
    zone at Ankara. None for any other place ("the wall around X" is at X)."""
    if target.start != hit.start or not target.country or not _capital(target.id):
        return None
    return _country_ref(target.country)


def _refused(hit, target: Mention | None, masked: Masked, lexicon: Lexicon, ctx: DocContext) -> bool:
    """Whether the hit's force only speaks, receives or is cited there, or its target is no
    place a zone is drawn on (a seat, a locator, the dateline, a comparison)."""
    s = hit.cue.settings
    if (_cited(hit, masked, lexicon) or _bystander(hit, masked) or _speaker(hit, masked, lexicon)
            or _liaison(hit, masked, lexicon) or _event_held(hit, masked, lexicon)
            or _pronoun_unfounded(hit, masked) or _funded(hit, target, masked, lexicon)):
        return True
    ashore = s.get("ashore") or {}
    if (ashore.get("refused") and compiled_rx(ashore["refused"], re.I).search(hit.words)
            and not _at_sea(masked, lexicon, target)):
        return True         # "picked up near X" on land: no border control by itself
    named = setting_rx(lexicon, s["slot_name"], re.I) if s.get("slot_name") else None
    if named is not None and (target is None or not named.search(target.text)):
        return True         # the cue reads the place's own name ("X Refugee Camp")
    return target is not None and _target_refused(target, hit, masked, lexicon, ctx)


def _target_refused(target: Mention, hit, masked: Masked, lexicon: Lexicon, ctx: DocContext) -> bool:
    """Whether the words around the hit's target make it no place of control."""
    s = hit.cue.settings
    unnamed = setting_rx(lexicon, "unnamed_zone", re.I)
    if unnamed is not None and unnamed.search(target.text):
        return True         # "the border", "The Border Patrol": no named place
    if (masked.index, target.start) in ctx.in_dateline:
        return True         # "TRIPOLI, March 14 - 200 were intercepted by ...": where it was filed
    if (masked.index, target.start) in ctx.homes:
        return True         # "detained was G., a bricklayer from X": his home, not the force's place
    spoken = setting_rx(lexicon, "quote_spoken")
    if hit.start < target.start and spoken and spoken.search(masked.doc.text, hit.start, target.start):
        return True         # "'They catch us,' he said outside X": where the speaker stood
    if _opens_at_seat(target, masked, _seat_words(lexicon)):
        return True         # "In X, the interior ministry says forces stopped ...": its seat
    if _seat(target, masked, setting_rx(lexicon, "named_facility_before")):
        return True         # "the X camp north of Y": Y is a reference point
    if ((target.kind == "country" or parse_region_id(target.id or "") is not None)
            and _seat(target, masked, setting_rx(lexicon, "named_facility_in"))):
        return True         # "the X camp in (northern) Kenya": the camp is at its own place, not all over it
    # (a cue whose words hold the officials' act at the place, `seat_acts`, reads "officials
    # at X are checking papers" as officials at work there, not seated there)
    if ((_seat(target, masked, setting_rx(lexicon, "seat_before", re.I)) and not s.get("seat_acts"))
            or (not (s.get("measured_at_sea") and _at_sea(masked, lexicon))
                and _seat(target, masked, setting_rx(lexicon, "reference_before", re.I)))
            or _locator(target, masked, setting_rx(lexicon, "locator_before", re.I))
            or _named_after(target, masked, setting_rx(lexicon, "facility_after"),
                            setting_rx(lexicon, "facility_name"))):
        return True         # "a court in X ruled", "said in X", "470 km north of X", "the camp
        #                     of X, east of Y", "X Crown Court": no zone there
    comparison = setting_rx(lexicon, "compared_before", re.I)
    # "as on Lesbos in 2020, the camp burned": no zone there
    return comparison is not None and compared(masked, target.start, comparison,
                                               setting_rx(lexicon, "compared_time", re.I))


def _zone_place(hit, target: Mention | None, masked: Masked, lexicon: Lexicon, ctx: DocContext) -> PlaceRef | None:
    """The place the hit's zone is on (its sources in order, then its owner or the narrower
    place the sentence names), or None where the cue's settings draw none there."""
    s = hit.cue.settings
    seat = setting_rx(lexicon, "seat_before", re.I)
    # (a place of the sentence that only locates another, "X, outside Riga", is none)
    # (nor, for a cue with `sentence_not_after`, one its words put elsewhere: "the coast guard
    # stopped 300 people from X" is no coast guard of X)
    place = _place(s.get("place_from", ["slot"]), target, masked, ctx, s.get("slot_kinds"),
                   (seat, setting_rx(lexicon, "return_to_before", re.I), setting_rx(lexicon, "locator_before", re.I),
                    compiled_rx(s.get("sentence_not_after"), re.I)),
                   (hit.start, setting_rx(lexicon, "where_clause", re.I), seat),
                   ctx.home_countries if s.get("not_home_country") else frozenset())
    if target is not None and place is not None and place.id == target.id:
        # ("the X gate at Y, where guards check papers": the gate, not the town)
        referred = _referred(target, masked, setting_rx(lexicon, "reference_point_between"))
        place = _possessor(target, masked, lexicon) or (PlaceRef.of(referred) if referred else place)
        # ("walked into X, Texas, where agents detained them": at X, not all over Texas)
        located = (_located_by(target, masked, setting_rx(lexicon, "locator_between", re.I))
                   if place.id == target.id else None)
        place = PlaceRef.of(located) if located is not None else place
    if target is not None and place is not None and place.kind == "country" and s.get("control_by_words"):
        # ("camps in X, most of them in Y district": the camps at Y, not all over X)
        narrowed = _camp_narrowed(target, masked, setting_rx(lexicon, "camp_narrowed_after", re.I))
        place = PlaceRef.of(narrowed) if narrowed is not None else place
    if target is not None and place is not None and place.id == target.id and _camp_area(target, masked, lexicon):
        # ("the X camp in Y district": the camp at X, which the gazetteer knows, not all over Y)
        camp = _camp_named_before(target, masked, setting_rx(lexicon, "named_facility_in"))
        place = PlaceRef.of(camp) if camp is not None else place
    if place is not None and s.get("capital_is_state") and target is not None and place.id == target.id:
        place = _state_of(target, hit) or place
    if place is not None and s.get("narrow") and place.kind == "country":
        # ("past X, where Greek police stopped them": at X, not at a place named before it)
        place = _where_of(hit, place, masked, ctx, setting_rx(lexicon, "where_clause", re.I),
                         setting_rx(lexicon, "where_locating_before", re.I)) or place
    if place is not None and s.get("narrow"):
        place = _narrower(place, masked, ctx, setting_rx(lexicon, "narrow_before", re.I), seat,
                          _seat_words(lexicon),
                          _others_clauses(hit, masked, lexicon),
                          (setting_rx(lexicon, "narrow_way_before", re.I), setting_rx(lexicon, "narrow_way_after", re.I)),
                          setting_rx(lexicon, "reference_point_between"))
    if place is None or place.kind in lexicon.settings.get("no_zone_kinds", ()):
        return None
    post = setting_rx(lexicon, "at_a_post", re.I) if s.get("at_a_post") else None
    if place.kind == "country" and post is not None and post.match(masked.doc.text, hit.end, masked.end):
        return None         # "Swiss border guards check papers on the train": a post, not a country
    if target is None and s.get("named_unplaced") and (_named_before(hit, masked, lexicon)
                                                       or _unplaced_after(hit, masked, lexicon)):
        # "the detention centre for foreigners at Mucenieki" (a name the gazetteer lacks)
        return None         # "the Ain Zara detention centre", not placed: not a place nearby
    if place.kind == "country" and s.get("unplaced_off") and _unplaced_after(hit, masked, lexicon, "unplaced_off_after"):
        return None         # "the US Coast Guard off X" (X unknown): X's zone, not all the US coast
    if s.get("same_country") and not _same_country(hit.slots.get("actor"), place):
        return None         # "the Libyan coast guard returned them to X": X in Libya only
    if s.get("control_by_words") and _workers_camp(hit, masked, lexicon):
        return None         # "slept in a labour camp in X": workers' lodging, no custody
    return place


def _workers_camp(hit, masked: Masked, lexicon: Lexicon) -> bool:
    """Whether the facility a hit's words name is a camp where workers live ([settings]
    workers_camp, words reaching into the hit's): no one holds or takes in people on the
    move there, unless the clause before says people are sent or held there (workers_camp_custody)."""
    rx = setting_rx(lexicon, "workers_camp", re.I)
    custody = setting_rx(lexicon, "workers_camp_custody", re.I)
    lo = max(masked.start, hit.start - _FACILITY_WORDS_BEFORE)
    cut = setting_rx(lexicon, "facility_words_break", re.I)
    breaks = list(cut.finditer(masked.doc.text, lo, hit.start)) if cut is not None else []
    clause = masked.doc.text[breaks[-1].end() if breaks else lo:hit.end]
    return (rx is not None and any(m.end() > hit.start for m in rx.finditer(masked.doc.text, lo, hit.end))
            and not (custody is not None and custody.search(clause)))


def _camp_left(hit, target: Mention | None, control: str, masked: Masked, lexicon: Lexicon) -> bool:
    """Whether a camp cue's hit places a camp that takes people in at where people went on
    leaving it ([settings] camp_left_before on the words before the hit, camp_left_for
    between the hit's start and its target): "left the camp for relatives in X" (X no camp's)."""
    # (the claim's own facts first: the settings are looked up only for a camp that takes people in)
    if (target is None or target.start <= hit.start or control != "reception"
            or not hit.cue.settings.get("control_by_words")):
        return False
    before = setting_rx(lexicon, "camp_left_before", re.I)
    towards = setting_rx(lexicon, "camp_left_for", re.I)
    if before is None or towards is None:
        return False
    lo = max(masked.start, hit.start - _FACILITY_WORDS_BEFORE)
    return (before.search(masked.doc.text[lo:hit.start]) is not None
            and towards.search(masked.doc.text[hit.start:target.start]) is not None)


def _control(hit, target: Mention | None, place: PlaceRef, masked: Masked,
             lexicon: Lexicon) -> tuple[str, str, Mapping | None]:
    """(control, recipe, the cue's table for a force at sea or None): the cue's own, or the
    one its words and sentence make it (a facility's kind, ashore, afloat, off a place, held,
    police keeping order)."""
    s = hit.cue.settings
    control, recipe = s["control"], s["geometry"]
    if s.get("control_by_words"):
        # "the refugee camps of X" take people in, "the closed centre at Y" holds them (the
        # cue's words and the few before them in their clause: "refugees live in camps in X",
        # not "fled the army and now live in refugee camps in X")
        lo = max(masked.start, hit.start - _FACILITY_WORDS_BEFORE)
        cut = setting_rx(lexicon, "facility_words_break", re.I)
        breaks = list(cut.finditer(masked.doc.text, lo, hit.start)) if cut is not None else []
        words = masked.doc.text[breaks[-1].end() if breaks else lo:hit.end]
        control = next((f["control"] for f in lexicon.settings.get("facility_controls", ())
                        if compiled_rx(f["words"], re.I).search(words)), control)
    ashore = s.get("ashore")
    if ashore and not _at_sea(masked, lexicon, target):
        # "intercepted near X" in a sentence with no boat, shore or sea: a control on land
        control, recipe = ashore.get("control", control), ashore.get("geometry", recipe)
    afloat = s.get("afloat") if _at_sea(masked, lexicon) else None
    if afloat:
        # "the coast guard pushed the boats back out to sea": a control off the force's coast
        control, recipe = afloat.get("control", control), afloat.get("geometry", recipe)
    off = lexicon.settings.get("off_target") if s.get("off_target") else None
    if off and target is not None and _off(masked, target, lexicon):
        # "the coast guard increased patrols off X": the sea off X, not a disc on its land
        afloat = off        # (its by_force names the control of a force the text names)
        control, recipe = off.get("control", control), off.get("geometry", recipe)
    held = s.get("held")
    verb = compiled_rx(held["words"], re.I).search(hit.words) if held else None
    if verb is not None and _held_long(held, verb, hit, masked, lexicon):
        # "they were held in X for two months", "X, where police are holding them": a place
        # people are held at is detention, whatever else the cue's words control
        control, recipe = held.get("control", control), held.get("geometry", recipe)
    if control == "border":
        control = _order_kept(hit, masked, control, place)
    if recipe == "coastal_strip" and place.kind not in geometry.AREA_KINDS:
        # a force's own waters narrowed to the place it acts at ("towed the dinghy back
        # into Turkish waters off X"): the sea off X, not every coast of X's country
        recipe = "offshore"
    return control, recipe, afloat


def _order_kept(hit, masked: Masked, control: str, place: PlaceRef) -> str:
    """The control of a force that keeps the state's order, not a border: the cue's `police`
    ("police arrested four smugglers in X") or `army` ("soldiers patrol the streets of X")
    table whose words the hit and the rest of its sentence hold, where the sentence says
    nothing of a border, a coast or people on the move (its `unless`); or its `inland` table,
    for a place farther than its `border_km` from its country's borders and coast ("police in
    X turn back lorries", X inland: a border type needs a border in the text or by the place)."""
    words = hit.words + masked.doc.text[hit.end:masked.end]
    for key in ("police", "army", "inland"):
        keeper = hit.cue.settings.get(key)
        if not keeper:
            continue
        kept, unless = compiled_rx(keeper["words"], re.I), compiled_rx(keeper["unless"], re.I)
        # (the unless in the masked sentence too: a nationality standing for people is a token
        # there, "turned back 40 Eritreans", [vars] NATIONALS)
        if (kept is not None and kept.search(words)
                and not (unless is not None and (unless.search(masked.sentence) or unless.search(masked.text)))
                and ("border_km" not in keeper or _inland(place, float(keeper["border_km"])))):
            return keeper.get("control", control)
    return control


def _inland(place: PlaceRef, km: float) -> bool:
    """Whether a town lies farther than `km` from its country's outline (a land border or a
    coast), in km; a town only (an admin area's point says nothing of its edges, a landmark may
    be a centre that holds people)."""
    outline = geometry.country_geometry(place.country) if place.kind == "city" else None
    return outline is not None and geometry.farther_than(outline.boundary, place.lat, place.lon, km)


def _held_long(held: Mapping, verb: re.Match, hit, masked: Masked, lexicon: Lexicon) -> bool:
    """Whether a cue's `held` words need no time said after them, or, from their verb on, the
    words say that people were held and for how long ([settings] held_for: "detained four of
    them for ten days"; not "held talks for two days", "held the border for a week")."""
    if not held.get("for_a_time"):
        return True
    span = setting_rx(lexicon, "held_for", re.I)
    # (the hit's words are stripped: a space joins them to the rest of the sentence)
    tail = f"{hit.words[verb.start():]} {masked.doc.text[hit.end:masked.end]}"
    return span is not None and span.match(tail) is not None


def _drawing(hit, place: PlaceRef, recipe: str, masked: Masked, ctx: DocContext,
             coast: dict[str, _Coast]) -> tuple[str, str | None, tuple[tuple[float, float], ...]] | None:
    """(recipe, direction, near) the zone is drawn by: a frontier's band, a coast's part and
    the document's places it is cut around (geometry.coast_near); None for a coast far from
    every place of the document."""
    s = hit.cue.settings
    direction = _direction(hit.groups.get("direction"), place)
    frontier = compiled_rx(s.get("frontier"), re.I)
    stretch = compiled_rx(s.get("stretch"), re.I)
    if recipe == "region" and place.kind == "country" and stretch is not None and stretch.search(masked.sentence):
        # "Iranian soldiers patrol that stretch of the border": the band along the border by
        # the place the text named last near it, not the whole country nor its whole border
        side = _neighbour(place, masked, ctx)
        spot = _stretch_spot(place, side, masked, ctx)
        if spot is not None:
            return "border_band", side, (spot,)
    if recipe == "region" and place.kind == "country" and frontier is not None and frontier.search(masked.sentence):
        # "border guards fire on migrants along the frontier": the strip along the border
        # (with the neighbour the text names), not the whole country
        recipe, direction = "border_band", _neighbour(place, masked, ctx)
    elif recipe == "region" and place.kind == "country" and s.get("neighbour_band"):
        # "Polish border guards pushed them back into Belarus": the strip along the border
        # with the neighbour the sentence names; the whole country when it names none
        near = _neighbour(place, masked, ctx, in_sentence=True)
        if near is not None:
            recipe, direction = "border_band", near
        elif _border_force(hit, s) and not geometry.island_country(place.country):
            # "Saudi border guards shot at them": a border force holds its border band, with
            # the neighbour the document names, else along all its land borders
            recipe, direction = "border_band", _neighbour(place, masked, ctx)
    if geometry.drawn_by(recipe, place) == "coastal_strip":
        iso = place.country or ""
        if iso not in coast:  # the coast part is the document's: computed once per country
            part = _coast_part(iso, ctx.by_country.get(iso, ()))
            spots = [(m.lat, m.lon) for ms in ctx.by_country.values() for m in ms
                     if m.kind in LOCAL_KINDS and m.lat is not None]
            own = [(m.lat, m.lon) for m in ctx.by_country.get(iso, ()) if m.kind in LOCAL_KINDS and m.lat is not None]
            # "the US Coast Guard said ..." in a text set in the Caribbean: no coast of its own;
            # "the French coastguard" in a story set at Calais: the Channel's sea, not Réunion's
            coast[iso] = (part, geometry.coast_far(iso, part, spots), geometry.coast_near(iso, part, own, spots))
        direction, far, near = coast[iso]
        return None if far else (recipe, direction, near)
    return recipe, direction, ()


def _stretch_spot(place: PlaceRef, side: str | None, masked: Masked, ctx: DocContext) -> tuple[float, float] | None:
    """(lat, lon) of the place "that stretch of the border" refers to: the last one named up to
    the sentence's end, on either side, that lies near the border (geometry.border_near); None
    when none does."""
    sides = [place.country or "", side[5:] if side else ""]
    spots = [m for iso in sides for m in ctx.by_country.get(iso, ())
             if m.kind not in ("country", "demonym", "continent", "sea") and m.lat is not None
             and m.lon is not None and m.start < masked.end]
    for m in sorted(spots, key=lambda m: -m.start):
        if geometry.border_near(place.country or "", side, m.lat, m.lon):
            return (m.lat, m.lon)
    return None


def _force(hit, place: PlaceRef, control: str, afloat: Mapping | None, masked: Masked, lexicon: Lexicon,
           ctx: DocContext) -> tuple[str, bool, str]:
    """(actor, whether the text names it, control): the force the cue's words name, else the
    cue's actor template; and the control a named force is ("the navy": navy)."""
    s = hit.cue.settings
    named = _actor_name(hit.groups.get("actor") or _passive_agent(hit, lexicon)
                        or (_subject_after(hit, masked, lexicon) if s.get("subject_after") else None)
                        or _units_said(hit, masked, lexicon), lexicon)
    if named:
        # "the naval base in X": the adjective stands for its force ([settings] force_nouns)
        *head, last = named.split()
        named = " ".join([*head, lexicon.settings.get("force_nouns", {}).get(last.lower(), last)])
    owner = _owner_before(hit, masked, lexicon) if named and _common(named, lexicon) else None
    if owner:
        # "the X Salvation Government, whose police ...": that body's police, not the country's
        named = f"{owner} {named[:1].lower() + named[1:]}"
    elif named and _common(named, lexicon) and "{adj}" in s.get("actor", ""):
        # "soldiers" -> "Tunisian soldiers"; "Police arrested ..." -> "Hungarian police"
        named = _template("{adj} " + named[:1].lower() + named[1:], place, masked, ctx, hit.end)
    elif named and _common(named, lexicon):
        named = named[:1].lower() + named[1:]   # "Militias set up roadblocks": no name of their own
    if not named and s.get("control_by_words"):
        named = _facility_force(hit, place, masked, lexicon, ctx)
    removal = s.get("unnamed_removal")
    if not named and removal and compiled_rx(removal["words"], re.I).search(hit.words):
        return removal["actor"], False, control     # no country's force guessed for a removal
    actor = named or _template(s.get("actor", ""), place, masked, ctx, hit.end,
                               national=_nation_told(hit, place, masked, lexicon))
    if afloat and named:
        # ... the control its named force is ("the navy": navy)
        control = _force_control(named, afloat.get("by_force"), control)
    elif named and control == s["control"]:
        control = _force_control(named, s.get("by_force"), control)
    return actor, bool(named), control


def _nation_told(hit, place: PlaceRef, masked: Masked, lexicon: Lexicon) -> bool:
    """Whether a cue's default actor may carry the country of its place ("{adj} border forces"):
    the place is that country or a part of it named after it ("southern Libya"), the sentence
    names the country or its people, or the cue's words name a force ("the coast guard
    intercepted them off X": X's). "Bused to the border post at X" names no force and no
    country: the post's town may lie on either side, and which state acts there is not told (an
    actor is named or linked, never made from a nationality)."""
    if place.kind == "country" or not place.country or _part_of_its_country(place):
        return True
    if any(m.country == place.country and m.kind in ("country", "demonym") for m in masked.mentions):
        return True
    force = compiled_rx(rf"\b(?:{_cforce(lexicon)})\b", re.I) if _cforce(lexicon) else None
    return force is not None and force.search(hit.words) is not None


def _part_of_its_country(place: PlaceRef) -> bool:
    """Whether the place is a directional part of its own country ("southern Libya"): its name
    names the country."""
    part = parse_region_id(place.id or "")
    return part is not None and geometry.built_on_country(place.country, part[1])


def _facility_force(hit, place: PlaceRef, masked: Masked, lexicon: Lexicon, ctx: DocContext) -> str | None:
    """The force a facility's own words name ([settings] facility_forces: "a police station in
    X" is the police's), else None."""
    for f in lexicon.settings.get("facility_forces", ()):
        if compiled_rx(f["words"], re.I).search(hit.words):
            return _template(f["actor"], place, masked, ctx, hit.end)
    return None


def _owner_before(hit, masked: Masked, lexicon: Lexicon) -> str | None:
    """The body a force named by a common noun belongs to, named right before it with "whose"
    ([settings] force_owner_before: "the Syrian Salvation Government, whose police"), else None."""
    rx = setting_rx(lexicon, "force_owner_before")
    start = hit.group_spans.get("actor", (hit.start, hit.end))[0]
    found = rx.search(masked.doc.text, masked.start, start) if rx is not None else None
    return " ".join(found.group("owner").split()) if found else None


def _subject_after(hit, masked: Masked, lexicon: Lexicon) -> str | None:
    """The national force that opens the clause right after a post's words ("At the border
    post at X Mauritanian police handed them over": Mauritanian police; [settings]
    subject_after_gap, the words it may follow), for a cue with `subject_after`."""
    force, gap = _force_after(_cforce(lexicon)), setting_rx(lexicon, "subject_after_gap", re.I)
    text = masked.doc.text
    first = next((m for m in masked.mentions if m.start >= hit.end), None)
    if force is None or gap is None or first is None or first.kind != "demonym":
        return None
    found = force.match(text, first.end, masked.end)
    ok = found is not None and gap.fullmatch(text, hit.end, first.start) is not None
    return text[first.start:found.end()] if ok else None


def _units_said(hit, masked: Masked, lexicon: Lexicon) -> str | None:
    """The force that says its own ships or units did what the cue's words tell ([settings]
    units_said: "The Indonesian navy said one of its ships had spotted the boat off X": the
    Indonesian navy), else None."""
    rx = setting_rx(lexicon, "units_said", re.I)
    found = rx.search(masked.doc.text, masked.start, hit.start) if rx is not None else None
    return " ".join(found.group("force").split()) if found else None


def _passive_agent(hit, lexicon: Lexicon) -> str | None:
    """The force a passive in the cue's words names as its agent ("met by a Border Force
    cutter off X", "arrested by soldiers near Y"), for a cue whose pattern names no actor."""
    agent = _agent(_cforce(lexicon))
    found = agent.search(hit.words) if agent is not None else None
    return found.group("agent") if found else None


def _cforce(lexicon: Lexicon) -> str:
    """[vars] CFORCE: the force names as one alternation ("" where the lexicon has none)."""
    return lexicon.data.get("vars", {}).get("CFORCE", "")


@functools.cache
def _agent(forces: str) -> re.Pattern | None:
    """A passive's agent, a force ([vars] CFORCE), with the word before it ("by the Greek coast guard")."""
    if not forces:
        return None
    return re.compile(rf"\bby\s+(?:the\s+|an?\s+)?(?P<agent>(?:[\w’'-]+\s+)?(?:{forces}))\b", re.I)


def _border_force(hit, settings: Mapping) -> bool:
    """Whether the hit's force is a border force by its words (a cue's `border_force`:
    "Saudi border guards", not "Saudi police")."""
    words = compiled_rx(settings.get("border_force"), re.I)
    return words is not None and words.search(hit.groups.get("actor") or hit.words) is not None


def _force_control(actor: str, by_force: Mapping[str, str] | None, control: str) -> str:
    """The control a named force is (a cue's `by_force`, word -> control: "the Libyan navy"
    -> navy), else the control given."""
    return next((c for word, c in (by_force or {}).items()
                 if re.search(rf"\b{re.escape(word)}\b", actor, re.I)), control)


def _common(words: str, lexicon: Lexicon) -> bool:
    """Whether a force's words are a common noun ("soldiers"), maybe capitalised as a
    sentence's first word ("Police", [settings] common_force): no name of its own
    ("Frontex", "Border Force"), nor a country's ("Greek coastguard", "Bulgaria's police")."""
    if words.islower():
        return True
    common = setting_rx(lexicon, "common_force", re.I)
    return words[:1].isupper() and words[1:].islower() and common is not None and common.match(words) is not None


#: How many characters before a facility's cue words may still say what it is.
_FACILITY_WORDS_BEFORE = 40

_PROPER_END = re.compile(r"(?<![.!?]\s)\b[A-Z][\w’'-]+$")

def _seat_words(lexicon: Lexicon) -> tuple[re.Pattern | None, re.Pattern | None]:
    """[settings] seat_opening and seat_after, read by _opens_at_seat."""
    return setting_rx(lexicon, "seat_opening", re.I), setting_rx(lexicon, "seat_after", re.I)


def _opens_at_seat(m: Mention, masked: Masked, words: tuple[re.Pattern | None, re.Pattern | None]) -> bool:
    """Whether a sentence opens with a place and the officials who speak there ("In X, the
    interior ministry says ..."; `words`: [settings] seat_opening, then seat_after)."""
    opening, after = words
    return (opening is not None and after is not None
            and opening.fullmatch(masked.doc.text, masked.start, m.start) is not None
            and after.match(masked.doc.text, m.end) is not None)


def _unplaced_after(hit, masked: Masked, lexicon: Lexicon, setting: str = "unplaced_name_after") -> bool:
    """Whether a facility's words are followed by its own place, a name the gazetteer does
    not know ("the detention centre for foreigners at Mucenieki"; [settings] unplaced_name_after,
    or the `setting` given: a force "off Cay Sal Bank", unplaced_off_after)."""
    after = setting_rx(lexicon, setting)
    m = after.match(masked.doc.text, hit.end) if after is not None else None
    return m is not None and not any(x.start == m.start("name") for x in masked.mentions)


def _neighbour(place: PlaceRef, masked: Masked, ctx: DocContext, in_sentence: bool = False) -> str | None:
    """"with:XX" for the neighbouring country whose border a force's frontier is: one the
    sentence names, else (unless `in_sentence`) the one the document names most; None (all
    its land borders) when the text names no neighbour."""
    own = place.country
    named = [m.country for m in masked.mentions if m.country and m.country != own and m.kind in ("country", "demonym")]
    by_doc = [] if in_sentence else sorted((iso for iso in ctx.by_country if iso != own),
                                           key=lambda iso: -len(ctx.by_country[iso]))
    iso = next((x for x in [*named, *by_doc] if geometry.neighbours(own, x)), None)
    return f"with:{iso}" if iso else None


def _abroad(c: ZoneClaim, masked: Masked, lexicon: Lexicon) -> bool:
    """Whether a claim shades a whole country only for the adjective in its force's name
    while the sentence places the act at a named place the gazetteer does not know
    ([settings] unplaced_at: "near X Island"), or, for a force the text names, at a named
    place outside that country."""
    if c.place.kind != "country" or not _by_adjective(c, masked):
        return False
    unplaced = setting_rx(lexicon, "unplaced_at")
    if unplaced is not None and any(_unknown(m, masked) for m in unplaced.finditer(masked.sentence)):
        return True
    return c.named_actor and _acts_elsewhere(c.place, masked, setting_rx(lexicon, "narrow_before", re.I))


def _other_side(c: ZoneClaim, masked: Masked, by_id: Mapping[str, Mapping]) -> bool:
    """Whether a claim over a whole country only for its adjective before "border" (a cue
    with `other_side`: "caught on the Serbian border") is told in a sentence that names a
    neighbouring country or a place in one ("Germany's refusals of entry at the Austrian
    border", "caught on the Serbian border in X county", X in Romania): the act is that
    side's, at the line, not one inside the adjective's country. The neighbour is named in the
    border's own clause, no comma, semicolon or colon between them: "caught on the Libyan border,
    officials in Tunisia said" and "caught on the Polish border; Belarus denied any role" keep
    the zone."""
    if c.place.kind != "country" or not c.place.country or not by_id.get(c.cue, {}).get("other_side"):
        return False
    text, home = masked.doc.text, c.place.country
    borders = [m for m in masked.mentions if m.kind == "demonym" and m.country == home
               and re.match(r"\s+(?:border|frontier)\b", text[m.end:m.end + 12])]
    # (a people's word is whom the act befell: "Syrians pushed back at the Turkish border")
    return any(m.country and m.country != home and m.kind not in ("sea", "continent", "demonym")
               and geometry.neighbours(home, m.country)
               and any(not re.search(r"[,;:]", text[min(b.end, m.end):max(b.start, m.start)]) for b in borders)
               for m in masked.mentions)


def _unknown(m: re.Match, masked: Masked) -> bool:
    """Whether a match's `unknown` group, if it has one, is a name the text does not
    recognise as a place (the harbour of X: X no mention)."""
    if "unknown" not in m.re.groupindex or m.group("unknown") is None:
        return True
    a, b = masked.start + m.start("unknown"), masked.start + m.end("unknown")
    return not any(x.start < b and a < x.end for x in masked.mentions)


def _by_adjective(c: ZoneClaim, masked: Masked) -> bool:
    """Whether a claim's country comes from the adjective in its force's name ("Saudi
    border guards"), within its cue words; not where the words name the country itself
    ("flown to X, where they were handed to X's police": X is where they were handed)."""
    a, b = _span(c)
    if any(m.start == c.at and m.kind == "country" for m in masked.mentions):
        return False
    return any(m.kind == "demonym" and m.country == c.place.country
               and a <= m.start - masked.start < b for m in masked.mentions)


def _at_crossing(c: ZoneClaim, masked: Masked, lexicon: Lexicon, ctx: DocContext) -> ZoneClaim:
    """A claim over a whole country for the adjective in its force's name, in a sentence
    that puts the act at a border crossing the gazetteer does not know ([settings]
    unplaced_crossing: "Saudi border guards at the X crossing point"): the band along its
    border with the neighbour the text names, not the whole country."""
    if c.place.kind != "country" or c.recipe != "region" or c.direction or not _by_adjective(c, masked):
        return c
    crossing = setting_rx(lexicon, "unplaced_crossing")
    if crossing is None or not crossing.search(masked.sentence):
        return c
    return replace(c, recipe="border_band", direction=_neighbour(c.place, masked, ctx))


def _acts_elsewhere(place: PlaceRef, masked: Masked, before: re.Pattern | None) -> bool:
    """Whether the sentence places an act at a named place outside the force's country
    ("off X", "north-west of Y"), the words right before it locating it."""
    return before is not None and any(
        m.country and m.country != place.country and m.kind not in ("demonym", "sea")
        and before.search(masked.sentence, 0, m.start - masked.start) for m in masked.mentions)


def _at_sea(masked: Masked, lexicon: Lexicon, target: Mention | None = None) -> bool:
    """Whether a sentence speaks of boats, shores or the sea (the by_sea context, [settings]
    at_sea: "intercepted at sea", "in international waters"), or names a sea, or puts the
    act off the place ([settings] offshore_before: "intercepted off X")."""
    rx = lexicon.contexts.get("by_sea")
    if rx is None or rx.search(masked.sentence) or any(m.kind == "sea" for m in masked.mentions):
        return True
    afloat = setting_rx(lexicon, "at_sea", re.I)
    return bool((afloat is not None and afloat.search(masked.sentence))
                or (target is not None and _off(masked, target, lexicon)))


def _off(masked: Masked, target: Mention, lexicon: Lexicon) -> bool:
    """Whether the words right before a place, or before the first of a list it ends, put an
    act off its coast ([settings] offshore_before: "patrols off X", "off the coast of X",
    "off X and Y")."""
    off = setting_rx(lexicon, "offshore_before", re.I)
    if off is None:
        return False
    # (the list as the cue data's coordination reads it: cues.coordinated)
    first = next((m for m in masked.mentions if m.end <= target.start and target in coordinated(masked, m, lexicon)),
                 target)
    return just_before(masked, first.start, off) is not None


def _named_before(hit, masked: Masked, lexicon: Lexicon) -> bool:
    """Whether the hit's words follow a proper name of their own ("the X detention centre")."""
    named = setting_rx(lexicon, "facility_named_before")
    return named is not None and just_before(masked, hit.start, named) is not None


def _cited(hit, masked: Masked, lexicon: Lexicon) -> bool:
    """Whether the hit names its actor only as the source of a report ("according to the
    coastguard", "border guards said 300 had crossed")."""
    before = masked.sentence[:hit.start - masked.start]
    after = masked.sentence[hit.end - masked.start:]
    return bool(setting_rx(lexicon, "cited_before", re.I).search(before)
                or setting_rx(lexicon, "cited_after", re.I).search(after))


def _funded(hit, target: Mention | None, masked: Masked, lexicon: Lexicon) -> bool:
    """Whether the hit's force is only what others pay, train or equip, drawn over its whole
    country ([settings] force_funded_before, right before the hit's words: "more money for
    the coastguards of X", "the EU, which funds X's border forces"): a policy told, no act
    of control anywhere (a place the hit names keeps its zone)."""
    if target is not None and target.kind not in ("country", "demonym"):
        return False
    funded = setting_rx(lexicon, "force_funded_before", re.I)
    return funded is not None and just_before(masked, hit.start, funded) is not None


def _event_held(hit, masked: Masked, lexicon: Lexicon) -> bool:
    """Whether the cue's `held` words (or its `event_held` words, for a cue that draws detention
    by itself) hold an event, not people: an event named as the subject right before the last
    of them in the cue's words ([settings] held_event_before: "screening days held in X", "a
    last screening day for children was held last week in Y", "the sports centre in Z, where
    the match was held"), unless the place's own "where" clause right after the cue's words
    holds people ([settings] held_where_after: "a festival was held in X, where hundreds of
    migrants were also held")."""
    s = hit.cue.settings
    words = s.get("event_held") or (s.get("held") or {}).get("words")
    event = setting_rx(lexicon, "held_event_before", re.I)
    if not words or event is None:
        return False
    verbs = list(compiled_rx(words, re.I).finditer(hit.words))
    if not verbs:
        return False
    at = hit.start + verbs[-1].start()
    if event.search(masked.doc.text, max(masked.start, at - 80), at) is None:
        return False
    where = setting_rx(lexicon, "held_where_after", re.I)
    after = where.search(masked.sentence[hit.end - masked.start:]) if where is not None else None
    return after is None or event.search(after.group("who")) is not None


def _liaison(hit, masked: Masked, lexicon: Lexicon) -> bool:
    """Whether the force's act there is only a meeting, a visit or a training ([settings]
    liaison_acts: "US Border Patrol agents trained Mexican officers in X", "coast guard
    officials in Y met Libyan commanders"): such an act in the cue's words after its force's
    name or in their clause after them, and no act of control (the enforce context, read
    without force names: "Border Patrol" patrols nothing by its name) in the cue's words nor
    before that act ("police in X arrested 40 people and met officials" keeps X)."""
    liaison = setting_rx(lexicon, "liaison_acts", re.I)
    enforce = lexicon.contexts.get("enforce")
    if liaison is None or enforce is None:
        return False
    text = masked.doc.text
    start = hit.group_spans["actor"][1] if "actor" in hit.group_spans else hit.start
    _, hi = _clause_at(masked, hit.start, hit.end, setting_rx(lexicon, "zone_clause_break", re.I))
    # ("police set up checkpoints outside X during the minister's visit": an event that only
    # dates the force's act, [settings] liaison_time, is no act of the force's)
    when = setting_rx(lexicon, "liaison_time", re.I)
    dated = [m.span() for m in when.finditer(text, start, hi)] if when is not None else []
    first = next((m for m in liaison.finditer(text, start, hi)
                  if not any(a <= m.start() < b for a, b in dated)), None)
    if first is None:
        return False        # (most hits)
    force = _force_name(_cforce(lexicon))

    def acts(words: str) -> bool:
        words = liaison.sub(" ", words)
        return enforce.search(force.sub(" ", words) if force is not None else words) is not None

    return not (acts(text[start:first.start()]) or acts(text[start:hit.end]))


@functools.cache
def _force_name(forces: str) -> re.Pattern | None:
    """A force's name anywhere ([vars] CFORCE: "Border Patrol agents", "coast guard")."""
    return re.compile(rf"\b(?:{forces})\b", re.I) if forces else None


def _bystander(hit, masked: Masked) -> bool:
    """Whether the cue's force only receives people there (its control table's
    recipient_before: "handed over to X police") or is only named as others' partner
    (partner_before: "officers who work with the coastguard") or only called for help
    (called_before: "they called the coastguard off X") or is only one side of a fight
    (fighting_before: "clashes between the X army and rebels"), or the cue's words name a
    civilian who found the people (civilian_by: "spotted by a passing tanker off X")."""
    s, text = hit.cue.settings, masked.doc.text
    civilian = compiled_rx(s.get("civilian_by"), re.I)
    ahead = text[max(masked.start, hit.start - 80):hit.start]
    return bool(any(rx.search(ahead) for key in ("recipient_before", "partner_before", "called_before",
                                                 "fighting_before")
                    if (rx := compiled_rx(s.get(key), re.I)) is not None)
                or (civilian and civilian.search(hit.words)))


def _pronoun_unfounded(hit, masked: Masked) -> bool:
    """Whether the cue's words take a pronoun ([settings] `pronoun`: "it was escorted to X")
    for what its `antecedent` words name, and none of its own sentence up to the pronoun, the
    sentence before and, up to `antecedent_reach` sentences back, one before a sentence that
    goes on about the same thing (`antecedent_chain`: "A dinghy was spotted. Its engine had
    failed. It was escorted to X") names it ("a convoy reached the port. It was escorted to X":
    no boat)."""
    s = hit.cue.settings
    pronoun = compiled_rx(s.get("pronoun"), re.I)
    m = pronoun.search(hit.words) if pronoun is not None else None
    if m is None:
        return False
    text, sentences = masked.doc.text, masked.doc.sentences
    antecedent, chain = compiled_rx(s["antecedent"], re.I), compiled_rx(s.get("antecedent_chain"), re.I)
    if antecedent.search(text, masked.start, hit.start + m.start("pronoun")):
        return False
    for back in range(1, min(masked.index, s.get("antecedent_reach", 1)) + 1):
        lo, hi = sentences[masked.index - back]
        if antecedent.search(text, lo, hi):
            return False
        if chain is None or not chain.search(text, lo, hi):
            break           # (a sentence on something else: what came before it is not "it")
    return True


def _speaker(hit, masked: Masked, lexicon: Lexicon) -> bool:
    """Whether the cue's words end in a force that only speaks there: a speaker's words right
    after them or right before them ([settings] speaker_after, speaker_before; a cue's own
    speaker_after first): "said a coastguard spokesman in X", "a spokeswoman for the navy"."""
    text = masked.doc.text
    after = compiled_rx(hit.cue.settings.get("speaker_after") or lexicon.settings.get("speaker_after"), re.I)
    before = setting_rx(lexicon, "speaker_before", re.I)
    if not ((after and after.match(text[hit.end:hit.end + 80]))
            or (before and before.search(text[max(masked.start, hit.start - 80):hit.start]))):
        return False        # (most hits: the cheap anchored words first)
    return _ends_in_force(hit, lexicon)


def _ends_in_force(hit, lexicon: Lexicon) -> bool:
    """Whether the cue's words end in a force's name ([vars] CFORCE: "the Libyan coast guard")."""
    force = _force_end(_cforce(lexicon))
    return force is not None and force.search(hit.words[-60:]) is not None


def _ends_in_subject_force(hit, lexicon: Lexicon) -> bool:
    """Whether the cue's words end in a force that is the subject of the words right after
    them: not the agent of a passive ("migrants intercepted off X by the coast guard failed to
    ...": the migrants failed, the interception stands)."""
    if not _ends_in_force(hit, lexicon):
        return False
    agent = _agent_end(_cforce(lexicon))
    return agent is None or agent.search(hit.words[-80:]) is None


def _denied(hit, masked: Masked, lexicon: Lexicon) -> bool:
    """Whether the cue's words end in a force, or in a force placed at the cue's place
    ([settings] force_at_place_end: "police at X"), whose act the words right after deny
    ([settings] force_denied_after: "Libyan soldiers did not stop them")."""
    denied = setting_rx(lexicon, "force_denied_after", re.I)
    return (denied is not None and denied.match(masked.doc.text[hit.end:masked.end]) is not None
            and (_ends_in_acting_force(hit, lexicon) or _ends_in_denying_body(hit, lexicon)))


def _ends_in_denying_body(hit, lexicon: Lexicon) -> bool:
    """Whether the cue's words end in a country's authorities or government, the subject of
    the words right after them ([settings] denying_body: "Greek authorities deny pushing them
    back"): no force's name (CFORCE), yet they deny the act all the same."""
    body = setting_rx(lexicon, "denying_body", re.I)
    return body is not None and body.search(hit.words[-80:]) is not None


def _ends_in_acting_force(hit, lexicon: Lexicon) -> bool:
    """Whether the cue's words end in a force that is the subject of the words right after
    them (_ends_in_subject_force), or in a force placed at the cue's place ([settings]
    force_at_place_end: "police at X", "police there"): what those words say of the act, denied
    or only maybe done ("police in X may have detained 40 migrants"), is said of the zone."""
    placed = setting_rx(lexicon, "force_at_place_end", re.I)
    return _ends_in_subject_force(hit, lexicon) or (placed is not None and placed.search(hit.words[-120:]) is not None)


def _avoided(hit, masked: Masked, lexicon: Lexicon) -> bool:
    """Whether the hit's negation is only people going round what its words name (the cue's
    `avoided` words, right before them in their clause: "drivers pay extra to avoid the army
    checkpoint at X"): a post people avoid stands there all the same."""
    gone = _gone_round(hit, masked, lexicon)
    if gone is None:
        return False
    before, cut, m = gone
    # (any other negation still denies it: "no driver tries to avoid the checkpoint at X")
    return not any_search(lexicon.any_negation, lexicon.negation, before[cut:m.start()] + " " + hit.words)


def _closing_denied(hit, masked: Masked, lexicon: Lexicon) -> bool:
    """Whether the hit's negation only denies that the facility its words name was closed
    ([settings] closing_denied, from its clause into the hit's words: "the district has not
    closed the relief camp at X"): a camp not closed stands there all the same."""
    found = _into_hit(hit, masked, lexicon, "closing_denied")
    if found is None:
        return False
    clause, m = found
    # (any other negation still denies it: "no one says they have not closed the camp at X")
    return not any_search(lexicon.any_negation, lexicon.negation, clause[:m.start()] + " " + hit.words)


def _into_hit(hit, masked: Masked, lexicon: Lexicon, key: str) -> tuple[str, re.Match] | None:
    """(the hit's clause up to its words, the match) of a [settings] regex that starts in the
    clause before the hit and ends inside the hit's words ("not closed the | camp at X"), or None."""
    rx = setting_rx(lexicon, key, re.I)
    if rx is None:
        return None
    before = masked.doc.text[masked.start:hit.start]
    cut = max((b.end() for b in lexicon.boundaries.finditer(before)), default=0)
    clause = before[cut:]
    m = rx.search(clause + hit.words)
    return (clause, m) if m is not None and m.start() < len(clause) < m.end() else None


def _unmanned_gone_round(hit, masked: Masked, lexicon: Lexicon) -> bool:
    """Whether people went round a crossing whose words name no force nor post that holds
    them ([settings] manned_post: "walked around the official crossing near X" is no zone;
    "bypassed the army checkpoint at Y" is a post that stands there all the same)."""
    manned = setting_rx(lexicon, "manned_post", re.I)
    return (manned is not None and not manned.search(hit.words)
            and _gone_round(hit, masked, lexicon) is not None)


def _gone_round(hit, masked: Masked, lexicon: Lexicon) -> tuple[str, int, re.Match] | None:
    """(the sentence before the hit, where its clause starts, the match) of the cue's
    `avoided` words right before the hit's in their clause ("bypassing the checkpoint at X",
    "walked around the crossing near Y"), or None."""
    avoided = compiled_rx(hit.cue.settings.get("avoided"), re.I)
    if avoided is None:
        return None
    before = masked.doc.text[masked.start:hit.start]
    cut = max((b.end() for b in lexicon.boundaries.finditer(before)), default=0)
    m = avoided.search(before, cut)
    return None if m is None else (before, cut, m)


def _stay_denied(hit, masked: Masked, lexicon: Lexicon) -> bool:
    """Whether the cue's clause denies that people stayed, were held or were taken where its
    words are ([settings] stay_denied_before, matched up to them: "she did not spend any time
    in a camp near X", "they were never taken to the centre at Y"): the denied verb up to 80
    characters before them, with no comma, semicolon, colon or stop between."""
    denied = setting_rx(lexicon, "stay_denied_before", re.I)
    if denied is None:
        return False
    before = masked.doc.text[masked.start:hit.start]
    cut = max((b.end() for b in lexicon.boundaries.finditer(before)), default=0)
    return denied.search(before, cut) is not None


def _attempted(hit, masked: Masked, lexicon: Lexicon) -> str | None:
    """"tried" when the cue's act is only attempted ([settings] attempt: right before its
    words, "tried to push them back near X"; inside them, "the coast guard tried to stop the
    boat off X"; right after a force's name they end in, "Polish border guards attempted to
    turn them back"), "failed" when the attempt failed ("tried in vain to": a group named
    `failed...`), else None."""
    words = lexicon.settings.get("attempt")
    if not words:
        return None
    before, inside, after = _attempt_rx(words, _cforce(lexicon))
    found = just_before(masked, hit.start, before) or inside.search(hit.words)
    if found is None and _ends_in_acting_force(hit, lexicon):
        found = after.match(masked.doc.text, hit.end, masked.end)
    if found is None:
        return None
    return "failed" if any(v for k, v in found.groupdict().items() if k.startswith("failed")) else "tried"


@functools.cache
def _attempt_rx(words: str, forces: str) -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """[settings] attempt right before an offset; after a force's name ([vars] CFORCE) inside
    a cue's words (not "arrested migrants who tried to cross": theirs); right after a force's
    name the cue's words end in."""
    after = rf"\s+(?:(?:have|has|had|were|was|are|is)\s+)?(?:{words})"
    return (re.compile(rf"(?:{words})\s+$", re.I),
            re.compile(rf"\b(?:{forces or '(?!)'}){after}", re.I), re.compile(after, re.I))


@functools.cache
def _force_end(forces: str) -> re.Pattern | None:
    """Words ending in a force's name ([vars] CFORCE): "the Libyan coast guard"."""
    return re.compile(rf"\b(?:{forces})$", re.I) if forces else None


@functools.cache
def _agent_end(forces: str) -> re.Pattern | None:
    """Words ending in a passive's agent, a force ([vars] CFORCE): "by the Libyan coast guard"."""
    return re.compile(rf"\bby\s+(?:\S+\s+){{0,4}}?(?:{forces})$", re.I) if forces else None


def _seat(m: Mention, masked: Masked, seat: re.Pattern | None) -> bool:
    """Whether the words right before a mention make it where someone sits or speaks."""
    return seat is not None and just_before(masked, m.start, seat) is not None


def _locator(m: Mention, masked: Masked, rx: re.Pattern | None) -> bool:
    """Whether a mention only locates the place found right before it ("X, east of Y")."""
    hit = just_before(masked, m.start, rx) if rx is not None else None
    if hit is None:
        return False
    end = masked.start + hit.start() + 1      # the end of what is located
    # a place the text names, or a name the gazetteer lacks ("Mucenieki, outside Riga")
    return any(x.end == end for x in masked.mentions) or _PROPER_END.search(masked.doc.text, masked.start, end) is not None


def _camp_narrowed(m: Mention, masked: Masked, after: re.Pattern | None) -> Mention | None:
    """The place of a country's own right after it that says where in it the camps are
    ([settings] camp_narrowed_after: "camps in X, most of them in Y"), or None."""
    words = after.match(masked.doc.text, m.end) if after is not None else None
    if words is None:
        return None
    return next((x for x in masked.mentions if x.start == words.end() and x.country == m.country
                 and x.kind in LOCAL_KINDS), None)


def _camp_area(m: Mention, masked: Masked, lexicon: Lexicon) -> bool:
    """Whether a mention names an area a camp lies in: a district or region, or a town named
    as its district ([settings] named_facility_area_after: "Y district")."""
    if m.kind == "admin":
        return True
    after = setting_rx(lexicon, "named_facility_area_after", re.I)
    return m.kind == "city" and after is not None and after.match(masked.doc.text, m.end) is not None


def _camp_named_before(m: Mention, masked: Masked, named_in: re.Pattern | None) -> Mention | None:
    """The camp's own place in "the X camp in Y" ([settings] named_facility_in before Y): a
    place of Y's country the gazetteer knows, named in the few words before Y, or None."""
    if named_in is None or not _seat(m, masked, named_in):
        return None
    return next((x for x in reversed(masked.mentions) if x.country == m.country and x.end <= m.start
                 and m.start - x.end <= _CAMP_NAME_GAP and x.kind not in ("country", "demonym", "sea")), None)


#: Characters between a camp's own name and the place after it ("X refugee camp in ").
_CAMP_NAME_GAP = 30


def _named_after(m: Mention, masked: Masked, after: re.Pattern | None, facility: re.Pattern | None) -> bool:
    """Whether the words right after a mention make it the start of an institution's name
    ([settings] facility_after, the list roles read too), other than a camp's or a centre's
    (facility_name): "X Crown Court" is no zone, "the X camp" is one."""
    hit = after.match(masked.doc.text, m.end) if after is not None else None
    return hit is not None and not (facility is not None and facility.search(hit.group()))


def _same_country(actor: Mention | None, place: PlaceRef) -> bool:
    """Whether the force's country is the place's (`same_country` cues). A cue whose words name
    the force by no country leaves no actor slot: the force is taken for the place's own, so only
    a cue whose words require a port and a boat may leave that slot empty."""
    return actor is None or (bool(actor.country) and actor.country == place.country)


def _place(sources: Sequence[str], slot: Mention | None, masked: Masked, ctx: DocContext,
           slot_kinds: Sequence[str] | None, not_before: Sequence[re.Pattern | None] = (),
           where: tuple[int, re.Pattern | None, re.Pattern | None] = (-1, None, None),
           homes: frozenset[tuple[int, int]] = frozenset()) -> PlaceRef | None:
    """The zone's place, from the first of its sources that gives one. A place of the
    sentence is never one right after `not_before` words (a seat, a return's end); the one
    whose `where` clause holds the cue's words comes first, unless it is a seat (`where`:
    the cue's start, the clause's words, the seat's). The sentence's country is none of
    `homes` (sentence, start): "men from X, held in the same detention centre" are not held
    in X, and a sentence that names only such a country places nothing."""
    usable: list[Mention] = []
    if any(x.startswith("sentence:") for x in sources):
        usable = [m for m in masked.mentions if (masked.index, m.start) not in ctx.excluded
                  and not any(_seat(m, masked, rx) for rx in not_before)]
        # "returns the boats to X, where the passengers are held in a detention centre": at X
        # (the end of a return, all the same), not at a place named before it; never a seat
        # ("officials in X, where ...": where they sit, which the clause does not make a zone)
        at, clause, seat = where
        last = [m for m in masked.mentions if m.end <= at and (masked.index, m.start) not in ctx.excluded][-1:]
        last = [m for m in last if not _seat(m, masked, seat)]
        if clause is not None and last and clause.match(masked.doc.text, last[0].end):
            usable = [*last, *(m for m in usable if m is not last[0])]
    for source in sources:
        if source == "slot" and slot is not None:
            if slot_kinds and slot.kind not in slot_kinds:
                return None
            return PlaceRef.of(slot)
        if source == "sentence:city":
            found = (next((m for m in usable if m.kind == "city"), None)
                     or next((m for m in usable if m.kind == "admin"), None))
        elif source == "sentence:place":
            found = next((m for m in usable if m.kind not in ("demonym", "sea")), None)
        elif source == "sentence:country":
            own = [m for m in usable if (masked.index, m.start) not in homes]
            found = (next((m for m in own if m.kind == "country"), None)
                     or next((m for m in own if m.kind == "demonym" and m.country), None))
            if found is None and len(own) < len(usable):
                return None     # (where people are from is all it says: the centre is not placed)
        elif source == "dateline" and ctx.dateline is not None:
            return ctx.dateline
        elif source == "doc:country" and ctx.main_country is not None:
            return ctx.main_country
        else:
            found = None
        if found is not None:
            return PlaceRef.of(found)
    return None


def _clause_at(masked: Masked, start: int, end: int, clause: re.Pattern | None) -> tuple[int, int]:
    """The document offsets of the clause words at `start`-`end` are in ([settings]
    zone_clause_break)."""
    if clause is None:
        return masked.start, masked.end
    text = masked.doc.text
    lo = max((m.end() for m in clause.finditer(text, masked.start, start)), default=masked.start)
    hi = clause.search(text, end, masked.end)
    return lo, hi.start() if hi else masked.end


def _others_clauses(hit, masked: Masked, lexicon: Lexicon) -> list[tuple[int, int]]:
    """The document offsets of the sentence's other clauses ([settings] zone_clause_break)
    that name a force of their own ([vars] CFORCE): "Tunisian guards stopped them in X, while
    Libyan guards patrolled near Y" (not "..., and 30 of them at Y": the same force's)."""
    clause = setting_rx(lexicon, "zone_clause_break", re.I)
    force = _force_name(_cforce(lexicon))
    if clause is None or force is None:
        return []
    text, cuts = masked.doc.text, [masked.start]
    for m in clause.finditer(text, masked.start, masked.end):
        cuts.extend((m.start(), m.end()))
    cuts.append(masked.end)
    spans = list(zip(cuts[::2], cuts[1::2]))
    return [(a, b) for a, b in spans if not (a <= hit.start < b) and force.search(text, a, b)]


def _narrower(place: PlaceRef, masked: Masked, ctx: DocContext, before: re.Pattern | None,
              seat: re.Pattern | None = None,
              seat_after: tuple[re.Pattern | None, re.Pattern | None] = (None, None),
              others: Sequence[tuple[int, int]] = (),
              way: tuple[re.Pattern | None, re.Pattern | None] = (None, None),
              reference: re.Pattern | None = None) -> PlaceRef:
    """A place the sentence locates the force at inside its country ("U.S. Border Patrol ...
    in the Florida Keys", not "stopped them returning to X", nor one in a clause of another
    force, `others`: "Tunisian guards stopped them in X, while Libyan guards ... in Y": Y is
    not the Libyans'), else the dateline's place or the place the sentence opens with
    ("CALAIS - French police watched the beach"), else the country itself. A place people
    were on their way to when the force acted is one too (`way`: "walked towards X before
    police stopped them").
    A dateline is only the last resort: "WARSAW - Polish border guards stopped them near X"
    is at X, and "INNSBRUCK - Austrian police stopped them at the X Pass" (a pass the gazetteer
    puts in the neighbour) is not at Innsbruck. A reference point is the place it locates ("the
    X camp near Y": X)."""
    if place.kind != "country":
        return place
    inside = [m for m in masked.mentions
              if m.country == place.country and m.kind in LOCAL_KINDS
              and not _seat(m, masked, seat) and not _opens_at_seat(m, masked, seat_after)]
    found = (next((m for m in inside if (masked.index, m.start) not in ctx.in_dateline
                   and not any(a <= m.start < b for a, b in others)
                   and (before is None or before.search(masked.sentence, 0, m.start - masked.start)
                        or _on_the_way(m, masked, way))), None)
             or next((m for m in inside if ((masked.index, m.start) in ctx.in_dateline
                                            or not masked.sentence[:m.start - masked.start].strip())
                      and not ((masked.index, m.start) in ctx.in_dateline and _capital(m.id))
                      and not _placed_abroad(place, masked, ctx, before)), None))
    if found is not None:
        found = _referred(found, masked, reference) or found
    return PlaceRef.of(found) if found is not None else place


def _placed_abroad(place: PlaceRef, masked: Masked, ctx: DocContext, before: re.Pattern | None) -> bool:
    """Whether the sentence places the act at a town or site of another
    country ("... stopped them at the X Pass", "... near Y"): then neither the dateline nor the
    place it opens with is where the force acted."""
    return before is not None and any(
        m.country and m.country != place.country and m.kind in LOCAL_KINDS
        and (masked.index, m.start) not in ctx.in_dateline
        and before.search(masked.sentence, 0, m.start - masked.start)
        for m in masked.mentions)


def _referred(m: Mention, masked: Masked, between: re.Pattern | None) -> Mention | None:
    """The place of its country a mention is only the reference point of ([settings]
    reference_point_between: "the X reception centre near Y" is X), or None."""
    if between is None:
        return None
    return next((x for x in masked.mentions if x.end < m.start and x.country == m.country
                 and x.kind in LOCAL_KINDS
                 and between.fullmatch(masked.doc.text, x.end, m.start) is not None), None)


def _on_the_way(m: Mention, masked: Masked, way: tuple[re.Pattern | None, re.Pattern | None]) -> bool:
    """Whether the words around a place say people were heading there when something
    happened ([settings] narrow_way_before and narrow_way_after: "towards X before ...")."""
    before, after = way
    return (before is not None and after is not None
            and before.search(masked.sentence, 0, m.start - masked.start) is not None
            and after.match(masked.doc.text, m.end, masked.end) is not None)


def _capital(place_id: str | None) -> bool:
    """Whether a place is a national capital (GeoNames PPLC): a dateline there is where the
    reporter and the ministries sit ("RIGA - Latvian border guards stopped 146 people"),
    not where a border force acts."""
    gaz = geometry.gazetteer()
    if gaz is None or not place_id:
        return False
    try:
        return gaz.get(place_id).feature == "PPLC"
    except (KeyError, GazetteerError):  # an id the gazetteer lacks is no capital it knows
        return False


def _direction(word: str | None, place: PlaceRef) -> str | None:
    if word:
        return _DIRECTION_WORDS.get(word.lower())
    if place.kind == "region" and place.id.count(":") >= 2:
        return place.id.split(":")[1]
    return None


def _template(template: str, place: PlaceRef, masked: Masked, ctx: DocContext, end: int | None = None,
              national: bool = True) -> str:
    # a sea is no country's: its force is of the country the sentence names last before the
    # cue's end ("since Greece stepped up patrols in the Aegean": Greek authorities; not the
    # people's "Cubans", nor a city's locator "X, Cuba"), else of the document's country
    iso = place.country or next((m.country for m in reversed(masked.mentions) if m.kind == "country"
                                 and m.country and (end is None or m.end <= end) and not _locator_of(m, masked)),
                                ctx.main_country.country if ctx.main_country else "") or ""
    adj = (ctx.adjectives.get(iso) or _adjectives().get(iso) or ctx.names.get(iso) or place.name) if national else ""
    countries: list[str] = []
    for m in masked.mentions:
        if m.country and m.kind in ("country", "demonym"):
            name = ctx.names.get(m.country) or m.name or m.text
            if name not in countries:
                countries.append(name)
    return " ".join(template.format(adj=adj, countries="–".join(countries) or adj, place=place.name).split())


def _locator_of(m: Mention, masked: Masked) -> bool:
    """Whether a mention only says where the place before it lies ("Bahia de Cabanas, Cuba")."""
    before = masked.doc.text[max(masked.start, m.start - 3):m.start]
    return before.endswith(", ") and any(x.end == m.start - 2 for x in masked.mentions)


def canonical(words: str, lexicon: Lexicon) -> tuple[str, str] | None:
    """(name, type) of a known actor named in the words, else None."""
    key = normalise(words)
    if key in lexicon.actor_alias:
        return lexicon.actor_alias[key]
    return next((known for rx, known in lexicon.actor_alias_rx if rx.search(key)), None)


def _actor_name(words: str | None, lexicon: Lexicon) -> str | None:
    """A force's name as shown: a known actor's, else its words without those before it that
    name nothing of it ([settings] actor_not_name)."""
    if not words:
        return None
    known = canonical(words, lexicon)
    if known:
        return known[0]
    lead = setting_rx(lexicon, "actor_not_name", re.I)
    words = " ".join(words.split())
    # ("the town's police": the police; a name of nothing but such words keeps them)
    return (lead.sub("", words, count=1) if lead is not None else words) or words


def find_actors(masked: Masked, lexicon: Lexicon) -> list[ActorMention]:
    """Named actors in a sentence: known names first, then the generic actor patterns."""
    text, base = masked.sentence, masked.start
    found: list[ActorMention] = []

    def add(a: int, b: int, words: str, name: str, kind: str) -> None:
        if any(a < f.end - base and f.start - base < b for f in found):
            return  # overlaps a name already found (a known alias wins over a pattern)
        found.append(ActorMention(name, words, kind, masked.doc.doc, masked.index, base + a, base + b,
                                  sentence_source(masked, [(base + a, base + b)])))

    held = present(lexicon, text)  # the keywords the sentence holds
    if lexicon.actor_names is not None and may_match(lexicon.actor_names_keywords, held):
        for m in lexicon.actor_names.finditer(text):
            name, kind = canonical(m.group(), lexicon) or (m.group(), "")
            add(m.start(), m.end(), m.group(), name, kind)
    for rx, kind, requires, keywords in lexicon.actor_patterns:
        if not may_match(keywords, held):
            continue        # none of its keywords is in the sentence
        if requires is not None and not requires.search(text):
            continue
        for m in rx.finditer(text):
            g = "name" if "name" in rx.groupindex else 0
            words = m.group(g)
            words = re.sub(r"^(?:the|a|an)\s+", "", words, flags=re.IGNORECASE)
            a = m.end(g) - len(words)
            name, known_kind = canonical(words, lexicon) or (words, kind)
            add(a, m.end(g), words, name, known_kind or kind)
    return sorted(found, key=lambda f: f.start)


def affiliations(masked: Masked, actors: Sequence[ActorMention], lexicon: Lexicon) -> list[Affiliation]:
    """Affiliation phrases, each tied to the nearest actor named before it in the sentence."""
    text, base = masked.sentence, masked.start
    out: list[Affiliation] = []
    if not actors:
        return out          # an affiliation needs an actor before it
    held = present(lexicon, text)
    for rx, keywords in lexicon.affiliation:
        if not may_match(keywords, held):
            continue
        for m in rx.finditer(text):
            before = [a for a in actors if a.end - base <= m.start()]
            if not before:
                continue
            actor = max(before, key=lambda a: a.end)
            prefix = " ".join(text[:m.start()].split()[-3:]) + " " + m.group()
            negated = any_search(lexicon.any_negation, lexicon.negation, prefix)
            org = " ".join(m.group("org").split())
            out.append(Affiliation(actor.name, org, m.group().strip(),
                                   sentence_source(masked, [(base + m.start(), base + m.end())]), negated))
    return out
