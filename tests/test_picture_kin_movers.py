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
