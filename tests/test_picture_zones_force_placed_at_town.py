"""Control zones: a force placed at a town ("officers at X", "police in X") and its act
on the people there (refused entry, found, took into a room, stopped), also told in the passive
or as people handed to that force there; "X, where they were handed over to the immigration
service"; "X, where the family was held for three nights" (people named by a group's noun or
their number).

Sentences written for these tests; geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import ZONE_CONTEXT, actors_at, cues_at, kinds_at, zones_by_place, zones_told_at


# ------------------------------------------------ a force at a town acts on the people there


@pytest.mark.parametrize("text, actor", [
    ("Immigration officers at Pozzallo refused entry to six travellers from Tunis.", "Immigration officers"),
    ("Italian border police at Pozzallo found twelve men hidden in a lorry.", "Italian border police"),
    ("The officers at Pozzallo port took her into a side room and asked for her hotel booking.", "Italian officers"),
    ("Italian border officials at the Pozzallo crossing stopped 30 people on Tuesday.",
     "Italian border officials"),
    ("Italian border officials at the Pozzallo post are writing down every arrival's name.",
     "Italian border officials"),
], ids=["refused-entry", "found-people", "into-a-room", "officials-stopped", "officials-record"])
def test_a_force_at_a_town_acting_on_people_holds_that_town(text, actor):
    assert actor in {a.removeprefix("The ") for a in actors_at(text, "Pozzallo")}


def test_the_words_of_a_statement_are_not_the_forces_name():
    # "The agency said its officers at X ...": the officers, not "agency said its officers"
    actors = actors_at("The border agency said its officers at Pozzallo refused entry to 14 travellers.", "Pozzallo")
    assert actors and not any("said" in a for a in actors)


@pytest.mark.parametrize("text, actor", [
    # the people the subject, the force after "by"
    ("A young man was refused entry by immigration officers at Pozzallo and put back on the ferry.",
     "Italian immigration officers"),
    ("Two Tunisians were questioned by Italian border police at Pozzallo for six hours.", "Italian border police"),
    # people handed to the force there: the force they are handed to, not the one handing them
    ("Maltese soldiers handed 40 migrants back to Italian officers at the Pozzallo crossing.", "Italian officers"),
    ("They were driven back across the bridge and handed to the Italian police in Pozzallo.", "Italian police"),
], ids=["passive-refused", "passive-questioned", "handed-back", "handed-to"])
def test_people_acted_on_by_or_handed_to_a_force_at_a_town(text, actor):
    assert kinds_at(text, "Pozzallo") == {("border", actor)}


@pytest.mark.parametrize("text", [
    # no people acted on: things, a refusal to speak, an act denied
    "Italian police at Pozzallo found the stolen car on Tuesday.",
    "Officers at Pozzallo refused to comment on the reports.",
    "Italian police at Pozzallo did not find anyone in the lorry.",
    # officials of no force: a hotel's staff
    "The hotel staff at Pozzallo found the guests a room.",
], ids=["things", "no-comment", "denied", "hotel-staff"])
def test_no_zone_without_a_force_acting_on_people(text):
    assert not zones_told_at(text, "Pozzallo")


# ------------------------------------------------ "X, where ..."


def test_where_people_were_handed_over_to_the_immigration_service():
    text = "A coastguard cutter brought them to a base on Lesbos, where they were handed over to the immigration service."
    assert zones_told_at(text, "Lesbos")


def test_where_they_were_handed_to_relatives_draws_no_zone():
    # relatives are no body that takes people in
    text = "The bus brought them to Lesbos, where they were handed over to their relatives."
    assert not zones_told_at(text, "Lesbos")


@pytest.mark.parametrize("text", [
    "The plane landed in Tunis, where the family was held for three nights in a hotel under guard.",
    "They were flown on to Tunis, where the 25 are being held before their removal.",
    "They were flown on to Tunis, where the Eritrean detainees were held for a month.",
], ids=["the-family", "the-number", "the-detainees"])
def test_where_a_group_was_held_is_detention(text):
    assert [z.properties["control"] for z in zones_told_at(text, "Tunis")] == ["detention"]


@pytest.mark.parametrize("text", [
    # a group of things held back, not people held
    "The festival moved to Tunis, where the 25 bands were held back by the rain.",
    # an event held there
    "The talks moved to Tunis, where the family reunion was held in a hotel.",
], ids=["things-held-back", "event-held"])
def test_where_no_people_were_held_draws_no_detention(text):
    assert not zones_told_at(text, "Tunis")


# ------------------------------------------------ a force at the edge of a town holds the town


@pytest.mark.parametrize("text", [
    "Italian police officers at the edge of Pozzallo stopped each group and directed them onto buses.",
    "Italian soldiers at the entrance of Pozzallo turned back 40 migrants on Sunday.",
], ids=["edge", "entrance"])
def test_a_force_at_the_edge_of_a_town_holds_the_town_not_the_country(text):
    assert "control.forces_in_place" in cues_at(text, "Pozzallo", ZONE_CONTEXT)
    assert "Italy" not in zones_by_place(ZONE_CONTEXT + text)


@pytest.mark.parametrize("text", [
    "Italian soldiers on holiday at the edge of Pozzallo went fishing.",
    "A police officer at the edge of Pozzallo said the town was quiet.",
], ids=["on-holiday", "officer-quoted"])
def test_no_zone_for_a_force_at_a_towns_edge_that_acts_on_no_one(text):
    assert "Pozzallo" not in zones_by_place(ZONE_CONTEXT + text)
