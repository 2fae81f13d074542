"""Control zones told in reporters' own wording (session 26): a checkpoint people go round,
a force that questions or stops people at a place, officials who handle papers where
people arrive (control.checkpoint, control.armed_checkpoint and control.screened_at of
cues.toml), on sentences written for these tests, with negation, hedging and distractors.

Documents are geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import zone_told, zones_told


# ------------------------------------------------------------- a checkpoint people avoid

@pytest.mark.parametrize("text, place", [
    ("Drivers charge extra to avoid the army checkpoint at Agadez.", "Agadez"),
    ("Families wade across a river to avoid a National Guard checkpoint near Sebha.", "Sebha"),
    ("Smugglers bypass the Zuwara checkpoint on desert tracks.", "Zuwara"),
], ids=["avoid-the-army-checkpoint-at", "avoid-a-named-force-checkpoint", "bypass-the-x-checkpoint"])
def test_a_checkpoint_people_avoid_stands_there(text, place):
    assert ("border", place) in zones_told(text)


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
