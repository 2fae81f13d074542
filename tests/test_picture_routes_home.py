"""A man from one country who set out by sea from another and was later flown home (session 30,
from the twenty-ninth session's user trial: a flight home joined to a boat's departure drew a
voyage round Spain to Albania): the flight home is a leg of its own, never the end of the
voyage out (routes.ordering._home_again).

Sentences written for these tests; geocoded by the real gazetteer."""

from __future__ import annotations

import geomig
from geomig.picture import extract

TOLD = ("Karim Uddin, a 30-year-old mechanic from Sylhet in Bangladesh, was one of 40 migrants on a dinghy "
        "that left the beach at Zuwara on Friday night. He had waited for weeks in a hotel in Tripoli. "
        "The boat reached Lampedusa at dawn. ")


def routes(text: str) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    pic = extract([geomig.geocode_document(geomig.Document("t.txt", text))])
    return [(tuple(f.properties["stop_names"]), tuple(leg.mode for leg in f.legs)) for f in pic.by_role("route")]


def test_a_flight_home_is_no_end_of_the_voyage_out():
    found = routes(TOLD + "Under a returns deal he was later put on a charter flight from Rome to Dhaka.")
    assert (("Rome", "Dhaka"), ("air",)) in found
    # no voyage from the Libyan coast to Bangladesh, and the voyage out is still drawn
    assert not any(stops[-1] == "Dhaka" and "Zuwara" in stops for stops, _ in found)
    assert any(_before(stops, "Zuwara", "Lampedusa") for stops, _ in found), found


def test_a_flight_on_abroad_still_goes_on_from_the_landing():
    # (another man's flight to a third country: the voyage out keeps its way)
    found = routes(TOLD + "His brother later took a flight from Rome to Paris.")
    assert any(_before(stops, "Zuwara", "Lampedusa") for stops, _ in found), found


def _before(stops: tuple[str, ...], first: str, then: str) -> bool:
    """Whether a route passes `first` and later `then`."""
    return first in stops and then in stops[stops.index(first) + 1:]
