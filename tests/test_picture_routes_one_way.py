"""Routes that follow one traveller, run forwards and stop where the journey stopped (session 31,
from a user's trial on new reports): no chain through different people's stops (routes.groups._Apart's
traveller), no start at a region the first stop lies in, no stop at the island a stopped boat was
heading for (routes.hoped._stopped_on_way), no leg between an island and its archipelago
(routes.journeys._one_journey), no place only hoped for before the launch (routes.hoped._only_hoped),
and a voyage that ended in a flight home still drawn to its landing (routes.ordering._landing_abroad).

Sentences written for these tests; geocoded by the real gazetteer where they are texts."""

from __future__ import annotations

import geomig
from geomig.picture import extract
from geomig.picture.claims import Claim, PlaceRef
from geomig.picture.model import Source
from geomig.picture.routes import plan


def routes(text: str) -> list[tuple[str, ...]]:
    pic = extract([geomig.geocode_document(geomig.Document("t.txt", text))])
    return [tuple(f.properties["stop_names"]) for f in pic.by_role("route")]


THREE = ("Three families told reporters how they reached Spain this year. "
         "Amadou Diallo left Conakry in January and travelled by bus to Bamako before reaching Nouadhibou, "
         "where he boarded a canoe. "
         "Fatou Sow left Dakar in March and crossed into Mauritania before arriving in Laayoune. "
         "Ibrahim Keita left Abidjan in May and took a flight to Casablanca, then went on to Tangier.")


def test_the_journeys_of_different_people_are_not_one_chain():
    found = routes(THREE)
    starts = {"Conakry", "Dakar", "Abidjan"}
    assert not any(len(starts & set(stops)) > 1 for stops in found), found
    # each person's own way is still drawn
    assert any(stops[:1] == ("Abidjan",) and "Casablanca" in stops for stops in found), found
    assert not any("Abidjan" in stops and "Nouadhibou" in stops for stops in found), found


def test_one_person_named_again_is_one_journey():
    found = routes("Amadou Diallo, a 24-year-old migrant, left Conakry in January and travelled by bus to Bamako. "
                   "Mr Diallo left Bamako in March and reached Nouadhibou, where he boarded a canoe to Tenerife "
                   "with 80 other migrants.")
    assert any("Conakry" in stops and "Nouadhibou" in stops for stops in found), found


def test_a_region_the_first_stop_lies_in_is_no_start():
    found = routes("Migrants from Central Asia are increasingly attempting the route. Rustam, who left "
                   "Tashkent in May, flew to Istanbul and then travelled to Belgrade before crossing into Hungary.")
    assert found and not any("Central Asia" in stops for stops in found), found
    assert any(stops[0] == "Tashkent" and "Istanbul" in stops for stops in found), found


def test_a_place_only_hoped_for_lies_ahead_of_the_launch():
    # (not before it, where it lies farther from the end than the launch point does)
    found = routes("A yola carrying 40 Dominican migrants left the coast near Miches on Sunday evening. The "
                   "passengers wanted to get to Puerto Rico and then on to Miami, where many have relatives.")
    assert found and all(stops[0] == "Miches" for stops in found), found
    assert any(stops[:2] == ("Miches", "Puerto Rico") for stops in found), found


def test_a_boat_stopped_on_its_way_ends_where_it_was_taken_not_where_it_was_heading():
    text = ("A fishing boat carrying 60 Haitians that had left Cap-Haitien bound for Providenciales was "
            "intercepted at sea by the Bahamas Defence Force. The migrants were taken to Nassau.")
    found = routes(text)
    assert not any("Providenciales" in stops for stops in found), found
    assert ("Cap-Haitien", "Nassau") in found, found


def test_people_caught_in_a_town_on_land_reached_the_place_they_were_heading_for():
    # caught by police in a town of the country they were heading for: they got there
    text = ("Twelve migrants heading for Germany were caught by police in Munich, two days after "
            "they left Vienna.")
    found = routes(text)
    assert any(stops[0] == "Vienna" and stops[-1] in ("Germany", "Munich") for stops in found), found


def test_an_island_and_its_archipelago_are_one_end():
    found = routes("Rescuers brought 52 migrants to Tenerife on Sunday after their canoe left Dakhla. The "
                   "arrivals bring the total reaching the Canary Islands this year to 30,000.")
    assert found == [("Dakhla", "Tenerife")], found


SYLHET = PlaceRef("geonames:1185099", "Sylhet", "city", "BD", 24.90, 91.87)
ZUWARA = PlaceRef("geonames:2208425", "Zuwara", "city", "LY", 32.93, 12.08)
LAMPEDUSA = PlaceRef("geonames:2524459", "Lampedusa", "island", "IT", 35.51, 12.60)
DHAKA = PlaceRef("geonames:1185241", "Dhaka", "city", "BD", 23.71, 90.41)


def said(role: str, place: PlaceRef, n: int, text: str) -> Claim:
    """A claim of sentence n, its place named in `text`."""
    at = n * 100 + text.index(place.name)
    return Claim(role, place, "d.txt", n, "test", text, Source("d.txt", n * 100, n * 100 + len(text), text), 0.9,
                 at=at, hit=n)


def test_a_voyage_ended_by_a_flight_home_is_drawn_to_its_landing():
    claims = [said("origin", SYLHET, 0, "He is a mechanic from Sylhet."),
              said("launch_point", ZUWARA, 1, "His boat left Zuwara."),
              said("transit", LAMPEDUSA, 2, "It was brought to Lampedusa."),
              said("destination", DHAKA, 3, "He was later sent on to Dhaka.")]
    found = [tuple(s.name for s in p.stops) for p in plan(claims)]
    assert ("Sylhet", "Zuwara", "Lampedusa") in found, found
    assert not any(stops[-1] == "Dhaka" and "Zuwara" in stops for stops in found), found
