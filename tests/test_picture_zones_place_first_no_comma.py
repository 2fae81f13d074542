"""A sentence that opens at a place and goes straight on to a force acting there ("At X the
police arrested 30 migrants", no comma), or puts an aside that locates the place between
them ("At X, on the coast road, police stopped the car"), holds that force at the place
(cues.toml control.place_first); not a force that only speaks there or is only there.

Sentences written for these tests; geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import CONTEXT, zones_at


@pytest.mark.parametrize("text", [
    "At Zuwara the police arrested 30 migrants on Sunday.",
    "At Zuwara, on the coast road, police stopped the car and took the men to a station.",
    "Outside Zuwara a police patrol stopped the lorry and searched it.",
], ids=["no-comma", "locating-aside", "outside"])
def test_a_force_acting_at_the_place_the_sentence_opens_with(text):
    assert zones_at(text, "Zuwara", CONTEXT)


@pytest.mark.parametrize("text", [
    "At Zuwara the police officer said the sea had been calm all week.",
    "In Zuwara soldiers on holiday swam at the beach.",
    "At Zuwara the police did not stop anyone.",
], ids=["speaker", "holiday", "negated"])
def test_no_zone_for_a_force_that_only_speaks_or_idles_there(text):
    assert not [z for z in zones_at(text, "Zuwara", CONTEXT) if not z.properties.get("hedged")
                and not any(c.get("negated") for c in z.properties.get("claims", []))]
