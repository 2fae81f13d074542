"""The migration picture: launch points, destinations, transit, origins, routes and
control zones, each tied to the sentences that support it.

    geocoded documents ─┬─ roles.py  (role cues)      ─┐
                        ├─ zones.py  (control cues,    ├─ merge.py / routes/   ─> Picture
                        │            actors)           │
                        └─ facts.py  (numbers, units) ─┘

Every rule is data in cues.toml, applied by cues.py; each feature names the cue that fired.

    >>> import geomig
    >>> picture = geomig.extract(geomig.geocode_paths(["seeds/"]))   # doctest: +SKIP
    >>> [f.name for f in picture.by_role("launch_point")]            # doctest: +SKIP
    ['Sabratha']
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace

from geomig.documents.inputs import Failure
from geomig.errors import GeomigError
from geomig.gazetteer.index import Gazetteer
from geomig.models import GeocodedDocument
from geomig.picture import cues as _cues
from geomig.picture import geometry, learned, story, topic
from geomig.picture.claims import ActorMention, Affiliation, Claim, FactClaim, ZoneClaim
from geomig.picture.facts import fact_claims
from geomig.picture.merge import (
    ORDER,
    Places,
    attach_facts,
    merge_pictures,
    role_features,
    zone_features,
)
from geomig.picture.model import CONTROLS, ROLES, Fact, Feature, Leg, Picture, Source
from geomig.picture.relevance import no_role
from geomig.picture.roles import role_claims
from geomig.picture.routes import RoutePlan
from geomig.picture.routes import build as build_route
from geomig.picture.routes import plan as plan_routes
from geomig.picture.routes import remember as remember_routes
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
    # the learned topic check's probability, where it alone found the text about migration
    topic_model: float | None = None


def read(documents: Iterable[GeocodedDocument], *, gazetteer: Gazetteer | None = None,
         lexicon: _cues.Lexicon | None = None) -> list[Reading]:
    """The claims of each document, read one document at a time (the first half of
    extract(): no geometry is drawn, so a corpus reads its documents in parallel and
    assembles them once). io.Failure items are skipped."""
    gaz = gazetteer if gazetteer is not None else _default_gazetteer()
    lex = lexicon or _cues.default()
    with geometry.using(gaz):
        return [_read(doc, lex) for doc in documents if not isinstance(doc, Failure)]


def read_rules(doc: GeocodedDocument, lex: _cues.Lexicon):
    """What the rules read in a document: (its lexicon for this text, its masked sentences,
    every role claim the cues make, those kept (no_role), the control zone claims). read()
    goes on from here; the learned model's training reads the same (benchmarks/train_roles.py)."""
    doc_lex = lex.for_document(doc.text)
    # Cues read sentences whole, even where a hard line break cut one in two; the
    # reading keeps the document as geocoded.
    joined = _cues.join_wrapped(doc, lex)
    unnamed = _cues.setting_rx(doc_lex, "unnamed")
    sentences = [_cues.mask(joined, i, unnamed) for i in range(len(joined.sentences))]
    ruled = role_claims(sentences, doc_lex)
    claims = no_role(ruled, sentences, doc_lex)
    zones = zone_claims(sentences, doc_lex, context(joined, claims, doc_lex))
    return doc_lex, sentences, ruled, claims, zones


def _read(doc: GeocodedDocument, lex: _cues.Lexicon) -> Reading:
    doc_lex, sentences, ruled, claims, zones = read_rules(doc, lex)
    # (the learned model adds roles only to places no rule claimed: learned.py)
    claims = not_held(claims + learned.claims(sentences, ruled, zones, doc_lex), zones, lex)
    # (a work's plot or a past era's moves: read last, the learned model's roles too)
    claims, zones = story.not_now(claims, zones, sentences, doc_lex)
    actors, affs, facts = [], [], []
    for masked in sentences:
        found = find_actors(masked, lex)
        actors.extend(found)
        affs.extend(affiliations(masked, found, lex))
        facts.extend(fact_claims(masked, lex, found))
    return Reading(doc, tuple(claims), tuple(zones), tuple(actors), tuple(affs), tuple(facts), doc_lex.topic_model)


def assemble(readings: Sequence[Reading], *, gazetteer: Gazetteer | None = None,
             lexicon: _cues.Lexicon | None = None) -> Picture:
    """The Picture of documents read by read(), in their order: claims merged into
    features and their geometry drawn (the second half of extract())."""
    assembly = Assembly(gazetteer=gazetteer, lexicon=lexicon)
    assembly.add(readings)
    return assembly.picture()


class Assembly:
    """assemble() as readings come: add() them in batches (a corpus's partitions, in input
    order, while later ones are still being read), then picture() gives assemble() of every
    reading added, whatever the batches. Each batch's places are merged when it is added
    (merge.Places); its claims are kept for picture(), which plans the routes of them all.
    warm_routes() draws ahead, into this assembly's own memo, the legs picture() will draw,
    and measures whether their stand-ins cross their seas (it may run in another thread while
    batches are added), and keeps what planning read of each document alone (routes.plan's
    memo): picture() then reads only the documents since."""

    def __init__(self, *, gazetteer: Gazetteer | None = None, lexicon: _cues.Lexicon | None = None):
        self._gazetteer = gazetteer
        self.lexicon = lexicon or _cues.default()
        self._readings: list[Reading] = []
        self._places: Places | None = Places(low_confidence(self.lexicon))
        #: Each route leg drawn, at sea and over land (routes.build's legs_cache).
        self.legs: dict = {}
        #: What routes.plan read of each document alone (its memo): planning again with
        #: more documents reads only theirs.
        self.read_for_routes: dict = {}
        #: The routes warm_routes() drew (their plans without claims): a later checkpoint
        #: plans them again, and drawing one again would fill no memo it has not filled.
        self.drawn: set = set()

    @property
    def gazetteer(self) -> Gazetteer | None:
        """The gazetteer given, else the shared one, opened when first needed (a corpus
        run forks its workers before: they must not share its SQLite connection)."""
        if self._gazetteer is None:
            self._gazetteer = _default_gazetteer()
        return self._gazetteer

    def add(self, readings: Iterable[Reading]) -> None:
        """Merge these readings (after those added before)."""
        if self._places is None:
            raise ValueError("an Assembly adds no readings after its picture")
        readings = list(readings)
        self._readings.extend(readings)
        self._places.add(r.doc for r in readings)

    def warm_routes(self, readings: Sequence[Reading], *, stop: Callable[[], bool] = lambda: False,
                    most_documents: int | None = None) -> bool:
        """Plan and draw the routes of these readings' claims as picture() does, without
        their claims (sources, documents), for the legs they leave in this assembly's memo
        (and in geometry's: each sea leg's path, the coasts it lands on, whether a stand-in's
        line between its stops crosses its sea): a corpus's later
        routes share most of their legs with those of its first partitions. What planning
        read of each document is kept too: planning again reads only later documents. `stop()` is
        asked before each route: once it says so, the rest are left undrawn. A route drawn
        by an earlier call is not drawn again, nor one more than `most_documents` documents
        tell (planned, not drawn: a caller's guess that later documents change its stops).
        Returns whether every route was drawn."""
        claims = [c for r in readings for c in r.claims]
        zones = [z for r in readings for z in r.zones]
        with geometry.using(self.gazetteer):
            for plan in plan_routes(claims, by_boat(self.lexicon), resumed(self.lexicon),
                                    holding(zones, self.lexicon), _cues.route_modes(self.lexicon),
                                    memo=self.read_for_routes, sentences=sentences(readings, self.lexicon)):
                if stop():
                    return False
                bare = replace(plan, claims=())
                if bare in self.drawn or (most_documents is not None and _told_by(plan) > most_documents):
                    continue
                geometry.warm_crossings(build_route(bare, self.lexicon.settings, {}, self.legs), plan.stops)
                self.drawn.add(bare)
        return True

    def read_routes(self, readings: Sequence[Reading], *, stop: Callable[[], bool] = lambda: False) -> bool:
        """Read these readings' documents for their routes as picture() will read them (each
        alone: routes.remember into routes.plan's memo), planning and drawing nothing: picture()
        then reads only the documents since. It may run in another thread while batches are
        added, as warm_routes() does. `stop()` is asked before each document; returns whether
        every document was read."""
        claims = [c for r in readings for c in r.claims]
        with geometry.using(self.gazetteer):
            return remember_routes(claims, self.read_for_routes, by_boat(self.lexicon), _cues.route_modes(self.lexicon),
                                   sentences(readings, self.lexicon), stop=stop)

    def picture(self) -> Picture:
        """The picture of every reading added, in order. Given once: the assembly then lets
        go of its readings (a corpus's claims), and adds no more."""
        if self._places is None:
            raise ValueError("an Assembly gives its picture once")
        readings, places, memo = self._readings, self._places, self.read_for_routes
        self._readings, self._places, self.read_for_routes, self.drawn = [], None, {}, set()
        with geometry.using(self.gazetteer):
            return _assemble(readings, places, self.legs, memo, self.gazetteer, self.lexicon)


def _told_by(plan: RoutePlan) -> int:
    """How many documents a route plan's claims come from."""
    return len({c.doc for c in plan.claims})


def _default_gazetteer() -> Gazetteer | None:
    # The API's edge: the shared gazetteer, or none where it cannot be loaded (areas are
    # then drawn as discs and points, with warnings).
    try:
        return Gazetteer.default()
    except (GeomigError, ValueError):
        return None


def _assemble(readings: Sequence[Reading], merged: Places, legs: dict, memo: dict | None,
              gaz: Gazetteer | None, lex: _cues.Lexicon) -> Picture:
    # `merged`: the places of every reading, merged as they came (Assembly.add); `memo`: what
    # routes.plan read of each document before (Assembly.warm_routes), or None.
    docs = [r.doc for r in readings]
    claims = [c for r in readings for c in r.claims]
    zones = [z for r in readings for z in r.zones]
    actors = [a for r in readings for a in r.actors]
    affs = [a for r in readings for a in r.affiliations]
    facts = [f for r in readings for f in r.facts]

    settings = lex.settings
    roles, orphans = role_features(claims)
    stop_confidence = {f.id: f.confidence for f in roles}
    plans = plan_routes(claims, by_boat(lex), resumed(lex), holding(zones, lex), _cues.route_modes(lex), memo=memo,
                        sentences=sentences(readings, lex))
    # (a route whose stops all lie at one point is left off: build_route gives None)
    routes = [r for p in plans if (r := build_route(p, settings, stop_confidence, legs)) is not None]
    zone_feats = zone_features(zones, actors, affs, settings)
    places = [_with_roles(p, roles, orphans) for p in merged.features()]
    roles = [_with_controls(f, zone_feats) for f in roles]

    features = sorted(zone_feats + routes + roles + places, key=lambda f: (ORDER.index(f.role), f.name))
    # (a stand-in sea leg tells the map whether its line crosses its sea: no shapes there)
    features = geometry.crossings(attach_facts(features, facts))
    meta = _meta(gaz)
    # the documents only the learned topic check let through, and its probability (the audit's to show)
    passed = {r.doc.doc: round(r.topic_model, 3) for r in readings if r.topic_model is not None}
    if passed:
        meta[topic.CUE] = passed
    return Picture(tuple(features), tuple(d.doc for d in docs), meta)


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


def resumed(lex: _cues.Lexicon) -> re.Pattern | None:
    """The words of a claim that opens a sentence going on from where the journey got to
    ("From Italy ..."): the cue data's resumed_from setting, for routes.plan."""
    return _cues.setting_rx(lex, "resumed_from", re.IGNORECASE)


def sentences(readings: Sequence[Reading], lex: _cues.Lexicon) -> Mapping[str, list[str]]:
    """Per document, its sentences' words as its claims number them (cues read sentences cut
    by a hard line break joined again): routes.plan reads those naming no place too. Split
    when first asked (_Sentences): planning with a memo reads only the documents it has not
    read before, and few of those ask."""
    return _Sentences(readings, lex)


class _Sentences(Mapping[str, list[str]]):
    """sentences()' mapping, each document's sentences split when first asked for (a
    corpus's assembly split all 10,000 articles' after the last partition, 5% of its CPU
    there, for the few hundred documents planning then reads)."""

    def __init__(self, readings: Sequence[Reading], lex: _cues.Lexicon):
        # (a document id given twice: its last reading's, as one dict of them all kept it)
        self._docs = {r.doc.doc: r.doc for r in readings}
        self._lex = lex
        self._split: dict[str, list[str]] = {}

    def __getitem__(self, doc: str) -> list[str]:
        said = self._split.get(doc)
        if said is None:
            joined = _cues.join_wrapped(self._docs[doc], self._lex)
            said = self._split[doc] = [joined.text[a:b] for a, b in joined.sentences]
        return said

    def __iter__(self) -> Iterator[str]:
        return iter(self._docs)

    def __len__(self) -> int:
        return len(self._docs)


def holding(zones: Sequence[ZoneClaim], lex: _cues.Lexicon) -> list[ZoneClaim]:
    """The zone claims where a force has people in its hands (the cue data's
    return_start_controls): a return with no start of its own starts there (routes.plan)."""
    kinds = frozenset(lex.settings.get("return_start_controls", ()))
    return [z for z in zones if z.control in kinds]


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
    meta = {"geomig": _version()}
    if gaz is not None:
        meta["gazetteer"] = gaz.version
    return meta


@functools.cache
def _version() -> str:
    """The installed geomig's version, read once per process: reading the package's metadata
    costs about a millisecond, which every extract() of a single document paid."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("geomig")
    except PackageNotFoundError:
        return "0.0.0"


__all__ = ["CONTROLS", "ROLES", "Assembly", "Fact", "Feature", "Leg", "Picture", "Reading", "Source", "assemble",
           "by_boat", "extract", "low_confidence", "merge_pictures", "read", "read_rules"]
