"""Destinations told in constructions the arrival verbs miss (session 24): people sent on to
where they are received, arrivals counted by the country that registers them, people going
home of their own accord, and where people live now with their lodging named.

Sentences written for these tests; geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import role_of


# ------------------------------------------------------------------ sent on to where people are received

@pytest.mark.parametrize("text, place", [
    ("Aid workers say newcomers are being sent to Tunis and Sfax.", "Sfax"),
    ("Officers registered the group and sent them by bus to a reception centre in Tunis.", "Tunis"),
    ("Most of the survivors were later sent on to Rome.", "Rome"),
    # hedged: still where they were sent
    ("The newcomers were reportedly sent to Tunis.", "Tunis"),
], ids=["passive-list", "active-centre-in", "sent-on", "hedged"])
def test_where_people_are_sent_on_is_a_destination(text, place):
    assert "destination" in role_of(text, place)


@pytest.mark.parametrize("text", [
    # negated
    "The families were not sent to Tunis.",
    # no people sent: troops, money
    "The government sent troops to Tunis.",
    "The families sent money to Tunis every month.",
    # sent back: a return
    "The migrants were detained and sent back to Tunis.",
], ids=["negated", "troops", "money", "sent-back"])
def test_no_people_sent_on_gives_no_destination(text):
    assert "destination" not in role_of(text, "Tunis")


# ------------------------------------------------------------------ arrivals counted where they are registered

@pytest.mark.parametrize("text", [
    "More than 100,000 refugees from Sudan have been registered in Chad since April.",
    "New arrivals from Sudan registered in Chad rose to 40,000 in May.",
    # hedged
    "Some 5,000 refugees from Sudan are believed to have been registered in Chad.",
], ids=["have-been", "arrivals-from", "hedged"])
def test_where_arrivals_from_a_country_are_registered_is_a_destination(text):
    assert "destination" in role_of(text, "Chad")


@pytest.mark.parametrize("text", [
    # negated
    "No refugees from Sudan have been registered in Chad this year.",
    # no people registered there: a company
    "Traders from Sudan registered a company in Chad.",
], ids=["negated", "company"])
def test_no_arrivals_registered_gives_no_destination(text):
    assert "destination" not in role_of(text, "Chad")


# ------------------------------------------------------------------ going home of their own accord

@pytest.mark.parametrize("text, place", [
    ("Most are returning to their areas of origin, mainly in Sudan.", "Sudan"),
    ("Many of the families are going back to their home areas in Sudan.", "Sudan"),
    # hedged
    ("Many reportedly are returning to their areas of origin in Sudan.", "Sudan"),
], ids=["areas-of-origin", "home-areas", "hedged"])
def test_where_people_go_home_is_a_destination(text, place):
    assert "destination" in role_of(text, place)


@pytest.mark.parametrize("text, place", [
    ("About half of them went home to Eritrea last year.", "Eritrea"),
    # hedged
    ("Many reportedly went home to Eritrea in the spring.", "Eritrea"),
], ids=["went-home-to", "hedged"])
def test_a_home_gone_to_is_where_people_come_from(text, place):
    # (session 51: origins) "went home to X" names their home: origin.home_gone_back_to
    # (tests/test_picture_origins_homes.py); areas of origin a return ends in stay destinations
    assert role_of(text, place) == {"origin"}


@pytest.mark.parametrize("text", [
    # negated
    "None of them went home to Eritrea.",
    # a forced return: no journey of their own
    "The men were deported and went home to Eritrea.",
    # a purpose after a release: where they are from
    "They were released and given money to go home to Eritrea.",
], ids=["negated", "deported", "purpose"])
def test_no_return_of_their_own_gives_no_destination(text):
    assert "destination" not in role_of(text, "Eritrea")


# ------------------------------------------------------------------ where people live now

@pytest.mark.parametrize("text, place", [
    ("He now lives in a reception centre in Tunis while his claim is examined.", "Tunis"),
    ("Today the family lives in a tent in one of the camps at Agadez.", "Agadez"),
    ("They now share a room in a flat outside Tunis.", "Tunis"),
    # hedged
    ("Today he reportedly lives in a hostel in Tunis.", "Tunis"),
], ids=["centre-in", "camps-at", "share-a-room", "hedged"])
def test_where_people_live_now_is_a_destination(text, place):
    assert "destination" in role_of(text, place)


@pytest.mark.parametrize("text", [
    # negated
    "He does not now live in a flat in Tunis.",
    # no lodging: a fear
    "He now lives in fear of the smugglers in Tunis.",
    # waiting to go on: a stop on the way
    "Today the family lives in a shelter in Tunis, waiting for a hearing in Italy.",
], ids=["negated", "fear", "waiting"])
def test_no_home_now_gives_no_destination(text):
    assert "destination" not in role_of(text, "Tunis")


# ------------------------------------------------------------------ shares told after the movement

@pytest.mark.parametrize("text, place", [
    ("About half of them went home to Sudan, mostly to Agadez and Sebha, and a third to Kufra.", "Kufra"),
    ("Families have crossed into Libya, most of them to Sebha.", "Sebha"),
    ("Some 812 people were relocated during the week: 530 to the camp near Sebha and 282 to a site near Kufra.",
     "Kufra"),
    # hedged
    ("Families have crossed into Libya, most of them reportedly to Sebha.", "Sebha"),
], ids=["mostly-and-a-third", "most-of-them", "numbers-to-sites", "hedged"])
def test_where_a_share_went_is_a_destination(text, place):
    assert "destination" in role_of(text, place)


@pytest.mark.parametrize("text, place", [
    # negated
    ("Families have crossed into Libya, but none of them to Sebha.", "Sebha"),
    # a forced return
    ("The migrants were deported to Niger, most of them to Agadez.", "Agadez"),
    # no people moving: prices, exports
    ("Prices went up across Libya, mostly to the benefit of traders in Sebha.", "Sebha"),
    ("Exports rose by a third, and half to Sebha.", "Sebha"),
], ids=["negated", "deported", "prices", "exports"])
def test_no_share_moving_gives_no_destination(text, place):
    assert "destination" not in role_of(text, place)


# ------------------------------------------------------------------ a goal named, a list of destinations, new arrivals taken on

@pytest.mark.parametrize("text, place", [
    ("Lampedusa, the largest of the islands south of Sicily, was their target.", "Lampedusa"),
    ("Main destinations declared: Tunis, Sfax, Rome", "Sfax"),
    ("Buses take newcomers to the transit centre near Tunis.", "Tunis"),
    # hedged
    ("Lampedusa was reportedly their goal.", "Lampedusa"),
], ids=["target", "destinations-list", "newcomers-taken", "hedged"])
def test_a_goal_a_list_or_a_ride_on_names_a_destination(text, place):
    assert "destination" in role_of(text, place)


@pytest.mark.parametrize("text", [
    # negated
    "Lampedusa was never their target.",
    # a target of something else
    "Lampedusa was the target of an attack.",
    # not people taken on: an airline's lounge
    "The airline takes arrivals at the airport to its lounge in Lampedusa.",
], ids=["negated", "target-of", "lounge"])
def test_no_goal_gives_no_destination(text):
    assert "destination" not in role_of(text, "Lampedusa")


# ------------------------------------------------------------------ where kin live or a migrant studies

@pytest.mark.parametrize("text", [
    "She said her goal had been a farm near Tunis, where her husband works.",
    "She spoke to us at a cafe in Tunis, where she now studies nursing.",
    # hedged
    "Her goal is believed to be a farm near Tunis, where her husband works.",
], ids=["husband-works", "studies", "hedged"])
def test_where_kin_live_or_a_migrant_studies_is_a_destination(text):
    assert "destination" in role_of(text, "Tunis")


@pytest.mark.parametrize("text", [
    # negated
    "Her goal was a farm near Tunis, where her husband no longer works.",
    # no kin: the police
    "They waited in Tunis, where the police work in pairs.",
], ids=["negated", "police"])
def test_no_kin_there_gives_no_destination(text):
    assert "destination" not in role_of(text, "Tunis")
