"""Control zones told in reporters' own words (session 28): people taken to, or made to report
to, a migration or police body's office; the place where officers of a named body deal with
people ("X, where officials of the aliens service logged their names"); a force named as
"officers of the Immigration Department"; people who reach a town and are picked up by the police
there, or refused entry at its port; soldiers of a town's post loading people onto a truck; a
state of emergency declared along a border (its band); a force's post named after the town
("walked into X. Police took them to the police post"); and police at a sports event, who
hold no border unless the sentence names people on the move.

And what is none of these: a refused asylum claim or appeal, goods, players, tourists and
visitors taken to a police office, a story of long ago, disaster victims in an army shelter, a
hotel's staff, an official received by a border police chief, an emergency over a drought, a
disease or a war, an evacuation, escort duty and seized goods.

Sentences written for these tests, on East African, Thai, Canadian and Andean routes (not the
tuning reports' and not in their words); geocoded by the tiny fixture gazetteer
(tests/extract_helpers.py) with this file's own places."""

from __future__ import annotations

import pytest
from extract_helpers import ZONE_CONTEXT, picture, with_places

from geomig.picture import geometry

PLACES = {
    "Mombasa": ("test:mombasa", "city", "KE", -4.04, 39.67, "Mombasa"),
    "Nairobi": ("test:nairobi", "city", "KE", -1.29, 36.82, "Nairobi"),
    "Garissa": ("test:garissa", "city", "KE", -0.45, 39.65, "Garissa"),
    "Kisumu": ("test:kisumu", "city", "KE", -0.09, 34.77, "Kisumu"),
    "Busia": ("test:busia", "city", "KE", 0.46, 34.11, "Busia"),
    "Kampala": ("test:kampala", "city", "UG", 0.35, 32.58, "Kampala"),
    "Goma": ("test:goma", "city", "CD", -1.68, 29.22, "Goma"),
    "Bamako": ("test:bamako", "city", "ML", 12.64, -8.00, "Bamako"),
    "Chiang Mai": ("test:chiang-mai", "city", "TH", 18.79, 98.98, "Chiang Mai"),
    "Bangkok": ("test:bangkok", "city", "TH", 13.75, 100.50, "Bangkok"),
    "Halifax": ("test:halifax", "city", "CA", 44.65, -63.57, "Halifax"),
    "Peru": ("geonames:3932488", "country", "PE", -10.0, -76.0, "Peru"),
    "Chile": ("geonames:3895114", "country", "CL", -30.0, -71.0, "Chile"),
}
DEMONYMS = {"Peruvian": "Peru", "Chilean": "Chile"}
KENYA = ("Mombasa", "Nairobi", "Garissa", "Kisumu", "Busia")


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


def _no_zone(text: str, place: str) -> None:
    """The text names the place (so the test asks something) and draws no zone there."""
    assert place in text
    assert _zone(text, place) is None


# ------------------------------------------------------------------------------ an office

@pytest.mark.parametrize("text, place", [
    ("The Burmese fishermen were driven to the immigration department's district office in Mombasa and held overnight.", "Mombasa"),
    ("The Shan workers are called in each month to the immigration office in Chiang Mai.", "Chiang Mai"),
    ("Soldiers escorted the Somali group to the office of the national immigration directorate in Garissa.", "Garissa"),
    ("Officials moved the Eritrean families to a hostel managed by the immigration department in Kisumu.", "Kisumu"),
    ("He has now spent five months in the immigration detention centre in Bangkok.", "Bangkok"),
    ("The Ethiopian men were brought to the police headquarters at the main airport in Nairobi.", "Nairobi"),
    ("Gendarmes drove the Guinean families to the gendarmerie headquarters in Bamako.", "Bamako"),
], ids=["bureau", "called_in", "office_of", "managed_hostel", "months_at", "police_via_airport", "gendarmerie"])
def test_people_taken_to_a_bodys_office_are_under_its_control_there(text, place):
    assert _held(text, place)


def test_an_office_denied_or_hedged():
    _no_zone("The Shan workers were not taken to the immigration office in Chiang Mai.", "Chiang Mai")
    z = _zone("The Shan workers may have been taken to the immigration office in Chiang Mai, their employer thinks.",
              "Chiang Mai")
    assert z is not None and z.properties["hedged"]


@pytest.mark.parametrize("text, place", [
    # goods, players, tourists, visitors: a police office, but no one on the move is taken there
    ("The stolen copper cable was taken to the police headquarters in Kisumu as evidence.", "Kisumu"),
    ("After the derby, the rugby players were driven to the police headquarters in Nairobi.", "Nairobi"),
    ("Three drunk Dutch tourists were taken to the police headquarters in Mombasa after a fight.", "Mombasa"),
    ("A guide took the schoolchildren to the old police headquarters in Mombasa, now a museum.", "Mombasa"),
    # a story of long ago
    ("In 1971 my aunt was driven to the aliens bureau in Kampala, she remembers.", "Kampala"),
    # a shelter the army runs, for the victims of a disaster
    ("The landslide survivors were moved to a shelter run by the army in Kisumu.", "Kisumu"),
    # an office no one is taken to by a body
    ("The striking dockers marched to the union office in Mombasa.", "Mombasa"),
], ids=["goods", "players", "tourists", "visitors", "long_ago", "disaster_shelter", "strike"])
def test_an_office_no_one_on_the_move_is_taken_to_is_no_zone(text, place):
    _no_zone(text, place)


# ------------------------------------------------------------------------------ "X, where officers ..."

@pytest.mark.parametrize("text, place", [
    ("The deportees were flown to Kampala, where officials of the immigration directorate logged their names.", "Kampala"),
    ("A lorry dropped the expelled Congolese at Busia, where, a nun said, border police led the families away.", "Busia"),
    ("Two charter flights took the returnees to Kampala, where they were received by the immigration department.", "Kampala"),
    ("The Ugandan deportees were driven to Kampala, where staff of the national migration institute noted their names.", "Kampala"),
], ids=["logged_names", "led_away", "received_by", "institute"])
def test_where_a_bodys_officers_deal_with_people_they_control(text, place):
    assert _held(text, place)


def test_where_officers_denied_or_hedged():
    _no_zone("The men were sent back to Busia, where border police did not lead them away.", "Busia")
    z = _zone("The men were sent back to Busia, where border police reportedly led them away.", "Busia")
    assert z is not None and z.properties["hedged"]


@pytest.mark.parametrize("text, place", [
    ("We flew to Mombasa, where the hotel staff took our suitcases away.", "Mombasa"),
    ("The delegation landed in Kampala, where the hotel staff checked their passports at reception.", "Kampala"),
    ("The president flew to Nairobi, where he was received by the border police commander.", "Nairobi"),
    ("The rugby squad flew to Kampala, where police officers took the rowdy supporters away.", "Kampala"),
], ids=["hotel_bags", "hotel_passports", "official_received", "supporters"])
def test_where_no_body_deals_with_people_on_the_move_is_no_zone(text, place):
    _no_zone(text, place)


@pytest.mark.parametrize("text", [
    "Fans travelled to Nairobi, where police searched bags at the stadium gates.",
    "Supporters flew to Nairobi for the football final, where police officers took them away after a brawl.",
], ids=["searched_bags", "took_away"])
def test_police_at_a_sports_event_hold_no_border(text):
    _no_zone(text, "Nairobi")


@pytest.mark.parametrize("text, place", [
    ("Before the marathon, the refugees were bussed out of Nairobi to Kisumu, where police took their fingerprints.", "Kisumu"),
    ("Ahead of the festival, Ethiopian workers were driven to Garissa, where police took their fingerprints.", "Garissa"),
], ids=["marathon", "festival"])
def test_people_on_the_move_at_a_sports_event_are_still_controlled(text, place):
    assert _held(text, place)


# ------------------------------------------------------------------------------ "officers of the X"

def test_officers_of_a_named_body_act_where_they_check():
    assert _held("Officers of the immigration department stopped a minibus in Garissa and held eleven Somalis.",
                 "Garissa")


def test_officers_of_a_named_body_denied_hedged_or_idle():
    _no_zone("Officers of the immigration department did not stop anyone in Garissa.", "Garissa")
    z = _zone("Officers of the immigration department may have stopped a minibus in Garissa.", "Garissa")
    assert z is not None and z.properties["hedged"]
    _no_zone("Officers of the police department coached a youth team in Kisumu.", "Kisumu")


@pytest.mark.parametrize("text, place", [
    ("Officers of the customs department seized a tonne of ivory in Mombasa.", "Mombasa"),
    ("Officers of the police service escorted the school bus in Kisumu.", "Kisumu"),
], ids=["goods", "escort"])
def test_officers_of_a_body_acting_on_no_one_on_the_move_is_no_zone(text, place):
    _no_zone(text, place)


# ------------------------------------------------------------------------------ picked up there, refused there

@pytest.mark.parametrize("text, place", [
    ("Once their permits lapsed, two Filipino nannies moved to Halifax, but police detained them at a ferry dock.", "Halifax"),
    ("Four Portuguese deckhands were refused entry at the port of Halifax and flew home.", "Halifax"),
    ("Two Haitian cousins were refused at the ferry terminal in Halifax.", "Halifax"),
], ids=["picked_up", "refused_entry", "refused_at_terminal"])
def test_people_taken_or_refused_where_they_arrive(text, place):
    assert _held(text, place)


@pytest.mark.parametrize("text", [
    "Once their permits lapsed, two Filipino nannies moved to Halifax, and police officers there helped them find a room.",
    "Once their permits lapsed, two Filipino nannies moved to Halifax, but police did not detain them.",
    "Her cousin was refused at the bank in Halifax when she tried to open an account.",
    "His refugee claim was refused in Halifax, so he appealed to the federal court.",
    "The council's building permit was refused in Halifax after a long hearing.",
    "The hockey club's transfer bid was refused in Halifax.",
    "The injured cyclist was refused at Halifax hospital for lack of beds.",
], ids=["helped", "negated", "bank", "refugee_claim", "permit", "transfer", "hospital"])
def test_no_act_on_people_or_no_border_there_is_no_zone(text):
    _no_zone(text, "Halifax")


# ------------------------------------------------------------------------------ a post's soldiers

@pytest.mark.parametrize("text", [
    "Soldiers from the Busia post loaded the Congolese onto a truck.",
    "Soldiers from the Busia post packed the families into two lorries.",
    "Soldiers from the Busia post crammed 40 Somalis into a van.",
], ids=["demonym", "families", "counted_demonym"])
def test_soldiers_of_a_towns_post_loading_people_act_there(text):
    assert _held(text, "Busia")


@pytest.mark.parametrize("text, place", [
    ("Soldiers from the Busia post loaded sacks of maize onto lorries before the rains.", "Busia"),
    ("Soldiers from the Goma base put the children onto buses as the shelling came closer.", "Goma"),
], ids=["goods", "evacuation"])
def test_soldiers_of_a_post_loading_goods_or_evacuating_is_no_zone(text, place):
    _no_zone(text, place)


# ------------------------------------------------------------------------------ a state of emergency

@pytest.mark.parametrize("text, country, iso, direction", [
    ("Peru proclaimed a state of emergency in the districts along its southern border with Chile to stop irregular crossings.",
     "Peru", "PE", "with:CL"),
    # no neighbour named: the band along all its land borders (far smaller than Peru)
    ("The Peruvian government extended the state of emergency along the whole frontier for sixty days.", "Peru", "PE", None),
], ids=["with_neighbour", "no_neighbour"])
def test_a_state_of_emergency_along_a_border_holds_its_band(text, country, iso, direction):
    zone = _zone(text, country)
    assert zone is not None and zone.properties["direction"] == direction
    assert zone.geometry.area < 0.6 * geometry.country_geometry(iso).area


@pytest.mark.parametrize("text", [
    "Peru declared a state of emergency over the floods along the river last spring.",
    "Peru has not declared a state of emergency along its border with Chile.",
    "Peru declared a state of emergency after a cyber attack on its hospitals.",
    "Peru declared a state of emergency because of the drought along its border with Chile.",
    "Peru declared a state of emergency over a dengue outbreak along its border with Chile.",
    "In 1879, Peru declared a state of emergency along its border with Chile.",
    "Peru declared a state of emergency over the fighting along its border with Chile.",
], ids=["floods", "negated", "no_border", "drought", "disease", "long_ago", "war"])
def test_no_state_of_emergency_along_a_border_no_band(text):
    zone = _zone(text, "Peru")
    assert zone is None or "emergency" not in zone.cue


def test_a_state_of_emergency_hedged():
    zone = _zone("Peru has reportedly declared a state of emergency along its border with Chile.", "Peru")
    assert zone is not None and zone.properties["hedged"]


# ------------------------------------------------------------------------------ the post of a town named before

@pytest.mark.parametrize("text, place", [
    ("At dawn the Somali boys walked into Garissa. Police officers took them to the police station and questioned them.", "Garissa"),
    ("At dawn the Somali boys walked into Garissa. Police officers took them to the police post and questioned them.", "Garissa"),
    ("At dawn the Somali boys walked into Busia. Border guards held them at the border guard post for two days.", "Busia"),
    ("On Friday the Karen family reached Chiang Mai by bus. Police held them at the immigration centre for two days.", "Chiang Mai"),
], ids=["station", "police_post", "guard_post", "held_at"])
def test_a_forces_post_after_the_town_is_named_is_in_that_town(text, place):
    assert _held(text, place)


def test_a_forces_post_after_the_town_denied_hedged_or_no_act():
    _no_zone("At dawn the Somali boys walked into Garissa. Police officers did not take them to the police post.",
             "Garissa")
    z = _zone("At dawn the Somali boys walked into Garissa. Police officers reportedly took them to the police station.",
              "Garissa")
    assert z is not None and z.properties["hedged"]
    # a talk at the post: no act on people
    _no_zone("On Friday the mayor opened a bakery in Garissa. A retired officer gave a talk at the police post.",
             "Garissa")
