"""Look-alikes of three frames, in sentences written for these tests.

- A move "to relatives in Y" with words between opens on the way or the place left ("drove on
  from X", "left W by road"), not on a thing handed over ("left a small inheritance for
  relatives in Y", "drove the blankets to relatives in Y").
- The where-clause of a place only hoped for ends at a comma or a turn ("wants to go to X,
  where a cousin lives, but he reached Y instead": Y is reached).
- "At X there is a checkpoint" is a post standing there, not a word of another thing's name ("a
  museum about checkpoints", "a checkpoint training school"), one since removed, or roadblocks
  for works or an event.

Geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import CONTEXT, ZONE_CONTEXT, picture, role_of, roles


def _routes(text: str) -> list[str]:
    return [f.name for f in picture(CONTEXT + text).by_role("route")]


def _zones_at(text: str, place: str) -> list:
    return [z for z in picture(ZONE_CONTEXT + text).by_role("control_zone") if z.properties["place"] == place]


# ------------------------------------------------------------------ to relatives, words between

@pytest.mark.parametrize("text", [
    "He left a small inheritance for relatives in Benghazi.",
    "He went out of his way for relatives in Benghazi.",
    "She left the two cows to relatives in Benghazi.",
    "The aid group drove the donated blankets to relatives in Benghazi.",
    "The family left the spare house keys for relatives in Benghazi.",
], ids=["inheritance", "out-of-his-way", "cows", "blankets", "keys"])
def test_a_thing_handed_to_relatives_is_no_move_there(text):
    assert "destination" not in role_of(text, "Benghazi")


@pytest.mark.parametrize("text", [
    "Tesfay said his brother had driven on from Misrata to relatives in Benghazi.",
    "Others went on their own to relatives in Benghazi.",
    "Some 400 people left Misrata by road for relatives in Benghazi.",
    "Many travelled alone by bus to relatives in Benghazi.",
], ids=["driven-on-from", "on-their-own", "left-by-road", "alone-by-bus"])
def test_a_move_to_relatives_on_its_way_stays_a_destination(text):
    assert "destination" in role_of(text, "Benghazi")


# ------------------------------------------------------------------ a hope's where-clause ends

@pytest.mark.parametrize("text", [
    "He wants to go to Italy, where a cousin lives, but he reached Malta instead.",
    "He wants to go to Italy, where a cousin lives, and last year he got as far as Malta.",
], ids=["but-reached", "and-got-as-far"])
def test_a_place_reached_after_the_hopes_where_clause_ends_a_route(text):
    assert any(r.endswith("Malta") for r in _routes(text))


def test_a_place_reached_after_the_clause_is_no_hoped_end():
    text = "He wants to go to Italy, where a cousin lives, but he got stuck in Malta."
    assert "destination" not in role_of(text, "Malta")


def test_a_place_inside_the_hopes_where_clause_still_ends_no_route():
    # (in a text that tells a place reached: _wanted_only reads hopes only against one)
    text = "Musa reached Sebha in May. He wants to go to Italy, where a cousin works in a restaurant in Rome."
    assert not any("Rome" in r for r in _routes(text))


# ------------------------------------------------------------------ "At X there is a checkpoint"

@pytest.mark.parametrize("text", [
    "In Zuwara the army has a museum about checkpoints.",
    "In Zuwara the police have a checkpoint training school.",
    "At Zuwara there was a police checkpoint until 2015, but it was removed.",
    "In Zuwara there are many roadblocks because of roadworks.",
    "Near Zuwara there are several police roadblocks for the marathon.",
], ids=["museum", "training-school", "removed", "roadworks", "marathon"])
def test_no_post_standing_at_the_place_draws_no_checkpoint(text):
    assert not _zones_at(text, "Zuwara")


@pytest.mark.parametrize("text", [
    "At Zuwara there is a Libyan army checkpoint on the coast road.",
    "Near Zuwara there are two police roadblocks where soldiers check papers.",
    "At the entrance to Zuwara the Libyan army has a checkpoint.",
], ids=["army-checkpoint", "roadblocks-where", "entrance"])
def test_a_post_standing_at_the_place_is_still_a_checkpoint(text):
    assert {z.properties["control"] for z in _zones_at(text, "Zuwara")} == {"checkpoint"}
