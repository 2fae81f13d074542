"""Roles: where people come from, in reporters' wording: the villages, hamlets or
settlements around a place people come from (origin.home_spots), people who came from a list of
places or from places counted in brackets (origin.came_from_many), a place left to seek work
(origin.left_for_work), people driven, evacuated or moved out of a place (origin.displaced_from),
workers named by nationality and trade (origin.demonym_labour), a birthplace told with its spot
or a family's trade (origin.born_in_spot, origin.child_of_trade) and places that account for a
share of the people (origin.accounted_for); a birthplace told after the date of
birth (origin.born_dated), villages, homes or farms left in a place (origin.left_home_spots)
an origin list that repeats its "from" (origin.from_again), people named by their people then
where they are from (origin.people_group_from) and a birthplace whose spot follows it
(origin.born_in_spot).
Each is tested with negation, hedging and distractors (goods, fighters, boats leaving a shore,
a leg from one place).

Sentences written for these tests; geocoded by the tiny fixture gazetteer
(tests/extract_helpers.py) with the places below added."""

from __future__ import annotations

import pytest
from extract_helpers import ANDEAN, REPORTED, picture, roles, with_places
from extract_helpers import reported_role_of as role_of

#: Places of these tests: surface -> (id, kind, country, lat, lon, gazetteer name).
EXTRA = {
    **ANDEAN,
    "Paraguay": ("test:paraguay", "country", "PY", -23.4, -58.4, "Paraguay"),
    "Chile": ("test:chile", "country", "CL", -33.0, -71.0, "Chile"),
    "Iraq": ("test:iraq", "country", "IQ", 33.0, 44.0, "Iraq"),
}


@pytest.fixture(autouse=True)
def places(monkeypatch):
    with_places(monkeypatch, EXTRA)


# ---- origin.home_spots --------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Most had gone south years ago from villages around Oruro to pick grapes in Argentina.",
    "They walk into Argentina at dawn, many from villages in Oruro that flooded last week.",
    "At least forty young men from around Oruro have made the same trip to Salta since June.",
    "Families from hamlets outside Oruro crossed into Argentina on Tuesday.",
], ids=["gone-from-villages-around", "many-from-villages-in",
        "men-from-around", "families-from-hamlets-outside"])
def test_people_from_villages_around_a_place_come_from_it(text):
    assert role_of(text, "Oruro") == {"origin"}


@pytest.mark.parametrize("text", [
    # denied
    "The families who reached Jujuy were not from villages around Oruro, officials said.",
    # goods
    "The quinoa sold in Salta comes from farms around Oruro, traders said.",
    # fighters
    "Armed men from villages around Oruro attacked the bus station in Potosi.",
    # boats leaving a shore
    "Boats carrying migrants leave from villages along the coast of Chile every night.",
], ids=["negated", "goods", "fighters", "boats"])
def test_villages_around_a_place_denied_goods_fighters_or_boats_are_no_home(text):
    place = "Chile" if "Chile" in text else "Oruro"
    assert "origin" not in role_of(text, place)


def test_a_hedged_home_village_is_kept_and_marked():
    text = "Reportedly, families from hamlets outside Oruro crossed into Argentina on Tuesday."
    pic = picture(REPORTED + text)
    feats = [f for f in pic.features if f.name == "Oruro" and f.role == "origin"]
    assert feats and all(c["hedged"] for f in feats for c in f.properties["claims"])


# ---- origin.came_from_many ----------------------------------------------------------------

@pytest.mark.parametrize("text, place", [
    ("They came from Bolivia, Peru, Paraguay and a dozen other countries.", "Bolivia"),
    ("They came from Bolivia, Peru, Paraguay and a dozen other countries.", "Paraguay"),
    ("The largest groups came from Bolivia (1,118), Peru (806) and Paraguay (402).", "Bolivia"),
    ("The largest groups came from Bolivia (1,118), Peru (806) and Paraguay (402).", "Peru"),
], ids=["list-first", "list-last", "counted-first", "counted-next"])
def test_people_who_came_from_a_list_of_places_come_from_them(text, place):
    assert role_of(text, place) == {"origin"}


@pytest.mark.parametrize("text, place", [
    # goods
    ("The spare parts came from Bolivia, Peru and Paraguay, the mechanic said.", "Bolivia"),
    # denied
    ("The migrants held in Salta never came from Bolivia, Peru or Paraguay, the court heard.", "Bolivia"),
    # a year in brackets is no count of people
    ("The bus came from Oruro (2019 model) to Jujuy with 40 people on board.", "Oruro"),
], ids=["goods", "negated", "year-in-brackets"])
def test_goods_a_denial_or_a_year_is_no_list_of_homes(text, place):
    assert "origin" not in role_of(text, place)


# ---- origin.left_for_work -----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Most of these young people had left Oruro, Potosi or Uyuni to seek work on the farms of Salta.",
    "My son left Oruro to work in Chile, then walked south to Argentina.",
], ids=["left-list-to-seek-work", "left-to-work-in"])
def test_a_place_left_to_seek_work_is_home(text):
    assert role_of(text, "Oruro") == {"origin"}


@pytest.mark.parametrize("text", [
    # denied
    "Most of these young people had not left Oruro to seek work, the mayor said.",
    # goods
    "Lorries of quinoa left Oruro to supply the markets of Salta, where cargo prices rose.",
], ids=["negated", "goods"])
def test_a_place_not_left_for_work_or_left_by_goods_is_no_home(text):
    assert "origin" not in role_of(text, "Oruro")


# ---- origin.displaced_from ----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Some 3,000 families were driven from Oruro by floods and walked to Salta.",
    "Evacuees from Oruro reached Jujuy in army trucks.",
    "Oruro's residents were moved to Jujuy after the dam burst.",
    "Residents of Oruro were evacuated to Salta overnight.",
], ids=["driven-from", "evacuees-from", "residents-moved", "residents-of-evacuated"])
def test_people_driven_evacuated_or_moved_out_of_a_place_come_from_it(text):
    assert role_of(text, "Oruro") == {"origin"}


@pytest.mark.parametrize("text", [
    # residents who only speak or stay
    "Residents of Oruro said the trucks carrying migrants passed at night.",
    "Oruro's residents stayed put while migrants walked past to Salta.",
    # denied
    "Oruro's residents were not moved, officials said, though migrants camped in Salta.",
    # a ride, not a displacement
    "The migrants were driven from Oruro in closed lorries to the border at Jujuy.",
], ids=["residents-speak", "residents-stay", "negated", "driven-in-lorries"])
def test_residents_who_speak_stay_or_were_not_moved_are_no_movers(text):
    assert "origin" not in role_of(text, "Oruro")


# ---- origin.demonym_labour ----------------------------------------------------------------

DEMONYMS = {"Bolivian": "Bolivia"}


@pytest.mark.parametrize("text", [
    "Several thousand Bolivian farm hands make the trip to Salta every harvest.",
    "Bolivian seasonal labourers crossed at Jujuy before dawn.",
], ids=["farm-hands", "seasonal-labourers"])
def test_workers_named_by_nationality_and_trade_come_from_its_country(text, monkeypatch):
    with_places(monkeypatch, {}, DEMONYMS)
    assert role_of(text, "Bolivia") == {"origin"}


def test_a_nationality_of_a_trade_in_a_text_not_about_migration_is_no_origin(monkeypatch):
    with_places(monkeypatch, {}, DEMONYMS)
    pic = picture("Bolivian farm hands won the regional football cup in Oruro on Sunday.")
    assert "origin" not in roles(pic).get("Bolivia", set())


# ---- origin.born_in_spot, origin.child_of_trade -------------------------------------------

@pytest.mark.parametrize("text", [
    "He was born in a village outside Oruro and crossed into Argentina at nineteen.",
    "She grew up in a farming commune near Oruro before she left for Salta.",
    "He was the eldest of three children of a rice farmer in Oruro, and migrated to Salta at 17.",
], ids=["born-village-outside", "grew-up-commune-near", "child-of-farmer"])
def test_a_birthplace_or_a_family_home_told_with_its_spot_is_home(text):
    assert role_of(text, "Oruro") == {"origin"}


@pytest.mark.parametrize("text", [
    # denied
    "He was not born in a village outside Oruro, as the smugglers claimed; migrants there said so.",
    # an official's family, not a trade of the list
    "The minister, the son of a general in Oruro, said migrants would be sent to Salta.",
], ids=["negated", "son-of-a-general"])
def test_no_birthplace_denied_or_no_trade_is_no_home(text):
    assert "origin" not in role_of(text, "Oruro")


# ---- origin.accounted_for -----------------------------------------------------------------

@pytest.mark.parametrize("text, place", [
    ("Oruro, Potosi and Uyuni together account for roughly a third of departures.", "Oruro"),
    ("Oruro, Potosi and Uyuni together account for roughly a third of departures.", "Uyuni"),
    ("The Oruro region accounted for 41% of arrivals in Salta this year.", "Oruro"),
], ids=["list-first", "list-last", "region-share"])
def test_places_that_account_for_a_share_of_people_are_their_homes(text, place):
    assert role_of(text, place) == {"origin"}


@pytest.mark.parametrize("text", [
    "Oruro accounted for 40% of exports of tin, while migrants crossed at Jujuy.",
    "Oruro did not account for most arrivals in Salta, officials said.",
    # a town or country counted among arrivals, claims or refugees receives them
    "Oruro alone accounts for half of all arrivals in Bolivia.",
    "Oruro accounted for 30% of all asylum applications in the region last year.",
    "Oruro and Salta together account for most of the refugees registered this year.",
    # registrations of things, not people
    "Oruro alone accounts for half of all registrations of new cars.",
], ids=["exports", "negated", "arrivals-in", "applications", "refugees-registered", "car-registrations"])
def test_a_share_of_trade_or_a_denied_share_is_no_home(text):
    assert "origin" not in role_of(text, "Oruro")


# ---- origin.born_dated --------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "He was born in 1981 in Oruro and crossed into Argentina at nineteen.",
    "Mamani, born on 3 May 1994 in Oruro, picks grapes near Salta.",
    "She was born in March 1988 in Oruro; she walked to Jujuy last year.",
], ids=["born-in-year-in", "born-on-date-in", "born-in-month-year-in"])
def test_a_birthplace_told_after_the_date_of_birth_is_home(text):
    assert role_of(text, "Oruro") == {"origin"}


@pytest.mark.parametrize("text", [
    # denied
    "He was not born in 1981 in Oruro, his lawyer said; migrants there crossed into Argentina.",
    # a date alone, the place is where he worked
    "He was born in 1981 and worked in Oruro before migrants there crossed into Argentina.",
], ids=["negated", "date-alone"])
def test_a_denied_or_placeless_birth_date_is_no_home(text):
    assert "origin" not in role_of(text, "Oruro")


def test_a_hedged_dated_birthplace_is_kept_and_marked():
    text = "He was reportedly born in 1981 in Oruro and crossed into Argentina at nineteen."
    pic = picture(REPORTED + text)
    feats = [f for f in pic.features if f.name == "Oruro" and f.role == "origin"]
    assert feats and all(c["hedged"] for f in feats for c in f.properties["claims"])


def test_a_move_dated_long_ago_still_gives_no_role():
    """Only a birth year is exempt from relevance's long_ago: a move in 1981 is still history."""
    text = "In 1981 he walked from Oruro to Salta with his father."
    assert "origin" not in role_of(text, "Oruro")


# ---- origin.left_home_spots ---------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Most of them left villages in Oruro three weeks ago and walked south to Salta.",
    "The group abandoned farms near Oruro in May and crossed into Argentina.",
    "Families fled the hamlets of Oruro and reached Jujuy on Monday.",
], ids=["left-villages-in", "abandoned-farms-near", "fled-the-hamlets-of"])
def test_people_who_left_villages_or_farms_in_a_place_come_from_it(text):
    assert role_of(text, "Oruro") == {"origin"}


@pytest.mark.parametrize("text", [
    # denied
    "The families did not leave villages in Oruro, officials said; migrants crossed at Jujuy.",
    # soldiers, aid staff
    "Troops left the villages in Oruro after the floods, and migrants crossed at Jujuy.",
    "Aid workers left villages in Oruro when the rains came; the migrants walked to Salta.",
    # goods
    "Lorries loaded with quinoa left farms near Oruro for the markets of Salta.",
], ids=["negated", "troops", "aid-workers", "goods"])
def test_villages_left_denied_by_troops_aid_staff_or_goods_are_no_home(text):
    assert "origin" not in role_of(text, "Oruro")


def test_a_hedged_left_village_is_kept_and_marked():
    text = "The families may have left villages in Oruro weeks ago, before crossing into Argentina."
    pic = picture(REPORTED + text)
    feats = [f for f in pic.features if f.name == "Oruro" and f.role == "origin"]
    assert feats and all(c["hedged"] for f in feats for c in f.properties["claims"])


# ---- origin.from_again --------------------------------------------------------------------

@pytest.mark.parametrize("text, place", [
    ("Most are women from the south of Bolivia: from Oruro, from Potosi, from towns near the salt flats.",
     "Oruro"),
    ("Most are women from the south of Bolivia: from Oruro, from Potosi, from towns near the salt flats.",
     "Potosi"),
    ("Most of them from Oruro itself, and from Potosi and Uyuni, crossed into Argentina.", "Potosi"),
    ("Most of the new arrivals are from villages in Oruro and from the Uyuni area, Salta said.", "Oruro"),
    ("Most of the new arrivals are from villages in Oruro and from the Uyuni area, Salta said.", "Uyuni"),
], ids=["colon-list-first", "colon-list-second", "and-from-again", "arrivals-are-from-villages",
        "and-from-the-area"])
def test_an_origin_list_repeating_its_from_gives_each_place_as_home(text, place):
    assert role_of(text, place) == {"origin"}


@pytest.mark.parametrize("text, place", [
    # a leg, not a list of homes
    ("They travelled from Oruro to Potosi, from Potosi to Uyuni and then to Salta.", "Potosi"),
    # goods
    ("Lorries from the south of Bolivia, from Oruro and from Potosi, brought quinoa to Salta.", "Potosi"),
    # denied
    ("The new arrivals in Salta are not from villages in Oruro, officials said.", "Oruro"),
    # armed men
    ("Armed men from villages in Oruro and from the Uyuni area attacked a bus in Salta.", "Uyuni"),
    # no part of the place: countries near it
    ("Migrants from countries south of Oruro also headed for Salta.", "Oruro"),
], ids=["route", "goods", "negated", "armed-men", "countries-south-of"])
def test_legs_goods_denials_or_neighbours_are_no_repeated_home(text, place):
    assert "origin" not in role_of(text, place)


def test_a_hedged_repeated_from_is_kept_and_marked():
    text = "Reportedly, most of them are from villages in Oruro and from the Uyuni area."
    pic = picture(REPORTED + text)
    feats = [f for f in pic.features if f.name == "Uyuni" and f.role == "origin"]
    assert feats and all(c["hedged"] for f in feats for c in f.properties["claims"])


# ---- origin.people_group_from, origin.born_in_spot ----------------------------------------

@pytest.mark.parametrize("text, place", [
    ("Most on board were Peruvians, with a handful of Kurds from Iraq, officials in Lesbos said.", "Iraq"),
    ("He was born in Bolivia, in the poor neighbourhoods of Oruro, and crossed into Chile at 20.",
     "Oruro"),
], ids=["kurds-from", "born-in-then-neighbourhoods-of"])
def test_a_people_from_a_place_or_a_birthplace_spot_after_it_is_home(text, place):
    assert role_of(text, place) == {"origin"}


@pytest.mark.parametrize("text, place", [
    # denied
    ("They were not Kurds from Iraq, the coastguard in Lesbos said of the migrants.", "Iraq"),
    # a body of the place, not a home
    ("Kurds from the Iraq police academy met migrants in Lesbos.", "Iraq"),
    # a camp people lived in, then a leg
    ("Turkey moved 300 Rohingya refugees from the crowded camps of Oruro to Lesbos.", "Oruro"),
], ids=["negated", "police", "camp-then-leg"])
def test_a_denied_people_a_body_or_a_camp_is_no_home(text, place):
    assert "origin" not in role_of(text, place)


def test_a_hedged_people_from_a_place_is_kept_and_marked():
    text = ("Most on board were Peruvians, reportedly with a handful of Kurds from Iraq, "
            "officials in Lesbos said.")
    pic = picture(REPORTED + text)
    feats = [f for f in pic.features if f.name == "Iraq" and f.role == "origin"]
    assert feats and all(c["hedged"] for f in feats for c in f.properties["claims"])
