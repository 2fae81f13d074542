"""A province people came from starts their route unless a stop of the route lies in it (the
gazetteer's first-level division codes tell): "from provinces X and Y to the border at Z"
starts in X, while Y, Z's own province, only says where Z is (no province -> its own town leg).

Sentences written for these tests; geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)
with a few Cambodian and Thai places added (their real gazetteer ids: the divisions are read there)."""

from __future__ import annotations

import extract_helpers
import pytest
from extract_helpers import picture

MORE_PLACES = {
    "Battambang": ("geonames:1821310", "admin", "KH", 12.9897, 103.0718, "Baat Dambang"),
    "Banteay Meanchey": ("geonames:1899273", "admin", "KH", 13.7365, 102.9397, "Banteay Mean Choăy"),
    "Poipet": ("geonames:1830194", "city", "KH", 13.65805, 102.56365, "Paoy Paet"),
    "Thailand": ("geonames:1605651", "country", "TH", 15.5, 101.0, "Thailand"),
    "Bangkok": ("geonames:1609350", "city", "TH", 13.75398, 100.50144, "Bangkok"),
}


@pytest.fixture(autouse=True)
def _cambodia(monkeypatch):
    for name, row in MORE_PLACES.items():
        monkeypatch.setitem(extract_helpers.PLACES, name, row)


def routes(pic) -> list[tuple[str, ...]]:
    return sorted(tuple(f.properties["stop_names"]) for f in pic.by_role("route"))


def test_a_province_no_stop_lies_in_starts_the_route():
    pic = picture("Hundreds of workers came from Battambang and Banteay Meanchey provinces to the border at "
                  "Poipet and crossed into Thailand, heading for Bangkok.")
    assert ("Battambang", "Poipet", "Bangkok") in routes(pic)
    # the province of the border town is no start of its own
    assert not [r for r in routes(pic) if r[0] == "Banteay Meanchey"]


def test_the_province_of_a_stop_starts_no_route_whatever_the_order():
    # the control: the province holding the border town is named first
    pic = picture("Hundreds of workers came from Banteay Meanchey and Battambang provinces to the border at "
                  "Poipet and crossed into Thailand, heading for Bangkok.")
    assert not [r for r in routes(pic) if "Banteay Meanchey" in r]
    assert ("Battambang", "Poipet", "Bangkok") in routes(pic)


@pytest.mark.parametrize("text", [
    # a distractor: the province is where officials speak, not where people came from
    "Officials in Battambang province said hundreds of workers crossed at Poipet into Thailand, heading for Bangkok.",
    # a negation
    "The workers were not from Battambang province; they crossed at Poipet into Thailand, heading for Bangkok.",
], ids=["officials-in", "not-from"])
def test_a_province_people_did_not_come_from_starts_nothing(text):
    assert not [r for r in routes(picture(text)) if "Battambang" in r]


def test_without_a_gazetteer_a_province_of_a_stops_country_stays_no_start():
    from geomig.picture.claims import PlaceRef
    from geomig.picture.routes.ordering import _holds_stop

    battambang = PlaceRef("geonames:1821310", "Battambang", "admin", "KH", 12.99, 103.07)
    poipet = PlaceRef("geonames:1830194", "Poipet", "city", "KH", 13.66, 102.56)
    bangkok = PlaceRef("geonames:1609350", "Bangkok", "city", "TH", 13.75, 100.50)
    assert _holds_stop(battambang, [poipet])           # (outside extract(): no gazetteer to tell)
    assert not _holds_stop(battambang, [bangkok])      # a stop of another country is never in it
