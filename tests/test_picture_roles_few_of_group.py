"""Roles: police officers' own hope to reach a place, told with no comma after them ("Police
officers hoping to reach X"), is no destination: the officers are not the movers ([settings]
official_trip_before). A few of the group going on from a country entered ("A few said they
planned to go on to Y") leave it where the rest arrived ([settings] few_of_group).

Sentences written for these tests; geocoded by the tiny fixture gazetteer
(tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import picture, role_of, roles


@pytest.mark.parametrize("text", [
    "Police officers hoping to reach Lampedusa before the storm turned back.",
    "Police officers, hoping to reach Lampedusa before the storm, turned back.",
    "Police trying to get to Lampedusa by dawn were stopped by the weather.",
], ids=["no-comma", "comma", "trying-to-get-to"])
def test_police_hoping_to_reach_a_place_make_no_destination(text):
    assert "destination" not in role_of(text, "Lampedusa")


@pytest.mark.parametrize("text", [
    "Police stopped migrants hoping to reach Lampedusa.",
    "Migrants hoping to reach Lampedusa were stopped by police officers.",
], ids=["police-stop-movers", "movers-stopped-by-police"])
def test_movers_hope_stays_a_destination_where_police_stop_them(text):
    assert "destination" in role_of(text, "Lampedusa")


# ------------------------------------------------------------------ a few going on from a country entered

@pytest.mark.parametrize("text", [
    "Refugees from Sudan entered Chad last week. A few said they planned to go on to Libya.",
    "Refugees from Sudan entered Chad last week, and several hoped to reach Libya.",
], ids=["a-few-said", "and-several-hoped"])
def test_a_few_going_on_leave_the_country_entered_a_destination(text):
    assert roles(picture(text)).get("Chad") == {"destination"}


@pytest.mark.parametrize("text", [
    "Refugees from Sudan entered Chad last week. They said they planned to go on to Libya.",
    "Refugees from Sudan entered Chad last week. A few days later they went on to Libya.",
    # the rest of the group take over the clause before the stop (few_of_group_rest)
    "Refugees from Sudan entered Chad last week. A few stayed in the camps; the rest went on to Libya.",
    "Refugees from Sudan entered Chad last week. Some rested for a month, but others travelled on to Libya.",
], ids=["all-of-them", "a-few-days-later", "the-rest", "but-others"])
def test_the_group_going_on_makes_the_country_entered_a_stop(text):
    assert "destination" not in roles(picture(text)).get("Chad", set())
