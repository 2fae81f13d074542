"""International news: area points by agreement of sources, a country name meaning the
country, famous places over namesakes, seas over towns."""

from __future__ import annotations

import tomllib

import pytest
from shapely.geometry import box

import geomig
from geomig.gazetteer import points
from geomig.gazetteer.build.points import _factbook_point, agreed_point
from geomig.gazetteer.geo import haversine_km
from geomig.gazetteer.sources import data_dir
from geomig.geoparse.resolve import _below_fame, _city_over_state, _country_names_first, _same_name
from geomig.models import Place


def _place(name, kind, country, feature="PPL", population=0, lat=0.0, lon=0.0):
    return Place(f"x:{name}:{country}", name, kind, country, lat, lon, population, None, feature)


# -- area points ------------------------------------------------------------------

def test_sources_that_agree_give_their_middle():
    lat, lon = agreed_point([(10.0, 20.0), (11.0, 21.0)])
    assert haversine_km(lat, lon, 10.5, 20.5) < 15


def test_two_sources_that_agree_outvote_a_third():
    sources = [(30.0, 10.0), (24.0, 10.0), (24.5, 10.5)]   # the first lies 650 km off
    lat, lon = agreed_point(sources, box(5, 20, 15, 35))
    assert all(haversine_km(lat, lon, *p) <= 161 for p in sources[1:])
    assert haversine_km(lat, lon, *sources[0]) > 161


def test_sources_that_disagree_keep_the_first_inside_the_area():
    sources = [(0.0, 0.0), (10.0, 10.0), (-10.0, -10.0)]
    assert agreed_point(sources, box(-20, -20, 20, 20)) == (0.0, 0.0)


def test_a_lone_conventional_point_leans_towards_the_other_source():
    # 5 degrees (556 km) apart: no point is near both, so the first is kept within 161 km,
    # on the side of the second.
    lat, lon = agreed_point([(0.0, 0.0), (0.0, 5.0)], box(-10, -10, 10, 10))
    assert 130 < haversine_km(lat, lon, 0.0, 0.0) <= 161
    assert lon > 0


def test_the_agreed_point_lies_inside_the_area():
    # The sources' middle is in the sea west of a coastal strip: the point moves inland.
    area = box(1.0, 0.0, 3.0, 2.0)
    lat, lon = agreed_point([(1.0, 0.5), (1.0, 1.5)], area)
    assert area.contains(box(lon, lat, lon, lat).centroid) or area.touches(box(lon, lat, lon, lat))
    assert lon >= 1.0


@pytest.mark.parametrize("text, point", [
    ("20 00 S, 80 00 E", (-20.0, 80.0)), ("0 00 N, 25 00 W", (0.0, -25.0)),
    ("60 00 S, 90 00 E (nominally), but the ring of water", (-60.0, 90.0)), ("36 30 N, 5 15 W", (36.5, -5.25)),
])
def test_factbook_points_are_read_as_decimal_degrees(text, point):
    assert _factbook_point(text) == point


def test_a_text_without_a_factbook_point_is_refused():
    with pytest.raises(ValueError, match="not a Factbook point"):
        _factbook_point("none")


def test_the_supplement_places_its_oceans_where_their_sources_agree():
    # area-points.tsv is rebuilt from the Factbook table and the polygons; the supplement
    # must carry the same point, and that point lies near the Factbook's.
    supplement = {p["id"]: p for p in tomllib.loads((data_dir() / "supplement.toml").read_text("utf-8"))["place"]}
    agreed = points.area_points(data_dir())
    oceans = points.ocean_points(data_dir())
    drawn = [pid for pid in oceans if pid.removeprefix("geomig:") in supplement]
    assert {"geomig:atlantic-ocean", "geomig:indian-ocean", "geomig:pacific-ocean"} <= set(drawn)
    for pid in drawn:
        place = supplement[pid.removeprefix("geomig:")]
        assert (place["lat"], place["lon"]) == agreed[pid]
        assert haversine_km(*agreed[pid], *oceans[pid][1]) <= 161


def test_first_level_divisions_sit_where_their_label_point_and_polygon_agree():
    import csv

    with open(data_dir() / "admin1.tsv", encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    both, apart = 0, []
    for r in rows:
        point = float(r["lat"]), float(r["lon"])
        sources = [tuple(map(float, part.split("=")[1].split(","))) for part in r["sources"].split(";")]
        near = [haversine_km(*point, *q) <= 161 + 2 for q in sources]  # sources rounded to 0.01 degree
        assert any(near), r["name"]
        if len(sources) == 2 and haversine_km(*sources[0], *sources[1]) < 300:
            both += 1
            if not all(near):
                apart.append(r["name"])  # islets with no grid point inside near both (Tristan da Cunha)
    assert both > 4000 and len(apart) < 0.005 * both, apart
    inner_mongolia = next(r for r in rows if r["geonameid"] == "2035607")
    assert float(inner_mongolia["lat"]) > 42  # its label point (41.6N) lies near its southern edge


# -- resolution rules, unit by unit ---------------------------------------------------

def test_a_country_name_drops_its_namesakes_inside_the_country():
    ranked = [(_place("Ruritania", "country", "RU"), 9.0, []),
              (_place("Ruritania", "admin", "RU", "ADM1"), 8.0, []),
              (_place("Ruritania", "city", "US"), 3.0, [])]
    assert [p.country + p.kind for p, _, _ in _country_names_first(ranked, "ruritania")] == ["RUcountry", "UScity"]
    # A town abroad that bears the country's own name only as an alias goes too.
    alias = (_place("Old Ruritania", "city", "XX"), 4.0, [])
    assert [p.country + p.kind for p, _, _ in _country_names_first([*ranked, alias], "ruritania")] == [
        "RUcountry", "UScity"]
    # ... but not when the country is called by an alias itself.
    assert len(_country_names_first([*ranked, alias], "old ruritania")) == 3


def test_a_country_name_drops_a_smaller_state_abroad_of_that_name():
    ranked = [(_place("Ruritania", "country", "RU", population=9_000_000), 9.0, []),
              (_place("Ruritania", "admin", "XX", "ADM1", population=2_000_000), 8.0, [])]
    assert [p.kind for p, _, _ in _country_names_first(ranked, "ruritania")] == ["country"]
    # A state more populous than the country keeps its chance ("Georgia").
    ranked[1] = (_place("Ruritania", "admin", "XX", "ADM1", population=12_000_000), 8.0, [])
    assert len(_country_names_first(ranked, "ruritania")) == 2


@pytest.mark.parametrize("name, key, same", [
    ("saint petersburg", "st petersburg", True), ("saint paul", "st paul", True),
    ("st paul", "st paul", True), ("stanley", "st anley", False), ("saint paul", "paul", False),
])
def test_st_stands_for_saint(name, key, same):
    assert _same_name(name, key) is same


def test_a_famous_place_abroad_is_not_outweighed_by_country_share_alone():
    famous = _place("Bigtown", "city", "GB", "PPLC", 9_000_000)
    namesake = _place("Bigtown", "city", "US", population=8_000)
    assert _below_fame(6.0, namesake, 3.5, famous, 7.0) == pytest.approx(3.0)
    # A close rival, or one in the same country, keeps all its evidence.
    assert _below_fame(6.0, namesake, 5.0, famous, 7.0) == 6.0
    assert _below_fame(6.0, _place("Bigtown", "city", "GB"), 3.5, famous, 7.0) == 6.0


def test_the_city_not_the_state_in_an_international_story():
    city = _place("Gotham City", "city", "US", population=8_000_000)
    ranked = [(_place("Gotham", "admin", "US", "ADM1"), 8.0, []), (city, 4.0, [])]
    assert _city_over_state(city, "gotham", ranked, share=0.1) > 0
    assert _city_over_state(city, "gotham", ranked, share=0.8) == 0.0


@pytest.mark.parametrize("text, kind", [
    # Listed with towns of its country, the name is the city, in a story of that country only.
    ("Most families went on by coach to Houston, Dallas, New York and Chicago.", "city"),
    ("Relatives were waiting for them in Los Angeles, Denver or New York.", "city"),
    # Distractors: listed with states, or alone in a story of its country, it is the state.
    ("Volunteers came from Texas, New York and California.", "admin"),
    ("The governor of New York met the mayor of Buffalo.", "admin"),
    # A state followed by towns of that state only is the state that holds them.
    ("In New York, Albany and Buffalo have housed migrants moved from New York City.", "admin"),
    ("Buses left New York City all week. In New York, Syracuse and Utica offered beds to the asylum seekers.",
     "admin"),
])
def test_the_city_not_the_state_when_listed_with_towns(text, kind):
    assert next(m for m in geomig.geocode(text) if m.text == "New York").kind == kind


def test_a_state_followed_by_its_own_towns_is_the_state():
    text = "In Oklahoma, Tulsa and Norman took in families bused from Oklahoma City."
    assert next(m for m in geomig.geocode(text) if m.text == "Oklahoma").kind == "admin"


# -- on sentences ---------------------------------------------------------------------

def _found(text, surface):
    return next(m for m in geomig.geocode(text) if m.text == surface)


@pytest.mark.parametrize("text, surface, country, kind", [
    ("Aid convoys left Mexico for the border towns of Texas.", "Mexico", "MX", "country"),
    ("Officials in Mexico and Guatemala met to discuss the caravan.", "Mexico", "MX", "country"),
    ("Talks between Korea and Japan stalled over fishing rights.", "Korea", "KR", "country"),
    ("Americans in Chicago and Boston watched the race across the Atlantic.", "Atlantic", None, "sea"),
    ("Boats crossing the Pacific were stopped near Guam and Hawaii.", "Pacific", None, "sea"),
])
def test_names_that_mean_the_country_or_the_sea(text, surface, country, kind):
    m = _found(text, surface)
    assert (m.country, m.kind) == (country, kind)


@pytest.mark.parametrize("text, surface, country", [
    ("Officials in Washington and Chicago said the envoy would fly to London next week.", "London", "GB"),
    ("Texas officials said the delegation would fly on to St Petersburg and Moscow.", "St Petersburg", "RU"),
    ("The ministers of Germany, Chad and Niger met in New York at the United Nations.", "New York", "US"),
])
def test_famous_places_over_namesakes(text, surface, country):
    m = _found(text, surface)
    assert m.country == country
    if surface == "New York":
        assert haversine_km(m.lat, m.lon, 40.71, -74.0) < 30


@pytest.mark.parametrize("text, surface", [
    ("Flooding hit Florida, New York and Ohio.", "Florida"),               # a list, not "X, <state>"
    ("Cases rose in Oklahoma, Pennsylvania and Ohio.", "Oklahoma"),
    ("Cases rose in Oregon, Ohio and Idaho.", "Oregon"),
    ("Doctors in Albany and Buffalo said a patient from Florida was treated in New York.", "Florida"),
])
def test_a_state_named_beside_other_states_is_the_state(text, surface):
    m = _found(text, surface)
    assert (m.kind, m.country) == ("admin", "US")


def test_a_demonym_follows_its_country(gazetteer):
    found = {m.text: m for m in geomig.geocode("Chinese doctors arrived in China on Monday.")}
    assert (found["Chinese"].lat, found["Chinese"].lon) == (found["China"].lat, found["China"].lon)
    assert (found["China"].lat, found["China"].lon) == (gazetteer.get("geonames:1814991").lat,
                                                      gazetteer.get("geonames:1814991").lon)
