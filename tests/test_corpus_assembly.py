"""The corpus picture assembled partition by partition (geomig.picture.Assembly, with
merge.Places): whatever the split of the readings into batches, the picture is the one
assemble() makes of them all at once, byte for byte."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from corpus_texts import rows
from geomig.picture import Assembly, assemble, read
from geomig.picture.merge import Places, place_features

REPORTS = Path(__file__).parent / "fixtures" / "reports"


@pytest.fixture(scope="module")
def readings(gazetteer):
    """The readings of some of the project's own reports (zones, actors, facts, routes)
    and of the corpus benchmark's kind of article, interleaved as a corpus would mix them."""
    import geomig

    reports = sorted(REPORTS.glob("0[1-9]_*.txt")) + sorted(REPORTS.glob("1[0-9]_*.txt"))
    docs = [geomig.geocode_document(geomig.Document(p.name, p.read_text("utf-8"))) for p in reports]
    docs += [geomig.geocode_document(geomig.Document(r["id"], r["text"])) for r in rows(60)]
    random.Random(3).shuffle(docs)
    return read(docs)


@pytest.fixture(scope="module")
def whole(readings) -> str:
    picture = assemble(readings)
    assert any(f.role == "route" for f in picture.features) and any(f.facts for f in picture.features)
    assert any(f.role == "control_zone" for f in picture.features)
    return picture.encode().text


def _splits(n: int) -> list[list[int]]:
    """Cut points: none, every one, the first or last alone, and random ones."""
    rng = random.Random(11)
    fixed = [[], list(range(1, n)), [1], [n - 1], [n // 2]]
    return fixed + [sorted(rng.sample(range(1, n), k)) for k in (1, 2, 3, 5, 8, 13, 21, 34)]


def _batches(items: list, cuts: list[int]) -> list[list]:
    bounds = [0, *cuts, len(items)]
    return [items[a:b] for a, b in zip(bounds, bounds[1:], strict=False)]


def test_any_split_gives_the_whole_picture(readings, whole):
    for cuts in _splits(len(readings)):
        assembly = Assembly()
        for batch in _batches(readings, cuts):
            assembly.add(batch)
        assert assembly.picture().encode().text == whole, cuts


def test_places_merged_in_batches_are_place_features_of_all(readings):
    docs = [r.doc for r in readings]
    expected = place_features(docs, 0.5)
    assert len(expected) > 20 and any(f.properties["mentions"] > 1 for f in expected)
    for cuts in _splits(len(docs))[::3]:
        places = Places(0.5)
        for batch in _batches(docs, cuts):
            places.add(batch)
        assert places.features() == expected, cuts


def test_legs_drawn_ahead_leave_the_picture_unchanged(readings, whole):
    # What a corpus run's thread draws while workers run: the routes of the first batches.
    assembly = Assembly()
    assert assembly.warm_routes(readings[: len(readings) // 2])
    assert any(key[0] == "land" for key in assembly.legs)  # land legs kept too, not only sea ones
    stopped = Assembly()
    assert not stopped.warm_routes(readings, stop=lambda: True)
    for warmed in (assembly, stopped):
        warmed.add(readings)
        assert warmed.picture().encode().text == whole


def test_an_assembly_gives_its_picture_once(readings):
    assembly = Assembly()
    assembly.add(readings[:3])
    assert assembly.picture().documents == tuple(r.doc.doc for r in readings[:3])
    with pytest.raises(ValueError, match="gives its picture once"):
        assembly.picture()
    with pytest.raises(ValueError, match="no readings after its picture"):
        assembly.add(readings[3:4])


def test_a_leg_is_drawn_once_whatever_the_text_calls_its_ends(monkeypatch):
    # A corpus names one place in many ways ("TRIPOLI", "Tripoli") and with many confidences:
    # the leg's line depends on neither, so routes built with one memo draw it once.
    from geomig.picture import routes
    from geomig.picture.claims import PlaceRef

    drawn = []
    line = routes.drawing.geometry.straight((16.97, 7.99), (27.04, 14.43))
    monkeypatch.setattr(routes.drawing, "_checked_land_leg",
                        lambda leg, straight, tolerance: drawn.append(leg) or (line, "", "land"))
    monkeypatch.setattr(routes.drawing.geometry, "lines", lambda lines: None)
    agadez = PlaceRef("2448085", "Agadez", "city", "NE", 16.97, 7.99)
    sabha = PlaceRef("2212775", "Sabha", "city", "LY", 27.04, 14.43)
    legs: dict = {}
    for name, confidence in (("Agadez", 1.0), ("AGADEZ", 0.7)):
        start = PlaceRef(agadez.id, name, agadez.kind, agadez.country, agadez.lat, agadez.lon, confidence)
        plan = routes.RoutePlan((start, sabha), ("transit", "transit"), (routes.Leg(start, sabha, "land"),),
                                (), (), (), ())
        routes.build(plan, {}, {}, legs)
    assert len(drawn) == 1
    # A place elsewhere is another leg.
    moved = PlaceRef(agadez.id, "Agadez", agadez.kind, agadez.country, 17.0, agadez.lon)
    routes.build(routes.RoutePlan((moved, sabha), ("transit", "transit"), (routes.Leg(moved, sabha, "land"),),
                                  (), (), (), ()), {}, {}, legs)
    assert len(drawn) == 2


def _plans(readings, memo=None):
    from geomig.gazetteer.index import Gazetteer
    from geomig.picture import by_boat, cues, geometry, holding, resumed
    from geomig.picture.routes import plan

    lex = cues.default()
    claims = [c for r in readings for c in r.claims]
    zones = [z for r in readings for z in r.zones]
    with geometry.using(Gazetteer.default()):
        return plan(claims, by_boat(lex), resumed(lex), holding(zones, lex), cues.route_modes(lex), memo=memo)


def test_routes_planned_again_read_only_new_documents(readings, whole):
    # A corpus run's checkpoints plan the routes of more and more partitions, then picture()
    # those of all: each document is read once, and the plans are those read at once.
    assembly = Assembly()
    n = len(readings)
    for upto in (n // 3, n // 3, 2 * n // 3, n - 1):
        before = dict(assembly.read_for_routes)
        assert assembly.warm_routes(readings[:upto])
        kept = [doc for doc in before if assembly.read_for_routes[doc] is before[doc]]
        assert len(kept) == len(before)   # read before: not read again
        assert _plans(readings[:upto], dict(assembly.read_for_routes)) == _plans(readings[:upto])
    assert len(assembly.read_for_routes) == len({r.doc.doc for r in readings[: n - 1] if r.claims})
    assembly.add(readings)
    assert assembly.picture().encode().text == whole
    assert assembly.read_for_routes == {}   # let go of with the readings


def test_a_memo_plans_as_without_one_whatever_the_documents(readings):
    # A document read again with other claims (its id reused) is read anew; documents whose
    # claims do not come in one run each are read all at once, as without a memo.
    from dataclasses import replace

    with_routes = [r for r in readings if len(r.claims) > 3]
    memo: dict = {}
    _plans(with_routes, memo)
    changed = [replace(with_routes[0], claims=with_routes[0].claims[:-1]), *with_routes[1:]]
    assert _plans(changed, memo) == _plans(changed)
    assert memo[with_routes[0].doc.doc].claims == changed[0].claims
    split = with_routes[0]
    halves = [replace(split, claims=split.claims[:2]), *with_routes[1:3], replace(split, claims=split.claims[2:])]
    before = dict(memo)
    assert _plans(halves, memo) == _plans(halves)
    assert memo == before   # (read at once: the memo is left as it was)


def test_two_groups_in_one_document_drop_no_return_of_another():
    # "Some reached X; others went on to Y" ends the leg from X to Y of its own document only:
    # a return another document tells under the same hit number (hits count within their
    # document) keeps its start, whether plan() reads the documents one by one (memo) or at
    # once (ids holding "#").
    from extract_helpers import annotate
    from geomig.picture import by_boat, cues, extract, holding, read, resumed
    from geomig.picture.routes import plan

    texts = ("The migrants left Agadez. Some reached Sebha; others went on to Tripoli.",
             "Officials spoke on Monday. They reported deportations from Greece to Turkey and,"
             " a week later, deportations from Malta to Tunisia.")
    for ids in (("a.txt", "b.txt"), ("a#1.txt", "b#1.txt")):
        docs = [annotate(t, doc=d) for t, d in zip(texts, ids, strict=True)]
        routes = sorted(tuple(f.properties["stop_names"]) for f in extract(docs).by_role("route"))
        assert routes == [("Agadez", "Sebha"), ("Agadez", "Tripoli"), ("Greece", "Turkey"), ("Malta", "Tunisia")]
    lex = cues.default()
    claims = [c for r in read(docs) for c in r.claims]
    once, one_by_one = (plan(claims, by_boat(lex), resumed(lex), holding((), lex), cues.route_modes(lex), memo=m)
                        for m in (None, {}))
    assert once == one_by_one


def test_a_route_drawn_at_a_checkpoint_is_not_drawn_again_at_the_next(readings, whole, monkeypatch):
    import geomig.picture as picture

    built = []
    real = picture.build_route
    monkeypatch.setattr(picture, "build_route", lambda plan, *a: built.append(plan) or real(plan, *a))
    assembly = Assembly()
    n = len(readings)
    assert assembly.warm_routes(readings[: n // 2])
    first = len(built)
    assert first and len(set(built)) == first
    assert assembly.warm_routes(readings[: n // 2])
    assert len(built) == first                       # the same routes: none drawn again
    assert assembly.warm_routes(readings)
    assert len(set(built)) == len(built)              # the new ones only
    assembly.add(readings)
    assert assembly.picture().encode().text == whole  # every route built for the picture, as before
    assert assembly.drawn == set()                    # let go of with the readings


def test_routes_many_documents_tell_are_planned_not_drawn_ahead(readings, whole, monkeypatch):
    # A caller's limit: routes told by more documents are left to the picture, which draws
    # them as it would have.
    from dataclasses import replace

    import geomig.picture as picture

    planned, built = [], []
    plan, build = picture.plan_routes, picture.build_route
    monkeypatch.setattr(picture, "plan_routes", lambda *a, **k: planned.extend(got := plan(*a, **k)) or got)
    monkeypatch.setattr(picture, "build_route", lambda p, *a: built.append(p) or build(p, *a))
    limited = Assembly()
    assert limited.warm_routes(readings, most_documents=1)       # every route planned: done
    told = {replace(p, claims=()): picture._told_by(p) for p in planned}
    assert max(told.values()) > 1 and min(told.values()) == 1    # some told by one document, some by more
    assert set(built) == {p for p, n in told.items() if n == 1}
    assert limited.read_for_routes                               # the documents read all the same
    limited.add(readings)
    assert limited.picture().encode().text == whole


def test_the_picture_after_legs_drawn_ahead_splits_only_the_sentences_of_documents_read_since(
        readings, whole, monkeypatch):
    # Planning reads a document's sentences only when it reads the document (routes.plan's
    # memo): the assembly after the last partition splits those of the few documents no
    # checkpoint read, not every document's again.
    import geomig.picture as picture

    assembly = Assembly()
    assembly.warm_routes(readings[: len(readings) - 5])
    assembly.add(readings)
    split: list[str] = []
    join_wrapped = picture._cues.join_wrapped

    def counted(doc, lex):
        split.append(doc.doc)
        return join_wrapped(doc, lex)

    monkeypatch.setattr(picture._cues, "join_wrapped", counted)
    assert assembly.picture().encode().text == whole
    assert set(split) <= {r.doc.doc for r in readings[-5:]}


def test_routes_planned_again_read_no_known_documents_sentences_for_flashbacks(readings, monkeypatch):
    # Which claims are a flashback's or an expulsion's is read with the document (routes.reading._told),
    # kept in the memo: planning the same documents again reads none of their sentences for it.
    from geomig.picture import routes

    memo: dict = {}
    first = _plans(readings, memo)
    asked = []
    removed = routes.reading._removed
    monkeypatch.setattr(routes.reading, "_removed", lambda c, rx: asked.append(c) or removed(c, rx))
    assert _plans(readings, memo) == first
    assert asked == []
    assert _plans(readings) == first and asked   # (without a memo: read)


def test_documents_read_ahead_for_routes_are_not_read_again(readings, whole, monkeypatch):
    # What a corpus run's thread does after its last checkpoint: each partition's documents read
    # for routes as they come (routes.remember), nothing planned or drawn; the picture after it
    # reads none of them again, and is the one assembled at once.
    import geomig.picture as picture
    from geomig.picture import routes

    assembly = Assembly()
    n = len(readings)
    assert assembly.read_routes(readings[: n // 2])
    assert assembly.read_routes(readings[n // 2: n - 3])
    assert assembly.legs == {} and assembly.drawn == set()   # nothing drawn
    assert set(assembly.read_for_routes) == {r.doc.doc for r in readings[: n - 3] if r.claims}
    stopped = Assembly()
    assert not stopped.read_routes(readings, stop=lambda: True) and stopped.read_for_routes == {}
    read: list[str] = []
    reader = routes.reading._DocReader.__call__
    monkeypatch.setattr(routes.reading._DocReader, "__call__",
                        lambda self, claims: read.append(claims[0].doc) or reader(self, claims))
    assembly.add(readings)
    assert assembly.picture().encode().text == whole
    assert read and set(read) <= {r.doc.doc for r in readings[n - 3:]}
