"""A journey told only by its price moves no one (relevance.no_role, [settings] priced_journey;
found by the trial of session 42): "flights from X to Y now cost more than a month's pay" gives X
and Y no role and draws no route; a price someone paid, or a ride bought or taken, keeps them.

Sentences written for these tests; geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import CONTEXT, picture, role_of, roles


@pytest.mark.parametrize("text", [
    "They go overland through Niger because flights from Tunis to Rome now cost more than a month's wages.",
    "A bus ticket from Tunis to Rome costs 30 euros, a driver said.",
    "The price of a flight from Tunis to Rome has tripled.",
    # hedged: still a price, no journey
    "Flights from Tunis to Rome reportedly cost twice as much as last year.",
], ids=["flights-cost", "ticket-costs", "price-of", "hedged"])
def test_a_journey_told_by_its_price_moves_no_one(text):
    pic = picture(CONTEXT + text)
    got = roles(pic)
    assert "Tunis" not in got and "Rome" not in got
    assert not any("Rome" in f.properties["stop_names"] for f in pic.by_role("route"))


@pytest.mark.parametrize("text", [
    "The flight from Tunis to Rome cost him his savings.",
    "She bought tickets from Tunis to Rome costing 300 euros.",
    "They flew from Tunis to Rome.",
], ids=["cost-him", "bought", "flew"])
def test_a_journey_paid_for_or_made_keeps_its_roles(text):
    assert role_of(text, "Rome") == {"destination"}
