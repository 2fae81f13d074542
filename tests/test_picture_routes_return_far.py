"""A return told a few sentences after the arrival it starts from (routes.returns._departure_before,
_landing_recalled): an interview tells the landing, then what happened there over several
sentences, then the removal ("He was sent back to X"). Five or six sentences on, the return
starts where they landed only when the text keeps that place in view: named again as where
things happened ("the officers at Narita", "What happened at Narita?"), or the return's own
sentence goes "from there". Named only in passing, denied, or told farther back, it is no leg.

Sentences written for these tests; geocoded by the real gazetteer."""

from __future__ import annotations

import pytest

import geomig
from geomig.picture import extract


def routes(text: str) -> list[tuple[str, ...]]:
    pic = extract([geomig.geocode_document(geomig.Document("t.txt", text))])
    return sorted(tuple(f.properties["stop_names"]) for f in pic.by_role("route"))


def has_leg(found: list[tuple[str, ...]], a: str, b: str) -> bool:
    return any(a in r and b in r[r.index(a) + 1:] for r in found)


LANDED = "In May the students flew from Kathmandu through Doha to Narita. "
FILLER = "Most of them answered in English. One young man could not answer. They took him into a small room. "
SENT_BACK = "He was sent back to Kathmandu the next day."


@pytest.mark.parametrize("text", [
    LANDED + "The officers at Narita asked for their letters. " + FILLER + SENT_BACK,
    LANDED + "What happened at Narita? " + FILLER + SENT_BACK,
    LANDED + "The officers asked for their letters. " + FILLER + "He was deported from there to Kathmandu in June.",
], ids=["officers-at", "what-happened-at", "from-there"])
def test_a_return_five_sentences_after_a_landing_named_again_starts_there(text):
    found = routes(text)
    assert has_leg(found, "Narita", "Kathmandu"), found


@pytest.mark.parametrize("text", [
    # far, the landing not named again: as before, no start that far back
    LANDED + "The officers asked for their letters. " + FILLER + SENT_BACK,
    # named only in passing
    LANDED + "Rents in Narita are high. " + FILLER + SENT_BACK,
    # denied
    LANDED + "The officers at Narita asked for their letters. " + FILLER + "He was not sent back to Kathmandu.",
    # named again, but the return told too far after the landing
    LANDED + "The officers at Narita asked for their letters. " + FILLER
    + "Nobody knows what they asked. The room had no window. " + SENT_BACK,
], ids=["not-named-again", "in-passing", "denied", "too-far"])
def test_a_return_far_from_a_landing_not_kept_in_view_is_no_leg_from_it(text):
    assert not has_leg(routes(text), "Narita", "Kathmandu")
