"""Merging claims from every document into picture features.

The same place, role or zone named in several articles becomes one feature listing every
source; claims that disagree (a launch point in one article, "no boats left" in another;
two affiliations for one brigade) are kept side by side, never overwritten.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence

from shapely.geometry import Point

from geomig.models import GeocodedDocument, Mention
from geomig.picture import geometry
from geomig.picture.claims import (
    ActorMention,
    Affiliation,
    Claim,
    FactClaim,
    PlaceRef,
    ZoneClaim,
    display_name,
)
from geomig.picture.cues import compiled_rx
from geomig.picture.model import Fact, Feature, Picture, Source

#: Output order of the roles.
ORDER = ("control_zone", "route", "launch_point", "destination", "transit", "origin", "place")


def noisy_or(values: Iterable[float]) -> float:
    """Support from independent claims: 1 - prod(1 - c)."""
    return 1.0 - math.prod(1.0 - min(max(v, 0.0), 1.0) for v in values)


def sources(items: Iterable[Source]) -> tuple[Source, ...]:
    """Distinct sources in document order, highlights of the same sentence merged."""
    seen: dict[tuple[str, int, int], Source] = {}
    for s in items:
        _add_source(seen, s)
    return _in_order(seen)


def _add_source(seen: dict[tuple[str, int, int], Source], s: Source) -> None:
    # sources()' one step, shared with the merging of places partition by partition.
    key = (s.doc, s.start, s.end)
    old = seen.get(key)
    seen[key] = s if old is None else Source(
        s.doc, s.start, s.end, s.quote, tuple(sorted(set(old.highlight) | set(s.highlight))))


def _in_order(seen: dict[tuple[str, int, int], Source]) -> tuple[Source, ...]:
    return tuple(seen[k] for k in sorted(seen))


def _cue_text(pairs: Iterable[tuple[str, str]]) -> str:
    return "; ".join(f"{cue}: “{words}”" for cue, words in dict.fromkeys(pairs))


def _name(refs: Sequence[PlaceRef]) -> str:
    return Counter(r.name for r in refs).most_common(1)[0][0]


# ------------------------------------------------------------------------------ places

def place_features(docs: Sequence[GeocodedDocument], low_confidence: float) -> list[Feature]:
    """One "place" feature per geocoded place: the map's Places layer and its audit data."""
    places = Places(low_confidence)
    places.add(docs)
    return places.features()


class Places:
    """place_features() merged as documents come: add() them in any number of batches (a
    corpus's partitions, while later ones are still being read), then features() gives
    what place_features() of every document added, in that order, gives, whatever the
    batches. Each mention is read once, when its document is added."""

    def __init__(self, low_confidence: float):
        self.low_confidence = low_confidence
        self._by_id: dict[str, _Place] = {}
        self._shown: dict[str, str] = {}  # display_name() of each distinct text (a corpus repeats its names)

    def add(self, docs: Iterable[GeocodedDocument]) -> None:
        """Merge the geocoded places of these documents (after those added before)."""
        by_id, shown = self._by_id, self._shown
        for d in docs:
            n_sentences = len(d.sentences)
            for m in d.mentions:
                if not (m.id and m.lat is not None and m.lon is not None):
                    continue
                place = by_id.get(m.id)
                if place is None:
                    place = by_id[m.id] = _Place(m)
                else:
                    place.n += 1
                    if m.confidence > place.best.confidence:  # max()'s first highest, min()'s first lowest
                        place.best = m
                    if m.confidence < place.worst.confidence:
                        place.worst = m
                if m.kind != "demonym":
                    text = m.text
                    place.names[shown.get(text) or shown.setdefault(text, display_name(text))] += 1
                    if place.kind is None:
                        place.kind = m.kind
                if m.flags:
                    place.flags.update(m.flags)
                s, e = d.sentences[m.sentence] if 0 <= m.sentence < n_sentences else (m.start, m.end)
                _add_source(place.sources, Source(d.doc, s, e, d.text[s:e], ((m.start - s, m.end - s),)))

    def features(self) -> list[Feature]:
        """The place features of every document added so far, in first-seen order."""
        return [self._feature(pid, place) for pid, place in self._by_id.items()]

    def _feature(self, pid: str, place: _Place) -> Feature:
        best, worst = place.best, place.worst
        name = place.names.most_common(1)[0][0] if place.names else (place.first.name or pid)
        props = {
            "kind": best.kind if best.kind != "demonym" else (place.kind or "demonym"),
            "country": best.country, "gazetteer_name": best.name, "mentions": place.n,
            "evidence": best.evidence,
        }
        if place.flags:
            props["flags"] = sorted(place.flags)
        if worst.confidence < self.low_confidence and worst.alternatives:
            props["alternatives"] = [{"id": a.id, "name": a.name, "lat": a.lat, "lon": a.lon,
                                      "score": round(a.score, 3)} for a in worst.alternatives]
        return Feature("place", name, pid, Point(best.lon, best.lat), best.confidence, "geocoded",
                       _in_order(place.sources), properties=props)


class _Place:
    """One place's mentions so far: what its feature is made of."""

    __slots__ = ("best", "first", "flags", "kind", "n", "names", "sources", "worst")

    def __init__(self, m: Mention):
        self.first = self.best = self.worst = m
        self.n = 1
        self.names: Counter[str] = Counter()  # display names of the non-demonym mentions
        self.kind: str | None = None  # the first non-demonym mention's kind
        self.flags: set[str] = set()
        self.sources: dict[tuple[str, int, int], Source] = {}


# ------------------------------------------------------------------------------- roles

def role_features(claims: Sequence[Claim]) -> tuple[list[Feature], dict[str, list[dict]]]:
    """Role features (launch_point, destination, transit, origin) with every claim behind
    them; and, per place id, the claims that made no feature (only negated)."""
    groups: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    for c in claims:
        if c.role not in ("sea", "returned", "returned_from") and not c.home:  # they feed routes only
            groups[(c.feature_role, c.place.id)].append(c)
    features, orphans = [], defaultdict(list)
    for (role, pid), group in groups.items():
        positive = [c for c in group if not c.negated]
        if not positive:
            orphans[pid].extend(c.to_dict() for c in group)
            continue
        negative = [c for c in group if c.negated]
        confidence = noisy_or(c.confidence for c in positive) * (1 - 0.5 * noisy_or(c.confidence for c in negative))
        ref = positive[0].place
        props = {"kind": ref.kind, "country": ref.country,
                 "claims": [c.to_dict() for c in group],
                 "hedged": all(c.hedged for c in positive)}
        if negative:
            props["conflict"] = True
        if ref.kind == "region":
            geom, warning = geometry.region(pid, ref.lat, ref.lon)
        else:
            geom, warning = Point(ref.lon, ref.lat), ""
        if warning:
            props["warning"] = warning
        features.append(Feature(role, _name([c.place for c in positive]), pid, geom, confidence,
                                _cue_text((c.cue, c.words) for c in positive),
                                sources(c.source for c in group), properties=props))
    return features, orphans


# ------------------------------------------------------------------------------- zones

def zone_features(zones: Sequence[ZoneClaim], actors: Sequence[ActorMention],
                  affiliations: Sequence[Affiliation], settings: Mapping) -> list[Feature]:
    """Control zones, with the named actors of their documents and those actors' affiliations."""
    groups: dict[tuple[str, str, str | None], list[ZoneClaim]] = defaultdict(list)
    for z in zones:
        groups[(z.control, z.place.id, z.direction)].append(z)
    attached = _attach_actors(zones, actors)
    orgs: dict[str, list[Affiliation]] = defaultdict(list)
    for a in affiliations:
        orgs[a.actor].append(a)
    out = []
    for key, group in groups.items():
        control, pid, direction = key
        positive = [z for z in group if not z.negated]
        if not positive:
            continue
        ref = positive[0].place
        # (a border control told only at a post inside its country: a checkpoint)
        drawn = _internal_post(control, ref, positive, settings.get("internal_post"))
        named = [a for z in group for a in attached.get(id(z), ())]
        # (a force the text names outranks a cue's stand-in: "Border Patrol agents detained
        # them in X ... held at a processing centre in X" is the agents' zone, no "camp authorities")
        told = [z for z in positive if z.named_actor] or positive
        names = list(dict.fromkeys(a.name for a in named)) or list(dict.fromkeys(z.actor for z in told))
        actor_rows = []
        for name in names:
            affs = [a for a in orgs.get(name, ()) if not a.negated]
            row = {"name": name, "affiliation": list(dict.fromkeys(a.org for a in affs)),
                   "words": sorted({a.words for a in named if a.name == name})}
            row["sources"] = [s.to_dict() for s in sources([a.source for a in named if a.name == name]
                                                             + [a.source for a in affs])]
            actor_rows.append(row)
        with_aff = [r for r in actor_rows if r["affiliation"]]
        if len(with_aff) == 1 and len(actor_rows) == 1:
            affiliation = "; ".join(with_aff[0]["affiliation"])
        else:
            affiliation = "; ".join(f"{r['name']}: {' / '.join(r['affiliation'])}" for r in with_aff)
        # the sea off a country is near the places of every document claiming it
        near = tuple(dict.fromkeys(p for z in positive for p in z.near))
        geom, warning = geometry.zone(positive[0].recipe, ref, direction, dict(settings), near)
        negative = [z for z in group if z.negated]
        props = {
            "control": drawn, "actor": ", ".join(names), "affiliation": affiliation or None,
            "actors": actor_rows, "place": ref.name, "place_id": pid, "direction": direction,
            "hedged": all(z.hedged for z in positive),
            "claims": [{"control": drawn if z.control == control else z.control, "actor": z.actor, "cue": z.cue, "words": z.words,
                        "negated": z.negated, "hedged": z.hedged, "doc": z.doc,
                        "start": z.source.start, "end": z.source.end} for z in group],
        }
        if warning:
            props["warning"] = warning
        label = drawn.replace("_", " ")
        where = ref.name
        if positive[0].recipe == "coastal_strip":
            where = f"sea off {direction + 'ern ' if direction in ('north', 'south', 'east', 'west') else ''}{ref.name}"
        name = f"{props['actor'] or label} ({label}, {where})"
        confidence = noisy_or(z.confidence for z in positive) * (1 - 0.5 * noisy_or(z.confidence for z in negative))
        out.append(Feature("control_zone", name, pid, geom, confidence,
                           _cue_text((z.cue, z.words) for z in positive),
                           sources([z.source for z in group] + [a.source for a in named]), properties=props))
    return out


def _internal_post(control: str, place: PlaceRef, told: Sequence[ZoneClaim], post: Mapping | None) -> str:
    """The kind a zone is drawn as: [settings] internal_post's control for a border control
    whose every told claim names a post on a road (its words) in a sentence that names no
    border, crossing or port (its unless), at a town or an area's point farther than its border_km from its country's
    land borders ("police at a checkpoint outside X", X inland); else its claims' own."""
    if not post or control not in post.get("controls", ()) or place.kind not in post.get("kinds", ()):
        return control
    words, unless = compiled_rx(post.get("words"), re.I), compiled_rx(post.get("unless"), re.I)
    # (the unless over the whole sentence: "border guards stopped them at a checkpoint in X")
    if words is None or not all(words.search(z.words) and not (unless is not None and unless.search(z.source.quote))
                                for z in told):
        return control
    if place.lat is None or place.lon is None or not place.country or geometry.country_geometry(place.country) is None:
        return control
    return control if geometry.border_near(place.country, None, place.lat, place.lon, float(post["border_km"])) \
        else str(post["control"])


def _attach_actors(zones: Sequence[ZoneClaim], actors: Sequence[ActorMention]) -> dict[int, list[ActorMention]]:
    """Named actors of a type join that document's zone of the same control type: the
    nearest one at or before their sentence ("The militias, one known as “Al-Ammu”...")."""
    # Zones indexed by document and type once: an actor looks at its own article's zones,
    # not at the whole corpus's.
    by_doc: dict[tuple[str, str], list[ZoneClaim]] = defaultdict(list)
    for z in zones:
        if not z.negated:
            by_doc[(z.doc, z.control)].append(z)
    out: dict[int, list[ActorMention]] = defaultdict(list)
    for a in actors:
        same = by_doc.get((a.doc, a.type))
        if not same:
            continue
        before = [z for z in same if z.sentence <= a.sentence]
        zone = max(before, key=lambda z: z.sentence) if before else min(same, key=lambda z: z.sentence)
        out[id(zone)].append(a)
    return out


# ------------------------------------------------------------------------------- facts

def attach_facts(features: list[Feature], facts: Sequence[FactClaim]) -> list[Feature]:
    """Give each fact to the features it concerns, by the attach order of its unit."""
    # Every target shares the fact's document: index the features by document once, so a
    # fact looks at its own article's features, not at the whole corpus's.
    by_doc: dict[str, list[int]] = defaultdict(list)
    for i, feat in enumerate(features):
        docs = {s.doc for s in feat.sources}
        if feat.role == "route":
            docs.update(feat.properties.get("documents", ()))
        for doc in docs:
            by_doc[doc].append(i)
    with_role = {g.id for g in features if g.role != "place"}
    starts = _SentenceStarts(features)
    extra: dict[int, list[Fact]] = defaultdict(list)
    for f in facts:
        for how in f.attach:
            targets = _targets(features, by_doc.get(f.doc, ()), with_role, starts, f, how)
            if targets:
                # One Fact per distinct "about": a fact of a corridor's article goes to each of
                # its routes (a corpus: 164,000 attachments of 7,700 facts), and is immutable.
                made: dict[str, Fact] = {}
                for i, about in targets:
                    fact = made.get(about)
                    if fact is None:
                        fact = made[about] = Fact(f.text, f.value, f.unit, f.source, f.qualifier, about)
                    extra[i].append(fact)
                break
    out = []
    for i, feat in enumerate(features):
        if i in extra:
            feat = Feature(feat.role, feat.name, feat.id, feat.geometry, feat.confidence, feat.cue,
                           feat.sources, feat.facts + tuple(extra[i]), feat.properties)
        out.append(feat)
    return out


class _SentenceStarts:
    """Where each feature's sources start, per document, and which documents a route
    cites, read once per feature and only when a fact asks: a place or a route of a
    corpus has hundreds of thousands of sources, and scanning them for every fact of
    every article grew with the square of the corpus."""

    def __init__(self, features: Sequence[Feature]):
        self.features = features
        self._by_feature: dict[int, dict[str, set[int]]] = {}
        self._documents: dict[int, frozenset[str]] = {}
        self._marked: dict[int, dict[tuple[str, int], list[tuple[int, int]]]] = {}

    def marked(self, i: int, doc: str, start: int) -> list[tuple[int, int]]:
        """The highlighted spans of feature i's source at (doc, start) (empty if none)."""
        by_sentence = self._marked.get(i)
        if by_sentence is None:
            by_sentence = self._marked[i] = defaultdict(list)
            for s in self.features[i].sources:
                by_sentence[(s.doc, s.start)].extend(s.highlight)
        return by_sentence.get((doc, start), [])

    def of(self, i: int, doc: str) -> set[int]:
        """The start offsets of feature i's sources in document `doc` (empty if none)."""
        by_doc = self._by_feature.get(i)
        if by_doc is None:
            by_doc = self._by_feature[i] = defaultdict(set)
            for s in self.features[i].sources:
                by_doc[s.doc].add(s.start)
        return by_doc.get(doc, set())

    def documents(self, i: int) -> frozenset[str]:
        """The documents feature i lists in its "documents" property (a route's)."""
        docs = self._documents.get(i)
        if docs is None:
            docs = self._documents[i] = frozenset(self.features[i].properties.get("documents", ()))
        return docs


#: A news report tells a few journeys (11 at most in the 312 reports of tests/fixtures): a
#: count of such a report concerns each of them. Past this many routes in one document, a
#: count goes to the routes told nearest to it instead.
ROUTES_OF_A_REPORT = 16


def _targets(features: Sequence[Feature], candidates: Sequence[int], with_role: set[str],
             starts: _SentenceStarts, f: FactClaim, how: str) -> list[tuple[int, str]]:
    """The features among `candidates` (those of the fact's document, in order) that a fact
    attaches to by `how`; `with_role` holds the ids that play a role somewhere."""
    # One loop per kind of attachment: a corpus asks this for every fact of every article.
    doc = f.doc
    if how == "route" or how.startswith("route:"):
        # "route:<stage>": only the routes with a stop of that stage (a count of returns is of
        # the returns drawn, not of the outward journeys of the same report)
        stage = how[6:]
        routes = [(i, "") for i in candidates if features[i].role == "route" and doc in starts.documents(i)
                  and (not stage or stage in features[i].properties.get("stages", ()))]
        # "the boat that left X capsized and 12 died": the count is of the journeys through
        # the place its sentence names first, not of every journey of the report (a sentence
        # naming no route's stop: of each of them, as before)
        routes = [r for r in routes if f.subject in features[r[0]].properties.get("stops", ())] or routes
        if len(routes) <= ROUTES_OF_A_REPORT:
            return routes
        # A long text (a compilation, a book): the count concerns the journeys told nearest
        # to it. Giving each fact to every route grew with the square of the text (a 0.5 MB
        # text's picture was 156 MB of repeated facts).
        told = [r for r in routes if starts.of(r[0], doc)]
        return _nearest(told, starts, f) if told else routes
    if how == "actor":
        found: list[tuple[int, str]] = []
        for i in candidates:
            feat = features[i]
            if feat.role == "control_zone" and starts.of(i, doc):
                names = {r["name"] for r in feat.properties.get("actors", ())}
                hit = next((a for a in f.actors if a in names), None)
                if hit:
                    found.append((i, hit))
        return _nearest(found, starts, f)
    if how == "subject" or how.startswith("subject:"):
        # "subject:<role>": only the subject's feature of that role ("2,000 have landed in X":
        # X's destination, not a place hoped for that a sentence nearer names)
        subject, role = f.subject, how[8:]
        if not subject or (role and any(features[i].role == role and f.source.start in starts.of(i, doc)
                                        for i in candidates)):
            # (where its own sentence tells features of the role, the nearest words decide:
            # "450 landed in X while 30 came ashore in Y", doc:<role>)
            return []
        return [(i, features[i].name) for i in candidates
                if features[i].id == subject and features[i].role not in ("route", "control_zone")
                and (not role or features[i].role == role)
                and (features[i].role != "place" or subject not in with_role) and starts.of(i, doc)]
    if how == "sentence":
        start = f.source.start
        return [(i, "") for i in candidates if features[i].role != "place" and start in starts.of(i, doc)]
    if how.startswith("doc:"):
        role = how[4:]
        return _nearest([(i, "") for i in candidates if features[i].role == role and starts.of(i, doc)], starts, f)
    return []


def _nearest(found: list[tuple[int, str]], starts: _SentenceStarts, f: FactClaim) -> list[tuple[int, str]]:
    """The features a fact's sentence is closest to: a number counts the event of its own
    sentence, or of the nearest one telling of it ("212 were intercepted ... The boats were
    stopped off X"), never every zone of the report."""
    if len(found) < 2:
        return found
    at = f.source.start
    gap = {i: min(abs(s - at) for s in starts.of(i, f.doc)) for i, _ in found}
    best = min(gap.values())
    found = [(i, about) for i, about in found if gap[i] == best]
    if len(found) < 2 or best or not f.source.highlight:
        return found
    # Several in the fact's own sentence ("police detained 40 in X, and the coastguard
    # intercepted 120 off Y"): the one whose words lie nearest the number's.
    words = {i: min((max(a - y, x - b, 0) for a, b in starts.marked(i, f.doc, at) for x, y in f.source.highlight),
                    default=math.inf) for i, _ in found}
    best = min(words.values())
    return [(i, about) for i, about in found if words[i] == best]


# ---------------------------------------------------------------------------- pictures

def feature_key(f: Feature) -> tuple:
    """What makes two features the same thing: a role and a place (a zone also by its
    control type and side, a route by its stops); features without an id go by name."""
    p = f.properties
    if f.role == "control_zone":
        return (f.role, f.id or f.name, p.get("control"), p.get("direction"))
    if f.role == "route":
        return (f.role, tuple(p.get("stops") or ()) or f.name)
    return (f.role, f.id or f.name)


def merge_pictures(pictures: Iterable[Picture]) -> Picture:
    """Several pictures as one: features merged by merge_features(), documents listed
    once, the first picture's versions kept."""
    pictures = list(pictures)
    if len(pictures) == 1:
        return pictures[0]
    meta: dict = {}
    for p in reversed(pictures):
        for key, value in p.meta.items():
            # a per-document record (the documents the topic model passed) gathers every
            # picture's; a version keeps the first picture's
            if isinstance(value, Mapping) and isinstance(meta.get(key), Mapping):
                value = {**meta[key], **value}
            meta[key] = value
    return Picture(tuple(merge_features(f for p in pictures for f in p.features)),
                   tuple(dict.fromkeys(d for p in pictures for d in p.documents)), meta)


def merge_features(features: Iterable[Feature]) -> list[Feature]:
    """Features from several pictures merged by feature_key(): one feature per place,
    role, zone or route, listing every distinct source, fact and claim once.

    The same claims read twice (a picture given twice, or a text and the picture made
    from it) add no support: confidence combines only features whose sources are not
    all found in another's.
    """
    groups: dict[tuple, list[Feature]] = defaultdict(list)
    for f in features:
        groups[feature_key(f)].append(f)
    out = [group[0] if len(group) == 1 else _merge_group(group) for group in groups.values()]
    return sorted(out, key=lambda f: (ORDER.index(f.role) if f.role in ORDER else len(ORDER), f.name))


def _source_keys(f: Feature) -> frozenset:
    return frozenset((s.doc, s.start, s.end) for s in f.sources)


def _merge_group(group: Sequence[Feature]) -> Feature:
    first = group[0]
    keys = [_source_keys(f) for f in group]
    independent = [f for i, f in enumerate(group)
                   if not any(keys[i] < keys[j] or (keys[i] == keys[j] and j < i) for j in range(len(group)))]
    srcs = sources(s for f in group for s in f.sources)
    facts = tuple({_json(x.to_dict()): x for f in group for x in f.facts}.values())
    props: dict = {}
    for f in group:
        for k, v in f.properties.items():
            props[k] = _merge_value(props[k], v) if k in props else v
    for k in ("hedged", "conflict"):
        if k in props:
            props[k] = (all if k == "hedged" else any)(bool(f.properties.get(k)) for f in group)
    if "actors" in props:
        props["actors"] = _merge_actors(props["actors"])
    if "mentions" in props:  # one highlight per mention (place_features)
        props["mentions"] = sum(len(s.highlight) or 1 for s in srcs)
    confidence = noisy_or(f.confidence for f in independent)
    return Feature(first.role, first.name, first.id, first.geometry, confidence, first.cue, srcs, facts, props)


def _json(value) -> str:
    import json

    return json.dumps(value, sort_keys=True, ensure_ascii=False, default=str)


def _merge_value(old, new):
    # Lists (claims, documents, flags, roles) are unions in first-seen order; otherwise
    # the first picture's value stands.
    if isinstance(old, list) and isinstance(new, list):
        return list({_json(v): v for v in old + new}.values())
    return old


def _merge_actors(rows: list) -> list:
    by_name: dict[str, dict] = {}
    for row in rows:
        if not isinstance(row, Mapping) or "name" not in row:
            continue
        old = by_name.get(row["name"])
        by_name[row["name"]] = dict(row) if old is None else {
            **old, **{k: _merge_value(old[k], v) if k in old else v for k, v in row.items()}}
    return list(by_name.values())
