"""Roles: people moved to a site told with its own words ("sent to the federal
reception centre at X", "taken by bus to the regional procedures centre of the agency in Y":
destination.facility_end), and places people name as their goal when asked (a survey's
answers: destination.named_goal, destination.ranked), and work told after its years ("For six
years I worked for a family in X": destination.work_history).

Sentences written for these tests; geocoded by the tiny fixture gazetteer
(tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import REPORTED, role_of

# ------------------------------------------------------------------ a site told with its own words


@pytest.mark.parametrize("text, place", [
    ("Eleven of the men had been sent to the federal reception centre at Tunis, south of the capital.",
     "Tunis"),
    ("The survivors were taken by bus to the regional procedures centre of the national asylum "
     "office in Sfax.", "Sfax"),
    ("The others were taken to the temporary stay centre for immigrants (CETS) in Sfax.", "Sfax"),
    ("The city took the families to its reception centre for migrants in Tunis.", "Tunis"),
], ids=["sent-federal-centre", "centre-of-agency", "centre-for-immigrants", "its-centre"])
def test_people_moved_to_a_site_told_in_its_own_words_end_in_its_place(text, place):
    assert "destination" in role_of(text, place)


@pytest.mark.parametrize("text", [
    # a centre that treats or holds people: no end of their journey
    "The injured were taken to the health centre in Sfax.",
    "The men were taken to the immigration removal centre in Sfax.",
    # a centre that screens arrivals: a control, not where they go
    "Those who landed were taken to the processing centre in Sfax.",
    # not moved: a centre spoken of
    "The families talked about the regional procedures centre of the asylum office in Sfax.",
    # things or staff sent there, not people moved
    "The charity sent blankets and food to the reception centre in Sfax.",
    "The ministry sent two doctors to the transit centre at Sfax.",
], ids=["health-centre", "removal-centre", "processing-centre", "spoken-of", "sent-blankets", "sent-doctors"])
def test_a_centre_that_treats_or_holds_or_is_only_spoken_of_is_no_destination(text):
    assert "destination" not in role_of(text, "Sfax")


@pytest.mark.parametrize("text, place", [
    # the people moved named between the verb and the site
    ("From the port, buses take them to the Zuwara camp in Tunisia.", "Tunisia"),
    ("Every week trucks take about 400 refugees from the port to the Zuwara settlement in Libya.", "Libya"),
    # the country a named site lies inside
    ("Families are taken by truck to the Choucha site, about thirty kilometres inside Tunisia.", "Tunisia"),
    ("Drivers waiting on the highway take them to stash houses in Tunis.", "Tunis"),
], ids=["take-them-camp", "take-400-settlement", "site-inside", "stash-houses"])
def test_people_taken_to_a_camp_or_site_end_in_its_place(text, place):
    assert "destination" in role_of(text, place)


@pytest.mark.parametrize("text, place", [
    # a place that only locates the site: a reference point
    ("From the port, buses take them to the Zuwara camp near Tunis.", "Tunis"),
    # a safe house on the way, not where people go
    ("They were taken to safe houses in Tunis before the last leg to Italy.", "Tunis"),
    # denied
    ("The buses did not take them to the camp in Sfax.", "Sfax"),
], ids=["camp-near", "safe-house", "negated"])
def test_a_site_near_a_place_or_denied_or_on_the_way_ends_nothing_there(text, place):
    assert "destination" not in role_of(text, place)


@pytest.mark.parametrize("text, place", [
    # goods or aid taken to a camp: no one moved
    ("Every week trucks take food aid to the camps in Sfax.", "Sfax"),
    ("The convoys carried medicine and blankets to a settlement in Tunis.", "Tunis"),
    ("Lorries take the grain to a site in Sfax.", "Sfax"),
    # custody: held there, neither an end nor a stop of their way
    ("Buses took the men to a camp in Sfax, from where they will be deported.", "Sfax"),
], ids=["food-aid", "medicine", "grain", "from-where-deported"])
def test_goods_or_people_in_custody_taken_to_a_camp_give_it_no_role_of_a_way(text, place):
    assert not {"destination", "transit"} & role_of(text, place)


# ------------------------------------------------------------------ goals named when asked


@pytest.mark.parametrize("text, place", [
    ("In interviews at the station, 70 per cent named Italy as their goal.", "Italy"),
    ("Interviewed arrivals most often named Tunis, Sfax and Rome as where they hoped to end up.", "Rome"),
    ("Of those who gave a destination to officers, 41% named Tunis.", "Tunis"),
    ("Almost all those interviewed named Italy, and most a particular city.", "Italy"),
    ("Almost all named a city in Italy where they had relatives.", "Italy"),
    ("Few meant to stay: Italy and Malta were the places most named.", "Italy"),
    ("Most leave within a day; Rome, Sfax and Tunis were the most common destinations listed.", "Rome"),
], ids=["as-their-goal", "as-where-listed", "gave-a-destination", "interviewed-named",
        "a-city-in", "places-most-named", "most-common-destinations"])
def test_a_place_people_name_as_their_goal_is_a_destination(text, place):
    assert "destination" in role_of(text, place)


@pytest.mark.parametrize("text", [
    # a place named for something else: a prize, a team, a market
    "The jury named Italy as the host of next year's festival.",
    "Officials named Italy as a partner in the new fund.",
    "Sfax and Italy were the most common destinations for tourists last summer.",
    # where people came from or set out, ranked; a place named as where they left or were held
    "Malta, Sfax and Italy were the main countries of origin this year.",
    "Sfax and Italy were the main countries of departure.",
    "Migrants questioned by police named Italy as the place their boat left from.",
    "Those interviewed named Italy as the country where smugglers held them.",
], ids=["named-host", "named-partner", "tourist-destinations", "countries-of-origin",
        "countries-of-departure", "named-as-left-from", "named-as-held"])
def test_a_place_named_for_something_else_is_no_destination(text):
    assert "destination" not in role_of(REPORTED + text, "Italy")


# ------------------------------------------------------------------ work told after its years; a ship taken on


@pytest.mark.parametrize("text, place", [
    ("For six years I worked for a family in Tunis.", "Tunis"),
    ("For two decades, he laboured on building sites around Tunis.", "Tunis"),
    # a ship taken on to a place, as a bus or a boat
    ("Her brother took a ship on to Malta to look for work.", "Malta"),
], ids=["years-first-worked", "decades-laboured", "ship-on-to"])
def test_work_told_after_its_years_and_a_ship_taken_on_reach_a_place(text, place):
    assert "destination" in role_of(text, place)

