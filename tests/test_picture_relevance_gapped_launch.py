"""Where the rest of a count left from, the verb of leaving left out after a departure told
with "from", is a launch point like the first, not a home (relevance.no_role, [settings]
gapped_launch_before; a town's, gapped_launch_kinds); where the rest of a count comes from, or a country
after the departure, stays a home.
Left from the thirty-seventh session ("27 per cent left from X, and the rest from Y"). Sentences
written for these tests, geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import role_of


@pytest.mark.parametrize("text, place", [
    ("Of the boats intercepted this year, 27 per cent left from Sfax, and the rest from Zuwara.", "Zuwara"),
    ("Half of the dinghies departed from Zuwara, and the rest from Sabratha.", "Sabratha"),
    ("Most boats sailed from Sfax, while some from Zawiya.", "Zawiya"),
], ids=["the-rest-from", "departed-the-rest-from", "while-some-from"])
def test_where_the_rest_of_a_count_left_from_is_a_launch_point(text, place):
    assert role_of(text, place) == {"launch_point"}


@pytest.mark.parametrize("text, place", [
    # a country after the departure: where people are from (roles._gapped reads it so too)
    ("Most boats left from Sfax, and the rest from Egypt.", "Egypt"),
    ("The boats left from Sfax, and half from Sudan were women and children.", "Sudan"),
    # "came from" between: the rest come from there, no departure gapped
    ("The boats left from Sfax, and a fifth of the migrants on them came from Nigeria, and the rest "
     "from Sebha.", "Sebha"),
], ids=["country", "half-from-country", "came-from-between"])
def test_where_the_rest_of_a_count_comes_from_stays_their_home(text, place):
    assert "launch_point" not in role_of(text, place)
