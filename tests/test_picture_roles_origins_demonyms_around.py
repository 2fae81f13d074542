"""Roles: where people come from: a host country's own
workers named by nationality and trade (origin.demonym_labour, abroad), armed forces or money
driven out of a place (origin.displaced_from), ideas and money born or raised in a spot
(origin.born_in_spot) and people "from around" a country or a continent (origin.from_around,
towns only); and a birthplace the gazetteer does not know, placed by the place after it
(origin.born_in_unknown_spot), and a person named "X-born" (origin.hyphen_born).
Each is tested with negation, hedging and distractors.

Sentences written for these tests; geocoded by the tiny fixture gazetteer
(tests/extract_helpers.py) with the places below added."""

from __future__ import annotations

import pytest
from dataclasses import replace

from extract_helpers import REPORTED, annotate, picture, roles, with_places
from extract_helpers import reported_role_of as role_of

#: Places of these tests: surface -> (id, kind, country, lat, lon, gazetteer name).
EXTRA = {
    "Syria": ("test:syria", "country", "SY", 35.0, 38.0, "Syria"),
    "Kalamata": ("test:kalamata", "city", "GR", 37.04, 22.11, "Kalamata"),
    "Bolivia": ("test:bolivia", "country", "BO", -16.3, -63.6, "Bolivia"),
    "Oruro": ("test:oruro", "city", "BO", -17.97, -67.11, "Oruro"),
    "Potosi": ("test:potosi", "city", "BO", -19.58, -65.75, "Potosí"),
    "Argentina": ("test:argentina", "country", "AR", -34.0, -64.0, "Argentina"),
    "Salta": ("test:salta", "city", "AR", -24.78, -65.41, "Salta"),
}
DEMONYMS = {"Syrian": "Syria", "Bolivian": "Bolivia"}


@pytest.fixture(autouse=True)
def places(monkeypatch):
    with_places(monkeypatch, EXTRA, DEMONYMS)


# ---- origin.demonym_labour: the host country's own workers --------------------------------

@pytest.mark.parametrize("text, place", [
    ("Syrian refugees landed in Italy. Italian construction workers protested in Rome.", "Italy"),
    ("Syrian refugees arrived in Greece by boat from Turkey. Greek farm workers harvested olives "
     "near Kalamata.", "Greece"),
    ("Migrants reached Greece on foot. Greek farm workers gave them water.", "Greece"),
], ids=["landed-in-italy", "arrived-in-greece", "reached-greece"])
def test_workers_of_a_country_people_reach_are_no_origin(text, place):
    assert "origin" not in role_of(text, place)


@pytest.mark.parametrize("text", [
    # the country is not reached: a denied landing
    "The boat never landed in Italy. Italian construction workers in Libya fled to Malta.",
    # another country reached
    "Bolivian seasonal labourers crossed into Argentina at dawn and walked to Salta.",
    # hedged
    "Bolivian farm hands reportedly made the trip to Salta again this harvest.",
    # a leg inside their own country first: a town of it reached is no host country
    "Bolivian seasonal labourers rode from Oruro to Potosi, then crossed into Argentina.",
], ids=["denied-landing", "other-country-reached", "hedged", "leg-at-home-first"])
def test_workers_abroad_keep_their_origin(text):
    place = "Italy" if "Italian" in text else "Bolivia"
    assert "origin" in role_of(text, place)


# ---- origin.displaced_from: fighters and money are no one's home ---------------------------

@pytest.mark.parametrize("text, place", [
    ("Libyan forces were driven out of Sabratha in February.", "Sabratha"),
    ("Rebels were forced out of Zawiya by the army, and thousands of families went to Tripoli.",
     "Zawiya"),
    ("Investors were driven out of Tripoli by inflation.", "Tripoli"),
    ("Troops have been pushed out of Misrata, officials said.", "Misrata"),
], ids=["forces-driven-out", "rebels-forced-out", "investors", "troops-pushed-out"])
def test_forces_or_investors_driven_out_of_a_place_are_no_home(text, place):
    assert "origin" not in role_of(text, place)


@pytest.mark.parametrize("text", [
    "Some 3,000 families were driven out of Sabratha by the fighting and walked to Tunisia.",
    "Civilians were forced out of Sabratha after troops arrived, and many reached Tunisia.",
], ids=["families-driven-out", "civilians-forced-out-troops-near"])
def test_people_driven_out_of_a_place_still_come_from_it(text):
    assert role_of(text, "Sabratha") == {"origin"}


def test_an_evacuation_from_a_place_named_alone_still_comes_from_it():
    assert role_of("Evacuation from the Oruro region: updates on the buses to Salta.", "Oruro") == {"origin"}


def test_people_not_driven_out_is_denied():
    assert "origin" not in role_of("The families were not forced out of Sabratha, officials said.", "Sabratha")


# ---- origin.born_in_spot: ideas, movements and money --------------------------------------

@pytest.mark.parametrize("text, place", [
    ("The movement was born in a suburb of Rome and now helps migrants in Sicily.", "Rome"),
    ("The idea was born in a neighbourhood of Tunis, organisers said.", "Tunis"),
    ("Money was raised in a village near Agadez to pay for the boat.", "Agadez"),
], ids=["movement-born", "idea-born", "money-raised"])
def test_ideas_or_money_born_or_raised_in_a_spot_are_no_home(text, place):
    assert "origin" not in role_of(text, place)


@pytest.mark.parametrize("text", [
    "He was born in a village outside Agadez and crossed into Libya at nineteen.",
    "Perhaps she was raised in a village near Agadez, the migrants said.",
], ids=["person-born", "person-raised-hedged"])
def test_a_person_born_or_raised_in_a_spot_comes_from_it(text):
    assert role_of(text, "Agadez") == {"origin"}


# ---- origin.born_in_unknown_spot -----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "He was born in Huari, a village of salt flats in Oruro department, and crossed into Argentina at twenty.",
    "She was born on Isla Pescado, one of the islands of Oruro, and later moved to Salta.",
    "He grew up in Challapata, near Oruro, and left for Salta at sixteen.",
], ids=["village-in", "one-of-the-islands-of", "near"])
def test_a_birthplace_unknown_to_the_gazetteer_is_placed_by_the_place_after_it(text):
    assert role_of(text, "Oruro") == {"origin"}


@pytest.mark.parametrize("text", [
    # denied
    "He was not born in Huari, a village near Oruro, as the smugglers claimed.",
    # no person: a festival, an idea
    "The festival was born in Huari, a village near Oruro.",
    "The idea was born in Huari, a village near Oruro, and spread to Salta with the migrants.",
    # no spot after the comma: a month
    "He was born in March, a month before the floods reached Oruro.",
], ids=["negated", "festival", "idea", "a-month"])
def test_no_birth_of_a_person_in_an_unknown_spot_is_no_home(text):
    assert "origin" not in role_of(text, "Oruro")


def test_a_hedged_birthplace_in_an_unknown_spot_is_kept_and_marked():
    pic = picture(REPORTED + "Reportedly, she was born in Huari, a village near Oruro.")
    feats = [f for f in pic.features if f.name == "Oruro" and f.role == "origin"]
    assert feats and all(c["hedged"] for f in feats for c in f.properties["claims"])


# ---- origin.from_around: towns, not countries or continents -------------------------------

@pytest.mark.parametrize("text, place", [
    ("People from around Europe donated clothes to the migrants in Lesbos.", "Europe"),
    ("People from around Italy sent clothes to the migrants in Lampedusa.", "Italy"),
], ids=["continent", "country"])
def test_people_from_around_a_country_or_continent_gathered_are_no_origin(text, place):
    assert "origin" not in role_of(text, place)


@pytest.mark.parametrize("text", [
    "At least forty young men from around Oruro have made the same trip to Salta since June.",
    "They say the families from around Oruro may have crossed into Argentina.",
], ids=["men-from-around-a-town", "hedged"])
def test_people_from_around_a_town_come_from_it(text):
    assert role_of(text, "Oruro") == {"origin"}


def test_from_around_a_town_denied_is_no_origin():
    text = "None of the migrants in Salta were from around Oruro, the consul said."
    assert "origin" not in role_of(text, "Oruro")


def test_from_around_a_town_claim_names_its_cue():
    pic = picture(REPORTED + "Families from around Oruro crossed into Argentina on Tuesday.")
    feats = [f for f in pic.features if f.name == "Oruro" and f.role == "origin"]
    assert feats and all(f.cue.startswith("origin.from_around") for f in feats)


# ---- origin.hyphen_born -------------------------------------------------------------------

def role_of_hyphen(text: str, place: str) -> set[str]:
    """The roles of a place in a text whose "-born" is glued to a place name: annotate() finds
    no name before a hyphen, so the text is annotated with a space there (same offsets)."""
    from geomig.picture import extract

    full = REPORTED + text
    doc = replace(annotate(full.replace("-born", " born")), text=full)
    return roles(extract([doc])).get(place, set())


@pytest.mark.parametrize("text, place", [
    ("The Oruro-born translator crossed into Argentina in 2021 and now lives in Salta.", "Oruro"),
    ("Bolivian-born Rosa reached Salta after a year in Potosi.", "Bolivia"),
], ids=["town-born", "nationality-born"])
def test_a_person_named_x_born_comes_from_x(text, place):
    assert role_of_hyphen(text, place) == {"origin"}


@pytest.mark.parametrize("text, place", [
    # children born where their parents settled
    ("Bolivian migrants settled in Salta decades ago; their Argentina-born children speak no Quechua.",
     "Argentina"),
    # a country people arrive in: the host's own
    ("Migrants from Bolivia arrived in Argentina last year. The Argentina-born mayor welcomed them.",
     "Argentina"),
    # no "-born": a plain mention of the town
    ("The Oruro bus terminal was crowded with migrants bound for Salta.", "Oruro"),
    # a person who meets the movers, not one who moves
    ("Migrants from Bolivia reached Salta. The Chile-born mayor of Salta welcomed them.", "Chile"),
    ("Families reached Salta on foot. The Oruro-born interpreter helped them fill in forms.", "Oruro"),
], ids=["children", "host-country", "no-born", "mayor-welcomes", "interpreter-helps"])
def test_children_born_abroad_or_the_hosts_own_are_no_origin(text, place):
    assert "origin" not in role_of_hyphen(text, place)



# ------------------------------------------------------------------ "a native of X"


@pytest.mark.parametrize("text", [
    "A native of Oruro, Rosa crossed from Bolivia into Argentina.",
    "Rosa, a native of Oruro, crossed from Bolivia into Argentina.",
], ids=["opening-apposition", "apposition"])
def test_a_native_of_a_place_moves_and_comes_from_it(text):
    # "natives" in not_movers meant no people; "a native of X" is a person, and the sentence's
    # claims stay: her home and the crossing
    assert role_of(text, "Oruro") == {"origin"}
    assert "destination" in role_of(text, "Argentina")



# ---- origin.displaced_from: the people driven out ------------------------------------------
# origin.displaced_from asks for people in its sentence: the people must be the ones driven
# out (named before the place, or after an opening "Driven out of X, ..."), not others named
# later in another clause.

@pytest.mark.parametrize("text", [
    "Investors were driven out of Tripoli by inflation, and migrants kept leaving for Italy.",
    "Banks were forced out of Tripoli by the militias, and families sold their cars to pay smugglers.",
], ids=["investors-then-migrants", "banks-then-families"])
def test_things_driven_out_of_a_place_are_no_home_of_people_named_after(text):
    assert "origin" not in role_of(text, "Tripoli")


@pytest.mark.parametrize("text", [
    # the people before the place (distractors: others named after)
    "Families were driven out of Sabratha by the fighting, and investors left too.",
    "Thousands of people were forced out of Sabratha, and most walked to Tunisia.",
    # the people after an opening participle
    "Driven out of Sabratha by the fighting, thousands of families walked to Tunisia.",
    "Forced from their homes in Sabratha, the families walked to Tunisia.",
], ids=["families-then-investors", "people-then-most", "opening-driven-out", "opening-forced-from"])
def test_people_driven_out_of_a_place_named_before_or_after_an_opening_still_come_from_it(text):
    assert role_of(text, "Sabratha") == {"origin"}
