"""Which side of a border a national force holds, which force a zone keeps, and border posts
named by their place (session 22; a user's trial: a US agency's zone drawn inside a Mexican
town, the named Mexican National Guard reported as "Mexican authorities").

Sentences written for these tests; geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import picture, zone_told, zones_told


# ------------------------------------------------------------------------------ own side

@pytest.mark.parametrize("text", [
    "Tunisian border guards detained 40 migrants in Zuwara on Sunday.",
    # hedged: the same side, hedged
    "Tunisian border guards reportedly detained 40 migrants in Zuwara on Sunday.",
], ids=["in-town", "hedged"])
def test_a_national_border_force_acting_in_a_foreign_town_holds_its_own_side(text):
    found = zones_told(text)
    assert ("border", "Tunisia") in found
    assert ("border", "Zuwara") not in found
    zone = zone_told(text, "Tunisia")
    assert zone.properties["direction"] == "with:LY"
    assert zone.properties["actor"] == "Tunisian border guards"


def test_a_hedged_act_on_the_own_side_stays_hedged():
    zone = zone_told("Tunisian border guards reportedly detained 40 migrants in Zuwara on Sunday.", "Tunisia")
    assert zone.properties["hedged"] is True


@pytest.mark.parametrize("text, expected", [
    # the force of the town's own country
    ("Libyan border guards detained 40 migrants in Zuwara on Sunday.", ("border", "Zuwara")),
    # the text says the force works abroad
    ("Tunisian border guards deployed in Zuwara detained 40 migrants on Sunday.", ("border", "Zuwara")),
    # near a town, a force may stand on its own side of the line
    ("Tunisian border guards detained 40 migrants near Zuwara on Sunday.", ("border", "Zuwara")),
    # two forces listed: the town's own country's is among them
    ("Tunisian border officials and Libyan police detained 40 migrants in Zuwara.", ("border", "Zuwara")),
], ids=["own-country", "deployed-abroad", "near", "joint"])
def test_a_force_in_a_town_of_its_own_country_or_working_abroad_stays_there(text, expected):
    assert expected in zones_told(text)


def test_a_denied_act_abroad_draws_no_zone_in_the_town():
    found = zones_told("Tunisian border guards did not detain anyone in Zuwara on Sunday.")
    assert ("border", "Zuwara") not in found


# ------------------------------------------------------------------------------ the named force

@pytest.mark.parametrize("text, actor", [
    # the roadblock replaces the stop, which took the officers' act: the Guard holds it
    ("Tunisian National Guard officers stopped the migrants at a roadblock near Sfax.", "Tunisian National Guard"),
    # distractor: no force named, the country's police by the cue's own words
    ("Police stopped the migrants at a roadblock near Sfax.", "Tunisian police"),
], ids=["named-guard", "common-police"])
def test_a_zone_keeps_the_force_the_text_names(text, actor):
    pic = picture("Hundreds of Eritrean migrants reached Lampedusa this week. " + text)
    zone = next(f for f in pic.by_role("control_zone") if f.properties["place"] == "Sfax")
    assert zone.properties["actor"] == actor


# ------------------------------------------------------------------------------ border posts

@pytest.mark.parametrize("text, expected", [
    ("Thousands of deportees cross back every day at Agadez, the main border post between the two countries.",
     {("border", "Agadez")}),
    ("Hundreds of people queued at the border crossing at Agadez on Monday.", {("border", "Agadez")}),
    ("Soldiers watch the official crossing at Agadez day and night.", {("border", "Agadez")}),
    # negation: no post there
    ("There is no border crossing at Agadez, the migrants said.", set()),
    # distractors: crossers, not a post; a border town; "close to the border" alone
    ("Illegal border crossings at Agadez rose last year.", set()),
    ("They reached Agadez, a border town on the frontier.", set()),
    ("They waited in Agadez, close to the border.", set()),
], ids=["apposition", "crossing-at", "official-crossing", "no-crossing", "illegal-crossings", "border-town",
        "close-to-the-border"])
def test_a_border_post_named_by_its_place(text, expected):
    assert zones_told(text) == expected


def test_a_town_named_for_its_checkpoint_is_no_border_post():
    assert zones_told("Agadez, a checkpoint town on the old caravan route, is busy again.") == set()


# ------------------------------------------------------------------------------ the side a border cue tells

@pytest.mark.parametrize("text, place, side", [
    ("Border guards patrol Libya's southern border with Niger and Chad.", "Libya", "south"),
    ("Soldiers now guard Tunisia's eastern border day and night.", "Tunisia", "east"),
], ids=["guards-southern", "soldiers-eastern"])
def test_a_force_patrolling_a_country_s_border_keeps_the_side_the_words_name(text, place, side):
    # two cues, one zone: the force's act names who holds it, the border's words its side
    zone = zone_told(text, place)
    assert zone.properties["control"] == "border"
    assert zone.properties["direction"] == side


@pytest.mark.parametrize("text", [
    "A delegation of Eritrean health officials drove to Kassala on Tuesday to watch a vaccination drill,"
    " and crossed back at the Sudan border the same evening. Sudan plans a joint drill next year.",
    "The two ministers toured the Libyan border on Monday and opened a new customs hall for trucks of dates.",
], ids=["drill", "customs-hall"])
def test_a_border_in_a_text_about_no_one_migrating_holds_no_zone(text):
    assert [z for z in picture(text).by_role("control_zone")] == []
