"""Where people went, told as a list or as shares.

A place listed after "and for" / "or for" shares the role of the place before it ("buses leave
each morning for X and for Y", "young doctors leave for X or for Y": cues.toml [settings]
coordination). Not words that are no place ("bound for X and for the first time ...").

The shares of a departure told after a time or the place left ("have left X since March, most to
Y and Z", "have been leaving for years, mostly to Y") are destinations (destination.share_to). Not
a share after a verb that moves no one ("have spoken about it for years, mostly to Y").

Sentences written for these tests; geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import picture, roles

_OPENING = "Thousands of migrants have arrived in Libya this year, the IOM said. "


@pytest.mark.parametrize("text, place", [
    (_OPENING + "Buses leave the desert town every morning for Sebha and for Tripoli.", "Tripoli"),
    (_OPENING + "Most of the young men leave for Misrata or for Italy.", "Italy"),
], ids=["and-for", "or-for"])
def test_a_place_listed_after_and_for_shares_the_role(text, place):
    assert "destination" in roles(picture(text)).get(place, set())


def test_and_for_before_no_place_lists_nothing():
    text = (_OPENING + "The boat was bound for Lampedusa and for the first time Tunisia's coastguard "
            "stopped it.")
    assert "destination" not in roles(picture(text)).get("Tunisia", set())


@pytest.mark.parametrize("text, place", [
    (_OPENING + "Thousands of young men have left Zuwara since March, most to Italy and Malta.", "Italy"),
    (_OPENING + "Thousands of young men have left Zuwara since March, most to Italy and Malta.", "Malta"),
    (_OPENING + "Families have been leaving the south for years, mostly to Misrata.", "Misrata"),
    (_OPENING + "Most workers leave the camps within weeks, most for Tripoli.", "Tripoli"),
], ids=["since-place-left", "listed", "for-years", "within-weeks"])
def test_shares_after_a_departure_are_destinations(text, place):
    assert "destination" in roles(picture(text)).get(place, set())


def test_shares_after_no_departure_are_no_destinations():
    text = _OPENING + "Officials have spoken about the problem for years, mostly to Italy."
    assert "destination" not in roles(picture(text)).get("Italy", set())
