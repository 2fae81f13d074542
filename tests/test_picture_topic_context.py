"""A document the gate finds about migration reads its movers' nouns and motion words as the
migration words a cue's `requires = "migration"` asks for ([context] migration_on_topic,
cues.ON_TOPIC); a text off topic never does. Sentences written for these tests."""

from __future__ import annotations

import dataclasses

import pytest
from extract_helpers import CONTEXT, annotate

from geomig.picture import cues


@pytest.fixture(scope="module")
def lex() -> cues.Lexicon:
    return cues.default()


def _narrow(lex: cues.Lexicon) -> cues.Lexicon:
    """The lexicon with no context widened in documents about migration."""
    return dataclasses.replace(lex, cues=tuple(dataclasses.replace(c, requires_on_topic=None) for c in lex.cues))


def test_only_contexts_with_an_on_topic_twin_are_widened(lex):
    widened = {c.id for c in lex.cues if c.requires_on_topic is not None}
    assert {"destination.toward", "route.from_to", "sea.crossed"} <= widened
    # a cue that asks for people on the move (movers), or for no context, keeps its own
    assert not any(c.requires is None or c.id == "launch.came_across" for c in lex.cues if c.id in widened)


def _fired(text: str, lex: cues.Lexicon, cue_id: str, sentence: int = -1) -> bool:
    """Whether a cue hits in a sentence of the text (the last one), read as the document's gate decides."""
    doc = annotate(text)
    doc_lex = lex.for_document(text)
    masked = cues.mask(doc, sentence % len(doc.sentences))
    return any(h.cue.id == cue_id for h in cues.find(doc_lex.cues, masked, doc_lex))


@pytest.mark.parametrize("sentence", [
    # a trip told without a migration word, in a report about people moving
    "From Tripoli the long trip down to Sebha takes two days.",
    # the movers named by their own noun
    "Most of the men reached Sebha within a week.",
], ids=["trip", "men"])
def test_a_report_about_migration_reads_its_movers_as_migration(lex, sentence):
    text = CONTEXT + sentence
    assert lex.on_topic(text)
    assert _fired(text, lex, "destination.toward")
    # ... only through the widened context: the sentence names no migration word
    assert not _fired(text, _narrow(lex), "destination.toward")


def test_a_text_off_topic_keeps_the_narrow_context(lex):
    # families by the sea, people walking on a beach: people, but no one migrating
    text = ("Families went swimming in the Mediterranean off Tripoli every weekend this summer. "
            "Local people walked on the beach in the evening, and the hotels along the front were full.")
    assert not lex.on_topic(text)
    assert not _fired(text, lex, "sea.crossed", 0)
    # ... where the same sentence in a report about migration is read as a crossing
    assert _fired(CONTEXT + text, lex, "sea.crossed", 1)
