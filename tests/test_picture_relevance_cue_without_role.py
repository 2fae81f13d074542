"""Role precision: places that play no role although a role cue read them. Each
beside a sentence that keeps its role. Sentences written for these tests, geocoded by the tiny
fixture gazetteer (tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import role_of, with_places

DEPORTEES = "Niger received 4,000 deportees in March. "


@pytest.mark.parametrize("text, place", [
    # a count that repeats the return, two items after it
    ("About 2,500 were sent home from the detention centres of western Libya, 1,100 from Egypt and 800 "
     "from Sudan.", "Sudan"),
    ("About 2,500 were sent home from Libya, 1,100 from Egypt and 800 from Sudan.", "Sudan"),
    # "were returned from": sent back from where they were
    ("Some 2,000 were returned from Libya and 1,000 from Tunisia.", "Libya"),
    ("Some 2,000 were returned from Libya and 1,000 from Tunisia.", "Tunisia"),
], ids=["third-item-long", "third-item", "returned-first", "returned-repeated"])
def test_where_people_were_sent_back_from_is_no_origin(text, place):
    assert "origin" not in role_of(text, place, DEPORTEES)


def test_a_count_from_a_place_without_a_return_stays_an_origin():
    roles = role_of("Some 800 from Sudan and 300 from Chad reached Libya.", "Sudan", DEPORTEES)
    assert "origin" in roles


@pytest.mark.parametrize("text, place", [
    ("Police have forced at least 900 Sudanese nationals out of Tripoli and Zawiya since May.", "Tripoli"),
    ("Police have forced at least 900 Sudanese nationals out of Tripoli and Zawiya since May.", "Zawiya"),
    ("Niger wants all its nationals out of Libya by June.", "Libya"),
], ids=["forced-out-of", "forced-out-of-second", "wanted-out-of"])
def test_a_place_people_are_forced_out_of_is_no_origin(text, place):
    assert "origin" not in role_of(text, place, DEPORTEES)


RIVERS = {"Dniester": ("geomig:dniester", "landmark", None, 46.9, 29.2, "Dniester"),
          "Drina River": ("geomig:drina", "landmark", None, 44.2, 19.3, "Drina")}


@pytest.mark.parametrize("text, place", [
    ("Police recovered the bodies of two Eritrean men from the Dniester river last week.", "Dniester"),
    ("Police pulled 14 Eritrean men from the Drina River last week.", "Drina River"),
], ids=["river-after", "river-in-name"])
def test_a_river_is_no_origin(monkeypatch, text, place):
    with_places(monkeypatch, RIVERS)
    assert "origin" not in role_of(text, place, DEPORTEES)


def test_a_town_by_a_river_stays_an_origin(monkeypatch):
    with_places(monkeypatch, RIVERS)
    assert "origin" in role_of("Police pulled 14 men from Agadez out of the water last week.", "Agadez", DEPORTEES)
