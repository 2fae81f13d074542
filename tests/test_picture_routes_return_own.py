"""A return people make of their own accord ("went back to X", "came back to X", "returned to
X") starts where they stayed (routes.returns._departure_before, _own_accord, _stays): a stay
its own sentence names after it ("after four years in Y", move.returned), a place its sentence
has them reach before it, or the last place the text has them reach, not a place a part of the
group or someone else moved on to (there: where that part set out from, when its words say).
A way back only wanted is no journey.

Sentences written for these tests; geocoded by the real gazetteer."""

from __future__ import annotations

import pytest

import geomig
from geomig.picture import extract


#: A migration context before each text (a text about a mechanic alone is about no migration).
CONTEXT = "Thousands of migrants and refugees have crossed the Mediterranean this year. "


def routes(text: str) -> list[tuple[str, ...]]:
    pic = extract([geomig.geocode_document(geomig.Document("t.txt", CONTEXT + text))])
    return sorted(tuple(f.properties["stop_names"]) for f in pic.by_role("route"))


def has_leg(found: list[tuple[str, ...]], a: str, b: str) -> bool:
    return any(a in r and b in r[r.index(a) + 1:] for r in found)


def ends_at(found: list[tuple[str, ...]], b: str) -> bool:
    return any(r[-1] == b for r in found)


def test_a_stay_told_after_the_return_starts_it():
    found = routes("Last spring the mechanic went back to Tunis after four years in Milan.")
    assert has_leg(found, "Milan", "Tunis"), found


def test_a_meeting_after_the_return_is_no_stay():
    found = routes("Last spring the mechanic went back to Tunis after talks in Milan.")
    assert not has_leg(found, "Milan", "Tunis"), found


def test_a_return_only_wanted_after_a_stay_is_no_route():
    found = routes("The mechanic wants to go back to Tunis after four years in Milan.")
    assert not ends_at(found, "Tunis"), found


def test_a_part_moving_on_is_not_where_the_others_went_back_from():
    found = routes("In March the families fled from Kidal to Niamey. Some of them moved on to Zinder. "
                   "A few families have since gone back to Kidal.")
    assert not has_leg(found, "Zinder", "Kidal"), found


def test_the_same_people_moving_on_go_back_from_where_they_went():
    found = routes("In March the families fled from Kidal to Niamey. They later moved on to Zinder. "
                   "In June they went back to Kidal.")
    assert has_leg(found, "Zinder", "Kidal"), found


def test_a_son_moving_on_leaves_the_return_at_the_family_home():
    found = routes("In 1990 the couple moved from Praia to Lisbon. Their eldest son moved from Lisbon to Porto "
                   "in 2001. In 2010 he went back to Praia.")
    assert has_leg(found, "Lisbon", "Praia"), found
    assert not has_leg(found, "Porto", "Praia"), found


@pytest.mark.parametrize("text", [
    "In May the families reached Niamey. Some families who reached Niamey on Saturday went back to Kidal "
    "on Monday.",
    "In May the families reached Niamey. Some families who reached Niamey on Saturday went back to Kidal "
    "on Monday, saying they could not leave their cattle.",
], ids=["told", "modal-after"])
def test_a_place_reached_in_the_returns_sentence_starts_it(text):
    assert has_leg(routes(text), "Niamey", "Kidal")


def test_a_return_only_wanted_is_no_route():
    found = routes("In May the families reached Niamey. Amina wants to go back to Kidal.")
    assert not ends_at(found, "Kidal"), found
