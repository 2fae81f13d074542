"""Tests of geomig.picture.routes.plan on hand-made claims: stated movements across documents."""

from __future__ import annotations

from dataclasses import replace

import pytest

from geomig.picture.model import Source
from geomig.picture.claims import Claim, PlaceRef
from geomig.picture.routes import plan

SFAX = PlaceRef("geonames:2467454", "Sfax", "city", "TN", 34.74, 10.76)
LAMPEDUSA = PlaceRef("geonames:2524459", "Lampedusa", "island", "IT", 35.51, 12.60)
MALTA = PlaceRef("geonames:2562770", "Malta", "country", "MT", 35.92, 14.41)


def stated(doc: str, a: PlaceRef, b: PlaceRef, roles=("launch_point", "destination")) -> list[Claim]:
    """One cue hit saying people went from a to b ("sailed from A to B")."""
    src = Source(doc, 0, 30, f"They sailed from {a.name} to {b.name}.")
    return [Claim(roles[0], a, doc, 0, "test", "sailed from", src, 0.9, at=17, hit=1),
            Claim(roles[1], b, doc, 0, "test", "to", src, 0.9, at=30, hit=1)]


RETURN = ("returned_from", "returned")     # "sent back from A to B": planned from the cue alone


def stops(plans) -> list[tuple[str, ...]]:
    return [tuple(s.name for s in p.stops) for p in plans]


def test_a_movement_many_documents_state_is_one_route():
    claims = [c for i in range(50) for c in stated(f"d{i}.txt", SFAX, LAMPEDUSA)]
    plans = plan(claims)
    assert stops(plans) == [("Sfax", "Lampedusa")]


def test_a_movement_is_checked_against_routes_planned_after_it_was_first_asked():
    # Returns are planned one document at a time: d1's return Malta -> Sfax is a route no
    # plan held when it was asked; d2 states it again after d1's route was planned, and the
    # remembered "no" must not make d2 plan it a second time.
    claims = [*stated("d0.txt", SFAX, LAMPEDUSA), *stated("d1.txt", MALTA, SFAX, RETURN),
              *stated("d2.txt", MALTA, SFAX, RETURN), *stated("d3.txt", LAMPEDUSA, SFAX, RETURN)]
    assert sorted(stops(plan(claims))) == [("Lampedusa", "Sfax"), ("Malta", "Sfax"), ("Sfax", "Lampedusa")]


TUNISIA = PlaceRef("geonames:2464461", "Tunisia", "country", "TN", 34.12, 9.55)
EUROPE = PlaceRef("geonames:6255148", "Europe", "continent", None, 48.69, 9.14)


def test_a_movement_from_a_country_stays_beside_a_route_through_its_city():
    # "crossed into Malta from Tunisia" beside a route through Sfax: the route holds no
    # stop named Tunisia, so the stated movement is drawn too
    claims = [*stated("d0.txt", SFAX, MALTA), *stated("d1.txt", TUNISIA, MALTA, ("transit", "destination"))]
    assert sorted(stops(plan(claims))) == [("Sfax", "Malta"), ("Tunisia", "Malta")]


def test_a_movement_to_a_continent_a_route_reaches_is_not_drawn_again():
    claims = [*stated("d0.txt", SFAX, LAMPEDUSA), *stated("d1.txt", SFAX, EUROPE)]
    assert stops(plan(claims)) == [("Sfax", "Lampedusa")]


SUDAN = PlaceRef("geonames:366755", "Sudan", "country", "SD", 15.5, 30.0)
CHAD = PlaceRef("geonames:2434508", "Chad", "country", "TD", 15.5, 18.7)
NIGER = PlaceRef("geonames:2440476", "Niger", "country", "NE", 17.6, 8.1)
LIBYA = PlaceRef("geonames:2215636", "Libya", "country", "LY", 27.0, 17.0)
GUATEMALA = PlaceRef("geonames:3595528", "Guatemala", "country", "GT", 15.5, -90.25)
HONDURAS = PlaceRef("geonames:3608932", "Honduras", "country", "HN", 15.0, -86.5)
NICARAGUA = PlaceRef("geonames:3617476", "Nicaragua", "country", "NI", 13.0, -85.0)
COSTA_RICA = PlaceRef("geonames:3624060", "Costa Rica", "country", "CR", 10.0, -84.0)
PANAMA = PlaceRef("geonames:3703430", "Panama", "country", "PA", 9.0, -80.0)
MEXICO = PlaceRef("geonames:3996063", "Mexico", "country", "MX", 23.0, -102.0)


def journey(*steps: tuple[str, PlaceRef]) -> list[Claim]:
    """One document naming each place in the role given, in this order of the text."""
    src = Source("j.txt", 0, 200, "A journey told in one report.")
    return [Claim(role, place, "j.txt", i, "test", place.name, src, 0.9, at=i) for i, (role, place) in enumerate(steps)]


def test_transit_stops_go_in_the_order_of_the_shortest_way_not_of_their_distance_to_the_end():
    # Niger's point lies farther from Libya's than Chad's does, yet people from Sudan cross
    # Chad first: ordered by distance from the end, the route went Sudan, Niger, Chad.
    claims = journey(("origin", SUDAN), ("transit", NIGER), ("transit", CHAD), ("destination", LIBYA))
    assert stops(plan(claims)) == [("Sudan", "Chad", "Niger", "Libya")]


def test_the_order_of_a_list_in_the_text_does_not_decide_the_way():
    north_first = journey(("origin", PANAMA), ("transit", GUATEMALA), ("transit", HONDURAS),
                          ("transit", NICARAGUA), ("transit", COSTA_RICA), ("destination", MEXICO))
    south_first = journey(("origin", PANAMA), ("transit", COSTA_RICA), ("transit", NICARAGUA),
                          ("transit", HONDURAS), ("transit", GUATEMALA), ("destination", MEXICO))
    way = ("Panama", "Costa Rica", "Nicaragua", "Honduras", "Guatemala", "Mexico")
    assert stops(plan(north_first)) == stops(plan(south_first)) == [way]


COLOMBIA = PlaceRef("geonames:3686110", "Colombia", "country", "CO", 4.0, -72.0)


def test_stops_beyond_a_near_destination_belong_to_the_way_to_a_farther_one():
    # "They reached Costa Rica; many go on through Nicaragua, Honduras and Guatemala to
    # Mexico": the way to Costa Rica does not loop north and back.
    claims = journey(("origin", COLOMBIA), ("destination", COSTA_RICA), ("transit", NICARAGUA),
                     ("transit", HONDURAS), ("transit", GUATEMALA), ("destination", MEXICO))
    assert sorted(stops(plan(claims))) == [("Colombia", "Costa Rica"),
                                           ("Colombia", "Nicaragua", "Honduras", "Guatemala", "Mexico")]


def test_a_detour_with_no_farther_destination_stays_on_the_way():
    # A stop farther than the only destination is still where the text says they went.
    claims = journey(("origin", PANAMA), ("transit", MEXICO), ("destination", HONDURAS))
    assert stops(plan(claims)) == [("Panama", "Mexico", "Honduras")]


TIJUANA = PlaceRef("geonames:3981609", "Tijuana", "city", "MX", 32.53, -117.02)
UNITED_STATES = PlaceRef("geonames:6252001", "United States", "country", "US", 39.76, -98.5)
CANADA = PlaceRef("geonames:6251999", "Canada", "country", "CA", 60.11, -113.64)


def test_a_stop_at_a_destination_countrys_door_stays_on_its_way(gazetteer):
    # Tijuana lies farther from Guatemala than the United States' point does, and on the way
    # to Canada; it is still where people enter the United States.
    from geomig.picture import geometry

    claims = journey(("origin", GUATEMALA), ("transit", TIJUANA), ("destination", UNITED_STATES),
                     ("destination", CANADA))
    with geometry.using(gazetteer):
        assert sorted(stops(plan(claims))) == [("Guatemala", "Tijuana", "Canada"),
                                               ("Guatemala", "Tijuana", "United States")]


def test_a_sea_leg_that_would_cross_land_is_marked_as_drawn_straight(gazetteer):
    from geomig.picture import geometry
    from geomig.picture.routes import Leg, RoutePlan, build

    nouadhibou = PlaceRef("geonames:2377457", "Nouadhibou", "city", "MR", 20.94, -17.04)
    timbuktu = PlaceRef("geonames:2449067", "Timbuktu", "city", "ML", 16.77, -3.0)
    plan_ = RoutePlan((nouadhibou, timbuktu), ("launch_point", "destination"),
                      (Leg(nouadhibou, timbuktu, "sea"),), (), (), ("Timbuktu",), ())
    with geometry.using(gazetteer):
        [leg] = build(plan_, {}, {}).properties["legs"]
    assert leg["mode"] == "sea" and leg["drawn"] == "straight" and "straight line" in leg["warning"]


BANGLADESH = PlaceRef("geonames:1210997", "Bangladesh", "country", "BD", 24.0, 90.0)
ZUWARA = PlaceRef("geonames:2208425", "Zuwara", "city", "LY", 32.93, 12.08)
ITALY = PlaceRef("geonames:3175395", "Italy", "country", "IT", 42.83, 12.83)
FRANCE = PlaceRef("geonames:3017382", "France", "country", "FR", 46.0, 2.0)
PORTO_EMPEDOCLE = PlaceRef("geonames:2523581", "Porto Empedocle", "city", "IT", 37.29, 13.53)


@pytest.mark.parametrize(("a", "b", "mode", "told"), [
    (BANGLADESH, ZUWARA, "land", "drawn round it over land"),   # round the Arabian and Red seas
    (LAMPEDUSA, PORTO_EMPEDOCLE, "sea", "drawn at sea"),     # all sea: a ferry, not a road
    (ITALY, FRANCE, "land", None),      # a straight line cuts the Ligurian Sea; the way is by land
    (SFAX, ZUWARA, "land", "drawn round it over land"),     # a bay cut off along the coast
])
def test_a_land_leg_is_never_a_straight_line_over_the_sea(gazetteer, a, b, mode, told):
    from geomig.picture import geometry
    from geomig.picture.routes import Leg, RoutePlan, build

    plan_ = RoutePlan((a, b), ("origin", "destination"), (Leg(a, b, "land"),), (), (), (b.name,), ())
    with geometry.using(gazetteer):
        [leg] = build(plan_, {}, {}).properties["legs"]
    assert leg["mode"] == mode and "drawn" not in leg
    if told is None:
        assert "warning" not in leg
    else:
        # it says what the line does, never that people went over land
        assert leg["warning"].startswith("the straight line crosses") and leg["warning"].endswith(told)


def test_a_sea_leg_not_checked_against_land_keeps_its_way_and_is_not_marked_straight(gazetteer, monkeypatch):
    from geomig.picture import geometry
    from geomig.picture.routes import Leg, RoutePlan, build

    monkeypatch.setattr(geometry, "crosses_land", lambda *args, **kw: None)   # no land polygons
    geometry._sea_leg.cache_clear()
    sfax, lampedusa = SFAX, LAMPEDUSA
    plan_ = RoutePlan((sfax, lampedusa), ("launch_point", "destination"), (Leg(sfax, lampedusa, "sea"),),
                      (), (), ("Lampedusa",), ())
    with geometry.using(gazetteer):
        [leg] = build(plan_, {}, {}).properties["legs"]
    geometry._sea_leg.cache_clear()
    assert "not checked against land" in leg["warning"] and "drawn" not in leg


AGADEZ = PlaceRef("geonames:2448085", "Agadez", "city", "NE", 16.97, 7.99)
SABHA = PlaceRef("geonames:2212775", "Sabha", "city", "LY", 27.04, 14.43)
TRIPOLI = PlaceRef("geonames:2210247", "Tripoli", "city", "LY", 32.89, 13.19)
MALI = PlaceRef("geonames:2453866", "Mali", "country", "ML", 17.0, -4.0)


@pytest.mark.parametrize(("stops", "launch", "sea_at"), [
    ((MALI, TRIPOLI, ITALY), TRIPOLI, 1),           # the boat leaves the launch point
    ((MALI, AGADEZ, SABHA, ITALY), AGADEZ, None),   # trucks leave Agadez: no coast on the way
    ((AGADEZ, SABHA, TRIPOLI, ITALY), AGADEZ, 2),   # the first leg from coast to coast after it
    ((MALI, ZUWARA, LAMPEDUSA), None, 1),           # no launch: the leg reaching the destination
])
def test_the_sea_leg_runs_between_places_a_boat_can_leave_and_reach(gazetteer, stops, launch, sea_at):
    from geomig.picture import geometry
    from geomig.picture.routes.ordering import _sea_leg_at

    with geometry.using(gazetteer):
        assert _sea_leg_at(stops, launch) == sea_at
        assert [geometry.coastal(p) for p in (MALI, AGADEZ, TRIPOLI, ITALY)] == [False, False, True, True]


ZUWARA = PlaceRef("geonames:2209851", "Zuwara", "city", "LY", 32.93, 12.08)
SABRATHA = PlaceRef("geonames:2212771", "Sabratha", "city", "LY", 32.79, 12.49)
ERITREA = PlaceRef("geonames:338010", "Eritrea", "country", "ER", 15.0, 39.0)


def told(*sentences: tuple[tuple[str, PlaceRef], ...]) -> list[Claim]:
    """One document: each sentence names its places in these roles, as one cue hit."""
    src = Source("t.txt", 0, 200, "A report told in a few sentences.")
    return [Claim(role, place, "t.txt", i, "test", place.name, src, 0.9, at=100 * i + j, hit=i)
            for i, sentence in enumerate(sentences) for j, (role, place) in enumerate(sentence)]


def test_each_departure_goes_with_the_arrival_the_text_links_it_to_not_with_every_arrival():
    # "One boat left Zuwara for Lampedusa. Another sailed from Sfax to Malta. Most on board
    # were Eritreans.": two journeys, not four (Zuwara -> Malta was never said).
    claims = told((("launch_point", ZUWARA), ("destination", LAMPEDUSA)),
                  (("launch_point", SFAX), ("destination", MALTA)),
                  (("origin", ERITREA),))
    assert sorted(stops(plan(claims))) == [("Eritrea", "Sfax", "Malta"), ("Eritrea", "Zuwara", "Lampedusa")]


def test_a_departure_no_arrival_is_linked_to_goes_with_the_nearest_one():
    # "Boats leave Sabratha. Some reached Lampedusa. Others set off from Sfax the next day."
    claims = told((("launch_point", SABRATHA),), (("destination", LAMPEDUSA),), (("launch_point", SFAX),))
    assert sorted(stops(plan(claims))) == [("Sabratha", "Lampedusa"), ("Sfax", "Lampedusa")]


def test_origins_named_apart_each_start_the_journey_nearest_to_them():
    # "Sudanese left Zuwara for Lampedusa. ... Eritreans sailed from Sfax to Malta.": each
    # nationality starts its own journey, not both journeys.
    claims = told((("origin", SUDAN), ("launch_point", ZUWARA), ("destination", LAMPEDUSA)),
                  (("origin", ERITREA), ("launch_point", SFAX), ("destination", MALTA)))
    assert sorted(stops(plan(claims))) == [("Eritrea", "Sfax", "Malta"), ("Sudan", "Zuwara", "Lampedusa")]


def _routes(pic) -> list[list[str]]:
    return [f.properties["stop_names"] for f in pic.by_role("route")]


@pytest.mark.parametrize("text, left", [
    ("The refugees fled Sudan for Chad. Her husband, who stayed in Libya to work, sends money.", "Libya"),
    ("The migrants walked from Niger to Libya. The parents she left in Nigeria have not heard from her.", "Nigeria"),
    ("The migrants left their children behind in Eritrea and sailed from Sabratha to Lampedusa.", "Eritrea"),
    ("Her brothers stayed behind in Sudan while the refugees crossed from Niger into Libya.", "Sudan"),
], ids=["who-stayed-in", "kin-she-left-in", "left-kin-behind-in", "stayed-behind-in"])
def test_a_place_the_family_stays_in_is_not_on_the_journey(text, left):
    from extract_helpers import picture, roles

    pic = picture(text)
    assert _routes(pic), "the journey itself is still drawn"
    assert not any(left in stops for stops in _routes(pic))
    assert left not in roles(pic)


def test_a_relative_people_go_to_join_is_still_a_destination():
    # "to join her sister, who lives in X": where she goes (not a place left behind)
    from extract_helpers import picture, roles

    pic = picture("The refugee left Sudan to join her sister, who lives in Italy.")
    assert "destination" in roles(pic).get("Italy", set()) or "transit" in roles(pic).get("Italy", set())


@pytest.mark.parametrize("text, helper", [
    ("The migrant left Niger for Libya. In Sebha, a man from Egypt helped her find a boat to Lampedusa.", "Egypt"),
    ("The refugees sailed from Zuwara to Lampedusa. A Tunisian fisherman guided them to the harbour.", "Tunisia"),
], ids=["man-from-x-helped", "demonym-guided"])
def test_a_helpers_place_starts_no_route_and_is_no_origin(text, helper):
    from extract_helpers import picture, roles

    pic = picture(text)
    assert _routes(pic)
    assert not any(helper in stops for stops in _routes(pic))
    assert "origin" not in roles(pic).get(helper, set())


def test_people_from_a_place_who_move_still_come_from_it():
    # a distractor: "migrants from X ... sailed" is no helper, though "helped" follows later
    from extract_helpers import picture, roles

    pic = picture("Migrants from Eritrea sailed from Zuwara to Lampedusa, where volunteers helped them.")
    assert "Eritrea" in roles(pic)


@pytest.mark.parametrize("text, start, end", [
    ("The migrants were smuggled from Libya to Italy last year.", "Libya", "Italy"),
    ("The refugee travelled from Turkey to Greece by boat.", "Turkey", "Greece"),
    ("The Nigerian women were trafficked from Nigeria to Italy, police said of the migrants.", "Nigeria", "Italy"),
    ("Migrants walked from Niger to Libya.", "Niger", "Libya"),
], ids=["smuggled", "travelled", "trafficked", "walked"])
def test_travelled_from_x_to_y_starts_the_journey_at_x(text, start, end):
    from extract_helpers import picture, roles

    pic = picture(text)
    assert "launch_point" in roles(pic)[start] and "transit" not in roles(pic)[start]
    assert [start, end] in _routes(pic)
    assert [p.properties["stages"][0] for p in pic.by_role("route")] == ["launch_point"]


@pytest.mark.parametrize("text", [
    "The migrants did not travel from Libya to Italy but stayed in Tripoli.",
    "Tourists travelled from Tunisia to Malta on a cruise.",
], ids=["negated", "not-migration"])
def test_no_journey_from_a_denied_or_tourist_trip(text):
    from extract_helpers import picture

    assert not any(stops[:1] in (["Libya"], ["Tunisia"]) for stops in _routes(picture(text)))


KHARKIV = PlaceRef("geonames:706483", "Kharkiv", "city", "UA", 49.98, 36.25)
LVIV = PlaceRef("geonames:702550", "Lviv", "city", "UA", 49.84, 24.02)
UKRAINE = PlaceRef("geonames:690791", "Ukraine", "country", "UA", 49.0, 32.0)
POLAND = PlaceRef("geonames:798544", "Poland", "country", "PL", 52.0, 19.0)
KRAKOW = PlaceRef("geonames:3094802", "Krakow", "city", "PL", 50.06, 19.94)


def test_a_town_people_fled_starts_the_journey_through_its_own_country():
    # "She fled Kharkiv, took a train to Lviv and crossed into Poland, then a bus to Krakow":
    # Lviv lies in Kharkiv's country, yet the journey starts in Kharkiv, not at a stop later on
    claims = told((("origin", KHARKIV),), (("transit", LVIV), ("transit", POLAND)), (("destination", KRAKOW),))
    assert stops(plan(claims)) == [("Kharkiv", "Lviv", "Krakow")]


def test_a_country_of_origin_is_still_no_start_where_a_stop_lies_in_it():
    # "Ukrainians took a train to Lviv and went on to Krakow": the country is who they are
    claims = told((("origin", UKRAINE),), (("transit", LVIV),), (("destination", KRAKOW),))
    assert stops(plan(claims)) == [("Lviv", "Krakow")]


def test_a_leg_set_out_from_is_read_within_its_own_document():
    # A cue hit is numbered within its document: d0's "from Tunis to Sfax" (hit 1) does not
    # make d1's "through Malta" (also hit 1) a place a leg sets out from.
    from geomig.picture.routes.ordering import _set_out
    tunis = PlaceRef("geonames:2464470", "Tunis", "city", "TN", 36.82, 10.17)
    src = Source("d1.txt", 0, 30, "They passed through Malta.")
    through = Claim("transit", MALTA, "d1.txt", 0, "test", "through", src, 0.9, at=20, hit=1)
    claims = [*stated("d0.txt", tunis, SFAX, ("transit", "destination")), through]
    assert _set_out(claims) == [tunis.id]


def _real_routes(text: str) -> list[list[str]]:
    import geomig
    from geomig.picture import extract

    return _routes(extract([geomig.geocode_document(geomig.Document("t.txt", text))]))


def _in_order(route: list[str], *names: str) -> bool:
    rest = iter(route)
    return all(n in rest for n in names)


def test_a_journey_goes_on_past_its_landing_in_the_order_the_text_tells(gazetteer):
    # The landing is Lampedusa; "From Italy" opens the next sentence on the landing's
    # country, so the places it names come after the landing, ending at the camps' town.
    text = ("Omar, a Sudanese refugee, left Khartoum in April, crossed the desert into Libya and "
            "paid smugglers for a place on a boat from Zuwara to Lampedusa in May. From Italy he "
            "rode trains through Ventimiglia and Paris to the camps near Calais.")
    routes = _real_routes(text)
    assert ["Khartoum", "Libya", "Zuwara", "Lampedusa", "Ventimiglia", "Paris", "Calais"] in routes, routes
    assert not any(_in_order(r, "Paris", "Lampedusa") or _in_order(r, "Ventimiglia", "Lampedusa") for r in routes)
    assert not any(r[0] in ("Paris", "Ventimiglia") for r in routes)


BARI = PlaceRef("geonames:3182351", "Bari", "city", "IT", 41.12, 16.87)
ROME = PlaceRef("geonames:3169070", "Rome", "city", "IT", 41.89, 12.51)
MILAN = PlaceRef("geonames:3173435", "Milan", "city", "IT", 45.46, 9.19)
PARIS = PlaceRef("geonames:2988507", "Paris", "city", "FR", 48.85, 2.35)
NIGER_TOWN = PlaceRef("geonames:2448085", "Agadez", "city", "NE", 16.97, 7.99)
ITALY_C = PlaceRef("geonames:3175395", "Italy", "country", "IT", 43.53, 12.15)
FRANCE = PlaceRef("geonames:3017382", "France", "country", "FR", 46.0, 2.0)


def _claim(role, place, sentence, at, hit, words="", doc="t.txt", **kw) -> Claim:
    src = Source(doc, 0, 200, "A report told in a few sentences.")
    return Claim(role, place, doc, sentence, "test", words or place.name, src, 0.9, at=at, hit=hit, **kw)


def _resumed():
    from geomig.picture import cues, resumed

    return resumed(cues.default())


RESUMED = _resumed()  # the cue data's words opening a sentence that goes on ("From X, ...")


def test_places_a_sentence_opening_on_the_landing_names_come_after_it():
    # "They sailed from Zuwara to Lampedusa. From Italy they went through Milan to Paris."
    claims = [_claim("launch_point", ZUWARA, 0, 10, 0), _claim("destination", LAMPEDUSA, 0, 20, 0),
              _claim("transit", ITALY_C, 1, 100, 1, "From Italy"), _claim("transit", MILAN, 1, 120, 2),
              _claim("destination", PARIS, 1, 130, 2)]
    # (beside it, the sentence's own leg from Italy to Paris: a movement it states)
    assert ("Zuwara", "Lampedusa", "Milan", "Paris") in stops(plan(claims, resumes=RESUMED))
    # without the opening words the stops are ordered by the way, all before one landing
    assert ("Zuwara", "Lampedusa", "Milan", "Paris") not in stops(plan(claims))


def test_a_sentence_opening_on_another_place_goes_on_from_nothing():
    # "They sailed from Zuwara to Lampedusa. From France others went through Milan to Rome."
    claims = [_claim("launch_point", ZUWARA, 0, 10, 0), _claim("destination", LAMPEDUSA, 0, 20, 0),
              _claim("transit", FRANCE, 1, 100, 1, "From France"), _claim("transit", MILAN, 1, 120, 2),
              _claim("destination", ROME, 1, 130, 2)]
    assert not any(_in_order(list(s), "Lampedusa", "Rome") for s in stops(plan(claims, resumes=RESUMED)))


def test_stops_told_after_a_landing_without_words_going_on_stay_on_the_way_there():
    # "Migrants landed in Lampedusa. Most had come through Agadez and Zuwara."
    claims = [_claim("destination", LAMPEDUSA, 0, 10, 0), _claim("transit", NIGER_TOWN, 1, 100, 1),
              _claim("launch_point", ZUWARA, 1, 120, 2)]
    assert stops(plan(claims, resumes=RESUMED)) == [("Agadez", "Zuwara", "Lampedusa")]


def test_a_place_people_were_moved_on_to_extends_the_route_through_the_landing():
    # "The boat from Zuwara landed in Lampedusa. Two days later 300 were taken by ferry to
    # Bari and then by bus to Rome": roles.py states each move on with a route-only claim
    # of the place before it (returned_from, sharing the later arrival's hit).
    landed = _claim("destination", LAMPEDUSA, 0, 20, 0)
    bari = _claim("destination", BARI, 1, 120, 1)
    rome = _claim("destination", ROME, 1, 150, 2)
    claims = [_claim("launch_point", ZUWARA, 0, 10, 0), landed, bari, rome,
              replace(landed, role="returned_from", hit=1), replace(bari, role="returned_from", hit=2)]
    assert stops(plan(claims, resumes=RESUMED)) == [("Zuwara", "Lampedusa", "Bari", "Rome")]


def test_a_route_two_of_a_crowds_nationalities_lead_to_is_planned_once():
    # "Most came from Guinea and Mali. One boat left Sfax for Lampedusa": each nationality
    # pairs with the departure, and neither starts the route set out from a town
    guinea = PlaceRef("geonames:2420477", "Guinea", "country", "GN", 10.83, -10.67)
    mali = PlaceRef("geonames:2453866", "Mali", "country", "ML", 17.0, -4.0)
    claims = [_claim("origin", guinea, 0, 10, 0), _claim("origin", mali, 0, 20, 0),
              _claim("launch_point", SFAX, 1, 110, 1), _claim("destination", LAMPEDUSA, 1, 130, 1)]
    assert stops(plan(claims)) == [("Sfax", "Lampedusa")]


def test_a_route_all_of_whose_stops_a_longer_one_has_in_order_is_not_drawn_again():
    from geomig.picture.routes import RoutePlan
    from geomig.picture.routes.corridors import _not_within

    def route(*places):
        return RoutePlan(tuple(places), (), (), (), (), (), ())

    long, short, other = route(ZUWARA, LAMPEDUSA, BARI), route(ZUWARA, BARI), route(BARI, LAMPEDUSA)
    assert _not_within([short, long, other]) == [long, other]


def test_a_country_named_with_its_town_is_where_the_town_is_not_a_second_departure():
    # "Migrants left Sfax in Tunisia and landed on Lampedusa": one route, from Sfax, which
    # the route also knows by its country (the scorer and the popups read stop_aliases)
    claims = told((("launch_point", SFAX), ("launch_point", TUNISIA), ("destination", LAMPEDUSA)))
    [route] = plan(claims)
    assert stops([route]) == [("Sfax", "Lampedusa")]
    assert route.aliases == (("Tunisia",), ())


def test_a_country_named_on_its_own_as_a_departure_still_starts_a_route():
    # "Boats left Sfax for Lampedusa. Others left Tunisia for Malta."
    claims = told((("launch_point", SFAX), ("destination", LAMPEDUSA)),
                  (("launch_point", TUNISIA), ("destination", MALTA)))
    assert sorted(stops(plan(claims))) == [("Sfax", "Lampedusa"), ("Tunisia", "Malta")]


def test_a_town_known_by_its_country_keeps_that_name_on_the_map(gazetteer):
    import geomig
    from geomig.evaluate.picture import route_stops
    from geomig.picture import extract

    text = "Migrants left Sfax in Tunisia overnight and landed on Lampedusa on Friday."
    routes = extract([geomig.geocode_document(geomig.Document("t.txt", text))]).by_role("route")
    assert [route_stops(r) for r in routes] == [[("Sfax", "Tunisia"), ("Lampedusa",)]]


KHARTOUM = PlaceRef("geonames:379252", "Khartoum", "city", "SD", 15.55, 32.53)


def test_a_departure_and_the_country_entered_lead_to_a_launch_point_in_it():
    # "He left Khartoum, crossed the desert into Libya and paid for a boat from Zuwara to
    # Lampedusa": one journey through Libya, not a route from Khartoum beside one from Zuwara
    src = Source("t.txt", 0, 200, "A journey told in one sentence.")
    claims = [Claim("launch_point", KHARTOUM, "t.txt", 0, "test", "left Khartoum", src, 0.9, at=10, hit=1),
              Claim("transit", LIBYA, "t.txt", 0, "test", "into Libya", src, 0.9, at=40, hit=2, onward=True),
              Claim("launch_point", ZUWARA, "t.txt", 0, "test", "from Zuwara", src, 0.9, at=80, hit=3),
              Claim("destination", LAMPEDUSA, "t.txt", 0, "test", "to Lampedusa", src, 0.9, at=90, hit=3)]
    assert [s for s in stops(plan(claims)) if "Zuwara" in s] == [("Khartoum", "Libya", "Zuwara", "Lampedusa")]
    assert not any(s[:2] == ("Khartoum", "Lampedusa") for s in stops(plan(claims)))
    # the country entered after it is another one: no lead (a launch point in Tunisia is not reached)
    other = [c if c.place is not LIBYA else Claim("transit", TUNISIA, "t.txt", 0, "test", "into Tunisia", src, 0.9,
                                                    at=40, hit=2, onward=True) for c in claims]
    assert not any(s[:3] == ("Khartoum", "Tunisia", "Zuwara") for s in stops(plan(other)))


def test_a_crowds_nationalities_start_no_route_beside_the_town_one_man_set_out_from(gazetteer):
    # the list says who was aboard; the journey the text tells starts in Dakar
    text = ("Coastguards stopped a boat of migrants heading for Lampedusa on Monday. Most of those "
            "aboard came from Senegal, Gambia and Mali. One passenger said he had travelled from "
            "Dakar through Mali and Algeria.")
    routes = _real_routes(text)
    assert ["Dakar", "Mali", "Algeria", "Lampedusa"] in routes, routes
    assert not any(r[0] in ("Senegal", "Gambia", "Mali") for r in routes), routes


def test_nationalities_the_journey_is_told_of_still_start_it(gazetteer):
    # no town set out from: the people's countries start their routes
    routes = _real_routes("Migrants from Eritrea and Somalia travelled through Sudan to Libya last year.")
    assert sorted(routes) == [["Eritrea", "Sudan", "Libya"], ["Somalia", "Sudan", "Libya"]]


def test_a_country_named_with_a_town_people_come_from_starts_no_second_route(gazetteer):
    import geomig
    from geomig.evaluate.picture import route_stops
    from geomig.picture import extract

    text = ("Musa, a welder from Kano in Nigeria, said he had travelled through Agadez to Libya "
            "last spring, like thousands of migrants.")
    routes = extract([geomig.geocode_document(geomig.Document("t.txt", text))]).by_role("route")
    assert [route_stops(r) for r in routes] == [[("Kano", "Nigeria"), ("Agadez",), ("Libya",)]]


def test_a_crowd_is_the_countries_one_cue_lists_not_a_town_or_a_country_named_alone():
    from geomig.picture.routes.groups import _crowd

    guinea = PlaceRef("geonames:2420477", "Guinea", "country", "GN", 10.8, -10.7)
    mali = PlaceRef("geonames:2453866", "Mali", "country", "ML", 17.6, -4.0)
    claims = [_claim("origin", guinea, 1, 10, 5), _claim("origin", mali, 1, 20, 5),
              _claim("origin", TUNISIA, 2, 40, 6), _claim("origin", SFAX, 2, 50, 6),
              _claim("origin", mali, 3, 80, 7)]
    # Mali is also named on its own; Sfax is a town listed with its country
    assert _crowd(claims) == {guinea.id}


def test_people_held_with_their_nationality_named_are_sent_back_from_where_they_were_held(gazetteer):
    text = ("The coastguard intercepted a boat carrying 40 Venezuelan migrants off Aruba on Tuesday. "
            "Two days later all of them were flown back to Venezuela.")
    assert _real_routes(text) == [["Aruba", "Venezuela"]]


def test_a_force_returning_people_to_a_town_of_its_own_country_sends_them_back_from_where_it_stopped_them(gazetteer):
    # the move's start is the force's country (Turkish waters), which holds Izmir: the
    # return starts where the boat was intercepted
    text = ("Migrants trying to reach Lesbos were turned back again this week. A Turkish patrol boat "
            "intercepted a dinghy with 30 people off Dikili, inside Turkish waters, and returned them to Izmir.")
    assert _real_routes(text) == [["Dikili", "Izmir"]]


def test_a_stop_people_are_moved_on_through_after_a_landing_keeps_its_place_in_the_chain():
    # "... went down to Nairobi. A smuggler took us to Tanzania, and from there to Malawi":
    # roles.py states the move on from Nairobi with a route-only claim sharing the hit of
    # Tanzania (a stop the text goes on from) and Malawi
    nairobi = PlaceRef("geonames:184745", "Nairobi", "city", "KE", -1.28, 36.82)
    tanzania = PlaceRef("geonames:149590", "Tanzania", "country", "TZ", -6.0, 35.0)
    malawi = PlaceRef("geonames:927384", "Malawi", "country", "MW", -13.5, 34.0)
    mogadishu = PlaceRef("geonames:53654", "Mogadishu", "city", "SO", 2.04, 45.34)
    landed = _claim("destination", nairobi, 0, 30, 0)
    claims = [_claim("launch_point", mogadishu, 0, 10, 0), landed,
              _claim("transit", tanzania, 1, 120, 1, onward=True), _claim("destination", malawi, 1, 150, 1),
              replace(landed, role="returned_from", hit=1)]
    assert ("Mogadishu", "Nairobi", "Tanzania", "Malawi") in stops(plan(claims, resumes=RESUMED))


def test_a_sentence_opening_on_from_there_goes_on_from_the_landing_the_sentence_before_names(gazetteer):
    text = ("A boat carrying 300 migrants from Zuwara landed on Lampedusa on Monday. From there the "
            "passengers were taken by ferry to Porto Empedocle and then by bus to Milan.")
    routes = _real_routes(text)
    assert ["Zuwara", "Lampedusa", "Porto Empedocle", "Milan"] in routes, routes
    assert not any(_in_order(r, "Porto Empedocle", "Lampedusa") for r in routes), routes


def test_from_there_after_a_sentence_with_no_landing_links_nothing():
    # "Boats leave Zuwara for Lampedusa. Smugglers say so. From there they go to Milan."
    src = Source("t.txt", 100, 140, "From there they go to Milan.")
    claims = [_claim("launch_point", ZUWARA, 0, 10, 0), _claim("destination", LAMPEDUSA, 0, 20, 0),
              replace(_claim("destination", MILAN, 2, 120, 2), source=src)]
    assert not any(_in_order(list(s), "Lampedusa", "Milan") for s in stops(plan(claims, resumes=RESUMED)))


def test_a_return_with_no_start_of_its_own_starts_where_a_force_holds_people(gazetteer):
    # the detention centre is a control zone, no role: the return told next starts there
    text = ("Police in Curacao hold migrants without papers in a detention centre in Willemstad. "
            "Most of them are flown back to Venezuela after a few weeks.")
    assert _real_routes(text) == [["Willemstad", "Venezuela"]]


def test_a_return_starts_where_people_were_stopped_before_it_even_when_told_after(gazetteer):
    text = ("The coast guard repatriated 60 migrants to Cuba on Friday following three interdictions "
            "in the Florida Straits.")
    assert _real_routes(text) == [["Florida Straits", "Cuba"]]


def test_a_centre_people_are_moved_to_after_their_return_starts_no_route(gazetteer):
    # the centre is where the transfer after the return ends, never where the return starts
    text = ("Migrants stopped at sea by the Libyan coastguard were taken back to Tripoli and then "
            "transferred to a detention centre in Tajoura.")
    assert _real_routes(text) == [["Tripoli", "Tajoura"]]


def test_a_stop_in_the_landings_country_a_later_sentence_takes_people_on_to_comes_after_it(gazetteer):
    text = ("A fishing boat carrying 250 migrants from Sfax came ashore on Lampedusa on Sunday. On "
            "Tuesday the passengers were taken by ferry to Porto Empedocle.")
    routes = _real_routes(text)
    assert ["Sfax", "Lampedusa", "Porto Empedocle"] in routes, routes
    assert not any(_in_order(r, "Porto Empedocle", "Lampedusa") for r in routes), routes


def test_a_stop_in_the_landings_country_a_later_sentence_names_goes_on_from_the_landing():
    # "They sailed from Zuwara to Lampedusa. Later they were taken on through Porto Empedocle
    # to Milan": a stop in the landing's country, gone on from, comes after the landing
    claims = [_claim("launch_point", ZUWARA, 0, 10, 0), _claim("destination", LAMPEDUSA, 0, 20, 0),
              _claim("transit", PORTO_EMPEDOCLE, 1, 120, 1, onward=True), _claim("destination", MILAN, 1, 150, 1)]
    # (session 50) and the end its sentence names after that stop goes on from there too
    assert ("Zuwara", "Lampedusa", "Porto Empedocle", "Milan") in stops(plan(claims, resumes=RESUMED))


def test_a_stop_in_the_landings_country_told_long_after_it_is_not_taken_on_from_it():
    # the landing in sentence 0, the stop people go on from in sentence 5: too far to link
    claims = [_claim("launch_point", ZUWARA, 0, 10, 0), _claim("destination", LAMPEDUSA, 0, 20, 0),
              _claim("transit", BARI, 5, 500, 5, onward=True), _claim("destination", ROME, 5, 520, 6)]
    assert not any(_in_order(list(s), "Lampedusa", "Bari") for s in stops(plan(claims, resumes=RESUMED)))


@pytest.mark.parametrize("text, starts, end", [
    ("Migrants arrive in Agadez from Nigeria and Ghana before crossing the desert to Libya.",
     ("Nigeria", "Ghana"), "Libya"),
    ("Most of the refugees had flown to Istanbul from Syria and Afghanistan, then crossed to Greece by boat.",
     ("Syria", "Afghanistan"), "Greece"),
], ids=["arrive-from", "flown-from"])
def test_places_listed_as_where_people_came_from_each_start_a_route_not_a_chain(gazetteer, text, starts, end):
    routes = _real_routes(text)
    a, b = starts
    assert not any(_in_order(r, a, b) or _in_order(r, b, a) for r in routes), routes
    assert any(r[0] == a and r[-1] == end for r in routes), routes


def test_a_long_list_of_places_people_came_from_is_no_chain_past_the_few_planned(gazetteer):
    starts = ("Nigeria", "Ghana", "Mali", "Senegal", "Guinea")
    routes = _real_routes("Migrants arrive in Agadez from Nigeria, Ghana, Mali, Senegal and Guinea "
                          "before crossing the desert to Libya.")
    assert routes, routes
    assert not any(sum(s in r for s in starts) > 1 for r in routes), routes


def test_places_passed_through_in_a_list_are_still_one_chain(gazetteer):
    routes = _real_routes("Migrants travelled from Kano through Niger and Chad to Libya.")
    assert any(_in_order(r, "Niger", "Chad", "Libya") or _in_order(r, "Chad", "Niger", "Libya") for r in routes), routes


def test_a_stated_return_between_two_landmasses_goes_by_sea(gazetteer):
    import geomig
    from geomig.picture import extract

    def legs(text):
        pic = extract([geomig.geocode_document(geomig.Document("t.txt", text))])
        return {(leg["from_name"], leg["to_name"]): leg["mode"] for f in pic.by_role("route") for leg in f.properties["legs"]}

    at_sea = legs("Migrants who set off from Sfax were stopped by the Tunisian coast guard off Lampedusa "
                  "and returned to Sfax.")
    assert at_sea.get(("Lampedusa", "Sfax")) == "sea", at_sea
    from_a_sea = legs("The migrants were intercepted in the Mediterranean and returned to Libya by the coast guard.")
    assert from_a_sea.get(("Mediterranean", "Libya")) == "sea", from_a_sea
    overland = legs("Thousands of migrants crossed from Belarus into Poland last year.")
    assert overland.get(("Belarus", "Poland")) == "land", overland


def test_a_leg_the_text_states_keeps_its_direction_among_stops_ordered_by_the_way():
    # by the shortest way Tunis lies after Benghazi on the way to Zuwara, but the text says
    # people flew from Tunis to Benghazi: Tunis comes first
    from extract_helpers import picture

    pic = picture("The migrants flew from Tunis to Benghazi. The group was then driven at night to a "
                  "beach near Zuwara and put on a boat to Lampedusa.")
    assert [f.properties["stop_names"] for f in pic.by_role("route")] == [["Tunis", "Benghazi", "Zuwara", "Lampedusa"]]


@pytest.mark.parametrize("text, route", [
    # a transfer to a centre is a leg from where people were, whose end plays no role
    ("Coastguards landed the survivors at Lampedusa, where they were checked before being bused to "
     "the reception centre in Pozzallo.", ["Lampedusa", "Pozzallo"]),
    # where a force's country would start it, the place people left does ("the Libyan coastguard":
    # no leg from Libya to a town of its own)
    ("The boat left Zuwara with 60 migrants. The Libyan coastguard intercepted it and took the "
     "survivors to the detention centre in Tripoli.", ["Zuwara", "Tripoli"]),
], ids=["bused-to-a-centre", "taken-to-a-centre-after-leaving"])
def test_people_moved_on_to_a_centre_make_a_leg(text, route):
    from extract_helpers import picture, roles

    pic = picture(text)
    assert route in [f.properties["stop_names"] for f in pic.by_role("route")]
    assert "returned" not in {r for rs in roles(pic).values() for r in rs}


def test_a_transfer_only_planned_is_no_leg():
    from extract_helpers import picture

    pic = picture("Migrants reached Lampedusa. The minister said they would be transferred to a processing "
                  "centre in Tunisia.")
    assert not pic.by_role("route")


@pytest.mark.parametrize("text", [
    "Refugees from Eritrea reached Kufra after a week in the desert. They were then sent on to Benghazi.",
    "Refugees from Eritrea reached Kufra. The smugglers sent them on to Benghazi a week later.",
], ids=["were-sent-on-to", "sent-them-on-to"])
def test_people_sent_on_go_on_from_where_they_were(text):
    from extract_helpers import picture

    routes = [f.properties["stop_names"] for f in picture(text).by_role("route")]
    assert ["Eritrea", "Kufra", "Benghazi"] in routes


def test_people_sent_back_are_not_sent_on():
    from extract_helpers import picture, roles

    pic = picture("Most migrants who reached Kufra were sent back to Chad.")
    assert [f.properties["stop_names"] for f in pic.by_role("route")] == [["Kufra", "Chad"]]
    assert "Chad" not in roles(pic)
