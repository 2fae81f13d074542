"""A force named only by its country's adjective, in a sentence that names no place of that
country, acts at the place of it the sentence before named last ("We walked all night near X.
At dawn Libyan soldiers caught us": the soldiers at X, not all over Libya nor along its whole
border band); not at a place people only left or wish to reach, nor where the sentence says
the whole country or along the border (zones._spot_before, [settings] spot_before_force and
spot_before_not_after).

Sentences written for these tests; geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import CONTEXT, actors_at, kinds_at, zones_at, zones_told_at

CAUGHT = "At dawn Libyan soldiers caught us and took our phones."


def _at(text: str, place: str) -> list:
    """The zones at a place of a text told after a migration story that names no place."""
    return zones_at(text, place, CONTEXT)


@pytest.mark.parametrize("before", [
    "We walked all night along the coast road near Zuwara.",
    "For five days we waited in a queue at the crossing outside Zuwara.",
    # the place named last: the walk ended there
    "We took a bus through Misrata and Tripoli and walked the last part to Zuwara.",
], ids=["near", "queue-at-crossing", "named-last"])
def test_force_acts_at_the_place_told_before(before):
    text = f"{before} {CAUGHT}"
    assert actors_at(text, "Zuwara", CONTEXT) == {"Libyan soldiers"}
    assert not _at(text, "Libya")


def test_a_force_by_its_cue_words_acts_there_too():
    # "Libyan border troops": the cue's own actor, the force named by its words
    text = "We slept in a field outside Zuwara. Libyan border troops found us the next morning."
    assert kinds_at(text, "Zuwara", CONTEXT) == {("border", "Libyan border forces")}
    assert not _at(text, "Libya")


def test_negated_act_draws_nothing_there():
    text = "We walked all night along the coast road near Zuwara. At dawn Libyan soldiers did not stop us."
    assert not _at(text, "Zuwara")


@pytest.mark.parametrize("text, place", [
    # a place people only left
    (f"We fled Zuwara in a pick-up in March. {CAUGHT}", "Zuwara"),
    (f"Hundreds of migrants reached Lampedusa from Zuwara this week. {CAUGHT}", "Zuwara"),
    # the sentence says the whole country
    ("We walked all night near Zuwara. Libyan soldiers now patrol the whole country.", "Zuwara"),
    # a place people only wish to reach
    (f"Most of us hoped to reach the port of Zuwara. {CAUGHT}", "Zuwara"),
    # the force acts along the border: its band, no town
    ("We waited a week near Zuwara. Libyan soldiers have reinforced their posts along the border.", "Zuwara"),
    # a place of another country
    (f"We waited a week near Sfax. {CAUGHT}", "Sfax"),
], ids=["fled", "reached-from", "whole-country", "wished", "along-the-border", "other-country"])
def test_no_zone_at_a_place_left_or_abroad(text, place):
    assert not _at(text, place)


def test_a_place_the_sentence_names_itself_wins():
    text = "We walked all night near Zuwara. At dawn Libyan soldiers caught us in Sabratha."
    assert _at(text, "Sabratha")
    assert not _at(text, "Zuwara")


def test_people_reached_there_before():
    # "reached X from Y. Italian police beat them": at X, where the people are; not at Y
    text = "Italian police beat them and took their phones."
    assert {z.properties["actor"] for z in zones_told_at(text, "Lampedusa")} >= {"Italian police"}
    assert not zones_told_at(text, "Italy")
