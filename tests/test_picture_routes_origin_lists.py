"""A country named in one list with the country a route's first stop lies in ("migrants from
X and Y were flown from a city of X") starts no route: the list says who travels, and the way
starts at the stop the text names (routes: the origins a stop lies in, and those listed with
them). A country named alone still starts the way to the first stop abroad.

Sentences written for these tests; geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)."""

from __future__ import annotations

from extract_helpers import picture


def routes(text: str) -> list[tuple[str, ...]]:
    return sorted(tuple(f.properties["stop_names"]) for f in picture(text).by_role("route"))


def test_a_country_listed_with_the_first_stops_country_starts_no_route():
    text = ("Forty migrants from Niger and Tunisia were flown from Tunis to Sfax, then set out in a "
            "wooden boat and reached Lampedusa.")
    assert routes(text) == [("Tunis", "Sfax", "Lampedusa")]


def test_a_country_named_alone_still_starts_the_way():
    text = "Forty migrants from Niger set out from Sfax in a wooden boat and reached Lampedusa on Tuesday."
    assert routes(text) == [("Niger", "Sfax", "Lampedusa")]
