"""The migration picture: launch points, destinations, transit, origins, routes and
control zones, each tied to the sentences that support it.

    geocoded documents ─┬─ roles.py  (role cues)      ─┐
                        ├─ zones.py  (control cues,    ├─ merge.py / routes.py ─> Picture
                        │            actors)           │
                        └─ facts.py  (numbers, units) ─┘

Every rule is data in cues.toml, applied by cues.py; each feature names the cue that fired.

    >>> import geomig
    >>> picture = geomig.extract(geomig.geocode_paths(["seeds/"]))   # doctest: +SKIP
    >>> [f.name for f in picture.by_role("launch_point")]            # doctest: +SKIP
    ['Sabratha']
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace

from geomig.documents.inputs import Failure
from geomig.errors import GeomigError
from geomig.gazetteer.index import Gazetteer
from geomig.models import GeocodedDocument
from geomig.picture import cues as _cues
from geomig.picture import geometry, learned
from geomig.picture.claims import ActorMention, Affiliation, Claim, FactClaim, ZoneClaim
from geomig.picture.facts import fact_claims
from geomig.picture.merge import (
    ORDER,
    attach_facts,
    merge_pictures,
    place_features,
    role_features,
    zone_features,
)
from geomig.picture.model import CONTROLS, ROLES, Fact, Feature, Leg, Picture, Source
from geomig.picture.relevance import no_role
from geomig.picture.roles import role_claims
from geomig.picture.routes import build as build_route
from geomig.picture.routes import plan as plan_routes
from geomig.picture.zones import affiliations, context, find_actors, not_held, zone_claims


def extract(documents: Iterable[GeocodedDocument], *, gazetteer: Gazetteer | None = None,
            lexicon: _cues.Lexicon | None = None) -> Picture:
    """Turn geocoded documents into a Picture (merged across the documents).

    A document without places adds nothing; an empty input gives an empty picture, and
    the io.Failure items geocode_paths yields for bad files are skipped (the caller
    reports them). `gazetteer` gives areas their polygons and countries their names
    (default: the shared one, Gazetteer.default()); `lexicon` replaces the packaged cue
    data (see cues.load). The same as assemble(read(documents)).
    """
    gaz = gazetteer if gazetteer is not None else _default_gazetteer()
    lex = lexicon or _cues.default()
    return assemble(read(documents, gazetteer=gaz, lexicon=lex), gazetteer=gaz, lexicon=lex)


@dataclass(frozen=True, slots=True)
class Reading:
    """What one document says, before documents are merged: its claims of every kind."""

    doc: GeocodedDocument
    claims: tuple[Claim, ...]
    zones: tuple[ZoneClaim, ...]
    actors: tuple[ActorMention, ...]
    affiliations: tuple[Affiliation, ...]
    facts: tuple[FactClaim, ...]


def read(documents: Iterable[GeocodedDocument], *, gazetteer: Gazetteer | None = None,
         lexicon: _cues.Lexicon | None = None) -> list[Reading]:
    """The claims of each document, read one document at a time (the first half of
    extract(): no geometry is drawn, so a corpus reads its documents in parallel and
    assembles them once). io.Failure items are skipped."""
    gaz = gazetteer if gazetteer is not None else _default_gazetteer()
    lex = lexicon or _cues.default()
    with geometry.using(gaz):
        return [_read(doc, lex) for doc in documents if not isinstance(doc, Failure)]


def _read(doc: GeocodedDocument, lex: _cues.Lexicon) -> Reading:
    doc_lex = lex.for_document(doc.text)
    # Cues read sentences whole, even where a hard line break cut one in two; the
    # reading keeps the document as geocoded.
    joined = _cues.join_wrapped(doc, lex)
    unnamed = _cues.setting_rx(doc_lex, "unnamed")
    sentences = [_cues.mask(joined, i, unnamed) for i in range(len(joined.sentences))]
    ruled = role_claims(sentences, doc_lex)
    claims = no_role(ruled, sentences, doc_lex)
    ctx = context(joined, claims, doc_lex)
    zones = zone_claims(sentences, doc_lex, ctx)
    # (the learned model adds roles only to places no rule claimed: learned.py)
    claims = not_held(claims + learned.claims(sentences, ruled, zones, doc_lex), zones, lex)
    actors, affs, facts = [], [], []
    for masked in sentences:
        found = find_actors(masked, lex)
        actors.extend(found)
        affs.extend(affiliations(masked, found, lex))
        facts.extend(fact_claims(masked, lex, found))
    return Reading(doc, tuple(claims), tuple(zones), tuple(actors), tuple(affs), tuple(facts))


def assemble(readings: Sequence[Reading], *, gazetteer: Gazetteer | None = None,
             lexicon: _cues.Lexicon | None = None) -> Picture:
    """The Picture of documents read by read(), in their order: claims merged into
    features and their geometry drawn (the second half of extract())."""
    gaz = gazetteer if gazetteer is not None else _default_gazetteer()
    with geometry.using(gaz):
        return _assemble(readings, gaz, lexicon or _cues.default())


def warm_routes(readings: Sequence[Reading], *, stop: Callable[[], bool] = lambda: False) -> bool:
    """Plan and draw the routes of these readings' claims as assemble() does, for the
    memoised geometry it leaves behind (each sea leg drawn through searoute and pulled off
    the land, the coasts it lands on, the sea it crosses), so that a later assembly of a
    corpus finds the legs its routes share with these drawn. The routes are drawn without
    their claims (sources, documents), which memoise nothing. `stop()` is asked before each
    route: once it says so, the rest are left undrawn. Returns whether every route was drawn."""
    lex = _cues.default()
    claims = [c for r in readings for c in r.claims]
    legs: dict = {}
    with geometry.using(_default_gazetteer()):  # assemble()'s gazetteer: the same memo keys
        for plan in plan_routes(claims, by_boat(lex)):
            if stop():
                return False
            if any(leg.mode == "sea" for leg in plan.legs):
                build_route(replace(plan, claims=()), lex.settings, {}, legs)
    return True


def _default_gazetteer() -> Gazetteer | None:
    # The API's edge: the shared gazetteer, or none where it cannot be loaded (areas are
    # then drawn as discs and points, with warnings).
    try:
        return Gazetteer.default()
    except (GeomigError, ValueError):
        return None


def _assemble(readings: Sequence[Reading], gaz: Gazetteer | None, lex: _cues.Lexicon) -> Picture:
    docs = [r.doc for r in readings]
    claims = [c for r in readings for c in r.claims]
    zones = [z for r in readings for z in r.zones]
    actors = [a for r in readings for a in r.actors]
    affs = [a for r in readings for a in r.affiliations]
    facts = [f for r in readings for f in r.facts]

    settings = lex.settings
    roles, orphans = role_features(claims)
    stop_confidence = {f.id: f.confidence for f in roles}
    plans = plan_routes(claims, by_boat(lex))
    legs: dict = {}
    routes = [build_route(p, settings, stop_confidence, legs) for p in plans]
    zone_feats = zone_features(zones, actors, affs, settings)
    places = place_features(docs, low_confidence(lex))
    places = [_with_roles(p, roles, orphans) for p in places]
    roles = [_with_controls(f, zone_feats) for f in roles]

    features = sorted(zone_feats + routes + roles + places, key=lambda f: (ORDER.index(f.role), f.name))
    features = attach_facts(features, facts)
    return Picture(tuple(features), tuple(d.doc for d in docs), _meta(gaz))


def low_confidence(lexicon: _cues.Lexicon | None = None) -> float:
    """Below this confidence a chosen place is doubtful: the picture keeps its alternatives,
    `geomig audit` flags it low-confidence and the map's Audit layer shows it. The one setting
    is cues.toml's [settings] low_confidence (a lexicon of one's own may set its own)."""
    default = _cues.default().settings["low_confidence"]
    return float((lexicon or _cues.default()).settings.get("low_confidence", default))


def by_boat(lex: _cues.Lexicon):
    """Whether a claim is a departure or arrival by boat: its cue says so (`by_sea = true`),
    or its words match the by_sea context of the cue data."""
    rx = lex.contexts.get("by_sea")
    cues = {c.id for c in lex.cues if c.settings.get("by_sea")}
    if rx is None and not cues:
        return None
    return lambda c: c.cue in cues or bool(rx and rx.search(c.words))


def _with_roles(place: Feature, roles: list[Feature], orphans: dict[str, list[dict]]) -> Feature:
    # The Places layer says which roles a place plays, and keeps claims no role feature shows.
    props = dict(place.properties)
    played = sorted({f.role for f in roles if f.id == place.id})
    if played:
        props["roles"] = played
    if orphans.get(place.id):
        props["claims"] = orphans[place.id]
    return Feature(place.role, place.name, place.id, place.geometry, place.confidence, place.cue,
                   place.sources, place.facts, props)


def _with_controls(feature: Feature, zones: list[Feature]) -> Feature:
    # "southern Libya is transit with border control": link a role to zones on the same place.
    controls = sorted({z.properties["control"] for z in zones if z.id == feature.id})
    if not controls:
        return feature
    return Feature(feature.role, feature.name, feature.id, feature.geometry, feature.confidence, feature.cue,
                   feature.sources, feature.facts, {**feature.properties, "controls": controls})


def _meta(gaz: Gazetteer | None) -> dict:
    from importlib.metadata import PackageNotFoundError, version

    try:
        meta = {"geomig": version("geomig")}
    except PackageNotFoundError:
        meta = {"geomig": "0.0.0"}
    if gaz is not None:
        meta["gazetteer"] = gaz.version
    return meta


__all__ = ["CONTROLS", "ROLES", "Fact", "Feature", "Leg", "Picture", "Reading", "Source", "assemble", "by_boat", "extract",
           "low_confidence", "merge_pictures", "read"]
