"""The [document] gate's topic_era_model_min (Lexicon.topic_model_needs, venue_bar): a text
told of a past era (story.of_past_era: most of its dates in one, no frame of now) is a history
column's, a museum's or an archive's, and the removal it tells in its period's words ("were
marched to", "were settled at") passes the learned check at a lower bar. The same removal
recalled in a report of now, and a history of something other than people moving, stay off
topic. Paragraphs written for these tests; none says "migrant", "refugee" or "deported"."""

from __future__ import annotations

import dataclasses

import pytest

from geomig.picture import cues, story

# a heritage trail's stop telling a valley's people removed, in the words of its period
_REMOVAL = (
    "Heritage trail, stop 6: the removal of the valley people. In the spring of 1836 the governor's "
    "soldiers went from farm to farm along the Brenn valley and gave each family a day to leave their homes. "
    "The families were marched to a stockade at Oldford, where officers wrote their names on rolls, and "
    "held there for weeks behind log walls. In May 1836 they were put on flatboats down the river to "
    "Kettering Landing, and from there the exiles walked west for four months under escort. Hundreds "
    "died on the road of fever and cold. The survivors were settled at Marrow Creek, in what is now the "
    "state of Dunmore, in the winter of 1837, and rebuilt their council house there. A few families hid "
    "in the hills and were never found; their farms were sold at auction in 1838. Letters the exiles "
    "wrote home are kept in the county archive. Continue along the path to stop 7, the old mill.")

# the same removal recalled in a report of now (a memorial unveiled): recent times named more often
_RECALLED = (
    "Descendants of the Brenn valley families gathered at Oldford on Saturday, the county said this week, "
    "to unveil a memorial. Today about 300 of them live in Dunmore, and many drove through the night to "
    "be there. In the spring of 1836 their ancestors were marched to a stockade at Oldford, put on flatboats "
    "in May 1836 and settled at Marrow Creek in the winter of 1837. The memorial was paid for by a "
    "collection in 2024, and the county said on Monday that a visitor centre will open in 2026. Speakers "
    "now hope the valley's school will teach the story, and the mayor said the day was overdue.")

# a history of the same era that moves no one: a bridge cast, carried by barge, rebuilt
_BRIDGE = (
    "Heritage trail, stop 2: the iron bridge. In 1836 the county ordered a bridge over the Brenn at "
    "Oldford. The ironwork was cast in 1837 at a foundry downriver and carried up by barge, and the "
    "bridge opened to carts in the autumn of 1838. It carried the mail coach until 1911, when a stone "
    "bridge replaced it upstream. Its original railings are kept in the old mill. Engineers from the "
    "county inspected it every spring, and in 1852 its deck was rebuilt in oak after a flood carried "
    "away two spans. Continue along the path to stop 3, the toll house.")


@pytest.fixture(scope="module")
def lex() -> cues.Lexicon:
    return cues.default()


def test_a_removal_told_of_its_own_era_is_about_migration(lex):
    assert story.of_past_era(_REMOVAL, lex)
    assert not lex.topic_by_rules_kept(_REMOVAL)     # (no topic word the rules count)
    assert lex.topic_era_model_min <= lex.topic_probability(_REMOVAL) < lex.topic_model_min
    assert lex.on_topic(_REMOVAL)
    assert not lex.for_document(_REMOVAL).is_off_topic
    # without the era's bar the learned check alone leaves it off topic
    assert not dataclasses.replace(lex, topic_era_model_min=0.0).on_topic(_REMOVAL)


def test_the_same_removal_recalled_in_a_report_of_now_stays_off_topic(lex):
    assert not story.of_past_era(_RECALLED, lex)
    # the check leans as far toward migration as for the trail's panel, but the text is of now
    assert lex.topic_probability(_RECALLED) >= lex.topic_era_model_min
    assert not lex.on_topic(_RECALLED)


def test_a_history_that_moves_no_one_stays_off_topic(lex):
    assert story.of_past_era(_BRIDGE, lex)
    assert lex.topic_probability(_BRIDGE) < lex.topic_era_model_min
    assert not lex.on_topic(_BRIDGE)


@pytest.mark.parametrize("text, past", [
    ("In 1290 the king ordered them out; in 1306 France did the same; a charter of 1275 had warned them.", True),
    ("They were sent in 1838 to what is now Oklahoma; a fort built in 1839 and rebuilt in 1845 is now a park.",
     True),
    ("In 1838 they were sent west, in 1839 they arrived, in 1845 they moved again; now, in 2025, "
     "their descendants meet today and on Sunday.", False),
], ids=["medieval-years", "present-name-of-a-place", "present-frame"])
def test_medieval_years_and_present_names_of_places_in_a_past_era(lex, text, past):
    assert story.of_past_era(text, lex) is past


def test_the_era_bar_is_read_from_cues_toml(lex):
    import tomllib
    from importlib.resources import files

    data = tomllib.loads(files("geomig.picture").joinpath("cues.toml").read_text("utf-8"))["document"]
    assert 0 < lex.topic_era_model_min == data["topic_era_model_min"] < lex.topic_venue_model_min
