"""Look-alikes of two rules.

- [document] topic_other: words that name no other mover (a time, "over Christmas", "before
  Easter"; traffic, "border traffic", "traffic jams") or movers migrants are too ("travellers
  from X") no longer count against migration: migrants crossing over Christmas,
  families fleeing through border traffic, travellers from a war stay on topic ("pupils" still
  counts: a school trip's report is told by little else; refugee pupils are not yet told apart);
- SAID_OWN (move.returned, state_own_return_after): officials telling their own going back
  ("officials in X said they had gone back to Y", "had returned to Y") are on a trip, no return
  of people from X.
Each is tested with the frame it keeps and the look-alike it no longer reads.

Paragraphs and sentences written for these tests; geocoded by the tiny fixture gazetteer
(tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import route_names

from geomig.picture import cues


# ---- [document] topic_other: a time, traffic, pupils and travellers are no other movers ----------

#: Migration told with the words of holidays, traffic and schools.
MIGRATION = {
    "christmas-crossings": (
        "Over Christmas, more than 1,200 migrants crossed the Channel in small boats, the Home Office said. "
        "Over the holidays the coastguard rescued 300 people, and traffic jams at the port delayed the buses "
        "that took the asylum seekers to hotels. Before Christmas, French police had cleared the camps."),
    "border-traffic": (
        "Cars queued for 30 kilometres at the border as families fled the shelling. Border traffic slowed to "
        "a crawl, traffic jams stretched back to the city, and volunteers handed out food in the traffic "
        "queues. Most of those leaving were women and children."),
    "travellers-from-a-war": (
        "Border guards stopped travellers from Syria at the airport on Monday. Travellers from Syria and "
        "Iraq were held for questioning; the travellers said they had fled the war and wanted to claim "
        "asylum."),
}


@pytest.mark.parametrize("text", list(MIGRATION.values()), ids=list(MIGRATION))
def test_migration_told_with_holiday_or_traffic_words_stays_on_topic(text):
    assert cues.default().on_topic(text)


def test_trippers_named_as_such_are_still_other_movers():
    lex = cues.default()
    # distractor: day-trippers and holiday travellers still name other movers
    text = ("Day-trippers crossed into the border town on Saturday for cheap fuel and cigarettes. Holiday "
            "travellers filled the ferries, and day-trippers queued at the bridge for two hours.")
    assert lex.other_movers(text)
    assert not lex.on_topic(text)


# ---- SAID_OWN: officials telling their own going back are on a trip ---------------------------

@pytest.mark.parametrize("text", [
    "Italian officials in Tunis said they had gone back to Rome.",
    "Officials in Tunis said they had returned to Rome after the talks.",
    "Italy said it had returned home to Rome.",
])
def test_officials_going_back_themselves_are_no_return(text):
    assert route_names(text) == []


@pytest.mark.parametrize(("text", "route"), [
    # the state's own return of people still starts at the state
    ("Italian officials in Tunis said they had returned 46 Sudanese men to Sudan.", "Tunis → Sudan"),
    ("Authorities on Malta said they had sent 46 men back to Libya.", "Malta → Libya"),
])
def test_a_state_returning_people_still_starts_the_return(text, route):
    assert route in route_names(text)


def test_a_return_the_state_denies_is_none():
    assert route_names("Officials in Tunis said they had not sent anyone back to Sudan.") == []
