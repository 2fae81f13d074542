"""Roles: destinations: people a force sends on to where
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
    # sent, not sent on: the force's own conveying, its zone
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


@pytest.mark.parametrize("text", [
    "The farmer spent ten years at a factory in Tunis.",
    "The retired teacher had spent decades at a school in Tunis.",
], ids=["farmer", "retired-teacher"])
def test_years_at_work_of_a_person_not_said_to_move_give_no_destination(text):
    # (a person named only by a word the text does not make a mover)
    assert "destination" not in role_of(text, "Tunis")


@pytest.mark.parametrize("text", [
    "The young man spent six years at a car wash near Tunis.",
    "The Eritrean farmer spent ten years at a factory in Tunis.",
    "His brother spent four years at a bakery in Tunis.",
], ids=["young-man", "eritrean-farmer", "his-brother"])
def test_years_at_work_of_the_story_s_people_still_make_a_destination(text):
    assert "destination" in role_of(text, "Tunis")


def test_years_at_work_only_hoped_for_are_an_intended_destination(monkeypatch):
    # (a hope is marked intended as other hopes are, "he hoped to reach X")
    import geomig.picture as stage
    from geomig.picture.roles import role_claims

    seen = []
    monkeypatch.setattr(stage, "role_claims", lambda *a: seen.extend(role_claims(*a)) or list(seen))
    role_of("He hoped to spend four years at a factory in Tunis.", "Tunis")
    claims = [c for c in seen if c.cue == "destination.years_at_work"]
    assert claims and all(c.intended for c in claims)


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
], ids=["apposition", "where-clause", "number-in-aside"])
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
