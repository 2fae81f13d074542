"""Routes: a journey from a country of origin and the same
way from a region of it is one line, from the region (routes.journeys._one_start); an end people
were only driven towards is a stop before an end reached later beyond it (_beyond_towards); two
landing places named as alternatives ("at A or B") both come before the next stop the text names
(routes.ordering._alternatives_together). Sentences and places written for these tests."""

from __future__ import annotations

import pytest
from extract_helpers import PLACES, route_names, with_places

from geomig.picture.claims import PlaceRef
from geomig.picture.routes.journeys import _one_start
from geomig.picture.routes.model import Leg, RoutePlan

#: Places of these tests (surface -> id, kind, country, lat, lon, gazetteer name), as with_places takes them.
ITALIAN = {
    "Trapani": ("test:trapani", "city", "IT", 38.02, 12.51, "Trapani"),
    "Palermo": ("test:palermo", "city", "IT", 38.12, 13.36, "Palermo"),
    "Naples": ("test:naples", "city", "IT", 40.85, 14.27, "Naples"),
    "Milan": ("test:milan", "city", "IT", 45.46, 9.19, "Milan"),
    "Como": ("test:como", "city", "IT", 45.81, 9.08, "Como"),
    "Gash-Barka": ("test:gash-barka", "admin", "ER", 15.3, 37.2, "Gash-Barka"),
}


@pytest.fixture(autouse=True)
def _places(monkeypatch):
    with_places(monkeypatch, ITALIAN)


def _place(name: str) -> PlaceRef:
    pid, kind, country, lat, lon, gaz = PLACES[name]
    return PlaceRef(pid, name, kind, country, lat, lon, gazetteer_name=gaz)


def _plan(names: list[str], claims: tuple) -> RoutePlan:
    stops = tuple(_place(n) for n in names)
    stages = ("origin", *["transit"] * (len(stops) - 2), "destination")
    legs = tuple(Leg(a, b, "land") for a, b in zip(stops, stops[1:], strict=False))
    return RoutePlan(stops, stages, legs, (), (), (), claims)


# ---- one way from a country and from a region of it (journeys._one_start) ----------------------

def test_country_and_region_going_the_same_way_to_two_ends_start_at_the_region():
    # ("About 90 Eritreans, most of them from the Gash-Barka region, ..." the way on to Milan for
    # some, Como for others: both lines from the region, the country its other name)
    group = ()
    plans = [_plan(["Eritrea", "Zuwara", "Pozzallo", "Naples", "Milan"], group),
             _plan(["Gash-Barka", "Zuwara", "Pozzallo", "Naples", "Como"], group)]
    out = _one_start(plans)
    assert [[s.name for s in p.stops] for p in out] == [["Gash-Barka", "Zuwara", "Pozzallo", "Naples", "Milan"],
                                                         ["Gash-Barka", "Zuwara", "Pozzallo", "Naples", "Como"]]
    assert "Eritrea" in out[0].aliases[0]
    assert out[0].legs[0].start.name == "Gash-Barka"


def test_country_and_region_going_other_ways_stay_apart():
    # (distractor: the region's people go another way, through other stops)
    group = ()
    plans = [_plan(["Eritrea", "Zuwara", "Pozzallo", "Naples", "Milan"], group),
             _plan(["Gash-Barka", "Sebha", "Tripoli", "Malta", "Como"], group)]
    assert [p.stops[0].name for p in _one_start(plans)] == ["Eritrea", "Gash-Barka"]


def test_plans_of_other_groups_keep_their_country():
    # (distractor: another group's plan, its own claims, is no other name of this one)
    plans = [_plan(["Eritrea", "Zuwara", "Pozzallo", "Naples", "Milan"], ()),
             _plan(["Gash-Barka", "Zuwara", "Pozzallo", "Naples", "Como"], (None,))]
    assert [p.stops[0].name for p in _one_start(plans)] == ["Eritrea", "Gash-Barka"]


# ---- an end only driven towards, a later end beyond it (journeys._beyond_towards) -------------

_WAY = ("Boats leave Zuwara at night. Those who survive the crossing land in Pozzallo and are handed on "
        "to brokers. Many are kept in flats near Palermo until relatives pay, before being driven north "
        "through Naples {} Milan. Police patrol the roads around Milan. Last month 50 migrants who had "
        "reached Como were detained.")


def test_end_driven_towards_is_a_stop_before_the_end_reached_beyond_it():
    assert route_names(_WAY.format("towards")) == ["Zuwara → Pozzallo → Palermo → Naples → Milan → Como"]


def test_end_reached_stays_an_end_of_its_own():
    # (distractor: "driven ... to Milan" tells Milan reached: the text gives two ends)
    routes = route_names(_WAY.format("to"))
    assert "Zuwara → Pozzallo → Palermo → Naples → Milan → Como" not in routes
    assert any(r.endswith("Milan") for r in routes)


def test_end_driven_towards_and_reached_stays_an_end():
    # (distractor: another sentence has people reach Milan: it is no end only headed for)
    text = _WAY.format("towards").replace("Police patrol the roads around Milan.",
                                          "Dozens who arrived in Milan were sent to a shelter.")
    assert "Zuwara → Pozzallo → Palermo → Naples → Milan → Como" not in route_names(text)


def test_hedged_landing_alternatives_also_come_together():
    # (hedged: "may land at A or B" still names the two landings of one step)
    text = _LANDING.format("or").replace("Those who survive the crossing land", "Those who survive may land")
    assert route_names(text) == ["Zuwara → Pozzallo → Trapani → Palermo → Naples → Milan"]


# ---- landing places named as alternatives (ordering._alternatives_together) -------------------

_LANDING = ("Boats leave Zuwara at night. Those who survive the crossing land on the coast of Pozzallo "
            "{} Trapani and are handed on to brokers. Many are kept in flats near Palermo until relatives "
            "pay, before being driven north through Naples towards Milan.")


def test_alternative_landings_both_come_before_the_next_stop():
    assert route_names(_LANDING.format("or")) == ["Zuwara → Pozzallo → Trapani → Palermo → Naples → Milan"]


def test_alternative_landings_either_way_round():
    text = _LANDING.format("or").replace("Pozzallo or Trapani", "Trapani or Pozzallo")
    routes = route_names(text)
    assert len(routes) == 1
    assert "Pozzallo → Trapani → Palermo" in routes[0] or "Trapani → Pozzallo → Palermo" in routes[0]


def test_places_listed_with_and_keep_the_shortest_way():
    # (distractor: "Pozzallo and Trapani" are no alternatives; the stops go the shortest way)
    routes = route_names(_LANDING.format("and"))
    assert routes and all("Pozzallo → Trapani → Palermo" not in r for r in routes)
