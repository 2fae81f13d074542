"""Roles, session 26: places reporters name in their own wording, which no cue gave a role: the
acts of labour migrants' work, work found somewhere, people who "come from" a place after a
long subject, a list of where people come from, a town of origin, a life moved as a child,
the counts of a country's asylum office, the places listed after one with a role (an
example of it, a part of a region, towns such as, a later stop), and a place hoped for in
other words ("this time for X", "X was their target"), a journey from an airport named
with its city ("from X International Airport in Y to Z"), shares of the people told without
their verb ("most to X and some to Y"), a translated "left to X", and a place people reach told
in a relative clause ("X, which families reach by coach"), and stops on the way told as a
stay in a lodging, a payment to a driver or a night's walk.

Sentences written for these tests, on routes of other parts of the world; geocoded by the tiny
fixture gazetteer (tests/extract_helpers.py) with the places below added."""

from __future__ import annotations

import pytest
from extract_helpers import REPORTED, picture, roles, with_places
from extract_helpers import reported_role_of as role_of

#: A sentence that makes a text about migration, so that the motion cues read it.
CONTEXT = REPORTED

#: Places of these tests: surface -> (id, kind, country, lat, lon, gazetteer name).
EXTRA = {
    "Durban": ("test:durban", "city", "ZA", -29.86, 31.03, "Durban"),
    "Lisbon": ("test:lisbon", "city", "PT", 38.72, -9.14, "Lisbon"),
    "Huelva": ("test:huelva", "city", "ES", 37.26, -6.95, "Huelva"),
    "Sylhet": ("test:sylhet", "city", "BD", 24.90, 91.87, "Sylhet"),
    "Comilla": ("test:comilla", "city", "BD", 23.46, 91.18, "Comilla"),
    "Kayes": ("test:kayes", "city", "ML", 14.45, -11.44, "Kayes"),
    "Kassala": ("test:kassala", "city", "SD", 15.45, 36.40, "Kassala"),
    "Gedaref": ("test:gedaref", "city", "SD", 14.03, 35.38, "Gedaref"),
    "Sennar": ("test:sennar", "city", "SD", 13.55, 33.63, "Sennar"),
    "Zinder": ("test:zinder", "city", "NE", 13.81, 8.99, "Zinder"),
    "Cochabamba": ("test:cochabamba", "city", "BO", -17.39, -66.16, "Cochabamba"),
    "Lyon": ("test:lyon", "city", "FR", 45.76, 4.84, "Lyon"),
    "Belgium": ("test:belgium", "country", "BE", 50.5, 4.5, "Belgium"),
    "Goma": ("test:goma", "city", "CD", -1.68, 29.23, "Goma"),
    "Bukavu": ("test:bukavu", "city", "CD", -2.51, 28.86, "Bukavu"),
    "Moscow": ("test:moscow", "city", "RU", 55.75, 37.62, "Moscow"),
    "Kazan": ("test:kazan", "city", "RU", 55.79, 49.12, "Kazan"),
    "western Siberia": ("test:w-siberia", "region", "RU", 61.0, 73.0, "western Siberia"),
    "Canada": ("test:canada", "country", "CA", 56.0, -106.0, "Canada"),
    "Toronto": ("test:toronto", "city", "CA", 43.65, -79.38, "Toronto"),
    "Mexico": ("test:mexico", "country", "MX", 23.0, -102.0, "Mexico"),
    "Texas": ("test:texas", "admin", "US", 31.0, -99.0, "Texas"),
    "Asmara": ("test:asmara", "city", "ER", 15.34, 38.93, "Asmara"),
    "Keren": ("test:keren", "city", "ER", 15.78, 38.45, "Keren"),
    "Barentu": ("test:barentu", "city", "ER", 15.11, 37.59, "Barentu"),
    "Dubai": ("test:dubai", "city", "AE", 25.2, 55.27, "Dubai"),
    "Sweden": ("test:sweden", "country", "SE", 62.0, 15.0, "Sweden"),
    "Dhaka": ("test:dhaka", "city", "BD", 23.81, 90.41, "Dhaka"),
    "Jeddah": ("test:jeddah", "city", "SA", 21.49, 39.19, "Jeddah"),
    "Kuala Lumpur": ("test:kl", "city", "MY", 3.14, 101.69, "Kuala Lumpur"),
    "North Kivu": ("test:n-kivu", "admin", "CD", -0.8, 29.0, "North Kivu"),
    "South Kivu": ("test:s-kivu", "admin", "CD", -3.0, 28.3, "South Kivu"),
}


@pytest.fixture(autouse=True)
def more_places(monkeypatch):
    with_places(monkeypatch, EXTRA)


# ------------------------------------------------------------------ the acts of labour migrants' work

@pytest.mark.parametrize("text, place", [
    ("For eight years he laid bricks on building sites in Durban.", "Durban"),
    ("She now cleans rooms in a hotel in Lisbon.", "Lisbon"),
    ("Two of her cousins pick strawberries on farms in Huelva.", "Huelva"),
    ("He has driven a truck in Durban for twenty years.", "Durban"),
    ("A friend from school works in a car wash in Lisbon.", "Lisbon"),
    # hedged: still where the work is
    ("Her brother may be picking strawberries on farms in Huelva.", "Huelva"),
], ids=["laid-bricks", "cleans-rooms", "pick-on-farms", "drove-for-years", "car-wash", "hedged"])
def test_the_acts_of_work_at_a_workplace_make_its_place_a_destination(text, place):
    assert role_of(text, place) == {"destination"}


@pytest.mark.parametrize("text, place", [
    # negated
    ("He never laid bricks on building sites in Durban.", "Durban"),
    # goods, in the passive
    ("Grain is packed in warehouses in Durban before it is shipped.", "Durban"),
    # a visit, not work
    ("The minister toured building sites in Durban on Monday.", "Durban"),
    # tourists eat, they do not work
    ("Tourists ate in restaurants in Lisbon.", "Lisbon"),
], ids=["negated", "goods", "official-visit", "tourists"])
def test_no_work_done_at_a_workplace_gives_its_place_no_destination(text, place):
    assert "destination" not in role_of(text, place)


# ------------------------------------------------------------------ work found

@pytest.mark.parametrize("text", [
    "About half had found informal work within weeks, mostly in restaurants in Lyon.",
    "Several found seasonal employment in Lyon.",
    # hedged
    "Some may have found work in Lyon.",
], ids=["informal-work", "employment", "hedged"])
def test_work_found_in_a_place_makes_it_a_destination(text):
    assert role_of(text, "Lyon") == {"destination"}


@pytest.mark.parametrize("text", [
    "None of them found work in Lyon.",
    # not work: faults found
    "The engineers found faults in a bridge in Lyon.",
], ids=["negated", "not-work"])
def test_no_work_found_gives_no_destination(text):
    assert "destination" not in role_of(text, "Lyon")


# ------------------------------------------------------------------ where people come from

@pytest.mark.parametrize("text, places", [
    ("The seasonal pickers our survey reached overwhelmingly come from Sylhet and Comilla.", {"Sylhet", "Comilla"}),
    ("The men who reach the island each winter are young and come mainly from rural Kayes.", {"Kayes"}),
    ("Where they come from: Kassala (1,200 people), Gedaref (900) and Sennar (400).",
     {"Kassala", "Gedaref", "Sennar"}),
    ("Zinder was the most common town of origin.", {"Zinder"}),
    ("Rosa, who came from Cochabamba as a teenager, runs a stall in the market.", {"Cochabamba"}),
    # hedged: still their origin
    ("Most of the women we met probably come from Sylhet.", {"Sylhet"}),
    ("Rosa, who reportedly came from Cochabamba with her parents, runs a stall.", {"Cochabamba"}),
    ("Officers found a young couple from Kayes in a ditch.", {"Kayes"}),
], ids=["long-subject", "rural", "label-colon", "town-of-origin", "came-as-a-teenager", "hedged",
        "hedged-came", "couple"])
def test_people_said_to_come_from_a_place_are_from_it(text, places):
    found = roles(picture(CONTEXT + text))
    assert all(found.get(p) == {"origin"} for p in places), found


@pytest.mark.parametrize("text, place", [
    # negated
    ("Most of the women we have interviewed do not come from Sylhet.", "Sylhet"),
    # goods
    ("Most of the tea we drink here comes from Sylhet.", "Sylhet"),
    # boats set off, they are nobody's home
    ("Most of the boats we have seen come from Kayes.", "Kayes"),
    # a player's transfer, not a migrant's life
    ("The striker, who came from Cochabamba in a transfer, scored twice.", "Cochabamba"),
    # new arrivals come from where they set off, not from home
    ("Volunteers help the new arrivals who still come from Kayes.", "Kayes"),
], ids=["negated", "goods", "boats", "sports-team", "arrivals"])
def test_no_person_from_a_place_gives_it_no_origin(text, place):
    assert "origin" not in role_of(text, place)


# ------------------------------------------------------------------ a country's asylum office counts

def test_a_country_that_logs_asylum_claims_is_a_destination():
    assert role_of("Belgium logged 2,100 asylum claims last year.", "Belgium") == {"destination"}


@pytest.mark.parametrize("text", [
    "Belgium logged 2,100 traffic fines last year.",
    "Belgium has not logged any asylum claims from them.",
], ids=["not-claims", "negated"])
def test_no_claims_logged_gives_no_destination(text):
    assert "destination" not in role_of(text, "Belgium")


# ------------------------------------------------------------------ places listed after one with a role

@pytest.mark.parametrize("text, place, role", [
    ("Many of them settled in Moscow, Kazan and the oil towns of western Siberia.", "western Siberia",
     "destination"),
    ("They wanted to join relatives in Canada, in particular in Toronto.", "Toronto", "destination"),
    ("They travelled on to their home areas, mainly Goma and Bukavu.", "Bukavu", "destination"),
    ("Most had left Asmara or towns such as Keren and Barentu.", "Keren", "launch_point"),
    ("They hoped to reach Mexico and then, eventually, on to Texas.", "Texas", "destination"),
    ("They travelled on to their home areas, mainly Goma in North Kivu province and Bukavu in South Kivu.",
     "Bukavu", "destination"),
], ids=["towns-of", "in-particular", "home-areas-mainly", "towns-such-as", "then-eventually", "after-province"])
def test_a_place_listed_after_one_with_a_role_shares_it(text, place, role):
    assert role in role_of(text, place)


@pytest.mark.parametrize("text, place", [
    # tourists, no migration
    ("Tourists like Canada, in particular Toronto.", "Toronto"),
    # negated
    ("They did not travel on to their home areas, mainly Goma and Bukavu.", "Bukavu"),
    # a place merely mentioned after the list
    ("Many of them settled in Moscow, mainly because Kazan had no work.", "Kazan"),
], ids=["tourists", "negated", "mentioned"])
def test_a_place_not_listed_with_a_role_gets_none(text, place):
    assert "destination" not in role_of(text, place)


# ------------------------------------------------------------------ a place hoped for, in other words

@pytest.mark.parametrize("text, places", [
    ("After the arrest the brothers plan a second attempt, this time for Dubai.", {"Dubai"}),
    ("Two of them say they will try for Toronto once the debt is paid.", {"Toronto"}),
    ("Most returnees are hoping for Dubai or Canada.", {"Dubai", "Canada"}),
    ("Lisbon, the largest city on the coast, was their target.", {"Lisbon"}),
    ("In the survey, 41% named Canada or Sweden as their final goal.", {"Canada", "Sweden"}),
    ("Some hope to apply for private sponsorship to Canada.", {"Canada"}),
    # hedged: still hoped for
    ("Perhaps Sweden was their final goal.", {"Sweden"}),
], ids=["this-time-for", "try-for", "hoping-for", "was-their-target", "named-as-goal", "sponsorship",
        "hedged"])
def test_a_place_hoped_for_is_a_destination(text, places):
    found = roles(picture(CONTEXT + text))
    assert all(found.get(p) == {"destination"} for p in places), found


@pytest.mark.parametrize("text, place", [
    ("Dubai was not their target.", "Dubai"),
    ("They are not hoping for Dubai any more.", "Dubai"),
    # a team's target, not a journey's
    ("Toronto was the team's target in the final.", "Toronto"),
    # goods: the target of exports
    ("Canada was the target of the grain exports.", "Canada"),
    # tourists hope for sunshine
    ("The tourists were hoping for sunshine in Lisbon.", "Lisbon"),
], ids=["negated", "negated-hope", "sports-team", "goods", "tourists"])
def test_a_place_not_hoped_for_is_no_destination(text, place):
    assert "destination" not in role_of(text, place)


# ------------------------------------------------------------------ from an airport in a city

@pytest.mark.parametrize("text, found", [
    ("The men flew from Hazrat Shahjalal International Airport in Dhaka to Jeddah on work visas.",
     {"Dhaka": {"transit"}, "Jeddah": {"destination"}}),
    ("They flew from the airport in Dhaka to Jeddah.", {"Dhaka": {"transit"}, "Jeddah": {"destination"}}),
    ("Recruits leave from Hazrat Shahjalal International Airport in Dhaka for Kuala Lumpur.",
     {"Dhaka": {"launch_point"}, "Kuala Lumpur": {"destination"}}),
    # hedged: still the journey told
    ("The men reportedly flew from Hazrat Shahjalal International Airport in Dhaka to Jeddah.",
     {"Dhaka": {"transit"}, "Jeddah": {"destination"}}),
], ids=["named-airport", "the-airport", "leave-for", "hedged"])
def test_a_journey_from_an_airport_starts_in_its_city(text, found):
    got = roles(picture(CONTEXT + text))
    assert all(got.get(p) == r for p, r in found.items()), got


@pytest.mark.parametrize("text", [
    "The men did not fly from Hazrat Shahjalal International Airport in Dhaka to Jeddah.",
    # an official's trip
    "The minister flew from Hazrat Shahjalal International Airport in Dhaka to Jeddah for talks.",
], ids=["negated", "official-visit"])
def test_no_journey_from_an_airport_gives_no_destination(text):
    assert "destination" not in roles(picture(CONTEXT + text)).get("Jeddah", set())


# ------------------------------------------------------------------ shares of the people, told without their verb

@pytest.mark.parametrize("text, place", [
    ("Dozens of welders travelled north over the winter, most to Moscow and some to Kazan.", "Kazan"),
    ("Many moved on to Lisbon, and a small number to Huelva.", "Huelva"),
    ("The adults were moved by bus to Lyon, and the minors to a hostel in Lisbon.", "Lisbon"),
    # hedged: still where the share went
    ("Most probably went to Moscow, and some to Kazan.", "Kazan"),
], ids=["same-move", "small-number", "the-minors", "hedged"])
def test_a_share_told_without_its_verb_went_to_its_place(text, place):
    assert role_of(text, place) == {"destination"}


@pytest.mark.parametrize("text, place", [
    ("None of them went to Moscow, and none to Kazan.", "Kazan"),
    # a team's fans, no share of the people
    ("The team went to Moscow for the final, and some fans to Kazan.", "Kazan"),
    # a place merely mentioned after the share
    ("Many moved on to Lisbon, and a small number stayed, as in Huelva.", "Huelva"),
], ids=["negated", "sports-team", "mentioned"])
def test_no_share_gives_no_destination(text, place):
    assert "destination" not in role_of(text, place)


# ------------------------------------------------------------------ "left to X" (a translated "left for X")

@pytest.mark.parametrize("text", [
    "Four families left already to Lyon, where they have cousins.",
    # hedged
    "Some families reportedly left recently to Lyon.",
], ids=["left-already-to", "hedged"])
def test_people_who_left_to_a_place_went_there(text):
    assert role_of(text, "Lyon") == {"destination"}


@pytest.mark.parametrize("text", [
    "The families never left to Lyon.",
    # not a place after "to"
    "He was left to die on a road near Lyon.",
], ids=["negated", "left-to-die"])
def test_no_leaving_to_a_place_gives_no_destination(text):
    assert "destination" not in role_of(text, "Lyon")


# ------------------------------------------------------------------ a place people reach, in a relative clause

@pytest.mark.parametrize("text", [
    "The office is in Lyon, which Eritrean families reach by coach.",
    # hedged
    "The office is in Lyon, which most migrants probably reach by coach.",
], ids=["which-reach", "hedged"])
def test_a_place_people_reach_in_a_relative_clause_is_a_destination(text):
    assert role_of(text, "Lyon") == {"destination"}


@pytest.mark.parametrize("text", [
    "The office is in Lyon, which few families ever reach.",
    # a team, not people on the move
    "The final is in Lyon, which the team reaches by coach.",
], ids=["few", "sports-team"])
def test_a_place_no_one_reaches_in_a_relative_clause_is_no_destination(text):
    assert "destination" not in role_of(text, "Lyon")


# ------------------------------------------------------------------ stops on the way, told as a stay, a payment or a walk

@pytest.mark.parametrize("text, place", [
    ("In Durban he paid a driver to take him north.", "Durban"),
    ("We were eleven Eritreans in a hostel near Moscow for nine days, waiting for a flight.", "Moscow"),
    ("We walked all night near Kazan.", "Kazan"),
    # hedged
    ("In Durban he apparently hired a smuggler to take him north.", "Durban"),
], ids=["paid-a-driver", "hostel-for-days", "walked-all-night", "hedged"])
def test_a_stop_told_as_a_stay_a_payment_or_a_walk_is_on_the_way(text, place):
    assert role_of(text, place) == {"transit"}


@pytest.mark.parametrize("text, place", [
    ("In Durban he never paid a driver.", "Durban"),
    # tourists in a hotel, a holiday
    ("The tourists were in a hotel near Lisbon for a week of sunshine.", "Lisbon"),
    # a team's visit, no journey
    ("In Durban the team paid a visit to the mayor.", "Durban"),
    # custody, not a stay
    ("They were detained in a camp near Moscow for nine days.", "Moscow"),
], ids=["negated", "tourists", "sports-team", "custody"])
def test_no_stay_payment_or_walk_on_the_way_gives_no_transit(text, place):
    assert "transit" not in role_of(text, place)


# ------------------------------------------------------------------ ordinary news sentences stay silent

@pytest.mark.parametrize("text, place, role", [
    # a change of direction after "mostly": the second place is no origin
    ("Thousands of families fled Sudan, mostly to Chad and Egypt.", "Egypt", "origin"),
    ("Many Eritreans left Sudan, mainly to Libya.", "Libya", "launch_point"),
    # the noun "labour", the verbs of everyday trade and a decision "left to" a country
    ("Labour inspectors found employment violations at farms in Sfax.", "Sfax", "destination"),
    ("A local baker has sold bread in Tunis for years.", "Tunis", "destination"),
    ("The decision was left to Italy and Malta.", "Italy", "destination"),
    ("Protesters marched all night near Tunis.", "Tunis", "transit"),
])
def test_news_sentences_in_a_migration_text_give_no_role(text, place, role):
    assert role not in roles(picture(CONTEXT + text)).get(place, set())


def test_a_share_sent_to_a_place_after_mostly_keeps_the_destination():
    assert "destination" in roles(picture(CONTEXT + "Thousands of families fled Sudan, mostly to Chad and Egypt.")
                                  ).get("Egypt", set())
