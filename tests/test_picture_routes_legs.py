"""Legs told as a list of rides and returns told on from one another, in general English: "then a
lift to Z" ends the route at Z, "a sleeper car to Y" is a ride (not a trader's or a team's), "by bus
to X and across the desert to Y; then on foot to Z" is one journey, "returned to X, where they were
flown back to Y" leaves from X (not when another group goes on), a return from where people were
refused entry starts there, "towed back towards X" is a return, and "kept in X, then put on a plane
to Y" a leg from X."""

from __future__ import annotations

import pytest

from extract_helpers import REPORTED, picture, with_places

_PLACES = {
    "Kayes": ("test:kayes", "city", "ML", 14.447, -11.445, "Kayes"),
    "Nioro": ("test:nioro", "city", "ML", 15.230, -9.590, "Nioro du Sahel"),
    "Nouakchott": ("test:nouakchott", "city", "MR", 18.086, -15.975, "Nouakchott"),
    "Osh": ("test:osh", "city", "KG", 40.53, 72.80, "Osh"),
    "Bishkek": ("test:bishkek", "city", "KG", 42.87, 74.59, "Bishkek"),
    "Almaty": ("test:almaty", "city", "KZ", 43.25, 76.92, "Almaty"),
    "Taldykorgan": ("test:taldykorgan", "city", "KZ", 45.02, 78.37, "Taldykorgan"),
    "Bamako": ("test:bamako", "city", "ML", 12.65, -8.00, "Bamako"),
    "Gao": ("test:gao", "city", "ML", 16.27, -0.04, "Gao"),
    "Kidal": ("test:kidal", "city", "ML", 18.44, 1.41, "Kidal"),
    "Tamanrasset": ("test:tamanrasset", "city", "DZ", 22.79, 5.52, "Tamanrasset"),
    "Oran": ("test:oran", "city", "DZ", 35.70, -0.63, "Oran"),
    "Kastanies": ("test:kastanies", "city", "GR", 41.65, 26.48, "Kastanies"),
    "Edirne": ("test:edirne", "city", "TR", 41.68, 26.56, "Edirne"),
    "Dakar": ("test:dakar", "city", "SN", 14.69, -17.44, "Dakar"),
    "Farmakonisi": ("test:farmakonisi", "island", "GR", 37.29, 27.09, "Farmakonisi"),
    "Nouadhibou": ("test:nouadhibou", "city", "MR", 20.94, -17.04, "Nouadhibou"),
}


@pytest.fixture(autouse=True)
def _places(monkeypatch):
    with_places(monkeypatch, _PLACES)


def _routes(text: str) -> list[list[str]]:
    return [f.properties["stop_names"] for f in picture(REPORTED + text).by_role("route")]


def _goes(routes: list[list[str]], *stops: str) -> bool:
    """Whether some route passes the stops in this order."""
    for r in routes:
        at = [r.index(s) for s in stops if s in r]
        if len(at) == len(stops) and at == sorted(at):
            return True
    return False


@pytest.mark.parametrize("text", [
    "From Kayes he got a ride to Nioro, then a lift to Nouakchott.",
    # hedged
    "From Kayes he apparently got a ride to Nioro, then a lift to Nouakchott.",
    # a distractor after it: goods on the same road, no journey of people
    "From Kayes he got a ride to Nioro, then a lift to Nouakchott. Lorries of millet use the same road.",
], ids=["plain", "hedged", "distractor"])
def test_a_leg_told_on_with_then_ends_the_route(text):
    assert _goes(_routes(text), "Kayes", "Nioro", "Nouakchott"), _routes(text)


def test_a_leg_denied_is_no_stop():
    routes = _routes("From Kayes he got a ride to Nioro, but never a lift to Nouakchott.")
    assert _goes(routes, "Kayes", "Nioro"), routes
    assert not any("Nouakchott" in r for r in routes), routes


@pytest.mark.parametrize("text, stops", [
    ("From Osh the students caught a minibus to Bishkek, then a sleeper car to Almaty and at last a bus to "
     "Taldykorgan.", ("Osh", "Bishkek", "Almaty", "Taldykorgan")),
    ("From Osh she hitched a ride to Bishkek and found a car to Almaty.", ("Osh", "Bishkek", "Almaty")),
], ids=["sleeper", "ride-and-car"])
def test_rides_a_vehicle_list_leaves_out_are_legs(text, stops):
    assert _goes(_routes(text), *stops), _routes(text)


@pytest.mark.parametrize("text, drawn", [
    # a ride with people in it is a leg ...
    ("From Osh the students took a shared taxi to Bishkek. Later he hired a car to Almaty.", True),
    # ... not one carrying goods, nor an errand, a wedding or a game
    ("From Osh the students took a shared taxi to Bishkek. Later he hired a car to Almaty carrying fruit.",
     False),
    ("From Osh the students took a shared taxi to Bishkek. The traders then took a car to Almaty to sell "
     "apricots.", False),
    ("From Osh the students took a shared taxi to Bishkek. Then a lift to Almaty for the wedding.", False),
    ("From Osh the students took a shared taxi to Bishkek. The players got a ride to Almaty.", False),
], ids=["people", "goods", "traders", "wedding", "players"])
def test_a_ride_of_goods_or_an_errand_is_no_leg(text, drawn):
    routes = _routes(text)
    assert any("Almaty" in r for r in routes) is drawn, routes
    # the students' journey keeps its end whatever the other ride
    assert _goes(routes, "Osh", "Bishkek"), routes


@pytest.mark.parametrize("text", [
    "Amadou tells his way: by bus from Bamako to Gao; by pickup to Kidal and across the desert to "
    "Tamanrasset; then on foot to Oran.",
    # hedged
    "Amadou tells his way, as far as he remembers it: by bus from Bamako to Gao; by pickup to Kidal and "
    "across the desert to Tamanrasset; then on foot to Oran.",
], ids=["plain", "hedged"])
def test_a_verbless_list_of_legs_is_one_journey(text):
    routes = _routes(text)
    assert _goes(routes, "Bamako", "Gao", "Kidal", "Tamanrasset", "Oran"), routes


def test_a_list_leg_going_back_is_no_leg_on():
    routes = _routes("Amadou tells his way: by bus from Bamako to Gao; by pickup to Kidal; then by bus back "
                     "to Bamako.")
    assert not _goes(routes, "Kidal", "Bamako") or not _goes(routes, "Gao", "Kidal", "Bamako"), routes


@pytest.mark.parametrize("text, chained", [
    ("The passengers were returned to Malta, where a week later they were flown back to Tunis.", True),
    # hedged
    ("The passengers were reportedly returned to Malta, where a week later they were flown back to Tunis.",
     True),
    # two returns as alternatives: neither goes on from the other
    ("The passengers were returned to Malta or flown back to Tunis.", False),
], ids=["where", "hedged-later", "or"])
def test_a_return_told_on_from_another_starts_at_its_end(text, chained):
    assert _goes(_routes(text), "Malta", "Tunis") == chained, _routes(text)


@pytest.mark.parametrize("text, drawn", [
    ("Greek officers at Kastanies refused entry to 300 people this year and returned them to the Turkish "
     "police in Edirne.", True),
    ("Forty people were turned back at Kastanies in May and were returned to Edirne.", True),
    ("Sixty Afghans were refused entry at the border crossing in Kastanies and later taken back to "
     "Edirne.", True),
    # negated: no one refused there, though a return to Edirne is told
    ("Greek officers at Kastanies have not refused anyone this year; some people went back to Edirne.", False),
    # a visa or passport refused, a team at a stadium: no return of people from there
    ("The consulate in Kastanies refused visas to 80 students and returned their passports to Edirne.", False),
    ("The club was refused entry at the stadium in Kastanies and the players were sent back to Edirne.", False),
], ids=["officers-at", "turned-back-at", "border-crossing-in", "negated", "visas", "stadium"])
def test_a_return_starts_where_people_were_refused(text, drawn):
    assert _goes(_routes(text), "Kastanies", "Edirne") == drawn, _routes(text)


@pytest.mark.parametrize("text, drawn", [
    ("A Greek patrol intercepted the dinghy near Farmakonisi and towed it back towards Turkey.", True),
    ("A Greek patrol reportedly intercepted the dinghy near Farmakonisi and towed it back toward Turkey.", True),
    # negated: no return
    ("A Greek patrol intercepted the dinghy near Farmakonisi but did not tow it back towards Turkey.", False),
    # not forced: people heading back on their own draw no return from here
    ("A dinghy was seen near Farmakonisi. Its passengers later went back towards Turkey.", False),
], ids=["towed", "hedged-towed", "negated", "went-back"])
def test_a_return_told_toward_a_place_is_drawn(text, drawn):
    assert _goes(_routes(text), "Farmakonisi", "Turkey") == drawn, _routes(text)


@pytest.mark.parametrize("text, drawn", [
    ("The migrants were kept for days in a school in Nouadhibou and then put on a plane to Dakar.", True),
    # hedged
    ("The migrants were apparently kept in a school in Nouadhibou and later put on a bus to Dakar.", True),
    # negated: never moved on from there
    ("The migrants were kept for days in a school in Nouadhibou and were never put on a plane to Dakar.",
     False),
], ids=["flight", "hedged-bus", "negated"])
def test_people_held_then_put_on_a_flight_go_from_there(text, drawn):
    assert _goes(_routes(text), "Nouadhibou", "Dakar") == drawn, _routes(text)


@pytest.mark.parametrize("text, chained", [
    # the same people going on from one return's end
    ("The Senegalese were deported to Oran and later sent back to Dakar.", True),
    # another group's return told after it: no leg from the first end
    ("The Tunisians were deported to Oran and later the Senegalese were deported to Dakar.", False),
    # hedged, another group
    ("The Tunisians were reportedly deported to Oran, and then the Senegalese were flown back to Dakar.", False),
], ids=["same-people", "another-group", "hedged-another-group"])
def test_another_groups_return_is_no_leg_on(text, chained):
    assert _goes(_routes(text), "Oran", "Dakar") == chained, _routes(text)


@pytest.mark.parametrize("text, chained", [
    ("From Bamako they reached Kidal, then got a ride to Gao.", True),
    # another group's ride
    ("Some reached Kidal, while a Senegalese man got a ride to Gao.", False),
    ("Most reached Kidal; others got a ride to Gao.", False),
], ids=["same-people", "while-another", "others"])
def test_another_groups_ride_goes_on_from_no_stop_of_theirs(text, chained):
    assert _goes(_routes(text), "Kidal", "Gao") == chained, _routes(text)
