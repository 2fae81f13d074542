"""Roles a user trial found wrong (session 24): a journey's start told at a distance, where people
were taken across a border, a home region left, a road named by its end, a place left later,
goods or animals heading somewhere, a guess at where people were taken on.

Sentences written for these tests; geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import CONTEXT, annotate, picture, role_of, roles

from geomig.picture import cues, read_rules


def claims_on(text: str, place: str):
    """The role claims the rules make on a place (before they are kept or merged)."""
    _, _, ruled, _, _ = read_rules(annotate(CONTEXT + text), cues.default())
    return [c for c in ruled if c.place.name == place]


# ------------------------------------------------------------------ a journey's start told at a distance

@pytest.mark.parametrize("text", [
    "The men described a journey of almost three months that began in Agadez.",
    "The journey they made with their two children had started in Agadez.",
    "Their journey had begun in Agadez months earlier.",
    # hedged: still where it began
    "Their journey of several weeks reportedly began in Agadez.",
], ids=["of-months-that", "they-made-with", "had-begun", "hedged"])
def test_where_a_journey_began_is_its_start(text):
    assert "launch_point" in role_of(text, "Agadez")


@pytest.mark.parametrize("text", [
    # negated
    "Their journey of several weeks did not begin in Agadez.",
    "Their journey had not begun in Agadez but in Niamey.",
    # no journey: a trial began there
    "The trial of the two smugglers began in Agadez.",
], ids=["negated", "had-not-begun", "trial"])
def test_no_journey_begun_there_gives_no_start(text):
    assert "launch_point" not in role_of(text, "Agadez")


@pytest.mark.parametrize("text", [
    "The tourists' trip of two weeks that began in Tunis ended in Tripoli.",
    "The football team's journey began in Tunis and ended in Tripoli with a win.",
    "The hikers' journey began in Tunis.",
], ids=["tourists", "football-team", "hikers"])
def test_a_journey_of_travellers_for_leisure_or_sport_gives_no_start(text):
    assert "launch_point" not in role_of(text, "Tunis")


def test_a_migrants_journey_begun_in_a_town_named_like_a_nationality_is_its_start():
    # "Tunis" ends as "Yemenis" does: a place's own name is no one moving
    assert "launch_point" in role_of("Their journey of three weeks began in Tunis.", "Tunis")


# ------------------------------------------------------------------ taken across a border near a town

@pytest.mark.parametrize("text", [
    "They paid a smuggler to take them across the border into Niger near Agadez.",
    "A guide walked us across the frontier at Agadez.",
    # hedged: still the crossing
    "A driver reportedly took them across the border near Agadez.",
], ids=["into-near", "walked-at", "hedged"])
def test_where_people_were_taken_across_a_border_is_a_stop(text):
    assert "transit" in role_of(text, "Agadez")


@pytest.mark.parametrize("text", [
    "The smuggler did not take them across the border near Agadez.",
    # soldiers patrol there: nobody is taken across
    "Soldiers patrol across the border near Agadez.",
    # hikers and cyclists led across for sport
    "Guides led the hikers across the border near Agadez.",
    "Cyclists were led across the border near Agadez during the race.",
], ids=["negated", "patrol", "hikers", "cyclists"])
def test_no_one_taken_across_gives_no_stop(text):
    assert "transit" not in role_of(text, "Agadez")


# ------------------------------------------------------------------ a home region left

LIBYANS = "Libyan families fleeing the clashes are crossing the desert. "


@pytest.mark.parametrize("text", [
    "People leaving southern Libya by truck first reach Agadez.",
    "Most leave from southern Libya and head south through the desert.",
], ids=["leaving-by-truck", "leave-from"])
def test_a_region_of_the_peoples_country_left_is_their_home(text):
    assert role_of(text, "southern Libya", LIBYANS) == {"origin"}


@pytest.mark.parametrize("text", [
    # set out from it: a departure
    "Most set out from southern Libya and head south through the desert.",
    # a town in the region left: that town is the departure
    "The truck left Sebha, a town in southern Libya, at night.",
    # negated: nobody left it
    "People are not leaving southern Libya by truck this year.",
], ids=["set-out", "town-in-region", "negated"])
def test_a_region_only_set_out_from_or_named_beside_a_town_is_no_home(text):
    assert "origin" not in role_of(text, "southern Libya", LIBYANS)


def test_a_region_of_another_country_left_stays_a_departure():
    text = "Eritrean families are crossing the desert. People leaving southern Libya by boat reach Malta."
    assert "origin" not in roles(picture(text)).get("southern Libya", set())


# ------------------------------------------------------------------ a road named by its end

@pytest.mark.parametrize("text, place", [
    ("Further north, on the road to Kufra, an armed group has set up two checkpoints.", "Kufra"),
    ("Those who can pay continue through the desert and then along the coast road to Tripoli.", "Tripoli"),
    # hedged: still a passage
    ("Militias reportedly run checkpoints on the road to Kufra.", "Kufra"),
], ids=["on-the-road", "along-the-coast-road", "hedged"])
def test_a_road_named_by_its_end_is_a_passage(text, place):
    assert role_of(text, place) == {"transit"}


@pytest.mark.parametrize("text", [
    # negated
    "There are no checkpoints on the road to Kufra.",
    # by road: the way they went there, an arrival
    "From Agadez most of them went on by road to Kufra.",
], ids=["negated", "by-road"])
def test_no_passage_on_a_road_to_a_town(text):
    assert "transit" not in role_of(text, "Kufra")


# ------------------------------------------------------------------ a place left later

def test_a_place_held_in_and_left_later_is_a_stop():
    text = ("Smugglers drove them from Agadez to Sebha. A militia held them there for a month. "
            "They later reached Tripoli.")
    assert role_of(text, "Sebha") == {"transit"}
    assert "destination" in role_of(text, "Tripoli")


@pytest.mark.parametrize("text", [
    # negated: they went no further
    "Smugglers drove them from Agadez to Sebha. A militia held them there for a month. They never reached Tripoli.",
    # hedged: only a guess at a later stop
    "Smugglers drove them from Agadez to Sebha. A militia held them there for a month. They may have reached Tripoli.",
    # the next sentences take no one on: police elsewhere count people
    "Smugglers drove them from Agadez to Sebha. A militia held them there for a month. Police in Tripoli counted 300.",
], ids=["negated", "hedged", "no-onward-word"])
def test_a_place_not_left_later_stays_where_they_ended(text):
    assert "destination" in role_of(text, "Sebha")


@pytest.mark.parametrize("text, stop", [
    ("A militia held them for a month in Sebha. They later reached Tripoli.", True),
    ("A militia held them for a month in Sebha. Two weeks later they reached Tripoli.", True),
    # negated: they went no further
    ("A militia held them for a month in Sebha. They never reached Tripoli.", False),
    # a return told next: the hold starts it, no stop on the way
    ("A militia held them for a month in Sebha. They were later deported to Niger.", False),
    # a part of the group goes on: no move of all of them
    ("A militia held them for a month in Sebha. Most later reached Tripoli.", False),
    # held on the way of a journey its sentence tells: the next sentence goes on from there
    ("Trucks took them from Agadez, where most were held after arrests in Sebha. From there they walked to Tripoli.",
     False),
    # no one held: talks held, a border held
    ("Officials held talks for two days in Sebha. They later reached Tripoli.", False),
    ("The army held the border for a month near Sebha. They later reached Tripoli.", False),
    # held, said in the passive
    ("They were held for weeks in Sebha. They later reached Tripoli.", True),
], ids=["they-later", "weeks-later", "negated", "deported", "most", "journey-around-it", "talks", "border",
        "passive"])
def test_a_place_held_in_is_a_stop_when_the_next_sentence_takes_people_on(text, stop):
    assert ("transit" in role_of(text, "Sebha")) is stop


def test_a_place_hoped_for_and_reached_later_is_no_stop_on_the_way():
    text = "Smugglers drove them from Agadez, hoping to reach Tripoli. They later reached Tripoli."
    assert "transit" not in role_of(text, "Tripoli")


# ------------------------------------------------------------------ goods, animals or traders heading somewhere

@pytest.mark.parametrize("text", [
    "Trucks carrying goats headed to Tripoli.",
    "Lorries loaded with cement head to Tripoli every morning.",
    "Traders heading to Tripoli pass the checkpoint daily.",
    "Traders heading for Tripoli crossed the border near Sebha.",
    # negated
    "Trucks carrying goats did not head to Tripoli.",
], ids=["goats", "cement", "traders", "traders-crossing", "negated"])
def test_goods_animals_or_traders_heading_to_a_place_make_no_destination(text):
    assert "destination" not in role_of(text, "Tripoli")


@pytest.mark.parametrize("text", [
    "Trucks carrying migrants headed to Tripoli.",
    # hedged: still people heading there
    "Trucks reportedly carrying migrants headed to Tripoli.",
    # traders listed with migrants: people on the move, who go on from the border, not from Tripoli
    "Migrants and traders heading for Tripoli crossed the border near Sebha.",
    "Traders and migrants heading for Tripoli crossed the border near Sebha.",
    # goods carried with people
    "Lorries carrying goats and migrants headed to Tripoli.",
], ids=["migrants", "hedged", "migrants-and-traders", "traders-and-migrants", "goats-and-migrants"])
def test_people_carried_to_a_place_are_heading_there(text):
    assert role_of(text, "Tripoli") == {"destination"}


def test_people_carried_not_to_a_place_are_not_heading_there():
    # negated: the claim is made, and denied
    found = [c for c in claims_on("Trucks carrying migrants did not head to Tripoli.", "Tripoli")
             if c.role == "destination"]
    assert found and all(c.negated for c in found)


# ------------------------------------------------------------------ a guess at where people were taken on

@pytest.mark.parametrize("text, hedged", [
    ("The smugglers may have taken them on to Tripoli.", True),
    ("The smugglers might well have driven them to Tripoli.", True),
    # said as fact
    ("The smugglers have taken them on to Tripoli.", False),
], ids=["may-have-taken", "might-well-have-driven", "fact"])
def test_may_have_taken_is_a_guess(text, hedged):
    found = [c for c in claims_on(text, "Tripoli") if c.role in ("destination", "transit")]
    assert found and all(c.hedged is hedged for c in found)


def test_may_have_been_paid_takes_no_one_anywhere():
    # a guess about being, not about a move: no stop at all
    assert not [c for c in claims_on("The smugglers may have been paid in Tripoli.", "Tripoli")
                if c.role in ("destination", "transit")]
