"""Control zones: a camp said to be closed holds no one there; a camp someone has
not closed stands there all the same.

Sentences written for these tests; geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import zones_told

# ------------------------------------------------ a camp closed, a camp not closed


@pytest.mark.parametrize("text", [
    "The relief camp at Agadez was closed last year.",
    "The camp at Agadez was shut down after the riots.",
    "The Agadez refugee camp has been shut down.",
    "The camps at Agadez have been emptied.",
    "The camp at Agadez was finally closed in 2019 and the migrants were moved on.",
], ids=["was-closed", "shut-down", "named-camp", "emptied", "finally"])
def test_a_camp_said_to_be_closed_is_no_zone(text):
    assert not {z for z in zones_told(text) if z[1] == "Agadez"}


@pytest.mark.parametrize("text", [
    "The camp at Agadez was not closed.",
    "The camp at Agadez was closed to journalists.",
    # hedged: not closed yet
    "The authorities said the camp at Agadez may be closed next year.",
    # a relative clause denies the closing
    "The camp at Agadez, which was never closed, holds 3,000 people.",
], ids=["not-closed", "closed-to-journalists", "may-be-closed", "never-closed-aside"])
def test_a_camp_not_said_to_be_closed_stays_a_zone(text):
    assert {z for z in zones_told(text) if z[1] == "Agadez"}


def test_a_camp_closed_in_a_clause_of_time_leaves_the_camp_people_went_to():
    found = zones_told("When the camp at Agadez was closed, they were moved to the centre at Sebha.")
    assert ("detention", "Sebha") in found


@pytest.mark.parametrize("text", [
    "The district administration has not closed the relief camp at Agadez.",
    "The district administration hasn't closed the relief camp at Agadez.",
    "The government has not closed the refugee camp in Agadez despite the protests.",
    "The government never shut down the camp at Agadez.",
    # distractor: an aside after the camp
    "The government has not closed the camp at Agadez, officials said, but it may do so.",
], ids=["has-not-closed", "hasnt", "despite", "never-shut-down", "aside"])
def test_a_camp_not_closed_is_a_zone(text):
    assert {z for z in zones_told(text) if z[1] == "Agadez"}


@pytest.mark.parametrize("text", [
    "The government closed the relief camp at Agadez last year.",
    # another negation still denies it
    "No official said the government had not closed the camp at Agadez.",
    # nothing is said of a camp: a road not closed
    "The government has not closed the road to Agadez.",
], ids=["closed", "double-negation", "road"])
def test_a_camp_closed_or_denied_otherwise_is_no_zone(text):
    assert not {z for z in zones_told(text) if z[1] == "Agadez"}

