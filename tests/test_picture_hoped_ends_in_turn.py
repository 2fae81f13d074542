"""Hoped ends told in turn and countries entered on the way:
- a later end of one hope, after a time word ("hoping to reach X by May and, eventually, the
  border at Y"), is hoped for too, an end, never a stop on the way to X ([settings]
  hoped_list_before, relevance._hoped_in_list);
- a country entered at a town ("crossed into X at A") whose own sentence goes on into another
  country is a step on the way, not where the journey ended, even where that country's towns
  were told before (roles._entries_at_journeys_end);
- ends both reached, or lying far apart, stay routes of their own (routes.journeys._ends_in_turn).

Sentences written for these tests; geocoded by the tiny fixture gazetteer
(tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import REPORTED, role_of

from geomig.picture.claims import Claim, PlaceRef, Source
from geomig.picture.routes.journeys import _ends_in_turn
from geomig.picture.routes.model import Leg, RoutePlan

# ------------------------------------------------------------------ a later end of one hope


@pytest.mark.parametrize("text", [
    "The group left Agadez on Monday, hoping to reach Tripoli within a month and, eventually, "
    "the border at Zuwara.",
    "The group left Agadez on Monday, hoping to reach Tripoli and then the border at Zuwara.",
    "They set out from Agadez, hoping to get to Tripoli by the spring and later the border at Zuwara.",
], ids=["eventually", "then", "later"])
def test_a_later_end_of_one_hope_is_hoped_for_no_stop(text):
    found = role_of(text, "Zuwara")
    assert "transit" not in found and "launch_point" not in found
    assert "destination" in found


@pytest.mark.parametrize("text", [
    # stopped on the way: the place is where they got
    "They set out from Agadez, hoping to get to Tripoli by the spring but were stopped at the "
    "border at Zuwara.",
])
def test_a_place_where_a_hope_was_stopped_is_no_hoped_end(text):
    assert "transit" in role_of(text, "Zuwara")


@pytest.mark.parametrize("text", [
    # reached, after the hope failed: a stop of its own
    "They hoped to reach Tripoli but were stopped and then walked to Zuwara, from where boats "
    "leave for Lampedusa.",
    # a hope, then a journey told in its own sentence
    "They hoped to reach Tripoli. Later they sailed from Zuwara to Lampedusa.",
], ids=["turned", "own-sentence"])
def test_a_place_after_a_hope_that_people_reach_stays_a_stop(text):
    assert "launch_point" in role_of(text, "Zuwara", REPORTED)


# ------------------------------------------------------------------ entered on the way


def test_a_country_entered_at_a_town_that_the_sentence_goes_on_from_is_on_the_way():
    text = ("Hundreds of migrants have waited in Tunis for weeks, and a few have reached Lampedusa. "
            "Amal, a nurse from Eritrea, crossed into Libya at Sebha in May, took a bus through "
            "Sabratha and finally reached Tunisia in June.")
    assert role_of(text, "Libya") == {"transit"}


def test_a_country_entered_before_another_group_goes_on_stays_the_end():
    text = ("Hundreds of migrants have waited in Tunis for weeks, and a few have reached Lampedusa. "
            "Amal, a nurse from Eritrea, crossed into Libya at Sebha in May and stayed, while "
            "others finally reached Tunisia in June.")
    assert "destination" in role_of(text, "Libya")


def test_a_country_entered_where_the_journey_ends_stays_the_end():
    text = ("Hundreds of migrants have waited in Tunis for weeks, and a few have reached Lampedusa. "
            "Amal, a nurse from Eritrea, crossed into Libya at Sebha in May and has lived there since.")
    assert "destination" in role_of(text, "Libya")


# ------------------------------------------------------------------ hoped ends in turn

_AGADEZ = PlaceRef("Agadez", "Agadez", "city", "NE", 16.973, 7.991)
_SEBHA = PlaceRef("Sebha", "Sebha", "city", "LY", 27.038, 14.428)
_TRIPOLI = PlaceRef("Tripoli", "Tripoli", "city", "LY", 32.887, 13.187)
_ZUWARA = PlaceRef("Zuwara", "Zuwara", "city", "LY", 32.931, 12.082)
_KUFRA = PlaceRef("Kufra", "Kufra", "city", "LY", 24.183, 23.283)


def _claim(role: str, place: PlaceRef, sentence: int, *, intended: bool = False, doc: str = "d.txt") -> Claim:
    return Claim(role, place, doc, sentence, "test", place.name, Source(doc, 0, 1, "x"), 0.9,
                 intended=intended)


def _to_each(ends: list[PlaceRef], claims: list[Claim]) -> list[RoutePlan]:
    """Plans of one group from Agadez through Sebha, one to each end."""
    group = (_claim("transit", _AGADEZ, 0), _claim("transit", _SEBHA, 0), *claims)
    return [RoutePlan((_AGADEZ, _SEBHA, e), ("origin", "transit", "destination"),
                      (Leg(_AGADEZ, _SEBHA, "land"), Leg(_SEBHA, e, "land")), (), (), (e.name,), group)
            for e in ends]


@pytest.mark.parametrize("claims, ends", [
    # both reached, told apart: two ends
    ([_claim("destination", _TRIPOLI, 1), _claim("destination", _ZUWARA, 2)], [_TRIPOLI, _ZUWARA]),
    # hoped for, but reached in another document too
    ([_claim("destination", _TRIPOLI, 1), _claim("destination", _ZUWARA, 2, intended=True),
      _claim("destination", _ZUWARA, 1, doc="e.txt")], [_TRIPOLI, _ZUWARA]),
    # hoped for, but far off the way from the end reached
    ([_claim("destination", _TRIPOLI, 1), _claim("destination", _KUFRA, 2, intended=True)], [_TRIPOLI, _KUFRA]),
], ids=["both-reached", "reached-elsewhere", "apart"])
def test_ends_reached_or_lying_apart_stay_routes_of_their_own(claims, ends):
    assert len(_ends_in_turn(_to_each(ends, claims), None)) == 2


# ------------------------------------------------------------------ a chain entered at a town

_LIBYA = PlaceRef("Libya", "Libya", "country", "LY", 27.03, 18.0)


def _said(place: PlaceRef, words: str, at: int, sentence: int = 1) -> Claim:
    return Claim("transit", place, "d.txt", sentence, "test", words, Source("d.txt", 0, 1, "x"), 0.9, at=at)


def test_a_chain_sets_out_from_the_town_a_country_is_entered_at():
    from geomig.picture.routes.chains import _entered_later

    country = _said(_LIBYA, "crossed into Libya", 10)
    town = _said(_SEBHA, "crossed into Libya at Sebha", 22)
    on = _said(_TRIPOLI, "through Tripoli", 40)
    chain = [(country, town, (country, town)), (town, on, (town, on))]
    assert [(a.place.name, b.place.name) for a, b, _ in _entered_later(chain)] == [("Sebha", "Tripoli")]


def test_a_chain_from_a_country_left_keeps_its_start():
    from geomig.picture.routes.chains import _entered_later

    country = _said(_LIBYA, "left Libya", 10)          # left, not entered at the town
    town = _said(_SEBHA, "reached Sebha", 22)
    on = _said(_TRIPOLI, "through Tripoli", 40)
    chain = [(country, town, (country, town)), (town, on, (town, on))]
    assert len(_entered_later(chain)) == 2
