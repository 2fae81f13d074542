"""Control zones on text nobody tuned on (session 19): settlements, checkpoints a relative
clause places, people refused entry or handed over at a crossing, a centre "at X", a "where"
clause after a distance, and police who arrest smugglers beside their boat.

Sentences written for these tests; geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import picture, zones

CONTEXT = "Hundreds of Eritrean migrants reached Lampedusa from Sfax this week. "


def _found(text: str) -> set[tuple[str, str]]:
    """The zones of the sentence after the context (the context's own are left out)."""
    return {z for z in zones(picture(CONTEXT + text)) if z[1] not in ("Lampedusa", "Sfax")}


# ------------------------------------------------------------------------------ settlements

@pytest.mark.parametrize("text, expected", [
    ("Families are then moved by bus to the Agadez settlement, a long drive south.", {("detention", "Agadez")}),
    ("Families are then moved to a refugee settlement near Kufra.", {("reception", "Kufra")}),
    # distractors: a settlement of a dispute, settlement talks
    ("The Agadez settlement of the dispute took years.", set()),
    ("The Agadez settlement talks failed.", set()),
    # negation
    ("Families were never moved to the Agadez settlement.", set()),
], ids=["the-x-settlement", "refugee-settlement-near", "of-a-dispute", "talks", "never"])
def test_a_settlement_is_a_camp(text, expected):
    assert _found(text) == expected


# ------------------------------------------------------------------------------ checkpoints

@pytest.mark.parametrize("text, expected", [
    ("They drove through Sebha, passing army checkpoints that the Libyan army set up at Kufra junction "
     "and outside Sebha after the killings.", {("checkpoint", "Kufra"), ("checkpoint", "Sebha")}),
    # negation
    ("There are no checkpoints that the army set up near Agadez.", set()),
], ids=["set-up-at-and-outside", "no-checkpoints"])
def test_a_checkpoint_placed_by_its_relative_clause(text, expected):
    assert _found(text) == expected


def test_a_checkpoint_that_may_have_been_set_up_is_hedged():
    [zone] = [f for f in picture(CONTEXT + "They passed checkpoints that may have been set up near Agadez.")
              .by_role("control_zone") if f.properties["place"] == "Agadez"]
    assert zone.properties["hedged"] is True


# ------------------------------------------------------------------------------ refusals and hand-overs

@pytest.mark.parametrize("text, expected", [
    ("The authorities have refused entry to several hundred Nigerians at Tripoli airport this year.",
     {("border", "Tripoli")}),
    ("Forty Eritreans were turned away at Agadez.", {("border", "Agadez")}),
    ("On Saturday, 212 men were handed over by Libyan officials at the Agadez border gate.", {("border", "Agadez")}),
    ("Nine others were detained and sent back through Zuwara the next morning.", {("border", "Zuwara")}),
    ("More than 12,000 Nigerians were deported through Agadez last year.", {("border", "Agadez")}),
    # negation; distractors: people who go home of their own accord, a refusal of no border
    ("Nobody was refused entry at Tripoli.", set()),
    ("They were not deported through Agadez.", set()),
    ("Thousands returned through Agadez.", set()),
    ("She said she refused entry into politics in Tunis.", set()),
], ids=["refused-entry", "turned-away", "handed-over", "sent-back-through", "deported-through",
        "nobody-refused", "not-deported", "returned-of-their-accord", "politics"])
def test_a_crossing_where_people_are_refused_or_handed_over(text, expected):
    assert _found(text) == expected


# ------------------------------------------------------------------------------ centres

@pytest.mark.parametrize("text, expected", [
    ("After four days they flew us to Sicily, to the centre at Pozzallo.", {("detention", "Pozzallo")}),
    ("A shuttle bus takes them to the station in Zawiya, about fifteen kilometres away, where the city "
     "runs a reception point in the old hall.", {("reception", "Zawiya")}),
    # distractors: a town's centre; a distance and a "where" clause of no facility; negation
    ("They walked to the centre of Pozzallo.", set()),
    ("A bus takes them to Zawiya, about 15 km away, where they catch a train.", set()),
    ("We were not taken to the centre at Pozzallo.", set()),
], ids=["centre-at", "where-after-distance", "centre-of", "where-no-facility", "not-taken"])
def test_a_centre_at_a_place(text, expected):
    assert _found(text) == expected


# ------------------------------------------------------------------------------ police and smugglers

@pytest.mark.parametrize("text, expected", [
    # the smugglers' boat is no border
    ("Police arrested four smugglers in Zuwara and seized their boat.", {("government", "Zuwara")}),
    # a beach is a coast: a border control; migrants arrested too: a border control
    ("Police arrested four smugglers in Zuwara and seized their boat at the beach.", {("border", "Zuwara")}),
    ("Police arrested four smugglers in Zuwara and 30 migrants waiting for a boat.", {("border", "Zuwara")}),
    # negation
    ("Police did not arrest the smugglers in Zuwara, who kept their boat.", set()),
], ids=["boat", "beach", "migrants-too", "did-not"])
def test_police_who_arrest_smugglers_beside_a_boat(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the first of two spots is no place the gazetteer knows
    ("They passed army checkpoints that soldiers set up at the Qatrun junction and outside Sebha.",
     {("checkpoint", "Sebha")}),
], ids=["unknown-first-spot"])
def test_a_checkpoints_second_spot(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("In the third quarter, 212 Eritreans were registered by Libyan authorities at Kufra.", {("border", "Kufra")}),
    ("Reports from Libya: at Tripoli airport, about 200 Nigerians arriving from Tunis and Sebha were refused "
     "entry and are held in the transit zone.", {("border", "Tripoli")}),
    # negation
    ("At Tripoli airport, about 200 Nigerians arriving from Tunis were not refused entry.", set()),
], ids=["registered-by-authorities", "airport-first", "not-refused"])
def test_officials_who_register_or_refuse_people_at_a_place(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the spot at an unknown name is not at the town that locates it
    ("From the border, trucks take people to the transit centre at Nyaronga, near Agadez.", set()),
    ("They end up in the asylum centre at Krnjaca, in Tripoli.", set()),
    # distractors: a centre near a town, in a part of a town, set up in a year near a town
    ("They end up in the transit centre near Agadez.", {("reception", "Agadez")}),
    ("They end up in the transit centre in the north of Agadez.", {("reception", "Agadez")}),
    ("They end up in the detention centre set up in 2015 near Tripoli.", {("detention", "Tripoli")}),
], ids=["near-locator", "in-locator", "near", "part-of", "year"])
def test_a_centre_at_an_unknown_spot_is_not_its_locators(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("During house-to-house checks in Tripoli in late August, federal police detained 230 Eritreans.",
     {("border", "Tripoli")}),
    # negation; distractors: police doing other work, a minister's visit
    ("During talks in Tripoli last week, police did not detain anyone.", set()),
    ("After the storm in Tripoli, police cleared the roads.", set()),
    ("During a visit to Tripoli in May, the minister praised the police.", set()),
    # the phrase must tell of the force's operation: police at a match or a protest hold no border
    ("After the match in Misrata, police arrested 12 fans.", set()),
    ("During protests in Misrata last week, police detained 30 demonstrators.", set()),
    ("After raids on farms near Misrata, police detained 40 Sudanese.", {("border", "Misrata")}),
], ids=["during-checks", "did-not", "storm", "visit", "match", "protests", "raids-near"])
def test_an_opening_phrase_of_time_places_a_forces_act(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Officers found a group of 23 in a field near Zuwara early on Saturday.", {("border", "Zuwara")}),
    ("Eighteen of the group were handed over to officers of the Libyan border police at the Zuwara "
     "crossing the next day.", {("border", "Zuwara")}),
    # negation
    ("Officers never found the group of 23 hiding in a field near Zuwara.", set()),
], ids=["found-in-a-field", "handed-over-to-a-long-name", "never-found"])
def test_where_a_force_finds_people_or_receives_them(text, expected):
    assert _found(text) == expected
