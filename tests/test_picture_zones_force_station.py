"""Control zones: a force's own post named by its place in the possessive ("driven to the
Border Patrol's X station", "agents from the coast guard's Y station intercepted ...") and a
town's post in the possessive ("taken to X's police station") draw a zone at that place; a
spokesman at such a post, or its denied or idle staff, draw none.

Sentences written for these tests; geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import zones_told


def _at(text: str, place: str) -> set:
    return {z for z in zones_told(text) if z[1] == place}


@pytest.mark.parametrize("text, place", [
    ("The survivors were driven to the Libyan coast guard's Zuwara station for questioning.", "Zuwara"),
    ("Officers from the Libyan coast guard's Zuwara station intercepted two boats on Sunday.", "Zuwara"),
    ("The eleven men were taken to Zawiya's police station.", "Zawiya"),
], ids=["driven-to-station", "officers-from-station", "town-police-station"])
def test_a_force_post_named_in_the_possessive_draws_a_zone(text, place):
    assert _at(text, place)


@pytest.mark.parametrize("text, place", [
    ("A spokesman at the Libyan coast guard's Zuwara station said crossings had fallen.", "Zuwara"),
    ("Officers from the Libyan coast guard's Zuwara station did not stop any boats last week.", "Zuwara"),
    ("Officers from the Libyan coast guard's Zuwara station played football on Sunday.", "Zuwara"),
], ids=["spokesman", "denied", "idle"])
def test_a_post_named_but_acting_on_no_one_draws_no_zone(text, place):
    assert not _at(text, place)
