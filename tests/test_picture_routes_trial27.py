"""Routes a user's trial (session 27) drew wrong, in general English: a plan never carried out
draws no leg ("had planned to reach X and cross to Y"), while a step told as done does."""

from __future__ import annotations

import pytest

_WAY = "The refugee left Kufra in May and a smuggler drove him north to Sebha, and from there to Tripoli. "


def _routes(text: str) -> list[list[str]]:
    from extract_helpers import picture

    return [f.properties["stop_names"] for f in picture(text).by_role("route")]


@pytest.mark.parametrize("text", [
    # the plan's second step, after "and"
    _WAY + "He had planned to reach Tunis and cross to Italy.",
    # hedged, with "then"
    _WAY + "He said he had perhaps planned to get to Tunis and then sail to Italy.",
    # a distractor after it: talk of the place, no journey there
    _WAY + "He had planned to reach Tunis and cross to Italy. Everyone in the yard in Tripoli talked about Italy.",
], ids=["and-cross", "hedged-and-then", "distractor"])
def test_a_plan_never_carried_out_draws_no_leg(text):
    routes = _routes(text)
    assert any("Tripoli" in r for r in routes), "the journey told as done is still drawn"
    assert not any("Italy" in r for r in routes), routes


@pytest.mark.parametrize("text", [
    # "and crossed to Y": told as done, no step of the plan
    _WAY + "He had planned to reach Tunis and crossed to Italy.",
    # negation: no plan at all
    _WAY + "He had not planned anything and later sailed to Italy.",
], ids=["and-crossed", "no-plan"])
def test_a_step_told_as_done_beside_a_plan_is_drawn(text):
    assert any("Italy" in r for r in _routes(text))
