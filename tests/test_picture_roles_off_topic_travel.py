"""Role precision: in a document not about migration, a train, a herd or a rally that travels
through places or crosses into a country gives them no role (transit.through_travel and
transit.entry are topic cues); in a migration report the same words keep the place's role.
Sentences written for these tests, geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import picture, role_of, roles

from geomig.picture import cues

#: Filler that makes a text long (past [document] short_chars) and says nothing.
_CALM = " The harbour was quiet and the cafés were full all week long." * 20


@pytest.mark.parametrize("text", [
    # goods on a train
    "Twelve wagons of steel pipes left the port of Sfax on Monday for a gas field in the south. "
    "The train travelled overnight through Tunisia and Libya, escorted by railway police.",
    # cars of a desert rally
    "More than 300 cars and trucks of the desert rally set off from Tunis on Sunday. "
    "On the third day the drivers were crossing into Libya near the coast, ahead of schedule.",
], ids=["cargo-train", "rally"])
def test_an_off_topic_journey_gives_no_stop(text):
    assert not cues.default().on_topic(text + _CALM)
    assert not roles(picture(text + _CALM))


@pytest.mark.parametrize("text, place", [
    ("The migrants said they had travelled for weeks through Niger before reaching the coast.", "Niger"),
    ("Most of the refugees were crossing into Libya from the south, aid workers said.", "Libya"),
], ids=["travelled-through", "crossing-into"])
def test_a_migration_reports_journey_keeps_its_role(text, place):
    assert role_of(text, place) & {"transit", "destination"}
