"""Roles the text does not give: crossings named in the plural ("the
border crossings at X, Y and Z") list a border's gates, not a stop of one journey, unless people
are told to have used them ("used the crossings at X").

Sentences written for these tests; geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import picture, roles

ERITREANS = "Eritrean migrants told us about their journey north. "


@pytest.mark.parametrize("text", [
    ERITREANS + "The army now guards the border crossings at Zuwara and Zawiya.",
    ERITREANS + "Deportees are driven in trucks to the crossings near Zuwara and Zawiya.",
    # hedged: a plan for the crossings, no journey through them
    ERITREANS + "Officials may close the border crossings in Zuwara and Zawiya next year.",
], ids=["guarded", "handed-over", "hedged"])
def test_crossings_in_the_plural_are_no_stop_of_a_journey(text):
    pic = roles(picture(text))
    assert "transit" not in pic.get("Zuwara", set())
    assert "transit" not in pic.get("Zawiya", set())


@pytest.mark.parametrize("text", [
    ERITREANS + "Most crossed at the crossing near Zuwara.",
    ERITREANS + "Smaller groups have used the crossings at Zuwara and Zawiya.",
    ERITREANS + "They came through the two crossings near Zuwara.",
], ids=["singular", "used", "through"])
def test_a_crossing_people_used_is_still_a_stop(text):
    assert "transit" in roles(picture(text)).get("Zuwara", set())


# ------------------------------------------------------------ a nationality that qualifies places

@pytest.mark.parametrize("text", [
    ERITREANS + "Malta took in fewer people last year than many Italian towns do in a month.",
    ERITREANS + "The camp holds more people than most Italian cities, officials said.",
], ids=["towns", "cities"])
def test_a_nationality_qualifying_towns_is_no_origin(text):
    assert "origin" not in roles(picture(text)).get("Italy", set())


@pytest.mark.parametrize("text", [
    ERITREANS + "Many Italians left on the boat.",
    ERITREANS + "Thousands of Italians fled the island.",
], ids=["many", "thousands"])
def test_many_of_a_nationality_is_still_an_origin(text):
    assert "origin" in roles(picture(text)).get("Italy", set())
