"""The [document] gate's topic_evacuees_model_min (Lexicon.topic_model_needs, evacuees_told):
people evacuated or sheltered from a flood, a fire or an eruption, told in topic_evacuees_min
different sentences ("evacuees", "evacuation centres", "residents were evacuated"), let the
learned topic check pass a text at a lower bar; one such sentence, a drill, a storm's track or
aid sent tell none, and keep the model's own bar. Paragraphs written for these tests; none
says "migrant", "refugee" or "asylum"."""

from __future__ import annotations

import dataclasses

import pytest

from geomig.picture import cues

#: Filler that makes a text long (past [document] short_chars) and says nothing.
_CALM = " The weather was mild and the market was busy all week long." * 20

#: A probability between the evacuees' bar and the model's own (the check's lean, not its word).
_UNSURE = 0.9

_TOLD = {
    # a flood: residents evacuated, evacuees bussed to a school
    "flood": ("After the river burst its banks, residents of Marbeck were evacuated before dawn. The evacuees "
              "were taken by bus to schools in Castrell, where volunteers register each family."),
    # a wildfire: an evacuation order, people at an evacuation centre
    "fire": ("The wildfire forced an evacuation order for the whole valley. By night 3,000 people had reached "
             "the evacuation centre at the Castrell arena."),
    # an eruption: families displaced, emergency shelters opened
    "eruption": ("Ash fell on the slopes all night and the displaced families came down on foot. The town "
                 "opened two emergency shelters in its schools."),
}

_QUIET = {
    # a drill: the same words beside "drill" (topic_not_near)
    "drill": ("The evacuation drill in Marbeck went well. Evacuees walked up the hill in twelve minutes, and "
              "the drill ended at noon."),
    # a storm's track and aid sent: no one evacuated
    "storm": ("The storm moved to Castrell on Tuesday and weakened over land. Aid was sent to Marbeck and "
              "rescuers were flown in from the capital."),
    # denied: no one was evacuated, no one displaced
    "denied": ("Residents of Marbeck were not evacuated, the mayor said. The river stayed below the dykes "
               "all week."),
    # a relocation only planned, once
    "planned": "The council plans to move the village to higher ground. Nothing has been decided.",
}


@pytest.fixture(scope="module")
def lex() -> cues.Lexicon:
    return cues.default()


def _without(lex: cues.Lexicon) -> cues.Lexicon:
    """The gate as it was before topic_evacuees_model_min."""
    return dataclasses.replace(lex, topic_evacuees_model_min=0.0)


@pytest.mark.parametrize("text", list(_TOLD.values()), ids=list(_TOLD))
def test_people_evacuated_told_twice_lower_the_models_bar(lex, text):
    text += _CALM
    for word in ("migra", "refugee", "asylum"):
        assert word not in text.lower()
    assert lex.evacuees_told(text)
    assert lex.topic_model_needs(text, _UNSURE) == lex.topic_evacuees_model_min < lex.topic_model_min
    # the model alone is not sure enough of it
    assert _without(lex).topic_model_needs(text, _UNSURE) == lex.topic_model_min


@pytest.mark.parametrize("text", list(_QUIET.values()), ids=list(_QUIET))
def test_drills_storms_denials_and_plans_keep_the_models_bar(lex, text):
    text += _CALM
    assert not lex.evacuees_told(text)
    assert lex.topic_model_needs(text, _UNSURE) == lex.topic_model_min


def test_evacuees_in_one_sentence_are_not_enough(lex):
    once = "The evacuees were taken by bus to the evacuation centre at Castrell." + _CALM
    assert not lex.evacuees_told(once)
    assert lex.topic_model_needs(once, _UNSURE) == lex.topic_model_min


def test_the_model_far_from_migration_is_not_passed(lex):
    # the lower bar is still a bar: a text the check finds far from migration stays out
    text = _TOLD["flood"] + _CALM
    assert lex.topic_model_needs(text, 0.3) == lex.topic_model_min


def test_the_evacuees_settings_are_read_from_cues_toml(lex):
    import tomllib
    from importlib.resources import files

    data = tomllib.loads(files("geomig.picture").joinpath("cues.toml").read_text("utf-8"))["document"]
    assert 0 < lex.topic_evacuees_model_min == data["topic_evacuees_model_min"] < lex.topic_model_min
    assert lex.topic_evacuees_min == data["topic_evacuees_min"] >= 2
