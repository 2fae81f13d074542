"""Roles: destinations: work said to wait in a place
("there is work in X": destination.work_on_offer), people told by the kin they have there ("those
with relatives in X travel on": destination.kin_there), a later stage to lodgings told without its
verb ("and then to hotels in X": destination.lodged_after), room found in a place
(destination.found_lodging), the largest communities in places (destination.largest_numbers),
and a camp a force takes people to, which is its zone, not where they went
(destination.facility_end).

Sentences written for these tests; geocoded by the tiny fixture gazetteer
(tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import role_of

# ------------------------------------------------------------------ work said to wait in a place


@pytest.mark.parametrize("text, place", [
    ("An agent came to the village and said there is work in Italy, the ticket paid.", "Italy"),
    ("My cousin tells me there is housework in Malta for a good salary.", "Malta"),
    ("A friend of his lives in Tunis and speaks of construction work in Italy.", "Italy"),
    ("Malta is where the work is, he said.", "Malta"),
], ids=["there-is-work", "housework", "speaks-of-work", "where-the-work-is"])
def test_work_said_to_wait_in_a_place_makes_it_a_destination(text, place):
    assert "destination" in role_of(text, place)


@pytest.mark.parametrize("text, place", [
    # work lacking there
    ("There is no work in Italy this year, he said.", "Italy"),
    ("There is little work in Malta now.", "Malta"),
    # the people's own country (the context's migrants are Eritrean)
    ("At home there is work in Eritrea only at harvest time.", "Eritrea"),
    # denied
    ("Nobody told them there was work in Italy.", "Italy"),
], ids=["no-work", "little-work", "own-country", "denied"])
def test_work_lacking_denied_or_at_home_is_no_destination(text, place):
    assert "destination" not in role_of(text, place)


# ------------------------------------------------------------------ the kin people have in a place


@pytest.mark.parametrize("text, places", [
    ("Those with relatives in Rome travel on by train the next day.", ["Rome"]),
    ("Returnees with family in Tunis or Sfax are flown from Tripoli when seats are free.", ["Tunis", "Sfax"]),
    ("They were bound for Europe, and several named relatives in Rome and Malta.", ["Rome", "Malta"]),
], ids=["those-with-relatives", "list-or", "named-relatives"])
def test_people_told_by_their_kin_in_a_place_go_there(text, places):
    for place in places:
        assert "destination" in role_of(text, place), place


@pytest.mark.parametrize("text, place", [
    # no move after the words
    ("Those with relatives in Rome send money every month.", "Rome"),
    # sent back: a return, not a goal
    ("Migrants with relatives in Italy were sent back to Libya.", "Italy"),
    # the people's own country
    ("Those with relatives in Eritrea travel to the capital first.", "Eritrea"),
    # denied
    ("None of those with relatives in Rome travelled on.", "Rome"),
], ids=["no-move", "sent-back", "own-country", "denied"])
def test_kin_without_a_move_or_at_home_or_denied_is_no_destination(text, place):
    assert "destination" not in role_of(text, place)


# ------------------------------------------------------------------ a later stage to lodgings


@pytest.mark.parametrize("text, place", [
    ("They were taken to the processing centre on Lampedusa, and then to hotels in Rome.", "Rome"),
    ("The families were bused to the port and later to shelters in Tunis.", "Tunis"),
    ("A smaller number went on to centres in Rome and Malta.", "Malta"),
], ids=["then-to-hotels", "later-to-shelters", "went-on-to-centres"])
def test_a_later_stage_to_lodgings_ends_there(text, place):
    assert "destination" in role_of(text, place)


@pytest.mark.parametrize("text", [
    # custody
    "They were taken to the port and then to a detention centre in Sfax, where police held them.",
    # goods, not people
    "Food and blankets were taken to the port and then to shelters in Sfax.",
    # denied
    "The men were never moved on to centres in Sfax.",
], ids=["detention", "goods", "denied"])
def test_a_later_stage_in_custody_of_goods_or_denied_is_no_destination(text):
    assert "destination" not in role_of(text, "Sfax")


# ------------------------------------------------------------------ a camp a force takes people to


@pytest.mark.parametrize("text", [
    "Police took the migrants to a camp in Tunisia.",
    "Police officers took the families to a camp in Tunisia.",
    "Border guards escorted the group to a camp in Tunisia, from where they will be deported.",
], ids=["police-took", "officers-took", "guards-escorted"])
def test_a_camp_a_force_takes_people_to_is_no_destination(text):
    assert "destination" not in role_of(text, "Tunisia")


@pytest.mark.parametrize("text", [
    # told without a facility noun the camp cue reads, or with "sent" (heading, sent_on)
    "Soldiers then drove them to a site in Tunisia.",
    "Soldiers sent the families to a camp in Tunisia.",
    "The army moved 300 families to a camp in Tunisia.",
], ids=["drove-to-a-site", "sent-to-a-camp", "moved-to-a-camp"])
def test_a_place_a_force_takes_people_to_is_no_destination_whatever_the_verb(text):
    assert "destination" not in role_of(text, "Tunisia")


@pytest.mark.parametrize("text", [
    "From the port, buses take them to the Zuwara camp in Tunisia.",
    "Volunteers took the families to a reception centre in Tunisia.",
    "Aid workers drove the families to a site in Tunisia.",
    "Soldiers said smugglers drove the families to a site in Tunisia.",
], ids=["buses-take", "volunteers-took", "aid-workers-drove", "soldiers-said"])
def test_a_camp_others_take_people_to_stays_a_destination(text):
    assert "destination" in role_of(text, "Tunisia")


def test_a_force_that_takes_no_one_leaves_the_camp_a_destination():
    # "officers took their fingerprints" moves no one: the transfer after it still ends there
    text = ("Officers took their fingerprints, and the next day ten were transferred to the regional "
            "reception centre of the asylum office in Tunis.")
    assert "destination" in role_of(text, "Tunis")


def test_work_as_a_condition_of_coming_back_is_no_destination():
    assert "destination" not in role_of("He says he will come back when there is work in Italy.", "Italy")


# ------------------------------------------------------------------ the end kept where few go on


def test_a_few_going_on_leave_the_place_the_rest_reached_its_end():
    text = ("The border guard sent them by bus to the reception centre at Tunis. "
            "A smaller number went on to Rome by train.")
    assert role_of(text, "Tunis") == {"destination"}


@pytest.mark.parametrize("text, ends", [
    ("The families were bused to Rome, where they lived for more than a year.", True),
    # a short stay is still one on the way
    ("The families were bused to Rome, where they stayed for a few days before the boat.", False),
], ids=["more-than-a-year", "a-few-days"])
def test_a_stay_of_more_than_a_year_ends_the_journey(text, ends):
    assert ("transit" not in role_of(text, "Rome")) is ends


# ------------------------------------------------------------------ room found, a community there

#: A statistics opening that names migration but no one on the move.
FIGURES = "The office for migration published its figures for asylum and migration on Monday. "


@pytest.mark.parametrize("text, place", [
    ("Most of these families have found space with relatives or in rented rooms in Rome and Tunis.", "Tunis"),
    ("Others have found temporary accommodation in Sfax.", "Sfax"),
], ids=["found-space", "found-accommodation"])
def test_room_found_with_no_article_makes_a_destination(text, place):
    assert "destination" in role_of(text, place)


@pytest.mark.parametrize("text", [
    "Where: the largest communities are in Rome, Sfax and Malta.",
    "The largest communities are in Rome, Sfax and Malta.",
], ids=["where-heading", "plain"])
def test_the_largest_communities_name_people_themselves(text):
    assert "destination" in role_of(text, "Malta", FIGURES)


@pytest.mark.parametrize("text, place, context", [
    # denied
    ("They could not find rooms in Sfax.", "Sfax", None),
    # no people: an institution's community
    ("The international community has its largest offices in Rome.", "Rome", FIGURES),
], ids=["denied", "international-community"])
def test_room_denied_or_an_institution_is_no_destination(text, place, context):
    roles = role_of(text, place) if context is None else role_of(text, place, context)
    assert "destination" not in roles


# ------------------------------------------------------------------ gapped shares with "in"


@pytest.mark.parametrize("text, place", [
    ("Most stay in Rome and a few in Malta.", "Malta"),
    ("Most of the families stay in Tunis and some in Sfax.", "Sfax"),
    ("Half of them settled in Rome, a third in Malta and the rest in Tunis.", "Tunis"),
], ids=["a-few-in", "some-in", "the-rest-in"])
def test_a_share_told_where_it_stays_with_the_verb_left_out_is_a_destination(text, place):
    assert "destination" in role_of(text, place)


@pytest.mark.parametrize("text, place", [
    # denied: the first share's claim is denied, so is the gapped one
    ("None of them stay in Rome, and few in Malta.", "Malta"),
    # a place the share came in through, not a share told where it stays
    ("Most stay in Rome, many in boats from Libya.", "Libya"),
], ids=["denied", "in-boats-from"])
def test_a_share_denied_or_no_share_in_a_place_is_no_destination(text, place):
    assert "destination" not in role_of(text, place)


# ------------------------------------------------------------------ where they sleep


@pytest.mark.parametrize("text", [
    "The families were bused to Rome, where they are sleeping in a school.",
    "The group was taken to Rome, where they are staying in a sports hall.",
], ids=["sleeping", "staying"])
def test_a_stop_where_people_sleep_with_nothing_after_it_ends_the_journey(text):
    assert role_of(text, "Rome") == {"destination"}


@pytest.mark.parametrize("text", [
    # moving on after it
    "The families were bused to Rome, where they are sleeping in a school before the boat to Malta.",
    # a short stay on the way
    "The families were bused to Rome, where they are sleeping in a school until a boat takes them on.",
], ids=["before-the-boat", "until"])
def test_a_stop_where_people_sleep_on_the_way_stays_a_stop(text):
    assert "transit" in role_of(text, "Rome")


# ------------------------------------------------------------------ an alternative is no stop


@pytest.mark.parametrize("text", [
    "They left Tripoli by boat. Some have settled in Rome, or gone on to Malta.",
    "They left Tripoli by boat. Most are now in Rome, or have moved on to Malta.",
], ids=["or-gone-on", "or-have-moved-on"])
def test_a_place_named_as_the_alternative_to_going_on_is_no_stop(text):
    assert role_of(text, "Rome") == {"destination"}


@pytest.mark.parametrize("text", [
    "They left Tripoli by boat to Rome and then went on to Malta.",
    "They left Tripoli by boat to Rome and went on to Malta.",
], ids=["then-went-on", "and-went-on"])
def test_a_place_people_went_on_from_stays_a_stop(text):
    assert "transit" in role_of(text, "Rome")
