"""Names the text itself locates: a qualifier is the sense that locates its neighbour, a
border "at" a town is that town, a bridge is the crossing named with its noun, a great city's
tiny namesakes take no votes from their state; and places the registry packages lack
(supplement.toml), each beside a distractor that keeps its usual sense."""

from __future__ import annotations

import pytest

import geomig


def _found(text: str, surface: str):
    return next((m for m in geomig.geocode(text) if m.text == surface), None)


@pytest.mark.parametrize("text, surface, country", [
    # A qualifier after a comma is the division that locates the town before it, not a town of
    # its name elsewhere (Ontario, California; New York City).
    ("Smugglers met the family in Kingston, Ontario, and drove them to the river.", "Ontario", "CA"),
    ("The boat was stopped off Plattsburgh, New York, not far from the Quebec line.", "New York", "US"),
    ("Police said the men were held in Perth, Western Australia, for a week.", "Western Australia", "AU"),
])
def test_a_qualifier_is_the_division_that_locates_its_neighbour(text, surface, country):
    m = _found(text, surface)
    assert (m.kind, m.country) == ("admin", country), (m.name, m.kind, m.country)


def test_a_bare_name_is_not_made_a_division_by_a_qualifier_elsewhere():
    # Distractor: New York with no town before it, in a story about elsewhere, is still the city.
    m = _found("The family flew from Lagos to New York, then on to Toronto.", "New York")
    assert m.kind == "city"


@pytest.mark.parametrize("text, surface, country", [
    # A great city abroad keeps its name against a village of a state the story names for
    # other towns: the state is soft evidence only.
    ("Indian workers had flown from Delhi to Montreal. Smugglers then drove them across the line "
     "to Champlain, New York, where troopers arrested them.", "Delhi", "IN"),
    ("The couple flew from Cairo to Atlanta and, it seems, took a bus to Athens, Georgia.", "Cairo", "EG"),
    # Distractor: the village the text places in its county and state stays there.
    ("A boy went missing near Delhi, in Delaware County, New York, the sheriff said.", "Delhi", "US"),
    # ...and a town its own qualifier places keeps that state, the great city's country named or not.
    ("Egyptian doctors moved from Alexandria to Cairo, Illinois, a river town.", "Cairo", "US"),
])
def test_a_great_city_abroad_outweighs_a_village_whose_state_is_named(text, surface, country):
    assert _found(text, surface).country == country


@pytest.mark.parametrize("text", [
    "Gendarmes bused the deported men to the border at Kapıköy before dawn.",
    "The families waited for days at the border near Colchane, in Chile, unsure they would be let in.",
])
def test_the_border_at_a_town_is_that_town_not_a_country(text):
    mentions = geomig.geocode(text)
    assert not [m for m in mentions if m.text == "the border"]
    assert [m for m in mentions if m.kind in ("city", "landmark")]


@pytest.mark.parametrize("text, surface", [
    # Distractors: a border no town places, or a country's own, is still a border.
    ("Chile did not close its northern border, officials insisted.", "its northern border"),
    ("Hungarian police sent more officers to the border at the weekend.", "the border"),
])
def test_a_border_no_town_places_is_kept(text, surface):
    m = _found(text, surface)
    assert m is not None and m.kind == "region"


@pytest.mark.parametrize("text, surface", [
    # The crossing the gazetteer knows by the name and its noun ("Simón Bolívar bridge"),
    # not Ecuador's districts named after the man; nor a town of the name abroad.
    ("Trucks queued at the Simón Bolívar bridge out of San Antonio del Táchira.", "Simón Bolívar"),
    ("Hundreds walked over the Simon Bolivar bridge each morning, officials in Caracas said.", "Simon Bolivar"),
])
def test_a_crossing_named_with_its_noun(text, surface):
    m = _found(text, surface)
    assert (m.kind, m.id) == ("landmark", "geomig:simon-bolivar-bridge"), (m.name, m.country)


def test_a_name_with_its_noun_means_the_feature_there_only():
    # "the Senegal river" is the river; Senegal elsewhere in the text is still the country,
    # and the man the bridge is named after is no bridge.
    mentions = geomig.geocode("Senegal's gendarmes counted the arrivals. Most crossed the Senegal "
                              "river by pirogue near Bakel, and few were turned back to Mali.")
    senegal = [m.kind for m in mentions if m.text == "Senegal"]
    assert senegal == ["country", "landmark"]
    m = _found("Simón Bolívar, not the bridge, is the hero of the Caracas museum.", "Simón Bolívar")
    assert m is None or m.id != "geomig:simon-bolivar-bridge"


def test_a_bridge_named_after_a_town_keeps_the_crossing():
    m = _found("Venezuelans walked over the Rumichaca bridge into Ecuador.", "Rumichaca")
    assert m.kind == "landmark"


@pytest.mark.parametrize("text, surface, country", [
    # Places the packages lack (supplement.toml, with their sources).
    ("Her cousin sews jeans in El Alto and sends money home every month.", "El Alto", "BO"),
    ("After months in a labour camp in Sonapur, on the edge of Dubai, he flew to Benghazi.", "Sonapur", "AE"),
    ("Carabineros turned the family back at the Chacalluta border post north of Arica.", "Chacalluta", "CL"),
    ("Guards fired on the group near Al-Raqw as it tried to cross into Jizan province.", "Al-Raqw", "YE"),
    ("The lorry left Iran at Bazargan and entered Turkey at Gürbulak.", "Gürbulak", "TR"),
    ("Pilgrims crossed on foot at Wagah, on the road from Lahore.", "Wagah", "PK"),
    ("The refugees crossed the Kagera at Rusumo into Tanzania.", "Rusumo", "RW"),
    # Distractor: India's Sonepur, spelt so too, in a story set in Odisha.
    ("Farmers in Sonapur, in Odisha's Subarnapur district, lost their rice to the flood.", "Sonapur", "IN"),
])
def test_places_the_packages_lack(text, surface, country):
    assert _found(text, surface).country == country
