"""A country a narrower stop made a mere label (routes.model._most_specific) is that stop's other
name (routes.reading._labels, routes.reading._named): the way a text tells "from Myanmar" and draws from
Myawaddy goes by Myanmar's name too, so a reader's "Myanmar -> Bangkok" matches it. Only a
country the text gives a role: not one denied, nor one only named beside the journey.

Sentences written for these tests; geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)
with a few places of Asia and eastern Europe added."""

from __future__ import annotations

import pytest
from extract_helpers import PLACES, picture

MORE = {
    "Ukraine": ("geonames:690791", "country", "UA", 49.0, 32.0, "Ukraine"),
    "Lviv": ("geonames:702550", "city", "UA", 49.83826, 24.02324, "Lviv"),
    "Uzhhorod": ("geonames:690548", "city", "UA", 48.6242, 22.2947, "Uzhhorod"),
    "Slovakia": ("geonames:3057568", "country", "SK", 48.66667, 19.5, "Slovakia"),
    "Kosice": ("geonames:724443", "city", "SK", 48.71395, 21.25808, "Košice"),
    "Myanmar": ("geonames:1327865", "country", "MM", 21.0, 96.0, "Myanmar"),
    "Myawaddy": ("geonames:1308204", "city", "MM", 16.6883, 98.5083, "Myawaddy"),
    "Thailand": ("geonames:1605651", "country", "TH", 15.5, 101.0, "Thailand"),
    "Bangkok": ("geonames:1609350", "city", "TH", 13.75398, 100.50144, "Bangkok"),
    "Mae Sot": ("geonames:1152562", "city", "TH", 16.71667, 98.56667, "Mae Sot"),
}


@pytest.fixture(autouse=True)
def wider_gazetteer(monkeypatch):
    for name, row in MORE.items():
        monkeypatch.setitem(PLACES, name, row)


def named(text: str) -> dict[tuple[str, ...], list[set[str]]]:
    """Each route's stops -> per stop, its other names."""
    return {tuple(f.properties["stop_names"]): [set(a) for a in f.properties.get("stop_aliases") or
                                                 [()] * len(f.properties["stop_names"])]
            for f in picture(text).by_role("route")}


WAY = "The migrants left Myawaddy and crossed to Mae Sot. They took a bus to Bangkok."
STOPS = ("Myawaddy", "Mae Sot", "Bangkok")


@pytest.mark.parametrize("more, names", [
    ("Most had fled Myanmar.", [{"Myanmar"}, set(), set()]),
    # a hope is the country's role too: the towns in it go by its name
    ("Most had fled Myanmar and hope to settle in Thailand.", [{"Myanmar"}, {"Thailand"}, {"Thailand"}]),
    # denied: no role, no name
    ("They had not fled Myanmar.", [set(), set(), set()]),
    # a distractor: the country named beside the journey, with no role
    ("Myanmar has held elections since.", [set(), set(), set()]),
], ids=["origin", "hoped", "denied", "distractor"])
def test_a_stop_goes_by_the_name_of_the_country_of_its_role(more, names):
    assert named(f"{WAY} {more}") == {STOPS: names}


def test_a_journey_from_a_country_through_its_towns_goes_by_both_countries():
    found = named("Thousands of families fled Ukraine by train. They went through Lviv and Uzhhorod "
                  "and reached Kosice in Slovakia two days later.")
    assert found == {("Lviv", "Uzhhorod", "Kosice"): [{"Ukraine"}, {"Ukraine"}, {"Slovakia"}]}



def test_a_country_many_documents_give_a_role_is_tested_once_per_stop(monkeypatch):
    # A corpus's route has thousands of documents naming the same few countries: each
    # country is tested against each stop once, not once per document naming it.
    from geomig.picture import routes
    from geomig.picture.claims import Claim, PlaceRef
    from geomig.picture.model import Source

    ukraine = PlaceRef("geonames:690791", "Ukraine", "country", "UA", 49.0, 32.0)
    lviv = PlaceRef("geonames:702550", "Lviv", "city", "UA", 49.83826, 24.02324)
    kosice = PlaceRef("geonames:724443", "Kosice", "city", "SK", 48.71395, 21.25808)
    docs = [f"d{i}.txt" for i in range(50)]
    claims = tuple(Claim("transit", lviv, d, 0, "test", "Lviv", Source(d, 0, 1, "x"), 0.9) for d in docs)
    route = routes.RoutePlan((lviv, kosice), ("transit", "destination"), (routes.Leg(lviv, kosice, "land"),),
                             (), (), ("Kosice",), claims)
    tested = []
    holds = PlaceRef.holds
    monkeypatch.setattr(PlaceRef, "holds", lambda self, p: tested.append(p) or holds(self, p))
    named = routes.reading._named(route, {}, {d: [ukraine] for d in docs})
    assert named.aliases == (("Ukraine",), ())
    assert len(tested) == 2
