"""Issue 14: a pattern's keywords are taken from its uncommon words (cues._COMMON, cues._filters):
"from ... the war" filters by "war", which few texts hold, not by "the" or "from", which every
text holds. Any set a pattern must hold filters soundly; the choice only decides how many
texts are searched. And the [route_modes] regexes are made once per cue data (cues.route_modes).
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from extract_helpers import annotate, prefilter_on_and_off
from geomig.picture import cues, extract

#: Pieces of news wording written for these tests: people displaced by fighting (the kind of
#: move the gate's phrases tell), its negation and hedging, and distractors holding the same
#: common words ("from", "the", "after", "was") with no war.
PIECES = (
    "Families fled from villages where the war had reached their doorsteps.",
    "Thousands left after the shelling was over in the north.",
    "Residents did not flee from the town where the fighting was fiercest.",
    "Some may have left after the bombing was reported, officials said.",
    "The minister returned from the summit after the talks were over.",
    "Prices rose after the harvest was poor, and traders came from the coast.",
    "Fans travelled from the capital where the final was played.",
    "He was awarded a prize after the software was released.",
)


def test_a_common_word_is_not_taken_where_an_uncommon_one_is_there():
    rx = re.compile(r"\bfrom\s+the\s+war\b", re.I)
    assert cues.required_keywords(rx) == frozenset({"war"})


def test_a_branch_takes_the_uncommon_word_of_each_alternative():
    rx = re.compile(r"\b(?:fighting|shelling|the\s+war)\s+(?:has|had)\b", re.I)
    keywords = cues.required_keywords(rx)
    assert keywords == frozenset({"fighting", "shelling", "war"})
    assert frozenset({"fighting", "shelling", "war"}) in cues.required_clauses(rx)


def test_a_pattern_of_common_words_only_still_has_keywords():
    # (they filter little, but soundly: a text without any of them cannot match)
    rx = re.compile(r"\bthe\s+(?:one|two)\s+(?:that|which)\b", re.I)
    keywords = cues.required_keywords(rx)
    assert keywords is not None and keywords <= cues._COMMON


def test_a_longer_uncommon_word_still_wins_over_a_shorter_one():
    rx = re.compile(r"\bsmugglers\s+took\s+them\s+to\s+sea\b", re.I)
    assert cues.required_keywords(rx) == frozenset({"smugglers"})


@settings(max_examples=25, deadline=None)
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=5))
def test_no_gate_phrase_matches_a_text_its_needs_rule_out(pieces):
    lex = cues.default()
    text = " ".join(pieces)
    low = cues.folded(text)
    for phrase in lex.topic_moved:
        if not all(any(w in low for w in need) for need in phrase.needs):
            assert phrase.regex.search(text) is None, phrase.regex.pattern[:80]


def test_the_war_phrase_is_searched_only_where_an_uncommon_word_is():
    lex = cues.default()
    fought = [p for p in lex.topic_moved if "shelling" in p.regex.pattern]
    assert fought, "the cue data tells people moved by fighting"
    for phrase in fought:
        assert all(not need <= cues._COMMON for need in phrase.needs if need & {"shelling", "war"})


def test_pictures_read_alike_with_and_without_the_prefilter(monkeypatch):
    text = " ".join(PIECES[:4]) + " Many of them reached Kassala from Gedaref."
    on, off = prefilter_on_and_off(monkeypatch, lambda: extract([annotate(text)]).dumps())
    assert on == off


def test_route_modes_are_made_once_and_each_caller_has_its_own_copy():
    lex = cues.default()
    first = cues.route_modes(lex)
    assert set(first) == set(cues.ROUTE_MODES)
    first["by_air"] = None      # a caller's change stays its own
    again = cues.route_modes(lex)
    assert again is not first and again["by_air"] is not None
    section = cues.with_vars(lex.data.get("route_modes", {}), lex.data.get("vars", {}))
    assert again == {k: cues.compiled_rx(section.get(k), re.IGNORECASE) for k in cues.ROUTE_MODES}


def test_route_modes_of_other_cue_data_are_their_own():
    lex = cues.default()
    data = dict(lex.data, route_modes={"by_air": r"\bby\s+plane\b"})
    other = cues.Lexicon.__new__(cues.Lexicon)
    object.__setattr__(other, "data", data)
    modes = cues.route_modes(other)
    assert modes["by_air"] is not None and modes["by_air"].pattern == r"\bby\s+plane\b"
    assert modes["by_ferry"] is None
    assert cues.route_modes(lex)["by_air"].pattern != r"\bby\s+plane\b"
