"""The [document] gate's topic_venue (Lexicon.others_are_venues, topic_by_model): a museum's
own panels telling people moved name the museum and its exhibition again and again, and those
are other movers (topic_other) that prevail over the few migration words; where they are the
only other movers, the learned check passes the text at topic_venue_model_min. A review of a
show, objects lent, or a museum beside other movers stays off topic. Paragraphs written for
these tests; none says "migrant", "refugee" or "asylum"."""

from __future__ import annotations

import dataclasses

import pytest

from geomig.picture import cues

#: Filler that makes a text long (past [document] short_chars) and says nothing.
_CALM = " The weather was mild and the market was busy all week long." * 20

# a museum gallery's text: a glen cleared, families moved to the coast, others shipped abroad
_PANELS = (
    "Gallery 3 of the Kelso Museum: the emptying of the glen. In 1820 about four hundred people farmed the glen "
    "in six small townships. In 1841 the landlord let the whole glen to a sheep farmer. The tenants were given "
    "notices to quit, and the factor's men pulled down the roofs so that no family could return. Most families "
    "were moved to crofts on the coast, where they were expected to fish. Others walked to Harlow to find work "
    "in the mills, and in 1843 a ship took two hundred of them from Brennock to Halifax, in Nova Scotia. The "
    "museum's second room shows the tools they left behind. Their grandchildren later settled on farms near "
    "Truro. This exhibition was made with the help of their descendants.")

_OFF = {
    # a review of a show: objects lent and shipped, a show on tour
    "review": (
        "The new exhibition at the Kelso Museum is a quiet triumph. The curators have borrowed a spinning wheel "
        "and two chests from a museum in Halifax, shipped across in a sealed crate, and laid them beside letters "
        "written home in the 1840s. Visitors move through three rooms of paintings and maps. The exhibition "
        "closes in March and then travels to Halifax. Tickets cost eight pounds."),
    # a museum's school trips: pupils bussed in, other movers than the venue
    "school-trips": (
        "The museum welcomed its millionth visitor on Monday. Pupils from schools across the county arrive by "
        "bus every morning for the new exhibition on the history of the railway, and the museum's cafe has "
        "doubled its staff. School trips are booked until June. The exhibition closes in the autumn."),
}


@pytest.fixture(scope="module")
def lex() -> cues.Lexicon:
    return cues.default()


def test_a_museums_panels_telling_people_moved_are_about_migration(lex):
    text = _PANELS + _CALM
    for word in ("migra", "refugee", "asylum"):
        assert word not in text.lower()
    assert lex.others_prevail(text) and lex.others_are_venues(text)
    assert lex.topic_venue_model_min <= lex.topic_probability(text) < lex.topic_model_min
    assert lex.on_topic(text)
    assert not lex.for_document(text).is_off_topic
    # without the rule, the museum's words keep it off topic
    assert not dataclasses.replace(lex, topic_venue_model_min=0.0).on_topic(text)


@pytest.mark.parametrize("text", list(_OFF.values()), ids=list(_OFF))
def test_shows_lent_objects_and_school_trips_stay_off_topic(lex, text):
    text += _CALM
    assert not lex.on_topic(text)
    assert lex.topic_probability(text) < lex.topic_venue_model_min


def test_only_museum_and_exhibition_words_are_venues(lex):
    assert lex.others_are_venues("The museum opened an exhibition; the museums of the region lent to it.")
    # pupils and a school trip are other movers beside the museum
    assert not lex.others_are_venues(_OFF["school-trips"])
    assert not lex.others_are_venues("The weather was mild.")     # (no other movers at all)


def test_the_venue_settings_are_read_from_cues_toml(lex):
    import tomllib
    from importlib.resources import files

    data = tomllib.loads(files("geomig.picture").joinpath("cues.toml").read_text("utf-8"))["document"]
    assert 0 < lex.topic_venue_model_min == data["topic_venue_model_min"] < lex.topic_model_min
    assert lex.topic_venue is not None and lex.topic_venue.fullmatch("Exhibitions")


def test_the_audit_names_the_bar_a_museums_panels_passed_at(lex):
    from geomig.audit.gate import MODEL, _decision

    # (the panels' years are of a past era, whose lower bar is test_picture_topic_era's: left off here)
    lex = dataclasses.replace(lex, topic_era_model_min=0.0)
    text = _PANELS + _CALM
    p = lex.topic_probability(text)
    assert lex.topic_model_bar(text, p) == lex.topic_venue_model_min
    decision = _decision("panels.txt", text, {"panels.txt": p}, lex)
    assert decision.decision == MODEL and decision.model_min == lex.topic_venue_model_min
    # a text passed at the model's own bar keeps that bar
    assert lex.topic_model_bar(text, lex.topic_model_min) == lex.topic_model_min
