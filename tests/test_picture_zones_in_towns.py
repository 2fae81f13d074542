"""Control zones in towns. Which kind of control a town's police hold: police keeping the order of
a town (thieves, robbers, a man accused of theft) hold it for the government, and so do police
turning back lorries in a town far from any border or coast (inland by kilometres), in a sentence
that names no border and no people on the move; a border, a checkpoint, a coast by the town or
migrants keep a border zone. Also where deportees are landed, a town opening the sentence then its
officers, a spot or a side of a town where officers act, a relief camp opened in a town, and a
camp closed or shut.

Sentences written for these tests; geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import picture, zones, zones_told

AGADEZ = "Migrants wait in Agadez for trucks to Libya. "
SEBHA = "Migrants wait in Sebha for trucks to Tripoli. "
SFAX = "Migrants wait in Sfax for boats to Italy. "


# ------------------------------------------------- police keeping a town's order

@pytest.mark.parametrize("text", [
    AGADEZ + "Police arrested two thieves in Agadez on Monday.",
    AGADEZ + "Police in Agadez arrested a man accused of theft on Monday.",
    AGADEZ + "Gendarmes arrested four smugglers in Agadez on Monday.",
    AGADEZ + "The gendarmerie in Agadez arrested three robbers.",
    # hedged: still told, still order kept
    AGADEZ + "Police said they may have arrested two thieves in Agadez on Monday.",
], ids=["thieves", "accused-of-theft", "gendarmes-smugglers", "gendarmerie-robbers", "hedged"])
def test_police_arresting_thieves_in_a_town_keep_order_for_the_government(text):
    found = zones(picture(text))
    assert ("government", "Agadez") in found
    assert ("border", "Agadez") not in found


@pytest.mark.parametrize("text", [
    # distractors: migrants arrested with the thieves, robbers caught at the border
    AGADEZ + "Police arrested two thieves and 30 migrants in Agadez on Monday.",
    AGADEZ + "Police arrested two robbers at the border near Agadez.",
], ids=["migrants-too", "at-the-border"])
def test_police_acting_on_migrants_or_at_a_border_keep_a_border_zone(text):
    found = zones(picture(text))
    assert ("border", "Agadez") in found
    assert ("government", "Agadez") not in found


def test_police_who_did_not_arrest_thieves_hold_nothing():
    assert not zones(picture(AGADEZ + "Police did not arrest the thieves in Agadez."))


# ------------------------------------------ police turning back lorries inland

@pytest.mark.parametrize("text, place", [
    (AGADEZ + "Police in Agadez turned back the lorries.", "Agadez"),
    (AGADEZ + "Agadez police turned back the lorries.", "Agadez"),
    (AGADEZ + "Police in Agadez stopped the lorries on Friday.", "Agadez"),
    (SEBHA + "Police in Sebha turn back lorries.", "Sebha"),
    # hedged
    (AGADEZ + "Police in Agadez may have turned back some lorries.", "Agadez"),
], ids=["turned-back", "town-police", "stopped", "sebha", "hedged"])
def test_police_turning_back_lorries_in_an_inland_town_are_no_border(text, place):
    found = zones(picture(text))
    assert ("government", place) in found
    assert ("border", place) not in found


@pytest.mark.parametrize("text, place", [
    # a border or a checkpoint in the sentence, people on the move, a town on the coast
    (AGADEZ + "Police in Agadez turned back the lorries at the border.", "Agadez"),
    (SEBHA + "Police in Sebha stopped lorries at a checkpoint.", "Sebha"),
    (AGADEZ + "Police in Agadez turned back the migrants.", "Agadez"),
    (SFAX + "Police in Sfax turn back lorries.", "Sfax"),
], ids=["border", "checkpoint", "migrants", "coastal-town"])
def test_a_border_migrants_or_a_coast_keep_the_police_a_border_zone(text, place):
    found = zones(picture(text))
    assert ("border", place) in found
    assert ("government", place) not in found


def test_a_force_named_by_its_nationality_still_keeps_order_inland():
    # "Nigerian police", "Libyan police": the nationality of the force, not people acted on
    # (only a nationality standing for people keeps the zone a border one)
    for text, place in [(AGADEZ + "Nigerian police in Agadez turned back the lorries.", "Agadez"),
                        (SEBHA + "Libyan police in Sebha turn back lorries.", "Sebha")]:
        found = zones(picture(text))
        assert ("government", place) in found
        assert ("border", place) not in found


def test_police_who_did_not_turn_back_lorries_hold_nothing():
    assert not zones(picture(AGADEZ + "Police in Agadez did not turn back the lorries."))


# ------------------------------------------------------------- where deportees are landed

TRIP = "Migrants cross from Libya to Italy. "


@pytest.mark.parametrize("text, place", [
    (TRIP + "A ferry carrying 342 Tunisians deported from Italy docked in Sfax on Friday.", "Sfax"),
    (TRIP + "A plane carrying 119 Tunisians deported from Italy landed in Tunis late on Saturday.", "Tunis"),
    (TRIP + "Deportees from Italy disembark from a ferry at the port of Sfax.", "Sfax"),
    (TRIP + "Deportation flights from Italy land at the airport in Tunis almost every day.", "Tunis"),
    # hedged: still drawn
    (TRIP + "A plane carrying 119 Tunisians deported from Italy may land in Tunis on Saturday.", "Tunis"),
], ids=["ferry-docked", "plane-landed", "disembark", "flights-land", "hedged"])
def test_where_deportees_are_landed_is_a_control_zone(text, place):
    assert ("border", place) in zones(picture(text))


@pytest.mark.parametrize("text", [
    TRIP + "No deportation flight has landed in Tunis since March.",
    # distractors: no one sent back on board; a deportee who later "landed a job"
    TRIP + "A plane carrying 119 tourists landed in Tunis late on Saturday.",
    TRIP + "He was deported from Italy in 2019 and landed a job in Tunis.",
    # goods or aid for the people sent back, not them
    TRIP + "A plane carrying aid for deportees landed in Tunis on Saturday.",
    TRIP + "A ferry with blankets and food for returnees docked in Tunis.",
], ids=["denied", "tourists", "landed-a-job", "aid-for-deportees", "food-for-returnees"])
def test_no_landing_of_deportees_draws_no_zone_there(text):
    assert not any(place == "Tunis" for _, place in zones(picture(text)))


# ------------------------------------------- a town opening the sentence, then its officers

@pytest.mark.parametrize("text, place", [
    (TRIP + "At Zuwara, police officers and security service staff meet each boat.", "Zuwara"),
    (TRIP + "07:30 — At Zuwara, police officers meet each boat.", "Zuwara"),
    (TRIP + "At Zuwara station, in the early morning, two constables from the Tripoli police were "
            "checking the men who got off.", "Zuwara"),
    (TRIP + "At Garabulli airport in Tripoli, border police asked for a return ticket and a hotel booking.",
     "Garabulli"),
    (TRIP + "At Tripoli airport, officers of the police refused entry to 187 passengers.", "Tripoli"),
], ids=["meet-each-boat", "after-a-dash", "spot-and-time", "airport-in-town", "refused-entry"])
def test_officers_at_a_town_the_sentence_opens_with_hold_it(text, place):
    assert ("border", place) in zones(picture(text))


@pytest.mark.parametrize("text", [
    TRIP + "At Zuwara, police did not meet the boats.",
    # distractors: no force, a town glued to a word before it
    TRIP + "At Zuwara, the mayor and his staff meet each boat.",
    TRIP + "At Zuwara station, tourists meet the train.",
    TRIP + "Misrata-At Zuwara, police officers meet each boat.",
], ids=["denied", "mayor", "tourists", "no-opening"])
def test_no_officers_acting_at_the_opening_town_draw_no_zone(text):
    assert not any(place == "Zuwara" for _, place in zones(picture(text)))


# --------------------------------- a spot of a town before "where", a side of a town opening

@pytest.mark.parametrize("text, place", [
    (TRIP + "Trucks took the men to Tripoli airport, where immigration police escorted them onto a "
            "chartered aircraft.", "Tripoli"),
    (TRIP + "On the Libyan side of Zawiya, immigration officers register each returnee.", "Zawiya"),
], ids=["airport-where", "side-of"])
def test_a_spot_of_a_town_or_its_side_is_held_by_the_officers_there(text, place):
    assert ("border", place) in zones(picture(text))


@pytest.mark.parametrize("text, place", [
    (TRIP + "Trucks took the men to Tripoli airport, where immigration police did not escort them.", "Tripoli"),
    # distractors: police watching a match, tourists on the town's side
    (TRIP + "Trucks took the men to Tripoli airport, where police officers watched the football match.", "Tripoli"),
    (TRIP + "On the Libyan side of Zawiya, tourists meet each boat.", "Zawiya"),
], ids=["denied", "match", "tourists"])
def test_no_act_on_people_at_the_spot_draws_no_zone(text, place):
    assert not any(p == place for _, p in zones(picture(text)))


# -------------------------------------------------------- a relief camp opened in a town

FLIGHT = "Families fled Sebha for Misrata. "


def test_a_relief_camp_opened_where_people_stop_is_a_zone():
    text = FLIGHT + "Many stopped in Zawiya, where the district administration has opened a relief camp."
    assert ("reception", "Zawiya") in zones(picture(text))


@pytest.mark.parametrize("text", [
    FLIGHT + "Many stopped in Zawiya, where no relief camp has been opened.",
    # distractor: relief camps placed elsewhere by the clause
    FLIGHT + "Many stopped in Zawiya, where a charity collects money for relief camps in Sudan.",
], ids=["denied", "camps-elsewhere"])
def test_no_relief_camp_at_the_town_draws_no_zone_there(text):
    assert not any(place == "Zawiya" for _, place in zones(picture(text)))


@pytest.mark.parametrize("text, place", [
    (SEBHA + "Libyan police loaded 40 Sudanese men onto a truck in Sebha.", "Sebha"),
    (AGADEZ + "Police in Agadez turned back the passengers.", "Agadez"),
    # people named by their nationality alone
    (AGADEZ + "Police in Agadez turned back 40 Nigerians.", "Agadez"),
    (SEBHA + "Police in Sebha turned back dozens of Sudanese on Friday.", "Sebha"),
    (AGADEZ + "Police in Agadez stopped a bus full of Eritreans.", "Agadez"),
], ids=["men", "passengers", "nationality-noun", "nationality-adjective-alone", "bus-full-of"])
def test_police_acting_on_people_inland_keep_a_border_zone(text, place):
    found = zones(picture(text))
    assert ("border", place) in found
    assert ("government", place) not in found


# ------------------------------------------- how far inland a town is, in km

def _town(lat: float, lon: float):
    from geomig.picture.claims import PlaceRef
    return PlaceRef("t", "Town", "city", "XX", lat, lon)


@pytest.mark.parametrize("lat, lon, inland", [
    # at 60° N a degree of longitude is ~56 km: 0.36° east of the edge is ~20 km, not ~40
    (60.0, 9.64, False),
    # far from every edge, and a town by a northern edge (a degree of latitude is ~111 km)
    (60.0, 5.0, True),
    (64.8, 5.0, False),
    # near the equator longitude and latitude degrees are alike
    (0.0, 9.64, True),
    (0.0, 9.82, False),
], ids=["20km-east-at-60N", "middle", "22km-south-of-north-edge", "40km-at-equator", "20km-at-equator"])
def test_a_town_is_inland_by_kilometres_not_degrees(monkeypatch, lat, lon, inland):
    from shapely.geometry import box

    from geomig.picture import geometry
    from geomig.picture import zones as zones_module
    # a country spanning 0..10° E, 55..65° N (or 5° S..5° N for the equator's cases)
    outline = box(0, 55, 10, 65) if lat > 10 else box(0, -5, 10, 5)
    monkeypatch.setattr(geometry, "country_geometry", lambda iso2: outline)
    assert zones_module._inland(_town(lat, lon), 30.0) is inland


# ------------------------------------------- a camp closed or shut is no camp now

DESERT = "Migrants crossed the desert. "


@pytest.mark.parametrize("text", [
    DESERT + "They reached Agadez, where the district administration closed the relief camp last year.",
    DESERT + "The aid agency shut down the makeshift camp outside Agadez in May.",
], ids=["closed-the-relief-camp", "shut-down-the-makeshift-camp"])
def test_a_camp_closed_or_shut_is_no_zone(text):
    assert zones_told(text) == set()


@pytest.mark.parametrize("text, zone", [
    # an opened camp takes people in
    (DESERT + "They reached Agadez, where the district administration opened a relief camp last year.",
     ("reception", "Agadez")),
    # a closed camp, the word before the noun, locks people in
    (DESERT + "Migrants are locked up in a closed camp near Agadez.", ("detention", "Agadez")),
    # closed to visitors for a day: still a camp
    (DESERT + "The relief camp at Agadez was closed to visitors on Monday.", ("reception", "Agadez")),
    # a camp closed before people were moved on to another: the other holds them
    (DESERT + "When the camp at Sebha was closed, the migrants were moved into the transit centre at Agadez.",
     ("reception", "Agadez")),
], ids=["opened", "closed-camp", "closed-to-visitors", "moved-on-from-a-closed-camp"])
def test_an_opened_or_locked_camp_stays_a_zone(text, zone):
    assert zone in zones_told(text)
