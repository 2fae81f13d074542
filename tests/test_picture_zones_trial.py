"""Control zones a user's trial drew wrong (session 21): a border force over its whole country,
a coast guard's patrols "off X" drawn on X's land, a detention centre credited instead of the
force that holds people there, and a border post "between X and Y" read as two stops.

Sentences written for these tests; geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import picture, roles, zones

from geomig.picture import geometry

CONTEXT = "Hundreds of Eritrean migrants reached Lampedusa from Sfax this week. "


def _zone(pic, place: str):
    """The one control zone of a picture over a place."""
    (zone,) = [z for z in pic.by_role("control_zone") if z.properties["place"] == place]
    return zone


# ------------------------------------------------------------------------------ border forces

@pytest.mark.parametrize("text, direction", [
    # the neighbour named in another sentence of the document
    ("Migrants walked north from Niger for weeks. Libyan border guards shot at them in the mountains.", "with:NE"),
    # named in the sentence, as before
    ("Libyan border guards shot at migrants crossing from Niger.", "with:NE"),
    # no neighbour named: all its land borders
    ("Eritrean migrants reached Lampedusa this week. Libyan border guards had shot at them in the mountains.",
     None),
], ids=["neighbour-in-document", "neighbour-in-sentence", "no-neighbour"])
def test_a_border_force_holds_its_border_band_not_its_country(text, direction):
    zone = _zone(picture(text), "Libya")
    assert zone.properties["direction"] == direction
    # a band along the border, far smaller than the country
    assert zone.geometry.area < 0.6 * geometry.country_geometry("LY").area


@pytest.mark.parametrize("text", [
    # a force that is no border force keeps the country (distractor)
    "Migrants walked north from Niger for weeks. Libyan police beat them in the mountains.",
    # hedged
    "Migrants walked north from Niger for weeks. Libyan soldiers reportedly shot at them in the mountains.",
], ids=["police", "soldiers-hedged"])
def test_other_forces_keep_their_country(text):
    zone = _zone(picture(text), "Libya")
    assert zone.properties["direction"] is None


# ------------------------------------------------------------------------------ off a place

@pytest.mark.parametrize("text, control", [
    (CONTEXT + "The coast guard increased patrols off Sfax after the sinking.", "coastguard"),
    (CONTEXT + "The Italian navy patrols off Lampedusa every night.", "navy"),
], ids=["coast-guard", "navy"])
def test_patrols_off_a_place_are_drawn_at_sea(text, control):
    place = "Sfax" if "Sfax" in text.split(". ")[1] else "Lampedusa"
    zone = _zone(picture(text), place)
    assert zone.properties["control"] == control
    # the sea off the town, not a disc around it on its land
    assert zone.geometry.intersection(geometry.land()).area < 0.5 * zone.geometry.area


def test_patrols_in_a_place_stay_on_its_land():
    # distractor: "in X", not "off X"
    zone = _zone(picture(CONTEXT + "The coast guard increased patrols in Sfax after the sinking."), "Sfax")
    assert zone.properties["control"] == "border"


# ------------------------------------------------------------------------------ detention

@pytest.mark.parametrize("text, actor", [
    (CONTEXT + "Libyan forces detained hundreds of them in a detention centre in Zawiya.", "Libyan forces"),
    (CONTEXT + "Police took the survivors to a detention centre in Zawiya.", "police"),
    # the force's words after the centre, as before
    (CONTEXT + "The survivors were held in a detention centre in Zawiya run by the interior ministry.",
     "interior ministry"),
    # no force named: the centres
    (CONTEXT + "Conditions in a detention centre in Zawiya are dire.", "detention centres"),
], ids=["forces-detained", "police-took", "run-by", "no-force"])
def test_a_detention_zone_is_the_force_that_holds_people_there(text, actor):
    assert _zone(picture(text), "Zawiya").properties["actor"].lower() == actor.lower()


def test_a_force_that_never_detained_anyone_there():
    # negation: the zone, if any, is denied
    pic = picture(CONTEXT + "Libyan forces never detained anyone in a detention centre in Zawiya.")
    assert all(z.properties.get("negated") or z.properties["actor"] != "Libyan forces"
               for z in pic.by_role("control_zone") if z.properties["place"] == "Zawiya")


# ------------------------------------------------------------------------------ border posts

@pytest.mark.parametrize("text", [
    "Migrants travelled north through Agadez. The border post between Niger and Libya was closed last month.",
    "Migrants travelled north through Agadez. Soldiers closed the crossing between Niger and Libya in March.",
], ids=["was-closed", "soldiers-closed"])
def test_a_border_post_closed_between_two_countries_is_a_control_on_each_side(text):
    pic = picture(text)
    assert {("border", "Niger"), ("border", "Libya")} <= zones(pic)
    assert _zone(pic, "Niger").properties["direction"] == "with:LY"
    assert _zone(pic, "Libya").properties["direction"] == "with:NE"
    # ... and no stop of anyone's journey
    assert "transit" not in roles(pic).get("Niger", set()) | roles(pic).get("Libya", set())


@pytest.mark.parametrize("text", [
    # negated, hedged: no control
    "Migrants travelled north through Agadez. The border post between Niger and Libya was not closed.",
    "Migrants travelled north through Agadez. The border post between Niger and Libya may be closed soon.",
    # distractor: a road closed by the weather
    "Migrants travelled north through Agadez. The road between Niger and Libya was closed by sandstorms.",
    # distractor: the weather shuts the crossing, no force (a reviewer's sentences)
    "Migrants travelled north through Agadez. The crossing between Niger and Libya was closed by sandstorms.",
    "Migrants travelled north through Agadez. The border between Niger and Libya has been shut because of floods.",
], ids=["not-closed", "may-be-closed", "road", "crossing-closed-by-sandstorms", "border-shut-because-of-floods"])
def test_no_border_control_where_the_post_is_not_closed(text):
    held = [z for z in picture(text).by_role("control_zone") if not z.properties.get("negated")]
    assert not {z.properties["place"] for z in held if z.properties["control"] == "border"} & {"Niger", "Libya"}


# ------------------------------------------------------------------------------ named posts

@pytest.mark.parametrize("text, expected", [
    (CONTEXT + "At the Agadez border post, a family waits while an officer questions the father.",
     {("border", "Agadez")}),
    (CONTEXT + "Refugees were registered at the Agadez border point in March.", {("border", "Agadez")}),
    (CONTEXT + "Thousands arrive at the Zuwara border crossing every day.", {("border", "Zuwara")}),
    # distractors: a crossing alone is a way through; a country's side is no place
    (CONTEXT + "Families walked through the Agadez crossing at night.", set()),
    (CONTEXT + "The refugees waited at the Tunisian border post for buses to Tunis.", set()),
    # negation: no post there
    (CONTEXT + "Agadez has no border post of its own.", set()),
], ids=["border-post", "border-point", "border-crossing", "crossing-alone", "country-side", "no-post"])
def test_a_named_border_post_is_a_control_post(text, expected):
    assert {z for z in zones(picture(text)) if z[1] not in ("Lampedusa", "Sfax")} == expected


# ------------------------------------------------------------------------------ acts at a place

@pytest.mark.parametrize("text, expected", [
    # departures stopped from a place: the sea off it
    (CONTEXT + "The coast guard prevented 300 departures from Zuwara last month.", ("coastguard", "Zuwara")),
    (CONTEXT + "Police said they had stopped more than 40 departures from Zuwara.", ("coastguard", "Zuwara")),
    # screening named by its noun
    (CONTEXT + "After screening by the Libyan police at Zawiya, families are moved by bus to Tripoli.",
     ("border", "Zawiya")),
    # people sent back at a crossing, the force's words between
    (CONTEXT + "Libyan police sent most of them back at the Agadez crossing.", ("border", "Agadez")),
], ids=["prevented-departures-from", "stopped-more-than-n-departures", "after-screening-by", "sent-them-back-at"])
def test_a_force_acts_at_the_place(text, expected):
    assert expected in zones(picture(text))


@pytest.mark.parametrize("text, absent", [
    # distractor: the people's origin, after a gap, is no launch coast
    (CONTEXT + "The coast guard stopped 300 departures last year, most of them people from Sudan.", "Sudan"),
    # negation: no screening there
    (CONTEXT + "Families are moved to Tripoli without any screening at Zawiya.", "Zawiya"),
    # hedge-free distractor: people who went back at a crossing of their own accord
    (CONTEXT + "Most of them went back at the Agadez crossing.", "Agadez"),
], ids=["origin-from", "without-screening", "went-back"])
def test_no_zone_where_no_force_acts(text, absent):
    assert absent not in {place for _, place in zones(picture(text))}


def test_soldiers_who_close_a_border_after_floods_still_hold_it():
    # the weather named beside a force that acts takes nothing from it (a reviewer's sentence)
    pic = picture("Migrants travelled north through Agadez. "
                  "Soldiers closed the border between Niger and Libya after the floods.")
    assert {("border", "Niger"), ("border", "Libya")} <= zones(pic)


@pytest.mark.parametrize("text", [
    CONTEXT + "Bad weather prevented departures from Zuwara last week.",
    CONTEXT + "Strong winds have prevented 300 departures from Zuwara since Monday.",
], ids=["bad-weather", "strong-winds"])
def test_the_weather_stopping_departures_is_no_coastguard(text):
    # a reviewer's sentences: no force stopped them
    assert "Zuwara" not in {place for _, place in zones(picture(text))}


def test_a_coastguard_at_sea_in_rough_weather_still_stops_them():
    pic = picture(CONTEXT + "Despite rough seas, the coast guard intercepted 40 people off Zuwara.")
    assert ("coastguard", "Zuwara") in zones(pic)


@pytest.mark.parametrize("text", [
    CONTEXT + "Yesterday police took them to a detention centre in Zawiya.",
    CONTEXT + "Then police took the survivors to a detention centre in Zawiya.",
], ids=["yesterday", "then"])
def test_a_word_opening_the_sentence_is_no_part_of_the_forces_name(text):
    # a reviewer's sentences: the force is "police", not "Yesterday police"
    assert _zone(picture(text), "Zawiya").properties["actor"] == "police"
