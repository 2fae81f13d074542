"""Places one sentence has people reach in turn, the second "as far as" they got ("reached X
and got as far as Y", "made it as far as Y"): one journey through the first to the second
(the cue data's [route_modes] reached_in_turn), not two routes from the start.

Sentences written for these tests; geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)
with a few places of Myanmar and Thailand added."""

from __future__ import annotations

import pytest
from extract_helpers import PLACES, picture

MORE = {
    "Yangon": ("geonames:1298824", "city", "MM", 16.80528, 96.15611, "Yangon"),
    "Mae Sot": ("geonames:1152562", "city", "TH", 16.71667, 98.56667, "Mae Sot"),
    "Bangkok": ("geonames:1609350", "city", "TH", 13.75398, 100.50144, "Bangkok"),
}


@pytest.fixture(autouse=True)
def wider_gazetteer(monkeypatch):
    for name, row in MORE.items():
        monkeypatch.setitem(PLACES, name, row)


def routes(text: str) -> list[tuple[str, ...]]:
    return sorted(tuple(f.properties["stop_names"]) for f in picture(text).by_role("route"))


@pytest.mark.parametrize("text, found", [
    ("The migrants left Yangon in May and reached Mae Sot and got as far as Bangkok.",
     [("Yangon", "Mae Sot", "Bangkok")]),
    ("The migrants left Yangon in May and reached Mae Sot and made it as far as Bangkok.",
     [("Yangon", "Mae Sot", "Bangkok")]),
    # denied: they got no farther than the first
    ("The migrants left Yangon in May and reached Mae Sot but never got as far as Bangkok.",
     [("Yangon", "Mae Sot")]),
    # a distractor: the other place named in another sentence, reached by no one
    ("The migrants left Yangon in May and reached Mae Sot. Officials in Bangkok said nothing.",
     [("Yangon", "Mae Sot")]),
], ids=["got", "made-it", "denied", "distractor"])
def test_a_place_got_as_far_as_goes_on_from_the_one_reached_before(text, found):
    assert routes(text) == found


def test_a_guess_how_far_they_got_draws_no_way_on():
    found = routes("The migrants left Yangon in May and reached Mae Sot and may have got as far as Bangkok.")
    assert ("Yangon", "Mae Sot", "Bangkok") not in found
