"""Roles: people who fled or left as a war reached a place (relevance._fled_the_war, session
38). The place the war reached is where they left, an origin named by its own rule
(origin.fled_war, not the arrival cue's id), and the sentence still moves people: "Thousands
fled after shelling reached X, and most went to Y" keeps Y a destination. A war reaching a
place that no one flees stays no one's move ("5,000 have crossed since the fighting reached X",
"troops moved to Y").

Sentences written for these tests; geocoded by the tiny fixture gazetteer
(tests/extract_helpers.py) with the places below added."""

from __future__ import annotations

import pytest
from extract_helpers import REPORTED, picture, roles, with_places

#: Places of these tests: surface -> (id, kind, country, lat, lon, gazetteer name).
EXTRA = {
    "Northbury": ("test:northbury", "city", "SD", 15.64, 32.48, "Northbury"),
    "Easton": ("test:easton", "city", "SD", 14.40, 33.52, "Easton"),
    "Gedville": ("test:gedville", "city", "SD", 14.03, 35.38, "Gedville"),
}


@pytest.fixture(autouse=True)
def more_places(monkeypatch):
    with_places(monkeypatch, EXTRA)


@pytest.mark.parametrize("text, left, reached", [
    ("Thousands fled after shelling reached Northbury, and most went to Egypt.", "Northbury", "Egypt"),
    ("We left when the fighting reached Easton, and walked to Gedville.", "Easton", "Gedville"),
], ids=["fled-then-share", "left-when-the-fighting"])
def test_fled_as_war_came_keeps_both_ends(text, left, reached):
    found = roles(picture(REPORTED + text))
    assert found.get(left) == {"origin"}, found
    assert "destination" in found.get(reached, set()), found


@pytest.mark.parametrize("text", [
    "When the shelling reached Northbury, tens of thousands fled to Gedville.",
    "As the fighting reached Northbury, families escaped to Gedville.",
], ids=["when-then-fled", "as-then-escaped"])
def test_war_told_first_then_the_flight(text):
    found = roles(picture(REPORTED + text))
    assert found.get("Northbury") == {"origin"}, found
    assert "destination" in found.get("Gedville", set()), found


def test_war_told_first_and_no_one_fled():
    found = roles(picture(REPORTED + "When the shelling reached Northbury, no one fled to Gedville."))
    assert not found.get("Northbury"), found


def test_fled_war_origin_names_its_own_rule():
    pic = picture(REPORTED + "Thousands fled after shelling reached Northbury, and most went to Egypt.")
    origin = next(f for f in pic.by_role("origin") if f.name == "Northbury")
    assert "origin.fled_war" in origin.cue, origin.cue
    assert "destination.arrived" not in origin.cue, origin.cue


@pytest.mark.parametrize("text", [
    # the war reached the place, no one fled it: no move at all
    "More than 5,000 have crossed since the fighting reached Northbury, the officials said.",
    # the war reached it, and the sentence moves troops, not people
    "The shelling reached Northbury, and troops moved to Gedville.",
], ids=["no-flight", "troops"])
def test_war_reaching_a_place_moves_no_one(text):
    found = roles(picture(REPORTED + text))
    assert not found.get("Northbury"), found
    assert "destination" not in found.get("Gedville", set()), found


@pytest.mark.parametrize("text, other", [
    # people fled, and in a clause of its own someone else moves food, goods or troops
    ("Thousands fled after shelling reached Northbury, and the UN flew food to Gedville.", "Gedville"),
    ("Thousands fled after shelling reached Northbury, and two trucks of wheat went to Egypt.", "Egypt"),
    ("Thousands fled after shelling reached Northbury, and United Nations planes flew food to Gedville.", "Gedville"),
], ids=["un-flew-food", "trucks-of-wheat", "capitalised-ed-subject"])
def test_flight_reaches_only_the_clause_of_those_who_fled(text, other):
    found = roles(picture(REPORTED + text))
    assert found.get("Northbury") == {"origin"}, found
    assert not found.get(other), found


@pytest.mark.parametrize("text", [
    "No one fled when the shelling reached Northbury, the governor said.",
    "Investors left when the war reached Northbury, and the cotton trade moved to Gedville.",
    "The team left after shelling reached Northbury.",
    "The army left before the fighting reached Northbury, and troops moved to Gedville.",
], ids=["no-one-fled", "investors-left", "team-left", "army-left"])
def test_no_flight_when_it_is_denied_or_no_mover_leaves(text):
    found = roles(picture(REPORTED + text))
    assert not found.get("Northbury"), found
    assert not found.get("Gedville"), found


def test_a_flight_guessed_at_is_hedged():
    def kosti(text):
        pic = picture(REPORTED + text)
        return next(f for f in pic.by_role("origin") if f.name == "Northbury")
    firm = kosti("Families fled when the shelling reached Northbury.")
    guess = kosti("Families may have fled when the shelling reached Northbury.")
    assert guess.confidence < firm.confidence, (guess.confidence, firm.confidence)


def test_denied_move_after_war_is_no_destination():
    found = roles(picture(REPORTED + "Thousands fled after shelling reached Northbury, but none went to Gedville."))
    assert "destination" not in found.get("Gedville", set()), found
