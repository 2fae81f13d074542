"""A name the gazetteer lacks, listed among places ("from Solotvyno, Velmarsk and Rakhiv"), is a
place expected, as one after "in" is, and resolution places it among the list's places; listed
among people, organisations or countries, or opening a sentence, it stays unlisted."""

from __future__ import annotations

import pytest

from geocode_helpers import placed

from geomig.geoparse.recognize import recognize


def _hints(text, gazetteer):
    return {s.text: s.kind_hint for s in recognize(text, gazetteer, keep_unknown=True)}


@pytest.mark.parametrize("text", [
    "Most of the men came from Solotvyno, Velmarsk and Rakhiv before the river rose.",  # between two places
    "Buses left Velmarsk, Solotvyno and Rakhiv at dawn for the border.",  # opening the list after a verb
    "Buses left Solotvyno, Rakhiv and Velmarsk at dawn for the border.",  # closing it
    "Buses left Solotvyno, Rakhiv or Velmarsk at dawn for the border.",
])
def test_an_unknown_name_listed_with_places_is_a_place_expected(gazetteer, text):
    assert _hints(text, gazetteer).get("Velmarsk") == "unresolved"


@pytest.mark.parametrize("text", [
    "In Kampala, Okonjwa and Achiengo told reporters the camp was full.",  # people after a dateline-like place
    "Oxfam, Velmarsk and Kenya signed the appeal.",  # one place only in the list
    "Velmarsk, Solotvyno and Rakhiv are the towns the men come from.",  # a sentence's first word
    "Workers had come from Solotvyno. Velmarsk said the rest stayed home.",  # no list at all
])
def test_an_unknown_name_not_listed_among_places_stays_unlisted(gazetteer, text):
    assert _hints(text, gazetteer).get("Velmarsk", _hints(text, gazetteer).get("Okonjwa")) is None


@pytest.mark.parametrize("text, surface, country", [
    ("Men crossed the river from Solotvyno, Velmarsk and Rakhiv into Romania.", "Velmarsk", "UA"),
    ("Officials in Kampala, Gulu and Velmarsk said the reception camps were full.", "Velmarsk", "UG"),
    ("Officials in Kampala, Gulu or Velmarsk said the reception camps were full.", "Velmarsk", "UG"),
])
def test_a_listed_unknown_name_is_placed_in_its_list_s_country(gazetteer, text, surface, country):
    m = placed(text, surface, gazetteer)
    assert m is not None and m.country == country and "vague" in m.flags, m


@pytest.mark.parametrize("text, surface", [
    # a list of countries says whose people, not where
    ("Officials in Kenya, Uganda and Velmarsk said the reception camps were full.", "Velmarsk"),
    # the two places before it belong to two countries
    ("Officials in Kampala, Nairobi and Velmarsk said the reception camps were full.", "Velmarsk"),
    # people listed after one place
    ("In Kampala, Okonjwa and Achiengo told reporters the camp was full.", "Okonjwa"),
])
def test_an_unknown_name_beside_no_places_of_one_country_stays_unplaced(gazetteer, text, surface):
    m = placed(text, surface, gazetteer)
    assert m is None or not m.id, m
