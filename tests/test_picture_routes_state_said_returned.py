"""A return told by the state that carried it out: "X said it had deported 400 people
to Y", "authorities on X said on Monday they had sent 46 men back to Y". The speaker is the one who
sends people back, so the return starts at X (cues.toml: SAID_OWN in move.returned; relevance's
state voice keeps the start, state_own_return_after). Not a return the state only speaks of
(people "had been deported", one to come, one denied, another state's), nor troops sent.

Sentences written for these tests; geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import route_names


@pytest.mark.parametrize(("text", "route"), [
    ("Libya said it had deported 400 people to Niger.", "Libya → Niger"),
    ("Italy said on Monday that it had deported 300 people to Tunisia.", "Italy → Tunisia"),
    ("Spain says it has sent 2,000 migrants back to Morocco.", "Spain → Morocco"),
    ("Authorities on Malta said they had sent 46 men back to Libya on a chartered flight.", "Malta → Libya"),
    ("Italian officials in Tunis said they had returned 46 Sudanese men to Sudan.", "Tunis → Sudan"),
])
def test_a_state_telling_its_own_return_starts_it(text, route):
    assert route in route_names(text)


@pytest.mark.parametrize("text", [
    # people deported by others, a return only planned, or denied
    "Italy said they had been deported to Tunisia.",
    "Italy said it would deport 300 people to Tunisia.",
    "Italy said it had not deported anyone to Tunisia.",
])
def test_no_return_the_state_did_not_carry_out(text):
    assert "Italy → Tunisia" not in route_names(text)


def test_another_state_named_after_the_speaker_starts_no_return_at_the_speaker():
    assert "Italy → Niger" not in route_names("Italy says Libya deported 300 people to Niger.")


def test_troops_sent_are_no_return():
    assert route_names("Italy said it had sent 300 soldiers to Tunisia.") == []
