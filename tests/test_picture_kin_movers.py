"""A mover's kin are people on the move ([masks] MOVERS, [settings] movers): "my uncle was sent
to X", "her cousins moved to X", "his grandparents were flown to X" end at X; a relative's
papers, a denial or a return do not.

Sentences written for these tests; geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import role_of


@pytest.mark.parametrize("text", [
    "Her brother was sent to Tripoli in the spring.",
    "My cousins moved to Tripoli after the harvest.",
    "His grandparents were flown to Tripoli.",
    "Two of her nieces were transferred to Tripoli.",
    "Their parents travelled to Tripoli by bus.",
    "Our uncle was moved to Tripoli last winter.",
], ids=["brother", "cousins", "grandparents", "nieces", "parents", "uncle"])
def test_kin_sent_or_moving_end_there(text):
    assert "destination" in role_of(text, "Tripoli")


@pytest.mark.parametrize("text", [
    # a relative's papers travel, not the relative
    "My aunt's passport was posted to Tripoli.",
    # denied
    "Her cousins were never sent to Tripoli.",
    # a return, not a goal
    "His nephews were sent back to Tripoli.",
], ids=["papers", "denied", "sent-back"])
def test_kins_papers_a_denial_or_a_return_is_no_move_there(text):
    assert "destination" not in role_of(text, "Tripoli")


# ---- kin and widows named by where they are from ([vars] PERSON) ------------------------------

@pytest.mark.parametrize("text", [
    "A widow from Sebha, who came north with four children, sleeps in a school in Tripoli.",
    "Two brothers from the villages around Sebha who walked for three days reached Tripoli.",
    "Her sisters from Sebha, who fled in March, now share one room in Tripoli.",
], ids=["widow", "brothers-villages", "sisters"])
def test_kin_named_by_their_home_come_from_there(text):
    assert "origin" in role_of(text, "Sebha")


@pytest.mark.parametrize("text", [
    # a visitor, a team, an official of a body: not people on the move
    "A visitor from Sebha, who came with a film crew, toured the camp in Tripoli.",
    "A team from Sebha, who came by road, set up a clinic in Tripoli.",
    "An official from Sebha's ministry, who came by road, toured the camp in Tripoli.",
    # denied
    "No widow from Sebha, officials said, has reached Tripoli.",
], ids=["visitor", "team", "official", "denied"])
def test_visitors_teams_officials_and_denials_are_no_origin(text):
    assert "origin" not in role_of(text, "Sebha")
