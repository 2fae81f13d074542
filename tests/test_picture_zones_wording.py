"""Control zones told in reporters' own wording (session 26): a checkpoint people go round,
a force that questions or stops people at a place, officials who handle papers where
people arrive (control.checkpoint, control.armed_checkpoint and control.screened_at of
cues.toml), on sentences written for these tests, with negation, hedging and distractors.

Documents are geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import ZONE_CONTEXT, picture, zone_told, zones, zones_told


# ------------------------------------------------------------- a checkpoint people avoid

@pytest.mark.parametrize("text, place", [
    ("Drivers charge extra to avoid the army checkpoint at Agadez.", "Agadez"),
    ("Families wade across a river to avoid a National Guard checkpoint near Sebha.", "Sebha"),
    ("Smugglers bypass the Zuwara checkpoint on desert tracks.", "Zuwara"),
], ids=["avoid-the-army-checkpoint-at", "avoid-a-named-force-checkpoint", "bypass-the-x-checkpoint"])
def test_a_checkpoint_people_avoid_stands_there(text, place):
    assert ("checkpoint", place) in zones_told(text)


def test_a_hedged_avoided_checkpoint_is_hedged():
    zone = zone_told("Drivers reportedly avoid the army checkpoint at Agadez.", "Agadez")
    assert zone.properties["hedged"]


@pytest.mark.parametrize("text", [
    # another negation still denies the post
    "Traders avoid that road because there is no checkpoint at Agadez any more.",
    # nobody avoids any post: a museum, a match
    "Tourists avoid the army museum at Agadez in the summer heat.",
    "Fans avoided the stadium gates at Agadez after the match.",
], ids=["no-checkpoint-any-more", "museum", "match"])
def test_no_checkpoint_where_none_stands(text):
    assert ("border", "Agadez") not in zones_told(text)


# ------------------------------------------------------ questioned or stopped by a force at X

@pytest.mark.parametrize("text, place", [
    ("Fourteen deported men were questioned by immigration officers at Tunis airport.", "Tunis"),
    ("Two families were stopped by border police at Sebha and sent back south.", "Sebha"),
], ids=["questioned-by-officers-at", "stopped-by-police-at"])
def test_people_a_force_questions_or_stops_at_a_place(text, place):
    assert ("border", place) in zones_told(text)


@pytest.mark.parametrize("text", [
    # the questions are a reporter's, the trip a private one
    "The mayor was questioned by reporters at Tunis airport about the football match.",
    # negated
    "None of the families were questioned by officers at Tunis airport.",
], ids=["reporters", "negated"])
def test_no_zone_where_no_force_questions_anyone(text):
    assert ("border", "Tunis") not in zones_told(text)


# ------------------------------------------------ officials handling papers where people arrive

@pytest.mark.parametrize("text, place", [
    ("On arrival at Tunis, immigration officers hold the women's passports in a waiting room.", "Tunis"),
    ("At the airport in Tripoli the police asked for my hotel booking and a return ticket.", "Tripoli"),
    ("In the port of Pozzallo the agents of the National Police check the documents one by one.", "Pozzallo"),
    # an apposition between the place and the force
    ("At Tunis, the airport with four weekly flights, federal police recorded 1,140 asylum seekers.", "Tunis"),
], ids=["on-arrival-at", "airport-in-x-asked-for", "port-of-x-agents-check", "at-x-apposition"])
def test_officials_handling_papers_where_people_arrive(text, place):
    assert ("border", place) in zones_told(text)


def test_the_force_named_on_arrival_is_the_zones_actor():
    zone = zone_told("On arrival at Tunis, immigration officers hold the women's passports.", "Tunis")
    assert "immigration officers" in zone.properties["actor"]


@pytest.mark.parametrize("text", [
    # a police officer's own trip: nothing done to anyone's papers
    "On arrival at Tunis, the police officers on holiday took a taxi to their hotel.",
    # officials who only speak there
    "At the airport in Tunis the police said the strike had delayed every flight.",
    # a museum's guards and its tickets
    "At the museum in Tunis the guards checked the tickets of every visitor.",
    # denied
    "On arrival at Tunis, no officers checked our passports.",
], ids=["officers-trip", "officials-speak", "museum", "denied"])
def test_no_zone_without_officials_handling_papers_on_arrival(text):
    assert ("border", "Tunis") not in zones_told(text)


# ------------------------------------------------------- a custody facility named by apposition

@pytest.mark.parametrize("text, place", [
    ("He was collected from prison and taken to Sebha, the removal centre beside the airport.", "Sebha"),
    ("The men were sent on to Kufra, a detention camp run by the army.", "Kufra"),
], ids=["the-removal-centre", "a-detention-camp"])
def test_a_place_the_apposition_calls_a_custody_facility(text, place):
    assert any(p == place for _, p in zones_told(text))


@pytest.mark.parametrize("text", [
    # a town on the way, not a facility
    "The men were sent on to Kufra, a transit hub for the desert trucks.",
    # a museum and a stadium are no custody
    "The team flew to Kufra, the football club's training camp town, for the match.",
], ids=["transit-hub", "camp-town"])
def test_no_custody_zone_where_the_apposition_names_none(text):
    assert not any(p == "Kufra" and c in ("detention", "reception") for c, p in zones_told(text))


def test_a_denied_stay_at_an_apposed_facility_is_no_held_zone():
    pic = picture(ZONE_CONTEXT + "The men were never taken to Kufra, the removal centre beside the airport.")
    assert not [f for f in pic.by_role("control_zone")
                if f.properties["place"] == "Kufra" and not f.properties.get("negated")]


# ------------------------------------------------------------- handed to a force at a place

@pytest.mark.parametrize("text, place", [
    ("At least nine were driven back to Agadez and handed to Nigerien border police.", "Agadez"),
    ("The group was driven back to Sebha, where soldiers handed them to Libyan immigration officers.", "Sebha"),
], ids=["and-handed-to", "where-handed-to"])
def test_the_place_where_people_are_handed_to_a_force(text, place):
    assert ("border", place) in zones_told(text)


def test_people_handed_to_a_force_at_a_town_give_no_zone_over_its_country():
    found = zones_told("At least nine were driven back to Agadez and handed to Nigerien border police.")
    assert ("border", "Niger") not in found


@pytest.mark.parametrize("text", [
    # no force takes them
    "The children were driven back to Agadez and handed to their families.",
    # a trophy, not people, and no force
    "The winners flew back to Agadez and handed the cup to the mayor.",
], ids=["families", "trophy"])
def test_no_zone_where_no_force_takes_people(text):
    assert ("border", "Agadez") not in zones_told(text)


# ---------------------------------------------------------------- a force's own post at a place

@pytest.mark.parametrize("text, place", [
    ("A second boat was stopped overnight and brought back to the naval post at Zuwara.", "Zuwara"),
    ("The families were taken to the border police station in Sebha.", "Sebha"),
], ids=["naval-post-at", "border-police-station-in"])
def test_a_forces_own_post_at_a_place(text, place):
    assert any(p == place for _, p in zones_told(text))


def test_a_forces_post_off_topic_is_no_zone():
    # a text not about migration: a police station in local news
    found = zones(picture("A police officer drove from the police station in Sebha to watch the football match."))
    assert not any(p == "Sebha" for _, p in found)


# ---------------------------------------------------- whose ships, and a coastguard only called

def test_an_agencys_own_ships_at_sea_are_no_charitys():
    text = "The Maritime Security Agency said its ships had turned back two other boats off Zuwara."
    assert any(p == "Zuwara" for _, p in zones_told(text))


def test_a_charitys_own_ships_still_control_nothing():
    text = "The charity said its ships had rescued two other boats off Zuwara."
    assert not any(p == "Zuwara" for _, p in zones_told(text))


@pytest.mark.parametrize("text", [
    "When the engine failed they called the Libyan coastguard off Zuwara.",
    "The captain sent a distress call to the Libyan coastguard.",
], ids=["called", "distress-call"])
def test_a_coastguard_people_only_call_acts_nowhere(text):
    assert not any(p in ("Libya", "western Libya") or "Libya" in p for _, p in zones_told(text))


def test_a_called_coastguard_that_then_intercepts_holds_the_sea_there():
    text = "They called the Libyan coastguard, which intercepted them off Zuwara."
    assert ("coastguard", "Zuwara") in zones_told(text)


# ----------------------------------------------- a force of no named country tows people to port

def test_a_force_named_by_no_country_towing_people_to_a_port_holds_it():
    text = "An hour later the harbour police launch reached us and towed us into the port of Zuwara."
    assert ("coastguard", "Zuwara") in zones_told(text)


@pytest.mark.parametrize("text", [
    # a tug towing a ship is no force
    "After two hours the tug came and towed the cargo ship back to the port of Zuwara.",
    # the force never came
    "The National Guard boat never towed us back to the port of Zuwara.",
    # a force escorting a convoy or a minister inland is no coastguard
    "The army escorted the aid convoy into Sebha on Monday.",
], ids=["tug", "never", "convoy"])
def test_no_port_held_without_a_force_towing_people(text):
    assert not [f for f in picture(ZONE_CONTEXT + text).by_role("control_zone")
                if f.properties["place"] == "Zuwara" and not f.properties.get("negated")]


def test_a_named_force_of_another_country_still_holds_no_port_abroad():
    # the Libyan coastguard returning people to a Tunisian port holds no zone there
    assert ("coastguard", "Sfax") not in zones(picture("The Libyan coastguard towed the migrants back to the port of Sfax."))


# ------------------------------------------------- held at a place, then the town that locates it

def test_custody_at_a_place_is_not_the_town_that_locates_it():
    text = "From there he was taken to Garabulli near Tripoli, where he was held until the coach came."
    found = zones_told(text)
    assert ("detention", "Garabulli") in found
    assert ("detention", "Tripoli") not in found


# ------------------------------------------------------------ a force's act on the road to X

@pytest.mark.parametrize("text", [
    "Border police patrols stopped 41 of them on the road to Tunis within hours of the crossing.",
    "Police stopped the minibus of migrants on the road to Tunis.",
], ids=["patrols-stopped", "police-stopped"])
def test_a_forces_act_on_the_road_to_a_place(text):
    assert ("border", "Tunis") in zones_told(text)


@pytest.mark.parametrize("text", [
    # the patrols stopped no one
    "Border police patrols never stopped anyone on the road to Tunis.",
    # a police officer's own trip, and a sports convoy
    "A police officer on holiday stopped for lunch on the road to Tunis.",
], ids=["never", "officers-trip"])
def test_no_zone_on_the_road_without_a_forces_act(text):
    assert not [f for f in picture(ZONE_CONTEXT + text).by_role("control_zone")
                if f.properties["place"] == "Tunis" and not f.properties.get("negated")]


# ------------------------------------------- picked up for want of papers; an immigration office

def test_people_picked_up_for_want_of_papers_are_arrested_there():
    text = "Two men I know were picked up in Tunis in the spring over expired residence permits."
    assert ("border", "Tunis") in zones_told(text)


@pytest.mark.parametrize("text", [
    # a lift, not an arrest
    "The families were picked up in Tunis by a minibus for the wedding.",
    # papers collected, not people
    "The lawyers picked up their papers in Tunis before the football match.",
    # denied
    "None of the men were picked up in Tunis over expired residence permits.",
], ids=["lift", "papers-collected", "denied"])
def test_no_arrest_in_a_pick_up_for_no_want_of_papers(text):
    assert not [f for f in picture(ZONE_CONTEXT + text).by_role("control_zone")
                if f.properties["place"] == "Tunis" and not f.properties.get("negated")]


def test_an_immigration_office_people_report_to_is_a_control_post():
    text = "He was detained when he reported, as required, to an immigration office in Tunis."
    assert any(p == "Tunis" for _, p in zones_told(text))


def test_a_check_of_papers_told_with_a_speakers_aside():
    text = "In Tunis, the students said, Tunisian police stamp their passports at each renewal."
    assert ("border", "Tunis") in zones_told(text)


@pytest.mark.parametrize("text", [
    "In Tunis, the families say, the police never check their registration.",
    "In Tunis, the fans say, the stewards check their tickets at the stadium gates.",
    "In Tunis, the mayor says, police check cars for speeding.",
    "On arrival at Tunis, officials checked our tickets for the concert.",
    "She went back to Tunis and turned to the police for help finding her son.",
], ids=["never", "stadium-stewards", "speeding", "concert-tickets", "turned-to-the-police"])
def test_no_check_of_papers_with_a_speakers_aside(text):
    assert not [f for f in picture(ZONE_CONTEXT + text).by_role("control_zone")
                if f.properties["place"] == "Tunis" and not f.properties.get("negated")]
