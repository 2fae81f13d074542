"""Roles: destinations in the forty-second session's wording: people a force sends on to where
they are received (destination.sent_on, not the force's own conveying: [context] force_conveys),
people leaving or bound for the work itself (destination.to_workplace), and years spent at a
workplace in a place (destination.years_at_work).

Sentences written for these tests; geocoded by the tiny fixture gazetteer
(tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import role_of

# ------------------------------------------------------------------ sent on by a force


@pytest.mark.parametrize("text, place", [
    ("Soldiers sent the migrants on to a camp in Tunisia.", "Tunisia"),
    ("Police sent the families on by bus to a reception centre in Tunis.", "Tunis"),
    ("Border guards sent the group on by lorry to a site in Tunisia.", "Tunisia"),
    # hedged: still where they were sent
    ("Soldiers sent the migrants on to a camp in Tunisia, officials believe.", "Tunisia"),
], ids=["soldiers-sent-on", "on-by-bus", "on-by-lorry", "hedged"])
def test_people_a_force_sends_on_go_where_they_are_received(text, place):
    assert "destination" in role_of(text, place)


@pytest.mark.parametrize("text", [
    # sent, not sent on: the force's own conveying, its zone (session 41)
    "Soldiers sent the families to a camp in Tunisia.",
    # negated
    "Police did not send the migrants on to a camp in Tunisia.",
    # held: custody
    "Police sent the migrants on to a detention centre in Tunisia.",
    "Police arrested the men and sent them on to a camp in Tunisia.",
    # a return
    "Police sent the migrants back to a camp in Tunisia.",
], ids=["sent-not-on", "negated", "detention-centre", "arrested", "sent-back"])
def test_a_force_sending_people_without_moving_them_on_gives_no_destination(text):
    assert "destination" not in role_of(text, "Tunisia")


def test_a_force_taking_people_to_its_centre_stays_its_zone():
    # the coastguard's own landing is untouched: "took", not "sent ... on"
    assert "destination" not in role_of("The coastguard took the migrants to a camp in Tunisia.", "Tunisia")


# ------------------------------------------------------------------ leaving for the work


@pytest.mark.parametrize("text, place", [
    ("Hundreds of workers left for a farm in Tunisia.", "Tunisia"),
    ("A second group of 80 workers will leave next month, bound for the olive groves and orchards "
     "around Sfax.", "Sfax"),
    ("Most are taken by bus to electronics and metalwork factories in Tunis; others go to the ports.", "Tunis"),
], ids=["left-for-a-farm", "bound-for-orchards", "three-words-before"])
def test_people_leaving_or_taken_to_the_work_go_there(text, place):
    assert "destination" in role_of(text, place)


@pytest.mark.parametrize("text", [
    # a farm left, not gone to
    "Hundreds of workers left a farm in Tunisia.",
    # negated
    "The workers never left for the farms in Tunisia.",
    # back home
    "Hundreds of workers left for home, to a farm in Tunisia.",
], ids=["farm-left", "negated", "home"])
def test_a_workplace_left_or_denied_is_no_destination(text):
    assert "destination" not in role_of(text, "Tunisia")


# ------------------------------------------------------------------ years at a workplace


@pytest.mark.parametrize("text, place", [
    ("He spent four years on the night shift at a glove factory in Tunis.", "Tunis"),
    ("She spent more than a decade at a bakery around Sfax.", "Sfax"),
    ("At twenty he went to Italy, where he spent six years at a car wash near Rome.", "Rome"),
], ids=["night-shift", "decade-at-a-bakery", "after-a-where"])
def test_years_at_a_workplace_make_it_a_destination(text, place):
    assert "destination" in role_of(text, place)


@pytest.mark.parametrize("text, place", [
    # negated
    ("He never spent years at a factory in Tunis.", "Tunis"),
    # weeks on the way: a stay, not this cue
    ("He spent three weeks at a farm in Tunisia.", "Tunisia"),
    # a local at work (the context's migrants are Eritrean)
    ("An Eritrean engineer spent twenty years at a factory in Eritrea.", "Eritrea"),
    # years spent elsewhere than at work
    ("He spent four years in a camp in Tunisia.", "Tunisia"),
], ids=["negated", "weeks", "local", "camp"])
def test_years_not_spent_at_work_abroad_give_no_destination(text, place):
    assert "destination" not in role_of(text, place)


def test_years_at_work_before_a_departure_are_no_end():
    text = "He spent four years at a glove factory in Tunis, before he left for Rome."
    assert "destination" not in role_of(text, "Tunis")
    assert "destination" in role_of(text, "Rome")


# ------------------------------------------------------------------ "to X, <aside>, or to Y"


@pytest.mark.parametrize("text, place", [
    ("Most travel on to Tunis, three hours to the south, or to Sfax on the coast.", "Sfax"),
    ("Some were saving to move on to Italy, where relatives had found work, or to Malta.", "Malta"),
    ("Smaller numbers have gone east to Benghazi, where the town registered 4,800 people, and to Misrata.",
     "Misrata"),
    ("After a year, many move on to Italy, especially to Rome.", "Rome"),
], ids=["apposition", "where-clause", "number-in-aside", "especially-to"])
def test_a_second_to_after_an_aside_shares_the_destination(text, place):
    assert "destination" in role_of(text, place)


@pytest.mark.parametrize("text", [
    # an aside that denies
    "They went to Tunis, where they were not welcome, or to Sfax.",
    # an aside that reports
    "They went to Tunis, police said, and to Sfax.",
], ids=["denied-aside", "reported-aside"])
def test_an_aside_that_denies_or_reports_ends_the_list(text):
    assert "destination" not in role_of(text, "Sfax")


# ------------------------------------------------------------------ a place spoken of


@pytest.mark.parametrize("text, place", [
    ("Two young men hoped to reach Rome; a woman from Tunis spoke of Malta.", "Malta"),
    ("He still talks of Italy.", "Italy"),
    ("Most said they hope to stay, and a few spoke of Europe.", "Europe"),
    ("Some of the men talk about Italy, where there are many Eritreans in Rome.", "Italy"),
    ("She spoke of Malta and of Rome.", "Rome"),
    # hedged: still a hope
    ("Perhaps they talk of Malta.", "Malta"),
    # a time of the hope, not of a memory; a place spoken of before a war named later
    ("They spoke of Malta before the winter.", "Malta"),
    ("He spoke of Italy, where the war had not reached.", "Italy"),
], ids=["spoke-of", "still-talks-of", "a-few-spoke", "talk-about-where", "and-of", "hedged",
        "before-winter", "where-no-war"])
def test_a_place_people_speak_of_is_a_hoped_for_destination(text, place):
    assert "destination" in role_of(text, place)


@pytest.mark.parametrize("text, place", [
    # negated
    ("Nobody talked about Italy.", "Italy"),
    # spoken of as something, or with dread
    ("They spoke of Libya as hell.", "Libya"),
    ("They spoke of Libya with horror.", "Libya"),
    # where they were held
    ("She spoke of Tripoli, where she was held for a year.", "Tripoli"),
    # its possessive
    ("The minister spoke of Libya's coastguard.", "Libya"),
    # the people's own country (the context's migrants are Eritrean)
    ("They often talk of Eritrea.", "Eritrea"),
    # review42 M1: a bare possessive, a memory of before a war, a place where years were spent
    ("He spoke about Lesbos' camps.", "Lesbos"),
    ("They spoke of Tripoli before the war.", "Tripoli"),
    ("She talks of Tripoli during the revolution.", "Tripoli"),
    ("He spoke of Tripoli, the city where he spent two years.", "Tripoli"),
    ("He spoke of Lesbos, the island where he spent a winter in a tent.", "Lesbos"),
], ids=["negated", "as-something", "with-horror", "held-there", "possessive", "home", "bare-possessive",
        "before-the-war", "during-the-revolution", "where-spent", "island-where-spent"])
def test_a_place_spoken_of_with_dread_or_as_home_is_no_destination(text, place):
    assert "destination" not in role_of(text, place)
