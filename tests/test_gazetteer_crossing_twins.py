"""A border crossing or border town that bears one name on both sides (Torkham, Kasumbalesa,
Peñas Blancas, Paso Canoas, Bunagana, Sasabe, Kazungula, Namanga, Al-Wadiah, Kaya opposite
Oraba) has an entry on each side: the side the text places is chosen (resolve's twin rules:
"re-entered Pakistan at Torkham", "crossed from Kasumbalesa into Congo"), and with no such
words the side already filed keeps the name. Ethiopia's Hararghe and its two zones are
regions of their own, not towns."""

from __future__ import annotations

import pytest

from geomig.geoparse.geocode import geocode

from geocode_helpers import placed


@pytest.mark.parametrize("text, name, country", [
    # The side the text says people entered.
    ("Hundreds of families re-entered Pakistan at Torkham after a week in Nangarhar.", "Torkham", "PK"),
    ("The lorries finally crossed into Zambia at Kasumbalesa on Friday.", "Kasumbalesa", "ZM"),
    ("Cuban migrants entered Nicaragua at Peñas Blancas before dawn.", "Peñas Blancas", "NI"),
    ("The group entered Yemen at Al-Wadiah with forged papers.", "Al-Wadiah", "YE"),
    # The side left for the other country.
    ("The drivers crossed from Kasumbalesa into Congo with copper for Lubumbashi.", "Kasumbalesa", "ZM"),
    # Hedged: a side that may be used is still that side.
    ("Officials said returnees might re-enter Pakistan at Torkham later this month.", "Torkham", "PK"),
])
def test_the_side_the_text_places_is_chosen(text, name, country, gazetteer):
    m = placed(text, name, gazetteer)
    assert m is not None and m.country == country, (m and (m.id, m.country))


@pytest.mark.parametrize("text, name, country", [
    # Distractors: with no words for a side, the side filed first keeps the name; the text's
    # country speaks as for any name.
    ("Afghan families deported from Pakistan were handed over at Torkham, in Nangarhar.", "Torkham", "AF"),
    ("Truck drivers waited four days at Kasumbalesa on the road to Lubumbashi.", "Kasumbalesa", "CD"),
    ("Costa Rican police at Peñas Blancas, near La Cruz in Guanacaste, stopped the bus.", "Peñas Blancas", "CR"),
    ("Ugandan officials at Bunagana, in Kisoro District, registered the new arrivals.", "Bunagana", "UG"),
])
def test_with_no_side_named_the_filed_side_keeps_the_name(text, name, country, gazetteer):
    m = placed(text, name, gazetteer)
    assert m is not None and m.country == country, (m and (m.id, m.country))


@pytest.mark.parametrize("text, country", [
    # Kaya: South Sudan's border town opposite Oraba where the text is about that border,
    # Burkina Faso's city elsewhere.
    ("Refugees fled Yei and reached Kaya, on the Ugandan border, before crossing to Koboko.", "SS"),
    ("Displaced families from Djibo arrived in Kaya, in north-central Burkina Faso.", "BF"),
    ("Aid workers in Ouagadougou said the camps around Kaya were full.", "BF"),
])
def test_kaya_is_placed_by_its_border(text, country, gazetteer):
    m = placed(text, "Kaya", gazetteer)
    assert m is not None and m.country == country, (m and (m.id, m.country))


@pytest.mark.parametrize("text, name, place_id", [
    ("Drought drove herders from East Hararghe to Dire Dawa.", "East Hararghe", "geomig:east-hararghe"),
    ("Young men from West Hararghe often set out for Djibouti.", "West Hararghe", "geomig:west-hararghe"),
    ("Most of the migrants came from Hararghe, in eastern Ethiopia.", "Hararghe", "geomig:hararghe"),
])
def test_hararghe_is_a_region_not_a_town(text, name, place_id, gazetteer):
    m = placed(text, name, gazetteer)
    assert m is not None and (m.id, m.kind, m.country) == (place_id, "region", "ET"), (m and (m.id, m.kind))


def test_each_twin_is_in_the_gazetteer_on_both_sides(gazetteer):
    for name, countries in (("Torkham", {"AF", "PK"}), ("Kasumbalesa", {"CD", "ZM"}),
                            ("Peñas Blancas", {"CR", "NI"}), ("Paso Canoas", {"CR", "PA"}),
                            ("Bunagana", {"UG", "CD"}), ("Kazungula", {"ZM", "BW"}),
                            ("Namanga", {"TZ", "KE"}), ("Sasabe", {"MX", "US"}), ("Kaya", {"BF", "SS"})):
        found = {p.country for p in gazetteer.lookup(name) if p.kind in ("city", "landmark")}
        assert countries <= found, (name, found)


@pytest.mark.parametrize("text, name, place_id, country", [
    # Camps, crossings and a valley of less-covered routes, which the packages lack.
    ("Young men gathered at Bab Sebta hoping to slip into Ceuta.", "Bab Sebta", "geomig:bab-sebta", "MA"),
    ("Somali refugees have lived in Ali Addeh for decades.", "Ali Addeh", "geomig:ali-addeh-camp", "DJ"),
    ("Eritreans are first registered at Wad Sharifey, near Kassala.", "Wad Sharifey",
     "geomig:wad-sharifey-camp", "SD"),
    ("Karen families were moved from Umpiem Mai to Nu Po.", "Umpiem Mai", "geomig:umpiem-mai-camp", "TH"),
    ("Karen families were moved from Umpiem Mai to Nu Po.", "Nu Po", "geomig:nu-po-camp", "TH"),
    ("Many workers from the Fergana Valley may not return to Russia this year.", "Fergana Valley",
     "geomig:fergana-valley", "UZ"),
    # A spelling the package lacks, of a town it holds.
    ("Police near Beni Ansar stopped a group heading for the Melilla fence.", "Beni Ansar", "geonames:2555882", "MA"),
])
def test_less_covered_places_are_found(text, name, place_id, country, gazetteer):
    m = placed(text, name, gazetteer)
    assert m is not None and (m.id, m.country) == (place_id, country), (m and (m.id, m.country))


def test_a_camp_name_is_not_found_in_ordinary_words(gazetteer):
    # Distractor: the camp's name only as written; no other word becomes it.
    mentions = geocode("The new bus terminal opened on Monday, officials said.", gazetteer=gazetteer)
    assert not [m for m in mentions if m.id and m.id.startswith("geomig:") and m.id.endswith("-camp")]
