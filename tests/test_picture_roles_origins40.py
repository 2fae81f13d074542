"""Roles: where people come from, in reporters' wording (session 40): the villages, hamlets or
settlements around a place people come from (origin.home_spots), people who came from a list of
places or from places counted in brackets (origin.came_from_many), a place left to seek work
(origin.left_for_work), people driven, evacuated or moved out of a place (origin.displaced_from),
workers named by nationality and trade (origin.demonym_labour), a birthplace told with its spot
or a family's trade (origin.born_in_spot, origin.child_of_trade) and places that account for a
share of the people (origin.accounted_for).
Each is tested with negation, hedging and distractors (goods, fighters, boats leaving a shore,
a leg from one place).

Sentences written for these tests; geocoded by the tiny fixture gazetteer
(tests/extract_helpers.py) with the places below added."""

from __future__ import annotations

import pytest
from extract_helpers import REPORTED, picture, roles, with_places
from extract_helpers import reported_role_of as role_of

#: Places of these tests: surface -> (id, kind, country, lat, lon, gazetteer name).
EXTRA = {
    "Bolivia": ("test:bolivia", "country", "BO", -16.3, -63.6, "Bolivia"),
    "Oruro": ("test:oruro", "city", "BO", -17.97, -67.11, "Oruro"),
    "Potosi": ("test:potosi", "city", "BO", -19.58, -65.75, "Potosí"),
    "Uyuni": ("test:uyuni", "city", "BO", -20.46, -66.82, "Uyuni"),
    "Argentina": ("test:argentina", "country", "AR", -34.0, -64.0, "Argentina"),
    "Jujuy": ("test:jujuy", "city", "AR", -24.19, -65.3, "San Salvador de Jujuy"),
    "Salta": ("test:salta", "city", "AR", -24.78, -65.41, "Salta"),
    "Paraguay": ("test:paraguay", "country", "PY", -23.4, -58.4, "Paraguay"),
    "Peru": ("test:peru", "country", "PE", -9.2, -75.0, "Peru"),
    "Chile": ("test:chile", "country", "CL", -33.0, -71.0, "Chile"),
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
