"""Zones: a body that records people in a clause on their place ("X, where staff
of the ministry registered them"), and police named at a town folded into the detention they
hold there (the trial of session 33: Kassala drawn as two zones).

Sentences written for these tests, on the Sudanese-Eritrean border; geocoded by the tiny
fixture gazetteer (tests/extract_helpers.py) with this file's places."""

from __future__ import annotations

import pytest
from extract_helpers import with_places, zones_by_place

PLACES = {
    "Kassala": ("geomig:test-kassala", "city", "SD", 15.4510, 36.4000, "Kassala"),
    "Gedaref": ("geomig:test-gedaref", "city", "SD", 14.0333, 35.3833, "Gedaref"),
    "Metema": ("geomig:test-metema", "city", "ET", 12.9560, 36.1600, "Metema"),
    "Sudan": ("geomig:test-sudan", "country", "SD", 15.0, 30.0, "Sudan"),
    "Eritrea": ("geomig:test-eritrea", "country", "ER", 15.2, 39.0, "Eritrea"),
}
DEMONYMS = {"Sudanese": "Sudan", "Eritrean": "Eritrea", "Ethiopian": "Ethiopia"}
STORY = "Hundreds of Eritrean refugees fled across the border this month. "


@pytest.fixture(autouse=True)
def _places(monkeypatch):
    with_places(monkeypatch, PLACES, DEMONYMS)


@pytest.mark.parametrize("clause", [
    "where staff of the social affairs ministry registered them at a school",
    "where IOM staff registered the family and gave them tents",
    "where officers of the migration service, the DIA, registered 40 of them",
    "where the agency for refugees and asylum registered every family",
], ids=["ministry-staff", "agency-staff", "apposed-acronym", "agency"])
def test_a_body_that_records_people_where_they_come_holds_the_place(clause):
    text = STORY + f"Buses carried the families from Gedaref to Kassala, {clause}."
    assert [z.properties["control"] for z in zones_by_place(text).get("Kassala", [])] == ["reception"]


@pytest.mark.parametrize("clause", [
    "where staff of the sports ministry greeted the players",
    "where hotel staff registered the guests",
    "where staff of the labour ministry checked every contract before the men were allowed to board",
], ids=["no-record", "no-people", "check-before-leaving"])
def test_no_zone_for_a_body_that_records_no_one_arriving(clause):
    text = STORY + f"A bus took the group from Gedaref to Kassala, {clause}."
    assert "Kassala" not in zones_by_place(text)


def test_police_in_a_town_who_hold_people_there_are_one_detention_zone():
    text = (STORY + "Police in Kassala regularly detain Eritreans without papers, and at least 80 people"
            " are held in the town's main police station.")
    (zone,) = zones_by_place(text)["Kassala"]
    assert zone.properties["control"] == "detention"
    assert "police" in zone.properties["actor"].lower()


def test_border_police_in_a_town_keep_their_border_zone_beside_the_detention():
    text = (STORY + "Border police in Kassala regularly detain Eritreans without papers, and at least 80"
            " people are held in the town's main police station.")
    assert sorted(z.properties["control"] for z in zones_by_place(text)["Kassala"]) == ["border", "detention"]


@pytest.mark.parametrize("sentence", [
    "At the main wharf in Kassala, officers of the disaster office and the volunteers wrote down every"
    " family's name and sent them on by truck.",
    "At Kassala, officers of the DRA, the agency for refugee affairs, meet them at a desk, register them"
    " and put them on buses.",
    "In Kassala the municipality keeps a register of the families sleeping in schools.",
], ids=["wharf-names", "desk-register", "keeps-register"])
def test_a_place_opening_the_sentence_then_a_body_recording_people_holds_a_zone(sentence):
    text = STORY + "Buses carried the families from Gedaref to Kassala. " + sentence
    assert [z.properties["control"] for z in zones_by_place(text).get("Kassala", [])] == ["reception"]


@pytest.mark.parametrize("sentence", [
    "In Kassala, the local administration's social affairs office is registering new arrivals and placing"
    " them in schools.",
    "In Kassala, the municipal welfare department has already registered every family.",
    "Police officers at Kassala recorded every household that came in from the border.",
    "In Kassala, the State Humanitarian Aid and Relief Office has opened a hall in the market and is"
    " recording families who arrive from the border.",
], ids=["office-is-registering", "department-already", "recorded-each-household", "named-office-and-is"])
def test_a_body_registering_arrivals_at_a_place_holds_a_zone_there(sentence):
    text = STORY + "Buses carried the families from Gedaref to Kassala. " + sentence
    assert "Kassala" in zones_by_place(text)


@pytest.mark.parametrize("sentence", [
    "In Kassala, officials recorded 3,000 arrivals last month.",
    "In Kassala, the Youth Football Office has opened a pitch and is registering players for the league.",
], ids=["a-count", "no-one-arriving"])
def test_a_count_or_no_one_arriving_recorded_at_a_place_is_no_zone(sentence):
    text = STORY + "Buses carried the families from Gedaref to Kassala. " + sentence
    assert "Kassala" not in zones_by_place(text)



# Session 41: a body's record told as the names it writes down or the list it keeps ("wrote down
# the names of new arrivals", "keeps a list of families"), by a single officer, a committee or a
# country's body ("Sudan's disaster agency")

@pytest.mark.parametrize("sentence", [
    "In Kassala, Sudan's disaster agency registers families who arrive by truck from the border.",
    "An officer of the border police writes down the names of new arrivals at the town hall in Kassala.",
    "Most went on to Kassala, where the town council keeps a list of families who need tents.",
    "Most went on to Kassala, where local committees have registered 11,400 people.",
], ids=["country-agency", "officer-names-of", "council-list", "committees"])
def test_a_body_writing_down_or_listing_people_at_a_place_holds_a_zone(sentence):
    text = STORY + "Buses carried the families from Gedaref to Kassala. " + sentence
    # (a reception zone; border police holding the border there as well)
    assert "reception" in {z.properties["control"] for z in zones_by_place(text).get("Kassala", [])}


@pytest.mark.parametrize("sentence", [
    "In Kassala, Sudan's football agency registers players for the new league.",
    "An officer of the border police never wrote down the names of new arrivals at the town hall in Kassala.",
    "Reporters wrote down the names of the dead at the hospital in Kassala.",
    "Most went on to Kassala, where the hotel staff keep a list of the guests.",
    "Most went on to Kassala, where the town council might one day keep a list of families, a"
    " councillor suggested.",
], ids=["players", "negated", "reporters-dead", "hotel-guests", "hedged"])
def test_no_zone_for_names_or_lists_of_no_one_arriving_or_denied(sentence):
    text = STORY + "Buses carried the families from Gedaref to Kassala. " + sentence
    assert "Kassala" not in zones_by_place(text)


# Session 41: a camp told in a clause on a place ("X, where there is already a camp for
# displaced people": control.camp_there)

@pytest.mark.parametrize("clause", [
    "where there is already a large camp for displaced people",
    "where there are now two camps for asylum seekers",
], ids=["camp-for-displaced", "camps-for-asylum-seekers"])
def test_a_camp_a_where_clause_tells_of_holds_the_place(clause):
    text = STORY + f"Most families walked on to Kassala, {clause}."
    assert "control.camp_there" in {c["cue"] for z in zones_by_place(text).get("Kassala", [])
                                    for c in z.properties["claims"]}


@pytest.mark.parametrize("clause", [
    "where there is no camp for refugees",
    "where there may one day be a camp for refugees",
    "where there was once a camp for refugees",
    "where there is a large camp for scouts",
], ids=["negated", "hedged", "former", "scouts"])
def test_no_camp_zone_for_a_camp_denied_hedged_past_or_for_others(clause):
    text = STORY + f"Most families walked on to Kassala, {clause}."
    assert "control.camp_there" not in {c["cue"] for z in zones_by_place(text).get("Kassala", [])
                                        for c in z.properties["claims"]}


@pytest.mark.parametrize("clause", [
    "where Sudanese authorities register the new arrivals",
    "where Sudanese officials and aid workers registered every family",
], ids=["adjective-authorities", "adjective-officials-and-workers"])
def test_a_body_named_by_its_country_adjective_records_people_where_they_come(clause):
    text = STORY + f"Hundreds crossed near Kassala, {clause}."
    zones = zones_by_place(text).get("Kassala", [])
    assert [z.properties["control"] for z in zones] == ["reception"]
    assert zones[0].properties["actor"].startswith("Sudanese")


def test_no_zone_for_a_body_named_by_its_adjective_that_records_no_one():
    text = STORY + "The team flew to Kassala, where Sudanese officials greeted the players."
    assert "Kassala" not in zones_by_place(text)


# ------------------------------------------------ session 66: more ways of writing a record of people


@pytest.mark.parametrize("clause", [
    # checked against a list the body holds
    "where estate managers check names against the list sent by the cooperative",
    "where village secretaries checked each household against the December ledger",
    # every one of them
    "where staff of the refugee office registered everyone",
    "where volunteers of the relief committee recorded the names of every household",
    "where sailors checked each person's name against a passenger list",
], ids=["names-against-list", "household-against-ledger", "everyone", "names-of-every-household", "sailors"])
def test_more_records_of_people_where_they_come_hold_the_place(clause):
    text = STORY + f"Buses carried the families from Gedaref to Kassala, {clause}."
    assert [z.properties["control"] for z in zones_by_place(text).get("Kassala", [])] == ["reception"]


@pytest.mark.parametrize("clause", [
    # figures, not people, checked against a census
    "where officials of the statistics office checked the figures against the census",
    # goods against a manifest
    "where customs officers checked the cargo against the manifest",
    # everyone's bags: things, not a record of people
    "where staff of the bus company weighed everyone's bags",
    # the record denied
    "where staff of the refugee office never registered anyone",
], ids=["figures", "cargo", "everyones-bags", "denied"])
def test_no_record_of_people_is_no_zone(clause):
    text = STORY + f"A bus took the group from Gedaref to Kassala, {clause}."
    assert "Kassala" not in zones_by_place(text)
