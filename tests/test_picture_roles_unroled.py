"""Roles, session 25: places found but given no role. A smaller share of the people named
after the main one ("with smaller groups from X") is from there too; a relative named with an
article ("to a cousin in X") is where people go, as relatives in the plural were; people moved on
to centres, halls or schools in a place reach it, as those moved to shelters or hotels did; a
stay locked in a barn or a hall on the edge of a town is a stop there; people named by their
home place itself ("Niger nationals", "a son of X") are from it.

Sentences written for these tests; geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import picture, roles

#: A sentence that makes a text about migration, so that the motion cues read it.
CONTEXT = "Hundreds of migrants crossed the desert from Agadez to Sebha this month. "


# ------------------------------------------------------------------ a smaller share of the people

@pytest.mark.parametrize("text, places", [
    (CONTEXT + "Most of the passengers were from Eritrea, with smaller groups from Sudan and Chad.",
     ("Sudan", "Chad")),
    (CONTEXT + "Most are from Nigeria, and a few from Senegal.", ("Senegal",)),
    (CONTEXT + "The survivors, most of them from Eritrea and a handful from Egypt, were given blankets.",
     ("Egypt",)),
    # hedged: still where they are from
    (CONTEXT + "Most are believed to be from Eritrea, with smaller numbers from Sudan.", ("Sudan",)),
], ids=["smaller-groups", "a-few", "a-handful", "hedged"])
def test_a_smaller_share_of_the_people_is_from_its_place_too(text, places):
    found = roles(picture(text))
    for place in places:
        assert "origin" in found.get(place, set()), place


@pytest.mark.parametrize("text", [
    # boats leave shores: no one is said to be from the first place
    CONTEXT + "Most boats come from Zuwara, with smaller numbers from Sabratha.",
    # players, not the people on the move
    CONTEXT + "The visiting team is from Tunis, with a few players from Sfax.",
], ids=["boats", "players"])
def test_a_smaller_share_of_boats_or_players_gives_no_origin(text):
    assert "origin" not in roles(picture(text)).get("Sabratha" if "Sabratha" in text else "Sfax", set())


def test_a_smaller_share_is_no_origin_off_topic():
    text = "Most of the fans were from Tunis, with a few from Sfax."
    assert "origin" not in roles(picture(text)).get("Sfax", set())


# ------------------------------------------------------------------ a relative named with an article

@pytest.mark.parametrize("text", [
    CONTEXT + "Several said they would go to a cousin in Italy.",
    CONTEXT + "He is heading for his older brother in Italy.",
    CONTEXT + "She went on to an aunt already living in Italy.",
    # hedged: still where they are going
    CONTEXT + "Some may go to a cousin in Italy.",
], ids=["a-cousin", "his-brother", "an-aunt-living", "hedged"])
def test_a_relative_people_go_to_is_where_they_go(text):
    assert "destination" in roles(picture(text)).get("Italy", set())


@pytest.mark.parametrize("text", [
    CONTEXT + "None of them went to a cousin in Italy.",
    # a visit of the past, and a relative who only sends money
    CONTEXT + "As a boy he used to go to an uncle in Italy.",
    CONTEXT + "Her cousin in Italy sent money for the crossing.",
], ids=["negated", "used-to", "relative-sends-money"])
def test_a_relative_no_one_goes_to_gives_no_destination(text):
    assert "destination" not in roles(picture(text)).get("Italy", set())


# ------------------------------------------------------------------ moved on to centres, halls, schools

@pytest.mark.parametrize("text", [
    CONTEXT + "A smaller number went on to reception centres in Sicily.",
    CONTEXT + "The families were bused to sports halls in Sicily.",
    CONTEXT + "Most were taken to schools and community halls in Sicily.",
    # hedged
    CONTEXT + "They will probably be moved to reception centres in Sicily.",
], ids=["centres", "sports-halls", "schools", "hedged"])
def test_people_moved_on_to_centres_or_halls_reach_their_place(text):
    assert "destination" in roles(picture(text)).get("Sicily", set())


@pytest.mark.parametrize("text", [
    CONTEXT + "None of them went on to centres in Sicily.",
    # custody: a place of no one's choosing
    CONTEXT + "They were taken to a detention centre in Sicily.",
    CONTEXT + "The men were moved to the closed centre in Sicily.",
    CONTEXT + "They were taken to a centre in Sicily, from where they will be deported.",
    # goods, not people
    CONTEXT + "A charity shipped blankets and tents to schools in Sicily.",
], ids=["negated", "detention", "closed-centre", "deported-from", "goods"])
def test_no_one_moved_on_to_centres_gives_no_destination(text):
    assert "destination" not in roles(picture(text)).get("Sicily", set())


# ------------------------------------------------------------------ a stay in a lodging on the way

@pytest.mark.parametrize("text", [
    CONTEXT + "On the way they spent eight days locked in a house on the outskirts of Sebha.",
    CONTEXT + "In Sebha they were locked in a barn on the edge of the town of Kufra for a week.",
    CONTEXT + "Before the last leg they slept three nights in a church hall in Kufra.",
], ids=["spent-locked-outskirts", "locked-barn-edge", "church-hall"])
def test_a_stay_in_a_lodging_on_the_way_is_a_stop(text):
    place = "Kufra" if "Kufra" in text else "Sebha"
    assert roles(picture(text)).get(place, set()) & {"transit", "destination"}


@pytest.mark.parametrize("text", [
    # goods locked in a shed, and a hall only visited by officials
    CONTEXT + "The smugglers kept the fuel locked in a shed on the edge of Kufra.",
    CONTEXT + "The minister visited a sports hall in Kufra.",
], ids=["goods", "official-visit"])
def test_no_one_staying_in_a_lodging_gives_no_stop(text):
    assert not roles(picture(text)).get("Kufra", set()) & {"transit", "destination"}


# ------------------------------------------------------------------ people named by their home place

@pytest.mark.parametrize("text, place", [
    (CONTEXT + "Libyan police detained 40 Niger nationals near the border.", "Niger"),
    (CONTEXT + "Among the dead was Musa, a son of Agadez, who had driven trucks for years.", "Agadez"),
    # hedged
    (CONTEXT + "Most are thought to be Chad citizens.", "Chad"),
], ids=["nationals", "a-son-of", "hedged"])
def test_people_named_by_their_home_place_are_from_it(text, place):
    assert "origin" in roles(picture(text)).get(place, set())


@pytest.mark.parametrize("text", [
    # locals, and a place named with nationals but as where they are
    CONTEXT + "Sebha residents brought food and water to the camp.",
    CONTEXT + "The sons of the mayor of Sebha run the bakery.",
], ids=["residents", "sons-of-a-person"])
def test_locals_named_by_their_place_are_not_from_it(text):
    assert "origin" not in roles(picture(text)).get("Sebha", set())


def test_people_named_by_their_home_place_off_topic_are_no_origin():
    assert "origin" not in roles(picture("The Niger nationals won the match 2-1 in Tripoli.")).get("Niger", set())


# ------------------------------------------------------------------ review: words that name no one on the move

@pytest.mark.parametrize("text, place", [
    # nationals and citizens not counted: what a country's people did or were told, in a
    # migration story all the same
    (CONTEXT + "Niger nationals won the marathon in Rome on Sunday.", "Niger"),
    (CONTEXT + "Italy citizens were told to avoid travel to Libya.", "Italy"),
    # a son named after an office, not a name: an official speaking
    (CONTEXT + "The mayor, a son of Tripoli, said the town could take no more.", "Tripoli"),
    (CONTEXT + "The coach, a proud son of Sfax, praised his players.", "Sfax"),
    # a smaller share of a team, whatever its verb
    (CONTEXT + "Most of the players came from Tunis, with a few from Sfax.", "Sfax"),
], ids=["nationals-won", "citizens-told", "mayor-son-of", "coach-son-of", "players-came"])
def test_people_not_on_the_move_named_by_their_place_are_no_origin(text, place):
    assert "origin" not in roles(picture(text)).get(place, set())


@pytest.mark.parametrize("text, place", [
    (CONTEXT + "Police in Sebha detained 40 Niger nationals.", "Niger"),
    (CONTEXT + "Dozens of Chad citizens were flown home from Sebha.", "Chad"),
    (CONTEXT + "Among them was Ahmed, a young son of Tripoli.", "Tripoli"),
    (CONTEXT + "Those detained were said to be Chad citizens.", "Chad"),
    # people, whose share is from there too
    (CONTEXT + "Most of the passengers were from Eritrea, with a few from Sudan.", "Sudan"),
    (CONTEXT + "Most of the deportees are from Nigeria, with smaller groups from Senegal.", "Senegal"),
], ids=["counted-nationals", "dozens-of-citizens", "named-son", "said-to-be", "passengers", "deportees"])
def test_people_on_the_move_named_by_their_place_are_from_it(text, place):
    assert "origin" in roles(picture(text)).get(place, set())


@pytest.mark.parametrize("text, expected", [
    (CONTEXT + "The pupils were moved to a school in Sicily after the flood.", False),
    (CONTEXT + "Lessons were moved to sports halls in Sicily.", False),
    # negated schooling is still schooling; and people on the move sheltered in schools reach them
    (CONTEXT + "The families were taken to schools and community halls in Sicily.", True),
    (CONTEXT + "Classes have not moved to schools in Sicily.", False),
], ids=["pupils", "lessons", "families", "classes-negated"])
def test_pupils_moved_to_a_school_reach_no_destination(text, expected):
    assert ("destination" in roles(picture(text)).get("Sicily", set())) is expected
