"""Routes, in general English: a state's removal of a
number of people is their own route, never a leg of the journey the text tells, and a transfer
on from a landing by plane is a flight.

Sentences written for these tests; geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import picture
from test_picture_routes_stated import modes, routes

_WAY = "Migrants crossed the desert from Sudan and reached Kufra. "


@pytest.mark.parametrize("removal", [
    "Libya deported hundreds of Eritreans, flying them from Kufra to Niger.",
    "The Libyan authorities have expelled more than 300 Nigerians, flying them from Kufra to Niger.",
    "On Tuesday, Libya deported 120 Eritreans, flying them from Kufra to Niger.",
], ids=["hundreds", "more-than", "day"])
def test_a_removal_of_other_people_is_its_own_route(removal):
    found = routes(picture(_WAY + removal + " The migrants later went on to Sebha."))
    assert not any("Sudan" in r and "Niger" in r for r in found), found
    assert ("Kufra", "Niger") in found, found
    assert any(r[-3:] == ("Sudan", "Kufra", "Sebha") for r in found), found


@pytest.mark.parametrize("onward", [
    "A week later they were moved on to Rome by plane.",
    "Two days later they were sent on to Rome on a charter flight.",
], ids=["by-plane", "on-a-flight"])
def test_a_transfer_on_from_a_landing_by_plane_is_a_flight(onward):
    pic = picture("Forty migrants who left Zuwara by boat landed on Lampedusa on Sunday. " + onward)
    assert ("Zuwara", "Lampedusa", "Rome") in routes(pic), routes(pic)
    assert modes(pic).get(("Lampedusa", "Rome")) == "air"


def test_a_transfer_on_to_catch_a_flight_is_no_flight():
    pic = picture("Forty migrants who left Zuwara by boat landed on Lampedusa on Sunday. "
                  "A week later they were moved on to Pozzallo to catch a flight.")
    assert modes(pic).get(("Lampedusa", "Pozzallo")) != "air", modes(pic)


# ------------------------------------------------------- one journey, one route: an area is its town

def _place(name, kind, country, lat, lon):
    from geomig.picture.claims import PlaceRef
    return PlaceRef(f"t:{name}", name, kind, country, lat, lon)


_LIBYA = _place("Libya", "country", "LY", 27.03, 18.0)
_SUDAN = _place("Sudan", "country", "SD", 15.99, 29.94)
_KUFRA = _place("Kufra", "city", "LY", 24.18, 23.28)
_SEBHA = _place("Sebha", "city", "LY", 27.04, 14.43)
_TRIPOLI = _place("Tripoli", "city", "LY", 32.89, 13.19)


def _plan(stops, stages, sentences=None):
    from geomig.picture.claims import Claim, Source
    from geomig.picture.routes import Leg, RoutePlan
    legs = tuple(Leg(a, b, "land") for a, b in zip(stops, stops[1:]))
    claims = tuple(Claim(stage, p, "d.txt", n, "test", p.name, Source("d.txt", 0, 1, "x"), 0.9, at=10 * n)
                   for p, stage, n in zip(stops, stages, sentences or range(len(stops))))
    return RoutePlan(tuple(stops), tuple(stages), legs, (), (), (stops[-1].name,), claims)


def test_an_area_passed_beside_its_town_is_that_town():
    from geomig.picture.routes.journeys import _one_area
    # a route that starts at the country it crosses into, then a town of it
    start = _one_area(_plan([_LIBYA, _KUFRA, _SEBHA], ("transit", "transit", "destination")))
    assert [s.name for s in start.stops] == ["Kufra", "Sebha"]
    assert "Libya" in start.aliases[0] and len(start.legs) == 1 and start.legs[0].start == _KUFRA
    # ... or names the country after the town it crossed at
    middle = _one_area(_plan([_SUDAN, _KUFRA, _LIBYA, _TRIPOLI], ("origin", "transit", "transit", "destination")))
    assert [s.name for s in middle.stops] == ["Sudan", "Kufra", "Tripoli"]
    assert [(leg.start.name, leg.end.name) for leg in middle.legs] == [("Sudan", "Kufra"), ("Kufra", "Tripoli")]


@pytest.mark.parametrize("stops, stages", [
    ([_SUDAN, _LIBYA, _TRIPOLI], ("origin", "transit", "destination")),       # no town of it next to it
    ([_LIBYA, _KUFRA], ("transit", "destination")),                           # the way between them
    ([_LIBYA, _SEBHA, _TRIPOLI], ("origin", "transit", "destination")),       # where they came from
    ([_SUDAN, _LIBYA, _SEBHA, _TRIPOLI], ("origin", "transit", "transit", "destination")),  # crossed into it
], ids=["crossed", "two-stops", "origin", "crossed-before-its-town"])
def test_an_area_that_is_a_stop_of_its_own_stays(stops, stages):
    from geomig.picture.routes.journeys import _one_area
    assert [s.name for s in _one_area(_plan(stops, stages)).stops] == [s.name for s in stops]


def test_a_copy_starting_where_the_journey_only_passed_is_drawn_once():
    from geomig.picture.routes.journeys import _one_journey
    salloum = _place("Salloum", "city", "EG", 31.61, 25.05)      # an Egyptian town at Libya's border
    cairo = _place("Cairo", "city", "EG", 30.04, 31.24)
    whole = _plan([_SUDAN, salloum, cairo], ("origin", "transit", "destination"))
    # "crossed into Libya at Salloum": the copy from Libya is the journey through Salloum
    copy = _plan([_LIBYA, salloum, cairo], ("transit", "transit", "destination"), (1, 1, 2))
    kept = _one_journey([copy, whole], (), None, None)
    assert [[s.name for s in p.stops] for p in kept] == [["Sudan", "Salloum", "Cairo"]]
    assert "Libya" in kept[0].aliases[1]
    # named in other sentences, the area is a way of its own
    told_apart = _plan([_LIBYA, salloum, cairo], ("transit", "transit", "destination"), (0, 1, 2))
    assert len(_one_journey([told_apart, whole], (), None, None)) == 2
