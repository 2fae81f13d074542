"""Roles: where people come from: people driven,
forced or displaced from their homes in a place, told in the active voice with the people between
(origin.driven_from_homes: "the war drove 60,000 people from their homes in X"); a place's
people named as such and moved ("the people of X were resettled", "the fire displaced 12,000
residents of X", "most of those crossing were residents of X", "X families reach Y":
origin.community_of_moved); and
people named by a trade or standing, then where they are from, maybe with the kind of place
("farmers from the provinces of X, Y and Z", "fishermen from villages such as X":
origin.folk_from).
Each is tested with negation or hedging and distractors (rebels driven from positions, a firm's
mines, people of a place who only speak or help, goods, armed men).

Sentences written for these tests; geocoded by the tiny fixture gazetteer
(tests/extract_helpers.py) with its Andean places added."""

from __future__ import annotations

import pytest
from extract_helpers import origin_claims_at as claims_at
from extract_helpers import reported_role_of as role_of


pytestmark = pytest.mark.usefixtures("andean_places")


# ---- origin.driven_from_homes ------------------------------------------------------------

@pytest.mark.parametrize("text, place", [
    ("The war drove an estimated 60,000 people from their homes in Oruro.", "Oruro"),
    ("The floods forced thousands of families from their homes in Oruro and Potosi.", "Potosi"),
    ("Fighting has displaced 20,000 people from their villages around Uyuni since May.", "Uyuni"),
    ("Gangs drove hundreds of families from their homes in Oruro to camps in Salta.", "Oruro"),
    ("Drought is pushing families out of their villages in Potosi province.", "Potosi"),
], ids=["war-drove", "floods-forced-list", "displaced-villages-around", "with-a-leg-on", "out-of-region"])
def test_people_driven_from_their_homes_in_a_place_come_from_it(text, place):
    assert role_of(text, place) == {"origin"}


@pytest.mark.parametrize("text, place", [
    ("The war did not drive anyone from their homes in Oruro.", "Oruro"),
    # not people's homes: fighters' positions, a firm's mines
    ("The army drove the rebels from their positions in Oruro.", "Oruro"),
    ("The drought forced the company to close its mines in Oruro.", "Oruro"),
], ids=["negated", "rebels-positions", "company-mines"])
def test_no_origin_from_a_denial_or_no_homes(text, place):
    assert "origin" not in role_of(text, place)


def test_a_hedged_drive_from_homes_stays_hedged():
    claims = claims_at("The floods may have driven thousands of families from their homes in "
                       "Oruro, officials said.", "Oruro")
    assert claims and all(c.hedged for c in claims)


# ---- origin.community_of_moved ------------------------------------------------------------

@pytest.mark.parametrize("text, place", [
    ("The people of Oruro and Potosi were evacuated to Salta.", "Potosi"),
    ("The entire population of Oruro, a town of 40,000 people, was forced out by armed groups "
     "in 2011.", "Oruro"),
    ("In 2014 the 26 households of Uyuni moved two kilometres inland to new houses.", "Uyuni"),
    ("The mudslide displaced roughly 12,000 residents of Oruro in a single night.", "Oruro"),
    ("Most of those crossing at night were residents of Potosi, officials in Salta said.", "Potosi"),
], ids=["people-of-evacuated", "population-aside-forced-out", "households-moved",
        "displaced-residents-of", "crossers-were-residents"])
def test_a_places_people_who_moved_come_from_it(text, place):
    assert role_of(text, place) == {"origin"}


@pytest.mark.parametrize("text, place", [
    ("The people of Oruro were not evacuated, the mayor said.", "Oruro"),
    # the people of a place who only speak, help or stay, and a government moving offices
    ("Residents of Oruro say the mayor has done nothing.", "Oruro"),
    ("The people of Oruro opened their homes to the families who fled.", "Oruro"),
    ("The government of Oruro relocated its offices to Salta.", "Oruro"),
], ids=["negated", "residents-speak", "people-help", "government-moved"])
def test_no_origin_for_a_places_people_who_did_not_move(text, place):
    assert "origin" not in role_of(text, place)


@pytest.mark.parametrize("text, place", [
    ("Shelling empties border villages; Oruro families reach Salta after a night on the road.", "Oruro"),
    ("Several thousand Potosi residents have left the city for Salta since the floods.", "Potosi"),
    ("Uyuni residents, who were themselves evacuated on Sunday, are asked not to return.", "Uyuni"),
], ids=["families-reach", "residents-left", "residents-aside-evacuated"])
def test_a_places_people_named_by_it_who_moved_come_from_it(text, place):
    assert role_of(text, place) == {"origin"}


@pytest.mark.parametrize("text, place", [
    # hosts: the place's people welcome or speak, they do not move
    ("Salta residents welcomed the families arriving from the villages.", "Salta"),
    ("Oruro families say they will never leave the valley.", "Oruro"),
    # denied
    ("Potosi residents were not evacuated, the mayor said.", "Potosi"),
], ids=["hosts-welcome", "families-say", "negated"])
def test_no_origin_for_a_places_people_named_by_it_who_stayed(text, place):
    assert "origin" not in role_of(text, place)


# ---- origin.folk_from -----------------------------------------------------------------------

@pytest.mark.parametrize("text, place", [
    ("Most of them were farmers from the provinces of Oruro, Potosi and Uyuni.", "Uyuni"),
    ("For years the way out for young men from mining towns such as Oruro and Potosi was a bus "
     "to Salta.", "Potosi"),
    ("A bus carrying 40 elderly residents from Oruro drove past Potosi on its way to Salta.", "Oruro"),
    ("Fishermen from villages such as Uyuni say the fish have gone and they must leave.", "Uyuni"),
], ids=["farmers-provinces-of", "towns-such-as", "residents-on-a-bus", "fishermen-villages"])
def test_people_named_by_trade_from_a_place_come_from_it(text, place):
    assert role_of(text, place) == {"origin"}


@pytest.mark.parametrize("text, place", [
    # goods and armed men are no one coming from a place
    ("Tomatoes from the provinces of Oruro reach markets in Salta.", "Oruro"),
    ("Armed herders from Oruro attacked the village.", "Oruro"),
    ("None of the traders were from Oruro.", "Oruro"),
], ids=["goods", "armed-herders", "negated"])
def test_no_origin_for_goods_fighters_or_a_denial(text, place):
    assert "origin" not in role_of(text, place)
