"""Routes, in general English: a return through a
border post is no stop of the journey out, and starts where a force had moved the people;
a country entered and gone on from in one sentence is a stop on the way, not the end.

Sentences written for these tests; geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import CONTEXT, picture, role_of, with_places
from test_picture_routes_stated import routes

#: Made-up towns: one on Libya's border with Niger, one in Tunisia near the Libyan border.
TOWNS = {
    "Wadi Kharza": ("test:wadi-kharza", "city", "LY", 23.2, 12.4, "Wadi Kharza"),
    "Ras Jedir": ("test:ras-jedir", "city", "TN", 33.2, 11.3, "Ras Jedir"),
}


# ------------------------------------------------------------------ a return is no journey out

def test_a_return_through_a_border_post_starts_where_a_force_moved_the_people(monkeypatch):
    with_places(monkeypatch, TOWNS)
    pic = picture(CONTEXT + "Libyan police found 80 migrants hidden in a truck. They had hoped to reach Italy. "
                            "On Friday the police moved them by bus to their station in Sebha, and on Sunday 60 "
                            "of them were returned overland through Wadi Kharza to Niger.")
    found = routes(pic)
    assert ("Sebha", "Wadi Kharza", "Niger") in found, found
    # (the post passed on the way back is on no route toward the hoped-for end)
    assert not any("Wadi Kharza" in r and r[-1] == "Italy" for r in found), found


# ------------------------------------------------------------------ stops in the order of travel

def test_a_country_entered_and_gone_on_from_is_a_stop_on_the_way(monkeypatch):
    with_places(monkeypatch, TOWNS)
    pic = picture(CONTEXT + "Musa, a Nigerian migrant, left his home in Agadez in 2020, walking across the desert "
                            "into Libya and then crossing into Tunisia near Ras Jedir with a smuggler.")
    found = routes(pic)
    # (in the order told, whatever the shortest way: the town in Tunisia after Libya, and the
    # journey ends there, not in the country entered first)
    assert found and all(r[-2:] == ("Libya", "Ras Jedir") for r in found), found


# ------------------------------------------------------------------ a leg told by its direction

@pytest.mark.parametrize("text, place, role", [
    # a country people came on from is their home: the journey starts in it, no launch point
    ("The families had travelled up from Niger on foot and reached Tripoli in May.", "Niger", "origin"),
    # a town is a stop they came on from
    ("The families had travelled up from Agadez on foot and reached Tripoli in May.", "Agadez", "launch_point"),
])
def test_travelling_up_from_a_country_is_coming_from_it(text, place, role):
    assert role_of(text, place, "Migrants and refugees told us about their journeys this year. ") == {role}
