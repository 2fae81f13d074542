"""Building the index: the supplement's tables, applied to a small builder."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from geomig.errors import GazetteerError
from geomig.gazetteer.build.index import _add_supplement, _Builder
from geomig.models import Place

QASR = Place("geonames:2213695", "Qasr al Qarabulli", "city", "LY", 32.75, 13.72, 9000, None, "PPL")
SUPPLEMENT = Path("supplement.toml")


def builder() -> _Builder:
    b = _Builder()
    b.add(QASR, [])
    return b


def test_alias_and_point_tables_change_a_geonames_entry():
    b = builder()
    _add_supplement(b, {"alias": [{"geonames": 2213695, "aliases": ["Garabulli"]}],
                        "point": [{"geonames": 2213695, "lat": 32.7, "lon": 13.8}]}, SUPPLEMENT)
    rowid = b.index["geonames:2213695"]
    assert rowid in b.names["garabulli"]
    assert Place(*b.places[rowid - 1]) == replace(QASR, lat=32.7, lon=13.8)


def test_a_point_table_with_a_country_moves_an_entry_across_a_border():
    # The entry's first-level code was the other country's: it goes with the move.
    b = builder()
    b.change("geonames:2213695", admin1="15")
    _add_supplement(b, {"point": [{"geonames": 2213695, "lat": 32.9, "lon": 11.9, "country": "TN"}]}, SUPPLEMENT)
    assert Place(*b.places[b.index["geonames:2213695"] - 1]) == replace(QASR, lat=32.9, lon=11.9, country="TN")


def test_a_point_table_without_a_country_keeps_the_entrys_country():
    b = builder()
    _add_supplement(b, {"point": [{"geonames": 2213695, "lat": 32.9, "lon": 11.9}]}, SUPPLEMENT)
    assert Place(*b.places[b.index["geonames:2213695"] - 1]).country == "LY"


def test_a_place_table_adds_the_projects_own_entry():
    b = builder()
    _add_supplement(b, {"place": [{"id": "lampedusa", "name": "Lampedusa", "kind": "island", "country": "IT",
                                   "lat": 35.5, "lon": 12.6, "aliases": ["Lampedusa Island"]}]}, SUPPLEMENT)
    assert b.index["geomig:lampedusa"] in b.names["lampedusa island"]


def test_a_people_table_gives_a_geonames_entry_its_population():
    b = builder()
    _add_supplement(b, {"people": [{"geonames": 2213695, "population": 12000}]}, SUPPLEMENT)
    assert Place(*b.places[b.index["geonames:2213695"] - 1]) == replace(QASR, population=12000)


@pytest.mark.parametrize("table", ["alias", "point", "people"])
def test_a_table_naming_an_entry_the_gazetteer_lacks_is_an_error(table):
    entry = {"geonames": 999999999, "aliases": ["Nowhere"], "lat": 0.0, "lon": 0.0, "population": 1}
    with pytest.raises(GazetteerError, match=rf"supplement.toml: \[\[{table}\]\] for geonames:999999999"):
        _add_supplement(builder(), {table: [entry]}, SUPPLEMENT)


def test_divisions_the_subdivision_package_lacks_are_added_where_the_name_is_free():
    from geomig.gazetteer.build.index import _divisions_lacking

    b = _Builder()
    b.add(Place("geonames:1", "Bournemouth", "city", "GB", 50.72, -1.88, 180000), [])
    row = {"lat": 0.0, "lon": 0.0, "country": "GB", "aliases": []}
    _divisions_lacking(b, {
        10: {**row, "name": "Northamptonshire", "aliases": ["Northants", "NH", "Kristian", "North East"]},
        11: {**row, "name": "Bournemouth"},                     # its town is a place already
        12: {**row, "name": "Bournemouth", "country": "FR"},    # not in that country
        13: {**row, "name": "Central"},                          # a compass word
        14: {**row, "name": "Haut-ZaireUpper Zaire"},            # two names glued in the source
    })
    added = {pid: Place(*b.places[r - 1]) for pid, r in b.index.items() if pid != "geonames:1"}
    assert sorted(added) == ["geonames:10", "geonames:12"]
    assert (added["geonames:10"].kind, added["geonames:10"].feature) == ("admin", "ADM1")
    names = {k for k, rows in b.names.items() if b.index["geonames:10"] in rows}
    assert "northants" in names and "north east" not in names and "nh" not in names


@pytest.mark.parametrize("key, spellings", [
    ("al qa'im", {"al qaim", "el qaim", "qaim"}),                           # the hamza, the article
    ("salah ad din", {"salah al din", "salah el din"}),                   # the article assimilated
    ("ras al khaymah", {"ras el khaymah"}),
    ("an nabk", {"al nabk", "nabk"}),
    ("bani an qasr", set()),                                              # "an" before no n is no article
    ("dayr alla", {"deir alla"}),                                         # news writes Deir, Beit, Tell
    ("bayt jala", {"beit jala"}),
    ("tall al abyad", {"tell al abyad", "tell el abyad", "tall el abyad"}),
    ("jabal ash shaykh", {"jebel al sheikh", "jabal el shaykh"}),
    ("tall tamr", {"tal tamr", "tel tamr", "tell tamr"}),                 # news writes Tal, Tel, Tell
    ("ayn al arab", {"ein al arab", "ain el arab"}),
])
def test_arabic_spellings(key, spellings):
    from geomig.gazetteer.build.index import _spellings

    assert spellings <= _spellings(key) - {key}
    if not spellings:
        assert _spellings(key) == {key}


def test_arabic_spellings_are_given_to_places_of_arabic_countries_only():
    from geomig.gazetteer.build.index import _transliterations

    b = _Builder()
    b.add(Place("geonames:1", "Al Qā’im", "city", "IQ", 34.4, 41.1, 74000), [])
    b.add(Place("geonames:2", "El Ejido", "city", "ES", 36.8, -2.8, 80000), [])
    _transliterations(b, frozenset())
    assert b.names["qaim"] == {b.index["geonames:1"]}
    assert "ejido" not in b.names and "al ejido" not in b.names


def test_news_spellings_of_arabic_words_are_given_to_arabic_countries_only_and_are_no_english_word():
    from geomig.gazetteer.build.index import _transliterations

    b = _Builder()
    b.add(Place("geonames:1", "Dayr Ḩāfir", "city", "SY", 36.16, 37.71, 20000), [])
    b.add(Place("geonames:2", "Bayt Ummar", "city", "PS", 31.62, 35.10, 17000), [])
    b.add(Place("geonames:3", "Tall", "city", "SY", 35.0, 37.0, 600), [])
    b.add(Place("geonames:4", "Bayt", "city", "TR", 39.0, 33.0, 900), [])   # not an Arabic country
    _transliterations(b, frozenset({"tell"}))
    assert b.index["geonames:1"] in b.names["deir hafir"]
    assert b.index["geonames:2"] in b.names["beit ummar"]
    assert "tell" not in b.names                                         # an English word
    assert "beit" not in b.names


def test_saint_and_sainte_are_keyed_in_full_and_short():
    from geomig.gazetteer.build.index import _short_forms

    b = _Builder()
    b.add(Place("geonames:1", "Saint Lucia", "country", "LC", 13.9, -60.97, 180000), [])
    b.add(Place("geonames:2", "St. Helier", "city", "JE", 49.19, -2.1, 28000), [])
    b.add(Place("geonames:3", "Main St", "city", "US", 40.0, -80.0, 600), [])
    b.add(Place("geonames:4", "Saint Patrick", "admin", "DM", 15.3, -61.3, 8000), [])
    b.add(Place("geonames:5", "Saint Joseph's", "city", "US", 41.7, -86.3, 600), [])
    _short_forms(b, frozenset({"patrick", "joseph"}))
    assert b.names["st lucia"] == {b.index["geonames:1"]}
    assert b.names["saint helier"] == {b.index["geonames:2"]}
    assert "main saint" not in b.names                                   # a last word is no prefix
    assert "st patrick" not in b.names                                   # a saint's feast, church, school
    assert "st joseph's" not in b.names                                 # ... in the possessive too


def test_airports_named_after_no_town_are_keyed_by_their_own_name():
    from geomig.gazetteer.build.index import _airports

    b = _Builder()
    for n, (name, country, people) in enumerate([("Bangkok", "TH", 5_000_000), ("Chicago", "US", 2_700_000),
                                                 ("Newark", "US", 280_000), ("Lampedusa", "IT", 4000),
                                                 ("Weeping Water", "US", 1000)]):
        b.add(Place(f"geonames:{n}", name, "city", country, 0.0, 0.0, people), [])
    _airports(b, frozenset({"liberty"}), frozenset({"owen", "roberts"}))
    bkk = b.index["iata:BKK"]
    assert Place(*b.places[bkk - 1]).feature == "airfield"
    assert bkk in b.names["suvarnabhumi"] and bkk in b.names["suvarnabhumi international airport"]
    # The city's name before the airport's own is left out ("Chicago O'Hare").
    assert b.index["iata:ORD"] in b.names["o'hare"]
    # Named after its town (the town stands for it, "Newark Liberty" too): not added.
    assert not {"iata:LMP", "iata:EWR"} & set(b.index)
    # Serving a small town: its full name only ("Browns Airport"), not its name alone.
    assert b.index["iata:EPG"] in b.names["browns airport"] and "browns" not in b.names
    # A person's name: the full name only ("Owen Roberts International Airport").
    assert b.index["iata:GCM"] in b.names["owen roberts international airport"] and "owen roberts" not in b.names


def test_an_airport_named_after_a_place_abroad_keeps_its_full_name():
    from geomig.gazetteer.build.index import _airports

    b = _Builder()
    for n, (name, country, people) in enumerate([("Bole", "CN", 236_000), ("Addis Ababa", "ET", 2_800_000),
                                                 ("Atatürk", "TR", 1000), ("Istanbul", "TR", 15_000_000)]):
        b.add(Place(f"geonames:{n}", name, "city", country, 0.0, 0.0, people), [])
    _airports(b, frozenset(), frozenset())
    # A Chinese town bears Addis Ababa's airport's name: the airport keeps its airport words,
    # and the bare name stays the town's.
    add = b.index["iata:ADD"]
    assert add in b.names["bole international airport"] and add not in b.names["bole"]
    # A Turkish village bears Istanbul's old airport's: named after a town of its country, left out.
    assert "iata:ISL" not in b.index
    # "Dhaka / Hazrat Shahjalal International Airport": the city before the slash is left out.
    assert b.index["iata:DAC"] in b.names["hazrat shahjalal international airport"]


def test_an_arabic_spelling_that_is_an_english_word_is_no_key():
    from geomig.gazetteer.build.index import _transliterations

    b = _Builder()
    b.add(Place("geonames:1", "Ma'in", "city", "JO", 31.68, 35.73, 0), [])
    b.add(Place("geonames:2", "Al Marj", "city", "LY", 32.5, 20.83, 85000), [])
    _transliterations(b, frozenset({"main", "as", "at"}))
    assert "main" not in b.names
    assert b.index["geonames:2"] in b.names["marj"]  # no English word: kept


def test_an_arabic_article_that_is_an_english_word_leaves_no_key_before_a_name():
    from geomig.gazetteer.build.index import _english_articles

    b = _Builder()
    b.add(Place("geonames:366755", "Sudan", "country", "SD", 15.0, 30.0, 41_800_000), ["As Sudan"])
    b.add(Place("geonames:3", "As Sukhnah", "city", "SY", 34.9, 38.9, 0), [])
    _english_articles(b, frozenset({"as", "at", "an"}))
    assert "as sudan" not in b.names
    # Kept where the rest of the name is no key of the same place.
    assert "as sukhnah" in b.names


def test_the_short_news_forms_of_tall_and_ayn_open_a_longer_name_only():
    from geomig.gazetteer.build.index import _spellings

    # Alone, "Tel" labels a telephone number and "Tal" is a given name.
    assert not {"tal", "tel", "ein"} & (_spellings("tall") | _spellings("ayn"))
    assert "tal tamr" in _spellings("tall tamr") and "rif tal" not in _spellings("rif tall")
