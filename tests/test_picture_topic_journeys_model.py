"""The [document] gate's topic_journeys_model_min (Lexicon.topic_model_needs, journeys_told):
people's journeys to or from a named place, or moves to live or work somewhere else, told in
sentences one short of topic_journeys_min, let the learned topic check pass a text at a lower
bar; one such sentence, or a text the model finds far from migration (a team's trip, a
festival's buses), does not. Paragraphs written for these tests; none says "migrant",
"refugee" or "asylum"."""

from __future__ import annotations

import dataclasses

import pytest

from geomig.picture import cues

#: Filler that makes a text long (past [document] short_chars) and says nothing.
_CALM = " The weather was mild and the market was busy all week long." * 20

# a history column: a whole island taken off by steamer, households sailing back, young men
# leaving for the shipyards (no word the rules count twice)
_ISLAND = (
    "In the spring of 1931 the whole population of Skarra, some ninety people, was taken off the island by "
    "steamer. The islanders had asked the government for land after three hard winters, when the boats could "
    "not land and the stores ran out. The families were landed at Brennock and given cottages and small plots "
    "on the estate there. In 1935 two households sailed back to Skarra for a summer, and the young men of the "
    "island left for Harlow to work in the shipyards. Their sheep were sold at the autumn market. An old woman "
    "asked every year to be taken home to Skarra, and never was. The church bell of Skarra now hangs in the "
    "chapel at Brennock, where a choir sings on Sundays. Next month this column looks at the old lighthouse "
    "and its keepers.")

_OFF = {
    # a team's away trip: players and families flying, fans travelling
    "team": (
        "The players left for Lisbon on Tuesday for the second leg of the cup tie. The coach said the squad was "
        "confident. After the match the families of the players flew to Porto for a weekend by the sea. The "
        "club's fans travelled to Lisbon by coach and train. Ticket prices rose."),
    # a festival: families bussed to a fair and home again, told in two sentences
    "festival": (
        "Every autumn the families of the valley travel to Marbeck for the harvest festival. The families left "
        "for Marbeck on Friday morning in buses decorated with flowers. At the fair there were dances, music "
        "and food. On Sunday the villagers went back to their villages, tired and happy. The mayor thanked the "
        "organisers."),
}


@pytest.fixture(scope="module")
def lex() -> cues.Lexicon:
    return cues.default()


def _without(lex: cues.Lexicon) -> cues.Lexicon:
    """The gate as it was before topic_journeys_model_min."""
    return dataclasses.replace(lex, topic_journeys_model_min=0.0)


def test_a_whole_island_moved_told_in_two_journeys_is_about_migration(lex):
    text = _ISLAND + _CALM
    for word in ("migra", "refugee", "asylum"):
        assert word not in text.lower()
    assert not lex.topic_by_rules(text)
    assert lex.journeys_told(text, 5) == lex.topic_journeys_min - 1
    assert lex.topic_model_needs(text) == lex.topic_journeys_model_min < lex.topic_model_min
    assert lex.topic_journeys_model_min <= lex.topic_probability(text) < lex.topic_model_min
    assert lex.on_topic(text)
    assert not lex.for_document(text).is_off_topic
    # the model alone is not sure enough of it
    assert not _without(lex).on_topic(text)


@pytest.mark.parametrize("text", list(_OFF.values()), ids=list(_OFF))
def test_trips_and_festivals_stay_off_topic(lex, text):
    text += _CALM
    assert not lex.on_topic(text)
    assert lex.for_document(text) is lex.off_topic
    assert lex.topic_probability(text) < lex.topic_journeys_model_min


def test_one_journey_or_two_in_one_sentence_leave_the_bar(lex):
    once = "The young men of the island left for Harlow to work in the shipyards." + _CALM
    assert lex.journeys_told(once, 5) == 1
    assert lex.topic_model_needs(once) == lex.topic_model_min
    one_sentence = ("The young men of the island left for Harlow, and an old woman was taken home to "
                    "Skarra." + _CALM)
    assert lex.journeys_told(one_sentence, 5) == 1
    assert lex.topic_model_needs(one_sentence) == lex.topic_model_min


def test_a_journey_beside_an_animal_word_is_not_counted(lex):
    # (topic_not_near: the herd's move is no people's)
    text = ("The herders moved the elephants to Marbeck. The families left for Castrell on the same day." + _CALM)
    assert lex.journeys_told(text, 5) == 0


def test_the_journeys_settings_are_read_from_cues_toml(lex):
    import tomllib
    from importlib.resources import files

    data = tomllib.loads(files("geomig.picture").joinpath("cues.toml").read_text("utf-8"))["document"]
    assert 0 < lex.topic_journeys_model_min == data["topic_journeys_model_min"] < lex.topic_model_min
    # a threshold of 0 leaves the model's own bar
    assert _without(lex).topic_model_needs(_ISLAND + _CALM) == lex.topic_model_min
