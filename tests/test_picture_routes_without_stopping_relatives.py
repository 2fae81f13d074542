"""Routes: ends the text states that got no role, so no route could end
there.

- A ride told "through X without stopping, to Y" arrives at Y: "without stopping" is an aside on
  the ride's pace, not a denial of the arrival the clause goes on to ([negation] words). It denies
  a stop at the places passed: they are no stops of the route ([settings] passed_without_stop),
  as a place passed "without stopping at" it is none. A ride never made stays denied.
- A move to relatives in a place with a few words between ("drove on from X to relatives in Y",
  "went on their own to relatives in Z", "left W by road for family in V") makes the place a
  destination, as destination.heading's shorter "went to relatives in X" does; not goods or food
  carried to relatives there, and not a move denied or only guessed at.

Sentences written for these tests; geocoded by the tiny fixture gazetteer
(tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import CONTEXT, picture, role_of


def _routes(text: str) -> list[list[str]]:
    return [f.name.split(" → ") for f in picture(CONTEXT + text).by_role("route")]


# ------------------------------------------------------------------ "without stopping, to Y"


@pytest.mark.parametrize("text", [
    "From Agadez the trucks carrying migrants run north through Sebha without stopping, to Misrata.",
    "The migrants were driven from Agadez through Sebha without a break, to Misrata, a ride of four days.",
], ids=["stopping", "a-break"])
def test_a_ride_through_a_place_without_stopping_arrives_at_the_end(text):
    assert "destination" in role_of(text, "Misrata")
    assert "transit" not in role_of(text, "Sebha")
    assert any("Agadez" in r and r[-1] == "Misrata" and "Sebha" not in r for r in _routes(text))


def test_places_listed_before_without_stopping_are_all_passed_by():
    text = "The migrants were driven from Agadez through Sebha and Kufra without stopping, to Misrata."
    assert not role_of(text, "Sebha") & {"transit"} and not role_of(text, "Kufra") & {"transit"}
    assert "destination" in role_of(text, "Misrata")


def test_a_place_passed_with_no_such_aside_stays_a_stop():
    text = "From Agadez the trucks carrying migrants run north through Sebha, to Misrata."
    assert "transit" in role_of(text, "Sebha")
    assert any(r[-2:] == ["Sebha", "Misrata"] for r in _routes(text))


def test_a_ride_never_made_stays_denied():
    text = "The trucks carrying migrants never ran north from Agadez through Sebha without stopping, to Misrata."
    assert "destination" not in role_of(text, "Misrata")


def test_a_place_passed_without_stopping_at_it_is_still_no_stop():
    # the aside names the place it denies a stop at: the negation still reaches it
    text = "From Agadez the trucks carrying migrants ran north without stopping at Sebha."
    assert "transit" not in role_of(text, "Sebha")


# ------------------------------------------------------------------ to relatives, words between


@pytest.mark.parametrize("text", [
    "Tesfay said his brother had driven on from Misrata to relatives in Benghazi.",
    "Others went on their own to relatives in Benghazi.",
    "Some 400 people left Misrata by road for relatives in Benghazi.",
], ids=["driven-on-from", "on-their-own", "left-by-road-for"])
def test_a_move_to_relatives_with_words_between_is_a_destination(text):
    assert "destination" in role_of(text, "Benghazi")


def test_a_move_to_relatives_from_a_town_is_a_route_to_them():
    routes = _routes("Tesfay reached Misrata in May. His brother had driven on from Misrata to relatives in Benghazi.")
    assert any(r[-2:] == ["Misrata", "Benghazi"] for r in routes)


@pytest.mark.parametrize("text", [
    "None of them went on their own to relatives in Benghazi.",
    "Volunteers took food parcels by van to relatives in Benghazi.",
    "Tesfay sent money every month from Misrata to his family in Benghazi.",
], ids=["denied", "goods-carried", "money-sent"])
def test_no_move_to_relatives_is_no_destination(text):
    assert "destination" not in role_of(text, "Benghazi")


def test_a_guessed_move_to_relatives_is_hedged():
    pic = picture(CONTEXT + "Some may have gone by road to relatives in Benghazi.")
    found = [f for f in pic.by_role("destination") if f.name == "Benghazi"]
    assert all(c["hedged"] for f in found for c in f.properties.get("claims", ()))
