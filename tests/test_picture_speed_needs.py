"""Issue 14: the sets of words a cue pattern needs (cues.required_clauses, Pattern.needs) may
hold words of two letters (cues._MIN_NEED): "{MOVERS} ... {GO} ... to {place}" needs one of
its verbs ("go", "went", "moved" ...) where its keywords alone let every sentence with a
place through. A sentence the needs rule out must never be one the pattern matches.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract_helpers import annotate, assert_no_match_ruled_out, prefilter_on_and_off
from geomig.picture import cues, extract

#: Pieces of news wording written for these tests: moves told with short verbs ("go", "went"),
#: their negation and hedging, and distractors holding a place but no move.
PIECES = (
    "Hundreds of migrants went on to Lampedusa.",
    "They go north to Tunisia every spring.",
    "Men moved on towards Sicily after the storm.",
    "Families headed for Malta in small boats.",
    "The group did not go to Malta.",
    "Migrants may have gone to Lesbos, police said.",
    "Officials in Rome met to discuss the budget.",
    "The talks in Tunis ended on Friday.",
    "He said the weather in Sfax was fine.",
    "We were told to stay in Tripoli.",
    "Boats left Zuwara for Lampedusa at dawn.",
    "Eritrean refugees reached Lampedusa from Zuwara.",
    "Prices rose in Tripoli after the harvest failed.",
)


def _patterns(lex: cues.Lexicon):
    return [p for c in lex.cues + lex.controls for p in c.patterns]


def _met(words: frozenset[str], low: str) -> bool:
    return any(w in low for w in words)


def test_a_pattern_of_short_verbs_now_needs_one_of_them():
    # "go" is shorter than a keyword may be (_MIN_KEYWORD) but filters as a need
    rx = re.compile(r"(?:men|we|they)\s+(?:go|went|moved)\s+to\s+\ue000P(?P<s0>\d+)\ue001", re.I)
    needs = cues.required_clauses(rx)
    assert frozenset({"go", "went", "moved"}) in needs
    assert cues.required_keywords(rx) is None or "go" not in cues.required_keywords(rx)


def test_a_one_letter_word_is_still_no_need():
    # ("a" is in nearly every sentence: a set holding it filters nothing and is left out)
    rx = re.compile(r"(?:a|the)\s+boat\s+to\s+\ue000P(?P<s0>\d+)\ue001", re.I)
    assert all("a" not in need for need in cues.required_clauses(rx))


def test_the_cue_data_has_patterns_with_short_needs():
    lex = cues.default()
    assert any(len(w) == 2 for p in _patterns(lex) for need in p.needs for w in need)
    # the keyword matcher finds them: a need it could not find would rule out every sentence
    found = cues.present(lex, "they go north to \ue000P0\ue001")
    assert found is not None and "go" in found


@pytest.mark.parametrize("text", [
    # positive: a move told with a short verb
    "Hundreds of migrants went on to Lampedusa. They go north to Tunisia every spring.",
    # negation and hedging
    "The group did not go to Malta. Migrants may have gone to Lesbos, police said.",
    # distractors: places, no move
    "Officials in Rome met to discuss the budget. He said the weather in Sfax was fine.",
])
def test_pictures_read_alike_with_and_without_the_prefilter(monkeypatch, text):
    on, off = prefilter_on_and_off(monkeypatch, lambda: extract([annotate(text)]).dumps())
    assert on == off


@settings(max_examples=15, deadline=None)
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=6))
def test_no_pattern_matches_a_sentence_its_needs_rule_out(pieces):
    assert_no_match_ruled_out(" ".join(pieces))


def _tokened(sentence: str) -> str:
    # a capitalised word not opening the sentence stands for a place, as a mask token does
    i = iter(range(10_000))
    return re.sub(r"(?<=[a-z,;] )[A-Z][a-z]+", lambda m: f"\ue000P{next(i)}\ue001", sentence)


def test_no_pattern_matches_a_report_sentence_its_needs_rule_out():
    """Over a sample of our own tuning reports (1-888), each sentence with its capitalised
    words taken for places: wherever a pattern's keywords and tokens let a sentence through
    but a set it needs rules it out (what the short needs add), the pattern has no match."""
    folder = Path(__file__).parent / "fixtures" / "reports"
    paths = [p for p in sorted(folder.glob("*.txt"))
             if p.name.split("_")[0].isdigit() and int(p.name.split("_")[0]) <= 888]
    assert len(paths) > 800
    patterns = _patterns(cues.default())
    short = [p for p in patterns if any(len(w) < cues._MIN_KEYWORD for need in p.needs for w in need)]
    assert short
    ruled_out = 0
    for path in paths[::16]:
        for sentence in re.split(r"(?<=[.!?])\s+", path.read_text(encoding="utf-8")):
            text = _tokened(sentence)
            low = cues.folded(text)
            for p in short:
                if p.keywords is not None and not _met(p.keywords, low) \
                        or p.tokens is not None and not _met(p.tokens, low):
                    continue
                if not all(_met(need, low) for need in p.needs):
                    ruled_out += 1
                    assert p.regex.search(text) is None, (path.name, p.source)
    assert ruled_out > 0
