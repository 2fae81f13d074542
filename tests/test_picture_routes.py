"""Tests of geomig.picture.routes.plan on hand-made claims: stated movements across documents."""

from __future__ import annotations

from geomig.picture.model import Source
from geomig.picture.claims import Claim, PlaceRef
from geomig.picture.routes import _Planned, _told, plan

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


TUNIS = PlaceRef("geonames:2464470", "Tunis", "city", "TN", 36.82, 10.17)
AGADEZ = PlaceRef("geonames:2448085", "Agadez", "city", "NE", 16.97, 7.99)
SEBHA = PlaceRef("geonames:2212775", "Sebha", "city", "LY", 27.04, 14.43)
ERITREA = PlaceRef("geonames:338010", "Eritrea", "country", "ER", 15.36, 38.84)
SUDAN = PlaceRef("geonames:366755", "Sudan", "country", "SD", 15.99, 29.94)


def told(doc: str, *steps: tuple[str, PlaceRef], **flags) -> list[Claim]:
    """A document naming places in turn, one claim per sentence, each from its own cue hit."""
    out = []
    for i, (role, place) in enumerate(steps):
        src = Source(doc, 40 * i, 40 * i + 30, f"Sentence {i} names {place.name}.")
        out.append(Claim(role, place, doc, i, "test", place.name, src, 0.9, at=40 * i + 17, hit=i, **flags))
    return out


def test_a_journey_told_in_turn_is_a_route_in_the_order_the_text_names_its_stops():
    # "She left Agadez. She spent a year in Sebha. She reached Tunis." with no cue stating a leg
    claims = told("d0.txt", ("launch_point", AGADEZ), ("transit", SEBHA), ("destination", TUNIS))
    assert ("Agadez", "Sebha", "Tunis") in stops(plan(claims))


def told_routes(claims: list[Claim]) -> list[tuple[str, ...]]:
    """The journey routes.plan reads off the order of the stops alone."""
    return stops(_told(claims, _Planned([])))


def test_one_origin_may_start_a_told_journey_but_a_list_of_origins_is_no_chain():
    claims = told("d0.txt", ("origin", ERITREA), ("transit", SUDAN), ("transit", SEBHA), ("destination", TUNIS))
    assert told_routes(claims) == [("Eritrea", "Sudan", "Sebha", "Tunis")]
    origins = told("d1.txt", ("origin", ERITREA), ("origin", SUDAN), ("transit", SEBHA), ("destination", TUNIS))
    assert told_routes(origins) == [("Eritrea", "Sebha", "Tunis")]


def test_places_passed_alone_or_only_hoped_for_tell_no_journey():
    assert told_routes(told("d0.txt", ("transit", AGADEZ), ("transit", SEBHA), ("transit", TUNIS))) == []
    steps = (("launch_point", AGADEZ), ("transit", SEBHA), ("destination", TUNIS))
    assert told_routes(told("d1.txt", *steps)) == [("Agadez", "Sebha", "Tunis")]
    assert told_routes(told("d1.txt", *steps, intended=True)) == []
    assert told_routes(told("d2.txt", *steps, negated=True)) == []
    assert told_routes(told("d3.txt", *steps, hedged=True)) == []


def test_a_told_journey_already_planned_is_not_drawn_again():
    claims = told("d0.txt", ("launch_point", AGADEZ), ("transit", SEBHA), ("destination", TUNIS))
    planned = _Planned(_told(claims, _Planned([])))
    assert _told(claims, planned) == []


def test_a_country_next_to_its_own_city_is_that_city_s_label():
    claims = told("d0.txt", ("launch_point", AGADEZ), ("transit", TUNISIA), ("transit", TUNIS), ("destination", MALTA))
    assert told_routes(claims) == [("Agadez", "Tunis", "Malta")]


def test_two_places_in_turn_tell_no_journey():
    assert told_routes(told("d0.txt", ("launch_point", AGADEZ), ("transit", SEBHA))) == []


ITALY = PlaceRef("geonames:3175395", "Italy", "country", "IT", 43.53, 12.15)


def test_a_chain_that_enters_a_country_again_is_no_journey_in_the_order_told():
    # "... landed on Lampedusa. Many had travelled through Sudan and Sebha before reaching Sicily":
    # told after the landing, the land stops come back to Italy
    sicily = PlaceRef("geonames:2523119", "Sicily", "admin", "IT", 37.67, 14.27)
    claims = told("d0.txt", ("launch_point", SFAX), ("destination", LAMPEDUSA), ("transit", SUDAN),
                  ("transit", SEBHA), ("destination", sicily))
    assert told_routes(claims) == []


def test_places_left_in_one_list_are_alternatives_not_a_chain():
    src = Source("d0.txt", 0, 60, "Boats left Sfax and Tunis. They reached Sebha. Then Lampedusa.")
    claims = [Claim("launch_point", SFAX, "d0.txt", 0, "test", "left", src, 0.9, at=11, hit=0),
              Claim("launch_point", TUNIS, "d0.txt", 0, "test", "left", src, 0.9, at=20, hit=0),
              Claim("transit", SEBHA, "d0.txt", 1, "test", "reached", src, 0.9, at=40, hit=1),
              Claim("destination", LAMPEDUSA, "d0.txt", 2, "test", "then", src, 0.9, at=50, hit=2)]
    assert told_routes(claims) == [("Sfax", "Sebha", "Lampedusa")]
