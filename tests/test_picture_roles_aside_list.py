"""Roles: a place listed after a short aside between commas shares the role of the place
before it ([settings] coordination, session 38): "bound for X and, everyone hoped, Y", "through
X and, in many cases, Y or Z". Not after an aside that reports or denies ("and, the police
said, Y sent a boat"; "and, not to Y").

Sentences written for these tests; geocoded by the tiny fixture gazetteer
(tests/extract_helpers.py) with the places below added."""

from __future__ import annotations

import pytest
from extract_helpers import REPORTED, picture, roles, with_places

#: Places of these tests: surface -> (id, kind, country, lat, lon, gazetteer name).
EXTRA = {
    "Kestrel Island": ("test:kestrel-island", "island", "AU", -10.49, 105.62, "Kestrel Island"),
    "Australia": ("test:australia", "country", "AU", -25.0, 134.0, "Australia"),
    "China": ("test:china", "country", "CN", 35.0, 103.0, "China"),
    "Laos": ("test:laos", "country", "LA", 18.0, 105.0, "Laos"),
    "Thailand": ("test:thailand", "country", "TH", 15.0, 101.0, "Thailand"),
}


@pytest.fixture(autouse=True)
def more_places(monkeypatch):
    with_places(monkeypatch, EXTRA)


@pytest.mark.parametrize("text, place, role", [
    ("The boat was bound for Kestrel Island and, everyone hoped, Australia.", "Australia", "destination"),
    ("They came overland, through China and, in many cases, Laos or Thailand.", "Thailand", "transit"),
    ("They came overland, through China and, in many cases, Laos or Thailand.", "Laos", "transit"),
], ids=["hoped-aside", "aside-then-or-last", "aside-then-or-first"])
def test_place_after_an_aside_shares_the_role(text, place, role):
    assert role in roles(picture(REPORTED + text)).get(place, set())


@pytest.mark.parametrize("text, place", [
    # an aside that says who reports: what follows is their own sentence
    ("The boat was bound for Kestrel Island and, the navy said, Australia sent a ship.", "Australia"),
    # an aside that denies
    ("The boat was bound for Kestrel Island and, not Australia, as the crew had claimed.", "Australia"),
], ids=["reported", "denied"])
def test_no_shared_role_across_a_reporting_or_denying_aside(text, place):
    assert "destination" not in roles(picture(REPORTED + text)).get(place, set())


@pytest.mark.parametrize("text", [
    # the place after the aside is the subject of a new clause (review38 H5)
    "The boat was bound for Kestrel Island and, on Tuesday, Australia sent a patrol boat.",
    "The boat was bound for Kestrel Island and, in 2015, Australia changed its laws.",
    "The boat was bound for Kestrel Island and, rescuers fear, Australia's navy had towed others back.",
], ids=["on-tuesday", "in-2015", "possessive-subject"])
def test_a_place_opening_a_clause_after_an_aside_is_no_list_item(text):
    assert "destination" not in roles(picture(REPORTED + text)).get("Australia", set())


@pytest.mark.parametrize("aside", ["officials believe", "according to officials", "it was claimed"])
def test_a_place_after_an_aside_of_belief_is_hedged(aside):
    text = f"The boat was bound for Kestrel Island and, {aside}, Australia."
    found = [f for f in picture(REPORTED + text).features if f.name == "Australia" and f.role == "destination"]
    assert found and all(c["hedged"] for f in found for c in f.properties.get("claims", []))
    # ... and the place before it stays firm
    first = [f for f in picture(REPORTED + text).features if f.name == "Kestrel Island" and f.role == "destination"]
    assert first and not any(c["hedged"] for f in first for c in f.properties.get("claims", []))
