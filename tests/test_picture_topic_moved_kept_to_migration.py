"""The document gate and the roles it leaves: the
topic_moved phrases kept to migration (passports taken by an employer, not a hotel; a
visitor's visa overstayed, not a holiday; settling somewhere to work, not to work on a
painting), and places given no role or the right one.

Sentences written for these tests."""

from __future__ import annotations

import dataclasses

import pytest

from geomig.picture import cues


def _moved(sentence: str) -> list[int]:
    """The topic_moved phrases that match a sentence."""
    return [i for i, p in enumerate(cues.default().topic_moved) if p.regex.search(sentence)]


# ------------------------------------------------------------------ the document gate (finding 5)

@pytest.mark.parametrize("sentence", [
    "On arrival the hotel receptionist took our passports and handed us the room keys.",
    "Immigration officers stamped our passports and we drove straight to the lake.",
    "Border guards checked their passports at the gate before the tourists boarded the ferry.",
    "The supporters held their passports aloft outside the stadium.",
    "The sculptor settled in Lisbon to work on a series of bronzes.",
    "He arrived on a tourist visa and stayed three nights at a seaside hotel.",
    "The province's visa quota for engineers was doubled.",
], ids=["receptionist", "stamped", "tourists-checked", "aloft", "work-on", "holiday-stay", "quota"])
def test_travel_and_hotel_wording_names_no_migration(sentence):
    assert _moved(sentence) == []


@pytest.mark.parametrize("sentence", [
    "The factory owner confiscated the workers' passports on the first morning.",
    "The agency kept the passports of all the girls it had sent abroad.",
    "My cousin came on a student visa in 2016 and simply never went home.",
    "Her uncle won the green card lottery and left within a year.",
    "The foreman took our passports and locked them in a safe.",
    "Many went with a visitor visa and stayed on for years.",
    "A hundred a year may settle in Norway to live and work.",
], ids=["confiscated", "kept-the-passports-of", "never-went-home", "green-card", "took-our",
        "stayed-on", "settle-to-work"])
def test_migration_wording_still_opens_the_gate(sentence):
    assert _moved(sentence) != []


# ------------------------------------------------------------------ roles (findings 7, 8, 11, 12, 13, 16)

from extract_helpers import role_of, with_places  # noqa: E402

from geomig.errors import PictureError  # noqa: E402
from geomig.picture import relevance  # noqa: E402

#: Made-up places for these tests: a lake (the gazetteer's landmark) and a town named after one.
_WATER = {
    "Lake Bomo": ("geomig:lake-bomo", "landmark", "NG", 12.9, 13.6, "Lake Bomo"),
    "Lake Mira": ("geomig:lake-mira", "city", "NG", 10.1, 9.2, "Lake Mira"),
}


@pytest.mark.parametrize("text", [
    "Khaled, a Libyan, worked for ten years in a bakery in Tripoli.",
    "The Libyan owner of the cafe, who has worked for decades in a shop in Tripoli, fed the newcomers.",
], ids=["apposition", "owner-of"])
def test_a_local_named_in_an_apposition_is_no_migrant_at_work(text):
    assert "destination" not in role_of(text, "Tripoli")


def test_work_before_leaving_is_no_destination():
    assert "destination" not in role_of("She worked for two years as a cook in Sfax before she left for Italy.", "Sfax")
    # ... work told without a departure after it still is
    assert "destination" in role_of("She worked for two years as a cook in Sfax.", "Sfax")


def test_a_hospital_is_a_nurses_workplace():
    assert "destination" in role_of("An Eritrean nurse worked for three years in a hospital in Rome.", "Rome")


def test_people_an_airline_flies_on_told_by_a_pronoun_still_move():
    assert role_of("Eritrean families flew to Tunis. The airline then flew them on to Rome.", "Rome")
    # ... an airline's own destinations still move no one
    assert not role_of("The airline flies to Rome three times a week.", "Rome")


@pytest.mark.parametrize("text", [
    "Families from the Lake Bomo islands crossed into Niger.",
    "A fisherman from Lake Bomo said the soldiers had burned his boat.",
], ids=["lake-islands", "from-the-lake"])
def test_a_lake_named_first_is_no_home(monkeypatch, text):
    with_places(monkeypatch, _WATER)
    assert "origin" not in role_of(text, "Lake Bomo")


def test_a_move_from_a_lake_stays_a_move(monkeypatch):
    """People live on a lake's islands and shores: a flight from it is a journey's start."""
    with_places(monkeypatch, _WATER)
    assert "transit" in role_of("Thousands of families fled from Lake Bomo to Niger this month.", "Lake Bomo")


def test_a_town_named_lake_stays_a_home(monkeypatch):
    with_places(monkeypatch, _WATER)
    assert "origin" in role_of("Families from Lake Mira crossed into Niger.", "Lake Mira")


def test_water_name_without_water_kinds_is_an_error():
    lex = cues.default()
    settings = {k: v for k, v in lex.settings.items() if k != "water_kinds"}
    with pytest.raises(PictureError):
        relevance._water_kinds(dataclasses.replace(lex, settings=settings),
                               cues.setting_rx(lex, "water_name"))


def test_a_season_away_is_no_origin():
    assert not role_of("Thousands of retirees came north from Tunisia for the winter, filling the hotels.", "Tunisia")
    # ... people who came north from a country still come from it
    assert role_of("The families had come north from Sudan.", "Sudan")


def test_a_forces_hope_is_no_destination():
    assert "destination" not in role_of("The Tunisian coast guard, hoping to reach Lampedusa, turned back.", "Lampedusa")
    # ... people's hope still is
    assert "destination" in role_of("They left at night, hoping to reach Lampedusa.", "Lampedusa")
