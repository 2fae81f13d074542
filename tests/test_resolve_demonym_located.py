"""A name the gazetteer lacks that a demonym puts in a country ("the Ugandan border village
of Velmarsk", "Velmarsk, the last Bulgarian town", "Velmarsk, on the Kenyan side") is placed
in that country, vaguely; a demonym of people ("the Sudanese refugee camp of", "a Somali
neighbourhood") or a border, which has two sides, places nothing. The same frames pick a
known name's sense in the demonym's country."""

from __future__ import annotations

import pytest

from geocode_helpers import placed


@pytest.mark.parametrize("text, country", [
    ("Forty people landed on the tiny Greek island of Velmarsk before dawn on Monday.", "GR"),
    ("The families reached the Ugandan border village of Velmarsk last week.", "UG"),
    ("Smugglers dropped them near the Turkish resort town of Velmarsk at night.", "TR"),
    ("They were taken to Velmarsk, a Kenyan fishing village, by the police.", "KE"),
    ("The bus stopped at Velmarsk, the last Bulgarian town before the border.", "BG"),
    ("Police stopped the lorry in Velmarsk, on the Kenyan side, and sent it back to Tanzania.", "KE"),
])
def test_an_unknown_name_a_demonym_places_lies_in_its_country(gazetteer, text, country):
    m = placed(text, "Velmarsk", gazetteer)
    assert m is not None and m.country == country and "vague" in m.flags, m


@pytest.mark.parametrize("text", [
    # a demonym of the people who live there, not of the country it lies in
    "They stayed in the Sudanese refugee camp of Velmarsk for a year.",
    "Velmarsk, a Somali neighbourhood, was full of new arrivals.",
    # a border has two sides
    "Velmarsk, on the Kenyan border, was quiet on Monday.",
    # a demonym that names no country
    "They reached the small African village of Velmarsk on foot.",
])
def test_a_demonym_of_people_or_a_border_places_no_unknown_name(gazetteer, text):
    m = placed(text, "Velmarsk", gazetteer)
    assert m is None or not m.id, m


@pytest.mark.parametrize("text, country", [
    ("The families crossed at the Kenyan border town of Moyale on Monday.", "KE"),
    ("They reached Moyale, the last Ethiopian town before the border.", "ET"),
])
def test_a_demonym_picks_a_known_names_sense_in_its_country(gazetteer, text, country):
    m = placed(text, "Moyale", gazetteer)
    assert m is not None and m.country == country, m


def test_a_demonym_before_a_country_does_not_make_it_another(gazetteer):
    # Distractor: "the Somali region of Ethiopia" names Ethiopia, not a Somali place.
    m = placed("Drought hit the Somali region of Ethiopia this year.", "Ethiopia", gazetteer)
    assert (m.country, m.kind) == ("ET", "country")


def test_a_demonym_outweighs_a_spelling_of_a_town_abroad(gazetteer):
    # Alone, the name is read as a spelling of an Indian city the text's country holds;
    # "the Nepali town of" puts it in Nepal.
    alone = placed("Workers from India were taken to Kohalpur last week.", "Kohalpur", gazetteer)
    assert alone is not None and alone.country == "IN", alone
    m = placed("Workers from India were taken to the Nepali town of Kohalpur last week.", "Kohalpur", gazetteer)
    assert m is not None and m.country == "NP" and "vague" in m.flags, m
