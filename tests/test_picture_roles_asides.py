"""Asides that are no stage of the journey (session 18, a user's trial): where smugglers are
arrested or tried; and the words that do name an aim ("try for X").

Sentences written for these tests; geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import picture, roles

#: A sentence that makes a text about migration, so that the motion cues read it.
CONTEXT = "Hundreds of Eritrean migrants reached Lampedusa from Sfax this week. "


# ------------------------------------------------------------------ smugglers' places

@pytest.mark.parametrize("text", [
    CONTEXT + "Tunisian police said they had arrested four smugglers in Zuwara.",
    CONTEXT + "Two traffickers in Zuwara were later charged in Tunis.",
    # hedged: still an arrest, no stop
    CONTEXT + "Police reportedly detained two suspected traffickers in Zuwara.",
], ids=["arrested", "charged", "hedged"])
def test_where_smugglers_are_caught_or_based_is_no_stop(text):
    found = roles(picture(text))
    assert "transit" not in found.get("Zuwara", set())
    assert found.get("Lampedusa") == {"destination"}


@pytest.mark.parametrize("text", [
    CONTEXT + "They waited for weeks in Zuwara before the crossing.",
    # a smuggler paid there: the migrants were there
    CONTEXT + "They paid a smuggler 1,000 dollars in Zuwara.",
    # handed to smugglers there, whoever arrests whom elsewhere
    CONTEXT + "They were handed over to smugglers in Zuwara.",
], ids=["waited", "paid", "handed-over"])
def test_a_stay_among_smugglers_is_still_a_stop(text):
    assert roles(picture(text)).get("Zuwara") == {"transit"}


# ------------------------------------------------------------------ "try for X"

@pytest.mark.parametrize("text", [
    CONTEXT + "After a year in Tunis he decided to try for Italy.",
    CONTEXT + "The family made a last bid for Italy in June.",
    CONTEXT + "From Sfax the boats make for Italy at night.",
], ids=["try-for", "bid-for", "make-for"])
def test_an_aim_named_by_try_bid_or_make_for_is_a_destination(text):
    assert roles(picture(text)).get("Italy") == {"destination"}


@pytest.mark.parametrize("text", [
    CONTEXT + "She says she will finish her contract in Tunis and then try for Italy.",
    CONTEXT + "Turned back twice, he says he will try next for Italy.",
    CONTEXT + "A few said they would slip away to Tunisia and try for Italy.",
], ids=["then-try-for", "try-next-for", "and-try-for"])
def test_a_later_try_for_a_place_is_a_destination(text):
    assert "destination" in roles(picture(text)).get("Italy", set())


@pytest.mark.parametrize("text", [
    CONTEXT + "He did not try for Italy.",
    CONTEXT + "She says she will not then try for Italy.",
    # a trial, not a trip, whatever the verb before
    CONTEXT + "The captain will be tried for manslaughter in Italy.",
    # a trial, not a trip
    CONTEXT + "The captain was tried for manslaughter in Italy.",
], ids=["negated", "negated-then", "trial-will", "trial"])
def test_no_aim_without_a_try(text):
    assert "destination" not in roles(picture(text)).get("Italy", set())
