"""The [document] gate's topic_livelihood (Lexicon.topic_model_needs): people moving to live or
work somewhere else, told in several sentences, let the learned topic check pass a text at a
lower probability; one such sentence, or a text the model finds far from migration (a tour, an
away trip, an office moving, a holiday, a commuter), does not. Paragraphs written for these
tests; none says "migrant", "refugee" or "asylum"."""

from __future__ import annotations

import dataclasses

import pytest

from geomig.picture import cues

#: Filler that makes a text long (past [document] short_chars) and says nothing.
_CALM = " The weather was mild and the market was busy all week long." * 20


@pytest.fixture(scope="module")
def lex() -> cues.Lexicon:
    return cues.default()


def _without_livelihood(lex: cues.Lexicon) -> cues.Lexicon:
    """The gate as it was before topic_livelihood."""
    return dataclasses.replace(lex, topic_livelihood=None)


_ON = {
    # porters: young women going south to the markets, home for the planting, sent back
    "market-porters": (
        "Every year after the harvest the young women of the northern villages leave for the coast. "
        "They work as porters in the big markets, carrying loads of onions and tomatoes on their heads for "
        "traders. Amina left her village in October with three friends. A minibus took them to Ravensby, and "
        "from there they took the night bus to Port Selden. Two of the women stayed in Ravensby with an aunt; "
        "Amina went on to Port Selden, where she sleeps in a shed near the market with eleven other girls and "
        "pays the owner each night. In May she came home to Dunmere for the planting and bought a sewing "
        "machine with her savings. Social welfare officers at the bus station sent twenty girls back to their "
        "villages last month because they were too young to travel alone. Amina says she will go back to Port "
        "Selden after the festival, because there is no work at home in the dry season."),
    # an obituary: a man who went abroad for work, his family flown to join him, moved on
    "obituary": (
        "Tomas Reyes, who drove a forklift at the Harlow docks for thirty years and coached boys' football on "
        "Saturdays, died on Tuesday. He was 71. He was born in Valcaro, a fishing town, the eldest of six "
        "children. At nineteen he left home and went to Harlow to find work, sleeping on a cousin's floor "
        "until he found a job at the docks. In 1979 his wife and their two daughters flew from Valcaro to join "
        "him, and the family rented a room above a bakery. He sent part of his wages to his mother every month "
        "and went home to Valcaro each summer for the fiesta. When the docks closed, the family moved on to "
        "Brenton, where he worked nights at a warehouse. He is survived by his wife, his daughters and five "
        "grandchildren. He will be buried in Valcaro."),
    # a man and his sons leaving a closed mine for building sites in the city, then further
    "miner-and-sons": (
        "When the mine at Castrell closed, Jonas Vell and his two sons packed what they could carry. They went "
        "to Marbeck to look for work on the building sites, and for a year the three of them shared one room "
        "near the station. The boys found jobs at a cement works in Marbeck; their father laid bricks six days "
        "a week. In the winter the family moved on to Ostrand, where a cousin had a flat and the pay was "
        "better. Jonas went back home to Castrell only once, for his mother's funeral."),
}


@pytest.mark.parametrize("text", list(_ON.values()), ids=list(_ON))
def test_people_moving_to_live_or_work_elsewhere_are_about_migration(lex, text):
    text += _CALM
    for word in ("migra", "refugee", "asylum"):
        assert word not in text.lower()
    assert not lex.topic_by_rules(text)
    assert lex.topic_model_needs(text) == lex.topic_livelihood_model_min < lex.topic_model_min
    assert lex.on_topic(text)
    assert not lex.for_document(text).is_off_topic


@pytest.mark.parametrize("name", ["obituary", "miner-and-sons"])
def test_only_topic_livelihood_lets_through_what_the_model_alone_is_unsure_of(lex, name):
    # (the porters' story, once among these, the model refitted on reports 1-744 passes alone)
    text = _ON[name] + _CALM
    assert lex.topic_probability(text) < lex.topic_model_min
    assert not _without_livelihood(lex).on_topic(text)


_OFF = {
    # a band on tour: flying city to city, a musician home for a night, home to record
    "band-tour": (
        "The band left Harlow on Friday for a tour of twelve cities. They flew to Berlin for the first show "
        "and went on to Prague, where fans had queued since dawn for tickets. The drummer went home to Leeds "
        "for a night between shows to see his newborn son. The crew moved the stage to Budapest overnight, "
        "and the tour ends in Madrid next month, when the band goes back home to Harlow to record a new "
        "album. Critics praised the lights and the new songs."),
    # a team's away trip: flown out and back, a player home for a day
    "away-trip": (
        "The team flew to Lisbon on Tuesday for the second leg of the cup tie, with two defenders still "
        "injured. The players trained at the stadium on Wednesday evening, and the coach said the squad would "
        "stay in a hotel by the sea. After the match the team flew back home to Manchester, where the fans "
        "met them at the airport. The striker, who grew up in Porto, went home to Porto for a day to see his "
        "family before rejoining the squad for the league game on Saturday."),
    # a company moving its headquarters, staff moving with it to work there
    "headquarters": (
        "The insurer will move its headquarters from London to Dublin next year, the company said on Monday. "
        "About 300 staff will be offered jobs in Dublin, and those who move to Dublin to work at the new "
        "office will get help with rent for a year. Staff who found work in London at the old office may "
        "stay there. The chief executive said the move would cut costs, and shares rose two percent."),
    # a family holiday: flights, a train, home again
    "holiday": (
        "We flew from Bristol to Faro in the first week of June and picked up a hire car at the airport. The "
        "children loved the beaches near Lagos, and we took the train to Lisbon for two days of museums and "
        "custard tarts. My husband went on to Porto for a wine tour while I stayed with the children by the "
        "pool. We came home to Bristol sunburnt and happy, and we have already booked the same villa for "
        "next summer."),
    # a commuter: to work in the capital by train, home each evening
    "commuter": (
        "Every morning she takes the 6.40 train from Reading to London, where she works at a bank near "
        "Liverpool Street. The journey takes under an hour on a good day, but strikes and signal failures "
        "have made it much longer this winter. In the evening she goes back home to Reading in time to put "
        "her children to bed. She says she would like to live and work in Reading one day, but the jobs are "
        "in London. Rail fares will rise by five percent in March."),
}


@pytest.mark.parametrize("text", list(_OFF.values()), ids=list(_OFF))
def test_travel_for_work_or_pleasure_stays_off_topic(lex, text):
    text += _CALM
    assert not lex.on_topic(text)
    assert lex.for_document(text) is lex.off_topic
    # the model finds them far from migration, however often they are told
    assert lex.topic_probability(text) < lex.topic_livelihood_model_min


def test_several_journeys_home_lower_the_bar_a_single_one_does_not(lex):
    # (the band's and the holiday's: told two or more times, the model still keeps them off)
    assert lex.topic_model_needs(_OFF["band-tour"] + _CALM) == lex.topic_livelihood_model_min
    assert lex.topic_model_needs(_OFF["holiday"] + _CALM) == lex.topic_livelihood_model_min
    once = "At nineteen he went to Harlow to find work and stayed there." + _CALM
    assert lex.topic_model_needs(once) == lex.topic_model_min
    # twice in one sentence is told once
    one_sentence = "He went home to Valcaro and then went home to Harlow, where he found work in Brenton." + _CALM
    assert lex.topic_model_needs(one_sentence) == lex.topic_model_min


@pytest.mark.parametrize("sentence, told", [
    ("She found a job making beds at a hotel in Tumbridge.", True),
    ("He moved to Castrell to work in the mine.", True),
    ("The treaty lets citizens live and work in Marbeck.", True),
    ("The girls were sent back to their villages.", True),
    ("Twelve of them were driven home to Kestrava.", True),
    ("I continued to Port Selden on the night bus.", True),
    ("She found the keys in the kitchen.", False),
    ("He went to work early on Monday.", False),
    ("The parcel was sent back to the shop.", False),
])
def test_the_livelihood_pattern_reads_moves_to_live_or_work(lex, sentence, told):
    assert (lex.topic_livelihood.search(sentence) is not None) is told


def test_the_livelihood_settings_are_read_from_cues_toml(lex):
    import tomllib
    from importlib.resources import files

    data = tomllib.loads(files("geomig.picture").joinpath("cues.toml").read_text("utf-8"))["document"]
    assert lex.topic_livelihood_min == data["topic_livelihood_min"] >= 2
    assert 0 < lex.topic_livelihood_model_min == data["topic_livelihood_model_min"] < lex.topic_model_min
    # a threshold of 0 leaves the model's own bar (its journeys told in two sentences would lower it
    # to topic_journeys_model_min: that is off too)
    off = dataclasses.replace(lex, topic_livelihood_model_min=0.0, topic_journeys_model_min=0.0)
    assert off.topic_model_needs(_ON["obituary"] + _CALM) == lex.topic_model_min


def test_the_audit_names_the_lower_bar_a_livelihood_text_passed_at(lex):
    from geomig.audit.gate import MODEL, OFF, gate_decisions
    from geomig.models import GeocodedDocument
    from geomig.picture import Picture, topic

    text = _ON["obituary"] + _CALM
    p = lex.topic_probability(text)
    passed = Picture(meta={topic.CUE: {"obit.txt": p}})
    g, = gate_decisions([GeocodedDocument("obit.txt", text, ())], passed, lex)
    assert g.decision == MODEL and g.model_min == lex.topic_livelihood_model_min
    assert f"passes at {lex.topic_livelihood_model_min:.2f}" in g.why
    # off topic without the rule: the model's own bar is named
    g, = gate_decisions([GeocodedDocument("obit.txt", text, ())], Picture(), _without_livelihood(lex))
    assert g.decision == OFF and g.model_min == lex.topic_model_min
