"""A corridor's routes from places listed as alternative starts (session 46): "by bus from A, B or
C to D" tells three journeys, one from each; a later "she left A" makes A no stop before B or C.

Sentences written for these tests; geocoded by the real gazetteer (places of these stories are
not in the tiny one)."""

from __future__ import annotations

import pytest

import geomig
from geomig.picture import extract

BUSES = ("Most of the migrants travelled for a day by bus from {list} to the border town of Agua Caliente, "
         "where smugglers take them across. ")
STARTS = ("Tegucigalpa", "San Pedro Sula", "Choluteca")


def routes(text: str) -> list[tuple[str, ...]]:
    pic = extract([geomig.geocode_document(geomig.Document("t.txt", text))])
    return sorted(tuple(f.properties["stop_names"]) for f in pic.by_role("route"))


@pytest.mark.parametrize("person", [
    "Maria Lopez, 31, fled Choluteca in March after her shop was burned. She hopes to reach Tapachula.",
    "Maria Lopez, 31, fled Tegucigalpa in March after her shop was burned. She hopes to reach Tapachula.",
    "Maria Lopez, 31, left her home in Choluteca in March after her shop was burned.",
    # negated: she did leave, only later (a distractor: the same starts)
    "Maria Lopez, 31, did not flee Choluteca until March. She hopes to reach Tapachula.",
])
def test_a_listed_start_one_person_left_is_no_stop_before_the_others(person):
    found = routes(BUSES.format(list="Tegucigalpa, San Pedro Sula or Choluteca") + person)
    assert {route[0] for route in found} == set(STARTS)     # a route from each listed start
    for route in found:
        assert sum(place in STARTS for place in route) == 1, route     # never two alternatives in one


def test_one_stop_listed_with_no_place_still_starts_the_route():
    # "from A or nearby villages": one stop only, no list of alternatives
    found = routes(BUSES.format(list="Tegucigalpa or nearby villages")
                   + "Maria Lopez, 31, fled Tegucigalpa in March. She hopes to reach Tapachula.")
    assert found and all(route[0] == "Tegucigalpa" for route in found)
