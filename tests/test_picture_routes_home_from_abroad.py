"""A return home told long after the arrival abroad: people who settled in a town of
another country and, many sentences later with no other place named since, "went back to" a town
of their own start the return from where they lived (routes.returns._abroad_home), not nowhere.
Not a return to a country (a state's removals), nor one only headed "towards" a town, nor from a
place only hoped for or never reached, nor from a town of the return's own country.

Sentences written for these tests; geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import picture

OPENING = "Eritrean migrants told us about their journeys. Amina was born in Tunis. "
# sentences naming no place: the return is told more than four sentences after the arrival
FILLER = ("She worked long shifts in a kitchen. She learned the language at night. "
          "Her two children were born there. She sent money home every month. "
          "The work dried up during the pandemic. ")


def stops(text: str) -> list[tuple[str, ...]]:
    return sorted(tuple(f.properties["stop_names"]) for f in picture(text).by_role("route"))


def _from_to(rs, a, b) -> bool:
    return any(a in r and b in r[r.index(a) + 1:] for r in rs)


@pytest.mark.parametrize("arrival", [
    "In 2012 she moved to Rome with her husband. ",
    "In 2012 she settled in Rome. ",
])
def test_a_return_home_long_after_starts_where_they_lived(arrival):
    rs = stops(OPENING + arrival + FILLER + "Last year she went back to Tunis.")
    assert _from_to(rs, "Rome", "Tunis"), rs


@pytest.mark.parametrize("arrival", [
    # only hoped for, or denied: no place they lived
    "In 2012 she hoped to move to Rome one day. ",
    "In 2012 she never reached Rome. ",
])
def test_no_return_from_a_place_never_reached(arrival):
    rs = stops(OPENING + arrival + FILLER + "Last year she went back to Tunis.")
    assert not _from_to(rs, "Rome", "Tunis"), rs


def test_a_return_to_a_country_far_after_is_no_return_from_the_home_abroad():
    rs = stops(OPENING + "In 2012 she moved to Rome with her husband. " + FILLER
               + "Last year 300 people were deported to Tunisia.")
    assert not _from_to(rs, "Rome", "Tunisia"), rs


def test_a_way_only_headed_back_towards_a_town_starts_no_return_there():
    rs = stops(OPENING + "In 2012 she moved to Rome with her husband. " + FILLER
               + "Last year she headed back towards Tunis.")
    assert not _from_to(rs, "Rome", "Tunis"), rs


def test_a_return_within_the_country_lived_in_is_none():
    # (a town of the return's own country: a move within it, not a home abroad)
    rs = stops("Eritrean migrants told us about their journeys. Amina was born in Sfax. "
               "In 2012 she moved to Tunis with her husband. " + FILLER + "Last year she went back to Sfax.")
    assert not _from_to(rs, "Tunis", "Sfax"), rs


# ------------------------------------------------------------------ an earlier stop told again

# families who crossed at a border town, went on to a town abroad; the border town is named
# again later only as where they are moved from (the way there recalled, no newer arrival)
# (all of them walk on: where only some do, the rest stay behind and a return names no start there,
# tests/test_picture_routes_return_own.py)
CROSSED = ("Thousands of families fled Sebha this year. Most crossed the border near Agadez. "
           "They walked on to Tunis. The camp is full. Food is short. Schools are closed. ")


def test_a_return_past_an_earlier_stop_told_again_starts_where_they_got_to():
    rs = stops(CROSSED + "Families are moved by truck from Agadez. About sixty families returned to Sebha in October.")
    assert _from_to(rs, "Tunis", "Sebha"), rs


def test_a_stop_reached_again_between_is_where_the_return_starts():
    # (moved back to the earlier stop: a newer arrival, the return starts there, not at Tunis)
    rs = stops(CROSSED + "Families are moved by truck to Agadez. About sixty families returned to Sebha in October.")
    assert not _from_to(rs, "Tunis", "Sebha"), rs


@pytest.mark.parametrize("back", [
    "Her brother returned to Sebha in October.",                  # another person
    "About sixty families hope to return to Sebha in October.",    # only hoped for
    "About sixty families did not return to Sebha in October.",    # denied
], ids=["other-person", "hoped", "denied"])
def test_no_return_past_an_earlier_stop_for_others_or_what_did_not_happen(back):
    rs = stops(CROSSED + "Families are moved by truck from Agadez. " + back)
    assert not _from_to(rs, "Tunis", "Sebha"), rs
