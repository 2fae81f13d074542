"""Which texts and claims the picture reads: the [document] gate of cues.toml (Lexicon.on_topic)
and relevance.no_role, on sentences written for these tests.

Documents are geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import picture, roles

from geomig.picture import cues

#: Filler that makes a text long (past [document] short_chars) and says nothing.
_CALM = " The sea was calm and the sky was clear all week long." * 20


@pytest.mark.parametrize("text", [
    # people leaving a country to dodge the army, turned back at a border, helped by volunteers
    "Hundreds of men leaving Belarus to avoid the mobilisation queued at the crossing for two days. "
    "Border guards turned back men whose papers were not in order, and volunteers handed out soup.",
    # a family that took refuge, crossed a border and stayed at a transit site
    "After the shelling a widow and her sons sought refuge in a school. In June they crossed into "
    "Niger and slept at a transit site near the road.",
    # people let out of a war zone by a long way round, some refused entry
    "Civilians get out of the occupied east by a long detour. Border guards question them for hours; "
    "some are refused entry, and volunteers drive the others on.",
    # a boat that lands people: counted, and told in a court
    "The fishing boat landed 96 Sudanese men on a beach at night, a witness told the court. "
    "Frontex had spotted it two days before.",
], ids=["left-to-avoid-call-up", "refuge-transit-site", "occupied-refused-entry", "landed-people"])
def test_people_on_the_move_without_a_migration_word_make_a_text_about_migration(text):
    assert cues.default().on_topic(text + _CALM)


@pytest.mark.parametrize("text", [
    # crowds, fans and the flooded move and shelter too
    "Fans leaving Madrid after the final jammed the roads. Volunteers handed out water and the "
    "border police waved the buses through.",
    "Residents left homeless by the flood found beds with volunteers. The council said the shelter "
    "would stay open all week.",
    "The trawler landed 12 tonnes of cod at dawn and the crew went home.",
    "Hikers took refuge from the storm in a hut and were flown to hospital in the morning.",
], ids=["fans-leaving", "flood-homeless", "landed-fish", "hikers-storm"])
def test_others_moving_or_sheltering_do_not(text):
    assert not cues.default().on_topic(text + _CALM)
    assert not cues.default().on_topic(text)       # a brief needs only one word


def test_a_text_about_animals_moved_between_places_is_not_about_migration():
    # animals named more often than the words that would make it about people ("new arrivals",
    # "crossed into"): a text about them, whose moves are no routes
    text = ("Rangers moved 120 elephants from Sebha to Kufra over two weeks. The animals travelled in "
            "trucks, and wildlife officers said the new arrivals were calm. Some elephants have since "
            "crossed into Chad.")
    assert not cues.default().on_topic(text + _CALM)
    pic = picture(text + _CALM)
    assert not pic.by_role("route")
    assert not roles(pic).get("Kufra")


def test_animals_moved_in_a_text_about_migration_are_no_route():
    # in a text about migration, a sentence moving animals (and naming no one) still moves no one
    text = ("Migrants and refugees wait in Agadez for the trucks north. "
            "Separately, rangers moved 40 elephants from Sebha to Kufra this week.")
    pic = picture(text)
    assert ["Sebha", "Kufra"] not in [f.properties["stop_names"] for f in pic.by_role("route")]
    assert "Kufra" not in roles(pic)


@pytest.mark.parametrize("text", [
    "Hikers took refuge in a hut as the storm hit the ridge.",
    "Shoppers sought refuge inside the mall when heavy rain flooded the streets.",
    "The club expelled those who broke the rules at the annual dinner.",
], ids=["refuge-in-a-storm", "refuge-from-rain", "expelled-members"])
def test_shelter_from_the_weather_and_expelled_members_are_no_migration(text):
    assert not cues.default().on_topic(text)


def test_expelling_those_who_entered_a_country_is_migration():
    assert cues.default().on_topic("The government expelled those who had entered without visas.")


def test_papers_sent_on_make_no_destination():
    # files go on to an office; the people stay where they are
    pic = picture("Migrants from Eritrea reached Kufra after a week in the desert. "
                  "Their asylum files were sent on to Benghazi.")
    assert "Benghazi" not in roles(pic)
    assert ["Eritrea", "Kufra", "Benghazi"] not in [f.properties["stop_names"] for f in pic.by_role("route")]
