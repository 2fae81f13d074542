"""Issue 14: per-sentence facts read once, shortcuts that must change nothing the picture reads.

- cues.holds_words() answers for every [settings] regex from one pass of the gate's shared
  matcher over the sentence (cues._sentence_words), kept with the sentence, instead of a scan
  of the sentence per regex and word; cues.may_hold() likewise for a text that is no sentence;
- relevance._priced() searches a sentence for priced_journey / scheduled only where its masked
  text holds one of the regex's keywords;
- roles.role_claims() skips its passes over the claims when a document has none;
- zones._flagged_controls() reads the control cues' flags once per settings table.

Each is checked against the plain test it replaces or against the reading with the prefilters
off (cues.PREFILTER), on sentences written for these tests and texts hypothesis puts together.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extract_helpers import annotate, prefilter_on_and_off
from geomig.picture import cues, extract, roles, zones

# News wording written for these tests: journeys told by their price or timetable, people
# moving, a comparison, a dateline, and plain news sharing their words (distractors).
PIECES = (
    "Flights from Tripoli to Rome now cost a month's pay.",
    "The ferry from Sfax to Lampedusa costs 40 euros and leaves twice a week.",
    "Buses from Agadez to the border run every Tuesday.",
    "Hundreds of migrants crossed from Turkey into Greece on Sunday.",
    "Smugglers did not take the group from Zuwara to Malta.",
    "Refugees may have reached Lampedusa from Sfax overnight.",
    "As on Lesbos in 2015, the camp was overcrowded.",
    "TRIPOLI, March 3 - The coastguard intercepted 80 people off Zawiya.",
    "Prices rose in Tripoli after the harvest failed.",
    "Tourists flew from London to Malaga for the holidays.",
    "The minister said nothing about Libya.",
)
#: [settings] regexes searched right before a place or in a sentence (holds_words() callers),
#: with their flags as the rules ask them.
KEYS = (("compared_before", re.I), ("born_before", re.I), ("priced_journey", re.I), ("not_movers", re.I),
        ("anaphor", re.I), ("anaphor_by_name", 0), ("anaphor_there", re.I), ("unnamed_zone", re.I))


def _regexes() -> list[re.Pattern]:
    lex = cues.default()
    found = [setting_rx for key, flags in KEYS if (setting_rx := cues.setting_rx(lex, key, flags)) is not None]
    assert found, "none of the [settings] regexes is in the cue data"
    return found


def _masked(text: str) -> list[cues.Masked]:
    doc = annotate(text)
    return [cues.mask(doc, i) for i in range(len(doc.sentences))]


def _plain_holds(rx: re.Pattern, text: str) -> bool:
    """The substring test holds_words() / may_hold() replace."""
    words = cues.required_keywords(rx)
    return words is None or any(w in cues.folded(text) for w in words)


@settings(max_examples=25, deadline=None)
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=4))
def test_a_sentence_holds_a_regexs_words_as_the_substring_test_says(pieces):
    for masked in _masked(" ".join(pieces)):
        for rx in _regexes():
            assert cues.holds_words(rx, masked) == _plain_holds(rx, masked.sentence), (rx.pattern[:60], masked.sentence)
            assert cues.may_hold(rx, masked.text) == _plain_holds(rx, masked.text)


def test_a_regex_read_after_the_sentence_was_is_answered_with_its_own_words():
    # positive: the sentence's words were kept before this regex's words joined the matcher
    masked = _masked("The ferry from Sfax to Lampedusa costs 40 euros and leaves twice a week.")[0]
    assert cues.holds_words(_regexes()[0], masked) == _plain_holds(_regexes()[0], masked.sentence)
    fresh = re.compile(r"\bleaves\s+twice\b", re.I)     # a new regex: its words are new to the matcher
    assert cues.holds_words(fresh, masked)
    # negation: a regex whose words the sentence lacks
    assert not cues.holds_words(re.compile(r"\bovernight\s+bus\b", re.I), masked)
    # distractor: a word only in another sentence of the text
    other = _masked("Prices rose in Tripoli. The ferry leaves twice a week.")
    assert [cues.holds_words(fresh, m) for m in other] == [False, True]


def test_the_prefilter_off_holds_every_sentence(monkeypatch):
    masked = _masked("The minister said nothing about Libya.")[0]
    monkeypatch.setattr(cues, "PREFILTER", False)
    assert all(cues.holds_words(rx, masked) for rx in _regexes())


@pytest.mark.parametrize("text", [
    # positive: a journey told only by its price or timetable
    "Flights from Tripoli to Rome now cost a month's pay.",
    "Buses from Agadez to the border run every Tuesday, and migrants wait in Agadez for weeks.",
    # negation, hedging: a journey denied or only believed, beside a price
    "Smugglers did not take the group from Zuwara to Malta; the crossing costs 1,000 dinars.",
    "Refugees may have reached Lampedusa from Sfax overnight.",
    # distractors: prices and timetables of no journey
    "Prices rose in Tripoli after the harvest failed. The market opens every Tuesday in Sfax.",
])
def test_priced_journeys_read_alike_with_and_without_the_prefilter(monkeypatch, text):
    on, off = prefilter_on_and_off(monkeypatch, lambda: extract([annotate(text)]).dumps())
    assert on == off


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=6))
def test_pictures_are_the_same_with_and_without_the_prefilter(monkeypatch, pieces):
    on, off = prefilter_on_and_off(monkeypatch, lambda: extract([annotate(" ".join(pieces))]).dumps())
    assert on == off


#: The passes role_claims() runs over the claims a document's cues made (they are skipped
#: when it made none): each must make nothing of no claims.
PASSES = ("_stops_on_the_way", "_went_on_in_clause", "_arrivals_if_alone", "_entries_after_departures",
          "_entered_country_holds_ends", "_entries_at_journeys_end", "_rides_on_the_way", "_stays_left",
          "_resumed", "_homes_left", "_homes_left_at_home", "_homes_listed", "_arrivals_from_elsewhere",
          "_gapped", "_settled_there", "_homes_dreamt_of", "_hosts_own_people", "_located_within",
          "_walked_from_home", "_origins_from_again", "_origins_of_again", "_countries_as_containers",
          "_ways_home", "_reached_ends", "_moved_on")


@pytest.mark.parametrize("name", PASSES)
def test_a_pass_over_no_claims_makes_none(name):
    lex = cues.default()
    sentences = _masked("Hundreds of migrants crossed from Turkey into Greece on Sunday. "
                        "The minister said nothing about Libya.")
    f = getattr(roles, name)
    n = f.__code__.co_argcount
    assert list(f([], sentences, lex) if n == 3 else f([], lex)) == []


def test_a_document_without_role_cues_has_no_claims_and_one_with_them_has():
    lex = cues.default()
    assert roles.role_claims(_masked("Prices rose in Tripoli after the harvest failed."), lex) == []
    told = roles.role_claims(_masked("Hundreds of migrants crossed from Turkey into Greece on Sunday."), lex)
    assert {c.place.name for c in told} >= {"Greece"}
    denied = roles.role_claims(_masked("The migrants did not cross from Turkey into Greece."), lex)
    assert all(c.negated for c in denied if c.place.name == "Greece")


def test_the_flagged_controls_are_read_off_the_settings_table():
    table = {"a": {"control_by_words": True}, "b": {"placed_inside": True}, "c": {}, "d": {"control_by_words": False}}
    assert zones._flagged_controls(table) == (frozenset({"a"}), frozenset({"b"}))
    assert zones._flagged_controls(table) == (frozenset({"a"}), frozenset({"b"}))     # (kept)
    other = {"c": {"control_by_words": 1, "placed_inside": 1}}     # another table: its own answer
    assert zones._flagged_controls(other) == (frozenset({"c"}), frozenset({"c"}))
    by_id = cues.default().control_settings
    assert zones._flagged_controls(by_id) == (
        frozenset(c for c, d in by_id.items() if d.get("control_by_words")),
        frozenset(c for c, d in by_id.items() if d.get("placed_inside")))
