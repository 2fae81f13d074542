"""Issue 14: reading the same facts once.

- The words a cue pattern's lookarounds must find are needed of a sentence as its own words are
  (cues._options reads a positive lookahead or lookbehind like a group): "{place} and {place}
  were the main destinations" (the ranking in a lookahead) is no longer searched in every
  sentence holding a place. A sentence the needs rule out must never be one the pattern
  matches; a negative lookaround needs nothing.
- Negation and hedging of a hit are read once per span of a sentence (cues._once): cues of
  both passes, and several patterns of a cue, hit the same words.
- The gate's count of other travellers (Lexicon._others) is kept for a text that holds none of
  their words too: the gate asks it again of the same text.
"""

from __future__ import annotations

import dataclasses
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract_helpers import annotate, assert_no_match_ruled_out, prefilter_on_and_off
from geomig.picture import cues, extract

#: Sentences written for these tests: rankings of destinations (the words in a lookahead),
#: negated and hedged ones, and distractors that name places and the same words elsewhere.
PIECES = (
    "Italy and Spain were the main destinations of the migrants.",
    "Malta, Italy and Greece are the most common destinations listed.",
    "Italy and Spain were not the main destinations.",
    "Italy may have been the main destination, officials said.",
    "Tourists in Spain said the main destinations were full.",
    "The main destinations of tourists are Italy and Greece.",
    "Boats left Zuwara for Lampedusa at dawn.",
    "The talks in Tunis ended on Friday.",
    "Hundreds of migrants sailed to Lampedusa from Sfax.",
    "Migrants did not sail to Malta.",
)


def test_a_lookahead_needs_its_words():
    rx = re.compile(r"\ue000P(?P<s0>\d+)\ue001(?=\s+(?:are|were)\s+the\s+main\s+destinations)", re.I)
    needs = cues.required_clauses(rx)
    assert frozenset({"destinations"}) in needs
    assert frozenset({"are", "were"}) in needs
    assert cues.required_keywords(rx) == frozenset({"destinations"})


def test_a_lookbehind_needs_its_words():
    rx = re.compile(r"(?<=\bsailed\s)to\s+\ue000P(?P<s0>\d+)\ue001", re.I)
    assert frozenset({"sailed"}) in cues.required_clauses(rx)


def test_a_negative_lookaround_needs_nothing():
    # "not followed by tourists" holds in a sentence without the word: no need of it
    rx = re.compile(r"(?<!\bback\s)to\s+\ue000P(?P<s0>\d+)\ue001(?!\s+tourists)", re.I)
    needs = cues.required_clauses(rx)
    assert all("tourists" not in n and "back" not in n for n in needs)
    assert frozenset({"to"}) in needs


def test_a_lookaround_in_one_branch_only_is_needed_only_with_the_other():
    # either branch may match: a word of each branch's best set, not the lookahead's alone
    rx = re.compile(r"(?:arrived(?=\s+safely)|landed)\s+in\s+\ue000P(?P<s0>\d+)\ue001", re.I)
    keywords = cues.required_keywords(rx)
    assert keywords is not None and "landed" in keywords
    assert all(n != frozenset({"safely"}) for n in cues.required_clauses(rx))


def test_the_ranking_cue_needs_its_ranked_words():
    # destination.ranked's list pattern holds its words in a lookahead (the places listed after
    # the first share its role): it needed only a place before
    ranked = next(c for c in cues.default().cues if c.id == "destination.ranked")
    assert any(any("destinations" in n for n in p.needs) for p in ranked.patterns if "(?=" in p.source)


@pytest.mark.parametrize("text", [
    # positive: a ranking of destinations, a move
    "Italy and Spain were the main destinations of the migrants. Hundreds of migrants sailed to Lampedusa.",
    # negation and hedging
    "Italy and Spain were not the main destinations. Italy may have been the main destination, officials said.",
    # distractors: the words elsewhere, places without a ranking
    "Tourists in Spain said the main destinations were full. The talks in Tunis ended on Friday.",
])
def test_pictures_read_alike_with_and_without_the_prefilter(monkeypatch, text):
    on, off = prefilter_on_and_off(monkeypatch, lambda: extract([annotate(text)]).dumps())
    assert on == off


@settings(max_examples=15, deadline=None)
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=5))
def test_no_pattern_matches_a_sentence_its_needs_rule_out(pieces):
    assert_no_match_ruled_out(" ".join(pieces))


# -- negation and hedging, once per span ---------------------------------------------------------

def _sentence(text: str, lex: cues.Lexicon) -> cues.Masked:
    return cues.mask(cues.join_wrapped(annotate(text), lex), 0)


@pytest.mark.parametrize("text, negated, hedged", [
    ("Hundreds of migrants sailed to Lampedusa from Sfax.", False, False),      # positive
    ("Migrants did not sail to Malta from Tunisia.", True, False),              # negation
    ("Migrants reportedly sailed to Malta from Tunisia.", False, True),         # hedging
])
def test_hits_read_negation_and_hedging_as_their_words_do(text, negated, hedged):
    lex = cues.default()
    masked = _sentence(text, lex)
    hits = cues.find(lex.cues, masked, lex) + cues.find(lex.controls, masked, lex)
    assert hits
    for hit in hits:
        m = next(p.regex.search(masked.text) for p in hit.cue.patterns if p.regex.search(masked.text))
        assert hit.negated == cues._negated(masked, m, lex)
        assert hit.hedged == cues._hedged(masked, m, lex)
    assert any(h.negated == negated and h.hedged == hedged for h in hits)


def test_a_kept_negation_is_not_another_lexicons():
    # the same sentence read with other negation words is read anew, not given the kept answer
    lex = cues.default()
    masked = _sentence("Migrants did not sail to Malta from Tunisia.", lex)
    assert any(h.negated for h in cues.find(lex.cues, masked, lex))
    other = dataclasses.replace(lex, negation=(re.compile(r"\bnever\b", re.I),), any_negation=None)
    assert not any(h.negated for h in cues.find(other.cues, masked, other))
    assert any(h.negated for h in cues.find(lex.cues, masked, lex))


# -- the gate's count of other travellers ------------------------------------------------------

def test_other_travellers_counted_alike_when_asked_again():
    lex = cues.default()
    others = "Pilgrims crossed into Italy. Tourists and pilgrims filled the port of Lampedusa."
    none = "Migrants crossed into Italy. Hundreds of migrants reached Lampedusa."
    first = [lex._others(t, cues.folded(t), cues._OTHERS_MOST) for t in (others, none)]
    # asked again, in another order and with a smaller bar (other_movers), the same counts
    again = [lex._others(t, cues.folded(t), cues._OTHERS_MOST) for t in (none, none, others, others)]
    assert first[0] >= 3 and first[1] == 0
    assert again == [0, 0, first[0], first[0]]
    assert lex.other_movers(none) is False and lex.other_movers(others) is True
    assert lex._others(none, cues.folded(none), 2) == 0
