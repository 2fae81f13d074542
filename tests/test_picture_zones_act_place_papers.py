"""Control zones: where the text places a force's act (not its dateline, not a
fight it is one side of), papers looked at where a sentence opens, and the words that only
look like holding people ("houses of their own", "kept in a rented house", "flown to X by
way of Y").

Sentences written for these tests; geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import zones_told

# ------------------------------------------------ a dateline is not where an act placed abroad was


@pytest.mark.parametrize("text", [
    "Sabratha (Wire) - Libyan soldiers stopped 40 migrants near Sfax on Friday.",
    # hedged
    "Sabratha (Wire) - Libyan soldiers may have stopped 40 migrants near Sfax, officials said.",
    # a distractor place of the force's own country later in the sentence
    "Sabratha (Wire) - Libyan soldiers stopped 40 migrants at Sfax who had walked from Sebha.",
], ids=["near", "hedged", "distractor"])
def test_a_dateline_is_not_where_a_force_acted_at_a_place_abroad(text):
    assert not {z for z in zones_told(text) if z[1] == "Sabratha"}


def test_a_dateline_stays_the_forces_place_when_the_sentence_places_nothing():
    # the guard above needs a place the act is at: a place people came from is none
    text = "Sabratha (Wire) - Libyan soldiers blocked a convoy of migrants who had come from Agadez."
    assert ("border", "Sabratha") in zones_told(text)


# ------------------------------------------------ one side of a fight (control.forces)


@pytest.mark.parametrize("text", [
    "Clashes between the Libyan army and armed groups have driven families toward the border.",
    "Fighting between rebels and the Libyan army has driven families toward the border.",
    "Rebels clashed with Libyan troops and drove families toward the border.",
], ids=["clashes-between", "fighting-between-and", "clashed-with"])
def test_a_force_named_as_one_side_of_a_fight_holds_no_zone(text):
    assert not {z for z in zones_told(text) if z[1] == "Libya"}


@pytest.mark.parametrize("text", [
    # no fight: the army drives them to the border itself
    "The Libyan army has driven families toward the border.",
    # a fight told apart, in another clause: the soldiers' own act stays theirs
    "After clashes with rebels, Libyan soldiers drove hundreds of families toward the border.",
], ids=["no-fight", "fight-elsewhere"])
def test_a_force_that_acts_itself_keeps_its_zone(text):
    assert {z for z in zones_told(text) if z[1] == "Libya"}


# ------------------------------------------------ papers looked at where a sentence opens


@pytest.mark.parametrize("text", [
    "At Zuwara the Libyan police look at your passport and ask where you are going.",
    "At Zuwara port the guards asked for our papers.",
    "In Zuwara the officers wanted to see our passports.",
], ids=["look-at", "asked-for", "wanted-to-see"])
def test_officials_looking_at_papers_where_a_sentence_opens_control_it(text):
    assert ("border", "Zuwara") in zones_told(text)


@pytest.mark.parametrize("text", [
    # negated
    "At Zuwara the Libyan police did not look at our passports.",
    # hedged, and the officials are the driver's guess
    "At Zuwara we looked at the map; the driver said the police might want to see our passports.",
    # papers looked at by no official
    "At Zuwara the children look at our passports and laugh.",
], ids=["negated", "hedged-distractor", "no-official"])
def test_papers_looked_at_by_no_official_draw_no_zone(text):
    assert not {z for z in zones_told(text) if z[1] == "Zuwara"}


# ------------------------------------------------ words that only look like holding people


@pytest.mark.parametrize("text", [
    "Most later moved on to houses of their own in Zuwara.",
    "Rents and housing costs in Zuwara rose by a fifth.",
    "Some houses were burned in Zuwara, they said.",
    # lodged by the smugglers, not held by a state
    "In Libya they were kept in a house in Zuwara, then driven to Tripoli.",
    "The smuggler kept the women in a rented house in Zuwara for two days.",
    "They were kept in rented rooms in Zuwara for three weeks.",
], ids=["houses-noun", "housing-noun", "houses-subject", "kept-in-house", "kept-whom-in-house",
        "kept-in-rooms"])
def test_houses_and_lodging_are_no_detention(text):
    assert not {z for z in zones_told(text) if z[1] == "Zuwara"}


@pytest.mark.parametrize("text", [
    "The new centre houses 300 migrants in Zuwara.",
    "The authorities are housing the families in Zuwara.",
    "Police detained them and they were kept in a cell in Zuwara for a week.",
], ids=["houses-verb", "housing-verb", "kept-in-cell"])
def test_people_housed_or_kept_by_the_state_are_still_held(text):
    assert {z for z in zones_told(text) if z[1] == "Zuwara"}


@pytest.mark.parametrize("text", [
    "He had flown to Benghazi by way of Tunis in the spring.",
    "She had flown to Benghazi on a work visa arranged by an agency.",
    "He was brought to Benghazi by his uncle last year.",
], ids=["by-way-of", "by-an-agency", "by-his-uncle"])
def test_a_trip_by_way_of_or_arranged_by_a_private_party_is_no_custody(text):
    assert not {z for z in zones_told(text) if z[1] == "Benghazi"}


def test_people_taken_somewhere_by_a_force_are_still_in_its_custody():
    assert {z for z in zones_told("They were flown to Benghazi by the Libyan authorities.") if z[1] == "Benghazi"}


@pytest.mark.parametrize("text", [
    "Renewed fighting between rival militias in Zawiya has forced families from their homes.",
    "Clashes between the army and a militia around Zawiya have pushed families south.",
], ids=["rival-militias", "army-and-a-militia"])
def test_militias_named_only_as_a_side_of_a_fight_hold_no_zone(text):
    assert not {z for z in zones_told(text) if z[1] == "Zawiya"}


def test_a_militia_that_acts_holds_its_place():
    text = "A militia in Zawiya stops the migrants' buses and takes money from the passengers."
    assert ("militia", "Zawiya") in zones_told(text)


# ------------------------------------------------ a force that denies its act (force_denied_after)


@pytest.mark.parametrize("text", [
    "The Libyan army denies any operation near Zuwara.",
    "Libyan soldiers denied that they had stopped migrants near Zuwara.",
    "The Libyan coast guard has denied the reports of pushbacks off Zuwara.",
], ids=["denies-any", "denied-that", "denied-reports"])
def test_a_force_that_denies_its_act_draws_no_zone(text):
    assert not {z for z in zones_told(text) if z[1] in ("Zuwara", "Libya")}


def test_a_force_that_acts_near_a_place_keeps_its_zone():
    # the same sentence without the denial, and a denial of something else after the act
    assert {z for z in zones_told("Libyan soldiers stopped 40 migrants near Zuwara, but denied any beatings.")
            if z[1] in ("Zuwara", "Libya")}


@pytest.mark.parametrize("text", [
    "Libyan border guards denied all of them entry at the border.",
    "Libyan border guards denied any of the families access at the border.",
], ids=["all-of-them-entry", "any-families-access"])
def test_a_force_that_denies_people_entry_refuses_them_and_keeps_its_zone(text):
    # a refusal at the border is the force's act, not a denial of one
    assert {z for z in zones_told(text) if z[1] in ("Zuwara", "Libya")}
