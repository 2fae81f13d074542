"""Militias told around a list of places hold each of them (control.militia with `each = true`:
"militias operate around X and Y", "militias based in X and Y"); a place that only locates the
first, or one in a clause of its own, is no member of the list."""


from __future__ import annotations

import pytest
from extract_helpers import zones_told


@pytest.mark.parametrize("text, expected", [
    ("Militias operate around Zawiya and Zuwara, migrants said.", {("militia", "Zawiya"), ("militia", "Zuwara")}),
    ("The migrants said militias based in Misrata and Zawiya sold them to smugglers.",
     {("militia", "Misrata"), ("militia", "Zawiya")}),
], ids=["operate-around", "based-in"])
def test_militias_hold_each_place_listed(text, expected):
    assert {z for z in zones_told(text) if z[0] == "militia"} == expected


def test_militias_denied_around_a_list_hold_none():
    text = "There are no militias around Zawiya and Zuwara, migrants said."
    assert not {z for z in zones_told(text) if z[1] in ("Zawiya", "Zuwara")}


@pytest.mark.parametrize("text, kept, left", [
    # the country after a town only says where the town is
    ("Militias operate around Zawiya, in Libya, migrants said.", ("militia", "Zawiya"), "Libya"),
    # a place after the list's end, in a clause of its own, is none of it
    ("Militias operate around Zawiya; the migrants later reached Misrata.", ("militia", "Zawiya"), "Misrata"),
], ids=["locator", "own-clause"])
def test_a_place_beside_the_militias_list_is_no_member(text, kept, left):
    told = zones_told(text)
    assert kept in told and not any(z[0] == "militia" and z[1] == left for z in told)
