"""Near-copies of one journey folded into one route (a user's trial, session 62): a family's
journey told across several sentences made a guess per start or end through stops of its own,
each drawn apart; one journey is drawn once, with every stop and claim of its copies. Two
groups' ways, from other starts or to other ends, stay apart.

Sentences written for these tests; geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)
with Sudanese, Chadian, eastern Libyan and Greek places added; the folding's own cases on
hand-built plans."""

from __future__ import annotations

import pytest
from extract_helpers import PLACES, picture, with_places

from geomig.picture.claims import Claim, PlaceRef
from geomig.picture.model import Source
from geomig.picture.routes.journeys import _fold_copies, _shared_in_order
from geomig.picture.routes.model import Leg, RoutePlan

_PLACES = {
    "Darfur": ("test:darfur", "admin", "SD", 13.5, 24.0, "Darfur"),
    "Adre": ("test:adre", "city", "TD", 13.47, 22.2, "Adré"),
    "Tobruk": ("test:tobruk", "city", "LY", 32.08, 23.96, "Tobruk"),
    "Crete": ("test:crete", "island", "GR", 35.24, 24.81, "Crete"),
    "Chania": ("test:chania", "city", "GR", 35.51, 24.02, "Chania"),
    "Athens": ("test:athens", "city", "GR", 37.98, 23.73, "Athens"),
}


@pytest.fixture(autouse=True)
def _places(monkeypatch):
    with_places(monkeypatch, _PLACES)


def routes(pic) -> list[tuple[str, ...]]:
    return sorted(tuple(f.properties["stop_names"]) for f in pic.by_role("route"))


# ------------------------------------------------------------------ a family's journey, end to end

_FAMILY = ("Aid workers say thousands of Sudanese families have fled the fighting this year.\n\n"
           "One family of six fled Darfur to Adre in Chad in March, where they stayed in a crowded camp "
           "for two months. From Adre they travelled north through Kufra to Benghazi with smugglers. "
           "In August they sailed from Tobruk to Crete on a fishing boat carrying 400 people.\n\n"
           "The Greek coastguard took them to Chania. They were later moved to a camp near Athens, where "
           "they are waiting for a decision on their asylum claim.")


def test_a_familys_journey_told_across_sentences_is_drawn_once():
    found = routes(picture(_FAMILY))
    # (once: not again from Darfur through other stops, nor from Sudan, the nationality's country)
    assert len(found) == 1, found
    through = [r for r in found if r[0] == "Darfur" and r[-1] == "Athens"]
    assert len(through) == 1, found
    # (with the stops each copy had of its own: Benghazi and Chania)
    assert {"Adre", "Kufra", "Benghazi", "Tobruk", "Chania"} <= set(through[0]), found


def test_two_groups_on_two_ways_stay_two_routes():
    # (the distractor: another group's way from elsewhere to elsewhere shares no journey)
    text = _FAMILY + (" A second group, from Agadez, crossed the desert to Sebha and sailed from Zuwara "
                      "to Lampedusa.")
    found = routes(picture(text))
    assert any(r[0] == "Darfur" and r[-1] == "Athens" for r in found), found
    assert any("Sebha" in r and "Lampedusa" in r and "Darfur" not in r for r in found), found


# ------------------------------------------------------------------ the folding, on hand-built plans

def _place(name: str) -> PlaceRef:
    pid, kind, country, lat, lon, gname = {**PLACES, **_PLACES}[name]
    return PlaceRef(pid, name, kind, country, lat, lon, gazetteer_name=gname)


def _plan(*names: str, doc: str = "a.txt", last: str = "destination") -> RoutePlan:
    stops = tuple(_place(n) for n in names)
    said = Source(doc, 0, 10, "test words")
    claims = tuple(Claim("transit", s, doc, k, "test", s.name, said, 0.9) for k, s in enumerate(stops))
    legs = tuple(Leg(a, b, "land") for a, b in zip(stops, stops[1:]))
    stages = ("origin", *["transit"] * (len(stops) - 2), last)
    return RoutePlan(stops, stages, legs, (), (names[0],), (names[-1],), claims)


def _names(plans: list[RoutePlan]) -> list[tuple[str, ...]]:
    return [tuple(s.name for s in p.stops) for p in plans]


def test_copies_from_one_start_to_one_end_fold_into_the_longer():
    kept = _plan("Darfur", "Adre", "Kufra", "Benghazi", "Tobruk", "Athens")
    copy = _plan("Darfur", "Adre", "Kufra", "Tobruk", "Chania", "Athens")
    folded = _fold_copies([copy, kept])
    assert _names(folded) == [("Darfur", "Adre", "Kufra", "Benghazi", "Tobruk", "Chania", "Athens")]
    # (the copy's support is folded in: its claims, and a leg for each new pair of stops)
    assert {c.place.id for c in folded[0].claims} >= {"test:chania"}
    assert len(folded[0].legs) == len(folded[0].stops) - 1
    assert [(leg.start.name, leg.end.name) for leg in folded[0].legs][-2:] == [("Tobruk", "Chania"),
                                                                               ("Chania", "Athens")]


@pytest.mark.parametrize("other", [
    ("Darfur", "Adre", "Kufra", "Tobruk", "Crete"),         # another end: a way of its own
    ("Sebha", "Adre", "Kufra", "Tobruk", "Athens"),         # another start: another group's way
    ("Darfur", "Crete", "Chania", "Athens"),                # only its ends shared with the journey
], ids=["other-end", "other-start", "few-shared"])
def test_ways_from_other_starts_to_other_ends_or_sharing_little_stay(other):
    plans = [_plan("Darfur", "Adre", "Kufra", "Benghazi", "Tobruk", "Athens"), _plan(*other)]
    assert len(_fold_copies(plans)) == 2


def test_a_copy_from_the_starts_country_folds_into_the_way_from_the_start():
    kept = _plan("Darfur", "Adre", "Kufra", "Benghazi", "Tobruk", "Athens")
    copy = _plan("Sudan", "Adre", "Kufra", "Tobruk", "Chania", "Athens")
    folded = _fold_copies([copy, kept])
    assert _names(folded) == [("Darfur", "Adre", "Kufra", "Benghazi", "Tobruk", "Chania", "Athens")]
    assert "Sudan" in folded[0].aliases[0]
    # (the distractor: a start in another country is another group's)
    assert len(_fold_copies([_plan("Chad", "Adre", "Kufra", "Tobruk", "Chania", "Athens"), kept])) == 2


def test_a_copy_of_another_documents_journey_or_a_return_stays():
    kept = _plan("Darfur", "Adre", "Kufra", "Benghazi", "Tobruk", "Athens")
    elsewhere = _plan("Darfur", "Adre", "Kufra", "Tobruk", "Chania", "Athens", doc="b.txt")
    back = _plan("Darfur", "Adre", "Kufra", "Tobruk", "Chania", "Athens", last="returned")
    assert len(_fold_copies([kept, elsewhere])) == 2
    assert len(_fold_copies([kept, back])) == 2


def test_shared_in_order_keeps_the_order_both_go():
    assert _shared_in_order(list("abcdef"), list("abxdyf")) == list("abdf")
    assert _shared_in_order(list("abc"), list("cba")) in (["a"], ["b"], ["c"])


def test_a_way_through_stops_of_its_own_in_another_order_stays():
    # (another group's way: its own stop, and two shared stops passed the other way round)
    kept = _plan("Darfur", "Adre", "Kufra", "Benghazi", "Tobruk", "Athens")
    other = _plan("Darfur", "Chania", "Benghazi", "Kufra", "Athens")
    assert len(_fold_copies([kept, other])) == 2
    # (a reordering with no stop of its own adds nothing: drawn once, in the kept order)
    within = _plan("Darfur", "Kufra", "Adre", "Tobruk", "Athens")
    assert _names(_fold_copies([kept, within])) == [("Darfur", "Adre", "Kufra", "Benghazi", "Tobruk", "Athens")]
