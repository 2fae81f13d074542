"""Twin towns split by a border (Moyale in Kenya and in Ethiopia, Nogales, Rosso) take the
side the text names for them: "the Ethiopian side of Moyale", "the Mexico side of Nogales",
or the only country the name's clause names ("crossed into Ethiopia and went down to
Moyale", "Senegalese police at Rosso"); a country left or gone to from the name, a people's
plural, or a country of another clause leaves the choice to the rest of the text."""

from __future__ import annotations

import pytest

from geocode_helpers import placed

KENYAN = "Thousands fled Kenya's Marsabit and Isiolo counties last year. "
ETHIOPIAN = "Thousands fled Ethiopia's Borena zone, from Yabelo and Mega, last year. "


@pytest.mark.parametrize("text, name, country", [
    (KENYAN + "On the Ethiopian side of Moyale, traders waited.", "Moyale", "ET"),
    (ETHIOPIAN + "Families waited on the Kenyan side of Moyale for days.", "Moyale", "KE"),
    ("Migrants left Tucson and Phoenix. People waited on the Mexican side of Nogales.", "Nogales", "MX"),
    ("Migrants left Tucson and Phoenix. People waited on the Mexico side of Nogales.", "Nogales", "MX"),
])
def test_the_side_a_country_or_its_adjective_names(gazetteer, text, name, country):
    m = placed(text, name, gazetteer)
    assert m is not None and m.country == country, m


def test_a_side_of_a_place_of_no_country_places_nothing_there(gazetteer):
    m = placed(KENYAN + "Boats crossed to the Kenyan side of Lake Turkana.", "Lake Turkana", gazetteer)
    assert m is not None and m.kind == "landmark" and "contradicts-qualifier" not in m.flags, m


@pytest.mark.parametrize("text, country", [
    (KENYAN + "From there we crossed into Ethiopia and went down to Moyale, and at night we walked on.", "ET"),
    (KENYAN + "Ethiopian officers in Moyale counted them.", "ET"),
])
def test_the_only_country_of_the_clause_picks_the_twin(gazetteer, text, country):
    m = placed(text, "Moyale", gazetteer)
    assert m is not None and m.country == country, m


def test_an_adjective_of_police_picks_the_twin(gazetteer):
    m = placed("Mauritania expelled them from Nouakchott and Nouadhibou. Senegalese police at Rosso "
               "took their names.", "Rosso", gazetteer)
    assert m is not None and m.country == "SN", m


@pytest.mark.parametrize("text", [
    KENYAN + "They walked from Moyale to Ethiopia.",               # gone to from it
    KENYAN + "They left Ethiopia for Moyale.",                      # left for it
    KENYAN + "Ethiopians waited in Moyale.",                        # a people, anywhere
    KENYAN + "They reached Moyale, but Ethiopia sent no tents.",    # another clause
    KENYAN + "They camped near Moyale, a few hundred metres from the border with Ethiopia.",  # across it
])
def test_a_country_left_gone_to_or_of_another_clause_keeps_the_text_s_side(gazetteer, text):
    m = placed(text, "Moyale", gazetteer)
    assert m is not None and m.country == "KE", m


@pytest.mark.parametrize("text", [
    KENYAN + "Police deported forty men to Ethiopia at Moyale.",            # returned to it
    KENYAN + "Guards sent the families back into Ethiopia through Moyale.",  # pushed back into it
    KENYAN + "Twelve men were returned by the police to Ethiopia at Moyale.",
])
def test_a_country_people_were_sent_back_to_does_not_pick_the_twin(gazetteer, text):
    m = placed(text, "Moyale", gazetteer)
    assert m is not None and m.country == "KE", m


@pytest.mark.parametrize("text", [
    KENYAN + "They crossed into Ethiopia at Moyale.",
    KENYAN + "They went back to Marsabit and then crossed into Ethiopia at Moyale.",
    KENYAN + "Deported from Nairobi, they later entered Ethiopia at Moyale.",
])
def test_a_country_entered_at_the_name_still_picks_the_twin(gazetteer, text):
    m = placed(text, "Moyale", gazetteer)
    assert m is not None and m.country == "ET", m


@pytest.mark.parametrize("text", [
    KENYAN + "Ethiopian soldiers kept a checkpoint north of Moyale.",
    KENYAN + "Ethiopian officials stood directly opposite Moyale all day.",
])
def test_what_lies_off_the_name_does_not_pick_the_twin(gazetteer, text):
    m = placed(text, "Moyale", gazetteer)
    assert m is not None and m.country == "KE", m


@pytest.mark.parametrize("text, name, country", [
    # Guatemala's post of the Honduran crossing, not Honduras's village of the name 60 km inland
    ("They left Tegucigalpa by bus and entered Guatemala at El Florido or Agua Caliente last week.",
     "Agua Caliente", "GT"),
    # the port of another country is far from the border: the border village of the one entered
    ("The family crossed into Honduras at Corinto and went on to San Pedro Sula.", "Corinto", "HN"),
])
def test_a_country_entered_at_a_name_picks_its_sense_on_that_country_s_border(gazetteer, text, name, country):
    m = placed(text, name, gazetteer)
    assert m is not None and m.country == country, m


def test_a_country_entered_at_a_name_with_no_sense_there_keeps_the_first_choice(gazetteer):
    # Distractor: no sense of Tapachula lies in Guatemala; the Mexican city stays.
    m = placed("They entered Guatemala at Tapachula, the officers said.", "Tapachula", gazetteer)
    assert m is not None and m.country == "MX", m

