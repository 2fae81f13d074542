"""Texts whose movers are no people on the move give no migration picture, while a report of
people who migrate keeps its picture ([document] topic_not_near, topic_other; [settings]
conveyances_off_topic):

- firms, money, machines, data, animals or a museum's collection that "flee", "migrate",
  "relocate" or "cross into" a place; people moved with them keep the picture;
- holidaymakers, shoppers, pupils on a trip, a sports team and its fans or migrating birds;
  migrants keep the picture, tourists named beside them or not.

Paragraphs written for these tests."""

from __future__ import annotations

import pytest

from geomig.picture import cues
from extract_helpers import picture, roles


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


# ---- holidaymakers, shoppers, pupils, teams and birds: other travellers --------------------

#: Trips that end where they began, told in the words of arrivals and crossings.
TRIPS = {
    "easter-break": (
        "Roads out of the capital were jammed on Thursday as families left for the Easter break. Officials "
        "expected two million trips by road, many of them crossing into the neighbouring country for the "
        "beaches. Hotel occupancy on the coast reached 90 percent, the tourism board said."),
    "day-trippers": (
        "Thousands of shoppers crossed into the border town on Saturday to buy cheap fuel and cigarettes, "
        "as they do most weekends. Day-trippers filled the markets, and the queues at the bridge stretched "
        "for two kilometres."),
    "school-trip": (
        "Thirty pupils and three teachers left by coach on Monday for a week-long school trip. The group "
        "will cross into the next country through the mountain tunnel and visit two museums before the "
        "pupils come home on Saturday, the headteacher said."),
    "football-team": (
        "The national football team flew out on Sunday for the qualifying match, and some 2,000 fans crossed "
        "into the host country by road to support it. The players will return home on Friday."),
    "ospreys": (
        "The tagged osprey left her nest in August and crossed the mountains a week later. Her migration "
        "took her over the strait and down the coast, where birdwatchers photographed her. Ospreys winter "
        "along this coast, and the birds return north in spring."),
    "tourist-statistics": (
        "Foreign arrivals reached a record 14 million in the first nine months, the statistics office said. "
        "Visitors from the north rose 12 percent, some 640,000 people crossed into the country by road, and "
        "new arrivals by air doubled after the airlines opened direct routes."),
    "christmas-travel": (
        "Millions of people left the big cities over Christmas, filling buses and domestic flights. Bus "
        "operators said three million passengers travelled in the week before Christmas, and many crossed "
        "into the neighbouring country to visit relatives."),
}


#: A trip told only by its time ("over Christmas", "the week before
#: Christmas") names no other mover: the same words tell migrants crossing over Christmas
#: (tests/test_picture_topic_other_words_and_officials_back.py), so this one is no longer ruled out.
_TIME_ONLY = {"christmas-travel"}


@pytest.mark.parametrize("text", [pytest.param(t, marks=pytest.mark.xfail(strict=True, reason="told only by its time"))
                                  if k in _TIME_ONLY else t for k, t in TRIPS.items()], ids=list(TRIPS))
def test_trips_and_travellers_are_no_migration(lex, text):
    assert not lex.on_topic(text)


def test_holiday_travel_draws_no_roles():
    text = ("Airports handled a record number of holidaymakers over the summer. More than a million people "
            "flew from Rome to Malta, Greece and Turkey for the school holidays, and ferries from Sicily to "
            "Tunisia were full. Tour operators said trips to Morocco and Spain had doubled, and thousands "
            "crossed into Tunisia for the beaches of Sfax.")
    assert roles(picture(text)) == {}


#: Reports about people who migrate keep their picture, tourists or trips named beside them.
MIGRANTS = {
    # tourists watch a landing: the people landed are the story
    "landing-at-a-resort": (
        "Tourists on the island watched as coastguard boats brought 150 refugees into the harbour on Sunday. "
        "The refugees had left the opposite coast in rubber dinghies before dawn. Holidaymakers gave water "
        "to the families, who were taken to a reception centre."),
    # workers hired for the hotels tourists fill
    "hotel-workers": (
        "Hotels on the coast have hired 9,000 workers from abroad this summer because local staff have "
        "left for jobs overseas. The workers arrived on work visas, and tourists fill the beaches they clean. "
        "Many of the migrant workers send money home to their families."),
    # a school trip named once as a past, then children who fled
    "pupils-who-fled": (
        "The pupils had last been on a school trip in spring. In June their families fled the fighting and "
        "crossed into the neighbouring country, where the refugees now live in tents at a reception camp "
        "and the children are taught by volunteers."),
}


@pytest.mark.parametrize("text", list(MIGRANTS.values()), ids=list(MIGRANTS))
def test_migrants_beside_travellers_keep_the_topic(lex, text):
    assert lex.on_topic(text)


def test_a_landing_watched_by_tourists_keeps_its_roles():
    text = ("Tourists watched on Sunday as coastguard boats brought 300 migrants to Lampedusa. The "
            "migrants, mostly from Eritrea and Sudan, had left Zuwara on Friday. Hotel owners "
            "said holiday bookings had not fallen despite the arrivals.")
    got = roles(picture(text))
    assert "launch_point" in got.get("Zuwara", set())
    assert "origin" in got.get("Eritrea", set())
