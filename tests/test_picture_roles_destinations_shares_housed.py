"""Roles: where people are, told as the shares of a count or as the clause after a place.

- destination.share_listed: "38% live in X, 11% in Y and 9% in Z", "44 per cent work in
  factories around X, 18 per cent in shipyards in Y", "60 per cent named X; 11% Y": each
  share's place, in a sentence whose share is told with a verb of staying, work or a named goal
  (not shares of where people came from).
- destination.stock, a share of the people with "live" now: "most now live in X, Y or Z",
  "others live in shared houses in X" (not "most lived in X", a home left, nor "still live").
- destination.where_housed: "flown to X, where they were housed in a hotel", "to X, where most
  settled" (not a stay before a move on, nor a meeting held there).

Sentences written for these tests; geocoded by the tiny fixture gazetteer
(tests/extract_helpers.py) with its SHARES_PLACES added."""

from __future__ import annotations

import pytest
from extract_helpers import REPORTED, SHARES_PLACES, picture, roles, with_places


@pytest.fixture(autouse=True)
def more_places(monkeypatch):
    with_places(monkeypatch, SHARES_PLACES)


def found(text: str) -> dict[str, set[str]]:
    return roles(picture(REPORTED + text))


def cues_of(text: str, place: str) -> str:
    """The cues of the place's role features (their ids and words)."""
    return " ".join(f.cue or "" for f in picture(REPORTED + text).features if f.name == place)


@pytest.mark.parametrize("text", [
    "A survey of the refugees found that roughly 40% live in Madrid, 15% in Bilbao and 8% in Seville.",
    "Of the workers, 44 per cent are employed in factories around Madrid, 18 per cent in shipyards "
    "in Bilbao and 12 per cent on farms near Seville.",
    "Of the migrants asked, 60 per cent named Madrid; 11% Bilbao and 6% Seville.",
], ids=["live", "employed", "named-goal"])
def test_each_share_of_where_people_are_is_a_destination(text):
    got = found(text)
    for place in ("Bilbao", "Seville"):
        assert "destination" in got.get(place, set()), (place, got)


@pytest.mark.parametrize("text", [
    # shares of where people came from: homes, no destinations
    "Of the 800 refugees questioned, 71 per cent came from Madrid, 12 per cent from Bilbao and "
    "9 per cent from Seville.",
    # shares of anything said: no verb of staying before them
    "Of the refugees questioned, 30% said they had been robbed, 12% in Bilbao and 9% in Seville.",
], ids=["came-from", "said"])
def test_shares_of_other_things_stay_quiet(text):
    got = found(text)
    for place in ("Bilbao", "Seville"):
        assert "destination" not in got.get(place, set()), (place, got)


def test_most_now_live_in_a_list_of_places():
    got = found("Most now live in rented flats in Madrid, Bilbao or Seville, the agency said.")
    for place in ("Madrid", "Bilbao", "Seville"):
        assert "destination" in got.get(place, set()), (place, got)


@pytest.mark.parametrize("text", [
    "Most lived in Bilbao before the war began, the families said.",
    "Most still live in Bilbao, the town they were born in.",
], ids=["past", "still"])
def test_a_home_lived_in_is_no_destination(text):
    assert "destination.stock" not in cues_of(text, "Bilbao")


def test_a_place_whose_clause_houses_the_people_is_where_they_went():
    got = found("In September most of the refugees were flown from Madrid to Bilbao, where they "
                "were housed in a hotel near the airport.")
    assert "destination" in got.get("Bilbao", set()), got


@pytest.mark.parametrize("text", [
    # housed there only for a week before the move on: a stop
    "The refugees were taken to Bilbao, where they were housed for a week before being flown to Seville.",
    # a meeting held there houses nobody
    "The refugees were taken to Bilbao, where the minister held a conference.",
], ids=["before-moving-on", "conference"])
def test_no_housing_destination_from_a_stop_or_a_meeting(text):
    assert "destination.where_housed" not in cues_of(text, "Bilbao")
