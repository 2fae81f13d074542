"""Routes of one journey only (a user's trial, session 23): an earlier attempt told in the
past before the past ("Two years ago he had been sent back ...") and an expulsion told after
the journey ("most were put on buses and driven to the border") are no stops of it; a second
boat told apart is another group's way, and a boat stopped on its way reaches no place it was
heading for; a district of a city on the route is no stop of its own; one journey's ends told
in turn are one route.

Sentences written for these tests; geocoded by the tiny fixture gazetteer (tests/extract_helpers.py),
the district by the real one."""

from __future__ import annotations

from dataclasses import replace

import pytest
from extract_helpers import picture

from geomig.picture.claims import Claim, PlaceRef
from geomig.picture.model import Source
from geomig.picture.routes import Leg, RoutePlan
from geomig.picture.routes.journeys import _ends_in_turn, _one_place, _one_town


def routes(text: str) -> list[tuple[str, ...]]:
    return sorted(tuple(f.properties["stop_names"]) for f in picture(text).by_role("route"))


# ------------------------------------------------------------------ an earlier attempt

_JOURNEY = ("The migrants left Agadez in March and crossed the desert to Sebha. From Sebha they were "
            "driven to Zuwara and sailed to Lampedusa. ")


@pytest.mark.parametrize("then", [
    "Two years ago one of them had been sent back from Tripoli to Niger, and he had spent a year "
    "in Kufra before trying again.",
    # hedged, still of the earlier time
    "Two years ago one of them had perhaps been sent back from Tripoli to Niger, and he had "
    "spent a year in Kufra.",
    "Months earlier, they had stayed in Kufra.",
    "On an earlier attempt, he reached Kufra.",
    "In 2019 one of them had flown to Tripoli and spent a year in Kufra.",
    "In March 2020, he had already spent a year in Kufra.",
])
def test_an_earlier_attempt_is_no_stop_of_the_journey(then):
    assert ("Agadez", "Sebha", "Zuwara", "Lampedusa") in routes(_JOURNEY + then)
    assert not any("Kufra" in r for r in routes(_JOURNEY + then))


def test_a_time_before_now_told_plainly_is_the_journey():
    # no past before the past: the journey itself, begun two years ago
    assert any("Kufra" in r for r in routes(_JOURNEY + "Two years ago they spent a year in Kufra."))
    assert any("Kufra" in r for r in routes(_JOURNEY + "In 2021 they spent a year in Kufra."))


def test_a_stop_the_journey_had_made_since_years_ago_stays():
    # the time is no opening of the sentence: where they had lived on the way
    text = ("The migrants left Agadez years ago and had been working in Kufra. From Kufra they travelled "
            "to Sebha, and from Sebha they were driven to Zuwara and sailed to Lampedusa.")
    assert ("Agadez", "Kufra", "Sebha", "Zuwara", "Lampedusa") in routes(text)


# ------------------------------------------------------------------ an expulsion told after

_CROSSED = "Sudanese migrants crossed from Chad to Sebha and sailed from Zuwara to Lampedusa. "


@pytest.mark.parametrize("then", [
    "Most of the Sudanese were put on buses and driven to the border near Kufra.",
    "Weeks later, some were dumped in the desert near Kufra.",
    "Most of the Sudanese were not dumped at the border near Kufra.",     # denied: no stop either
])
def test_an_expulsion_to_a_border_is_no_stop_of_the_journey(then):
    found = routes(_CROSSED + then)
    assert ("Sudan", "Chad", "Sebha", "Zuwara", "Lampedusa") in found
    assert not any("Kufra" in r for r in found)


@pytest.mark.parametrize("ride", [
    "They were driven to the border near Kufra by smugglers.",
    "They were put on trucks and driven to the border near Kufra by smugglers.",
])
def test_a_ride_to_the_border_on_the_way_stays_a_stop(ride):
    assert any("Kufra" in r for r in routes(_CROSSED + ride))


# ------------------------------------------------------------------ a second boat

_FIRST = "On Thursday a boat carrying 40 Tunisians left Sfax and reached Lampedusa, and they were moved to Sicily. "


@pytest.mark.parametrize("then", [
    "The same night a second boat, carrying Sudanese passengers who had come from Libya, left Tunis. "
    "The coastguard intercepted it.",
    "A separate boat, carrying Sudanese passengers, left Tunis and was stopped at sea.",
])
def test_a_second_boat_is_no_stop_nor_start_of_the_first(then):
    found = routes(_FIRST + then)
    assert ("Sfax", "Lampedusa", "Sicily") in found
    assert not any("Tunis" in r and "Sicily" in r for r in found)     # (never reached it)


def test_another_boat_of_the_same_corridor_still_joins_it():
    # "another boat": reports of several boats tell one corridor
    found = routes(_FIRST + "The same night another boat, carrying Sudanese passengers, left Tunis.")
    assert any("Tunis" in r for r in found)


@pytest.mark.parametrize("then", [
    "Another boat that left Tunis the same night is still missing.",
    "Two other boats that set off from Tunis on Wednesday have not been heard from.",
    "Another dinghy carrying 30 people left Tunis and capsized on Friday.",
])
def test_a_boat_lost_on_its_way_is_no_start_of_the_first(then):
    # another boat lost at sea reached none of the places the first boat's people reached
    found = routes(_FIRST + then)
    assert ("Sfax", "Lampedusa", "Sicily") in found
    assert not any("Tunis" in r and ("Sicily" in r or "Lampedusa" in r) for r in found)


@pytest.mark.parametrize("then", [
    "Another boat that left Tunis the same night is not missing.",      # denied
    "Officials feared another boat that left Tunis had sunk, but it reached Lampedusa.",
])
def test_a_boat_not_told_lost_still_joins_the_corridor(then):
    found = routes(_FIRST + then)
    assert any("Tunis" in r for r in found)


# ------------------------------------------------------------------ a boat stopped on its way

_LEFT = "A boat carrying 40 migrants left Sfax for Lampedusa on Monday. "


@pytest.mark.parametrize("then", [
    "The Tunisian coastguard intercepted it.",
    "The Tunisian coastguard intercepted it and towed it back to Sfax.",
])
def test_a_boat_stopped_on_its_way_never_reaches_where_it_was_heading(then):
    assert not any("Lampedusa" in r for r in routes(_LEFT + then))


@pytest.mark.parametrize("then", [
    "The Tunisian coastguard did not intercept it.",                    # denied
    "The Tunisian coastguard may have intercepted it.",                 # hedged
    "The Tunisian coastguard intercepted another boat.",                # another boat
    "The Tunisian coastguard intercepted it, but it reached Lampedusa on Tuesday.",
])
def test_a_boat_not_said_stopped_or_that_got_there_still_reaches_it(then):
    assert ("Sfax", "Lampedusa") in routes(_LEFT + then)


# ------------------------------------------------------------------ a district of a city

def _ref(name: str, country: str, lat: float, lon: float) -> PlaceRef:
    return PlaceRef(f"test:{name}", name, "city", country, lat, lon)


_TEHRAN = _ref("Tehran", "IR", 35.694, 51.422)
_ISTANBUL = _ref("Istanbul", "TR", 41.014, 28.950)
_ZEYTINBURNU = _ref("Zeytinburnu", "TR", 40.994, 28.904)
_EDIRNE = _ref("Edirne", "TR", 41.677, 26.556)
_FNIDEQ = _ref("Fnideq", "MA", 35.850, -5.357)
_CEUTA = _ref("Ceuta", "ES", 35.889, -5.317)
_TETOUAN = _ref("Tetouan", "MA", 35.579, -5.368)


def _plan(*stops: PlaceRef, sentences: tuple[int, ...] = (), hits: tuple[int, ...] = ()) -> RoutePlan:
    """A plan through the stops, each claimed in its sentence (default: one each) and cue hit
    (default: none)."""
    stages = ("transit",) * (len(stops) - 1) + ("destination",)
    legs = tuple(Leg(a, b, "land") for a, b in zip(stops, stops[1:]))
    sentences = sentences or tuple(range(len(stops)))
    hits = hits or (-1,) * len(stops)
    claims = tuple(Claim(stage, p, "d.txt", n, "test", p.name, Source("d.txt", 0, 1, "x"), 0.9, hit=h)
                   for p, stage, n, h in zip(stops, stages, sentences, hits))
    return RoutePlan(stops, stages, legs, (), (), (stops[-1].name,), claims)


def test_a_district_of_the_city_before_it_is_one_stop_with_it():
    # "... to Istanbul, where they stayed in Zeytinburnu": one sentence
    route = _one_town(_plan(_TEHRAN, _ISTANBUL, _ZEYTINBURNU, _EDIRNE, sentences=(0, 1, 1, 2)))
    assert [s.name for s in route.stops] == ["Tehran", "Istanbul", "Edirne"]
    assert [(leg.start.name, leg.end.name) for leg in route.legs] == [("Tehran", "Istanbul"), ("Istanbul", "Edirne")]
    assert "Zeytinburnu" in route.aliases[1]       # a reader's "Zeytinburnu" still matches it


def test_a_district_that_ends_the_route_is_its_end():
    route = _one_town(_plan(_TEHRAN, _ISTANBUL, _ZEYTINBURNU, sentences=(0, 1, 1)))
    assert [s.name for s in route.stops] == ["Tehran", "Zeytinburnu"]
    assert [(leg.start.name, leg.end.name) for leg in route.legs] == [("Tehran", "Zeytinburnu")]


@pytest.mark.parametrize("stops, sentences, hits", [
    ((_TETOUAN, _FNIDEQ, _CEUTA), (0, 1, 1), ()),              # close, but across a border: two places
    ((_TEHRAN, _ISTANBUL, _EDIRNE), (0, 1, 1), ()),            # towns of one country far apart
    ((_ISTANBUL, _ZEYTINBURNU), (0, 0), ()),                   # a route of two stops is the way between them
    ((_TEHRAN, _ISTANBUL, _ZEYTINBURNU, _EDIRNE), (), ()),     # told apart: a way of its own
    # one movement between them ("bused from Istanbul to Zeytinburnu"), a way of its own
    ((_TEHRAN, _ISTANBUL, _ZEYTINBURNU, _EDIRNE), (0, 1, 1, 2), (-1, 5, 5, -1)),
])
def test_towns_apart_or_across_a_border_stay_stops(stops, sentences, hits):
    assert _one_town(_plan(*stops, sentences=sentences, hits=hits)).stops == stops


def test_a_district_named_in_a_text_is_no_stop_of_its_own(gazetteer):
    import geomig
    from geomig.picture import extract

    text = ("The Afghan men crossed into Iran and took a bus from Tehran to Istanbul, where they stayed "
            "in a flat in Zeytinburnu for a month. They then took a minibus to Edirne.")
    pic = extract([geomig.geocode_document(geomig.Document("district.txt", text))], gazetteer=gazetteer)
    stops = [tuple(f.properties["stop_names"]) for f in pic.by_role("route")]
    assert any(s[-3:] == ("Tehran", "Istanbul", "Edirne") for s in stops)
    assert not any("Zeytinburnu" in s for s in stops)


# ------------------------------------------------------------------ a part of a town the text places in it

# "Hay Nasr, a district of Tunis": a name the gazetteer lacks, put inside the town (a within id)
_TUNIS = PlaceRef("geonames:2464470", "Tunis", "city", "TN", 36.819, 10.166)
_HAY_NASR = PlaceRef("within:hay nasr:geonames:2464470", "Hay Nasr", "city", "TN", 36.819, 10.166)
_SFAX = _ref("Sfax", "TN", 34.740, 10.760)
_TRIPOLI = _ref("Tripoli", "LY", 32.887, 13.187)


@pytest.mark.parametrize("stops, sentences, told", [
    # "to Tunis, then on to Hay Nasr": the part ends the way, the town its other name
    ((_SFAX, _TUNIS, _HAY_NASR), (0, 1, 1), ("Sfax", "Hay Nasr")),
    ((_TUNIS, _HAY_NASR, _TRIPOLI), (0, 0, 1), ("Hay Nasr", "Tripoli")),
    # two documents merged, one names the part, the other the town after it: no leg between them
    ((_TRIPOLI, _HAY_NASR, _TUNIS), (), ("Tripoli", "Hay Nasr")),
    ((_HAY_NASR, _TUNIS, _TRIPOLI), (), ("Hay Nasr", "Tripoli")),
])
def test_a_town_and_its_own_part_are_one_stop(stops, sentences, told):
    route = _one_place(_plan(*stops, sentences=sentences))
    assert tuple(s.name for s in route.stops) == told
    assert [(leg.start.name, leg.end.name) for leg in route.legs] == [told]
    assert "Tunis" in route.aliases[told.index("Hay Nasr")]    # a reader's "Tunis" still matches it
    assert route.stages[-1] == "destination"


def test_a_move_from_a_town_into_its_own_part_told_as_one_is_no_route():
    assert _one_place(_plan(_TUNIS, _HAY_NASR, sentences=(0, 0))) is None
    assert _one_place(_plan(_HAY_NASR, _TUNIS)) is None


@pytest.mark.parametrize("stops, sentences, hits", [
    ((_SFAX, _TUNIS, _TRIPOLI), (0, 1, 1), ()),         # no part of a town
    ((_HAY_NASR, _SFAX, _TUNIS), (), ()),               # the part and its town, not next: a way out and back
    ((_ISTANBUL, _ZEYTINBURNU), (0, 0), ()),            # a district the gazetteer has, near: _one_town's
    # "They camped in Tunis. They were later moved to Hay Nasr": from one spot of the town to another
    ((_SFAX, _TUNIS, _HAY_NASR), (0, 1, 2), ()),
    ((_TUNIS, _HAY_NASR), (), ()),
    # one movement between them ("bused from Tunis to Hay Nasr"), a way of its own
    ((_SFAX, _TUNIS, _HAY_NASR), (0, 1, 1), (-1, 4, 4)),
])
def test_places_that_are_not_one_stay_stops(stops, sentences, hits):
    assert _one_place(_plan(*stops, sentences=sentences, hits=hits)).stops == stops


# ------------------------------------------------------------------ ends told in turn

_AGADEZ = _ref("Agadez", "NE", 16.973, 7.991)
_SEBHA = _ref("Sebha", "LY", 27.038, 14.428)
_TRIPOLI = _ref("Tripoli", "LY", 32.887, 13.187)
_BENGHAZI = _ref("Benghazi", "LY", 32.115, 20.069)
_LAMPEDUSA = _ref("Lampedusa", "IT", 35.501, 12.610)


def _to_each(*ends: PlaceRef, stage: str = "destination", linked: bool = True) -> list[RoutePlan]:
    """Plans of one group from Agadez through Sebha, one to each end; `linked`: one cue states
    the way from each end to the next ("went on from Tripoli to Lampedusa")."""
    claims = [_claim("transit", _AGADEZ, 0), _claim("transit", _SEBHA, 0)]
    for n, (a, b) in enumerate(zip(ends, ends[1:])):
        hit = n if linked else -1
        claims += [_claim("transit", a, n + 1, hit), _claim("destination", b, n + 1, hit)]
    claims.append(_claim("destination", ends[0], 0))
    group = tuple(claims)       # (one tuple for the group's plans, as routes.plan makes them)
    return [RoutePlan((_AGADEZ, _SEBHA, e), ("origin", "transit", stage),
                      (Leg(_AGADEZ, _SEBHA, "land"), Leg(_SEBHA, e, "land")), (), (), (e.name,), group) for e in ends]


def _claim(role: str, place: PlaceRef, sentence: int, hit: int = -1) -> Claim:
    return Claim(role, place, "d.txt", sentence, "test", place.name, Source("d.txt", 0, 1, "x"), 0.9, hit=hit)


def test_ends_told_in_turn_are_one_route_through_them():
    [route] = _ends_in_turn(_to_each(_TRIPOLI, _LAMPEDUSA), None)
    assert [s.name for s in route.stops] == ["Agadez", "Sebha", "Tripoli", "Lampedusa"]
    assert route.stages[-2:] == ("transit", "destination")
    legs = [(leg.start.name, leg.end.name) for leg in route.legs]
    assert legs[-2:] == [("Sebha", "Tripoli"), ("Tripoli", "Lampedusa")]


@pytest.mark.parametrize("plans", [
    _to_each(_TRIPOLI, _LAMPEDUSA, linked=False),       # told apart: "some reached X; others Y"
    _to_each(_TRIPOLI, _BENGHAZI),                      # ends apart: no way on from one to the other
    _to_each(_TRIPOLI, _LAMPEDUSA, stage="returned"),   # returns
    [_to_each(_TRIPOLI)[0], _plan(_AGADEZ, _SEBHA, _LAMPEDUSA)],     # two groups of claims
])
def test_ends_told_apart_or_of_other_groups_stay_routes_of_their_own(plans):
    assert len(_ends_in_turn(plans, None)) == 2


def test_a_part_of_the_route_through_the_ends_is_drawn_once():
    told = _plan(_SEBHA, _TRIPOLI, _LAMPEDUSA)      # "from Sebha to Tripoli and on to Lampedusa"
    apart = _plan(_AGADEZ, _TRIPOLI, _LAMPEDUSA)    # not one after another in it: stays
    found = _ends_in_turn([*_to_each(_TRIPOLI, _LAMPEDUSA), told, apart], None)
    assert [[s.name for s in p.stops] for p in found] == [["Agadez", "Sebha", "Tripoli", "Lampedusa"],
                                                          ["Agadez", "Tripoli", "Lampedusa"]]


class _Unread(tuple):
    """A route's claims that must not be read (a corpus's route has hundreds of thousands)."""

    def __iter__(self):
        raise AssertionError("the route's claims were read")


def test_a_route_with_no_two_next_stops_close_is_kept_without_reading_its_claims():
    # Towns apart (or of two countries) are never one town: _one_town reads the claims
    # only of routes with two next stops that may be (the corpus's serial tail).
    for stops in ((_TEHRAN, _ISTANBUL, _EDIRNE), (_TETOUAN, _FNIDEQ, _CEUTA)):
        route = _plan(*stops, sentences=(0, 1, 1))
        unread = replace(route, claims=_Unread(route.claims))
        assert _one_town(unread) is unread
