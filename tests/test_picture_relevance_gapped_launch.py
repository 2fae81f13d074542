"""Where the rest of a count left from, the verb of leaving left out after a departure told
with "from", is a launch point like the first, not a home (relevance.no_role, [settings]
gapped_launch_before); where the rest of a count comes from, no departure told, stays a home.
Left from the thirty-seventh session ("27 per cent left from X, and the rest from Y"). Sentences
written for these tests, geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import role_of


@pytest.mark.parametrize("text, place", [
    ("Of the boats intercepted this year, 27 per cent left from Sfax, and the rest from Libya.", "Libya"),
    ("Half of the dinghies departed from Zuwara, and the rest from Egypt.", "Egypt"),
    ("Most boats sailed from Sfax, while some from Egypt.", "Egypt"),
], ids=["the-rest-from", "departed-the-rest-from", "while-some-from"])
def test_where_the_rest_of_a_count_left_from_is_a_launch_point(text, place):
    assert role_of(text, place) == {"launch_point"}


@pytest.mark.parametrize("text, place", [
    # where people are from, no leaving told: their home
    ("Most of the passengers were from Eritrea, and the rest from Sudan.", "Sudan"),
    # "came from", no departure told with "from": their home too
    ("Most came from Sudan; the rest from Egypt, police said.", "Egypt"),
], ids=["were-from", "came-from"])
def test_where_the_rest_of_a_count_comes_from_stays_their_home(text, place):
    assert "launch_point" not in role_of(text, place)
