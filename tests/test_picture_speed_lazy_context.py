"""A cue's contexts (`requires`, `unless`) are read only once one of its patterns matches
(cues.find, issue 14): they gate the matches, so a sentence where no pattern matches is not
searched for them, and the hits are those the contexts read first would give. Sentences
written for these tests."""

from __future__ import annotations

import pytest
from extract_helpers import CONTEXT, annotate

from geomig.picture import cues


@pytest.fixture(scope="module")
def lex() -> cues.Lexicon:
    return cues.default()


def _hits(text: str, lex: cues.Lexicon, sentence: int = -1) -> list[str]:
    doc = annotate(text)
    doc_lex = lex.for_document(text)
    masked = cues.mask(doc, sentence % len(doc.sentences))
    return [h.cue.id for h in cues.find(doc_lex.cues, masked, doc_lex)]


@pytest.fixture
def searched(monkeypatch) -> list[str]:
    """The context regexes find() searches (their sources), recorded."""
    seen: list[str] = []
    real = cues._in_context

    def record(known, rx, masked, lexicon):
        seen.append(rx.pattern)
        return real(known, rx, masked, lexicon)

    monkeypatch.setattr(cues, "_in_context", record)
    return seen


def test_a_cue_with_a_context_still_fires_where_it_holds(lex, searched):
    # "heading toward" asks for a migration word in its sentence: the migrants are named here
    assert "destination.toward" in _hits(CONTEXT + "The migrants were heading toward Sebha.", lex)
    assert searched     # (its context read, once the pattern matched)


def test_a_cue_without_its_context_stays_silent(lex):
    # a distractor: the same words told of a storm, in a text not about migration; the
    # pattern matches, and the context read after it still silences the cue
    text = "The storm was heading toward Sebha, forecasters said."
    assert "destination.toward" not in _hits(text, lex)


def test_no_context_is_searched_where_no_pattern_matches(lex, searched):
    # words the cues' keywords hold ("from", "border"), but no cue's words around a place
    assert _hits(CONTEXT + "Nobody from the border office answered the phone in Sebha.", lex) == []
    assert searched == []
