"""Misreadings met on written reports (issue 10): a force that brings people ashore, people
taken to hotels, a list of stops before "to", one event seen by several control cues, the
force of another clause, and a sentence that opens on where a crossing starts.

Sentences written for these tests; geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import picture, roles, zones


def routes(pic) -> set[str]:
    return {f.name for f in pic.by_role("route")}


def actors(pic) -> dict[tuple[str, str], str]:
    """(control, place) -> the first actor's name of each zone."""
    return {(f.properties["control"], f.properties["place"]): f.properties["actors"][0]["name"]
            for f in pic.by_role("control_zone")}


# ------------------------------------------------------------------ a force brings people ashore

@pytest.mark.parametrize("text", [
    "Border Force officers brought 214 people ashore at Lampedusa on Sunday.",
    "On Sunday the Border Force cutter brought about 60 men, women and children ashore at Lampedusa.",
])
def test_a_border_agency_bringing_people_ashore_gives_the_destination(text):
    assert roles(picture(text)).get("Lampedusa") == {"destination"}


@pytest.mark.parametrize("text", [
    # negated: nobody landed
    "Border Force officers did not bring the 40 people ashore at Lampedusa.",
    # a rescue of sailors is no migration report
    "Coastguard volunteers brought five fishermen ashore at Lampedusa on Sunday.",
    # the agency seizing goods moves nobody
    "Border Force officers seized cocaine at Lampedusa on Sunday.",
], ids=["negated", "fishermen", "seizure"])
def test_no_destination_where_nobody_was_brought_ashore(text):
    assert "destination" not in roles(picture(text)).get("Lampedusa", set())


def test_people_taken_to_hotels_in_places_arrive_there():
    found = roles(picture("After their rescue the asylum seekers were taken to hotels in Rome and Tripoli."))
    assert found.get("Rome") == {"destination"} and found.get("Tripoli") == {"destination"}


def test_a_second_lodging_listed_with_the_first_is_a_destination_too():
    found = roles(picture("The asylum seekers were taken to a reception centre in Rome and to hotels in Tripoli."))
    assert found.get("Rome") == {"destination"} and found.get("Tripoli") == {"destination"}


def test_a_second_lodging_in_a_detention_sentence_is_no_destination():
    # people held by the police: where they are taken is control, not where they went
    found = roles(picture("The migrants were detained by police and taken to a shelter in Rome and to hotels in "
                          "Tripoli."))
    assert "destination" not in found.get("Tripoli", set())


def test_hotels_where_nobody_is_taken_are_no_destination():
    found = roles(picture("Asylum seekers were not taken to hotels in Rome, a refugee charity said."))
    assert "destination" not in found.get("Rome", set())


# ------------------------------------------------------------------ a list of stops before "to"

@pytest.mark.parametrize("text, end, on_the_way", [
    ("The refugees travelled through Sudan, Chad, Niger and Libya to Tunisia.", "Tunisia",
     ("Sudan", "Chad", "Niger", "Libya")),
    ("Most of the migrants hope to continue north through Niger, Libya, Tunisia and Malta to Italy.", "Italy",
     ("Niger", "Libya", "Tunisia", "Malta")),
], ids=["four-stops", "hoped-four-stops"])
def test_the_place_after_a_long_list_of_stops_is_where_they_go(text, end, on_the_way):
    pic = picture(text)
    found = roles(pic)
    assert found.get(end) == {"destination"}
    assert all(found.get(p) == {"transit"} for p in on_the_way)
    assert " → ".join((*on_the_way, end)) in routes(pic)


def test_a_negated_journey_through_a_list_names_no_destination():
    found = roles(picture("The refugees did not travel through Sudan, Chad, Niger and Libya to Tunisia."))
    assert "destination" not in found.get("Tunisia", set())


# ------------------------------------------------------------------ one event, one zone

def test_one_event_of_a_named_force_is_one_zone_of_its_own_type():
    found = zones(picture("The Tunisian navy has stopped several overloaded boats near Sfax."))
    assert {z for z in found if z[1] == "Sfax"} == {("navy", "Sfax")}


def test_two_forces_at_one_place_in_two_clauses_keep_their_zones():
    found = zones(picture("Libyan police detained thirty migrants in Zuwara on Monday, and on Friday "
                          "the Libyan coastguard intercepted a migrant boat off Zuwara."))
    assert {("border", "Zuwara"), ("coastguard", "Zuwara")} <= found


def test_an_event_no_force_is_named_for_keeps_its_zones():
    # nothing says which control it is: both readings stay
    found = zones(picture("The migrants were rescued inside Malta's search and rescue zone."))
    assert ("coastguard", "Malta") in found


# ------------------------------------------------------------------ the force of its own clause

def test_a_zone_does_not_take_the_force_of_another_clause():
    pic = picture("The Tunisian coastguard has stepped up patrols along its coast since the spring, "
                  "and a second migrant boat was intercepted off Lampedusa.")
    assert actors(pic).get(("coastguard", "Lampedusa")) not in (None, "Tunisian coastguard")


def test_a_zone_takes_the_force_of_its_own_clause():
    pic = picture("The Tunisian coastguard stepped up patrols and intercepted a migrant boat off Sfax.")
    assert actors(pic).get(("coastguard", "Sfax")) == "Tunisian coastguard"


# ------------------------------------------------------------------ "From X they sailed to Y"

@pytest.mark.parametrize("text", [
    "From Zuwara the migrants sailed to Lampedusa.",
    "From the port of Zuwara, the smugglers' boats set off for Lampedusa at night.",
])
def test_a_sentence_opening_on_a_departure_gives_the_launch_point(text):
    pic = picture(text)
    found = roles(pic)
    assert found.get("Zuwara") == {"launch_point"} and found.get("Lampedusa") == {"destination"}
    assert "Zuwara → Lampedusa" in routes(pic)


def test_a_negated_departure_is_no_launch_point():
    assert "launch_point" not in roles(picture("From Zuwara the migrants never sailed to Lampedusa.")).get(
        "Zuwara", set())


def test_a_journey_by_land_from_a_place_is_no_launch_point():
    found = roles(picture("From Zuwara the migrants drove to Tripoli."))
    assert "launch_point" not in found.get("Zuwara", set()) and found.get("Tripoli") == {"destination"}


# ------------------------------------------------------------------ people counted and moved are on topic

@pytest.mark.parametrize("text", [
    "The coastguard stopped a boat carrying 60 people from Zuwara near Lampedusa on Tuesday.",
    "Maltese soldiers took 48 people off a sinking rubber dinghy south of Malta.",
    "The cutter brought about 40 people ashore at Pozzallo after their dinghy was intercepted.",
    "Tunisian police intercepted more than 300 Sudanese near Sfax overnight.",
    "Moroccan troops prevented several hundred young men from climbing the fence on Sunday.",
    "About 200 people, many of them Eritreans, tried to force their way through from Belarus.",
    "More than 6,000 people landed on Lampedusa in three days this week.",
    "Thousands of Sudanese families who had walked for days waited at the closed crossing.",
    "Soldiers check the papers of everyone walking in from Niger.",
], ids=["boat-carrying", "taken-off-a-dinghy", "brought-ashore", "intercepted-n", "prevented-from-climbing",
        "tried-to-force-their-way", "landed", "walked-for-days", "papers-of-everyone"])
def test_people_counted_and_moved_make_a_text_about_migration(text):
    from geomig.picture import cues

    assert cues.default().on_topic(text)


@pytest.mark.parametrize("text", [
    # fishermen and sailors rescued, a fishing boat's crew
    "The coastguard rescued four fishermen off Lampedusa after their trawler sank.",
    "A lifeboat took 12 men off a fishing boat that had lost its engine near Malta.",
    # a drug seizure at a port, a farmers' blockade at a border crossing
    "Customs officers found 200 kilograms of cocaine in a container at Pozzallo; two men were arrested.",
    "Farmers blocked the road to the border crossing with their tractors for a third day.",
    # a summer camp, animals, data, a footballer
    "More than 300 children arrived at the summer camp near Sfax by bus on Sunday.",
    "The yearly wildebeest migration began as 200,000 animals crossed the river into the reserve.",
    "The bank completed the migration of two million customers to a new platform in Tunis.",
    "The striker completed his transfer from Tunis to Rome, flying in with his family on Monday.",
    # a cruise ship's passengers, a football crowd kept out
    "The cruise ship left Malta with 2,800 passengers and 1,100 crew on board.",
    "Police stopped 300 fans from entering the stadium in Tunis after the gates were closed.",
], ids=["fishermen", "fishing-boat", "cocaine", "farmers", "summer-camp", "wildebeest", "software",
        "transfer", "cruise", "fans"])
def test_trips_of_others_stay_off_topic(text):
    from geomig.picture import cues

    assert not cues.default().on_topic(text)


@pytest.mark.parametrize("text, expected", [
    ("The coastguard stopped a boat carrying 60 people near Lampedusa on Tuesday.", ("coastguard", "Lampedusa")),
    ("Tunisian police intercepted a boat carrying 40 Sudanese off Sfax.", ("coastguard", "Sfax")),
], ids=["coastguard-near", "police-off"])
def test_a_text_with_no_migration_word_gets_its_zone(text, expected):
    assert expected in zones(picture(text))


@pytest.mark.parametrize("text", [
    "The coastguard rescued four fishermen off Lampedusa after their trawler sank.",
    "Customs officers found 200 kilograms of cocaine in a container at Pozzallo; police arrested two men.",
    "Police stopped 300 fans from entering the stadium in Tunis after the gates were closed.",
], ids=["fishermen", "cocaine", "fans"])
def test_trips_of_others_draw_no_zone(text):
    assert zones(picture(text)) == set()


def test_a_nationality_that_is_only_said_to_be_something_is_no_origin():
    # [settings] not_movers ends on "are|were|know|knew": in a text not about migration,
    # "Libyans are tired" names no one who moves
    assert roles(picture("The minister said Libyans are tired of the talks.")) == {}
    assert "Libya" in roles(picture("Libyans are fleeing the fighting and crossing to Tunisia by the thousand."))


@pytest.mark.parametrize("text, expected", [
    ("Migrants were taken to the reception centre at Pozzallo.", {("reception", "Pozzallo")}),
    ("Two smugglers were tried at Pozzallo Crown Court after migrants were held at Sfax.", {("detention", "Sfax")}),
], ids=["a-centre-is-a-zone", "a-court-is-not"])
def test_an_institution_named_after_a_place_is_no_zone_but_a_camp_is(text, expected):
    assert zones(picture(text)) >= expected
    assert not any(place == "Pozzallo" for _, place in zones(picture(text))) or "Court" not in text
