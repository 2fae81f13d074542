"""A push-back and a flight as a user trial found them (session 26): people pushed back from
where a force caught them make one leg into the country named, with no way in drawn back the
other way, and a place only hoped for starts no leg; a flight told end first ("landed in Y on
a flight from X"), or in a cue hit that names both ends ("flew from X to Y"), is by air.

Sentences written for these tests; geocoded by the real gazetteer."""

from __future__ import annotations

import pytest

import geomig
from geomig.picture import extract


def legs(text: str) -> list[tuple[str, str, str]]:
    """Every route's legs as (start, end, mode)."""
    pic = extract([geomig.geocode_document(geomig.Document("t.txt", text))])
    return [(leg["from_name"], leg["to_name"], leg["mode"]) for f in pic.by_role("route")
            for leg in f.properties["legs"]]


def routes(text: str) -> list[tuple[str, ...]]:
    pic = extract([geomig.geocode_document(geomig.Document("t.txt", text))])
    return sorted(tuple(f.properties["stop_names"]) for f in pic.by_role("route"))


# ------------------------------------------------------------------ pushed back: one leg

@pytest.mark.parametrize("text, leg", [
    ("Omar left Idlib in 2020, hoping eventually to reach Austria. Bulgarian border guards caught the group "
     "of nine on the other side and pushed them back into Turkey within hours.", ("Bulgaria", "Turkey")),
    ("Migrants from Eritrea tried to climb the fence into Melilla in June. Spanish guards beat them and "
     "pushed the survivors back into Morocco.", ("Melilla", "Morocco")),
])
def test_a_push_back_from_where_people_were_caught_is_one_leg(text, leg):
    drawn = routes(text)
    assert leg in drawn and leg[::-1] not in drawn


@pytest.mark.parametrize("text, leg", [
    ("Croatian police caught the group near Cetingrad and forced them back to Bosnia.", ("Cetingrad", "Bosnia")),
    ("Greek border guards arrested 40 migrants outside Orestiada and pushed them back to Turkey.",
     ("Orestiada", "Turkey")),
])
def test_a_push_back_from_where_one_sentence_has_people_caught_is_one_leg(text, leg):
    drawn = routes(text)
    assert leg in drawn and leg[::-1] not in drawn


def test_a_push_back_from_where_people_were_caught_after_crossing_from_its_end_tells_the_way_in():
    # distractor: the text has them cross from the place they are pushed back to
    drawn = routes("The men had crossed from Turkey at night. Greek border guards caught them near Orestiada "
                   "and pushed them back to Turkey.")
    assert ("Orestiada", "Turkey") in drawn and ("Turkey", "Orestiada") in drawn


def test_a_push_back_naming_its_start_still_tells_the_way_in():
    # distractor: "from X to Y" says they had come from Y to X
    assert routes("Tunisian police pushed the migrants back from Tunisia to Libya.") == [
        ("Libya", "Tunisia"), ("Tunisia", "Libya")]


@pytest.mark.parametrize("text, hoped", [
    ("Samir fled Homs in 2017. He says he wants to go back to his parents and, one day, to reach Sweden, "
     "where an aunt lives. Last June he crossed the frontier at night. Jordanian soldiers stopped the group "
     "and pushed them back into Syria.", "Sweden"),
    ("Adel left Herat in 2021 hoping to reach France. Iranian police held him in Mashhad for a week and "
     "then deported him to Afghanistan.", "France"),
])
def test_a_place_only_hoped_for_starts_no_return(text, hoped):
    assert not any(r[0] == hoped for r in routes(text))


def test_a_place_reached_after_trying_still_starts_the_return():
    # distractor: "tried to" before, but the clause of its own subject says he got there
    drawn = routes("Adel left Herat in 2021. After trying to cross twice, he reached Turkey in May. "
                   "Turkish police deported him to Afghanistan in July.")
    assert ("Turkey", "Afghanistan") in drawn


# ------------------------------------------------------------------ flights are by air

FLEW = ("Rahim, a 24-year-old migrant from Pakistan, was promised a job in a hotel in Qatar. He flew from "
        "Lahore to Doha that April, but the work never came, and after months in a hostel he took another "
        "offer: work in Libya and a boat to Italy later. He landed in Misrata on a flight from Doha in May "
        "2023 and was driven to Zawiya.")


@pytest.mark.parametrize("leg", [("Lahore", "Doha"), ("Doha", "Misrata")])
def test_a_flight_is_by_air_told_either_way_round(leg):
    modes = {m for a, b, m in legs(FLEW) if (a, b) == leg}
    assert modes == {"air"}


def test_a_landing_from_a_boat_stays_at_sea():
    # distractor: the end first, but by boat
    text = ("Migrants from Guinea crossed the Sahara to Libya. Their boat landed in Lampedusa on a voyage "
            "from Zuwara that took two days.")
    assert all(m != "air" for a, b, m in legs(text) if (a, b) == ("Zuwara", "Lampedusa"))


def test_a_flight_denied_is_not_by_air():
    text = ("Rahim, a migrant from Pakistan, did not fly: he went from Lahore to Quetta by bus, then crossed "
            "to Iran on foot.")
    assert all(m != "air" for a, b, m in legs(text) if (a, b) == ("Lahore", "Quetta"))
