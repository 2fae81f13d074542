"""Control zones a second user trial (session 24) and a reviewer found wrong: people kept
(not a road kept open, goats kept; a watch kept is border control), a pick-up on land (no
border control by itself), a coastguard only named as others' partner, a place whose own force
opens a new clause after a list ("off X, and Y's police arrest ..."), and checkpoints between
two places (a zone at each).

Sentences written for these tests; geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import zone_told, zones_told

# ------------------------------------------------------------------------------ people kept


@pytest.mark.parametrize("text, expected", [
    ("Police kept them in Sebha for two weeks.", {("detention", "Sebha")}),
    ("The men were kept in Sebha for a month before their release.", {("detention", "Sebha")}),
    ("Police kept forty Eritreans in Misrata for weeks.", {("detention", "Misrata")}),
    # distractors: what is kept is no person
    ("Police kept the road open near Sebha for two weeks.", set()),
    ("Soldiers kept the goats in Sebha for a week.", set()),
    ("Police kept watch at the border near Sebha all night.", set()),
    ("The charity kept its clinic open in Misrata for a month.", set()),
    # negation
    ("Police never kept them in Sebha.", set()),
], ids=["kept-them", "were-kept", "kept-eritreans", "road-open", "goats", "watch", "clinic", "never"])
def test_only_people_kept_are_held(text, expected):
    assert {z for z in zones_told(text) if z[0] == "detention"} == expected


@pytest.mark.parametrize("text", [
    "Police kept watch at the border near Sebha all night.",
    "Since last year police have kept fixed checks on the roads at Sebha.",
], ids=["watch", "checks"])
def test_a_watch_kept_is_border_control_not_detention(text):
    assert zones_told(text) == {("border", "Sebha")}


def test_people_kept_hedged_stay_hedged():
    zone = zone_told("Police reportedly kept them in Sebha for two weeks.", "Sebha")
    assert (zone.properties["control"], zone.properties["hedged"]) == ("detention", True)


# ------------------------------------------------------------------------------ picked up on land


@pytest.mark.parametrize("text, expected", [
    ("Most of the passengers had been picked up near Sebha, far from any border.", set()),
    ("A driver picked them up outside Misrata and took them north.", set()),
    # at sea a pick-up stays the coastguard's
    ("The coastguard picked up 40 people from a dinghy off Zawiya.", {("coastguard", "Zawiya")}),
    # distractor: a force's own act on land stays
    ("Border guards arrested them near Sebha.", {("border", "Sebha")}),
    # negation
    ("No boat was picked up off Zawiya this week.", set()),
], ids=["picked-up-inland", "driver", "off-the-coast", "arrested", "no-boat"])
def test_a_pick_up_on_land_is_no_border_control(text, expected):
    assert zones_told(text) == expected


def test_a_hedged_pick_up_at_sea_stays_hedged():
    zone = zone_told("The coastguard reportedly picked up 40 people from a dinghy off Zawiya.", "Zawiya")
    assert (zone.properties["control"], zone.properties["hedged"]) == ("coastguard", True)


# ------------------------------------------------------------------------------ a partner named


@pytest.mark.parametrize("text", [
    "Italian officers, who work with the coastguard under an agreement with Rome, were on the patrol boat.",
    "Greek officers work closely with the coastguard, the ministry in Greece said.",
    "Maltese officials said they cooperate with the coast guard.",
], ids=["work-with", "closely", "cooperate"])
def test_a_coastguard_only_named_as_a_partner_draws_no_zone(text):
    assert not {z for z in zones_told(text) if z[0] == "coastguard"}


@pytest.mark.parametrize("text, place", [
    # distractors: the coastguard acts itself
    ("The Libyan coastguard, working alongside Italian officers, intercepted a boat off Zawiya.", "Zawiya"),
    ("Together with Italian officers, the Libyan coastguard intercepted a boat off Zawiya.", "Zawiya"),
], ids=["working-alongside", "together-with"])
def test_a_coastguard_that_acts_keeps_its_zone(text, place):
    assert ("coastguard", place) in zones_told(text)


# ------------------------------------------------------------------------------ a new clause's owner


def test_a_place_that_names_its_own_force_ends_a_list():
    found = zones_told("The coastguard patrols off Zawiya, and Tripoli's police arrest migrants in the port.")
    assert ("coastguard", "Zawiya") in found and ("coastguard", "Tripoli") not in found
    found = zones_told("The coastguard patrols off Zawiya and Sabratha border guards search the beaches.")
    assert ("coastguard", "Zawiya") in found and ("coastguard", "Sabratha") not in found


def test_a_list_of_places_still_lists():
    # distractor: a plain list, and one whose last place owns a port, not a force
    found = zones_told("The coastguard patrols off Zawiya and Tripoli.")
    assert {("coastguard", "Zawiya"), ("coastguard", "Tripoli")} <= found
    found = zones_told("The coastguard patrols off Zawiya and Tripoli's port.")
    assert {("coastguard", "Zawiya"), ("coastguard", "Tripoli")} <= found
    # hedged
    zone = zone_told("The coastguard reportedly patrols off Zawiya and Tripoli.", "Tripoli")
    assert zone.properties["hedged"]


# ------------------------------------------------------------------------------ checkpoints between


@pytest.mark.parametrize("text, expected", [
    ("On the coast road the bus was stopped at four police checkpoints between Tripoli and Misrata.",
     {("checkpoint", "Tripoli"), ("checkpoint", "Misrata")}),
    ("Soldiers have set up roadblocks on the road between Sebha and Kufra.",
     {("checkpoint", "Sebha"), ("checkpoint", "Kufra")}),
    # negation
    ("The bus was not stopped at any checkpoints between Tripoli and Misrata.", set()),
    # distractor: a journey between two towns, no post
    ("The bus took nine hours between Tripoli and Misrata.", set()),
], ids=["police-checkpoints", "roadblocks-on-the-road", "not-stopped", "no-post"])
def test_checkpoints_between_two_places_are_zones_at_both(text, expected):
    assert {z for z in zones_told(text) if z[0] == "checkpoint"} == expected


def test_hedged_checkpoints_between_two_places_stay_hedged():
    zone = zone_told("Police reportedly run checkpoints between Tripoli and Misrata.", "Misrata")
    assert zone.properties["hedged"]
