"""Officials at a place, in reporters' own wording (session 27): a place a "where" clause
says officials check papers at, officials who meet the ferries or wait at an airport, a
force at a place that takes names or turns people back, people turned back by a force at a
place, taken off a plane there, a force named by its post, people loaded onto a truck, a
night in a police station, a force's own side of a crossing; and a facility that is closed.

Sentences written for these tests; geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import picture, zone_told, zones_told


@pytest.mark.parametrize("text, place", [
    ("Most walked on to Agadez, where the gendarmes looked at their papers for an hour.", "Agadez"),
    ("The bus went on to Washington, where federal agents stamp every passport.", "Washington"),
    ("The group walked on to Lesbos, where Greek port police decide who enters.", "Lesbos"),
    ("The men were sent back to Morocco, where, as one brother put it, security officers met the plane "
     "and questioned everyone for a day.", "Morocco"),
    # both places of "X or Y, where"
    ("Most flew to Rome or Tunis, where immigration officers check the visa.", "Rome"),
    ("Most flew to Rome or Tunis, where immigration officers check the visa.", "Tunis"),
], ids=["looked-at-papers", "stamps-entry", "decide-who-enters", "met-and-questioned", "or-first", "or-second"])
def test_a_place_where_officials_check_papers_is_a_border_zone(text, place):
    assert ("border", place) in zones_told(text)


@pytest.mark.parametrize("text", [
    "Most walked on to Agadez, where the police officers watched the football match.",
    "Most walked on to Agadez, where the police officers visited the museum.",
    "Most walked on to Agadez, where inspectors checked the restaurant kitchens.",
    "Most walked on to Agadez, where relatives looked at their photographs.",
], ids=["match", "museum", "kitchens", "relatives"])
def test_a_where_clause_of_other_business_is_no_zone(text):
    assert zones_told(text) == set()


def test_a_where_clause_negated_or_hedged():
    # (a zone only denied draws nothing)
    assert zones_told("They reached Zuwara, where the gendarmes did not check their papers.") == set()
    assert zone_told("They reached Zuwara, where the gendarmes reportedly check their papers.",
                     "Zuwara").properties["hedged"]


@pytest.mark.parametrize("text, place, actor", [
    ("Greek officials board the incoming boats at Lesbos and count heads.", "Lesbos", "Greek officials"),
    ("Agents from the federal immigration service were waiting at Washington airport.", "Washington", None),
    ("On landing in Washington, the deportees were met by customs officials and federal agents.", "Washington", None),
    ("Greek police at Lesbos wrote down their details and let them sleep on the quay.", "Lesbos", "Greek police"),
    ("Greek police at Lesbos turned back 200 people last week.", "Lesbos", "Greek police"),
    ("Two of the cousins were sent back by border guards at Lesbos for want of a visa.", "Lesbos", None),
    ("Six students were removed from the flight at Washington and put on the next plane out.", "Washington", None),
    ("Each week the port authority offloads some travellers at Lesbos before the ferry sails.", "Lesbos", None),
    ("Nine walkers were caught by Border Patrol agents from the Washington station.", "Washington", "Border Patrol agents"),
    ("Libyan police loaded 40 Sudanese men onto a truck in Sebha.", "Sebha", "Libyan police"),
    ("Tunisian police detained them at their own side of the Zuwara post.", "Zuwara", "Tunisian police"),
], ids=["meet-ferries", "waiting-at", "met-on-arrival", "took-names", "turned-back", "turned-back-by",
        "removed-from-flight", "offloads", "station", "loaded-onto-truck", "own-side"])
def test_officials_acting_at_a_place_hold_it(text, place, actor):
    zone = zone_told(text, place)
    assert zone.properties["control"] == "border"
    assert actor is None or zone.properties["actor"] == actor


@pytest.mark.parametrize("text", [
    "Relatives meet the ferries at Tunis and carry the bags home.",
    "Tunisian officials met the visiting ministers at Tunis.",
    "Libyan police at Zuwara took their lunch break early.",
    "The dockers offloaded cargo at the Misrata port.",
    "Libyan soldiers loaded the supplies onto a truck in Sebha.",
    "He caught a train from the Zawiya station to the coast.",
], ids=["relatives", "ministers", "lunch", "cargo", "supplies", "train"])
def test_distractors_draw_no_zone(text):
    assert zones_told(text) == set()


def test_a_night_in_a_police_station_is_custody_and_a_hotel_is_none():
    assert ("detention", "Washington") in zones_told(
        "Her brother spent two nights in a police cell in Washington before his asylum hearing.")
    assert zones_told("He spent a night at a hotel in Washington before the flight.") == set()


def test_a_closed_facility_is_no_zone():
    assert zones_told("The former detention centre near Lesbos, shut down in 2021, is a car park today.") == set()
    # distractor: a centre that still holds people
    assert ("detention", "Zawiya") in zones_told("The immigration detention centre at Zawiya holds 300 people.")


# ------------------------------------------------------------------------------ whose force

@pytest.mark.parametrize("text, actor, hedged", [
    ("Houthi authorities, who control Sebha, detain hundreds of Eritreans each month at a centre in Sebha.",
     "Houthi authorities", False),
    ("Houthi authorities reportedly detain hundreds of Eritreans at a centre in Sebha.", "Houthi authorities", True),
], ids=["told", "hedged"])
def test_an_authority_that_holds_people_at_a_facility_is_named_as_itself(text, actor, hedged):
    zone = zone_told(text, "Sebha")
    assert (zone.properties["control"], zone.properties["actor"]) == ("detention", actor)
    assert zone.properties["hedged"] == hedged


@pytest.mark.parametrize("text", [
    "Houthi authorities do not detain Eritreans at the centre in Sebha.",
    "The authorities hold a meeting each month at a centre in Sebha.",
], ids=["negated", "meeting"])
def test_an_authority_that_holds_no_one_there_draws_no_custody(text):
    assert ("detention", "Sebha") not in zones_told(text)


@pytest.mark.parametrize("text, actor", [
    ("The camps fall under the Fezzan Salvation Government, whose police man checkpoints on the roads into Sebha.",
     "Fezzan Salvation Government police"),
    # distractor: a national force keeps its country's name
    ("Libyan police man checkpoints on the roads into Sebha.", "Libyan police"),
], ids=["whose-police", "national"])
def test_a_force_named_by_the_body_it_belongs_to(text, actor):
    assert zone_told(text, "Sebha").properties["actor"] == actor


def test_carabineros_who_turn_people_back_hold_their_border():
    assert ("border", "Tunisia") in zones_told("Tunisian carabineros turned them back to Libya because they had no passports.")
    # distractor: a committee sends no one back across a border
    assert zones_told("The committee sent them back to the drawing board.") == set()


def test_a_country_where_people_are_handed_to_its_police_is_held_there():
    # the country is named as the place, not only by the force's adjective (a force abroad)
    text = "Forty men were flown from Rome to Tunisia, where they were handed to Tunisian police on the tarmac."
    assert ("border", "Tunisia") in zones_told(text)


@pytest.mark.parametrize("text, zone", [
    # arrests of people for what they say or lead are why people flee, no border control
    ("Exiles in Washington recall the arrests of opposition activists and student unionists in Zawiya.", None),
    ("The arrests of journalists in Zawiya have not stopped.", None),
    # distractor: arrests of migrants
    ("Exiles recall the arrests of migrants in Zawiya.", ("border", "Zawiya")),
    # a smuggling gang's members are no dissenters
    ("Police announced arrests of members of a smuggling network in Zawiya.", ("border", "Zawiya")),
], ids=["activists", "journalists", "migrants", "gang-members"])
def test_arrests_of_dissenters_are_no_border_control(text, zone):
    found = zones_told(text)
    assert zone in found if zone else not any(place == "Zawiya" for _, place in found)


@pytest.mark.parametrize("text", [
    "The Syrian family was picked up by a taxi service at Lesbos and driven to Washington.",
    "The boys were picked up by the church's outreach service in Washington.",
    "On arrival at Lesbos, the team were met by officials of the football federation.",
    "Soldiers from the Sebha base helped villagers rebuild the bridge.",
    "The reporter spent three days in a jail in Washington for a story about the senator.",
    "The governor's police chief, Ahmed Musa, met the mayor of Washington.",
], ids=["taxi", "church-service", "football-officials", "soldiers-helping", "reporter-jailed", "title"])
def test_people_helped_met_or_jailed_for_other_business_draw_no_zone(text):
    assert not {place for _, place in zones_told(text)} & {"Lesbos", "Washington", "Sebha"}


def test_a_pickup_by_a_service_starts_no_route_at_its_place():
    pic = picture("Hundreds of Eritrean migrants reached Sfax this week. The family was picked up by a "
                  "taxi service at Lesbos and driven to Washington.")
    assert not any("Lesbos" in (f.properties.get("label") or f.name) for f in pic.features if f.role == "route")


def test_a_person_named_before_whose_is_no_body_that_owns_a_force():
    zone = zone_told("The camps fall under Governor Ahmed Musa, whose police stop migrants on the roads into Sebha.",
                     "Sebha")
    assert zone.properties["actor"] == "Libyan police"


def test_an_old_facility_still_open_keeps_its_zone():
    assert ("reception", "Sebha") in zones_told("The old refugee camp at Sebha still holds 20,000 Sudanese.")


@pytest.mark.parametrize("text, place", [
    ("Greek coast guards turned the Eritrean families back at Lesbos.", "Lesbos"),
    ("At Lesbos, Greek police pushed the families back into Turkey.", "Lesbos"),
], ids=["turned-demonym-back", "at-x-pushed-back"])
def test_a_force_that_sends_people_back_at_a_place_holds_it(text, place):
    assert ("border", place) in zones_told(text)


def test_rebels_holding_soldiers_hold_no_migrants():
    assert ("detention", "Sebha") not in zones_told("Rebels hold dozens of Chadian soldiers in a prison near Sebha.")
