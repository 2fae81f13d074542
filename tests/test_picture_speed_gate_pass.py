"""Issue 14: the topic gate reads a text's keywords in one pass, shared by all its filters.

- may_search() (the gate's long patterns, per alternative) looks its words up in one
  Aho-Corasick pass over the folded text, shared by every regex it filters for (cues._found_words);
- gate_holds() answers "does the text hold one of this regex's keywords" from the same pass:
  _journeys() (topic_journeys), _others() (topic_other) and _kept(), where a text without a
  topic_not_near word is not searched for one beside each topic word;
- relevance._moves_things() searches a claim's words and sentence for not_movers and
  conveyances_off_topic only where they hold one of the regex's keywords.

Each must change nothing: checked against the reading with the prefilters off (cues.PREFILTER)
and against the plain substring test it replaces, on sentences written for these tests, on texts
hypothesis puts together from them and on our own tuning reports.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extract_helpers import annotate, prefilter_on_and_off
from geomig.picture import cues, extract

# Pieces of news wording written for these tests: people moving, other travellers and goods,
# animals and data that "migrate" (topic_not_near), cargo moved across borders (not_movers),
# and plain news that shares their words.
PIECES = (
    "Hundreds of migrants crossed from Turkey into Greece on Sunday.",
    "The wildebeest migration reached the Mara river in July.",
    "Refugees fled Aleppo for the Turkish border.",
    "Trucks full of grain crossed from Turkey into Syria.",
    "A consignment of cars was shipped from Japan to Kenya.",
    "The bank completed the migration of its customers' accounts to a new platform.",
    "Asylum seekers were taken to a reception centre in Lampedusa.",
    "Tourists flew from London to Malaga for the holidays.",
    "Officials did not say whether the migrants had been sent back to Libya.",
    "Storks and geese migrate south from Europe every autumn.",
    "Families were forced to leave Sebha last month.",
    "Smugglers may have moved the group to a farm near Agadez.",
    "The ferry docked in Pozzallo with 300 people on board.",
    "Prices rose in Tripoli after the harvest failed.",
)
GATE = ("topic", "topic_lower", "topic_many", "topic_many_lower", "topic_other", "topic_other_lower",
        "topic_journeys")
REPORTS = Path(__file__).parent / "fixtures" / "reports"


def _branches_alone(rx: re.Pattern, text: str) -> bool:
    """may_search() as each regex's own filter reads it: its words looked for one by one."""
    branches = cues._branches_of(rx)
    if branches is None:
        return True
    low = cues.folded(text)
    met = alive = 0
    for w, (sets, alternatives) in branches.by_word.items():
        if w in low:
            met |= sets
            alive |= alternatives
    return any(alive >> a & 1 and mask & met == mask for a, mask in enumerate(branches.masks))


def _gate(name: str) -> re.Pattern:
    rx = getattr(cues.default(), name)
    assert rx is not None, name
    return rx


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=6))
def test_the_shared_pass_rules_out_what_each_regex_alone_would(pieces):
    text = " ".join(pieces)
    for name in GATE:
        rx = _gate(name)
        for within in (text, cues.folded(text)):
            assert cues.may_search(rx, within) == _branches_alone(rx, within), name


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=6))
def test_the_shared_pass_finds_every_word_a_substring_test_finds(pieces):
    lex = cues.default()
    low = cues.folded(" ".join(pieces))
    for rx in (lex.topic_not_near, lex.topic_journeys, lex.topic_other):
        words = cues.required_keywords(rx)
        assert words
        assert cues.gate_holds(rx, low) == any(w in low for w in words)
    assert cues._found_words(low) == frozenset(w for w in cues._gate_vocabulary if w in low)


def test_words_added_after_a_text_was_read_are_found_in_it():
    # a regex asked about for the first time after the matcher read the same text: the matcher
    # is rebuilt and the text read again, not answered from the last pass
    text = cues.folded("A quokka and a numbat were seen near the harbour.")
    cues.may_search(cues.default().topic_lower, text)
    rx = re.compile(r"\b(?:quokkas?|numbats?)\b")
    assert cues.gate_holds(rx, text)
    assert not cues.gate_holds(re.compile(r"\b(?:wombats?|bilbies)\b"), text)


def test_the_prefilter_off_holds_everything(monkeypatch):
    monkeypatch.setattr(cues, "PREFILTER", False)
    assert cues.gate_holds(re.compile(r"\bwombats?\b"), "nothing of the kind")


@pytest.mark.parametrize("text", [
    # positive: people moving, told often enough
    "Hundreds of migrants crossed from Turkey into Greece. More migrants arrived on Lesbos. "
    "Refugees and asylum seekers waited in the camp.",
    # a word that makes migration no one's (topic_not_near) beside each migration word
    "The wildebeest migration reached the Mara river. The migration of the herds is a spectacle. "
    "Wildlife officials said the migration came early.",
    # negation and hedging around the migration words
    "No migrants crossed into Greece this week, officials said. Refugees may arrive later.",
    # distractor: data moved to a new platform
    "The bank completed the migration of its customers' accounts. The data migration took a year.",
])
def test_the_gate_reads_alike_with_and_without_the_prefilter(monkeypatch, text):
    lex = cues.default()

    def read():
        cues._last_others = (None, None, None, 0)
        return lex.topic_by_rules(text), lex.others_prevail(text), lex.tells_people_moved(text)

    on, off = prefilter_on_and_off(monkeypatch, read)
    assert on == off


def test_a_migration_word_beside_animals_still_does_not_count():
    lex = cues.default()
    near = lex.topic_not_near
    text = cues.folded("The wildebeest migration reached the Mara river.")
    assert cues.gate_holds(near, text)
    assert not list(cues._kept(lex.topic_lower, text, near))
    plain = cues.folded("Hundreds of migrants crossed the Sahara on foot.")
    assert not cues.gate_holds(near, plain)
    assert list(cues._kept(lex.topic_lower, plain, near))


def test_the_gate_reads_our_reports_alike_with_and_without_the_prefilter(monkeypatch):
    """Over our own tuning reports (1-852): the gate's answers, and every kept topic match."""
    lex = cues.default()
    texts = [p.read_text(encoding="utf-8") for p in sorted(REPORTS.glob("*.txt"))
             if p.name.split("_")[0].isdigit() and int(p.name.split("_")[0]) <= 852]
    assert len(texts) > 800

    def read():
        out = []
        for text in texts:
            cues._last_others = (None, None, None, 0)
            low = cues.folded(text)
            out.append((lex.topic_by_rules(text), lex.others_prevail(text),
                        [m.span() for m in cues._kept(lex.topic_lower, low, lex.topic_not_near)]))
        return out

    on, off = prefilter_on_and_off(monkeypatch, read)
    assert on == off


@pytest.mark.parametrize("text", [
    # positive: people moved, no cargo
    "Hundreds of migrants crossed from Turkey into Greece on Sunday.",
    # cargo and vehicles moved (not_movers), in a text about migration and in one not about it
    "Trucks full of grain crossed from Turkey into Syria. Migrants waited at the border.",
    "Trucks full of grain crossed from Turkey into Syria.",
    "A consignment of cars was shipped from Japan to Kenya on Monday.",
    # negation, hedging
    "Officials did not say whether the migrants had been sent back to Libya.",
    "Smugglers may have moved the group to a farm near Agadez.",
    # distractor: travellers who are not migrants, a ship with people on board
    "Tourists flew from London to Malaga for the holidays. The ferry docked in Pozzallo with 300 people.",
])
def test_pictures_with_goods_moved_read_alike_with_and_without_the_prefilter(monkeypatch, text):
    on, off = prefilter_on_and_off(monkeypatch, lambda: extract([annotate(text)]).dumps())
    assert on == off


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=7))
def test_pictures_are_the_same_with_and_without_the_prefilter(monkeypatch, pieces):
    text = " ".join(pieces)
    on, off = prefilter_on_and_off(monkeypatch, lambda: extract([annotate(text)]).dumps())
    assert on == off
