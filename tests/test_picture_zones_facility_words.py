"""Control zones: the words that make a place a facility ([vars] FACILITY): an arrival centre, a
relief or resettlement camp, a quarantine centre where officials take people in, as a
reception centre is; not the same words where no such facility is meant.

Sentences written for these tests; geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import zones_told


@pytest.mark.parametrize("text", [
    "Adults who apply for asylum are sent on to the national arrival centre at Agadez.",
    "The families were moved by truck to a relief camp near Agadez.",
    "Officials registered the returnees at the quarantine centre in Agadez.",
    "The state built a resettlement camp outside Agadez for those who lost their homes.",
], ids=["arrival-centre", "relief-camp", "quarantine-centre", "resettlement-camp"])
def test_a_facility_of_these_words_is_a_zone(text):
    assert {z for z in zones_told(text) if z[1] == "Agadez"}


@pytest.mark.parametrize("text", [
    # the words name no facility there: a relief convoy, an arrival time, quarantine rules
    "A relief convoy left Agadez on Monday.",
    "Their arrival in Agadez was delayed by a sandstorm.",
    "The quarantine rules in Agadez were lifted in March.",
    # a facility only planned or closed holds no one
    "The ministry plans to build a relief camp near Agadez next year.",
], ids=["relief-convoy", "arrival-time", "quarantine-rules", "planned-camp"])
def test_the_same_words_without_a_facility_draw_no_zone(text):
    assert not {z for z in zones_told(text) if z[1] == "Agadez"}
