"""[document] topic_moved, people put aboard and carried off, or removed or sent to a named
place, by others: a removal or a deportation told without its word is one kind of people moved
(a history column's, an op-ed's, a live blog's). Sentences written for these tests."""

from __future__ import annotations

import pytest

from geomig.picture import cues

#: Filler that makes a text long (past [document] short_chars) and says nothing.
_CALM = " The weather was mild and the market was busy all week long." * 20


@pytest.fixture(scope="module")
def lex() -> cues.Lexicon:
    return cues.default()


@pytest.mark.parametrize("sentence", [
    "In the autumn the families were loaded onto transports in the harbour and taken away.",
    "We were put on police lorries with our bundles before noon.",
    "Some 40,000 people were removed from the heart of Harbourtown in the 1970s.",
    "The other nine were put back on the train the next morning.",
    "The families landed at the port and were moved by truck to a sports hall in Eastbury.",
    "The remaining islanders had been shipped to Westholm by the end of the year.",
], ids=["loaded-onto-transports", "put-on-lorries", "removed-from", "other-nine-put-back",
        "moved-by-truck", "shipped-to"])
def test_people_put_aboard_or_removed_are_one_kind_of_people_moved(lex, sentence):
    assert lex.tells_people_moved(sentence + _CALM)


@pytest.mark.parametrize("sentence", [
    # denied
    "The families were not put on the lorries, the officer said.",
    # a patient or a suspect taken to a named hospital or station
    "Two people were taken to Eastbury General Hospital after the crash.",
    "The men were driven to Harbourtown police station for questioning.",
    # goods, a team
    "The crates were loaded onto lorries and shipped to Westholm.",
    "The players were flown to Eastbury for the final.",
    # goods named only by "they", "the remaining" or "the other"
    "The remaining casks were shipped back to Westholm in March.",
    "They were loaded onto a ship at Harbourtown and carried north.",
    "The other crates were sent to Eastbury for repair.",
], ids=["denied", "patients", "suspects", "goods", "team", "remaining-casks", "they-loaded", "other-crates"])
def test_look_alikes_of_people_removed_are_no_kind_of_people_moved(lex, sentence):
    assert not lex.tells_people_moved(sentence + _CALM)
