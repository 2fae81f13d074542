"""Roles: where people come from, told by their nationality with their trade, kin or people ("a
Sudanese builder", "an Eritrean couple", "Iraqi Kurds": origin.people_trade). Tested with
distractors: trades that meet the movers rather than travel (fishermen who tow a boat in, a doctor
who treats survivors), the host country's own people, a builders' union, and a nationality
denied.

Sentences written for these tests; geocoded by the tiny fixture gazetteer
(tests/extract_helpers.py) with its Andean places added, and Iraq."""

from __future__ import annotations

import pytest
from extract_helpers import reported_role_of as role_of
from extract_helpers import with_places


@pytest.fixture(autouse=True)
def _places(andean_places, monkeypatch):
    with_places(monkeypatch, {"Iraq": ("test:iraq", "country", "IQ", 33.0, 44.0, "Iraq")},
                {"Iraqi": "Iraq"})


# ---- origin.people_trade ------------------------------------------------------------------

@pytest.mark.parametrize("text, place", [
    ("A Sudanese builder who crossed the desert reached Tripoli last spring.", "Sudan"),
    ("Last year a young Nigerian garment worker flew to Tripoli on a tourist visa.", "Nigeria"),
    ("An Eritrean couple boarded a rubber boat at Zuwara with their baby and landed on Lampedusa.",
     "Eritrea"),
    ("Four boats carrying Iraqi Kurds have reached Lampedusa since Sunday.", "Iraq"),
])
def test_a_nationality_with_a_trade_kin_or_people_is_where_people_come_from(text, place):
    assert "origin" in role_of(text, place)


@pytest.mark.parametrize("text, place", [
    # the trades that meet the movers, not make the journey
    ("Italian fishermen found the boat off Zuwara and towed it to Lampedusa.", "Italy"),
    ("A Libyan doctor treated the survivors after they landed in Lampedusa.", "Libya"),
    # the host country's own people
    ("Eritrean migrants reached Malta on Monday, and Maltese students collected clothes for them.",
     "Malta"),
    # a body that speaks for a trade
    ("Eritrean migrants reached Lampedusa; an Italian builders union said it would hire some.",
     "Italy"),
])
def test_trades_that_do_not_travel_give_no_origin(text, place):
    assert "origin" not in role_of(text, place)


def test_a_nationality_denied_gives_no_origin():
    text = "Eritrean migrants landed on Lampedusa; they were not Sudanese builders, police said."
    assert "origin" not in role_of(text, "Sudan")
