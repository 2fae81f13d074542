"""Roles: places reporters name in their own wording, which no cue gave a role:
where people took a room or a bed (destination.took_lodging), where others housed them
(destination.put_up), a place told as hosting people now (destination.hosts_now), where a person
on the move is now (destination.now_in), where they were recruited (origin.recruited_in), people
said to "be from" a place (origin.are_from), a river or a pass people crossed
(transit.landmark_crossed), and a place home to people of a nationality or to their community
(destination.community).
Each cue is tested with negation, hedging and a distractor (a tourist, a team, goods, an
official, a home left behind).

Sentences written for these tests, on routes of other parts of the world; geocoded by the tiny
fixture gazetteer (tests/extract_helpers.py) with the places below added."""

from __future__ import annotations

import pytest
from extract_helpers import with_places
from extract_helpers import reported_role_of as role_of

#: Places of these tests: surface -> (id, kind, country, lat, lon, gazetteer name).
EXTRA = {
    "Leicester": ("test:leicester", "city", "GB", 52.64, -1.13, "Leicester"),
    "Glasgow": ("test:glasgow", "city", "GB", 55.86, -4.25, "Glasgow"),
    "Cardiff": ("test:cardiff", "city", "GB", 51.48, -3.18, "Cardiff"),
    "Bradford": ("test:bradford", "city", "GB", 53.80, -1.75, "Bradford"),
    "Calgary": ("test:calgary", "city", "CA", 51.05, -114.07, "Calgary"),
    "Winnipeg": ("test:winnipeg", "city", "CA", 49.90, -97.14, "Winnipeg"),
    "Osorno": ("test:osorno", "city", "CL", -40.57, -73.13, "Osorno"),
    "Gulu": ("test:gulu", "city", "UG", 2.78, 32.30, "Gulu"),
    "Busia": ("test:busia", "city", "KE", 0.46, 34.11, "Busia"),
    "Chitwan": ("test:chitwan", "admin", "NP", 27.58, 84.5, "Chitwan"),
    "Doha": ("test:doha", "city", "QA", 25.29, 51.53, "Doha"),
    "Enugu": ("test:enugu", "city", "NG", 6.45, 7.51, "Enugu"),
    "Kano": ("test:kano", "city", "NG", 12.00, 8.52, "Kano"),
    "Rosario": ("test:rosario", "city", "AR", -32.95, -60.65, "Rosario"),
    "Herat": ("test:herat", "city", "AF", 34.35, 62.20, "Herat"),
    "Murcia": ("test:murcia", "admin", "ES", 38.0, -1.13, "Murcia"),
    "Kent": ("test:kent", "admin", "GB", 51.2, 0.7, "Kent"),
    "Rabat": ("test:rabat", "city", "MA", 34.02, -6.84, "Rabat"),
    "Zambia": ("test:zambia", "country", "ZM", -14.0, 28.0, "Zambia"),
    "Chirundu": ("test:chirundu", "city", "ZM", -16.03, 28.85, "Chirundu"),
    "Zambezi": ("test:zambezi", "landmark", "ZM", -16.5, 28.5, "Zambezi"),
    "Khumbu": ("test:khumbu", "landmark", "NP", 27.9, 86.8, "Khumbu"),
}


@pytest.fixture(autouse=True)
def more_places(monkeypatch):
    with_places(monkeypatch, EXTRA)


# ------------------------------------------------------------------ a room taken

@pytest.mark.parametrize("text, place", [
    ("After the long ride north, Amina moved into a rented flat in Leicester.", "Leicester"),
    ("Within a week the two cousins rented a basement room in Calgary.", "Calgary"),
    ("Once off the bus, the Somali brothers leased a studio in Winnipeg.", "Winnipeg"),
    # hedged: still where the journey ended
    ("He reportedly moved into a small flat in Glasgow.", "Glasgow"),
], ids=["moved-into", "rented", "leased-a-studio", "hedged"])
def test_a_room_taken_is_a_destination(text, place):
    assert role_of(text, place) == {"destination"}


@pytest.mark.parametrize("text, place", [
    # denied
    ("He could not find a room in Glasgow and slept at the station.", "Glasgow"),
    # a tourist's holiday let
    ("A tourist from Rabat rented a flat in Cardiff for the holidays.", "Cardiff"),
    # a home left behind
    ("His parents rent a house in their home village near Gulu.", "Gulu"),
    # an official
    ("The ambassador rented a house in Rabat last spring.", "Rabat"),
    # a student's room for a term, a home only possible
    ("The students got a room in Cardiff for the autumn term.", "Cardiff"),
    ("He may move into a flat in Glasgow if his claim is accepted.", "Glasgow"),
], ids=["negated", "tourist", "home-left", "official", "students-term", "may-if"])
def test_a_room_of_no_one_on_the_move_is_no_destination(text, place):
    assert "destination" not in role_of(text, place)


# ------------------------------------------------------------------ people housed by others

@pytest.mark.parametrize("text, place", [
    ("The council placed 40 families in hotels in Bradford.", "Bradford"),
    ("Volunteers are housing the newcomers in a school in Osorno.", "Osorno"),
    # hedged
    ("The city may have found beds for 300 people in hostels in Cardiff.", "Cardiff"),
], ids=["placed", "housing", "hedged"])
def test_people_housed_by_others_are_at_a_destination(text, place):
    assert role_of(text, place) == {"destination"}


@pytest.mark.parametrize("text, place", [
    # denied
    ("The council did not place any families in hotels in Bradford.", "Bradford"),
    # guests of a summit, no people on the move
    ("The ministry housed 200 delegates in hotels in Doha for the summit.", "Doha"),
    # custody
    ("Police placed the migrants in a detention building in Kent.", "Kent"),
], ids=["negated", "delegates", "custody"])
def test_housing_of_no_one_arriving_gives_no_destination(text, place):
    assert "destination" not in role_of(text, place)


# ------------------------------------------------------------------ a place hosting people now

@pytest.mark.parametrize("text, place", [
    ("Water is short in Gulu, about 30 kilometres from the border, which is now hosting close "
     "to 6,000 displaced people in schools.", "Gulu"),
    ("Osorno, which already shelters some 2,000 refugees, has run out of tents.", "Osorno"),
    ("The group was registered at a school in Leicester, where 1,950 people are sheltering.",
     "Leicester"),
    ("The rest are in Cardiff, a market town, where local churches are housing them.", "Cardiff"),
    ("Food is short in Calgary, where host families are sheltering about 1,400 people.", "Calgary"),
    ("Around 4,000 are staying in a school complex and tents in Murcia.", "Murcia"),
    # hedged
    ("Glasgow, which reportedly now houses 900 asylum seekers, has asked for funds.", "Glasgow"),
], ids=["which-is-now-hosting", "which-already-shelters", "where-people-shelter",
        "where-churches-house-them", "where-host-families-shelter", "count-staying", "hedged"])
def test_a_place_hosting_people_now_is_a_destination(text, place):
    assert role_of(text, place) == {"destination"}


@pytest.mark.parametrize("text, place", [
    # a stadium's size, a capacity, not people hosted now
    ("The final will be played in Cardiff, which holds 70,000 people.", "Cardiff"),
    ("A new site opened near Gulu, which could house 5,000 refugees.", "Gulu"),
    # denied
    ("Officials fear that Busia, where no one is sheltering yet, will be next.", "Busia"),
    # custody
    ("Officials say the centre at Kent, which now holds 300 people in detention, is full.", "Kent"),
    # residents who never left
    ("Most are staying in their homes in Herat.", "Herat"),
], ids=["stadium", "capacity", "negated", "custody", "at-home"])
def test_a_place_hosting_no_one_now_is_no_destination(text, place):
    assert "destination" not in role_of(text, place)


# ------------------------------------------------------------------ where a person is now

@pytest.mark.parametrize("text, place", [
    ("Amina crossed two borders with a smuggler. Now she is in Leicester, where she cleans "
     "offices.", "Leicester"),
    ("Omar paid a driver to take him across the desert. He is in Winnipeg now, on a building site.",
     "Winnipeg"),
    # hedged
    ("The brothers left by boat last spring. Today they are in Cardiff, their cousin says.",
     "Cardiff"),
], ids=["now-she-is-in", "in-x-now", "hedged"])
def test_where_a_person_on_the_move_is_now_is_a_destination(text, place):
    assert role_of(text, place) == {"destination"}


@pytest.mark.parametrize("text, place", [
    # still on the way
    ("Omar crossed the desert with a smuggler. Now he is in Rabat, hoping to reach Murcia.",
     "Rabat"),
    # denied
    ("Omar crossed the desert with a smuggler. He is not in Rabat now.", "Rabat"),
    # a visit
    ("The minister met the migrants at the border. Now she is in Doha for talks.", "Doha"),
    # custody
    ("Omar crossed the desert with a smuggler. Now he is in Kent, detained by the police.", "Kent"),
], ids=["hoping-to-go-on", "negated", "visit", "custody"])
def test_where_no_one_on_the_move_is_now_is_no_destination(text, place):
    assert "destination" not in role_of(text, place)


# ------------------------------------------------------------------ where people were recruited

@pytest.mark.parametrize("text, place", [
    ("Dozens of cooks were hired from hamlets near Chitwan last winter and sent abroad.", "Chitwan"),
    ("Deckhands hired in Enugu and Kano were flown to Doha last year.", "Kano"),
    # hedged
    ("The women were allegedly recruited in Busia.", "Busia"),
], ids=["villages-around", "hired-listed", "hedged"])
def test_where_people_were_recruited_is_their_origin(text, place):
    assert role_of(text, place) == {"origin"}


@pytest.mark.parametrize("text, place", [
    # a club's players
    ("Two strikers were recruited in Rosario to play for the club.", "Rosario"),
    # officers, not migrants
    ("Police recruited in Kent will patrol the port.", "Kent"),
    # denied
    ("The women were never recruited in Busia, the court heard.", "Busia"),
    # staff, peacekeepers and fighters taken on
    ("Staff were hired in Busia by the aid agency.", "Busia"),
    ("Peacekeepers were recruited in Gulu for the mission abroad.", "Gulu"),
    ("The fighters were recruited in Kano by the militia.", "Kano"),
], ids=["sports", "police", "negated", "staff", "peacekeepers", "fighters-by-militia"])
def test_recruiting_no_one_on_the_move_is_no_origin(text, place):
    assert "origin" not in role_of(text, place)


# ------------------------------------------------------------------ people said to be from a place

@pytest.mark.parametrize("text, place", [
    ("Most of the workers are from villages near Chitwan.", "Chitwan"),
    ("The families were mainly from farms outside Gulu and Busia.", "Busia"),
    # hedged
    ("Most of the men are apparently from the hills above Herat.", "Herat"),
], ids=["villages-near", "farms-listed", "hedged"])
def test_people_who_are_from_a_place_come_from_it(text, place):
    assert role_of(text, place) == {"origin"}


@pytest.mark.parametrize("text, place", [
    # goods
    ("The tomatoes in the market are from farms around Murcia.", "Murcia"),
    # a team
    ("The players are from clubs around Rosario.", "Rosario"),
    # denied
    ("The families are not from villages near Gulu.", "Gulu"),
], ids=["goods", "team", "negated"])
def test_things_or_teams_from_a_place_are_no_origin(text, place):
    assert "origin" not in role_of(text, place)


# ------------------------------------------------------------------ a river or a pass crossed

@pytest.mark.parametrize("text, place", [
    ("The families waded the Zambezi at dawn and walked into Zambia.", "Zambezi"),
    ("A fisherman ferried them across the Zambezi to Chirundu.", "Zambezi"),
    ("A guide led the group over the Khumbu in the snow.", "Khumbu"),
    # hedged
    ("They probably crossed the Zambezi near Chirundu.", "Zambezi"),
], ids=["waded", "ferried-across", "led-over", "hedged"])
def test_a_river_or_pass_crossed_is_a_passage(text, place):
    assert role_of(text, place) == {"transit"}


@pytest.mark.parametrize("text, place", [
    # denied
    ("They did not cross the Zambezi.", "Zambezi"),
    # goods
    ("Barges carry maize across the Zambezi every week.", "Zambezi"),
    # tourists on a cruise
    ("Tourists took a sunset cruise across the Zambezi.", "Zambezi"),
    # a bridge opened by an official
    ("The minister opened a new bridge over the Zambezi on Monday.", "Zambezi"),
], ids=["negated", "goods", "tourists", "bridge"])
def test_a_river_no_one_on_the_move_crossed_is_no_passage(text, place):
    assert "transit" not in role_of(text, place)


# ------------------------------------------------------------------ a place home to a community

@pytest.mark.parametrize("text, place", [
    ("Leicester, which was already home to 3,000 Eritreans, took in more this year.", "Leicester"),
    ("Osorno, a quiet town in the south, is now home to about 900 refugees.", "Osorno"),
    ("By now Winnipeg has a sizeable Eritrean community.", "Winnipeg"),
    # hedged
    ("Glasgow is reportedly home to 2,000 Sudanese refugees.", "Glasgow"),
], ids=["home-to", "apposition", "community", "hedged"])
def test_a_place_home_to_a_community_is_a_destination(text, place):
    assert role_of(text, place) == {"destination"}


@pytest.mark.parametrize("text, place", [
    # a city's own people
    ("Kano is home to the emir and 40,000 residents.", "Kano"),
    # the place's own nationals, no newcomers
    ("Kano is home to many Nigerians.", "Kano"),
    # animals
    ("Chirundu is home to thousands of elephants.", "Chirundu"),
    # a team
    ("Cardiff is home to the national rugby team.", "Cardiff"),
    # hosts, not newcomers
    ("Aid groups praised the host communities of Gulu.", "Gulu"),
    # denied
    ("Bradford is no longer home to many refugees.", "Bradford"),
], ids=["own-people", "own-nationals", "animals", "team", "hosts", "negated"])
def test_a_place_home_to_no_newcomers_is_no_destination(text, place):
    assert "destination" not in role_of(text, place)
