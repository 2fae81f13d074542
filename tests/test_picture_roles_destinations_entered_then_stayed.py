"""Roles: destinations: a country people crossed into is
where they arrived when the same sentence tells a stay in a place inside it ("crossed into X and
found work in Y", "... and now live in Y", Y in X; [settings] entered_stay_words, read by
roles._entries_at_journeys_end). A further leg inside it ("then travelled to Y", "trains to Y"),
or a hope beyond it, leaves the country a step on the way.

Sentences written for these tests; geocoded by the tiny fixture gazetteer
(tests/extract_helpers.py) and the places below."""

from __future__ import annotations

import pytest
from extract_helpers import role_of, with_places

#: Places of these tests: surface -> (id, kind, country, lat, lon, gazetteer name).
EXTRA = {
    "Abeche": ("test:abeche", "city", "TD", 13.83, 20.83, "Abéché"),
    "Khartoum": ("test:khartoum", "city", "SD", 15.50, 32.56, "Khartoum"),
}

#: A document about people on the move, told before each sentence.
FLED = "Sudanese refugees told us how they fled the war this year. "


@pytest.fixture(autouse=True)
def more_places(monkeypatch):
    with_places(monkeypatch, EXTRA)


# ------------------------------------------------------------------ a stay inside the country entered


@pytest.mark.parametrize("text", [
    "The family crossed into Chad in May and found work on farms near Abeche.",
    "Hundreds of refugees have crossed into Chad and now live with relatives in Abeche.",
    "After the shelling of Khartoum the brothers crossed into Chad and settled in Abeche.",
    "The men crossed into Chad at night and got jobs on building sites in Abeche.",
], ids=["found-work", "live-with", "settled-in", "got-jobs"])
def test_a_stay_inside_the_country_entered_ends_the_journey_there(text):
    assert "destination" in role_of(text, "Chad", FLED)
    assert "destination" in role_of(text, "Abeche", FLED)


@pytest.mark.parametrize("text", [
    # a further leg inside the country: the entry is the way in
    "The family crossed into Chad in May and then travelled by bus to Abeche.",
    "The family crossed into Chad in May before taking trains to Abeche.",
    # a stay denied: no stay to end the journey on, the hope of Libya still goes on from Chad
    "The family crossed into Chad in May, hoping to reach Libya, and did not find work in Abeche.",
], ids=["then-travelled", "trains-to", "denied-stay-hope-beyond"])
def test_a_leg_or_a_hope_inside_the_country_keeps_the_entry_a_step(text):
    assert "destination" not in role_of(text, "Chad", FLED)


@pytest.mark.parametrize("text", [
    # tourists, traders and an official: no one's journey (no migration in the text)
    "Two tourists crossed into Chad on Monday and stayed with friends in Abeche for a week.",
    "The minister crossed into Chad for talks and lived in a hotel in Abeche during the summit.",
], ids=["tourists", "official"])
def test_a_trip_that_is_no_migration_has_no_destination(text):
    assert "destination" not in role_of(text, "Chad", "The weather was fine this week. ")
