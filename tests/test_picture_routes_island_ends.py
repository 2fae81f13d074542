"""An arrival told at two scales, at an island and at a town on it (routes.journeys._to_the_part,
_end_at_town): one route to the town, which takes the island's name; a town of another island
stays a way of its own. The containment is the land's (one landmass), not the names'.

Sentences written for these tests; geocoded by the real gazetteer (Canary Islands)."""

from __future__ import annotations

import pytest

import geomig
from geomig.picture import extract


def routes(text: str) -> list[tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]]:
    pic = extract([geomig.geocode_document(geomig.Document("t.txt", text))])
    return sorted((tuple(f.properties["stop_names"]), tuple(map(tuple, f.properties.get("stop_aliases") or ())))
                  for f in pic.by_role("route"))


@pytest.mark.parametrize("island, town", [("Tenerife", "Los Cristianos"), ("Gran Canaria", "Arguineguín")])
def test_a_landing_at_an_island_and_its_town_is_one_route(island, town):
    found = routes(f"A canoe carrying 80 people left Dakhla in Western Sahara on Tuesday. "
                   f"It reached {island} on Friday, landing at {town}.")
    assert [stops for stops, _ in found] == [("Dakhla", town)]
    assert island in found[0][1][-1]        # the island is the town's other name


def test_a_town_of_another_island_stays_a_route_of_its_own():
    found = routes("A canoe carrying 80 people left Dakhla in Western Sahara on Tuesday. "
                   "It reached Tenerife on Friday, landing at Arguineguín.")
    assert sorted(stops for stops, _ in found) == [("Dakhla", "Arguineguín"), ("Dakhla", "Tenerife")]


def test_an_island_then_its_port_ends_at_the_port():
    found = routes("Some 150 migrants who left Nouadhibou by boat came ashore on El Hierro on Sunday. "
                   "A rescue boat then towed them into the harbour of La Restinga.")
    assert [stops for stops, _ in found] == [("Nouadhibou", "La Restinga")]


def test_a_way_on_from_an_island_to_another_stays():
    found = routes("A canoe carrying 80 people left Dakhla in Western Sahara on Tuesday. It reached Tenerife "
                   "on Friday. The next week the passengers were flown to Gran Canaria and housed in Arguineguín.")
    assert any(stops[:3] == ("Dakhla", "Tenerife", "Gran Canaria") for stops, _ in found)
