"""Zones: look-alikes of zone wording. A facility still to
come is one the passive is told of ("a second camp is being prepared at X"), not anything else
being built in a camp's sentence; a force acts when it turns or pushes people back, picks people
up, or sights a boat, not when its attention turns back, its soldiers are picked up, or it sights
dolphins; "the X border" with the neighbour named in another clause stays a zone in X.

Sentences written for these tests; geocoded by the tiny fixture gazetteer
(tests/extract_helpers.py)."""

from __future__ import annotations

import re

import pytest
from extract_helpers import ZONE_CONTEXT, zones_at, zones_told


# ------------------------------------------------ a facility still to come: the passive told of it


@pytest.mark.parametrize("text", [
    "Some 3,000 refugees live in a camp outside Agadez, where more tents are being set up.",
    "Some 3,000 refugees live in a camp outside Agadez, where a clinic will be built.",
], ids=["tents-being-set-up", "clinic-will-be-built"])
def test_a_camp_where_something_else_is_being_built_is_a_camp(text):
    assert ("reception", "Agadez") in zones_told(text)


@pytest.mark.parametrize("text", [
    "A second camp is being prepared at Zawiya.",
    "The camp at Zawiya will be opened next month.",
], ids=["camp-being-prepared", "camp-will-be-opened"])
def test_a_camp_itself_still_to_come_is_no_camp(text):
    assert not {z for z in zones_told(text) if z[1] == "Zawiya"}


# ------------------------------------------------ a force's act, not its look-alikes


@pytest.mark.parametrize("text", [
    # someone else saw the boat; the force only speaks
    "Police said the boat, seen by fishermen off Zuwara, later sank.",
    # the force's own men are picked up (war reporting, no one on the move)
    "The Libyan soldiers were picked up by a helicopter near Zuwara after the clashes.",
    # attention, not people, turned back
    "Tunisian police turned their attention back to Sfax after the protests.",
    # animals sighted
    "The Tunisian navy sighted dolphins off Zuwara during an exercise.",
], ids=["seen-by-fishermen", "soldiers-picked-up", "attention-back", "dolphins"])
def test_a_force_named_beside_a_look_alike_of_its_act_draws_no_zone(text):
    assert not {z for z in zones_told(text) if z[1] in ("Zuwara", "Sfax", "Tunisia", "Libya")}


@pytest.mark.parametrize("text, place", [
    ("Forty migrants were picked up by Libyan soldiers in the hills.", "Libya"),
    ("He climbed the wall and was picked up, an hour later, by Libyan police in the hills near Zuwara.",
     "Zuwara"),
    ("The boat was sighted by a Libyan navy patrol vessel.", "Libya"),
    ("The Libyan navy sighted a dinghy off Zuwara.", "Zuwara"),
    ("Tunisian soldiers turned people back at Zuwara on Monday.", "Zuwara"),
    ("Tunisian police pushed the families back at Zuwara.", "Zuwara"),
    ("Libyan police turned 40 Eritreans back at Zuwara.", "Zuwara"),
], ids=["picked-up-by", "picked-up-later-by", "sighted-by", "sighted-dinghy", "turned-people-back", "pushed-families-back",
        "turned-eritreans-back"])
def test_a_force_that_picks_up_sights_or_turns_people_back_acts(text, place):
    # the zone is the acting force's, named as the sentence names it
    force = re.search(r"(?:Libyan|Tunisian) (?:soldiers|police|navy)", text).group()
    assert [z.properties["actor"] for z in zones_at(text, place, ZONE_CONTEXT)] == [force]


# ------------------------------------------------ the neighbour named in another clause


@pytest.mark.parametrize("text, place", [
    ("Forty migrants were caught on the Libyan border, officials in Tunisia said.", "Libya"),
    ("Fifty people were caught on the Polish border; Belarus denied any role.", "Poland"),
], ids=["attribution", "semicolon"])
def test_a_country_border_with_the_neighbour_in_another_clause_keeps_its_zone(text, place):
    assert {z for z in zones_told(text) if z[1] == place} == {("border", place)}
