"""Role precision against one-sentence inputs: the topic cues marked `short_reads`
(transit.through_travel, transit.entry, destination.landing_any) are silent in a text not about
migration only where it is long enough for the gate to judge ([document] short_chars); a sentence
or two pasted alone still read them, unless they name other travellers twice (others_only).
Sentences written for these tests, geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import picture, roles

from geomig.picture import cues

#: Filler that makes a text long (past [document] short_chars) and says nothing.
_FILLER = " The weather stayed mild and the market stalls were busy." * 25

_SHORT_READS = ("transit.through_travel", "transit.entry", "destination.landing_any")


def _cue_ids(lexicon: cues.Lexicon) -> set[str]:
    return {c.id for c in lexicon.cues}


def _alone(text: str, place: str) -> set[str]:
    """The roles of a place in the picture of the text alone (no migration context before it)."""
    return roles(picture(text)).get(place, set())


def test_the_gate_keeps_short_reads_for_a_short_text_only():
    lex = cues.default()
    short = "The crew had sailed through the night before reaching port."
    assert not lex.on_topic(short) and not lex.on_topic(short + _FILLER)
    assert set(_SHORT_READS) <= _cue_ids(lex.for_document(short))
    assert not set(_SHORT_READS) & _cue_ids(lex.for_document(short + _FILLER))


@pytest.mark.parametrize("text, silent", [
    # an ocean rowing race's last boat
    ("The last boat of the ocean rowing race arrived in Malta on Sunday, its four rowers "
     "exhausted after six weeks at sea.", "destination"),
    # a coach tour
    ("A coach carrying a group of retired teachers travelled through Tunisia and Libya on a "
     "two-week tour of Roman ruins.", "transit"),
], ids=["race-boat-landing", "coach-tour-through"])
def test_an_off_topic_journey_in_a_long_text_gives_no_role(text, silent):
    assert not cues.default().on_topic(text + _FILLER)
    assert silent not in {r for rs in roles(picture(text + _FILLER)).values() for r in rs}


@pytest.mark.parametrize("text, place, role", [
    ("Survivors of the capsized boat were landed at Pozzallo overnight.", "Pozzallo", "destination"),
    ("They had travelled for a month through Niger before reaching the coast.", "Niger", "transit"),
    ("Dozens had crossed from Chad into Libya by the end of the week.", "Chad", "transit"),
], ids=["survivors-landed", "travelled-through", "crossed-from"])
def test_one_sentence_keeps_its_role(text, place, role):
    assert len(text) < cues.default().short_chars and not cues.default().on_topic(text)
    assert role in _alone(text, place)


@pytest.mark.parametrize("filler", ["", _FILLER], ids=["one-sentence", "long-text"])
def test_migrants_landing_keep_their_destination(filler):
    text = "Thirty migrants landed in Lampedusa overnight after a day at sea." + filler
    assert "destination" in _alone(text, "Lampedusa")


def test_a_short_text_naming_other_travellers_twice_gives_no_role():
    # positive evidence in a short text: tourists and pilgrims (topic_other) are the travellers
    text = "Tourists and pilgrims from the cruise ship landed at Lampedusa for the festival."
    assert "destination" not in _alone(text, "Lampedusa")


def test_a_denied_landing_in_one_sentence_gives_no_destination():
    assert "destination" not in _alone("The boat never landed at Pozzallo; it turned back.", "Pozzallo")
