"""A force named only by its country's adjective acts at the spot of that country its own
sentence named in a clause of its own before the force's ("We walked into X at dawn; Libyan
soldiers caught us an hour later": the soldiers at X, not all over Libya), as at one the
sentence before named; not across a comma (a court's or a speaker's seat, a flight's end),
not at a place people only left, nor at one of another country, nor where the sentence says
the whole country; a place of the country after the force's words stays the cue's to read
(zones._spot_before, [settings] spot_in_sentence_break).

Sentences written for these tests; geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import CONTEXT, actors_at, zones_at


def _at(text: str, place: str) -> list:
    """The zones at a place of a text told after a migration story that names no place."""
    return zones_at(text, place, CONTEXT)


@pytest.mark.parametrize("text", [
    "We walked into Zuwara at dawn; Libyan soldiers caught us an hour later.",
    "Our truck broke down outside Zuwara on the second night; two days later Libyan soldiers caught us.",
], ids=["clause-before", "truck-broke-down"])
def test_force_acts_at_the_spot_its_sentence_named_before(text):
    assert actors_at(text, "Zuwara", CONTEXT) == {"Libyan soldiers"}
    assert not _at(text, "Libya")


def test_negated_act_draws_nothing_there():
    assert not _at("We walked into Zuwara at dawn; Libyan soldiers did not stop us.", "Zuwara")


@pytest.mark.parametrize("text, place", [
    # a place people only left
    ("We fled Zuwara in a pick-up; Libyan soldiers caught us in the desert.", "Zuwara"),
    # a place of another country
    ("We waited a week in Sfax; later Libyan soldiers caught us.", "Sfax"),
    # the sentence says the whole country
    ("We walked into Zuwara at dawn; Libyan soldiers now patrol the whole country.", "Zuwara"),
    # across a comma: a court's seat, a speaker's, a flight's end
    ("A court in Zuwara ruled that Libyan soldiers had beaten the men.", "Zuwara"),
    ("In Tripoli, the ministry says Libyan soldiers stopped 900 people last year.", "Tripoli"),
    ("He flew to Tripoli, and Libyan soldiers drove him to the border.", "Tripoli"),
], ids=["fled", "other-country", "whole-country", "court", "speaker", "flight"])
def test_no_zone_at_a_place_left_or_abroad(text, place):
    assert not _at(text, place)


def test_a_place_after_the_force_stays_the_cues():
    text = "We walked all night from Zuwara, and Libyan soldiers caught us in Sabratha."
    assert actors_at(text, "Sabratha", CONTEXT) == {"Libyan soldiers"}
    assert not _at(text, "Zuwara")
