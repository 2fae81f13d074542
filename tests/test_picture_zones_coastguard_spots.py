"""A coastguard named only by its country's adjective acts at the place its sentence locates
it at ("the Libyan coastguard ... near X": near X, not along all of Libya's coast; cues.toml
control.coastguard `narrow`, zones._narrower). Not at a place people only left, nor at one
of another country, nor where the sentence says the whole coast.

Sentences written for these tests; geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import CONTEXT, zones_at


def _places(text: str, place: str) -> list:
    return zones_at(text, place, CONTEXT)


@pytest.mark.parametrize("text, place", [
    ("The Libyan coastguard brought a rubber boat with 80 people on board back to the coast near Zuwara.", "Zuwara"),
], ids=["same-sentence"])
def test_a_coastguard_acts_at_the_place_named(text, place):
    assert _places(text, place)
    assert not _places(text, "Libya")


@pytest.mark.parametrize("text, place", [
    # a place people only left
    ("The boat fled Zuwara in the night. Libyan coastguard crews picked them up at sea.", "Zuwara"),
    # the sentence says the whole coast
    ("Smugglers left the 40 migrants on a sandbar off Zuwara. The Libyan coastguard patrols the whole coast.",
     "Zuwara"),
    # a place of another country
    ("The boat waited a week off Sfax. Libyan coastguard crews picked them up at sea.", "Sfax"),
], ids=["left", "whole-coast", "other-country"])
def test_no_coastguard_zone_at_a_place_left_or_abroad(text, place):
    assert not _places(text, place)
