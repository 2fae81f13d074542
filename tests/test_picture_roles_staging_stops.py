"""Stops where people gather for the next leg (session 40): a place reached that is "the last town
before the border" (the pass, the sea, the desert), or where people stay or work to pay for the
next leg ("I worked there for months to pay for the boat"), is a stop on the way, not where the
journey ends.

Sentences written for these tests; geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import picture, roles

ERITREANS = "Eritrean migrants told us about their journey north. "


# ------------------------------------------------------------ the last town before the border

@pytest.mark.parametrize(("text", "town"), [
    (ERITREANS + "Smugglers drove them to Agadez, the last town before the desert.", "Agadez"),
    (ERITREANS + "They travelled by bus to Agadez, which is the last big town before the desert.", "Agadez"),
    (ERITREANS + "They took a bus from Tunis to Sfax, the last city before the sea.", "Sfax"),
], ids=["apposition", "which-is", "from-to"])
def test_the_last_town_before_a_border_or_the_sea_is_a_stop_on_the_way(text, town):
    assert roles(picture(text)).get(town) == {"transit"}


def test_the_leg_to_the_last_town_is_kept():
    found = picture(ERITREANS + "They took a bus from Tunis to Sfax, the last city before the sea.")
    assert any(f.role == "route" and "Tunis" in f.name and "Sfax" in f.name for f in found.features)


@pytest.mark.parametrize("text", [
    # the first town past a border is where people arrived
    ERITREANS + "They reached Agadez, the first town on the other side of the border.",
    # a last town named for something else
    ERITREANS + "They travelled by bus to Agadez, the last stop of the old caravan trade.",
    # denied
    ERITREANS + "They never reached Agadez, the last town before the desert.",
    # settled there: where the journey ended
    ERITREANS + "They drove to Agadez, the last town before the desert, and settled there for good.",
    ERITREANS + "They drove to Agadez, the last town before the desert, where they have lived since 2015.",
], ids=["first-town", "no-border", "negated", "and-settled", "where-lived"])
def test_no_stop_on_the_way_from_other_descriptions_of_a_town(text):
    assert roles(picture(text)).get("Agadez") != {"transit"}


# ------------------------------------------------------------ a stay to pay for the next leg

@pytest.mark.parametrize("text", [
    ERITREANS + "They arrived in Agadez after four days. I worked there for three months washing cars, "
                "to pay for the boat.",
    ERITREANS + "They arrived in Agadez after a week. We stayed there until June to save up for the next "
                "stretch.",
    ERITREANS + "Smugglers drove them to Agadez, the desert town where migrants work for months to pay "
                "for the next leg.",
], ids=["next-sentence", "save-up", "where-clause"])
def test_a_place_people_work_in_to_pay_for_the_next_leg_is_a_stop_on_the_way(text):
    assert roles(picture(text)).get("Agadez") == {"transit"}


@pytest.mark.parametrize("text", [
    # paying for something else: a home
    ERITREANS + "They arrived in Agadez after four days. I worked there for three years to pay for the "
                "house I now live in.",
    # denied
    ERITREANS + "They arrived in Agadez after four days. I never worked there to pay for the boat.",
    ERITREANS + "They arrived in Agadez. Nobody worked there to pay for the boat.",
    ERITREANS + "They arrived in Agadez. Nobody stayed there to save for the boat.",
    # another place
    ERITREANS + "They arrived in Agadez after four days. My brother worked in Sebha to pay for the boat.",
    # a journey back home paid for from where she settled
    ERITREANS + "She settled in Agadez, where she works two jobs to pay for her journey back to Asmara.",
], ids=["a-house", "negated", "elsewhere", "nobody", "no-one", "journey-back"])
def test_no_stop_on_the_way_from_other_stays_after_the_place(text):
    assert roles(picture(text)).get("Agadez") != {"transit"}


# ------------------------------------------------------------ a ride taken on from the place

@pytest.mark.parametrize("text", [
    ERITREANS + "They came by bus to Agadez before taking taxis to the border.",
    ERITREANS + "They came by bus to Agadez before taking a minibus to the border.",
], ids=["plural", "minibus"])
def test_a_place_left_by_a_further_ride_is_a_stop_on_the_way(text):
    assert roles(picture(text)).get("Agadez") == {"transit"}


@pytest.mark.parametrize("text", [
    ERITREANS + "They came by bus to Agadez before taking the children to school.",
    # a ride back or home: a return, not a further leg
    ERITREANS + "They came by bus to Agadez before taking buses back to Asmara.",
    ERITREANS + "They came by bus to Agadez before taking taxis home.",
], ids=["to-school", "buses-back", "taxis-home"])
def test_a_ride_that_moves_no_one_on_leaves_the_place_the_journeys_end(text):
    assert roles(picture(text)).get("Agadez") == {"destination"}
