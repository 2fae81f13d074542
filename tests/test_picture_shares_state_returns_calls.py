"""Look-alikes of three frames, each tested with the frame kept.

- origin.group_came_from: a part "of those" is of people on the move ("of those leaving", "of
  those who fled"), not of victims or things ("of those killed", "of those rifles"); money or goods
  guard only a part told by its size alone or "of them", after money named before it (a share of
  money comes from X), not one of people with money named anywhere ("..., where they earned five
  dollars a day");
- SAID_OWN (move.returned): a state that says it returned its ambassador, troops, artefacts or the
  remains of the dead sends no one on the move back (NOT_SENT_THINGS);
- seat_before: the next addressee of a call ("called on X to ..., and on Y") only after a first
  that is a state or its authorities; not "police called on the migrants to stop, and on Y ...".

Sentences written for these tests; geocoded by the tiny fixture gazetteer
(tests/extract_helpers.py) with its Andean places added for the origins."""

from __future__ import annotations

import pytest
from extract_helpers import ANDEAN, REPORTED, picture, route_names, with_places, zones_told_at
from extract_helpers import reported_role_of as role_of

SHARE = "origin.group_came_from"


def cues_of(text: str, place: str) -> set[str]:
    """The cue ids of the role claims on a place in the picture of a text told after REPORTED."""
    return {c["cue"] for f in picture(REPORTED + text).features if f.name == place
            for c in f.properties.get("claims", [])}

# ---- origin.group_came_from: people on the move, and money as what comes --------------------


@pytest.mark.parametrize("text, place", [
    ("Most of those who fled came from Oruro.", "Oruro"),
    ("Most of those arriving by bus came from Potosi.", "Potosi"),
    ("A third of those arriving this year come from Sucre.", "Sucre"),
    ("Most of those sent back last month come from Potosi.", "Potosi"),
    ("Most of the new arrivals came from Oruro, where they earned five dollars a day.", "Oruro"),
    ("Most of the families came from Potosi, where wages are below ten dollars a day.", "Potosi"),
])
def test_a_part_of_people_on_the_move_comes_from_a_place(monkeypatch, text, place):
    with_places(monkeypatch, ANDEAN)
    assert role_of(text, place) == {"origin"}
    assert SHARE in cues_of(text, place)


@pytest.mark.parametrize("text, place", [
    # victims and things
    ("Most of those killed came from Oruro.", "Oruro"),
    ("Most of those rifles came from Peru.", "Peru"),
    # money named before a part told by its size alone: the money comes from there
    ("The fund holds two billion dollars; a third comes from Peru.", "Peru"),
    # hedged
    ("Most of those who fled may have come from Oruro.", "Oruro"),
])
def test_no_share_of_victims_things_money_or_a_doubt(monkeypatch, text, place):
    # (the share's frame only: "those killed came from X" is read by other cues)
    with_places(monkeypatch, ANDEAN)
    assert SHARE not in cues_of(text, place)


# ---- SAID_OWN: what a state sends back that is no one on the move ---------------------------


@pytest.mark.parametrize("text", [
    "Italy said it had returned its ambassador to Tunisia.",
    "Italy said it had sent its envoy back to Tunisia after the talks.",
    "Italy said it had returned 200 looted artefacts to Tunisia.",
    "Italy said it had returned the remains of 12 soldiers to Tunisia.",
])
def test_a_state_returning_envoys_or_things_draws_no_return(text):
    assert "Italy → Tunisia" not in route_names(text)


def test_a_state_returning_people_still_starts_the_return():
    assert "Italy → Tunisia" in route_names("Italy said it had returned 46 men to Tunisia.")


# ---- seat_before: the next addressee of a call ----------------------------------------------


@pytest.mark.parametrize("text", [
    "Italian police called on the migrants to stop, and on Lampedusa detained 40 of them in the hotspot.",
    "Italian police called on migrants to stay calm, and on Lampedusa detained 40 of them in the hotspot.",
], ids=["the-migrants", "migrants"])
def test_a_place_after_a_call_to_people_is_still_where_they_acted(text):
    assert zones_told_at(text, "Lampedusa")


@pytest.mark.parametrize("text", [
    "We call on the authorities of Tunisia to investigate abuses by police, and on Italy to act.",
    "Rights groups called on European governments to open safe routes, and on Italy to stop funding the coastguard.",
    "Rights groups called on Malta to stop the pushbacks, and on Italy to open its ports.",
    "We call on the government of Tunisia to investigate every report of violence by police officers, and on "
    "Italy, which funds the coastguard, to make that support conditional.",
], ids=["authorities-of", "governments", "a-state", "government-of-long"])
def test_the_next_addressee_of_a_call_to_a_state_holds_no_zone(text):
    assert not zones_told_at(text, "Italy")
