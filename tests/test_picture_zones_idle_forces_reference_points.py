"""Control zones: a force at a place that did not act there; a force
only idle ("stopped for lunch") and one that acted before it let people go; a place that is
only the reference point of a facility or a gate the sentence names ("the X camp near Y,
where...", "the X gate at Y, where..."); a reception facility housed in a building of a town.

Sentences written for these tests (the Balkans and Central America); geocoded by the tiny
fixture gazetteer (tests/extract_helpers.py) with this file's own places."""

from __future__ import annotations

import pytest
from extract_helpers import picture, with_places

PLACES = {
    "Tapachula": ("geomig:test-tapachula", "city", "MX", 14.9039, -92.2575, "Tapachula"),
    "Siglo XXI": ("geomig:test-siglo", "landmark", "MX", 14.8900, -92.2800, "Siglo XXI"),
    "Ciudad Hidalgo": ("geomig:test-hidalgo", "city", "MX", 14.6792, -92.1497, "Ciudad Hidalgo"),
    "Tecun Uman": ("geomig:test-tecun", "city", "GT", 14.6750, -92.1400, "Tecun Uman"),
    "Guatemala": ("geomig:test-guatemala", "country", "GT", 15.5, -90.25, "Guatemala"),
    "Mexico": ("geomig:test-mexico", "country", "MX", 23.0, -102.0, "Mexico"),
    "Honduras": ("geomig:test-honduras", "country", "HN", 15.0, -86.5, "Honduras"),
    "Suchiate": ("geomig:test-suchiate", "landmark", "MX", 14.6810, -92.1480, "Suchiate"),
    "Velika Kladusa": ("geomig:test-kladusa", "city", "BA", 45.1842, 15.8058, "Velika Kladusa"),
    "Bosnia": ("geomig:test-bosnia", "country", "BA", 44.0, 18.0, "Bosnia"),
}
DEMONYMS = {"Mexican": "Mexico", "Guatemalan": "Guatemala", "Honduran": "Honduras", "Bosnian": "Bosnia"}

CONTEXT = "Hundreds of Honduran migrants crossed from Guatemala into Mexico this month on their way north. "


@pytest.fixture(autouse=True)
def _places(monkeypatch):
    with_places(monkeypatch, PLACES, DEMONYMS)


def _places_of(text: str) -> set[str]:
    """The places of the control zones of a text's picture, told after CONTEXT."""
    return {z.properties["place"] for z in picture(CONTEXT + text).by_role("control_zone")}


# --------------------------------------------------------------------- a force that did not act

@pytest.mark.parametrize("text", [
    "Police at Ciudad Hidalgo did not check anyone's papers.",
    "The soldiers posted in Ciudad Hidalgo never stopped a single family.",
    "Agents at Ciudad Hidalgo didn't search the buses that week.",
], ids=["did-not", "never", "contracted"])
def test_a_force_at_a_place_that_did_not_act_holds_no_zone(text):
    assert "Ciudad Hidalgo" not in _places_of(text)


@pytest.mark.parametrize("text", [
    "Police at Ciudad Hidalgo checked everyone's papers.",
    "Police at Ciudad Hidalgo may have checked their papers.",     # hedged: still told
], ids=["told", "hedged"])
def test_a_force_at_a_place_that_acted_holds_it(text):
    assert "Ciudad Hidalgo" in _places_of(text)


# ---------------------------------------------------------------------------- idle or let go

@pytest.mark.parametrize("text", [
    "Soldiers from the Ciudad Hidalgo barracks stopped for lunch by the river.",
    "Soldiers from the Ciudad Hidalgo barracks stopped to rest in the shade.",
], ids=["for-lunch", "to-rest"])
def test_a_force_that_only_stops_to_rest_holds_no_zone(text):
    assert "Ciudad Hidalgo" not in _places_of(text)


def test_a_force_from_a_post_that_stops_people_holds_it():
    assert "Ciudad Hidalgo" in _places_of("Soldiers from the Ciudad Hidalgo barracks stopped forty of them.")


@pytest.mark.parametrize("text", [
    "The bus reached Velika Kladusa, where Bosnian police wrote down their names and let them go.",
    "The bus reached Velika Kladusa, where Bosnian police checked their papers and then let them go.",
], ids=["and", "and-then"])
def test_a_force_that_acted_before_it_let_people_go_holds_the_place(text):
    assert "Velika Kladusa" in _places_of(text)


def test_a_force_that_did_nothing_and_let_people_go_holds_no_zone():
    text = "The bus reached Velika Kladusa, where Bosnian police did nothing and let them go."
    assert "Velika Kladusa" not in _places_of(text)


# ------------------------------------------------------------------------- reference points

def test_a_force_where_a_facility_near_a_city_is_is_at_the_facility():
    places = _places_of("They were taken to the Siglo XXI holding centre near Tapachula, "
                        "where Mexican authorities are detaining new arrivals.")
    assert "Siglo XXI" in places and "Tapachula" not in places


def test_a_force_near_a_city_with_no_facility_before_is_at_the_city():
    assert "Tapachula" in _places_of("Mexican police stopped them near Tapachula.")


def test_a_gate_at_a_town_is_where_the_guards_act():
    places = _places_of("They reached the Suchiate crossing at Ciudad Hidalgo, where Mexican "
                        "migration officers checked their papers.")
    assert "Suchiate" in places and "Ciudad Hidalgo" not in places


def test_a_town_with_no_gate_named_before_is_where_the_guards_act():
    assert "Ciudad Hidalgo" in _places_of("They reached Ciudad Hidalgo, where Mexican migration "
                                          "officers checked their papers.")


# ------------------------------------------------------------------- a facility in a building

@pytest.mark.parametrize("text", [
    "The families were bused to the reception centre at a former cinema in Tapachula.",
    "The state opened a transit centre inside an empty warehouse in Tapachula.",
], ids=["former-cinema", "warehouse"])
def test_a_facility_housed_in_a_building_of_a_town_holds_it(text):
    assert "Tapachula" in _places_of(text)


@pytest.mark.parametrize("text", [
    "Officials said they might open a transit centre in an empty warehouse in Tapachula.",
    "Many of the families slept at a shopping mall in Tapachula.",
], ids=["planned", "no-facility"])
def test_a_building_with_no_facility_in_it_holds_no_zone(text):
    assert "Tapachula" not in _places_of(text)
