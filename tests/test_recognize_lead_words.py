"""A word that leads local names ("Ban", a Thai or Lao village; "Char", a Bangladeshi river
island; "Point") and the capitalised words one space after it are one name the gazetteer
lacks ("Ban Pha Lom", "Char Montaz"), placed where the text puts it, never the common word
and a namesake of its last word. A name the gazetteer has whole stays as it is; a person
("Ban Ki-moon") and a lead word before a country are left as they were."""

from __future__ import annotations

import pytest

from geomig.geoparse.recognize import recognize
from geocode_helpers import placed


def names(text, gazetteer):
    return [s.text for s in recognize(text, gazetteer, keep_unknown=True)]


@pytest.mark.parametrize("text, name, country", [
    ("Hundreds of families sheltered at Ban Pha Lom, near Mae Hong Son, in Thailand.", "Ban Pha Lom", "TH"),
    ("Fishermen from Char Montaz, in Bhola, moved to Dhaka after the cyclone.", "Char Montaz", "BD"),
    ("The boat was seen off Point Vicente, near Los Angeles, at dawn.", "Point Vicente", "US"),
    # Greek "saint": the word alone is a town of Thessaly, far from the Cretan village meant.
    ("The fishing boat reached the small port of Agia Roumeli on Crete's south coast.", "Agia Roumeli", "GR"),
])
def test_a_lead_word_and_the_words_after_it_are_one_name(gazetteer, text, name, country):
    assert name in names(text, gazetteer)
    m = placed(text, name, gazetteer)
    assert m is not None and m.country == country, m


@pytest.mark.parametrize("text, word", [
    ("Hundreds of families sheltered at Ban Pha Lom, near Mae Hong Son, in Thailand.", "Lom"),
    ("The boat was seen off Point Vicente, near Los Angeles, at dawn.", "Vicente"),
    ("The fishing boat reached the small harbour of Agia Roumeli, on Crete's south coast.", "Agia"),
    ("Families sheltered in tents at Sidi Ouali, near the Libyan border in Egypt.", "Sidi"),
])
def test_a_part_of_the_name_is_not_read_alone(gazetteer, text, word):
    assert word not in names(text, gazetteer)


def test_a_known_name_with_a_lead_word_is_found_whole(gazetteer):
    m = placed("Boats left Cap-Haïtien for the Turks and Caicos.", "Cap-Haïtien", gazetteer)
    assert m is not None and m.country == "HT", m


@pytest.mark.parametrize("text", [
    "Ban Ki-moon visited Dadaab in Kenya in 2011.",          # a person's name, hyphened on
    "At this Point Kenya closed the camp at Dadaab.",        # the word alone before a country
])
def test_a_person_or_a_country_after_the_word_is_not_joined(gazetteer, text):
    found = names(text, gazetteer)
    assert not any(n.startswith(("Ban ", "Point ")) for n in found), found
    assert "Dadaab" in found
