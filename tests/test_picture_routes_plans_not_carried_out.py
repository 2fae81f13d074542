"""Routes, in general English: a plan never carried out
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


def _facts(text: str) -> dict[tuple[str, str], set[tuple[str, float]]]:
    from extract_helpers import picture

    return {(f.role, f.name): {(x.unit, x.value) for x in f.facts} for f in picture(text).features if f.facts}


_RETURNS = "Libya deported more than 2,000 people to Niger last year, officials said."


@pytest.mark.parametrize("text", [
    _WAY + _RETURNS,
    # hedged, and a count of the journey's own beside it (the distractor stays on the route)
    _WAY + "Twelve of them reportedly died on the way. " + _RETURNS.replace("officials said", "it is believed"),
], ids=["plain", "hedged-with-deaths"])
def test_a_count_of_others_returns_is_no_fact_of_an_outward_route(text):
    facts = _facts(text)
    outward = [k for k in facts if k[0] == "route" and "Kufra" in k[1]]
    assert outward or "Twelve" not in text, "the journey's own count stays on it"
    assert not any(("returns", 2000) in facts[k] for k in outward), facts


def test_a_count_of_returns_goes_to_the_return_drawn():
    facts = _facts(_WAY + "In June he was deported from Tripoli to Agadez. " + _RETURNS)
    assert ("returns", 2000) in facts.get(("route", "Tripoli → Agadez"), set()), facts
    assert not any(("returns", 2000) in v for k, v in facts.items() if k[0] == "route" and "Kufra" in k[1])


@pytest.mark.parametrize("text, capacity", [
    ("The centre in Tripoli was built for 500 people but now holds 1,300 migrants.", True),
    ("The centre in Tripoli was reportedly designed to hold 500 people.", True),
    # no capacity: people held there (the distractor), and a denial of nothing
    ("The centre in Tripoli now holds 500 migrants.", False),
], ids=["built-for", "hedged-designed-to-hold", "held-people"])
def test_a_sites_capacity_is_no_count_of_people(text, capacity):
    facts = _facts(_WAY + text)
    units = {u for v in facts.values() for u, n in v if n == 500}
    assert units == ({"capacity"} if capacity else {"migrants"}), facts
