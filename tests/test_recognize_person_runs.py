"""A run of names one space apart whose last word the text writes elsewhere as a person's
("said Muana", "Muana, 46,", "Muana's nephew"), or that opens with a given name and has three
words at least, is one person's full name: none of its words is a place, not even a middle
word that its neighbours' checks let through (recognize._full_names). Names the gazetteer has
whole, lists of places and datelines stay places."""

from __future__ import annotations

import pytest

from geomig.geoparse.recognize import recognize


def hints(text, gazetteer):
    return [(s.text, s.kind_hint) for s in recognize(text, gazetteer, keep_rejected=True)]


def places(text, gazetteer):
    return [s.text for s in recognize(text, gazetteer)]


@pytest.mark.parametrize("text", [
    # a speaker after a quote
    'When the shelling reached Tedim, Lal Thang Muana packed one bag. "We had nothing left," said Muana.',
    # an age after the surname, in the run itself
    "Lal Thang Muana, 52, waited three days at the river before he crossed.",
    # a relative named by the surname's possessive
    "Lal Thang Muana did not wait for the rains. Muana's nephew stayed behind with the goats.",
    # an apposition of a person, later in the text
    "Lal Thang Muana left before dawn. Muana, a farmer, had heard the jets the night before.",
    # an honorific
    "Lal Thang Muana left before dawn, Mr Muana told reporters.",
])
def test_no_word_of_a_persons_full_name_is_a_place(gazetteer, text):
    found = hints(text, gazetteer)
    for word in ("Lal", "Thang", "Muana"):
        assert all(h == "person" for t, h in found if t == word), found
    assert not {"Lal", "Thang", "Muana"} & set(places(text, gazetteer))


def test_the_place_before_the_name_stays_a_place(gazetteer):
    text = 'When the shelling reached Tedim, Lal Thang Muana packed one bag. "We had nothing," said Muana.'
    assert "Tedim" in places(text, gazetteer)


@pytest.mark.parametrize("text, people", [
    ("Maria Da Penha left Recife in May with her two sons.", ["Maria", "Da", "Penha"]),
    ("Abdi Kadir Omar fled Baidoa when the fighting began.", ["Abdi", "Omar"]),
])
def test_a_run_of_three_names_opened_by_a_given_name_is_a_person(gazetteer, text, people):
    found = hints(text, gazetteer)
    for word in people:
        assert all(h == "person" for t, h in found if t == word), found
    assert not set(people) & set(places(text, gazetteer))


def test_a_run_of_names_with_no_word_of_a_person_is_read_as_before(gazetteer):
    # Distractor: nothing in the text makes "Muana" a person (no speaker, age, relative or title).
    found = hints("Lal Thang Muana waited at the border for a week.", gazetteer)
    assert "person" not in {h for t, h in found if t == "Thang"}, found


def test_muana_said_in_a_quote_is_no_speaker_after_it(gazetteer):
    # Negation of the frame: "said" followed by the name and more capitalised words is no
    # speaker of a quote ("said Muana Province", were there one): only "said Muana." is.
    found = hints("Lal Thang Muana waited. Officials said Muana Camp was full.", gazetteer)
    assert "person" not in {h for t, h in found if t == "Thang"}, found


@pytest.mark.parametrize("text, name", [
    ("The ferry reached Port Said on Monday, said Ahmed.", "Port Said"),
    ("She flew from Santa Cruz to San Jose. Cruz, 41, a nurse, went with her.", "San Jose"),
    ("She flew from Santa Cruz to San Jose. Cruz, 41, a nurse, went with her.", "Santa Cruz"),
    ("They landed in Saint Louis, said Louis, a pilot.", "Saint Louis"),
    ("Officials in New Delhi said the camp was full. Delhi's wife declined.", "New Delhi"),
    ("Students in Kuala Lumpur marched, said Lumpur, 22.", "Kuala Lumpur"),
])
def test_names_the_gazetteer_has_whole_stay_places(gazetteer, text, name):
    assert name in places(text, gazetteer), hints(text, gazetteer)


def test_a_dateline_before_a_persons_name_stays_a_place(gazetteer):
    text = "KABUL — Ahmad Shah said the road to the border was closed. Shah, 40, a driver, turned back."
    assert "KABUL" in places(text, gazetteer), hints(text, gazetteer)


def test_a_list_of_towns_stays_places(gazetteer):
    text = 'Families fled Tedim, Falam and Hakha. "We walked for days," said Hakha, a farmer.'
    assert {"Tedim", "Falam"} <= set(places(text, gazetteer)), hints(text, gazetteer)


@pytest.mark.parametrize("text, place", [
    # an office or a title before the name is not in it: the town before it stays a place
    ("Aizawl Police Chief Lal Thang Muana said the road was shut. Muana, 50, spoke by phone.", "Aizawl"),
    # nor is an acronym
    ('Champhai DC Lal Thang Muana said the camp was full. "We are out of rice," said Muana.', "Champhai"),
    # nor a place listed before it
    ("Families from Tedim and Lal Thang Muana waited. Muana, 50, a farmer, spoke.", "Tedim"),
])
def test_what_stands_before_the_full_name_is_read_as_before(gazetteer, text, place):
    found = hints(text, gazetteer)
    assert place in places(text, gazetteer), found
    assert all(h == "person" for t, h in found if t == "Thang"), found


def test_a_headline_of_countries_and_towns_is_no_name(gazetteer):
    # Distractor: "Jordan" is a given name too, but a country's name opens no person's name.
    assert "Daraa" in places("Jordan Syria Daraa crossing reopens after two years", gazetteer)


def test_a_weekday_after_a_town_is_no_surname(gazetteer):
    # Distractor: 'police said Tuesday.' writes "Tuesday" as a speaker would stand, but a
    # weekday is nobody's name, and the town before it stays a place.
    text = "The fire started in Tedim Tuesday, police said Tuesday."
    assert "Tedim" in places(text, gazetteer), hints(text, gazetteer)
