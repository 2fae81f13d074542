"""Review of the checkpoint-and-legs change: look-alikes of its new rules that must not read as
movements. origin.violence_spread not where its people are only a war's dead ([context]
war_toll); [context] road_held not silencing a departure told in the same sentence; lodging for
an event (a fair, a summit, a final) is no destination (destination.took_lodging).

Sentences written for these tests; geocoded by the tiny fixture gazetteer
(tests/extract_helpers.py) with its Andean places added."""

from __future__ import annotations

import pytest
from extract_helpers import REPORTED, annotate, prefilter_on_and_off
from extract_helpers import reported_role_of as role_of

from geomig.picture import extract, read


pytestmark = pytest.mark.usefixtures("andean_places")


def cues_of(text: str, cue: str) -> list:
    """The claims of one cue in a text told after REPORTED."""
    return [c for c in read([annotate(REPORTED + text)])[0].claims if c.cue == cue]


# ---- origin.violence_spread: the dead of a war report are no movers ----------------------------

@pytest.mark.parametrize("text", [
    "Since fighting broke out in Oruro, 12,000 people have been killed.",
    "More than 300 civilians have died since clashes erupted in Oruro in March.",
    "Since gangs overran Oruro, dozens of residents have been wounded in the crossfire.",
], ids=["since-broke-out-killed", "died-since-erupted", "wounded-since-overran"])
def test_a_war_toll_names_no_origin(text):
    assert not cues_of(text, "origin.violence_spread")
    assert role_of(text, "Oruro") == set()


@pytest.mark.parametrize("text", [
    "Since fighting broke out in Oruro, 300 people have been killed and thousands have fled to Salta.",
    "About 300 people have been killed and 30,000 have fled to Salta since fighting broke out in Oruro.",
    "Since clashes broke out in Oruro, more than 12,000 people have crossed into Argentina.",
], ids=["killed-and-fled-after", "killed-and-fled-before", "crossed"])
def test_people_fleeing_beside_the_dead_still_name_the_origin(text):
    assert role_of(text, "Oruro") == {"origin"}


def test_the_dead_and_a_feared_spread_name_no_origin():
    # (its people are the dead; the fighting only may reach the second town)
    text = "Since fighting broke out in Potosi, 200 people have been killed, and it could reach Oruro."
    assert not cues_of(text, "origin.violence_spread")
    assert "origin" not in role_of(text, "Potosi") | role_of(text, "Oruro")


# ---- road_held: a departure in the same sentence is still one ----------------------------------

def test_a_road_held_with_people_leaving_in_the_same_sentence_keeps_the_departure():
    text = "Militias held the road from Oruro to the border, so the families left Oruro on foot at night."
    assert role_of(text, "Oruro") == {"launch_point"}


@pytest.mark.parametrize("text", [
    "Militias have held most of the road from Oruro to the border since May.",
    "Militias held the road from Oruro to the border, so the families never left Oruro.",
    "The army closed the highway from Oruro to the border, so families didn't leave Salta.",
    "Militias held the road from Oruro to the border, so no one could leave Salta.",
], ids=["held-alone", "never-left", "didnt-leave", "could-not-leave"])
def test_a_road_held_alone_or_with_a_denied_leaving_is_no_departure(text):
    assert role_of(text, "Oruro") == set()


# ---- destination.took_lodging: rooms for an event ----------------------------------------------

@pytest.mark.parametrize("text", [
    "The federation found them two rooms in Salta for the cup final.",
    "The organisers found them two rooms in Salta for the trade fair.",
    "The ministry found them two rooms in Salta for the summit.",
], ids=["cup-final", "trade-fair", "summit"])
def test_rooms_for_an_event_are_no_destination(text):
    assert not cues_of(text, "destination.took_lodging")


@pytest.mark.parametrize("text", [
    "A church found them two rooms in Salta.",
    "An uncle found them two rooms in Salta, where they still live.",
], ids=["church", "where-they-live"])
def test_rooms_found_for_the_family_are_still_a_destination(text):
    assert role_of(text, "Salta") == {"destination"}


# ---- the keyword prefilter: the contexts above read alike with it off ---------------------------

@pytest.mark.parametrize("text", [
    "Since fighting broke out in Oruro, 12,000 people have been killed.",
    "Since fighting broke out in Oruro, 300 people have been killed and thousands have fled to Salta.",
    "Militias held the road from Oruro to the border, so the families left Oruro on foot at night.",
    "Militias have held most of the road from Oruro to the border since May.",
    "They took a bus to Oruro. There, officers kept them six hours before a van drove them to Salta.",
    "They flew to Oruro and drove on to Salta.",
], ids=["war-toll", "toll-and-fled", "road-held-and-left", "road-held", "there-next", "ride-on"])
def test_pictures_read_alike_with_and_without_the_prefilter(monkeypatch, text):
    on, off = prefilter_on_and_off(monkeypatch, lambda: extract([annotate(REPORTED + text)]).dumps())
    assert on == off
