"""Roles told in new wording (session 23): the violence people moved because of, a country
tried or a place talked of going to, an official's trip by police, where people live now.

Sentences written for these tests; geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import CONTEXT, annotate, picture, role_of

from geomig.picture import cues, read_rules


def routes(text: str) -> list[list[str]]:
    return [f.properties["stop_names"] for f in picture(CONTEXT + text).by_role("route")]


def claims_on(text: str, place: str):
    """The role claims the rules make on a place (before they are kept or merged)."""
    _, _, ruled, _, _ = read_rules(annotate(CONTEXT + text), cues.default())
    return [c for c in ruled if c.place.name == place]


# ------------------------------------------------------------------ the violence people moved because of

@pytest.mark.parametrize("text", [
    "Thousands more people have fled their homes after a new wave of attacks in Sudan.",
    "Refugees have arrived since March, fleeing clashes in two counties of Sudan.",
    "Families kept crossing from Chad, following the unrest that has affected Sudan.",
    "Since the fighting around Agadez flared again, the border post has seen 1,500 people a day.",
    "Shelling of Agadez and the villages around it has driven 40,000 people out.",
    "Armed men had burned their homes around Agadez, the women said.",
    "The family walked for days after soldiers burned houses in their village near Agadez.",
    # hedged: still where they come from
    "Thousands may have fled after the attacks in Sudan.",
], ids=["after-attacks", "clashes-of", "unrest-affected", "since-fighting", "shelling-driven",
        "burned-homes", "burned-village", "hedged"])
def test_the_violence_people_moved_because_of_is_where_they_come_from(text):
    place = "Agadez" if "Agadez" in text else "Sudan"
    assert "origin" in role_of(text, place)


@pytest.mark.parametrize("text, place", [
    # negated
    ("The women did not flee after the attacks in Sudan.", "Sudan"),
    # distractors: violence reported, no one moved because of it; weather, not violence
    ("The army reported attacks in Sudan, and migrants crossed from Libya to Malta.", "Sudan"),
    ("Migrants arrived in Malta after storms in Tunisia.", "Tunisia"),
    # no people named: a report of fighting only
    ("Since the fighting around Agadez flared again, the market has been closed.", "Agadez"),
], ids=["negated", "reported", "storms", "no-people"])
def test_violence_not_said_to_move_people_gives_no_origin(text, place):
    assert "origin" not in role_of(text, place)


# ------------------------------------------------------------------ a country tried, a place talked of

@pytest.mark.parametrize("text", [
    "Many men we spoke to want to try Italy instead.",
    "After that, he would like to try Italy.",
    "Some said they might try their luck in Italy next year.",
    # hedged
    "Perhaps they will try Italy.",
], ids=["want-to-try", "would-like", "luck-in", "hedged"])
def test_a_country_people_mean_to_try_is_a_hoped_for_destination(text):
    assert role_of(text, "Italy") == {"destination"}
    assert all(c.intended for c in claims_on(text, "Italy") if c.role == "destination")


@pytest.mark.parametrize(("text", "place"), [
    # negated
    ("They did not want to try Italy.", "Italy"),
    # distractor: fishermen trying a fishing ground, no one going there
    ("Fishermen try Malta every summer.", "Malta"),
], ids=["negated", "fishermen"])
def test_no_country_tried_without_people_meaning_to_go(text, place):
    assert "destination" not in role_of(text, place)


def test_a_place_talked_of_going_to_is_hoped_for_not_reached():
    text = "Boats left Zuwara last week. The men spoke of going to Italy."
    [claim] = [c for c in claims_on(text, "Italy") if c.role == "destination"]
    assert claim.intended
    # a hope is no stop: no route goes on from it
    assert not any(stops.index("Italy") < len(stops) - 1 for stops in routes(text) if "Italy" in stops)


def test_a_place_never_talked_of_gives_no_destination():
    assert "destination" not in role_of("He never spoke of going to Italy.", "Italy")


# ------------------------------------------------------------------ an official's trip

@pytest.mark.parametrize("text", [
    "Police went to hotels in Sicily to find the men.",
    "Detectives travelled to Sicily to question the captain.",
], ids=["police-went", "detectives"])
def test_police_going_somewhere_is_no_destination_of_migrants(text):
    assert "destination" not in role_of(text, "Sicily")


def test_police_taking_migrants_somewhere_still_moves_them():
    # distractor: the migrants are moved, not the police
    assert "destination" in role_of("Police drove the migrants to Sicily.", "Sicily")


# ------------------------------------------------------------------ where people live now

@pytest.mark.parametrize("text", [
    "He lives in Rome with his cousin, who left Sudan in 2015.",
    "He lives in Rome, he said, after a journey through Libya.",
    # hedged
    "He probably lives in Rome now, after a journey through Libya.",
], ids=["cousin-left", "journey-after", "hedged"])
def test_where_people_live_now_ends_the_journey(text):
    assert role_of(text, "Rome") == {"destination"}


@pytest.mark.parametrize("text", [
    # a hope abroad goes beyond it
    "He lives in Rome but hopes to reach Malta.",
    # a past stay, then a departure: a stop on the way
    "He lived in Rome for a year, then left Italy for Malta.",
], ids=["hope-beyond", "past-stay"])
def test_a_stay_with_a_journey_beyond_stays_a_stop(text):
    assert role_of(text, "Rome") == {"transit"}


def test_where_people_do_not_live_is_no_destination():
    assert "destination" not in role_of("He does not live in Rome, he said, after a journey through Libya.", "Rome")


def test_a_journey_told_in_another_clause_goes_on_from_where_people_live():
    # distractor: people who live somewhere and travel from elsewhere to a meeting
    text = "He lives in Rome and studies; he travelled with his coach from Tripoli. Another came from Tunis."
    assert "destination" not in role_of(text, "Rome")


# ------------------------------------------------------------------ a stay in a lodging on the way

@pytest.mark.parametrize("text", [
    "In Libya we stayed three weeks in a house in Tripoli, then a boat took us to Lampedusa.",
    "He had spent eleven months in a warehouse in Tripoli before he was allowed onto the boat to Lampedusa.",
    "They were kept for days by smugglers in a warehouse near Tripoli, then taken to Lampedusa.",
    # hedged
    "They may have waited a month in a flat in Tripoli before sailing to Lampedusa.",
], ids=["stayed-house", "spent-warehouse", "kept-by-smugglers", "hedged"])
def test_a_stay_in_a_lodging_is_a_stop_on_the_way(text):
    assert role_of(text, "Tripoli") == {"transit"}


@pytest.mark.parametrize("text", [
    # negated
    "They did not stay in a house in Tripoli; they sailed from Zuwara to Lampedusa.",
    # distractor: things kept, not people
    "The smugglers kept the money in a warehouse in Tripoli.",
    # custody: a detention centre is the control frames' place
    "Migrants were held in a detention centre in Tripoli before sailing to Lampedusa.",
], ids=["negated", "money-kept", "detention"])
def test_no_stop_without_people_staying_in_a_lodging(text):
    assert "transit" not in role_of(text, "Tripoli")


# ------------------------------------------------------------------ the side of a border reached

@pytest.mark.parametrize("text, place", [
    ("The migrants swam across the river to the Libyan side.", "Libya"),
    ("Most had been caught on the Italian side of the border.", "Italy"),
    # hedged
    ("The migrants may have swum to the Libyan side.", "Libya"),
], ids=["swam-to", "caught-on", "hedged"])
def test_the_side_people_reach_is_their_destination(text, place):
    assert "destination" in role_of(text, place)


@pytest.mark.parametrize("text, place", [
    # negated
    ("The migrants did not reach the Libyan side.", "Libya"),
    # distractors: a view from a side, officials on a side; no one moves there
    ("The bridge, seen from the Tunisian side, was empty.", "Tunisia"),
    ("Officials on the Italian side said 40 people crossed.", "Italy"),
    # stopped there, walked back there, caught and sent back: no one got across
    ("Many tried to cross and were stopped on the Italian side.", "Italy"),
    ("The family were walked across to the Italian side with refusal forms.", "Italy"),
    ("They were caught on the Italian side and pushed back into the river.", "Italy"),
], ids=["negated", "seen-from", "officials-on", "stopped", "walked-back", "pushed-back"])
def test_a_side_no_one_reaches_or_leaves_gives_no_role(text, place):
    assert not role_of(text, place) & {"destination", "launch_point"}


# ------------------------------------------------------------------ "without" after the people it describes

@pytest.mark.parametrize("text, stuck", [
    # who they are, not a denial: the stay is told
    ("The charity said families without money are stuck in Agadez for months.", True),
    ("Those without savings wait in Agadez for months.", True),
    # denied, in the same words and with "without" after the verb
    ("The families were not stuck in Agadez for long.", False),
    ("They were never stuck in Agadez without a way out.", False),
])
def test_without_after_the_people_describes_them_and_denies_nothing(text, stuck):
    assert ("transit" in role_of(text, "Agadez")) is stuck


# ------------------------------------------------------------------ "No." denies nothing after it

@pytest.mark.parametrize("text, going", [
    # a spoken answer, and "No." as "number": what follows is told
    ("Would he stay? No. Most of his friends are going to Agadez next month.", True),
    ("The men were moved from camp No. 4 and taken to Agadez by bus.", True),
    # denied in the same words
    ("No one is going to Agadez next month.", False),
    ("Would he stay? No. None of his friends are going to Agadez.", False),
])
def test_a_spoken_no_denies_nothing_after_it(text, going):
    assert ("destination" in role_of(text, "Agadez")) is going

