"""Issue 14: shortcuts in reading a text that must change nothing it reads.

- with_anaphors() searches a sentence for each anaphor regex only where it holds one of the
  regex's required keywords (cues.holds_words);
- Lexicon._journeys() searches a text for topic_journeys only where it holds one of its keywords;
- Lexicon._others() keeps its count of the last text (the gate asks it up to three times);
- cues.cue_ids() keeps the ids of the cues with a setting, per tuple of cues.

Each is checked against the same reading with the prefilter off (cues.PREFILTER) or the
cache bypassed, on sentences written for these tests and on texts hypothesis puts together
from them.
"""

from __future__ import annotations

import dataclasses
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extract_helpers import annotate, prefilter_on_and_off
from geomig.picture import cues, extract

# Pieces of news wording, written for these tests: anaphors ("the island", "the camp there",
# "mid-Aegean"), people made to move from named places (topic_journeys), other travellers
# (topic_other: tourists, pilgrims, goods), and distractors that share their words.
PIECES = (
    "Coastguard boats took 80 migrants to Lesbos.",
    "They are still held at the camp there.",
    "Police kept the group on the island for a week.",
    "The navy stopped a dinghy in the mid-Aegean on Sunday.",
    "Families were forced to leave Sebha last month.",
    "Villagers fled Agadez after the attack.",
    "Residents were moved out of Misrata by the militia.",
    "Tourists crossed into Tunisia for the holidays.",
    "Pilgrims left Tunis on buses bound for the coast.",
    "Containers of cigarettes were smuggled from Malta.",
    "There was no comment from the ministry in Rome.",
    "The island's football club won again in Malta.",
    "A fire broke out at the port of Sfax, officials said.",
    "Eritrean refugees reached Lampedusa from Zuwara.",
    "Prices rose in Tripoli after the harvest failed.",
    "Nobody was there when the ferry docked in Pozzallo.",
)


@pytest.mark.parametrize("key", ["anaphor", "anaphor_by_name", "anaphor_there", "anaphor_there_acts"])
def test_the_anaphor_regexes_have_keywords_to_filter_by(key):
    # the shortcut pays only where the regex names words a sentence must hold
    rx = cues.setting_rx(cues.default(), key, re.I if key != "anaphor_by_name" else 0)
    if rx is None:
        pytest.skip(f"no {key} in the cue data")
    assert cues.required_keywords(rx)


def test_topic_journeys_has_keywords_to_filter_by():
    assert cues.required_keywords(cues.default().topic_journeys)


@pytest.mark.parametrize("text", [
    # positive: an anaphor pointing back to a named island, and a camp "there"
    "Coastguard boats took 80 migrants to Lesbos. They are still held at the camp there.",
    "The Greek coastguard intercepted a boat off Lesbos. Police kept the group on the island for a week.",
    # negation, hedging: the anaphor's sentence says no one was held
    "Migrants reached Lesbos on Monday. Nobody was held at the camp there, officials said.",
    "Migrants may have been taken to Lesbos. They were reportedly kept on the island.",
    # distractors: "there" and "island" with no one held
    "There was no comment from the ministry in Rome. The island's football club won again in Malta.",
])
def test_anaphors_read_alike_with_and_without_the_prefilter(monkeypatch, text):
    on, off = prefilter_on_and_off(monkeypatch, lambda: extract([annotate(text)]).dumps())
    assert on == off


def test_a_journeys_text_is_still_told_and_a_plain_one_is_not(monkeypatch):
    lex = cues.default()
    told = "Families were forced to leave Sebha last month. Villagers fled Agadez after the attack."
    plain = "Prices rose in Tripoli after the harvest failed. The talks ended in Rome."
    for text in (told, plain):
        on, off = prefilter_on_and_off(monkeypatch, lambda: lex._journeys(text, lambda rx, within: rx.finditer(within), 10))
        assert on == off
    assert lex._journeys(plain, lambda rx, within: rx.finditer(within), 10) == 0


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=7))
def test_pictures_are_the_same_with_and_without_the_prefilter(monkeypatch, pieces):
    text = " ".join(pieces)
    on, off = prefilter_on_and_off(monkeypatch, lambda: extract([annotate(text)]).dumps())
    assert on == off
    lex = cues.default()
    on, off = prefilter_on_and_off(monkeypatch, lambda: lex._journeys(text, lambda rx, within: rx.finditer(within), 5))
    assert on == off


def _others_uncached(lex: cues.Lexicon, text: str, most: int) -> int:
    """Lexicon._others() as it was: the text searched at every ask."""
    lowered = cues.folded(text)
    if lex.topic_other is None or (lex.topic_other_keywords is not None
                                   and not any(w in lowered for w in lex.topic_other_keywords)):
        return 0
    found = lex.topic_other_lower.finditer(lowered) if lex.topic_other_lower is not None \
        else lex.topic_other.finditer(text)
    return sum(1 for _ in zip(range(most), found))


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.lists(st.sampled_from(PIECES), min_size=1, max_size=6),
                          st.sampled_from([1, 2, 3, cues._OTHERS_MOST])), min_size=1, max_size=6))
def test_the_count_of_other_travellers_kept_is_the_count_searched(asks):
    # the gate asks up to _OTHERS_MOST first, then fewer; any order of asks gives the same counts
    lex = cues.default()
    for pieces, most in asks:
        text = " ".join(pieces * 3)
        assert lex._others(text, cues.folded(text), most) == _others_uncached(lex, text, most)


def test_a_lexicon_of_other_travellers_words_does_not_read_anothers_count():
    lex = cues.default()
    text = "Tourists crossed into Tunisia for the holidays. Pilgrims left Tunis on buses. " * 2
    assert lex._others(text, cues.folded(text), cues._OTHERS_MOST) >= 2
    other = dataclasses.replace(lex, topic_other=re.compile(r"\bcontainers\b"), topic_other_lower=None,
                                topic_other_keywords=None)
    assert other._others(text, cues.folded(text), cues._OTHERS_MOST) == 0


def test_the_ids_of_cues_with_a_setting_are_read_off_the_cues():
    lex = cues.default()
    for lexicon in (lex, lex.off_topic):
        for setting in ("home_missed", "abroad", "stay", "came_through", "by_sea"):
            expected = {c.id for c in lexicon.cues if c.settings.get(setting)}
            assert cues.cue_ids(lexicon.cues, setting) == expected
            assert cues.cue_ids(lexicon.cues, setting) == expected      # (the kept answer)
    # a list of cues is read every time: it may change
    listed = list(lex.cues)
    stay = cues.cue_ids(listed, "stay")
    listed.append(dataclasses.replace(lex.cues[0], id="test.stay", settings={"stay": True}))
    assert cues.cue_ids(listed, "stay") == stay | {"test.stay"}


# -- cues.may_search(): the topic gate's long patterns run only where an alternative's words are

#: The gate's whole-text regexes that may_search() filters texts for.
GATE = ("topic", "topic_lower", "topic_many", "topic_many_lower", "topic_other", "topic_other_lower",
        "topic_journeys")

# A pattern of eight alternatives written for these tests, each needing two words.
SHIPS = re.compile(r"\b(?:red\s+cars?|blue\s+boats?|green\s+(?:vans|trucks)|old\s+ferr(?:y|ies)|"
                   r"new\s+trains?|(?:big|large)\s+planes?|fast\s+bikes?|slow\s+barges?)\b")


def _gate(name: str) -> re.Pattern:
    rx = getattr(cues.default(), name)
    assert rx is not None, name
    return rx


@pytest.mark.parametrize("name", GATE)
def test_the_gate_patterns_have_alternatives_to_filter_by(name):
    assert cues._branches_of(_gate(name)) is not None


def test_a_text_without_the_words_of_any_alternative_is_ruled_out():
    assert cues.may_search(SHIPS, "They saw a red car and a blue boat.")
    # (words are looked for in the lowered text: a filter lets through, never matches)
    assert cues.may_search(SHIPS, "OLD FERRIES sailed at dawn.")
    # a word of several alternatives is there, but never both of one: nothing can match
    text = "A red boat passed a green bike and a slow van."
    assert not cues.may_search(SHIPS, text) and SHIPS.search(text) is None
    assert not cues.may_search(SHIPS, "No vehicles were mentioned at all.")


def test_a_short_pattern_is_not_filtered():
    assert cues._branches_of(re.compile(r"\b(?:red\s+car|blue\s+boat)\b")) is None
    # an alternative that needs no word: nothing can be ruled out
    assert cues._branches_of(re.compile(SHIPS.pattern[:-3] + r"|\d+\s+km)\b")) is None


def test_the_prefilter_off_rules_nothing_out(monkeypatch):
    monkeypatch.setattr(cues, "PREFILTER", False)
    assert cues.may_search(SHIPS, "A red boat passed a blue car.")


WORDS = ("red", "blue", "green", "old", "new", "big", "fast", "slow", "car", "boats", "vans", "trucks",
         "ferry", "trains", "planes", "bike", "barges", "the", "and", "not", "RED", "Car", "ferries")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=12))
def test_a_text_ruled_out_is_never_matched(words):
    text = " ".join(words)
    if not cues.may_search(SHIPS, text):
        assert SHIPS.search(text) is None


@settings(max_examples=25, deadline=None)
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=8))
def test_the_gate_patterns_match_nothing_in_a_text_ruled_out(pieces):
    text = " ".join(pieces)
    for name in GATE:
        rx = _gate(name)
        for within in (text, cues.folded(text)):
            if not cues.may_search(rx, within):
                assert rx.search(within) is None, name


def test_the_gate_patterns_match_nothing_in_a_report_ruled_out():
    """Over our own tuning reports (1-852), as written and lowered: wherever may_search()
    rules a text out, the pattern has no match in it."""
    from pathlib import Path

    folder = Path(__file__).parent / "fixtures" / "reports"
    texts = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))
             if p.name.split("_")[0].isdigit() and int(p.name.split("_")[0]) <= 852]
    assert len(texts) > 800
    ruled_out = 0
    for text in texts:
        for within in (text, cues.folded(text)):
            for name in GATE:
                rx = _gate(name)
                if not cues.may_search(rx, within):
                    ruled_out += 1
                    assert rx.search(within) is None, name
    assert ruled_out > 0


# -- cues.narrowed(): a long pattern cut to the alternatives whose words a text holds

#: WORDS, and words holding an alternative's first word inside them (a word boundary decides).
NARROW_WORDS = WORDS + ("bred", "sold", "renew", "oldred", "red-car", "fastbikes", "large", "van")


def _spans(rx: re.Pattern | None, text: str) -> list[tuple[int, int]]:
    return [] if rx is None else [m.span() for m in rx.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(NARROW_WORDS), min_size=1, max_size=14))
def test_a_narrowed_pattern_finds_what_the_whole_one_finds(words):
    text = cues.folded(" ".join(words))
    assert _spans(cues.narrowed(SHIPS, text), text) == _spans(SHIPS, text)


def test_a_pattern_is_narrowed_to_the_alternatives_whose_words_are_there():
    text = "a red car and a blue boat in a bred cars lot"
    cut = cues.narrowed(SHIPS, text)
    assert cut is not None and cut is not SHIPS
    assert [m.group() for m in cut.finditer(text)] == ["red car", "blue boat"]
    assert cues.narrowed(SHIPS, "a red boat and a slow van") is None    # (may_search() rules it out)


def test_a_pattern_with_a_choice_before_its_alternatives_or_a_group_is_searched_whole():
    groups = re.compile(SHIPS.pattern.replace("(?:red", "(red"))
    assert cues.narrowed(groups, "a red car") is groups
    # a repeat before the alternation: the alternatives are kept whole, and still exact
    choice = re.compile(r"[a-z]*(?:" + SHIPS.pattern[5:])
    text = "a redred car and fred car"
    assert _spans(cues.narrowed(choice, text), text) == _spans(choice, text)


def test_other_travellers_narrowed_find_what_the_whole_pattern_finds_in_reports():
    """Over our own tuning reports (1-852), lowered: topic_other_lower cut to the alternatives
    whose words each report holds finds the same matches."""
    from pathlib import Path

    rx = _gate("topic_other_lower")
    folder = Path(__file__).parent / "fixtures" / "reports"
    texts = [cues.folded(p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.txt"))
             if p.name.split("_")[0].isdigit() and int(p.name.split("_")[0]) <= 852]
    cut = 0
    for text in texts:
        narrow = cues.narrowed(rx, text)
        cut += narrow is not None and narrow is not rx
        assert _spans(narrow, text) == _spans(rx, text)
    assert cut > 100


def test_the_gate_reads_alike_with_and_without_the_prefilter(monkeypatch):
    lex = cues.default()
    texts = [" ".join(PIECES[i::k]) for k in (1, 2, 3, 5) for i in range(k)]

    def read():
        out = []
        for text in texts:
            cues._last_others = (None, None, None, 0)
            out.append((lex.topic_by_rules(text), lex.others_prevail(text), lex.other_movers(text)))
        return out

    on, off = prefilter_on_and_off(monkeypatch, read)
    assert on == off


# -- of_past_era() (cues, read through story) keeps its last answer (relevance and story ask it
# of one document in turn); cues.search() finds what regex.search() finds, with or without a
# lowered form


def test_the_past_era_answer_kept_is_the_answer_read(monkeypatch):
    from geomig.picture import story

    lex = cues.default()
    column = ("In 1911 the families left Tripoli. In 1912 more followed to Malta. "
              "The port was rebuilt in 1919 and again in 1923.")
    now = "Migrants left Zuwara on Monday and reached Lampedusa today."
    for text in (column, now, column, column, now):
        kept = story.of_past_era(text, lex)
        monkeypatch.setattr(cues, "_last_era", (None, None, 0, None, False))
        assert story.of_past_era(text, lex) is kept
    assert story.of_past_era(column, lex) is True and story.of_past_era(now, lex) is False
    # another lexicon's bar is not answered from the kept one
    stricter = dataclasses.replace(lex, settings={**lex.settings, "story_era_min": 99})
    assert story.of_past_era(column, lex) is True and story.of_past_era(column, stricter) is False


@pytest.mark.parametrize("source, flags", [
    (r"(?<!\w)(?:left|fled)\s+from\b", re.I), (r"\bcamps?\b", re.I), (r"(?-i:[A-Z])\w+ said", re.I),
    (r"\d+ migrants", 0),
])
@pytest.mark.parametrize("text", [
    "Some 40 migrants left from Sabratha; Officials said the camp was full.",
    "İzmir's camps: 12 migrants fled from the coast. Nobody said anything",
    "",
])
def test_search_finds_what_the_regex_finds(source, flags, text):
    rx = re.compile(source, flags)
    low = cues.lowered_text(text)
    for pos, end in ((0, None), (5, None), (3, 30), (0, 0)):
        want = rx.search(text, pos, len(text) if end is None else end)
        got = cues.search(rx, text, low, pos, end)
        assert (got and got.span()) == (want and want.span())
