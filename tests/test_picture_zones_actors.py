"""Control zones and what a force does there (session 23): a meeting or a training is no
control, a stay denied draws no zone, an armed group's checkpoints are its own, a force that
picks people up or meets their boat intercepts it, a camp is detention only by words of
custody, and a force's own side of a border holds when another force acts abroad.

Sentences written for these tests; geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import ZONE_CONTEXT, picture, zone_told, zones, zones_told


# ------------------------------------------------------------------------------ liaison

@pytest.mark.parametrize("text", [
    "Italian coast guard officers trained Libyan officers in Tripoli last month.",
    "Italian coast guard officials met Libyan commanders in Tripoli on Tuesday.",
    "Italian coast guard officers in Tripoli trained Libyan recruits last month.",
    "Italian border police reportedly visited Tripoli in May.",
    "The Italian navy held talks with Libyan officials in Tripoli.",
    # the training is somewhere else than the act
    "Libyan coast guard officers who trained in Zawiya detained 40 migrants near Sebha.",
], ids=["trained", "met-officials", "trained-after-place", "visited-hedged", "talks", "trained-in"])
def test_a_meeting_a_visit_or_a_training_is_no_control(text):
    assert not {z for z in zones_told(text) if z[1] in ("Tripoli", "Zawiya")}


@pytest.mark.parametrize("text, expected", [
    # an act of control too keeps the zone
    ("Libyan police detained 40 migrants in Zuwara after talks in Tripoli.", ("border", "Zuwara")),
    ("Police in Zuwara arrested 40 migrants and met Libyan officials.", ("border", "Zuwara")),
    # a train is no training; a boat met by a force is intercepted
    ("Libyan police checked the train at Zuwara.", ("border", "Zuwara")),
    ("The boat was met by the Libyan coast guard off Zuwara.", ("coastguard", "Zuwara")),
    ("The Libyan coast guard met them ten miles off Zuwara and escorted them in.", ("coastguard", "Zuwara")),
], ids=["act-and-talks", "act-then-meeting", "train", "met-by", "met-them"])
def test_an_act_of_control_stays_beside_a_meeting(text, expected):
    assert expected in zones_told(text)


@pytest.mark.parametrize("text", [
    "Libyan police set up checkpoints at Zuwara, according to visitors.",
    "Libyan police set up checkpoints at Zuwara for the tournament.",
    "Libyan police set up checkpoints at Zuwara, tourists said.",
    "Libyan police set up checkpoints at Zuwara, an adviser said.",
], ids=["visitors", "tournament", "tourists", "adviser"])
def test_a_word_that_only_begins_like_a_meeting_leaves_the_control(text):
    # (the liaison acts are whole words: "visitors" is no visit, "tourists" no tour; a post
    # inside the country is drawn as a checkpoint)
    assert ("checkpoint", "Zuwara") in zones_told(text)


@pytest.mark.parametrize("text", [
    "Italian coast guard officers toured Tripoli in May.",
    "Italian coast guard officers did not tour Tripoli in May.",   # negated: no control either
    "Italian border police may have visited Tripoli in May.",      # hedged
], ids=["toured", "negated", "hedged"])
def test_a_tour_or_a_visit_as_a_whole_word_is_still_no_control(text):
    assert not {z for z in zones_told(text) if z[1] == "Tripoli"}


# ------------------------------------------------------------------------------ denied stays

@pytest.mark.parametrize("text", [
    "She did not spend any time in a camp near Zuwara.",
    "They were never taken to the detention centre at Zawiya.",
    "They never spent a night in the Zawiya detention centre.",
    "He had not once been held in a detention centre in Zawiya.",
], ids=["spend-any-time", "never-taken", "never-spent", "not-once-held"])
def test_a_stay_denied_far_before_the_place_draws_no_zone(text):
    assert not zones_told(text)


@pytest.mark.parametrize("text, expected", [
    ("She spent two months in a detention centre near Zuwara.", ("detention", "Zuwara")),
    # another act denied before the one that takes them there
    ("Those who were not sent back were taken to the detention centre in Zawiya.", ("detention", "Zawiya")),
    # a stay said to be short is a stay
    ("She did not stay long in the camp near Zuwara before she was held in a camp in Zawiya.",
     ("detention", "Zawiya")),
    # a relative clause after the denial says what the centre is
    ("Nobody showed that they would not be held in the centres that Libyan police run at Zawiya.",
     ("border", "Zawiya")),
], ids=["affirmed", "other-act-denied", "short-stay", "relative-clause"])
def test_a_denial_of_something_else_keeps_the_zone(text, expected):
    assert expected in zones_told(text)


def test_a_hedged_stay_is_hedged():
    zone = zone_told("She reportedly spent two months in a detention centre near Zuwara.", "Zuwara")
    assert zone.properties["hedged"] is True


# ------------------------------------------------------------------------------ armed checkpoints

@pytest.mark.parametrize("text, expected, actor", [
    ("RSF checkpoints between Sebha and Kufra stop people fleeing south.",
     {("militia", "Sebha"), ("militia", "Kufra")}, "RSF"),
    ("RSF fighters man checkpoints on the road between Sebha and Kufra.",
     {("militia", "Sebha"), ("militia", "Kufra")}, "RSF"),
    ("Militia roadblocks outside Zawiya stop migrants heading to the coast.", {("militia", "Zawiya")}, "militia"),
    ("Checkpoints outside Zawiya manned by militiamen stop migrants heading to the coast.",
     {("militia", "Zawiya")}, "militiamen"),
], ids=["acronym-between", "fighters-man", "militia-roadblocks", "manned-by"])
def test_an_armed_groups_checkpoints_are_its_control(text, expected, actor):
    assert zones_told(text) == expected
    place = sorted(expected)[0][1]
    assert zone_told(text, place).properties["actor"] == actor


@pytest.mark.parametrize("text, expected", [
    # a state's checkpoint stays a state's
    ("Police checkpoints outside Zawiya stop migrants heading to the coast.", {("checkpoint", "Zawiya")}),
    # negation
    ("There were no militia roadblocks outside Zawiya, the migrants said.", set()),
    # a meeting about checkpoints is none
    ("Militia leaders met officials in Zawiya to discuss checkpoints.", set()),
], ids=["police", "none", "meeting"])
def test_other_checkpoints_are_not_an_armed_groups(text, expected):
    assert zones_told(text) == expected


def test_a_hedged_armed_checkpoint_is_hedged():
    zone = zone_told("Militias reportedly set up roadblocks outside Zawiya.", "Zawiya")
    assert zone.properties["control"] == "militia" and zone.properties["hedged"] is True


# ------------------------------------------------------------------------------ picked up, met at sea

@pytest.mark.parametrize("text, expected", [
    ("The Maltese navy picked them up in the Mediterranean and took them to Valletta.",
     ("navy", "Mediterranean")),
    ("The dinghy was met by a Maltese patrol boat in the Mediterranean.", ("coastguard", "Mediterranean")),
    ("The boat was met by the Italian coast guard off Pozzallo.", ("coastguard", "Pozzallo")),
    ("Italian police officers picked up 50 people at Pozzallo.", ("border", "Pozzallo")),
], ids=["picked-them-up", "met-at-sea", "met-off", "picked-up-at-port"])
def test_a_force_that_picks_people_up_or_meets_their_boat_holds_that_sea(text, expected):
    assert expected in zones(picture(ZONE_CONTEXT + text))


@pytest.mark.parametrize("text", [
    # negation
    "The boat was not met by the Italian coast guard off Pozzallo.",
    # distractors: no force
    "Smugglers met the migrants off Pozzallo.",
    "A driver picked them up at Pozzallo.",
], ids=["not-met", "smugglers", "driver"])
def test_no_force_or_a_denied_one_picks_nobody_up(text):
    assert not {z for z in zones(picture(ZONE_CONTEXT + text)) if z[1] == "Pozzallo"}


# ------------------------------------------------------------------------------ camps

def test_police_who_clear_a_camp_hold_nobody_in_it():
    assert ("detention", "Tripoli") not in zones_told("Police cleared a camp outside Tripoli on Friday.")


@pytest.mark.parametrize("text, expected", [
    ("Aid workers moved the families to a refugee camp near Tripoli.", "reception"),
    ("They spent two weeks in a camp outside Tripoli before the crossing.", "reception"),
    # custody makes detention: a police station, a militia-run camp, people held
    ("The families were taken to a police station in Tripoli.", "detention"),
    ("Eritrean migrants were kept in a militia-run camp near Tripoli.", "detention"),
], ids=["aid-workers", "informal", "police-station", "militia-run"])
def test_a_camp_is_detention_only_by_words_of_custody(text, expected):
    assert {z[0] for z in zones_told(text) if z[1] == "Tripoli" and z[0] in ("detention", "reception")} == {expected}


# ------------------------------------------------------------------------------ own side and supersede

@pytest.mark.parametrize("text", [
    "Tunisian border guards deployed in Zuwara stopped 40 migrants at a checkpoint in Zuwara, "
    "while Libyan border guards detained 30 migrants in Sfax.",
    "Libyan border guards detained 30 migrants in Sfax, while Tunisian border guards deployed in Zuwara "
    "stopped 40 migrants there.",
], ids=["abroad-first", "home-first"])
def test_a_force_abroad_does_not_move_another_off_its_own_side(text):
    pic = picture(ZONE_CONTEXT + text)
    found = {(f.properties["control"], f.properties["place"]): f.properties for f in pic.by_role("control_zone")}
    # the Tunisians say they work abroad: Zuwara is theirs
    assert found[("border", "Zuwara")]["actor"].startswith("Tunisian")
    # the Libyans' clause says nothing of it: their side of the border with Tunisia
    assert found[("border", "Libya")]["direction"] == "with:TN"
    assert not any(p["actor"].startswith(("Libyan", "Tunisian")) and place == "Sfax"
                   for (_, place), p in found.items())


@pytest.mark.parametrize("text", [
    "Tunisian border guards detained 40 migrants in Zuwara and took them to a detention centre in Zawiya.",
    # a plain centre: the sentence's claim on Tunisia itself gives no force either
    "Tunisian border guards detained them in Zuwara and took them to a centre in Zawiya.",
    "Tunisian border guards reportedly detained them in Zuwara and took them to a camp in Zawiya.",
], ids=["detention-centre", "centre", "camp-hedged"])
def test_a_centre_across_the_border_does_not_take_a_force_held_on_its_own_side(text):
    found = {(f.properties["control"], f.properties["place"]): f.properties
             for f in picture(ZONE_CONTEXT + text).by_role("control_zone")}
    assert found[("border", "Tunisia")]["direction"] == "with:LY"
    assert not found[("detention", "Zawiya")]["actor"].startswith("Tunisian")


def test_a_centre_at_home_still_takes_the_force():
    # (distractor: no border between the force and the centre)
    zone = zone_told("Libyan border guards detained them near Zuwara and took them to a centre in Zawiya.", "Zawiya")
    assert zone.properties["actor"].startswith("Libyan")


def test_a_force_in_another_clause_does_not_narrow_to_a_place_there():
    found = zones_told("Tunisian border guards detained 40 migrants in Zuwara, while Libyan police patrolled "
                       "the border near Zawiya.")
    assert ("border", "Zawiya") in found and ("border", "Zuwara") not in found


def test_the_same_force_in_an_elliptical_clause_still_narrows():
    found = zones_told("Libyan border guards arrested 340 people in Libya last year, and 30 of them at Sebha.")
    assert ("border", "Sebha") in found


# ------------------------------------------------------------------------------ a passive's agent

@pytest.mark.parametrize("text, place, actor", [
    ("The boat was met by the Italian coast guard off Pozzallo.", "Pozzallo", "Italian coast guard"),
    ("The boat was reportedly met by the Italian coast guard off Pozzallo.", "Pozzallo", "Italian coast guard"),
    # distractor: a pattern that names its own force keeps it
    ("Libyan police detained 40 migrants in Zuwara.", "Zuwara", "Libyan police"),
], ids=["met-by", "hedged", "own-actor"])
def test_a_passives_agent_names_the_force(text, place, actor):
    assert zone_told(text, place).properties["actor"] == actor


def test_a_passives_common_agent_takes_the_places_country():
    zone = zone_told("Forty migrants were arrested by soldiers near Zawiya.", "Zawiya")
    assert zone.properties["actor"] == "Libyan soldiers"


def test_a_passive_denied_draws_no_zone():
    assert not {z for z in zones_told("Forty migrants were not arrested by soldiers near Zawiya.") if z[1] == "Zawiya"}
