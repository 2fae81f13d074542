"""The place a last leg leaves from (session 54): a town reached is a stop on the way, not the
journey's end, when the next sentence opens at it ("There, ...", "At X airport, ...") and names a
stop elsewhere ([settings] onward_there, roles._there_next), or when a ride of its own follows it
right away ("a bus to X, flew from its airport to Y": [settings] onward_ride). A country people
only try or plan to cross into is the end they hope for when the text takes them no further
(roles._entries_at_journeys_end).

Sentences written for these tests; geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import CONTEXT, picture, roles


def found(text: str) -> dict[str, set[str]]:
    return roles(picture(CONTEXT + text))


# ------------------------------------------------------------ the next sentence opens at the place

@pytest.mark.parametrize("text", [
    "The group reached Tunis on Monday. There, smugglers kept them for a week before a van drove them to Sfax.",
    "The group reached Tunis on Monday. At Tunis airport, officers checked their papers before a bus took them to Sfax.",
    "The group reached Tunis on Monday. In Tunis they boarded a night bus to Sfax.",
], ids=["there", "at-airport", "in-town"])
def test_a_town_where_the_next_sentence_opens_before_a_ride_on_is_a_stop(text):
    got = found(text)
    assert got.get("Tunis") == {"transit"} and got.get("Sfax") == {"destination"}


@pytest.mark.parametrize("text", [
    # another town opens the next sentence
    "The group reached Tunis on Monday. In Sfax, a charity put another group on a bus to Rome.",
    # a way back, not on
    "The group reached Tunis on Monday. There, police put them on a bus back to Sfax.",
    # only a guess at the way on
    "The group reached Tunis on Monday. There, perhaps, a van took them to Sfax.",
    # the next sentence names no stop
    "The group reached Tunis on Monday. There, volunteers gave them blankets and soup.",
], ids=["another-town", "back", "hedged", "no-stop"])
def test_a_town_whose_next_sentence_goes_nowhere_else_stays_the_end(text):
    assert found(text).get("Tunis") == {"destination"}


def test_a_sentence_that_only_says_what_is_there_takes_no_one_on():
    # "There are ..." tells what the town has, not what happened to the people there
    got = found("The group reached Tunis on Monday. There are flights to Rome every day, but they cannot pay for them.")
    assert got.get("Tunis") == {"destination"}


# ------------------------------------------------------------------ a ride of its own right after

@pytest.mark.parametrize("text", [
    "He took a bus to Tunis, flew from its airport to Rome and found work there.",
    "He reached Tunis, flew from its airport to Rome and found work there.",
    "They were driven to Tunis and flown out to Rome the next day.",
    "The group flew to Tunis and changed planes for Rome.",
], ids=["flew-from", "reached-flew-from", "flown-out", "changed-planes"])
def test_a_town_followed_by_a_ride_on_is_a_stop(text):
    got = found(text)
    assert got.get("Tunis") == {"transit"} and "destination" in got.get("Rome", set())


@pytest.mark.parametrize("text", [
    # a job, not a ride
    "He reached Tunis, drove a taxi for years and saved money. His brother flew to Rome.",
    # a way back
    "They were driven to Tunis and flown back to Rome.",
    # the ride denied
    "They were driven to Tunis and never flew to Rome.",
], ids=["job", "back", "negated"])
def test_a_town_with_no_ride_of_theirs_after_it_stays_the_end(text):
    assert found(text).get("Tunis") == {"destination"}


# ------------------------------------------------------------ an entry only hoped for, nothing beyond

@pytest.mark.parametrize("text", [
    "Many of the men say they will try to cross into Tunisia as soon as they have the money.",
    "He plans to cross into Tunisia in the spring.",
], ids=["try", "plans"])
def test_a_country_people_hope_to_cross_into_is_their_end(text):
    assert found(text).get("Tunisia") == {"destination"}


@pytest.mark.parametrize("text", [
    "Many of the men say they will try to cross into Tunisia and go on to Italy.",
    "Many of the men hope to cross into Tunisia, and from there to reach Italy.",
], ids=["go-on", "from-there"])
def test_a_country_hoped_for_on_the_way_further_stays_a_step(text):
    got = found(text)
    assert got.get("Tunisia") == {"transit"} and got.get("Italy") == {"destination"}


def test_an_entry_denied_is_no_end():
    assert "destination" not in found("They will not try to cross into Tunisia.").get("Tunisia", set())
