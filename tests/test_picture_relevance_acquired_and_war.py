"""Role precision, left from the thirty-sixth session's review (relevance.no_role): papers of a
country people obtain name no origin (their own stay one), a place people fled as a war reached
it is their origin, and a report someone named could not verify, in the next clause, gives no
role. Sentences written for these tests, geocoded by the tiny fixture gazetteer
(tests/extract_helpers.py)."""

from __future__ import annotations

import re

import pytest
from extract_helpers import role_of

from geomig.picture import cues


@pytest.mark.parametrize("text, place", [
    ("The men obtained Maltese passports through a broker in Tripoli and then flew to Rome.", "Malta"),
    ("Smugglers helped the women acquire Egyptian passports before they flew from Sudan to Italy.", "Egypt"),
    ("She crossed from Libya to Lampedusa on forged Greek papers.", "Greece"),
    ("The family fled Sudan for Italy and worry about the Italian passport their son would obtain.", "Italy"),
    ("The group got Maltese passports through brokers in Tripoli before flying to Rome.", "Malta"),
], ids=["obtained", "acquire", "forged", "would-obtain", "got"])
def test_papers_obtained_name_no_origin(text, place):
    assert "origin" not in role_of(text, place)


@pytest.mark.parametrize("text, place", [
    ("Her Eritrean passport expired while she waited in Tripoli for a boat to Italy.", "Eritrea"),
    ("Thirty women carrying Eritrean passports crossed from Sudan into Egypt.", "Eritrea"),
    ("Sudanese families who obtained visas in Tripoli flew to Italy.", "Sudan"),
    # people bought, not papers; one's own passport
    ("Traffickers bought Eritrean women from kidnappers in Sudan and took them to Libya.", "Eritrea"),
    ("Ahmed obtained his Sudanese passport in Tripoli before he took a boat to Lampedusa.", "Sudan"),
], ids=["own-passport-expired", "carrying", "obtained-visas-nationality-before", "people-bought",
        "own-passport-obtained"])
def test_own_papers_and_nationality_stay_an_origin(text, place):
    assert "origin" in role_of(text, place)


@pytest.mark.parametrize("words, acquired", [
    ("they obtained ", True), ("helped them acquire ", True), ("were granted ", True),
    ("travelled on fake ", True), ("bought two ", False), ("carrying ", False), ("her ", False),
    ("obtained his ", False),
])
def test_words_of_acquiring_papers(words, acquired):
    rx = cues.setting_rx(cues.default(), "not_origin_before")
    assert bool(rx.search(words)) is acquired


@pytest.mark.parametrize("after, papers", [
    (" passports", True), (" citizenship", True), (" identity cards", True), (" women", False), (" border", False),
])
def test_the_nationality_must_be_of_papers(after, papers):
    rx = cues.setting_rx(cues.default(), "papers_after", re.I)
    assert bool(rx.match(after)) is papers


@pytest.mark.parametrize("text, place", [
    ("Thousands of families fled after shelling reached Misrata in March, and most went to Tunisia.",
     "Misrata"),
    ("Families escaped once shelling reached Sebha, and walked to Chad.", "Sebha"),
], ids=["fled-after-shelling", "escaped-once-shelling"])
def test_a_place_people_fled_as_the_war_reached_it_is_their_origin(text, place):
    assert role_of(text, place) == {"origin"}


@pytest.mark.parametrize("text, place", [
    ("More than 5,000 people have crossed into Tunisia since the fighting reached Zawiya.", "Zawiya"),
    ("Families fled to Tunisia after shelling reached Zawiya.", "Zawiya"),     # (their flight told, not where from)
], ids=["since-fighting-reached", "fled-to-elsewhere"])
def test_a_place_a_war_reaches_is_no_destination(text, place):
    assert "destination" not in role_of(text, place) and "transit" not in role_of(text, place)


@pytest.mark.parametrize("text, place", [
    ("Two boats left Zuwara for Lampedusa on Monday, a fisherman said; Reuters could not independently "
     "verify the account.", "Zuwara"),
    ("Dozens were taken from the port to Misrata; the agency has been unable to confirm these reports.",
     "Misrata"),
], ids=["reuters-account", "agency-unable"])
def test_a_next_clause_saying_someone_could_not_verify_the_report_leaves_no_role(text, place):
    assert not role_of(text, place)


def test_a_next_clause_leaving_another_fact_unverified_keeps_the_role():
    text = "Two boats left Zuwara for Lampedusa on Monday; police could not confirm the death toll."
    assert role_of(text, "Zuwara")


@pytest.mark.parametrize("text, place", [
    ("A court in Rome sentenced a 34-year-old van driver from Zuwara to four years in prison for "
     "smuggling fourteen people who had walked across the border from Tunisia.", "Zuwara"),
], ids=["van-driver-from"])
def test_the_home_of_a_driver_tried_for_smuggling_is_no_launch_point(text, place):
    # the cue reads "van driver from X" as a van leaving X; the court's sentence says whose home it is
    assert not role_of(text, place)
