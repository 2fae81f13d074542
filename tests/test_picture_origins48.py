"""Roles: where people come from, told again with "from" after an aside that ends the plain
list (session 48: roles._origins_from_again, [settings] origin_from_again): "Many came from
X, two hours away by road, and from villages around Y", "from X in the north and from Y in the
east", "from rural X, around Y and Z". Each is tested with negation, hedging and distractors
(a leg that goes on to a place, an aside that takes people elsewhere, a place that only locates).

Sentences written for these tests; geocoded by the tiny fixture gazetteer
(tests/extract_helpers.py) with the places below added."""

from __future__ import annotations

import pytest
from extract_helpers import ANDEAN, with_places
from extract_helpers import reported_role_of as role_of

#: Places of these tests: surface -> (id, kind, country, lat, lon, gazetteer name).
EXTRA = {
    **ANDEAN,
    "Tarija": ("test:tarija", "city", "BO", -21.53, -64.73, "Tarija"),
    "Sucre": ("test:sucre", "city", "BO", -19.04, -65.26, "Sucre"),
    "Cochabamba": ("test:cochabamba", "admin", "BO", -17.39, -66.16, "Cochabamba"),
}


@pytest.fixture(autouse=True)
def places(monkeypatch):
    with_places(monkeypatch, EXTRA)


@pytest.mark.parametrize("text, place", [
    ("Most families came from Oruro, three hours away by bus, and from villages around Potosi, "
     "and crossed into Argentina at night.", "Potosi"),
    ("The passengers came mostly from Oruro in the west and from Tarija in the south, "
     "and all crossed into Argentina.", "Tarija"),
    ("The workers come from Cochabamba province, from around Sucre and Uyuni, and most cross "
     "into Argentina for the harvest.", "Uyuni"),
    ("Many come from Cochabamba, around Sucre and Tarija, and take the bus to Salta.", "Sucre"),
    ("Most come from Oruro and Uyuni, but a growing number come from Tarija, the charity in "
     "Salta says.", "Tarija"),
], ids=["aside-and-villages-around", "compass-part", "province-then-around", "region-around-example",
        "but-a-growing-number"])
def test_a_home_told_again_after_an_aside_is_an_origin(text, place):
    assert role_of(text, place) == {"origin"}


@pytest.mark.parametrize("text, place", [
    # denied and hedged: the first origin's denial or hedge carries over
    ("The workers do not come from Oruro, three hours away by bus, or from villages around "
     "Potosi, officials said; they crossed from Salta.", "Potosi"),
    # an aside that takes people on: not a home
    ("Most families came from Oruro, then by bus to Uyuni, and from Potosi they walked into "
     "Argentina.", "Potosi"),
    # a place reached: "to" before it, no "from"
    ("Most families came from Oruro, three hours away by bus, and went on to Tarija and "
     "Salta.", "Tarija"),
    # a clause of who said it between: the place after is not told with "from"
    ("Most families came from Oruro, officials said, and Tarija has sent buses to Salta.", "Tarija"),
], ids=["negated", "aside-with-a-leg", "reached-not-from", "said-clause"])
def test_no_origin_from_a_denial_a_leg_or_a_place_reached(text, place):
    assert "origin" not in role_of(text, place)
