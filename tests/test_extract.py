"""The extraction stage on sentences written for these tests: every role, negation,
hedging, distractors, control zones, actors, facts and merging across documents.

Documents are geocoded by the tiny fixture gazetteer (tests/extract_helpers.py), so these
tests check the rules alone, whatever the geocoder's current choices."""

from __future__ import annotations

import math

import pytest
from extract_helpers import annotate, land_km, picture, roles

from geomig.picture import extract

def zones(pic) -> dict[tuple[str, str], object]:
    """(control, place name) -> the control zone feature."""
    return {(f.properties["control"], f.properties["place"]): f for f in pic.by_role("control_zone")}


# (case id, sentence, the roles every named place must play; places not listed play none)
ROLE_CASES = [
    # launch points
    ("launch-apposition", "Zuwara, a fishing town near the Tunisian border, has become the busiest "
     "departure point for migrant boats.", {"Zuwara": {"launch_point"}}),
    ("launch-set-sail", "On Tuesday night more than 20 dinghies set sail from Garabulli, east of Tripoli.",
     {"Garabulli": {"launch_point"}}),
    ("launch-departed", "Rescuers said the boat had departed from Zawiya before dawn with 120 people on board.",
     {"Zawiya": {"launch_point"}}),
    ("launch-departures", "Departures from Sfax have tripled this year, officials in Tunis said.",
     {"Sfax": {"launch_point"}}),
    ("launch-pad", "Garabulli has emerged as a new launch pad for smugglers.", {"Garabulli": {"launch_point"}}),
    ("launch-city-of", "Departures from the western Libyan city of Sabratha rose in July.",
     {"Sabratha": {"launch_point"}}),
    ("launch-shores", "The militias stopped boats from leaving the shores around Zuwara.",
     {"Zuwara": {"launch_point"}}),
    ("launch-sent", "Smugglers send boats from Zuwara across the Mediterranean to Lampedusa.",
     {"Zuwara": {"launch_point"}, "Lampedusa": {"destination"}}),
    # destinations
    ("dest-landed", "Some 500 migrants landed in Lampedusa on Sunday after a two-day voyage.",
     {"Lampedusa": {"destination"}}),
    ("dest-ashore", "Most of those rescued were brought ashore in Pozzallo on Monday.",
     {"Pozzallo": {"destination"}}),
    ("dest-journey", "The migrants' journey to Italy costs about 1,500 dollars per person.", {"Italy": {"destination"}}),
    ("dest-reach", "Thousands of Eritrean migrants are trying to reach Europe.",
     {"Europe": {"destination"}, "Eritrea": {"origin"}}),
    ("dest-bound", "A boat of migrants bound for Malta capsized off the coast.", {"Malta": {"destination"}}),
    # transit and entry
    # "Agadez in Niger": the country named with a town shares the town's role.
    ("transit-through", "Migrants travel through Agadez in Niger before crossing into southern Libya.",
     {"Agadez": {"transit"}, "Niger": {"transit"}, "southern Libya": {"transit"}}),
    ("transit-hub", "Sebha, a transit hub in the south, is where smugglers gather migrants.",
     {"Sebha": {"transit"}}),
    ("transit-entry", "Many had crossed from Sudan into Libya through Kufra.",
     {"Sudan": {"transit"}, "Kufra": {"transit"}}),
    ("transit-gateway", "Libya is the main gateway for migrants trying to reach Europe.",
     {"Libya": {"transit"}, "Europe": {"destination"}}),
    # origins
    ("origin-adjective", "Most of the passengers were Eritrean refugees.", {"Eritrea": {"origin"}}),
    ("origin-people", "Nigerians made up the largest group of arrivals this year.", {"Nigeria": {"origin"}}),
    ("origin-coordinated", "Many of the migrants come from Niger and Chad.",
     {"Niger": {"origin"}, "Chad": {"origin"}}),
    # where they fled is the origin; where they spend months on the way is transit
    ("origin-fleeing", "People fleeing Eritrea often spend months in Sudan.",
     {"Eritrea": {"origin"}, "Sudan": {"transit"}}),
    # distractors: places merely mentioned, in organisation names, or moved by officials
    ("distractor-embassy", "The Italian Embassy in Tripoli reopened on Monday.", {}),
    ("distractor-media", "The Washington Post said Italy worked directly with the militias.", {}),
    ("distractor-minister-flew", "Interior Minister Marco Minniti flew to Tripoli for talks.", {}),
    ("distractor-minister-arrived", "Minniti arrived in Tripoli on Saturday to discuss migration.", {}),
    ("distractor-returned", "Coastguard vessels intercepted the dinghy and brought the migrants back to Tripoli.", {}),
    ("distractor-aid", "Sabratha's hospital received three shipments of medical aid from Italy.", {}),
    # negation
    ("negation-no-boats", "No boats left Zuwara last week because of the storm.", {}),
    ("negation-did-not", "The dinghy did not depart from Sabratha, the coastguard said.", {}),
    ("negation-denied", "Officials denied that boats set sail from Misrata.", {}),
    ("negation-no-longer", "Migrants no longer pass through Agadez since the crackdown.", {}),
]


@pytest.mark.parametrize("text, expected", [c[1:] for c in ROLE_CASES], ids=[c[0] for c in ROLE_CASES])
def test_roles_of_places(text, expected):
    assert roles(picture(text)) == expected


# (case id, sentence, place role, place name)
HEDGE_CASES = [
    ("reportedly", "Boats reportedly left Zawiya overnight.", "launch_point", "Zawiya"),
    ("unconfirmed", "According to unconfirmed reports, boats are leaving from Misrata.", "launch_point", "Misrata"),
    ("may-have-become", "Garabulli may have become a launching point, according to local activists.",
     "launch_point", "Garabulli"),
]


@pytest.mark.parametrize("text, role, name", [c[1:] for c in HEDGE_CASES], ids=[c[0] for c in HEDGE_CASES])
def test_hedged_claims_are_kept_with_lower_confidence(text, role, name):
    hedged = picture(text).find(role, name=name)
    assert hedged is not None and hedged.properties["hedged"] is True
    plain = picture(f"Boats left {name} overnight.").find(role, name=name)
    assert plain.properties["hedged"] is False
    assert hedged.confidence < plain.confidence


def test_negated_claim_leaves_no_role_but_stays_on_the_place():
    pic = picture("No boats left Zuwara last week because of the storm.")
    assert pic.find("launch_point", name="Zuwara") is None
    place = pic.find("place", name="Zuwara")
    assert [(c["role"], c["negated"]) for c in place.properties["claims"]] == [("launch_point", True)]


def test_every_feature_names_the_cue_that_fired():
    pic = picture("Departures from Sfax have tripled this year.")
    sfax = pic.find("launch_point", name="Sfax")
    assert sfax.cue == "launch.departure: “Departures from Sfax”"
    claim = sfax.properties["claims"][0]
    assert (claim["cue"], claim["words"], claim["negated"]) == ("launch.departure", "Departures from Sfax", False)
    source = sfax.sources[0]
    assert source.quote == "Departures from Sfax have tripled this year."
    assert [source.quote[a:b] for a, b in source.highlight] == ["Departures from Sfax"]


# (case id, sentence, control, place name, actor, affiliation)
ZONE_CASES = [
    ("coastguard-demonym", "The Tunisian coast guard intercepted 300 migrants.",
     "coastguard", "Tunisia", "Tunisian coastguard", None),
    # Intercepted off a named place: the sea off that place, by the coastguard the sentence names.
    ("coastguard-off-place", "The Tunisian coast guard intercepted 300 migrants off Sfax.",
     "coastguard", "Sfax", "Tunisian coastguard", None),
    ("militia-port", "A militia controls the port of Zawiya and runs its detention centre.",
     "militia", "Zawiya", "militias", None),
    ("detention-in-sentence", "A militia controls the port of Zawiya and runs its detention centre.",
     "detention", "Zawiya", "detention centres", None),
    ("government-based", "The UN-backed government based in Tripoli has little control beyond the capital.",
     "government", "Tripoli", "GNA", None),
    ("contested-fighting", "Rival armed groups are fighting for control of Tripoli.",
     "contested", "Tripoli", "armed groups", None),
    ("navy-warships", "Italian warships are stationed off Misrata.", "navy", "Misrata", "Italian warships", None),
    # (in a text about migration: a border no one crosses holds no zone)
    ("border-southern", "Migrants cross the desert into Libya. Border guards patrol Libya's southern border with Niger and Chad.",
     "border", "Libya", "Libyan border guards", None),
    ("detention-run-by", "Dozens of migrants are held in a detention centre in Zawiya run by the Interior Ministry.",
     "detention", "Zawiya", "Interior Ministry", None),
    ("affiliation-loyal", "The Nawasi brigade, which is loyal to the GNA, controls the port of Tripoli.",
     "militia", "Tripoli", "Nawasi brigade", "GNA"),
    ("affiliation-falls-under", "Brigade 48 controls the beaches of Sabratha and falls under the Interior Ministry.",
     "militia", "Sabratha", "Brigade 48", "Interior Ministry"),
]


@pytest.mark.parametrize("text, control, place, actor, affiliation", [c[1:] for c in ZONE_CASES],
                         ids=[c[0] for c in ZONE_CASES])
def test_control_zones(text, control, place, actor, affiliation):
    zone = zones(picture(text)).get((control, place))
    assert zone is not None, sorted(zones(picture(text)))
    assert zone.properties["actor"] == actor
    assert zone.properties["affiliation"] == affiliation
    assert zone.geometry.geom_type in ("Polygon", "MultiPolygon") and zone.geometry.is_valid


def test_border_zone_lies_along_the_named_side():
    text = "Migrants cross the desert into Libya. Border guards patrol Libya's southern border with Niger and Chad."
    zone = zones(picture(text))[("border", "Libya")]
    assert zone.properties["direction"] == "south"
    assert zone.geometry.centroid.y < 26  # Libya spans about 19.5 to 33 N


def test_negated_control_gives_no_zone():
    assert zones(picture("There is no militia in Zuwara, the mayor insisted.")) == {}


def test_hedged_control_is_flagged():
    zone = zones(picture("Brigade 48 reportedly controls the beaches of Sabratha."))[("militia", "Sabratha")]
    assert zone.properties["hedged"] is True
    assert zone.properties["actor"] == "Brigade 48"


# ------------------------------------------------------------------------------ facts

@pytest.mark.parametrize("text, unit, value, role, name", [
    ("Sabratha is 67 km west of Tripoli.", "km", 67, "place", "Sabratha"),
    ("On Tuesday night more than 20 dinghies set sail from Garabulli.", "boats", 20, "launch_point", "Garabulli"),
    ("The Tunisian coast guard intercepted 300 migrants off Sfax.", "interceptions", 300, "control_zone", None),
    ("Brigade 48, with 400 to 500 fighters, controls the beaches of Sabratha.", "fighters", [400, 500],
     "control_zone", None),
], ids=["distance", "boats", "interceptions", "fighters-range"])
def test_facts_attach_to_the_feature_they_concern(text, unit, value, role, name):
    pic = picture(text)
    holders = [f for f in pic.features if any(x.unit == unit for x in f.facts)]
    assert [f.role for f in holders] == [role]
    assert name is None or holders[0].name == name
    fact = next(x for x in holders[0].facts if x.unit == unit).to_dict()
    assert fact["value"] == value
    assert fact["source"]["quote"] == text


@pytest.mark.parametrize("text, expected", [
    ("After their boat left Zuwara, 12 migrants drowned and 30 are still missing.", [("deaths", 12), ("missing", 30)]),
    ("Last year 2,000 people landed in Lampedusa after 5,000 crossings from Sfax.",
     [("arrivals", 2000), ("crossings", 5000)]),
    ("The Libyan coast guard said 300 migrants were intercepted and 120 were returned to Tripoli.",
     [("interceptions", 300), ("returns", 120)]),
    ("Of the 80 migrants whose boat left Sfax, 70 were rescued and 10 died.", [("migrants", 80), ("deaths", 10)]),
], ids=["deaths-and-missing", "arrivals-and-crossings", "interceptions-and-returns", "no-number-crossed"])
def test_facts_keep_events_apart(text, expected):
    pic = picture(text)
    units = {(x.unit, x.value) for f in pic.features for x in f.facts}
    assert set(expected) <= units
    assert not {u for u, _ in units} - {u for u, _ in expected} - {"migrants"}


def test_numbers_in_names_and_dates_are_not_facts():
    pic = picture("On Aug. 19 Brigade 48 said it controls the beaches of Sabratha.")
    assert [x for f in pic.features for x in f.facts] == []


# --------------------------------------------------------------------- merging documents

def test_same_place_from_two_documents_is_one_feature_with_both_sources():
    pic = picture("Boats left Sabratha at dawn.", "Departures from Sabratha rose in July.")
    launches = pic.by_role("launch_point")
    assert [f.name for f in launches] == ["Sabratha"]
    assert [s.doc for s in launches[0].sources] == ["doc0.txt", "doc1.txt"]


def test_conflicting_claims_are_kept_side_by_side():
    pic = picture("Boats left Zuwara at dawn.", "No boats left Zuwara this week.")
    zuwara = pic.find("launch_point", name="Zuwara")
    assert zuwara.properties["conflict"] is True
    assert sorted((c["doc"], c["negated"]) for c in zuwara.properties["claims"]) == [
        ("doc0.txt", False), ("doc1.txt", True)]
    assert zuwara.confidence < picture("Boats left Zuwara at dawn.").find("launch_point", name="Zuwara").confidence


def test_conflicting_affiliations_are_both_kept():
    pic = picture("Brigade 48 controls the beaches of Sabratha and falls under the Interior Ministry.",
                  "Brigade 48, which controls the port of Sabratha, is affiliated with the Defense Ministry.")
    zone = zones(pic)[("militia", "Sabratha")]
    [row] = zone.properties["actors"]
    assert row["affiliation"] == ["Interior Ministry", "Defense Ministry"]
    assert {s.doc for s in zone.sources} == {"doc0.txt", "doc1.txt"}


# ------------------------------------------------------------------------------ routes

def test_route_from_one_document_follows_the_sea():
    pic = picture("Smugglers send boats from Zuwara across the Mediterranean to Lampedusa.")
    [route] = pic.by_role("route")
    assert route.properties["stops"] == ["geonames:2208425", "geonames:2524459"]
    assert route.properties["modes"] == ["sea"]
    assert route.properties["legs"][0]["sea"] == "Mediterranean Sea"
    assert "warning" not in route.properties
    assert route.geometry.is_valid


@pytest.mark.parametrize(("text", "start", "end"), [
    ("Smugglers send boats from Zuwara across the Mediterranean to Lampedusa.", (12.08199, 32.9312), (12.60964, 35.50142)),
    ("Smugglers send boats from Sabratha to Malta.", (12.48845, 32.79335), None),
    ("Migrants set off from Misrata toward Sicily.", (15.09254, 32.37535), None),
])
def test_a_sea_leg_leaves_from_the_coast_and_stays_at_sea(text, start, end):
    from shapely.geometry import Point

    [route] = picture(text).by_role("route")
    line = route.geometry
    assert land_km(line) < 1.0
    km = 111.32 * math.cos(math.radians(33))
    assert Point(line.coords[0]).distance(Point(start)) * km < 6     # from the launch place's shore
    if end:
        assert Point(line.coords[-1]).distance(Point(end)) * km < 6


def test_route_merged_across_documents_orders_its_legs():
    pic = picture("Migrants travel through Agadez before crossing into southern Libya.",
                  "Zuwara is the main departure point for migrant boats heading to Italy.")
    [route] = pic.by_role("route")
    assert route.properties["stop_names"] == ["Agadez", "southern Libya", "Zuwara", "Italy"]
    assert route.properties["modes"] == ["land", "land", "sea"]
    assert route.properties["documents"] == ["doc0.txt", "doc1.txt"]
    assert route.geometry.geom_type == "MultiLineString" and len(route.geometry.geoms) == 3


def test_no_route_without_a_destination():
    assert picture("Boats left Zuwara at dawn.").by_role("route") == []


# ------------------------------------------------------------------------------ edges

def test_document_without_places_gives_an_empty_picture():
    pic = picture("Nothing happened here today.")
    assert pic.features == () and pic.documents == ("doc0.txt",)


def test_no_documents_gives_an_empty_picture():
    assert extract([]).features == ()


def test_low_confidence_places_carry_their_alternatives():
    from geomig.models import Candidate

    alt = (Candidate("geonames:266826", "Tripoli", "LB", 34.4367, 35.8497, 0.31),)
    doc = annotate("Boats left Tripoli at dawn.", confidence={"Tripoli": 0.4}, alternatives={"Tripoli": alt})
    place = extract([doc]).find("place", name="Tripoli")
    assert place.properties["alternatives"] == [
        {"id": "geonames:266826", "name": "Tripoli", "lat": 34.4367, "lon": 35.8497, "score": 0.31}]
    assert place.confidence == 0.4


def test_confident_places_carry_no_alternatives():
    place = picture("Boats left Tripoli at dawn.").find("place", name="Tripoli")
    assert "alternatives" not in place.properties


# ------------------------------------------------------- geometry fallbacks, never silent

def test_failed_sea_routing_becomes_a_straight_line_with_a_warning(monkeypatch):
    import searoute

    def broken(*args, **kwargs):
        raise RuntimeError("no marine network")

    monkeypatch.setattr(searoute, "searoute", broken)
    [route] = picture("Smugglers send boats from Zuwara across the Mediterranean to Lampedusa.").by_role("route")
    assert route.geometry.geom_type == "LineString" and len(route.geometry.coords) == 2
    assert route.properties["legs"][0]["warning"] == (
        "sea route could not be computed (no marine network); drawn as a straight line")
    assert "no marine network" in route.properties["warning"]


def test_zone_without_shapes_is_a_disc_with_a_warning(monkeypatch):
    from geomig.errors import GazetteerError
    from geomig.picture import geometry

    def missing():
        raise GazetteerError("shapes unavailable")  # as when the shape files are missing

    monkeypatch.setattr(geometry, "_shapes", missing)
    monkeypatch.setattr(geometry, "_coast_bounds", lambda iso: None)
    zone = zones(picture("The Tunisian coast guard intercepted 300 migrants."))[("coastguard", "Tunisia")]
    assert zone.geometry.geom_type == "Polygon" and zone.geometry.is_valid
    assert zone.properties["warning"] == "coastal_strip could not be built (shapes unavailable); drawn as a disc"


def test_mentions_without_coordinates_play_no_role():
    from dataclasses import replace

    doc = annotate("Boats left Zuwara for Lampedusa.")
    doc = replace(doc, mentions=tuple(replace(m, lat=None, lon=None) for m in doc.mentions))
    assert extract([doc]).features == ()
