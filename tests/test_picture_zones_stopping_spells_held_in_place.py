"""Zones: travellers who stop a spell somewhere
("stopping two nights in X") are not stopped by anyone (STOPPED); crossings at a country's
border are movement, no force acting there (control.border); a sentence opening on a place
where a migration body or a force holds the new arrivals at one of its sites is detention
there (control.held_in_place).

Sentences written for these tests; geocoded by the tiny fixture gazetteer
(tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import picture, zones

LEAD = "Hundreds of Eritrean migrants crossed the desert this month. "

# ------------------------------------------------------------------ a halt is no arrest


@pytest.mark.parametrize("text", [
    "Smugglers drove the migrants through Niger, stopping two nights in Agadez, and on to Sebha.",
    "The trucks stopped three days at Agadez before the drivers took the migrants north.",
    # hedged: still a halt
    "The convoy reportedly stopped a week in Agadez on its way to Libya.",
], ids=["stopping-two-nights", "stopped-three-days", "hedged"])
def test_travellers_stopping_a_spell_in_a_town_draw_no_zone_there(text):
    assert all(place != "Agadez" for _, place in zones(picture(LEAD + text)))


@pytest.mark.parametrize("text", [
    "Nigerien soldiers stopped two trucks of migrants near Agadez.",
    "The migrants were stopped two days later near Agadez and sent back.",
], ids=["force-stopped-trucks", "passive"])
def test_a_force_stopping_people_still_draws_a_zone(text):
    assert ("border", "Agadez") in zones(picture(LEAD + text))


# ------------------------------------------------------------------ crossings at a border


@pytest.mark.parametrize("text", [
    "Officials in Rome say the new desert route feeds the crossings at the Niger border.",
    "Aid groups counted more crossings at the Libya border this spring than last.",
], ids=["feeds-crossings", "counted-crossings"])
def test_crossings_at_a_border_draw_no_border_zone(text):
    assert not any(place in ("Niger", "Libya") for _, place in zones(picture(LEAD + text)))


def test_a_border_sealed_where_people_cross_keeps_its_zone():
    pic = picture(LEAD + "The army has sealed Libya's southern border, where the migrants used to cross.")
    assert ("border", "Libya") in zones(pic)


# ------------------------------------------------------------------ In X, a body holds new arrivals


@pytest.mark.parametrize("text", [
    "In Sebha, Libya's interior ministry holds the new arrivals at its Ganfouda centre while their papers are checked.",
    "In Sebha, the immigration police keep the migrants in a sports hall near the airport.",
    # hedged: still told
    "In Sebha, the authorities reportedly hold the new arrivals at a camp outside town.",
], ids=["ministry-holds-arrivals", "police-keep-migrants", "hedged"])
def test_a_body_holding_the_new_arrivals_in_a_place_is_detention_there(text):
    assert ("detention", "Sebha") in zones(picture(LEAD + text))


@pytest.mark.parametrize("text", [
    # a body that helps, no force
    "In Sebha, the Red Cross gives the new arrivals blankets at its centre.",
    # negated
    "In Sebha, the interior ministry no longer holds the new arrivals at the centre.",
    # a place that only opens the sentence, nobody held
    "In Sebha, the new arrivals sleep in a mosque near the market.",
], ids=["helper", "no-longer", "nobody-held"])
def test_no_detention_without_a_force_holding_people(text):
    assert ("detention", "Sebha") not in zones(picture(LEAD + text))
