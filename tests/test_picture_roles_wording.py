"""Wording nobody tuned on (issue 10, session 19): classes of misses counted on the reports
written last (313-348): places listed after "to" again, a move further on after a comma,
a crossing's two ends named by its bridge or ferry.

Sentences written for these tests; geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import picture, roles

#: A sentence that makes a text about migration, so that the motion cues read it.
CONTEXT = "Hundreds of Eritrean migrants reached Lampedusa from Sfax this week. "


# ------------------------------------------------------------------ "to X, to Y or to Z"

@pytest.mark.parametrize("text", [
    CONTEXT + "Many of the migrants are going to Italy now, to Rome, or to Malta.",
    CONTEXT + "Some have been flown to Italy, to Rome or Malta.",
    CONTEXT + "Then the migrants fly from Tunis to Italy, to Rome or to Malta.",
], ids=["now-to", "flown-to", "from-to-list"])
def test_places_listed_after_to_again_share_the_destination(text):
    found = roles(picture(text))
    assert found.get("Rome") == {"destination"}
    assert found.get("Malta") == {"destination"}


def test_a_list_after_to_is_negated_with_its_cue():
    found = roles(picture(CONTEXT + "None of the migrants were flown to Italy, to Rome or Malta."))
    assert "destination" not in found.get("Rome", set())


def test_a_place_after_from_and_a_comma_is_no_list_of_origins():
    # "from X, to Y": Y is not listed with X (no "to" before X)
    found = roles(picture(CONTEXT + "Eritrean refugees fled from Sudan, to Libya and then to Italy."))
    assert "origin" not in found.get("Libya", set())


# ------------------------------------------------------------------ "went further, to X"

@pytest.mark.parametrize("text", [
    CONTEXT + "Some young migrants tried to go further, to Rome, to find work.",
    CONTEXT + "A second group of refugees went north, to Rome.",
], ids=["further", "north"])
def test_a_move_on_after_a_comma_reaches_its_place(text):
    assert roles(picture(text)).get("Rome") == {"destination"}


def test_a_move_back_after_a_comma_is_no_destination():
    found = roles(picture(CONTEXT + "Some migrants went back, to Tunis, after a week."))
    assert "destination" not in found.get("Tunis", set())


# ------------------------------------------------------------------ a crossing's two ends

@pytest.mark.parametrize("text", [
    CONTEXT + "Every morning hundreds of migrants queue on the bridge between Zuwara and Tunis.",
    CONTEXT + "Long lines of migrants form on the bridge, which links Zuwara in Libya with Tunis.",
    CONTEXT + "The migrants took the ferry across the river between Zuwara and Tunis.",
], ids=["bridge-between", "bridge-links", "ferry-between"])
def test_a_bridge_or_ferry_between_two_places_makes_both_stops(text):
    found = roles(picture(text))
    assert found.get("Zuwara") == {"transit"}
    assert found.get("Tunis") == {"transit"}


def test_a_bridge_in_a_text_not_about_migration_makes_no_stop():
    found = roles(picture("Lorries queue on the bridge between Zuwara and Tunis before the market opens."))
    assert "Zuwara" not in found and "Tunis" not in found


# ------------------------------------------------------------------ where someone is from, by a town near it

@pytest.mark.parametrize("text", [
    CONTEXT + "The witness, a young man from a village near Zuwara, said he paid the smugglers twice.",
    CONTEXT + "Women and children from villages around Zuwara, who walked for days, reached the coast.",
    CONTEXT + "Most migrants from the towns outside Zuwara took the same road.",
], ids=["a-village-near", "villages-around", "towns-outside"])
def test_people_from_a_village_near_a_town_come_from_it(text):
    assert roles(picture(text)).get("Zuwara") == {"origin"}


def test_a_boat_from_a_beach_near_a_town_is_no_origin():
    found = roles(picture(CONTEXT + "The boat left from a beach near Zuwara at night."))
    assert "origin" not in found.get("Zuwara", set())


# ------------------------------------------------------------------ family already there; a train for X

@pytest.mark.parametrize("text", [
    CONTEXT + "My friends were already in Italy, the Eritrean migrant said.",
    CONTEXT + "Her brother was already in Italy when the migrants left.",
], ids=["friends-were-already", "brother-was-already"])
def test_family_already_there_is_where_people_go(text):
    assert roles(picture(text)).get("Italy") == {"destination"}


def test_a_relative_who_was_somewhere_once_is_no_destination():
    # a past stay, not "already" there
    found = roles(picture(CONTEXT + "Her brother was in Italy in 1990, the migrant said."))
    assert "destination" not in found.get("Italy", set())


@pytest.mark.parametrize("text", [
    CONTEXT + "In Tunis the migrants changed to a train for Rome.",
    CONTEXT + "The refugees bought seats on the night bus for Rome.",
], ids=["train-for", "bus-for"])
def test_a_train_or_bus_for_a_place_goes_there(text):
    assert "destination" in roles(picture(text)).get("Rome", set())


def test_a_bus_for_a_place_not_taken_is_negated():
    found = roles(picture(CONTEXT + "The refugees never found a bus for Rome."))
    assert "destination" not in found.get("Rome", set())


# ------------------------------------------------------------------ "X, where 700,000 migrants live"

def test_a_count_of_residents_where_people_set_off_is_no_destination():
    found = roles(picture("Boats carrying migrants left Zuwara for Lampedusa this week. "
                          "Officials blame the chaos in Libya, where 700,000 migrants live."))
    assert "destination" not in found.get("Libya", set())


def test_a_count_of_residents_is_a_destination_with_no_departure_from_it():
    found = roles(picture("Eritrean refugees keep crossing the border. "
                          "The UN counts Sudan, where 700,000 refugees live, as the largest host."))
    assert found.get("Sudan") == {"destination"}


def test_people_who_went_to_a_place_with_a_count_of_residents_end_there():
    # the motion claims the place first: it stays a stop of the route
    pic = picture("Many Eritrean refugees went to Tripoli, where 700,000 migrants live.")
    assert roles(pic).get("Tripoli") == {"destination"}
    assert any("Tripoli" in f.name for f in pic.features if f.role == "route")


# ------------------------------------------------------------------ "to X and then by minibus to the border"

@pytest.mark.parametrize("text", [
    CONTEXT + "An Eritrean refugee came by train to Tunis and then by minibus to the border with her children.",
    CONTEXT + "The migrants were driven in pick-ups to Tunis and on toward the coast.",
], ids=["then-by-minibus", "and-on-toward"])
def test_a_place_the_text_goes_on_from_to_the_border_is_a_stop(text):
    assert roles(picture(text)).get("Tunis") == {"transit"}


def test_a_place_reached_with_no_way_on_stays_the_destination():
    found = roles(picture(CONTEXT + "An Eritrean refugee came by train to Tunis and found work in a bakery."))
    assert found.get("Tunis") == {"destination"}


# ------------------------------------------------------------------ a truck to X, then a pick-up to Y

def test_a_truck_to_a_place_then_on_makes_it_a_stop():
    found = roles(picture(CONTEXT + "A truck to Agadez, then a pick-up to Sebha, the Eritrean migrant said."))
    assert found.get("Agadez") == {"transit"}


def test_a_taxi_to_a_place_is_where_people_go():
    assert "destination" in roles(picture(CONTEXT + "The refugees paid for a taxi to Tunis.")).get("Tunis", set())


def test_a_truck_to_a_place_not_found_is_negated():
    found = roles(picture(CONTEXT + "The refugees could not find a truck to Agadez."))
    assert "destination" not in found.get("Agadez", set())


# ------------------------------------------------------------------ "most come from X"

@pytest.mark.parametrize("text", [
    CONTEXT + "Most of those leaving come from Eritrea and Sudan.",
    CONTEXT + "They come mainly from Eritrea, aid workers said.",
], ids=["those-leaving", "mainly"])
def test_people_who_come_from_a_place_are_from_it(text):
    assert roles(picture(text)).get("Eritrea") == {"origin"}


def test_boats_that_come_from_a_place_bring_no_one_from_it():
    found = roles(picture(CONTEXT + "Most boats come from Zuwara, the coastguard said."))
    assert "origin" not in found.get("Zuwara", set())


# ------------------------------------------------------------------ review (r1): distractors of the above

@pytest.mark.parametrize("text, second", [
    (CONTEXT + "More than a million people were forced to flee Sudan, to Chad and Egypt.", "Egypt"),
    (CONTEXT + "Many migrants want to leave Libya, to Italy or Malta.", "Malta"),
], ids=["flee-X-to-Y", "leave-X-to-Y"])
def test_a_place_after_an_infinitive_heads_no_list_after_to(text, second):
    # "to flee X, to Y": "to" is the infinitive's, Y is where people go, not a second X
    found = roles(picture(text))
    assert "origin" not in found.get(second, set()) and "launch_point" not in found.get(second, set())


def test_a_list_after_to_may_name_the_mainland():
    found = roles(picture(CONTEXT + "Some have been flown to mainland Italy, to Rome or Malta."))
    assert found.get("Rome") == {"destination"}


def test_building_bridges_between_two_places_makes_no_stop():
    found = roles(picture(CONTEXT + "Italy wants to build bridges between Libya and Europe, the minister said."))
    assert "transit" not in found.get("Libya", set()) and "transit" not in found.get("Europe", set())


@pytest.mark.parametrize("text, place", [
    (CONTEXT + "Italy has supplied patrol boats for Libya.", "Libya"),
    (CONTEXT + "The EU paid for trucks for Niger's border police.", "Niger"),
    (CONTEXT + "Officials say the new buses for Tunisia's police are late.", "Tunisia"),
], ids=["patrol-boats-for", "trucks-for-possessive", "buses-for-possessive"])
def test_vehicles_given_to_a_place_do_not_take_people_there(text, place):
    assert "destination" not in roles(picture(text)).get(place, set())


@pytest.mark.parametrize("text, place", [
    (CONTEXT + "Another 90 migrants left Sebha by truck for Agadez.", "Agadez"),
    (CONTEXT + "Some tried to board boats for Malta at Zuwara.", "Malta"),
], ids=["by-truck-for", "boats-for"])
def test_a_vehicle_for_a_place_still_goes_there(text, place):
    assert "destination" in roles(picture(text)).get(place, set())


def test_people_who_rarely_come_from_a_place_are_not_from_it():
    found = roles(picture(CONTEXT + "They rarely come from Niger these days, aid workers said."))
    assert "origin" not in found.get("Niger", set())


# ------------------------------------------------------------------ session 20: reports 313-366

def test_places_named_as_the_commonest_goals_are_destinations():
    found = roles(picture(CONTEXT + "Most migrants aim for Europe, with Italy and Malta the most common goals."))
    assert "destination" in found.get("Italy", set())
    assert "destination" in found.get("Malta", set())


def test_the_commonest_destinations_of_return_flights_are_no_destinations():
    found = roles(picture(CONTEXT + "Removals rose by a quarter, with Nigeria and Egypt the most common "
                                    "destinations of those flights."))
    assert "destination" not in found.get("Nigeria", set())
    assert "destination" not in found.get("Egypt", set())


@pytest.mark.parametrize("text", [
    CONTEXT + "Those who get through try to reach relatives in Tripoli, and some hope to go on to Italy.",
    CONTEXT + "Many take the night bus to Tripoli; a few say they will fly on to Italy.",
], ids=["and-some", "a-few"])
def test_a_place_reached_stays_a_destination_when_only_some_go_on(text):
    assert roles(picture(text)).get("Tripoli") == {"destination"}


@pytest.mark.parametrize("text", [
    CONTEXT + "The group took the night bus to Tripoli and then went on to Misrata.",
    CONTEXT + "The group took the night bus to Tripoli, and two days later they moved on to Misrata.",
], ids=["then-on", "two-days-later"])
def test_a_place_all_of_them_leave_again_stays_a_stop(text):
    assert roles(picture(text)).get("Tripoli") == {"transit"}


def test_a_departure_from_the_harbours_of_two_towns_launches_from_both():
    found = roles(picture(CONTEXT + "Boats departing from the harbours of Zuwara and Sabratha carry dozens of migrants."))
    assert found.get("Zuwara") == {"launch_point"}
    assert found.get("Sabratha") == {"launch_point"}


def test_no_departure_from_the_harbours_launches_from_none():
    found = roles(picture(CONTEXT + "No boats departed from the harbours of Zuwara and Sabratha this week."))
    assert "launch_point" not in found.get("Zuwara", set())


@pytest.mark.parametrize("text", [
    CONTEXT + "The boats were heading for the west coast of Sicily.",
    CONTEXT + "The boats were reportedly heading for the southern coast of Sicily.",
], ids=["west-coast", "hedged"])
def test_heading_for_a_coast_of_a_place_goes_to_the_place(text):
    assert roles(picture(text)).get("Sicily") == {"destination"}


def test_not_heading_for_a_coast_is_no_destination():
    found = roles(picture(CONTEXT + "The boats were not heading for the west coast of Sicily."))
    assert "destination" not in found.get("Sicily", set())


def test_new_arrivals_from_a_country_at_a_camp_come_from_it():
    found = roles(picture(CONTEXT + "UNHCR registered new arrivals from Sudan and Eritrea at the camp near Agadez."))
    assert found.get("Sudan") == {"origin"}
    assert found.get("Eritrea") == {"origin"}


@pytest.mark.parametrize("text, place", [
    (CONTEXT + "Arrivals by sea from Libya fell in May.", "Libya"),
    (CONTEXT + "Refugee arrivals from Zuwara rose in May.", "Zuwara"),
    (CONTEXT + "Boat arrivals from Libya to Italy rose at the camps.", "Libya"),
], ids=["by-sea", "a-town", "to-a-place"])
def test_arrivals_by_sea_from_a_town_or_towards_a_place_are_no_origin(text, place):
    assert "origin" not in roles(picture(text)).get(place, set())


def test_coming_from_a_place_by_boat_sets_off_from_it():
    found = roles(picture(CONTEXT + "Many of those who come from Libya by boat are Sudanese. Most come from Eritrea."))
    assert found.get("Libya") == {"launch_point"}
    assert found.get("Eritrea") == {"origin"}


@pytest.mark.parametrize("text", [
    CONTEXT + "The men flew from Tunis to Tripoli on tourist visas and travelled by bus to Sebha.",
    CONTEXT + "They crossed into Libya after flying from Tunis to Tripoli and being driven to the border by a taxi driver.",
    CONTEXT + "Most migrants take a bus to Tripoli and pay a smuggler to show them the way.",
    CONTEXT + "The men flew from Tunis to Tripoli in June. A Libyan contact drove them to the coast near Zuwara.",
], ids=["and-travelled", "and-being-driven", "and-pay-a-smuggler", "next-drove-them"])
def test_a_place_the_same_people_are_moved_on_from_is_a_stop(text):
    assert roles(picture(text)).get("Tripoli") == {"transit"}


@pytest.mark.parametrize("text", [
    CONTEXT + "Most migrants take a bus to Tripoli and pay rent for a room there.",
    CONTEXT + "The men flew from Tunis to Tripoli in June. A Libyan court fined them in July.",
], ids=["pay-rent", "next-no-move"])
def test_a_place_nobody_is_moved_on_from_stays_the_destination(text):
    assert roles(picture(text)).get("Tripoli") == {"destination"}


@pytest.mark.parametrize("text, place", [
    (CONTEXT + "Some refuse the camp and go to relatives in Misrata instead.", "Misrata"),
    (CONTEXT + "Others want to go further, to relatives in Tripoli or in Benghazi.", "Benghazi"),
    (CONTEXT + "Several migrants said they wanted to join relatives in Rome.", "Rome"),
    (CONTEXT + "Thousands of young men are crossing to work in Italy, officials say.", "Italy"),
], ids=["go-to-relatives", "further-to-relatives", "join-relatives", "to-work-in"])
def test_relatives_or_work_people_go_to_make_a_destination(text, place):
    assert "destination" in roles(picture(text)).get(place, set())


@pytest.mark.parametrize("text", [
    CONTEXT + "He used to work in Tunisia before the war.",
    CONTEXT + "The migrants did not go to relatives in Tunisia.",
], ids=["used-to-work", "negated"])
def test_work_left_behind_or_relatives_not_reached_make_no_destination(text):
    assert "destination" not in roles(picture(text)).get("Tunisia", set())


def test_people_who_came_into_a_place_arrived_there():
    found = roles(picture(CONTEXT + "Once across the border, most of the migrants come into Tripoli."))
    assert found.get("Tripoli") == {"destination"}


def test_people_who_came_into_a_place_and_went_on_stopped_there():
    found = roles(picture(CONTEXT + "The migrants came into Tripoli and then went on to Misrata."))
    assert found.get("Tripoli") == {"transit"}


def test_from_again_after_a_comma_lists_another_home():
    found = roles(picture(CONTEXT + "The migrants come from Benghazi, from Sebha and Kufra, where the fighting is heavy."))
    assert found.get("Sebha") == {"origin"}
    assert found.get("Kufra") == {"origin"}


def test_from_after_a_comma_lists_nothing_after_to():
    found = roles(picture(CONTEXT + "The migrants flew to Tunis, from Benghazi."))
    assert "destination" not in found.get("Benghazi", set())


def test_the_villages_around_a_place_listed_with_a_home_are_a_home():
    found = roles(picture(CONTEXT + "Most of the migrants are from Sebha and the villages around Kufra."))
    assert found.get("Kufra") == {"origin"}


@pytest.mark.parametrize("text", [
    CONTEXT + "The migrants went down to Agadez, and at night the smugglers walked them over into Libya.",
    CONTEXT + "A car then took the migrants to Agadez, near the Libyan border.",
    CONTEXT + "Buses drive the migrants north to Agadez, a town on the Libyan frontier.",
], ids=["walked-them-over", "near-the-border", "town-on-the-frontier"])
def test_a_place_people_are_walked_on_from_or_on_a_border_is_a_stop(text):
    assert roles(picture(text)).get("Agadez") == {"transit"}


def test_a_place_near_no_named_border_nobody_is_walked_from_stays_the_destination():
    found = roles(picture(CONTEXT + "A car then took the migrants to Agadez, where the smugglers never walked them anywhere."))
    assert found.get("Agadez") == {"destination"}


@pytest.mark.parametrize("text", [
    CONTEXT + "The refugee commission then moved the families by truck to the Sebha camp.",
    CONTEXT + "The survivors were transported by bus to the Sebha site, two hours away.",
], ids=["the-camp", "the-site"])
def test_people_moved_to_the_camp_or_site_of_a_place_end_there(text):
    assert roles(picture(text)).get("Sebha") == {"destination"}


def test_people_not_moved_to_the_camp_of_a_place_do_not_end_there():
    found = roles(picture(CONTEXT + "The families were never moved to the Sebha camp."))
    assert "destination" not in found.get("Sebha", set())


# ------------------------------------------------------------------ review r3 (session 20)

@pytest.mark.parametrize("text, place", [
    (CONTEXT + "The money came into Libya through Tunisian banks.", "Libya"),
    (CONTEXT + "The storm came into Sicily on Tuesday.", "Sicily"),
], ids=["money", "storm"])
def test_things_that_came_into_a_place_make_no_destination(text, place):
    assert "destination" not in roles(picture(text)).get(place, set())


@pytest.mark.parametrize("text, place", [
    (CONTEXT + "I came into Libya through the desert in 2019.", "Libya"),
    (CONTEXT + "The rest came into Tripoli a week later.", "Tripoli"),
    (CONTEXT + "Sudanese who had come into Libya in recent weeks were registered.", "Libya"),
], ids=["I", "the-rest", "who-had"])
def test_people_who_came_into_a_place_still_arrived_there(text, place):
    assert "destination" in roles(picture(text)).get(place, set())



@pytest.mark.parametrize("text", [
    CONTEXT + "The family settled in Agadez, near the Libyan border, and has no plans to leave.",
    CONTEXT + "Smugglers drove the migrants to Agadez, near the Libyan border, where they have lived since.",
], ids=["settled-no-plans", "where-they-have-lived"])
def test_a_place_on_a_border_where_people_stay_is_no_stop(text):
    assert roles(picture(text)).get("Agadez") == {"destination"}


def test_relatives_people_used_to_visit_make_no_destination():
    found = roles(picture(CONTEXT + "In 2010 he used to go to relatives in Misrata for the holidays."))
    assert "destination" not in found.get("Misrata", set())
