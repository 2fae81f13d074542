"""A town's own police acting (control.town_police: "Sfax police arrested 30 migrants") holds
that town, as "police in X arrested them" does; and "At X the officers checked every paper"
reads as "At X, the officers ..." (control.screened_at with no comma); an army keeping order
inland ("soldiers patrol the streets of X") is the government's control, no border's. Session 40.

Sentences written for these tests; geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import picture, zones

CONTEXT = "Hundreds of Eritrean migrants reached Lampedusa from Libya this week. "


def _zones(text: str) -> set[tuple[str, str]]:
    return zones(picture(CONTEXT + text))


# ------------------------------------------------------------------------------ control.town_police

@pytest.mark.parametrize("text", [
    "Sfax police arrested 30 migrants on Monday.",
    "Sfax municipal police stopped a group of Eritreans near the bus station.",
    "Agadez gendarmes turned back 40 people on the road north.",
    "Sfax police said they had detained 12 people from Sudan.",
    # hedged: still a zone
    "Sfax police reportedly detained 12 people from Sudan.",
], ids=["arrested", "municipal", "gendarmes", "said-they", "hedged"])
def test_a_town_police_acting_on_people_holds_its_town(text):
    found = _zones(text)
    place = "Agadez" if "Agadez" in text else "Sfax"
    assert any(p == place for _, p in found), found


@pytest.mark.parametrize("text, place", [
    ("Sfax police said the migrants had left from Zuwara.", "Sfax"),    # it speaks
    ("A fishing crew alerted Sfax police on Monday.", "Sfax"),          # no act of its
    ("The Sfax police did not arrest anyone.", "Sfax"),                 # denied
    ("Migrants from Sfax police stations were moved to Tunis.", "Sfax"),  # no force acting
    # acting on someone else than people on the move: a town's own policing
    ("Sfax police arrested a man for burglary on Monday.", "Sfax"),
    ("Sfax police arrested a man who attacked asylum seekers at a hotel.", "Sfax"),
    ("Sfax police stopped the march of asylum seekers to the town hall.", "Sfax"),
    ("Sfax police stopped a demonstration by refugees on Friday.", "Sfax"),
], ids=["speaks", "alerted", "denied", "no-act", "burglar", "attacker", "march", "demonstration"])
def test_a_town_police_that_does_not_act_there_holds_no_zone(text, place):
    assert not any(p == place for _, p in _zones(text))


def test_a_town_police_acting_at_another_place_holds_that_place_only():
    found = _zones("Sfax police arrested 40 migrants near Zuwara.")
    assert ("border", "Zuwara") in found
    assert not any(p == "Sfax" for _, p in found)


def test_a_town_police_arresting_smugglers_keeps_order_for_the_government():
    found = _zones("Sfax police arrested four smugglers on Sunday.")
    assert ("government", "Sfax") in found
    assert ("border", "Sfax") not in found


# ------------------------------------------------------- control.screened_at: "At X the officers ..."

@pytest.mark.parametrize("text, place", [
    ("At Pozzallo the Italian officers checked every paper.", "Pozzallo"),
    ("At Sfax Tunisian police registered them and took their fingerprints.", "Sfax"),
], ids=["the-officers", "demonym-police"])
def test_a_place_opening_the_sentence_without_a_comma_is_where_officials_act(text, place):
    assert any(p == place for _, p in _zones(text))


@pytest.mark.parametrize("text", [
    "At Sfax the port was closed for the holiday.",
    "At Sfax the weather was warm and the police were calm.",
], ids=["no-force", "no-act"])
def test_a_place_opening_the_sentence_without_officials_acting_holds_no_zone(text):
    assert not any(p == "Sfax" for _, p in _zones(text))


# ------------------------------------------------------------------ an army keeping order inland

@pytest.mark.parametrize("text, place", [
    ("Libyan soldiers patrol the streets of Tripoli at night.", "Tripoli"),
    ("Libyan troops guard the road out of Sebha.", "Sebha"),
], ids=["streets", "road"])
def test_an_army_keeping_order_inland_is_the_governments_control(text, place):
    found = zones(picture("Thousands fled the fighting in Sudan last year. " + text))
    assert ("government", place) in found
    assert ("border", place) not in found


@pytest.mark.parametrize("text, place", [
    ("Libyan soldiers patrol the border near Kufra.", "Kufra"),
    ("Libyan soldiers patrol the coast near Zuwara.", "Zuwara"),
    ("Libyan soldiers detained 30 migrants in Sebha.", "Sebha"),
], ids=["border", "coast", "migrants"])
def test_an_army_at_a_border_or_acting_on_people_on_the_move_stays_a_border_control(text, place):
    found = zones(picture("Thousands fled the fighting in Sudan last year. " + text))
    assert ("border", place) in found
    assert ("government", place) not in found
