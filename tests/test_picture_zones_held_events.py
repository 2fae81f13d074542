"""Words that look like control but hold none (session 37): an event held at a place, a
ship's holds, a game's or a race's checkpoint, a hotel's front office or a census office that
records people; and a custody told up to its end ("until their release") closes its clause.

Sentences written for these tests; geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import ZONE_CONTEXT, picture, roles, zones_told


@pytest.mark.parametrize("text", [
    "Screening days held in Agadez drew hundreds of patients with cataracts.",
    "A last screening day for children was held last week in Agadez.",
    "The vote will be held in Agadez in March.",
    "A memorial service for the drowned was held on Friday in Zuwara.",
], ids=["days-held", "day-for-children-was-held", "vote", "memorial-service"])
def test_an_event_held_at_a_place_holds_no_one_there(text):
    assert zones_told(text) == set()


@pytest.mark.parametrize("text, expected", [
    ("The migrants were held in Agadez for two months.", ("detention", "Agadez")),
    ("After the raid the families were held in Zuwara.", ("detention", "Zuwara")),
    # days spent held: no event as the verb's subject
    ("They spent four days held in a cell in Agadez.", ("detention", "Agadez")),
], ids=["held-for", "families-held", "days-spent-held"])
def test_people_held_at_a_place_keep_their_detention(text, expected):
    assert expected in zones_told(text)


@pytest.mark.parametrize("text", [
    "Its storage holds will be restocked in Zuwara with medical supplies.",
    "The cargo holds were emptied in Zuwara before the ship sailed.",
], ids=["storage-holds", "cargo-holds"])
def test_a_ships_holds_are_no_custody(text):
    assert zones_told(text) == set()


@pytest.mark.parametrize("text, zoned", [
    ("Players reached Agadez, where the checkpoint in the video game is hidden.", False),
    ("The bus reached Agadez, where the checkpoint of the rally race was set up.", False),
    ("Cyclists passed the checkpoint at Agadez on the fourth stage.", False),
    # a checkpoint that stops people on the move stays
    ("The migrants were stopped at the checkpoint near Agadez.", True),
    ("The rally of migrants was stopped at the checkpoint near Agadez.", True),
], ids=["video-game", "rally", "stage", "migrants-stopped", "migrants-rally"])
def test_a_game_or_race_checkpoint_is_no_border_post(text, zoned):
    assert (("checkpoint", "Agadez") in zones_told(text)) is zoned


@pytest.mark.parametrize("text, zoned", [
    ("In Agadez, the front office of the hotel registers every new arrival.", False),
    ("They stayed in Agadez, where the front office staff checked their passports.", False),
    ("In Agadez, the National Statistics Office recorded every household last year.", False),
    ("They reached Agadez, where staff at the census office recorded each family.", False),
    # an office of the state that records people on the move stays
    ("They reached Agadez, where officials of the migration office registered them.", True),
], ids=["front-office", "front-office-staff", "statistics-office", "census-office", "migration-office"])
def test_a_hotels_front_office_or_a_census_records_no_arrivals(text, zoned):
    assert bool(zones_told(text)) is zoned


def test_a_custody_told_up_to_its_release_lets_the_next_move_through():
    text = ("Eritreans fled Eritrea last year. They were detained in Tunisia for a week until their release, "
            "and then travelled to Italy.")
    assert "destination" in roles(picture(text)).get("Italy", set())
    # without its end told, the custody still silences its clause
    held = "Eritreans fled Eritrea last year. They were detained in Tunisia for a week and travelled to Italy."
    assert "destination" not in roles(picture(held)).get("Italy", set())


@pytest.mark.parametrize("text", [
    # a post or a centre named with its place opens the sentence, then the body and its record
    "At the Agadez check gate, staff of the district administration write down each family's name.",
    "At the transit centre in Agadez, IOM staff registered every new arrival.",
    # the people recorded, told in the passive
    "At the centre in Agadez, the men were counted off the coach by IOM staff.",
    "At the Agadez shelter, all families are registered by council staff.",
    # the place set apart by an apposition before its "where" clause; an authority as the body
    "They were summoned to Agadez, the open facility in the desert, where the immigration authority "
    "registered the men.",
    "They reached Agadez, a town far from the coast, where officials registered them.",
], ids=["check-gate", "transit-centre", "passive-counted", "passive-registered", "apposition-authority",
        "apposition-registered"])
def test_a_body_that_records_people_at_a_post_or_centre_receives_them_there(text):
    assert ("reception", "Agadez") in zones_told(text)


@pytest.mark.parametrize("text", [
    "At the Agadez hotel, the front office registered every guest.",
    "In Agadez, the men were counted by the census office.",
    "They reached Agadez, the mining town, where the company staff registered the workers.",
], ids=["hotel", "census-passive", "company"])
def test_a_trade_or_a_census_recording_people_receives_no_one(text):
    assert zones_told(text) == set()


@pytest.mark.parametrize("text, zoned", [
    ("Immigration officers will board in Agadez to check passengers' identity cards.", True),
    ("Border police wait at Agadez to check the papers of every passenger.", True),
    # not a check of goods or tickets
    ("Customs officers wait at Agadez to check the lorries of goods.", False),
    ("Police officers were in Agadez to check the tickets of fans.", False),
], ids=["board-to-check-ids", "wait-to-check-papers", "goods", "tickets"])
def test_a_force_come_to_a_place_to_check_papers_controls_it(text, zoned):
    assert (("border", "Agadez") in zones_told(text)) is zoned


@pytest.mark.parametrize("text, zoned", [
    ("Most charters start at the staging facility in Agadez, Niger, where detainees from several states "
     "are held for a few days.", True),
    ("They were taken to a transit centre near Agadez, where the families were kept for weeks.", True),
    ("The factory in Agadez, where the workers are kept busy, closed.", False),
], ids=["staging-facility", "transit-centre", "factory"])
def test_a_facility_whose_where_clause_holds_people_is_detention(text, zoned):
    assert (("detention", "Agadez") in zones_told(text)) is zoned


@pytest.mark.parametrize("text", [
    "The sports centre in Agadez, where the match was held, was used as a shelter.",
    "The exhibition centre in Zuwara, where the fair is held each year, now houses the school.",
], ids=["sports-centre-match", "exhibition-centre-fair"])
def test_a_facility_where_an_event_is_held_is_no_detention(text):
    assert zones_told(text) == set()


@pytest.mark.parametrize("text, place", [
    ("A film festival was held in Agadez last week, where hundreds of migrants were also held at the "
     "hotspot.", "Agadez"),
    ("A memorial service was held in Zuwara on Friday, where dozens of the survivors were detained.", "Zuwara"),
], ids=["festival-where-migrants-held", "service-where-survivors-detained"])
def test_people_held_in_the_where_clause_after_an_event_keep_their_detention(text, place):
    assert ("detention", place) in zones_told(text)


def test_an_event_held_in_the_where_clause_after_an_event_holds_no_one():
    assert zones_told("A film festival was held in Agadez last week, where the closing vote was also held.") == set()


@pytest.mark.parametrize("text", [
    "Players said Libyan border forces at the checkpoint at Agadez turned back 300 Eritreans.",
    "Runners saw guards at the checkpoint near Agadez push hundreds of Sudanese back into the desert.",
], ids=["turned-back-300-nationals", "pushed-back-hundreds-of-nationals"])
def test_a_checkpoint_that_turns_back_nationals_stays_though_a_game_word_is_said(text):
    # (border control where the sentence names the border, a checkpoint inland where it does not)
    assert {("border", "Agadez"), ("checkpoint", "Agadez")} & zones_told(text)


@pytest.mark.parametrize("text, actor", [
    ("At the centre in Agadez, refugees are counted by volunteers of a charity.", "volunteers of a charity"),
    ("At the shelter in Zuwara, new arrivals are registered by staff of the Red Crescent every morning.",
     "staff of the Red Crescent"),
    ("At the Agadez shelter, all families are registered by council staff.", "council staff"),
], ids=["of-a-charity", "of-the-red-crescent", "council-staff"])
def test_the_passive_agent_of_a_record_is_read_to_the_end_of_its_phrase(text, actor):
    zone = next(z for z in picture(ZONE_CONTEXT + text).by_role("control_zone")
                if z.properties["place"] in ("Agadez", "Zuwara"))
    assert zone.properties["actor"].endswith(actor)
