"""A sentence naming no place that opens on another group ("A second group had come by another
road.") opens a part of the report that the next sentence's places tell (routes.groups._Apart reads
the document's sentences, passed to routes.plan by the picture): the other group's way is a
route of its own, not stops of the journey told before it. A sentence that opens no other
group (a distractor, a denial, a guess) changes nothing.

Sentences written for these tests; geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)
with a few places of Myanmar and Thailand added."""

from __future__ import annotations

import pytest
from extract_helpers import PLACES, picture

MORE = {
    "Yangon": ("geonames:1298824", "city", "MM", 16.80528, 96.15611, "Yangon"),
    "Myawaddy": ("geonames:1308204", "city", "MM", 16.6883, 98.5083, "Myawaddy"),
    "Dawei": ("geonames:1293625", "city", "MM", 14.0823, 98.19151, "Dawei"),
    "Mae Sot": ("geonames:1152562", "city", "TH", 16.71667, 98.56667, "Mae Sot"),
    "Kanchanaburi": ("geonames:1153081", "city", "TH", 14.00412, 99.54832, "Kanchanaburi"),
    "Bangkok": ("geonames:1609350", "city", "TH", 13.75398, 100.50144, "Bangkok"),
}


@pytest.fixture(autouse=True)
def wider_gazetteer(monkeypatch):
    for name, row in MORE.items():
        monkeypatch.setitem(PLACES, name, row)


JOURNEY = "The migrants left Yangon in May and took a bus to Myawaddy. From there they crossed the river to Mae Sot."
OTHERS = "Ten men told us they had travelled from Dawei to Kanchanaburi. They later reached Bangkok."


def routes(text: str) -> list[tuple[str, ...]]:
    return sorted(tuple(f.properties["stop_names"]) for f in picture(text).by_role("route"))


@pytest.mark.parametrize("opener", [
    "A second group from the same camp had come by another road.",
    "Another group had come a different way.",
], ids=["second", "another"])
def test_a_group_opened_with_no_place_is_a_way_of_its_own(opener):
    assert routes(f"{JOURNEY} {opener} {OTHERS}") == [("Dawei", "Kanchanaburi", "Bangkok"),
                                                      ("Yangon", "Myawaddy", "Mae Sot")]


@pytest.mark.parametrize("between", [
    "The road north was long and dangerous.",       # a distractor: no group opened
    "No other group had come that way.",            # denied
    "Perhaps another group had come that way too.",  # a guess, no group told of
], ids=["distractor", "denied", "hedged"])
def test_a_sentence_opening_no_group_changes_nothing(between):
    assert routes(f"{JOURNEY} {between} {OTHERS}") == routes(f"{JOURNEY} {OTHERS}")


def test_others_who_only_arrived_stay_with_the_journey():
    # the group opened names no place set out from: where it arrived is the journey's way
    text = "The migrants left Yangon in May and took a bus to Myawaddy. Another group came later. They reached Mae Sot."
    assert routes(text) == routes("The migrants left Yangon in May and took a bus to Myawaddy. They reached Mae Sot.")
