"""Role precision: in a document not about migration, a yacht, a ship or its passengers landing or
arriving somewhere gives the place no role (destination.landing_any is a topic cue); migrants and
their dinghies landing keep the role everywhere (destination.landing), and in a migration report
a boat's landing keeps it too.
Sentences written for these tests, geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import picture, role_of, roles

from geomig.picture import cues

#: Filler that makes a text long (past [document] short_chars) and says nothing.
_CALM = " The harbour was quiet and the cafés were full all week long." * 20


@pytest.mark.parametrize("text", [
    # a yacht race
    "Twenty sailing yachts set off from Tunis on Saturday in the annual regatta. "
    "The winning boat arrived in Malta after two days, and its crew were greeted with fireworks.",
    # a cruise ship's passengers
    "The cruise liner left Tunis on Friday with 2,000 holidaymakers aboard. "
    "The ship landed at Lampedusa for a day of sightseeing before sailing on to Sicily.",
    # landings on a beach: a re-enactment
    "Veterans watched on Sunday as re-enactors in period uniform came ashore on the beach near "
    "Pozzallo, recalling the landings of 1943.",
], ids=["yacht-race", "cruise-ship", "re-enactment"])
def test_an_off_topic_landing_gives_no_destination(text):
    assert not cues.default().on_topic(text + _CALM)
    assert "destination" not in {r for rs in roles(picture(text + _CALM)).values() for r in rs}


@pytest.mark.parametrize("text, place", [
    # migrants' own wording: on in any text
    ("Forty migrants landed in Lampedusa at dawn after two days at sea.", "Lampedusa"),
    ("Two dinghies arrived at Pozzallo overnight, the coastguard said.", "Pozzallo"),
    # a boat's landing in a migration report
    ("A fishing boat carrying Eritrean families arrived in Malta on Tuesday.", "Malta"),
], ids=["migrants-landed", "dinghies-arrived", "boat-in-migration-report"])
def test_a_migrants_landing_keeps_its_destination(text, place):
    assert "destination" in role_of(text, place)


def test_a_landing_denied_gives_no_destination():
    # hedged: the boat did not land there
    assert "destination" not in role_of("The boat never landed in Malta; it was turned back at sea.", "Malta")
