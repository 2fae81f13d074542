"""[document] topic_model_veto: a text the rules pass only on topic words with other senses
(topic_model_veto_words: herds, hardware and dunes "migrate") is off topic where the learned
check finds it far from migration. Paragraphs written for these tests."""

from __future__ import annotations

import dataclasses

import pytest

from geomig.picture import cues

#: Sand dunes moving toward a road, told as a "migration" twice.
_DUNES = (
    "The dunes south of the town are on the move again. Geologists measuring their migration with "
    "drones say the largest ridge has crept forty metres toward the highway since last winter, pushed by "
    "the steady north-east wind. Road crews clear sand from the tarmac every morning with bulldozers, and "
    "the ministry of works has planted rows of palm fronds as fences to slow the migration of the "
    "smaller dunes. Farmers say their date groves at the edge of the oasis are half buried, and that the "
    "wells they dug ten years ago have filled with sand. The scientists will fit more sensors on the "
    "ridge in the spring and publish a map of the moving sand by the summer, when the wind turns and "
    "the dunes slow down. A plan to line the highway with a concrete barrier has been costed at twelve "
    "million, and the regional council will vote on it next month after the engineers report. Older "
    "residents remember a decade when the sand stood still, and say the grazing that stripped the grass "
    "from the slopes set it moving again.")

#: People on the move, told with "migration" as the only topic word.
_FAMILIES = (
    "Hundreds of families from the villages in the east have reached the border town, where volunteers "
    "hand out bread and blankets at the bus station. Officials say the migration from the villages has "
    "doubled since the shelling began, and that most of the women and children want to move on to "
    "relatives in the capital. The migration is the largest in a decade, aid workers said, and the "
    "tents at the border are full. Buses leave for the capital twice a day, but the seats are booked a "
    "week ahead, and many families sleep on the floor of the school gym while they wait. The town's "
    "mayor has asked the government for more tents and for trains to carry the families further west, "
    "where relatives and church groups have offered them rooms. Doctors at the clinic say most of the "
    "children they see have colds and sore feet after walking for days along the back roads. The "
    "volunteers, most of them students from the town's college, have set up a kitchen in the market hall "
    "and cook soup for eight hundred people every evening.")

#: Migrants named outright: a word with no other sense, never vetoed.
_MIGRANTS = (
    "Police found 40 migrants in the back of a lorry at the port on Monday. The men said they had paid "
    "smugglers to take them across the border and had travelled for two weeks without food.")

#: One sentence: too few words for the check to weigh, whatever it says.
_SHORT = "More than 1,000 arrived in the port last week, the migration ministry said."


@pytest.fixture(scope="module")
def lex() -> cues.Lexicon:
    return cues.default()


def test_a_migration_of_sand_is_vetoed(lex):
    assert len(_DUNES) >= lex.short_chars and lex.topic_by_rules(_DUNES)
    assert lex.topic_probability(_DUNES) < lex.topic_model_veto
    assert not lex.topic_by_rules_kept(_DUNES) and not lex.on_topic(_DUNES)
    assert lex.for_document(_DUNES).is_off_topic


def test_people_told_as_a_migration_are_kept(lex):
    # the same only topic word, but the check reads people moving
    assert len(_FAMILIES) >= lex.short_chars
    assert lex.topic_probability(_FAMILIES) >= lex.topic_model_veto
    assert lex.topic_by_rules_kept(_FAMILIES) and lex.on_topic(_FAMILIES)
    assert lex.for_document(_FAMILIES) is lex


def test_a_topic_word_with_no_other_sense_is_never_vetoed(lex):
    strict = dataclasses.replace(lex, topic_model_veto=1.0, short_chars=0)     # a veto no text escapes
    assert strict.topic_by_rules_kept(_MIGRANTS)
    assert not strict.topic_by_rules_kept(_FAMILIES)


def test_a_short_text_is_never_vetoed(lex):
    assert lex.topic_by_rules(_SHORT) and lex.topic_probability(_SHORT) < lex.topic_model_veto
    assert lex.topic_by_rules_kept(_SHORT) and lex.on_topic(_SHORT)


def test_no_veto_at_zero(lex):
    off = dataclasses.replace(lex, topic_model_veto=0.0)
    assert off.topic_by_rules_kept(_DUNES) and off.on_topic(_DUNES)
