"""Texts where firms, money, machines, data, animals or a museum's
collection "flee", "migrate", "relocate" or "cross into" a place give no migration picture
([document] topic_not_near, topic_other; [settings] conveyances_off_topic), while a report of
people moved with them keeps its picture. Paragraphs written for these tests."""

from __future__ import annotations

import pytest

from geomig.picture import cues
from tests.extract_helpers import picture, roles


@pytest.fixture(scope="module")
def lex() -> cues.Lexicon:
    return cues.default()


#: Things, firms and animals told in the words of people on the move: no one moves.
THINGS_MOVED = {
    "firms-exodus": (
        "An exodus of companies from the old port city has gathered pace this year. Banks and insurers fled "
        "the new tax rules, and investors fled as well, selling their shares. Economists said the migration "
        "of capital to the south would go on for years."),
    "factories-fleeing": (
        "Manufacturers are fleeing the coast for cheaper provinces inland. The factories relocated over the "
        "winter, and the machines crossed into the next province by rail. A flight of supply chains is "
        "under way, the chamber of commerce said."),
    "capital-flight": (
        "Capital flight has worsened since the election. Savers moved their deposits to foreign banks, and "
        "funds are fleeing the bond market, the central bank said on Monday."),
    "museum-collection": (
        "The gallery's collections were relocated to a warehouse while the roof is repaired, and the "
        "evacuation of the paintings took three weeks. The crates crossed the river on a barge."),
    "zoo-animals": (
        "The pandas were flown home at the end of their loan, and the gorillas will be moved to a new park "
        "next spring. The keepers said the animals had settled well."),
    "buildings": (
        "The medieval church was moved stone by stone to a new site, and the old lighthouse was relocated "
        "inland away from the eroding cliff. Engineers said both buildings crossed the valley on rails."),
    "call-centres-and-records": (
        "The company will relocate its call centres abroad next year and move its servers to a data centre "
        "overseas. The migration of its records will take six months, the firm said."),
    "herds": (
        "Hundreds of elephants crossed into the neighbouring park this month, fleeing the drought, and the "
        "herds migrated north along the river. Rangers said the animals would return when the rains came."),
}


@pytest.mark.parametrize("text", list(THINGS_MOVED.values()), ids=list(THINGS_MOVED))
def test_things_moved_are_no_migration(lex, text):
    assert not lex.topic_by_rules(text)
    assert not lex.on_topic(text)


#: People moved with the firm or fleeing after it: the report keeps its topic.
PEOPLE_MOVED = {
    # workers follow the factory abroad on work visas
    "workers-follow": (
        "The carmaker relocated its plant across the border, and about 150 engineers moved with it on work "
        "visas. Their families followed them a month later."),
    # a firm's closure, then people flee: the thing is no subject of the topic word
    "after-closure": (
        "When the factories closed and the banks ran out of cash, thousands of families fled to the "
        "neighbouring country, where refugees now sleep in tents."),
    # a firm named beside migrants: migrant workers employed by companies
    "migrant-workers": (
        "Companies in the region employ thousands of migrant workers, and many of the refugees who arrived "
        "last year now work in the factories."),
}


@pytest.mark.parametrize("text", list(PEOPLE_MOVED.values()), ids=list(PEOPLE_MOVED))
def test_people_moved_with_things_keep_the_topic(lex, text):
    assert lex.topic_by_rules(text)


def test_a_denied_people_move_does_not_make_things_people(lex):
    # hedged and denied: the firm "may relocate", nobody fled; still firms only
    text = ("The bank may relocate its headquarters abroad next year, but no staff will move. Investors have "
            "not fled, the chairman said, and the company is not migrating its records.")
    assert not lex.on_topic(text)


def test_firm_moved_between_countries_gives_no_roles():
    pic = picture("The factories relocated from Tunisia to Morocco over the winter, and the machines crossed "
                  "into Morocco by ship. The company said production in Tunisia would end in May.")
    assert roles(pic) == {}


def test_data_and_servers_moved_abroad_give_no_roles():
    pic = picture("The bank's records were moved abroad when its servers were migrated from Italy to Spain. "
                  "The data crossed into Spain over a fibre link, and customers in Rome saw no outage.")
    assert roles(pic) == {}


def test_people_moved_with_the_factory_keep_their_roles():
    # distractor: the factory moves too, but the workers are migrants with a route of their own
    pic = picture("The factory relocated from Tunisia to Morocco, and 200 Tunisian workers followed it. "
                  "Migrants from Nigeria crossed from Morocco to Spain by boat this week.")
    got = roles(pic)
    assert "destination" in got.get("Spain", set())
    assert got.get("Nigeria") == {"origin"}
