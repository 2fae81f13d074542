"""How a route's legs go, from each leg's own words (cues.toml [route_modes]): a sea crossed in
the leg's clause is a sea leg, a train, a bus or a walk puts a guessed sea leg over land, a
flight in another clause or of other people is not the leg's, and a movement the text only
guesses at or plans draws no route.

Sentences written for these tests; geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import picture, with_places
from test_picture_routes_stated import modes, routes

from geomig.picture import cues


# ------------------------------------------------------------------ the words are data

def test_the_leg_words_are_read_from_the_cue_data():
    found = cues.route_modes(cues.default())
    assert set(found) == set(cues.ROUTE_MODES)
    assert found["by_air"].search("they were flown to")
    assert found["by_ferry"].search("taken by ferry to")
    assert found["force_after"].match(" police pushed")
    # (the words of a crossing at a border post, the same as move.returned's: [vars] CROSSED_AT)
    assert found["crossed_at"].search("sent them back across the bridge at ")
    assert found["alternative"].fullmatch(", or perhaps ")
    # (the cues stating returns, by their ids)
    assert found["return_cue"].fullmatch("move.returned") and not found["return_cue"].fullmatch("move.returned_x")


def test_a_cue_file_without_the_section_reads_no_words():
    import dataclasses
    bare = dataclasses.replace(cues.default(), data={})
    assert all(v is None for v in cues.route_modes(bare).values())


# ------------------------------------------------------------------ a sea crossed

@pytest.mark.parametrize("text", [
    "From Tunisia the migrants crossed the sea to Italy.",
    "The migrants went across the open sea from Tunisia to Italy.",
])
def test_a_leg_whose_own_words_cross_the_sea_is_at_sea(text):
    assert modes(picture(text)).get(("Tunisia", "Italy")) == "sea"


@pytest.mark.parametrize("text", [
    # distractor: the sea in a clause after the leg's end
    "Migrants were driven from Tunis to Sfax; the sea was rough that week.",
    "Migrants were driven from Tunis to Sfax, a city by the sea.",
])
def test_a_sea_named_outside_the_leg_leaves_it_on_land(text):
    assert modes(picture(text)).get(("Tunis", "Sfax")) == "land"


def test_a_named_sea_in_the_legs_words_keeps_it_at_sea():
    pic = picture("Migrants from Niger travelled through Libya. From Libya the migrants crossed "
                  "the Mediterranean to Italy.")
    assert modes(pic).get(("Libya", "Italy")) == "sea"


# ------------------------------------------------------------------ a flight that is not the leg's

@pytest.mark.parametrize("text", [
    "The minister flew to Rome on Monday; the boat with 40 migrants had left Sfax for Lampedusa.",
    "The minister flew to Rome on Monday. The boat with 40 migrants had left Sfax for Lampedusa.",
    "The boat with 40 migrants had left Sfax for Lampedusa, while the minister flew to Rome.",
])
def test_a_flight_in_another_clause_makes_no_boat_leg_an_air_leg(text):
    found = modes(picture(text))
    assert found.get(("Sfax", "Lampedusa")) == "sea"
    assert "air" not in found.values()


def test_a_flight_in_the_legs_own_words_is_still_by_air():
    # control: the same people, one clause
    pic = picture("The boat with 40 migrants had reached Lampedusa; the migrants were later flown from Lampedusa to Rome.")
    assert modes(pic).get(("Lampedusa", "Rome")) == "air"


# ------------------------------------------------------------------ guessed and planned legs

@pytest.mark.parametrize("text", [
    "The migrants may have travelled from Agadez to Sebha.",
    "Migrants could have travelled from Agadez to Sebha.",
    "The migrants might have sailed from Zuwara to Lampedusa.",
    "The migrants planned to go on to Rome from Lampedusa.",
    "The families intend to travel from Agadez to Sebha next month.",
])
def test_a_guessed_or_planned_leg_draws_no_route(text):
    assert routes(picture(text)) == []


def test_a_denied_leg_draws_no_route():
    assert routes(picture("The migrants did not travel from Agadez to Sebha.")) == []


def test_a_plan_after_a_leg_travelled_adds_no_stop():
    pic = picture("Migrants travelled from Agadez to Sebha and planned to go on to Zuwara.")
    assert routes(pic) == [("Agadez", "Sebha")]


@pytest.mark.parametrize("text", [
    # distractors: the guess is about something else, in another sentence or clause
    "Officials said they may have to review the rules. The migrants travelled from Agadez to Sebha.",
    "The migrants, who may have paid smugglers, travelled from Agadez to Sebha.",
])
def test_a_guess_elsewhere_leaves_the_leg(text):
    assert ("Agadez", "Sebha") in routes(picture(text))


@pytest.mark.parametrize("text", [
    # a hope is the aim of a journey under way, a belief tells of a movement made (gold counts both)
    "Smugglers take the migrants as far as Libya, from where many hope to reach Italy.",
    "The boat is believed to have left Libya for Italy with 60 migrants on board.",
])
def test_a_hope_or_a_belief_is_no_guess(text):
    assert ("Libya", "Italy") in routes(picture(text))


# ------------------------------------------------------------------ the craft named after the leg

@pytest.mark.parametrize("text", [
    "Migrants crossed from Turkey to Lesbos in rubber dinghies.",
    # one landmass: only the craft says the leg is at sea
    "Migrants went from Tunis to Sfax aboard a small fishing boat.",
    "Migrants crossed from Tunis to Sfax, packed into two inflatables.",
])
def test_a_craft_named_right_after_the_legs_end_puts_it_at_sea(text):
    assert modes(picture(text)).get(tuple(n for n in ("Turkey", "Tunis", "Lesbos", "Sfax") if n in text)) == "sea"


@pytest.mark.parametrize("text", [
    # distractors: a boat people went on to board, a boat of the place, a bus
    "Migrants travelled from Tunis to Sfax to board boats.",
    "Migrants travelled from Tunis to Sfax, where boats wait.",
    "Migrants went from Tunis to Sfax by bus in a boat-shaped coach.",
])
def test_a_boat_that_is_not_the_legs_craft_leaves_it_on_land(text):
    assert modes(picture(text)).get(("Tunis", "Sfax")) == "land"


def test_a_craft_after_the_end_in_another_sentence_is_another_journeys():
    # distractor: other people reach the same place by boat later
    pic = picture("The migrants walked from Agadez to Sebha. Weeks later, smugglers reached Sebha in a speedboat.")
    assert modes(pic).get(("Agadez", "Sebha")) == "land"


def test_a_denied_crossing_in_a_craft_draws_no_route():
    assert routes(picture("The migrants did not cross from Turkey to Lesbos in rubber dinghies.")) == []


def test_a_craft_word_before_the_end_puts_the_leg_at_sea():
    assert modes(picture("Smugglers took the migrants in a cayuco from Tunis to Sfax.")).get(("Tunis", "Sfax")) == "sea"


# ------------------------------------------------------------------ a way over land

@pytest.mark.parametrize("text", [
    # the plan guessed a boat from a launch place: the leg's own words say otherwise
    "Boats leave from Zuwara. Migrants took a bus from Zuwara to Tripoli.",
    "Boats leave from Zuwara. Migrants came overland from Zuwara to Tripoli.",
    "Boats leave from Zuwara. The migrants travelled from Zuwara to Tripoli by truck.",
    "Smugglers' boats leave Zuwara. The migrants reached Tripoli on foot.",
    # hedged, still the way they went
    "Boats leave from Zuwara. Migrants reportedly took a bus from Zuwara to Tripoli.",
])
def test_a_train_bus_or_walk_in_the_legs_words_puts_it_over_land(text):
    assert modes(picture(text)).get(("Zuwara", "Tripoli")) == "land"


@pytest.mark.parametrize("text", [
    # no words of the way: the plan's boat stays
    "Boats leave from Zuwara. Migrants went from Zuwara to Tripoli.",
    # distractors: a bus in another sentence, a bus to the boat, a bus denied
    "Boats leave from Zuwara. Migrants went from Zuwara to Tripoli. Buses were scarce.",
    "Boats leave from Zuwara. Migrants took a bus to the harbour and a boat from Zuwara to Tripoli.",
    "Boats leave from Zuwara. Migrants went from Zuwara to Tripoli, not by bus.",
])
def test_a_bus_that_is_not_the_legs_way_leaves_it_at_sea(text):
    assert modes(picture(text)).get(("Zuwara", "Tripoli")) == "sea"


def test_a_walk_through_a_place_is_the_way_to_it_not_the_boat_before():
    pic = picture("Boats leave from Zuwara. Migrants took a boat from Zuwara to Sabratha, "
                  "then walked through Zawiya to Tripoli.")
    found = modes(pic)
    assert found.get(("Zuwara", "Sabratha")) == "sea"
    assert found.get(("Sabratha", "Zawiya")) == "land" and found.get(("Zawiya", "Tripoli")) == "land"


def test_a_denied_way_names_no_mode():
    denied = cues.route_modes(cues.default())["mode_denied"]
    for words in ("without a ", "not by ", "couldn't take a ", "rather than the "):
        assert denied.search(words)
    assert not denied.search("took a ")


# ------------------------------------------------------------------ an origin before a flight

def legs(pic) -> list[tuple[str, str, str, str | None]]:
    return [(leg["from_name"], leg["to_name"], leg["mode"], leg.get("drawn"))
            for f in pic.by_role("route") for leg in f.properties["legs"]]


@pytest.mark.parametrize("text", [
    "Eritrean migrants fled Eritrea in May. They flew from Tunis to Rome.",
    "The migrants came from Nigeria. Months later they flew from Tunis to Rome.",
])
def test_the_way_from_an_origin_to_a_flights_start_is_not_known(text):
    found = legs(picture(text))
    origin = next(leg for leg in found if leg[1] == "Tunis")
    assert origin[3] == "straight"          # a stand-in line, not a way over land
    assert ("Tunis", "Rome", "air", None) in found


def test_a_way_the_text_names_to_the_flights_start_is_kept():
    # control: one clause names the leg from the origin's town to the flight's start
    found = legs(picture("Migrants were driven from Agadez to Sebha and flew from Sebha to Rome."))
    assert ("Agadez", "Sebha", "land", None) in found


# ------------------------------------------------------------------ the crossing between two landmasses

#: Bangladesh's coast and Sumatra's: the sea lies between the first two, the last two share an island.
BAY = {"Cox's Bazar": ("geonames:1336134", "city", "BD", 21.45324, 91.97883, "Cox's Bazar"),
       "Pidie": ("geonames:13415066", "city", "ID", 5.36334, 95.94, "Pidie"),
       "Lhokseumawe": ("geonames:1214658", "city", "ID", 5.1801, 97.1507, "Lhokseumawe")}


@pytest.mark.parametrize("text", [
    "A wooden boat carrying 140 refugees from Cox's Bazar landed at Pidie on Sunday after weeks at sea. "
    "Police later moved the refugees to a shelter in Lhokseumawe.",
    # distractor: the landing told without its boat
    "About 140 refugees from Cox's Bazar came ashore at Pidie on Sunday. Police later moved them to a "
    "shelter in Lhokseumawe.",
])
def test_the_sea_leg_is_the_one_between_two_landmasses_not_the_last(monkeypatch, text):
    with_places(monkeypatch, BAY)
    found = modes(picture(text))
    assert found.get(("Cox's Bazar", "Pidie")) == "sea"
    assert found.get(("Pidie", "Lhokseumawe")) == "land"


# ------------------------------------------------------------------ a new action on the people

#: Two ports on one coast, a short drive apart (real coordinates).
_COAST = {"Crotone": ("geonames:2524881", "city", "IT", 39.08077, 17.12699, "Crotone"),
          "Catanzaro": ("geonames:2525068", "city", "IT", 38.88247, 16.60086, "Catanzaro")}


def test_a_boat_met_before_a_new_action_is_not_the_way_on(monkeypatch):
    # "met the boat ... and took the group to Y": the boat is where they were met, the way
    # to Y is the new action's (no craft named: over land, as planned)
    with_places(monkeypatch, _COAST)
    pic = picture("Forty migrants left Zuwara by boat and landed in Crotone. Police met the boat and "
                  "took the group to a centre in Catanzaro.")
    assert modes(pic).get(("Crotone", "Catanzaro")) == "land"


def test_a_craft_named_in_the_new_action_is_the_way_on(monkeypatch):
    with_places(monkeypatch, _COAST)
    pic = picture("Forty migrants left Zuwara by boat and landed in Crotone. Police met the boat and "
                  "took the group by boat to a centre in Catanzaro.")
    assert modes(pic).get(("Crotone", "Catanzaro")) == "sea"
