"""Routes as the text states them (issue 10, a user trial): legs linked end to start keep the
stated order, a flight is by air and a ferry by sea, a boat from a town in a region is one
route, a boat brought back where it left takes no other boat's landing as its start, a
nationality starts no return home, and a return's end is no destination.

Sentences written for these tests; geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import picture


def routes(pic) -> list[tuple[str, ...]]:
    return sorted(tuple(f.properties["stop_names"]) for f in pic.by_role("route"))


def modes(pic) -> dict[tuple[str, str], str]:
    return {(leg["from_name"], leg["to_name"]): leg["mode"]
            for f in pic.by_role("route") for leg in f.properties["legs"]}


# ------------------------------------------------------------------ stated legs keep their order

@pytest.mark.parametrize("text", [
    "Migrants travelled from Agadez to Sebha. From Sebha they were driven to Zuwara, "
    "and from Zuwara they sailed to Lampedusa.",
    # each leg in a sentence of its own, with other words between
    "The migrants went from Agadez to Sebha in a truck. After weeks there, they were taken from Sebha "
    "to Zuwara. Smugglers later put them on a boat from Zuwara to Lampedusa.",
])
def test_legs_stated_one_after_another_make_one_route_in_that_order(text):
    assert routes(picture(text)) == [("Agadez", "Sebha", "Zuwara", "Lampedusa")]


def test_legs_that_do_not_meet_stay_apart():
    # the second leg sets out from another place than the first reached: two movements
    pic = picture("Migrants travelled from Agadez to Sebha. Others sailed from Sfax to Lampedusa.")
    assert ("Agadez", "Sebha", "Sfax", "Lampedusa") not in routes(pic)
    assert ("Agadez", "Sebha", "Lampedusa") not in routes(pic)


def test_a_denied_leg_is_no_link_of_the_chain():
    pic = picture("Migrants travelled from Agadez to Sebha. They did not travel from Sebha to Zuwara.")
    assert all("Zuwara" not in stops for stops in routes(pic))


# ------------------------------------------------------------------ how a leg goes

@pytest.mark.parametrize("text", [
    "The migrants were flown on a charter flight from Tunis to Rome.",
    "The migrants boarded a plane from Tunis to Rome.",
])
def test_a_flight_is_an_air_leg(text):
    assert modes(picture(text)).get(("Tunis", "Rome")) == "air"


def test_a_deportation_flight_is_an_air_leg():
    # the leg ends where people are returned to, not at a destination of theirs
    pic = picture("The rejected asylum seekers were deported by plane from Rome to Tunis.")
    assert modes(pic).get(("Rome", "Tunis")) == "air"


def test_an_air_leg_is_drawn_on_a_great_circle_without_a_warning():
    route = picture("The migrants were flown on a charter flight from Tunis to Rome.").by_role("route")[0]
    assert "warning" not in route.properties["legs"][0]
    line = route.geometry.geoms[0] if hasattr(route.geometry, "geoms") else route.geometry
    (x0, y0), (x1, y1) = line.coords[0], line.coords[-1]
    assert len(line.coords) > 2 and y0 < y1      # an arc from place to place (Tunis to Rome), over sea and land alike


@pytest.mark.parametrize("text", [
    "Migrants were driven from Tunis to Sfax.",
    # a flight in another clause, not the leg's
    "Migrants were driven from Tunis to Sfax, and officials later flew home.",
])
def test_a_leg_with_no_flight_word_is_no_air_leg(text):
    assert modes(picture(text)).get(("Tunis", "Sfax")) == "land"


def test_the_fleeing_of_people_is_no_flight():
    pic = picture("Their flight from Sudan to Chad took weeks, refugees said.")
    assert "air" not in modes(pic).values()


def test_a_ferry_leg_is_at_sea():
    assert modes(picture("Migrants took a ferry from Tunis to Sfax.")).get(("Tunis", "Sfax")) == "sea"


# ------------------------------------------------------------------ one boat, one route

def test_a_region_named_alone_is_still_a_departure():
    pic = picture("Smugglers sent boats with migrants from western Libya to Lampedusa.")
    assert ("western Libya", "Lampedusa") in routes(pic)


def test_a_town_named_in_its_region_is_one_route_from_the_town():
    pic = picture("The boat with 50 migrants set off from Zuwara in western Libya and reached Lampedusa.")
    assert routes(pic) == [("Zuwara", "Lampedusa")]


# ------------------------------------------------------------------ returns

def test_a_boat_brought_back_where_it_left_starts_at_no_other_boat_landing():
    pic = picture("A boat carrying 40 migrants landed in Pozzallo on Monday. A second boat that had left "
                  "Sfax was stopped by the Tunisian coastguard and its passengers were brought back to Sfax.")
    assert ("Pozzallo", "Sfax") not in routes(pic)
    assert ("Sfax", "Pozzallo") not in routes(pic)


def test_a_return_after_a_landing_of_the_same_people_still_starts_there():
    # distractor: the people who landed are those sent back
    pic = picture("Some 40 migrants landed in Lampedusa on Monday. Most were sent back to Tunisia.")
    assert ("Lampedusa", "Tunisia") in routes(pic)


@pytest.mark.parametrize("text", [
    "Hundreds of Eritrean refugees returned home to Sudan this week.",
    "Hundreds of Eritreans were returned to Sudan this week.",
])
def test_a_nationality_starts_no_return(text):
    assert all(stops[0] != "Eritrea" for stops in routes(picture(text)))


def test_a_force_named_by_its_country_pushes_back_from_there():
    # distractor: the nationality of a force, not of the people moved
    assert ("Greece", "Turkey") in routes(picture("Greek police pushed the migrants back to Turkey."))


def test_a_return_starts_where_people_were_held_not_in_the_whole_country():
    # the country they were held in and the place off which they were stopped: from the place
    pic = picture("Italian authorities detained 40 migrants in Italy after their boat was intercepted off "
                  "Lampedusa. They were sent back to Tunisia.")
    assert routes(pic) == [("Lampedusa", "Tunisia")]


def test_a_return_from_a_named_country_is_a_route():
    assert ("Libya", "Niger") in routes(picture("Hundreds of migrants were returned from Libya to Niger."))


def test_a_return_end_is_no_destination():
    pic = picture("Some 40 migrants landed in Lampedusa on Monday. Most were sent back to Tunisia.")
    route = next(f for f in pic.by_role("route") if f.properties["stop_names"] == ["Lampedusa", "Tunisia"])
    assert route.properties["destinations"] == []
    assert route.properties["stages"][-1] == "returned"
    assert "Tunisia" not in {f.name for f in pic.by_role("destination")}


# ------------------------------------------------------------------ a journey told in order

def test_a_departure_told_before_the_other_stops_starts_the_journey():
    pic = picture("Every day trucks packed with migrants leave from Agadez. "
                  "They cross the desert through Chad and then into Libya, where many stay.")
    assert not any(stops.index("Agadez") > 0 for stops in routes(pic) if "Agadez" in stops)


def test_a_departure_told_after_the_stops_is_ordered_by_the_way():
    # distractor: the departure comes last in the text, so the way's order decides
    pic = picture("Migrants pass through Chad and cross into Libya. Most of them had left from Agadez.")
    assert all(stops[-1] != "Agadez" for stops in routes(pic))


# ------------------------------------------------------------------ one sentence, both ends

def test_a_place_set_out_from_and_a_place_reached_in_one_sentence_make_a_leg():
    # the place passed first ("From X") has no end in its own cue
    pic = picture("From Sebha the migrants crossed into Tunisia and went on to Sfax.")
    assert any(stops[0] == "Sebha" and stops[-1] == "Sfax" for stops in routes(pic))


def test_a_place_not_reached_makes_no_leg():
    pic = picture("From Sebha the migrants crossed into Tunisia but did not go on to Sfax.")
    assert all("Sfax" not in stops for stops in routes(pic))


# ------------------------------------------------------------------ places reached in turn

@pytest.mark.parametrize("text", [
    "Migrants travelled by bus to Tunis and from there on to Sfax.",
    "The migrants walked to Tunis and caught a train to Sfax.",
    "Migrants who settled in Tunis have since left for Sfax.",
])
def test_two_places_reached_in_turn_make_a_leg_from_the_first(text):
    assert ("Tunis", "Sfax") in routes(picture(text))


@pytest.mark.parametrize("text", [
    # a list of places reached, not one after the other
    "The migrants reached Tunis and Sfax last week.",
    # negation and hedging of the second
    "The migrants reached Tunis, but never went on to Sfax.",
    "The migrants reached Tunis and may have gone on to Sfax.",
    # two groups, each to its own place
    "Migrants who settled in Tunis stayed there, or left for Sfax years ago.",
])
def test_places_not_reached_in_turn_make_no_leg(text):
    assert ("Tunis", "Sfax") not in routes(picture(text))


# ------------------------------------------------------------------ two groups, two ends

@pytest.mark.parametrize("text", [
    "The migrants left Agadez. Some reached Sebha; others went on to Tripoli.",
    "The migrants left Agadez. Some reached Sebha, while the rest went on to Tripoli.",
])
def test_another_group_going_on_makes_two_ends_not_one_way_through(text):
    assert routes(picture(text)) == [("Agadez", "Sebha"), ("Agadez", "Tripoli")]


@pytest.mark.parametrize("text", [
    # control: the same group goes on, or a part of it does
    "The migrants left Agadez, reached Sebha and then went on to Tripoli.",
    "The migrants left Agadez and reached Sebha; most then moved on to Tripoli.",
])
def test_the_same_group_going_on_is_one_way_through(text):
    assert routes(picture(text)) == [("Agadez", "Sebha", "Tripoli")]


@pytest.mark.parametrize("text", [
    "The migrants sailed from Zuwara to Lampedusa, while others sailed from Sfax to Malta.",
    "The migrants sailed from Zuwara to Lampedusa, whereas others sailed from Sfax to Malta.",
    "The migrants sailed from Zuwara to Lampedusa; others sailed from Sfax to Malta.",
])
def test_two_groups_setting_out_in_one_sentence_keep_their_own_ends(text):
    # each departure goes with the end its own words state, not the other group's
    assert routes(picture(text)) == [("Sfax", "Malta"), ("Zuwara", "Lampedusa")]


def test_a_place_another_group_passes_is_no_stop():
    pic = picture("The migrants travelled from Agadez through Sebha to Zuwara, while others went through Kufra.")
    assert routes(pic) == [("Agadez", "Sebha", "Zuwara")]


def test_a_way_told_as_an_alternative_to_a_return_is_no_start_of_it():
    # "flew on to X or went back to Y": X is where others went, not where Y's people came from
    pic = picture("Some 200 migrants reached Malta last year. Some later flew on to Italy or went back to Libya.")
    assert ("Italy", "Libya") not in routes(pic)
    # control: a list of starts before the return's end stays
    assert sorted(routes(picture("Migrants were pushed back from Greece or Turkey to Libya."))) == [
        ("Greece", "Libya"), ("Turkey", "Libya")]


# ------------------------------------------------------------------ a route is people's

@pytest.mark.parametrize("text", [
    "Looted bronzes were flown from Tripoli to Rome.",
    "A cargo ship carried goods from Tripoli to Lampedusa.",
    "The shipment left Zuwara for Lampedusa on Monday.",
])
def test_objects_moved_draw_no_route(text):
    assert routes(picture(text)) == []


@pytest.mark.parametrize("text, expected", [
    # people named first, or the objects in another clause
    ("A cargo ship carrying 40 migrants sailed from Tripoli to Lampedusa.", ("Tripoli", "Lampedusa")),
    ("Police seized drugs in Sfax; migrants sailed from Zuwara to Lampedusa.", ("Zuwara", "Lampedusa")),
    ("Smugglers loaded migrants and cigarettes onto a boat that left Zuwara for Lampedusa.", ("Zuwara", "Lampedusa")),
    ("The shipment of goods left Zuwara for Lampedusa; 40 migrants sailed from Sfax to Lampedusa.", ("Sfax", "Lampedusa")),
    # what people hide in, or pieces of a wreck, are no objects moved
    ("Containers with 40 migrants inside were shipped from Tripoli to Lampedusa.", ("Tripoli", "Lampedusa")),
    ("Pieces of a boat washed up after 40 migrants sailed from Zuwara to Lampedusa.", ("Zuwara", "Lampedusa")),
])
def test_people_moving_draw_their_route_beside_objects(text, expected):
    assert routes(picture(text)) == [expected]


@pytest.mark.parametrize("text, expected", [
    # objects named first, people after them in the same clause: the people move too
    ("The boat carried cigarettes and 40 migrants from Zuwara to Lampedusa.", ("Zuwara", "Lampedusa")),
    ("Fuel smugglers also move migrants from Zuwara to Lampedusa.", ("Zuwara", "Lampedusa")),
    ("With their livestock, families fled from Sudan to Chad.", ("Sudan", "Chad")),
    ("Cattle herders fled from Niger to Libya.", ("Niger", "Libya")),
])
def test_objects_named_first_do_not_silence_people_moving(text, expected):
    assert routes(picture(text)) == [expected]


def test_objects_named_with_no_people_still_draw_nothing():
    # control: "weapons" alone move
    assert routes(picture("The shipment of weapons left Zuwara for Lampedusa.")) == []


# ------------------------------------------------------------------ pushed back where they came from

@pytest.mark.parametrize("text", [
    "Tunisian police pushed the migrants back from Tunisia to Libya.",
    "The migrants were forced back across the border from Tunisia to Libya.",
])
def test_people_pushed_back_over_land_had_come_the_other_way(text):
    assert routes(picture(text)) == [("Libya", "Tunisia"), ("Tunisia", "Libya")]


@pytest.mark.parametrize("text", [
    # a deportation or a return, one from the sea, a denied push-back: no way in is told
    "The migrants were deported from Tunisia to Libya.",
    "The migrants were sent back from Tunisia to Libya.",
    "The coastguard brought the migrants back from Lampedusa to Sfax.",
    "Tunisian police did not push the migrants back from Tunisia to Libya.",
])
def test_no_way_in_without_a_push_back_over_land(text):
    assert ("Libya", "Tunisia") not in routes(picture(text)) and ("Sfax", "Lampedusa") not in routes(picture(text))


@pytest.mark.parametrize("text", [
    # "driven back" is also a ride: no way in is told
    "The migrants were driven back from Sfax to Tunis by bus after the fair.",
    "Police drove the migrants back from Sfax to Tunis.",
])
def test_a_ride_back_tells_no_way_in(text):
    assert ("Tunis", "Sfax") not in routes(picture(text))


@pytest.mark.parametrize("text, route", [
    ("The migrants travelled from Agadez through Sebha, not through Kufra, to Zuwara.", [("Agadez", "Sebha", "Zuwara")]),
    ("The migrants travelled from Agadez, not through Sebha, to Zuwara.", [("Agadez", "Zuwara")]),
    # "did not go through" the stop stays a denial of the stop, not of the journey after it
    ("The migrants did not go through Kufra but travelled from Agadez through Sebha to Zuwara.",
     [("Agadez", "Sebha", "Zuwara")]),
    # a journey denied or only guessed draws none
    ("The migrants did not travel from Agadez through Sebha, not through Kufra, to Zuwara.", []),
    ("The migrants may have travelled from Agadez through Sebha, not through Kufra, to Zuwara.", []),
])
def test_a_stop_ruled_out_between_commas_is_no_stop_and_keeps_the_journey(text, route):
    assert routes(picture(text)) == route
