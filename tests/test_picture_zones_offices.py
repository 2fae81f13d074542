"""Control zones told in reporters' own words (session 28): people taken to, or made to report
to, a migration or police body's office; the place where officers of a named body deal with
people ("X, where staff of the immigration service took down their details"); a force named
as "officers of the Migration Service"; people who reach a town and are picked up by the police
there, or refused at its port; troopers of a town's post herding people onto buses; a
state of emergency declared along a border (its band); a force's post named after the town
("walked into X. Police took them to the police station"); and police at a sports event, who
hold no border.

Sentences written for these tests, on routes far from the tuning reports; geocoded by the tiny
fixture gazetteer (tests/extract_helpers.py) with this file's own places."""

from __future__ import annotations

import pytest
from extract_helpers import ZONE_CONTEXT, picture, with_places

from geomig.picture import geometry

PLACES = {
    "Osaka": ("test:osaka", "city", "JP", 34.69, 135.50, "Osaka"),
    "Accra": ("test:accra", "city", "GH", 5.56, -0.20, "Accra"),
    "Ciudad Juárez": ("test:juarez", "city", "MX", 31.69, -106.42, "Ciudad Juárez"),
    "Salto": ("test:salto", "city", "UY", -31.38, -57.96, "Salto"),
    "Foz do Iguaçu": ("test:foz", "city", "BR", -25.55, -54.59, "Foz do Iguaçu"),
    "Haifa": ("test:haifa", "city", "IL", 32.79, 34.99, "Haifa"),
    "Busan": ("test:busan", "city", "KR", 35.18, 129.08, "Busan"),
    "Nogales": ("test:nogales", "city", "US", 31.34, -110.93, "Nogales"),
    "Santo Domingo": ("test:santo-domingo", "city", "DO", 18.47, -69.89, "Santo Domingo"),
    "Leeds": ("test:leeds", "city", "GB", 53.80, -1.55, "Leeds"),
    "Doha": ("test:doha", "city", "QA", 25.29, 51.53, "Doha"),
    "Rotterdam": ("test:rotterdam", "city", "NL", 51.92, 4.48, "Rotterdam"),
    "Vienna": ("test:vienna", "city", "AT", 48.21, 16.37, "Vienna"),
    "Latvia": ("geonames:458258", "country", "LV", 57.0, 25.0, "Latvia"),
    "Russia": ("geonames:2017370", "country", "RU", 60.0, 100.0, "Russia"),
}
DEMONYMS = {"Latvian": "Latvia"}


@pytest.fixture(autouse=True)
def _places(monkeypatch):
    with_places(monkeypatch, PLACES, DEMONYMS)


def _zone(text: str, place: str):
    """The control zone at a place in a text's picture, told after ZONE_CONTEXT, or None."""
    return next((z for z in picture(ZONE_CONTEXT + text).by_role("control_zone")
                 if z.properties["place"] == place), None)


def _held(text: str, place: str) -> bool:
    """Whether the text draws a zone, neither negated nor hedged, at the place."""
    z = _zone(text, place)
    return z is not None and not z.properties.get("hedged")


# ------------------------------------------------------------------------------ an office

@pytest.mark.parametrize("text, place", [
    ("The two brothers were driven to the Immigration Bureau's regional office in Osaka and questioned for hours.", "Osaka"),
    ("Under their bail terms the Cuban families must report weekly to the asylum directorate in Salto.", "Salto"),
    ("Border officers escorted the group to the office of the Federal Migration Service in Foz do Iguaçu.", "Foz do Iguaçu"),
    ("The rescued deckhands were moved to a hostel run by the interior ministry in Busan.", "Busan"),
    ("His wife was kept three weeks in the aliens detention centre in Osaka.", "Osaka"),
    ("The Syrian men were brought to the police headquarters at the main airport in Vienna.", "Vienna"),
], ids=["bureau", "report_to", "office_of", "ministry_hostel", "weeks_at", "via_airport"])
def test_people_taken_to_a_bodys_office_are_under_its_control_there(text, place):
    assert _held(text, place)


def test_an_office_denied_or_hedged():
    assert _zone("The Nepali workers were not taken to the immigration bureau in Osaka.", "Osaka") is None
    z = _zone("The Nepali workers may have been taken to the Immigration Bureau's office in Osaka, a lawyer thinks.", "Osaka")
    assert z is not None and z.properties["hedged"]


@pytest.mark.parametrize("text", [
    "A police officer took his children to the science museum in Leeds on his day off.",
    "The striking dockers marched to the union office in Rotterdam.",
    "The hotel staff took the tourists to the visitor office in Leeds.",
    "The minister met officials of the labour ministry in Busan.",
], ids=["private_trip", "strike", "tourists", "meeting"])
def test_an_office_no_one_is_taken_to_by_a_body_is_no_zone(text):
    assert _zone(text, "Leeds") is None and _zone(text, "Rotterdam") is None and _zone(text, "Busan") is None


# ------------------------------------------------------------------------------ "X, where officers ..."

@pytest.mark.parametrize("text, place", [
    ("After the charter landed, the returnees were bussed to Accra, where staff of the national immigration service took down their details.", "Accra"),
    ("A coach drove the deported men to Ciudad Juárez, where, a priest told us, municipal police led them away.", "Ciudad Juárez"),
    ("Two planes brought the deportees to Santo Domingo, where all were interviewed by the migration directorate before release.", "Santo Domingo"),
], ids=["wrote_names", "led_away", "registered_by"])
def test_where_a_bodys_officers_deal_with_people_they_control(text, place):
    assert _held(text, place)


def test_where_officers_denied_or_hedged():
    assert _zone("The men were sent back to Ciudad Juárez, where state police officers did not take them away.",
                 "Ciudad Juárez") is None
    z = _zone("The men were sent back to Ciudad Juárez, where state police officers reportedly took them away.",
              "Ciudad Juárez")
    assert z is not None and z.properties["hedged"]


@pytest.mark.parametrize("text", [
    "Fans travelled to Doha, where police searched bags at the stadium gates.",
    "Supporters flew to Doha for the football final, where police officers took them away after a brawl.",
], ids=["searched_bags", "took_away"])
def test_police_at_a_sports_event_hold_no_border(text):
    assert _zone(text, "Doha") is None


# ------------------------------------------------------------------------------ "agents of the X"

def test_officers_of_a_named_body_act_where_they_check():
    assert _held("Officers of the Federal Migration Service stopped a coach in Foz do Iguaçu and sent six Haitians back.",
                 "Foz do Iguaçu")


def test_officers_of_a_named_body_denied_hedged_or_idle():
    assert _zone("Officers of the Immigration Department did not stop anyone in Foz do Iguaçu.", "Foz do Iguaçu") is None
    z = _zone("Officers of the Immigration Department may have stopped a coach in Foz do Iguaçu.", "Foz do Iguaçu")
    assert z is not None and z.properties["hedged"]
    assert _zone("Officers of the Police Department coached a youth team in Leeds.", "Leeds") is None


# ------------------------------------------------------------------------------ picked up there, refused there

@pytest.mark.parametrize("text, place", [
    ("After their visas ran out, three Sri Lankan carers moved to Haifa, but police detained them at a bus stop.", "Haifa"),
    ("Two Moldovan students were refused at the ferry terminal in Rotterdam and sailed home.", "Rotterdam"),
], ids=["picked_up", "refused"])
def test_people_taken_or_refused_where_they_arrive(text, place):
    assert _held(text, place)


@pytest.mark.parametrize("text", [
    "After their visas ran out, three Sri Lankan carers moved to Haifa, and police officers there helped them find a room.",
    "Her cousin was refused at the bank in Vienna when she tried to open an account.",
    "After their visas ran out, three Sri Lankan carers moved to Haifa, but police did not detain them.",
], ids=["helped", "bank", "negated"])
def test_no_act_on_people_or_no_border_there_is_no_zone(text):
    assert _zone(text, "Haifa") is None and _zone(text, "Vienna") is None and _zone(text, "Rotterdam") is None


# ------------------------------------------------------------------------------ a station's agents

def test_agents_of_a_towns_station_loading_people_act_there():
    assert _held("Troopers of the Nogales post herded the Guatemalan families onto two buses.", "Nogales")


def test_agents_of_a_station_loading_goods_is_no_zone():
    assert _zone("Troopers of the Nogales post loaded sandbags onto pick-ups before the storm.", "Nogales") is None


# ------------------------------------------------------------------------------ a state of emergency

@pytest.mark.parametrize("text, country, iso, direction", [
    ("Latvia has declared a state of emergency in a five-kilometre strip along its border with Russia, where reporters are barred.",
     "Latvia", "LV", "with:RU"),
    # no neighbour named: the band along all its land borders (Poland's, far smaller than it)
    ("The Polish government imposed a state of emergency along the whole border last August.", "Poland", "PL", None),
], ids=["with_neighbour", "no_neighbour"])
def test_a_state_of_emergency_along_a_border_holds_its_band(text, country, iso, direction):
    zone = _zone(text, country)
    assert zone is not None and zone.properties["direction"] == direction
    assert zone.geometry.area < 0.6 * geometry.country_geometry(iso).area


@pytest.mark.parametrize("text", [
    "Latvia declared a state of emergency over the floods along the river last spring.",
    "Latvia has not declared a state of emergency along its border with Russia.",
    "Latvia declared a state of emergency after a cyber attack on its hospitals.",
], ids=["floods", "negated", "no_border"])
def test_no_state_of_emergency_along_a_border_no_band(text):
    zone = _zone(text, "Latvia")
    assert zone is None or zone.properties["control"] != "border" or "emergency" not in zone.cue


def test_a_state_of_emergency_hedged():
    zone = _zone("Latvia has reportedly declared a state of emergency along its border with Russia.", "Latvia")
    assert zone is not None and zone.properties["hedged"]


# ------------------------------------------------------------------------------ the police station of a town named before

@pytest.mark.parametrize("text", [
    "On Friday the Afghan family crossed into Vienna on foot. Police officers took them to the police station and questioned them.",
    "On Friday the Afghan family reached Osaka by ferry. Police held them at the immigration centre for two days.",
], ids=["took_to", "held_at"])
def test_a_forces_post_after_the_town_is_named_is_in_that_town(text):
    place = "Vienna" if "Vienna" in text else "Osaka"
    assert _held(text, place)


def test_a_forces_post_after_the_town_denied_hedged_or_no_act():
    assert _zone("On Friday the Afghan family crossed into Vienna. Police officers did not take them to the police station.",
                 "Vienna") is None
    z = _zone("On Friday the Afghan family crossed into Vienna. Police officers reportedly took them to the police station.",
              "Vienna")
    assert z is not None and z.properties["hedged"]
    # a talk at the station: no act on people
    assert _zone("On Friday the mayor opened a bakery in Vienna. A retired officer gave a talk at the police station.",
                 "Vienna") is None
