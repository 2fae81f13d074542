"""Roles: where people are from, told by who they are (session 37, batch AE's misses): a home
told with "I am from" ("I am from a village outside X"); a nationality used as the people's
own noun before their home ("Syrians from X, Sudanese from Y and two Egyptian families"); and a
nationality counted in words ("eight Libyans, four Eritrean Tigrinya speakers"). Each stays
silent for a denial, a force or crew of that nationality, and a time of day ("9 am from X").

Sentences written for these tests; geocoded by the tiny fixture gazetteer
(tests/extract_helpers.py) with the places below added."""

from __future__ import annotations

import pytest
from extract_helpers import REPORTED, picture, roles, with_places
from extract_helpers import reported_role_of as role_of

#: Places of these tests: surface -> (id, kind, country, lat, lon, gazetteer name).
EXTRA = {
    "Darfur": ("test:darfur", "region", "SD", 13.5, 24.0, "Darfur"),
    "Aleppo": ("test:aleppo", "city", "SY", 36.20, 37.16, "Aleppo"),
    "Syria": ("test:syria", "country", "SY", 35.0, 38.5, "Syria"),
    "Kassala": ("test:kassala", "city", "SD", 15.45, 36.40, "Kassala"),
    "Gushegu": ("test:gushegu", "city", "GH", 9.92, -0.22, "Gushegu"),
    "Accra": ("test:accra", "city", "GH", 5.56, -0.20, "Accra"),
    "Iraq": ("test:iraq", "country", "IQ", 33.0, 44.0, "Iraq"),
    "Khartoum": ("test:khartoum", "city", "SD", 15.50, 32.56, "Khartoum"),
    "Wadi Halfa": ("test:wadi-halfa", "city", "SD", 21.80, 31.35, "Wadi Halfa"),
    "Minsk": ("test:minsk", "city", "BY", 53.90, 27.57, "Minsk"),
    "Erbil": ("test:erbil", "city", "IQ", 36.19, 44.01, "Erbil"),
    "Cairo": ("test:cairo", "city", "EG", 30.04, 31.24, "Cairo"),
}
DEMONYMS = {"Syrians": "Syria", "Syrian": "Syria", "Iraqi": "Iraq"}


@pytest.fixture(autouse=True)
def more_places(monkeypatch):
    with_places(monkeypatch, EXTRA, DEMONYMS)


# ------------------------------------------------------------------ "I am from X"

@pytest.mark.parametrize("text, place", [
    ("I am from a village outside Gushegu, where my mother still farms maize.", "Gushegu"),
    ("I am from Kassala. We walked for nine days before a truck took us north.", "Kassala"),
    # hedged: still a home
    ("I think I am from a village near Gushegu; my mother never told me its name.", "Gushegu"),
    # told to officials: the speaker's own home
    ("I am from Kassala, he told the officers at the checkpoint in Accra.", "Kassala"),
], ids=["village-outside", "plain", "hedged", "told-officers"])
def test_i_am_from_is_a_home(text, place):
    assert role_of(text, place) == {"origin"}


@pytest.mark.parametrize("text, place", [
    # denied
    ("I am not from Kassala, whatever the officers wrote on the form.", "Kassala"),
    # a time of day, not a person: "9 am from X" is a flight's hour
    ("The plane left at 9 am from Accra and landed in Tripoli at noon.", "Accra"),
    # an official quoted (session 37 review M4)
    ("I am from Kassala, the minister told reporters in Cairo before talks on migration.", "Kassala"),
    ("I am from Khartoum myself, said the Sudanese ambassador at the talks in Rome.", "Khartoum"),
], ids=["denied", "time-of-day", "official-told", "said-official"])
def test_no_home_without_a_person_from_it(text, place):
    assert "origin" not in role_of(text, place)


# ------------------------------------------------------------------ nationalities as the people's noun

def test_nationality_groups_each_with_their_home():
    text = ("The group, Syrians from Aleppo, Sudanese from Darfur and two Egyptian families, "
            "set off in a rubber boat from a cove near Zuwara.")
    found = roles(picture(REPORTED + text))
    for place in ("Aleppo", "Darfur", "Sudan", "Syria"):
        assert "origin" in found.get(place, set()), (place, found)


@pytest.mark.parametrize("text, place", [
    # a force of the nationality, from its base: no people on the move
    ("Sudanese from Kassala police headquarters questioned the drivers.", "Kassala"),
    # denied
    ("None of the passengers were Sudanese from Darfur, the coast guard said.", "Darfur"),
], ids=["force", "denied"])
def test_a_nationality_before_from_that_is_no_home(text, place):
    assert "origin" not in role_of(text, place)


@pytest.mark.parametrize("text", [
    "Sudanese from Khartoum police headquarters met the migrants in Wadi Halfa.",
    "Sudanese from the Khartoum army garrison searched the lorries at Wadi Halfa.",
], ids=["police-headquarters", "garrison"])
def test_a_nationality_of_a_body_from_its_base_is_no_origin(text):
    """Nor is the nationality itself a home (session 37 review M2)."""
    assert "origin" not in roles(picture(REPORTED + text)).get("Sudan", set())


# ------------------------------------------------------------------ counted in words

def test_a_nationality_counted_in_words_is_an_origin():
    text = "The court heard that the fourteen, eight Nigerians, four Iraqi Kurds and two Eritreans, were put in the trailer."
    found = roles(picture(REPORTED + text))
    assert "origin" in found.get("Iraq", set()), found


def test_a_nationality_said_of_a_count_is_an_origin():
    text = "Most of the passengers said they came by sea; four were Iraqi, the coast guard said."
    assert "origin" in roles(picture(REPORTED + text)).get("Iraq", set())


@pytest.mark.parametrize("text", [
    "Two Iraqi coastguards and three Iraqi officials watched the boats leave.",
    "There were no Iraqi passengers, the officials said; four Iraqi police officers stood at the gate.",
    # things and a team's players, counted
    "The chess team flew in on Monday; two Iraqi brothers lead it, on four Iraqi buses.",
    # a name's first word, a faith's visitors (session 37 review M3)
    "Two Iraqi Airways flights carried 300 returnees from Minsk to Erbil.",
    "Three Iraqi Airways planes brought the returnees home from Minsk.",
    "Two Iraqi Catholics from the diocese visited migrants in Agadez.",
], ids=["force", "police-distractor", "things-and-players", "airline", "airline-planes", "faith"])
def test_a_force_counted_in_words_is_no_origin(text):
    assert "origin" not in roles(picture(REPORTED + text)).get("Iraq", set())
