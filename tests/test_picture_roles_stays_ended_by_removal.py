"""A place people lived, worked or spent years in, then left by a removal (issue 10): the
removal makes it where the migration ended (a destination); a move on from it to another
place keeps it a stop on the way; a denied or only feared removal, or a tourist's stay, ends
nothing (roles._stays_ended_by_removal).

Sentences written for these tests; geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import picture, roles


@pytest.mark.parametrize("text", [
    # the removal told in the next sentence
    "The Nigerian man had lived in Tripoli since 2015. He was deported to Nigeria in March.",
    # ... or in the sentence before, of the same people
    "Hundreds of Nigerians were deported from Libya last month. Many of them had lived in Tripoli for a decade.",
    # a removal from the country the place is in
    "The Nigerian man had lived in Tripoli since 2015. He was deported to Nigeria from Libya in March.",
], ids=["next", "before", "from-its-country"])
def test_a_stay_ended_by_a_removal_is_where_the_journey_ended(text):
    assert roles(picture(text)).get("Tripoli") == {"destination"}


@pytest.mark.parametrize("text", [
    # a move on from it: the removal is from the place moved to
    "The Nigerian man had lived in Tripoli since 2015 and then moved on to Tunis. He was deported to Nigeria in March.",
    # a removal said to start in another country
    "The Nigerian man had lived in Tripoli since 2015. He was deported to Nigeria from Tunis, where he had moved in March.",
    # the stay at the removal's end: sent back to the stay's country, then staying there
    "The Nigerian man reached Tunis by bus. He was sent back to Libya and spent a month in Tripoli.",
], ids=["moved-on", "from-abroad", "sent-back-to-it"])
def test_a_stay_left_for_another_place_stays_on_the_way(text):
    assert roles(picture(text)).get("Tripoli") == {"transit"}


@pytest.mark.parametrize("text", [
    "The Nigerian man had lived in Tripoli since 2015. He was never deported.",
    "The Nigerian man had lived in Tripoli since 2015. He now faces deportation to Nigeria.",
], ids=["negated", "feared"])
def test_a_removal_denied_or_feared_ends_nothing(text):
    assert roles(picture(text)).get("Tripoli") == {"transit"}


def test_a_tourists_stay_is_no_destination():
    found = roles(picture("The Italian tourist had stayed in Tripoli for two weeks and was then sent home "
                          "by her company to Rome."))
    assert "destination" not in found.get("Tripoli", set())
