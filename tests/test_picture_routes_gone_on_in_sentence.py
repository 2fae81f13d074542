"""A place the sentence of a landing names after it, with words that take people on from it,
is passed after the landing (routes/ordering.py _gone_on_after, _gone_on_in_sentence)."""

from __future__ import annotations

import pytest
from extract_helpers import geocoded_route_stops as routes
from extract_helpers import has_leg


@pytest.mark.parametrize("onward", [
    "head north through Lahj and Marib towards the border at Saada",
    "continue north through Lahj and Marib towards the border at Saada",
    "usually move on through Lahj and Marib to the border at Saada",
])
def test_places_named_after_a_landing_with_a_move_on_follow_it(onward):
    text = ("Some 150 Ethiopian migrants left Obock by boat on Sunday night, local fishermen said. "
            f"Those who land near Ras al-Ara, on Yemen's southern coast, {onward}, a long walk "
            "through a country at war.")
    found = routes(text)
    chains = [r for r in found if "Ras al-Ara" in r and "Marib" in r]
    assert chains, found
    assert all(has_leg([r], "Ras al-Ara", "Marib") and has_leg([r], "Lahj", "Saada") for r in chains), chains


def test_a_way_to_the_landing_told_after_it_stays_before_it():
    # Distractor: "after travelling through" tells the way to the place reached, not on from it,
    # though the place lies farther from the start.
    found = routes("Forty Nigerian migrants left Kano by bus in March, a driver said. They reached "
                   "Agadez on Monday after travelling north through Arlit.")
    assert has_leg(found, "Arlit", "Agadez") and not has_leg(found, "Agadez", "Arlit"), found
