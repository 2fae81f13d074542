"""One word of other movers said again does not overrule the learned topic check at its own bar
(cues.Lexicon.topic_by_model, other_kinds): herders fleeing with "their animals", people hidden
behind a lorry's tobacco, are people on the move; texts about other travellers or goods name
several kinds of them, or the check finds them far from migration.

Paragraphs written for these tests."""

from __future__ import annotations

import pytest

from geomig.picture import cues


@pytest.fixture(scope="module")
def lex() -> cues.Lexicon:
    return cues.default()


#: People fleeing with their animals: one word of other movers, said twice.
_HERDERS = (
    "Herders crossed the river into the neighbouring country with their animals on Sunday, fleeing the "
    "fighting that has emptied their villages. Hundreds of families walked for days with the animals, and "
    "aid workers said more than 3,000 people had reached the camp near the border, where they were "
    "registered as refugees.")

#: The same people with two kinds of other movers: left to the other movers.
_TWO_KINDS = (
    "Herders crossed the river into the neighbouring country with their animals and tobacco on Sunday. "
    "Hundreds of families walked for days with the animals and the tobacco, and aid workers said more than "
    "3,000 people had reached the camp near the border, where they were registered as refugees.")

#: Goods alone, their one word said again and again: no one moves.
_GOODS = (
    "The lorry was loaded with tobacco, and hidden behind the boxes of tobacco were sacks of tea. The "
    "tobacco lorry crossed the border at night and the driver, who was paid in tobacco, was arrested by "
    "customs officers, who said the goods were worth two million euros.")

#: Animals moved between parks, in several words of animals.
_ANIMALS = (
    "Rangers moved forty elephants to a new park across the border this month. The animals travelled by "
    "lorry for three days, and the wildlife service said the animals had settled well after the journey "
    "from the dry south.")


def test_one_word_repeated_leaves_the_check_its_say(lex):
    assert lex.others_prevail(_HERDERS) and lex.other_kinds(_HERDERS) == 1
    assert not lex.topic_by_rules(_HERDERS)
    assert lex.topic_by_model(_HERDERS) is not None
    assert lex.on_topic(_HERDERS)


def test_two_kinds_of_other_movers_still_prevail(lex, monkeypatch):
    assert lex.other_kinds(_TWO_KINDS) == 2
    monkeypatch.setattr(cues.Lexicon, "topic_probability", lambda self, text: 0.999)
    assert lex.topic_by_model(_TWO_KINDS) is None
    assert not lex.on_topic(_TWO_KINDS)


def test_below_the_checks_own_bar_one_word_still_prevails(lex, monkeypatch):
    monkeypatch.setattr(cues.Lexicon, "topic_probability", lambda self, text: lex.topic_model_min - 0.01)
    monkeypatch.setattr(cues.Lexicon, "topic_model_needs", lambda self, text, p=None: 0.5)
    assert lex.topic_by_model(_HERDERS) is None


@pytest.mark.parametrize("text", [_GOODS, _ANIMALS], ids=["goods", "animals"])
def test_goods_or_animals_moving_stay_off_topic(lex, text):
    assert not lex.on_topic(text)
    assert lex.for_document(text) is not lex
