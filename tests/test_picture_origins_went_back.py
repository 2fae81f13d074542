"""Roles: where people come from: people who went, walked, drove or rode back to a place of their
own accord ("some of my friends went back to X after a month", "most families ride the same
buses back to Y", "a third of those who had crossed drove back to Z"): origin.went_back_to,
claimed beside move.returned's return route (beside_return), which stays drawn. A place in
another country than the people's own is where they set off again, a launch point
(came_through). Tested with negation, hedging, a plan, forced returns, craft going back, a return
only wished or told as coming back, a return journey told with its way, and places only visited
(an embassy, an office, work, school).

Sentences written for these tests; geocoded by the tiny fixture gazetteer
(tests/extract_helpers.py) with its Andean places added."""

from __future__ import annotations

import pytest
from extract_helpers import ANDEAN, REPORTED, annotate, picture
from extract_helpers import reported_role_of as role_of

from geomig.picture import read


pytestmark = pytest.mark.usefixtures("andean_places")


@pytest.mark.parametrize("text, place", [
    ("Some of my friends went back to Oruro after a month, when their money ran out.", "Oruro"),
    ("When the harvest ends, most families ride the same buses back to Potosi.", "Potosi"),
    ("About a third of those who had crossed drove back to Uyuni in 1990.", "Uyuni"),
    ("Her brother walked back to Tarija the following year to see the house.", "Tarija"),
], ids=["friends-went-back", "ride-buses-back", "drove-back", "walked-back"])
def test_a_place_people_went_back_to_is_their_home(text, place):
    assert role_of(text, place) == {"origin"}


def test_a_place_abroad_people_went_back_to_is_where_they_set_off_again():
    text = ("Eritrean families crossed into Argentina for the harvest. A few went back to Salta after "
            "the police stopped them at the border.")
    assert role_of(text, "Salta") == {"launch_point"}


@pytest.mark.parametrize("text, place", [
    ("None of the families went back to Oruro.", "Oruro"),
    # a plan, not a move
    ("The government plans to move the families back to Potosi next year.", "Potosi"),
    # forced returns stay move.returned's (often to a country people only set off from)
    ("The coastguard sent the migrants back to Salta.", "Salta"),
    ("The police drove the families back to Salta in buses.", "Salta"),
    # a craft going back
    ("The boat went back to Uyuni without passengers.", "Uyuni"),
    # a return only wished, or told as coming back to where the teller lives now
    ("I want to go back to Tarija to be near my daughters.", "Tarija"),
    ("He worked in Oruro for years and always came back to Sucre in the spring.", "Sucre"),
    # a return journey told with the way it took
    ("Most families went back to Potosi through the Uyuni crossing.", "Potosi"),
    ("From the camp the men went back to Oruro by train.", "Oruro"),
], ids=["negated", "plan", "sent-back", "driven-back", "boat-went-back", "wished", "came-back",
        "way-back-told", "mode-told"])
def test_no_origin_for_a_return_denied_planned_forced_or_of_a_craft(text, place):
    assert "origin" not in role_of(text, place)


def claims_at(text: str, place: str) -> set[tuple[str, str, bool, bool]]:
    """(role, cue, negated, hedged) of the claims at a place, in a text told after REPORTED."""
    return {(c.role, c.cue, c.negated, c.hedged) for c in read([annotate(REPORTED + text)])[0].claims
            if c.place.name == ANDEAN[place][5]}


def test_the_home_is_claimed_beside_the_return_route():
    claims = claims_at("Some of my friends went back to Oruro after a month.", "Oruro")
    assert ("returned", "move.returned", False, False) in claims
    assert ("origin", "origin.went_back_to", False, False) in claims


def test_the_return_route_is_still_drawn_to_the_home():
    text = REPORTED + "Bolivian families lived in Salta for years. In March they went back to Oruro."
    routes = [tuple(f.properties["stop_names"]) for f in picture(text).by_role("route")]
    assert ("Salta", "Oruro") in routes, routes
    assert role_of("Bolivian families lived in Salta for years. In March they went back to Oruro.",
                   "Oruro") == {"origin"}


def test_a_return_denied_is_no_home():
    assert "origin" not in role_of("Some of the families could not go back to Oruro.", "Oruro")


def test_a_hedged_return_stays_hedged():
    claims = {c for c in claims_at("Some of the families may have gone back to Oruro.", "Oruro")
              if c[1] == "origin.went_back_to"}
    assert claims and all(hedged for *_, hedged in claims)


@pytest.mark.parametrize("text, place", [
    ("Her brother went back to the embassy in Oruro to ask for papers.", "Oruro"),
    ("He went back to the office in Tarija the next morning.", "Tarija"),
    ("The men went back to work in Potosi after the strike.", "Potosi"),
    ("The children went back to school in Uyuni in March.", "Uyuni"),
], ids=["embassy", "office", "work", "school"])
def test_a_place_only_visited_again_is_no_home(text, place):
    assert "origin" not in role_of(text, place)


# A modal in another clause of the sentence does not make the return told a plan; one right
# before the going back does; nor does a return told with its start ("from Y").
@pytest.mark.parametrize("text, place", [
    ("Several families went back to Oruro on Sunday, saying they could not leave their llamas.", "Oruro"),
    ("Her cousin went back to Potosi in May, because the landlord would not lower the rent.", "Potosi"),
], ids=["could-in-a-later-clause", "would-in-a-later-clause"])
def test_a_modal_in_another_clause_keeps_the_home(text, place):
    assert role_of(text, place) == {"origin"}


@pytest.mark.parametrize("text, place", [
    ("Most of the families say they will go back to Oruro when the rains end.", "Oruro"),
    ("Would you ever go back to Potosi?", "Potosi"),
    ("They told us they might walk straight back to Tarija.", "Tarija"),
    ("The court ruled that the families went back to Uyuni of their own will.", "Uyuni"),
    ("My uncle went back to Sucre from Salta after the harvest.", "Sucre"),
], ids=["will", "would-question", "might-gap", "ruling", "start-told"])
def test_no_origin_for_a_return_only_wished_ruled_on_or_told_with_its_start(text, place):
    assert "origin" not in role_of(text, place)
