"""Review of the fifty-third session's rules: look-alikes the merged cues must not read.

A road a force holds is no journey ([settings] route_described), but the words of that frame
are nouns and adjectives as often as verbs: "paid the guards on the road from X", "the only
secure road from X", "heavily patrolled roads from X" hold no force at work, and the journey
the sentence tells must stand. A wish to go home, or a wish the people speak of, is no wish
to reach the camp told after it ([settings] wished_facility): "refugees who want to go home say
the camps at X are full" is a camp. The findings once pinned as strict xfails are mended
(control.camp_pair's armed_camp and settlements_unheld, lifelong_stay and LIFELONG, few_left,
not_origin_before's papers applied for), each beside a sentence that must still fire.

Sentences written for these tests; geocoded by the tiny fixture gazetteer
(tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import CONTEXT, ZONE_CONTEXT, cues_at, role_of, zones_told

# ------------------------------------------------------------------ a road a force holds


@pytest.mark.parametrize("text", [
    "After paying the guards on the road from Agadez, they travelled from Agadez to Sebha by truck.",
    "They travelled from Agadez to Sebha by truck, paying guards on the road from Agadez.",
    "Migrants travelled from Agadez to Sebha, the only secure road from Niger.",
    "Migrants travelled from Agadez to Sebha along heavily patrolled roads from the border.",
], ids=["guards-noun", "guards-bare-noun", "secure-adjective", "patrolled-participle"])
def test_the_words_of_a_patrol_that_are_no_verb_keep_the_journey(text):
    assert "destination" in role_of(text, "Sebha"), role_of(text, "Sebha")


@pytest.mark.parametrize("text", [
    "Soldiers guard roads between Agadez and Sebha.",
    "Gendarmes now police the desert highway from Agadez to Sebha.",
], ids=["bare-plural", "determiner"])
def test_a_force_holding_the_road_is_still_no_journey(text):
    # (the positive: the verb takes the road as its object)
    assert "destination" not in role_of(text, "Sebha"), role_of(text, "Sebha")


def test_people_walking_the_road_are_a_journey():
    # (the distractor: no force, people on the road)
    assert "destination" in role_of("Families walked the road from Agadez to Sebha.", "Sebha")


# ------------------------------------------------------------------ a wish beside a camp


@pytest.mark.parametrize("text", [
    "Refugees who want to go home say the camps at Sebha, run by UNHCR, are full.",
    "Many hope to go back one day, but the camp at Sebha holds them for now.",
    "Families who wanted to move on told us the camp near Sebha was overcrowded.",
], ids=["go-home-say", "go-back", "told-us"])
def test_a_camp_told_after_a_wish_to_go_home_or_a_saying_is_a_zone(text):
    assert "Sebha" in {p for _, p in zones_told(text)}, zones_told(text)


@pytest.mark.parametrize("text", [
    "Many want to go to the camp at Sebha, where relatives live.",
    "Those who hope to go home first want to reach the camps near Sebha.",
], ids=["want-to-go", "home-then-wish"])
def test_a_camp_people_only_wish_to_reach_is_still_no_zone(text):
    # (the distractor: the wish is for the camp itself)
    assert "Sebha" not in {p for _, p in zones_told(text)}, zones_told(text)


# ------------------------------------------------------------------ findings mended


def test_a_militia_withdrawing_to_camps_draws_no_reception():
    text = "Militia fighters withdrew to the Misrata and Zawiya camps after the clashes."
    assert not {"control.camp", "control.camp_pair"} & cues_at(ZONE_CONTEXT + text, "Misrata")


def test_settlements_that_grow_draw_no_camp():
    text = "The Misrata and Zawiya settlements grew after the war."
    assert "control.camp_pair" not in cues_at(ZONE_CONTEXT + text, "Misrata")


def test_displaced_families_in_a_pair_of_camps_still_draw_both_camps():
    text = "Militia attacks drove displaced families into the Misrata and Zawiya camps."
    assert "control.camp_pair" in cues_at(ZONE_CONTEXT + text, "Misrata")


def test_a_home_since_birth_is_no_destination():
    assert "destination" not in role_of("Since birth she has lived in a house near Tripoli.", "Tripoli", CONTEXT)


def test_a_home_since_a_year_after_a_move_stays_a_destination():
    text = "The family moved after the war and since 2019 has lived in a flat near Tripoli."
    assert "destination" in role_of(text, "Tripoli", CONTEXT)


def test_few_who_left_a_town_make_no_origin_claim():
    assert "origin" not in role_of("Few people have left Sebha and the surrounding villages.", "Sebha")


def test_a_few_who_left_a_town_and_its_villages_stay_an_origin():
    assert "origin" in role_of("A few hundred people have left Sebha and the surrounding villages.", "Sebha")


def test_students_moving_to_rooms_for_a_term_make_no_destination():
    assert "destination" not in role_of("Foreign students moved to rented rooms in Tunis for the term.", "Tunis")


def test_a_nationality_applied_for_is_no_origin():
    text = "Many have applied for Maltese nationality."
    assert "origin" not in role_of(text, "Malta", "Migrants crossed the sea this year. ")


def test_eritrean_nationals_stay_an_origin():
    text = "Many Eritrean nationals have applied for asylum."
    assert "origin" in role_of(text, "Eritrea", "Migrants crossed the sea this year. ")
