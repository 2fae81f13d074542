"""Forces joined by "and" are one actor of control.force_acts ([vars] CFORCES): each place
their act lists gets its zone, and the actor names both forces.

Sentences written for these tests; geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import picture, zones

CONTEXT = "Hundreds of Eritrean migrants reached Lampedusa from Sfax this week. "
LISTED = {"Zuwara", "Zawiya", "Sabratha"}


def _places(text: str) -> set[str]:
    return {place for _, place in zones(picture(CONTEXT + text))}


@pytest.mark.parametrize("text", [
    # a second force named by its country's adjective and "forces"
    "Libyan troops and Tunisian forces hold Zuwara, Zawiya and Sabratha.",
    # two common nouns
    "Police and soldiers guard Zuwara, Zawiya and Sabratha.",
    # two adjectives before one force
    "Libyan and Tunisian troops patrol Zuwara, Zawiya and Sabratha.",
], ids=["troops-and-adjective-forces", "police-and-soldiers", "two-adjectives"])
def test_each_place_a_coordinated_force_holds_gets_a_zone(text):
    assert LISTED <= _places(text)


def test_the_actor_names_both_forces():
    pic = picture(CONTEXT + "Libyan troops and Tunisian forces hold Zuwara and Zawiya.")
    actors = {z.properties["actor"] for z in pic.by_role("control_zone") if z.properties["place"] == "Zuwara"}
    assert actors == {"Libyan troops and Tunisian forces"}


def test_common_forces_take_their_places_country():
    pic = picture(CONTEXT + "Police and soldiers guard Zuwara.")
    actors = {z.properties["actor"] for z in pic.by_role("control_zone") if z.properties["place"] == "Zuwara"}
    assert actors == {"Libyan police and soldiers"}


@pytest.mark.parametrize("text, absent", [
    # the force's families leaving: no act of control
    ("Troops and their families left Zuwara last year.", "Zuwara"),
    # a force merely named beside a place, as a source
    ("Police and residents in Zuwara said the boats had gone.", "Zuwara"),
    # "forces" after "and" with no country's adjective is no force
    ("Libyan troops and market forces shaped life in Zuwara.", "Zuwara"),
], ids=["families-left", "residents-said", "market-forces"])
def test_no_zone_where_the_coordinated_force_does_not_act(text, absent):
    assert absent not in _places(text)
