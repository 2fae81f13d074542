"""Districts and communes that no town of the subdivision package lies in are added at their
province's point, where the province is small enough for its point to stand for them, under
names no place bears yet, with the division noun also dropped ("Kirehe District" -> "Kirehe")."""

from __future__ import annotations

import pytest

from geomig.gazetteer.build.index import _DIVISION_WORDS, _Builder, _Unplaced, _unplaced_divisions
from geomig.models import Place

from geocode_helpers import placed

PROVINCE = 7  # the parent's line in the package
AT = {PROVINCE: (-1.76, 30.44)}


def district(gid: int, name: str, *aliases: str, parent: int = PROVINCE) -> _Unplaced:
    return _Unplaced(gid, name, aliases, "2", parent, "RW", "11")


def added(*districts: _Unplaced, common=frozenset(), persons=frozenset()) -> dict[str, tuple[Place, set[str]]]:
    b = _Builder()
    b.add(Place("geonames:1", "Velmara", "city", "BI", -2.5, 30.1, 4000), [])
    _unplaced_divisions(b, list(districts), AT, frozenset(common), frozenset(persons))
    return {pid: (Place(*b.places[r - 1]), {k for k, rows in b.names.items() if r in rows})
            for pid, r in b.index.items() if pid != "geonames:1"}


def test_a_district_no_town_places_takes_its_provinces_point_and_its_short_name():
    got = added(district(10, "Kostrava District", "Akarere ka Kostrava", "District de Kostrava"))
    place, names = got["geonames:10"]
    assert (place.name, place.kind, place.feature, place.country) == ("Kostrava", "admin", "ADM2", "RW")
    assert (place.lat, place.lon, place.population) == (-1.76, 30.44, 0)
    assert {"kostrava", "kostrava district", "district de kostrava"} <= names


@pytest.mark.parametrize("unplaced, why", [
    (district(11, "Velmara"), "a town bears the name already, even abroad: no rival to it"),
    (district(12, "Kostrava", parent=99), "the province has no point that stands for it"),
    (district(13, "Harbour"), "a common word"),
    (district(14, "Amina"), "a person's name"),
    (district(15, "North East"), "a compass phrase"),
])
def test_a_district_is_left_out(unplaced, why):
    assert added(unplaced, common={"harbour"}, persons={"amina"}) == {}, why


@pytest.mark.parametrize("name, short", [
    ("Kirehe District", "Kirehe"),
    ("Magwi County", "Magwi"),
    ("Département de Tessaoua", "Tessaoua"),
    ("Municipio de Zunil", "Zunil"),
    ("Akarere ka Gatsibo", "Gatsibo"),
    ("Gourma-Rharous Cercle", "Gourma-Rharous"),
    ("District Six", "District Six"),   # a name, not a noun before one
])
def test_the_division_noun_is_dropped(name, short):
    assert _DIVISION_WORDS.sub("", name) == short


@pytest.mark.parametrize("text, surface, country", [
    ("Families from Busoni commune crossed the Akanyaru into Rwanda overnight.", "Busoni", "BI"),
    ("Aid workers in Kirehe district said 2,000 new arrivals had been registered.", "Kirehe", "RW"),
])
def test_a_district_without_towns_is_placed_in_its_country(gazetteer, text, surface, country):
    m = placed(text, surface, gazetteer)
    assert m is not None and m.country == country, m


def test_a_town_of_a_district_name_keeps_its_place(gazetteer):
    # Distractor: Kasulu's district lies in the package with no town, but the town bears the name.
    m = placed("The convoy left Kasulu for the Nyarugusu camp at dawn.", "Kasulu", gazetteer)
    assert m is not None and m.country == "TZ" and m.kind == "city", m


def test_a_person_of_a_district_name_is_no_place(gazetteer):
    # Distractor: the title makes the name a person's, as for any place of the gazetteer.
    m = placed("Mr Busoni said the camp was full.", "Busoni", gazetteer)
    assert m is None or not m.id, m
