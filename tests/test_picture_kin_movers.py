"""A mover's kin and the new arrivals are people on the move ([masks] MOVERS, [settings] movers):
"my uncle was sent to X", "her cousins were transferred to X", "the new arrivals were sent to a
camp in X" end at X; a relative's letter, arrivals of goods, a denial or a return do not.

Geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import role_of


@pytest.mark.parametrize("text", [
    "My uncle was sent to Tripoli.",
    "Her cousins were transferred to Tripoli.",
    "His nephew was sent to Tripoli last spring.",
    "Her in-laws were relocated to Tripoli.",
    "Their grandparents were bused to Tripoli.",
    "Her cousins moved to Tripoli.",
    "The new arrivals were taken to Tripoli.",
    "The new arrivals were sent to a camp in Tripoli.",
], ids=["uncle", "cousins", "nephew", "in-laws", "grandparents", "cousins-moved", "arrivals-taken",
        "arrivals-camp"])
def test_kin_and_new_arrivals_sent_on_end_there(text):
    assert "destination" in role_of(text, "Tripoli")


@pytest.mark.parametrize("text", [
    "My uncle's letter was sent to Tripoli.",
    "The new arrivals of goods were sent to Tripoli.",
    "My uncle was not sent to Tripoli.",
    "His grandparents were sent back to Tripoli.",
], ids=["letter", "goods", "not-sent", "sent-back"])
def test_a_relatives_letter_goods_or_a_denial_is_no_move_there(text):
    assert "destination" not in role_of(text, "Tripoli")
