"""Roles: a destination narrowed after a comma by a word of degree shares its role ([settings]
coordination, its "to" part): "moved on to X, especially to Y and to Z", "moved to X, mostly to Y",
"and then to X, and above all to Y". Not where the first place is no destination (goods, a denial).

Sentences written for these tests; geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)
with the places below added."""

from __future__ import annotations

import pytest
from extract_helpers import with_places
from extract_helpers import reported_role_of as role_of

#: Places of these tests: surface -> (id, kind, country, lat, lon, gazetteer name).
EXTRA = {
    "Milan": ("test:milan", "city", "IT", 45.46, 9.19, "Milan"),
    "Murcia": ("test:murcia", "admin", "ES", 38.0, -1.13, "Murcia"),
}


@pytest.fixture(autouse=True)
def more_places(monkeypatch):
    with_places(monkeypatch, EXTRA)


@pytest.mark.parametrize("text, place", [
    ("After a year in Libya, many families moved on to Italy, especially to Rome and to Milan.", "Rome"),
    ("After a year in Libya, many families moved on to Italy, especially to Rome and to Milan.", "Milan"),
    ("Most of the men later moved to Spain, mostly to Murcia, where the farms hire by the day.", "Murcia"),
    ("The refugees travelled to Lampedusa and then to Italy, and above all to Milan.", "Milan"),
], ids=["especially", "and-to-after", "mostly", "above-all"])
def test_a_destination_narrowed_by_degree_shares_its_role(text, place):
    assert "destination" in role_of(text, place)


@pytest.mark.parametrize("text, place", [
    # denied
    ("None of the families went to Italy, especially not to Milan.", "Milan"),
    # goods, not people
    ("Tomato exports go to Italy, mostly to Milan.", "Milan"),
], ids=["denied", "goods"])
def test_no_destination_narrowed_from_no_destination(text, place):
    assert "destination" not in role_of(text, place)


def test_a_way_home_narrowed_does_not_share_the_home():
    # "went home to X, mostly to Y": X is read as the people's home (an origin); the towns named
    # after it are left to the cues of a return, not made homes too
    text = "Of the families who left the camp, half went home to Tunisia, mostly to Sfax, in June."
    assert "origin" not in role_of(text, "Sfax")
