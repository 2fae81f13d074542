"""Routes, in general English: a place only hoped for is an end, never a stop the text goes on
from; a leg of other people, told apart (a past flight of others), is a route of its own, not
stops of the main journey; a town left, in the country of the people's nationality, starts the
one route (not the country too).

Sentences written for these tests; geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import REPORTED, picture, roles
from test_picture_routes_stated import routes


# ------------------------------------------------------------------ a hope is an end, not a stop

@pytest.mark.parametrize("hope", [
    "She hopes to reach her cousin in Rome, but said she would settle for Malta if the sea turned rough.",
    "He wants to get to Rome one day.",
])
def test_a_place_hoped_for_is_no_stop_the_next_paragraph_goes_on_from(hope):
    # (the "From there" two sentences on goes on from the place its own sentence before names)
    pic = picture(REPORTED + "We left Agadez in May and took trucks through Sebha. " + hope + " "
                  "The coastguard says it took 300 people to the reception centre in Lampedusa. "
                  "From there, those who land are taken by ferry to Pozzallo.")
    assert "transit" not in roles(pic).get("Rome", set()), roles(pic)
    assert not any("Rome" in r[:-1] for r in routes(pic)), routes(pic)


def test_a_place_hoped_to_be_entered_is_still_passed_on_the_way():
    # (the distractor: "trying to cross into X" is a way through, gone on from after the
    # sentence between)
    pic = picture(REPORTED + "Soldiers beat and return Eritreans trying to cross from Tunisia into Libya, "
                  "according to 40 testimonies. Most had been held in camps near Sfax. From there, smugglers "
                  "guide people at night through the desert to Sebha.")
    assert "destination" not in roles(pic).get("Libya", set()), roles(pic)


def test_a_place_reached_is_still_gone_on_from_after_a_sentence_naming_no_place():
    # (the distractor: a sentence with no place between keeps the reading "From there" after it)
    pic = picture(REPORTED + "Smugglers drove the men to Sebha. A militia held them there for a month. "
                  "From there, they were taken on to Zuwara.")
    assert "transit" in roles(pic).get("Sebha", set()), roles(pic)


def test_a_hope_at_home_is_no_step_beyond_a_country_entered():
    # (some hope to reach the capital at home; others crossed the border: that country is their end)
    text = ("Thousands of Nigerians fled the fighting this year. Many walk to Kano, where sites for "
            "displaced families have spread. Others try to get to Lagos, where relatives can take them in. "
            "A smaller number go further. Families from the north have been crossing into Niger, where "
            "around 30,000 are now registered as refugees.")
    places = {"Kano": ("test:kano", "city", "NG", 12.0, 8.52, "Kano"),
              "Lagos": ("test:lagos", "city", "NG", 6.45, 3.39, "Lagos")}
    import extract_helpers
    for name, row in places.items():
        extract_helpers.PLACES[name] = row
    try:
        assert roles(picture(text)).get("Niger") == {"destination"}, roles(picture(text))
    finally:
        for name in places:
            del extract_helpers.PLACES[name]


# ------------------------------------------------------------------ other people's past flight

TOWNS = {"Kano": ("test:kano", "city", "NG", 12.0, 8.52, "Kano")}
MAIN = ("Most of those waiting were Nigerians. \"We left Kano in July,\" said Musa, 30. \"We took "
        "trucks through Agadez and Sebha.\" He hopes to reach Italy. ")


@pytest.mark.parametrize("past", [
    "Last year, a deportation flight carried 28 Nigerian men from Tripoli to Kano.",
    "In 2022, repatriation flights took 300 Nigerians from Tripoli to Kano.",
])
def test_a_past_removal_of_other_people_is_a_route_of_its_own(monkeypatch, past):
    from extract_helpers import with_places
    with_places(monkeypatch, TOWNS)
    found = routes(picture(REPORTED + MAIN + "Officials in Tripoli said they had no figures. " + past))
    assert ("Tripoli", "Kano") in found, found
    # (its places are no stops of the journey the rest of the text tells)
    assert not any("Tripoli" in r for r in found if r != ("Tripoli", "Kano")), found


def test_a_past_ride_of_the_same_people_stays_on_their_journey(monkeypatch):
    # (the distractor: no removal, a step of the journey told)
    from extract_helpers import with_places
    with_places(monkeypatch, TOWNS)
    found = routes(picture(REPORTED + "Last year, a bus carried Musa and his brother from Kano to Agadez. "
                           "From Agadez they were driven to Sebha, and then to Zuwara."))
    assert any(r[:2] == ("Kano", "Agadez") and "Zuwara" in r for r in found), found


# ------------------------------------------------------------------ one start: the town left

def test_a_town_left_starts_the_route_not_the_country_of_its_people(monkeypatch):
    from extract_helpers import with_places
    with_places(monkeypatch, TOWNS)
    found = routes(picture(REPORTED + MAIN))
    assert found and all(r[0] == "Kano" for r in found), found


def test_a_nationality_with_no_town_left_still_starts_the_route():
    found = routes(picture(REPORTED + "Most of those waiting were Nigerians. They took trucks through "
                           "Agadez and Sebha. They hope to reach Italy."))
    assert found and all(r[0] == "Nigeria" for r in found), found
