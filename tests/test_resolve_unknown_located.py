"""A name the gazetteer lacks that the text locates by a distance from a town ("Velmarsk, 20 km
from Gulu") or by an apposition that goes on to locate it ("Velmarsk, a village near Gulu,
was attacked", even opening a sentence) is placed there; a person's apposition or a town's
size is no location."""

from __future__ import annotations

import pytest

from geocode_helpers import placed


@pytest.mark.parametrize("text, country", [
    ("The families reached Velmarsk, 20 km from Gulu, after two days on foot.", "UG"),
    ("The families reached Velmarsk, about 35 kilometres from Gulu, after two days.", "UG"),
    ("The families reached Velmarsk, a village 20 km from Gulu, after two days.", "UG"),
    ("Velmarsk, a village near Gulu, was attacked on Sunday night.", "UG"),
    ("Velmarsk, a small border town in Uganda, received 300 people on Monday.", "UG"),
    ("Velmarsk, the camp outside Gulu, holds 4,000 people.", "UG"),
])
def test_an_unknown_name_the_text_locates_is_placed_there(gazetteer, text, country):
    m = placed(text, "Velmarsk", gazetteer)
    assert m is not None and m.country == country and "vague" in m.flags, m


@pytest.mark.parametrize("text, surface", [
    # a person's apposition: no inside noun
    ("Okonjwa, a teacher in Gulu, said the camp was full.", "Okonjwa"),
    # a town's size, not its place
    ("Velmarsk, a town of 5,000 people, was attacked on Sunday night.", "Velmarsk"),
    # a distance with no place after it
    ("Velmarsk, 20 km away, was attacked on Sunday night.", "Velmarsk"),
])
def test_an_unknown_name_no_words_locate_stays_unplaced(gazetteer, text, surface):
    m = placed(text, surface, gazetteer)
    assert m is None or not m.id, m


def test_a_known_town_keeps_its_place_by_a_distance_from_another(gazetteer):
    # Distractor: a town the gazetteer has is resolved as before, near the town it is measured from.
    m = placed("The families reached Kitgum, 90 km from Gulu, after two days.", "Kitgum", gazetteer)
    assert (m.country, m.kind) == ("UG", "city")


@pytest.mark.parametrize("text, country", [
    ("Police held the group at Velmarsk in Kenya for a week.", "KE"),
    ("The families fled to the village of Velmarsk in northern Kenya.", "KE"),
    ("The families settled in Velmarsk, Kenya, last year.", "KE"),
])
def test_an_unknown_name_in_a_country_or_a_part_of_one_is_placed_there(gazetteer, text, country):
    m = placed(text, "Velmarsk", gazetteer)
    assert m is not None and m.country == country and "vague" in m.flags, m


@pytest.mark.parametrize("text, surface", [
    # no preposition or place noun before the name: a person is "in" a country too
    ("The court heard that Okonjwa in Kenya had sent the money.", "Okonjwa"),
    # a list of places, not a qualifier
    ("Flights left from Velmarsk, Kenya and Uganda on Monday.", "Velmarsk"),
])
def test_an_unknown_name_beside_a_country_without_a_place_frame_stays_unplaced(gazetteer, text, surface):
    m = placed(text, surface, gazetteer)
    assert m is None or not m.id, m


@pytest.mark.parametrize("text, country", [
    ("Families fled from Velmarsk, Kilifi County, to Mombasa last week.", "KE"),
    ("The families came from Velmarsk, Mangochi district, last month.", "MW"),
    ("Most of the displaced are from Velmarsk, Sindh province.", "PK"),
])
def test_an_unknown_name_a_comma_puts_in_a_division_the_text_calls_one_is_placed_there(gazetteer, text, country):
    m = placed(text, "Velmarsk", gazetteer)
    assert m is not None and m.country == country and "vague" in m.flags, m


@pytest.mark.parametrize("text, surface", [
    # a town after the comma, not a division: "Velmarsk, Mangochi" may be a list
    ("Families fled from Velmarsk, Mangochi, to Blantyre last week.", "Velmarsk"),
    # a person's title, with no place word before the name
    ("Okonjwa, Mangochi district commissioner, said the camp was full.", "Okonjwa"),
    # a list of divisions, not a qualifier
    ("Families fled from Velmarsk, Kilifi County and Kwale County last week.", "Velmarsk"),
])
def test_an_unknown_name_beside_a_division_without_a_placing_frame_stays_unplaced(gazetteer, text, surface):
    m = placed(text, surface, gazetteer)
    assert m is None or not m.id, m


@pytest.mark.parametrize("text, country", [
    ("They came from the villages of Velmarsk and Dorbanyi in Borno State.", "NG"),
    ("Families from Velmarsk and Dorbanyi, in Gasabo district, reached Kigali on foot.", "RW"),
])
def test_unknown_names_listed_before_a_placing_in_are_all_placed_there(gazetteer, text, country):
    for surface in ("Velmarsk", "Dorbanyi"):
        m = placed(text, surface, gazetteer)
        assert m is not None and m.country == country and "vague" in m.flags, (surface, m)


def test_a_list_of_people_in_a_division_stays_unplaced(gazetteer):
    # Distractor: no place word opens the list, so the two are people met there.
    for surface in ("Okonjwa", "Achieng"):
        m = placed("Officials met Okonjwa and Achieng in Borno State on Monday.", surface, gazetteer)
        assert m is None or not m.id, (surface, m)
