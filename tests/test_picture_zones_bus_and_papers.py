"""Control zones in reporters' own wording: a force that takes people off a bus or
a train, or demands their papers, at a place; a place where officials of a named body receive
those sent back; the place's crossing before "where" guards act; interceptions "off the coast
around X"; a force named by the post it comes from; people put on a plane out of a place in
custody.

Sentences written for these tests (West Africa's land routes); geocoded
by the tiny fixture gazetteer (tests/extract_helpers.py) with this file's own places."""

from __future__ import annotations

import pytest
from extract_helpers import picture, with_places

PLACES = {
    "Kidira": ("geomig:test-kidira", "city", "SN", 14.4611, -12.2214, "Kidira"),
    "Kayes": ("geomig:test-kayes", "city", "ML", 14.4469, -11.4456, "Kayes"),
    "Mali": ("geomig:test-mali", "country", "ML", 17.0, -4.0, "Mali"),
    "Dakar": ("geomig:test-dakar", "city", "SN", 14.6937, -17.4441, "Dakar"),
    "Guinea": ("geomig:test-guinea", "country", "GN", 10.8333, -10.6667, "Guinea"),
    "Conakry": ("geomig:test-conakry", "city", "GN", 9.5380, -13.6773, "Conakry"),
}
DEMONYMS = {"Malian": "Mali", "Guinean": "Guinea"}

CONTEXT = "Hundreds of Guinean migrants crossed the region this year on their way to Europe. "


@pytest.fixture(autouse=True)
def _places(monkeypatch):
    with_places(monkeypatch, PLACES, DEMONYMS)


def _zones(text: str) -> set[tuple[str, str]]:
    """(place, control) of every control zone of a text's picture, told after CONTEXT."""
    return {(z.properties["place"], z.properties["control"])
            for z in picture(CONTEXT + text).by_role("control_zone")}


def _zone(text: str, place: str):
    """The control zone at a place in a text's picture, told after CONTEXT, or None."""
    return next((z for z in picture(CONTEXT + text).by_role("control_zone") if z.properties["place"] == place),
                None)


def _places_of(text: str) -> set[str]:
    return {place for place, _ in _zones(text)}


def _cues_at(text: str, place: str) -> set[str]:
    """The cue ids of the control zones at a place in a text's picture, told after CONTEXT."""
    return {c["cue"] for z in picture(CONTEXT + text).by_role("control_zone") if z.properties["place"] == place
            for c in z.properties.get("claims", [])}


# ------------------------------------------------------------------------------ taken off a bus

@pytest.mark.parametrize("text, place, cue", [
    ("At Kidira, Senegalese police take those without visas off the coach.", "Kidira", "control.place_first"),
    ("Senegalese gendarmes took 14 passengers off a minibus at Kidira on Monday.", "Kidira",
     "control.forces_in_place"),
    ("Malian police in Kayes routinely take migrants off the buses heading west.", "Kayes", "control.forces_in_place"),
], ids=["place-first", "place-after", "police-in"])
def test_a_force_taking_people_off_a_vehicle_acts_there(text, place, cue):
    assert cue in _cues_at(text, place)


@pytest.mark.parametrize("text", [
    # a police officer's own trip: no one on the move taken off
    "A police officer took his family off the train at Kidira for a holiday.",
    # a sports team, not people on the move
    "At Kidira, police took the football team's kit off the bus before the match.",
], ids=["officer-trip", "football-kit"])
def test_what_is_no_force_taking_people_off_draws_nothing(text):
    assert "Kidira" not in _places_of(text)


def test_taken_off_denied_or_hedged():
    assert "Kidira" not in _places_of("At Kidira, Senegalese police did not take anyone off the bus.")
    z = _zone("Senegalese police reportedly took 14 passengers off a minibus at Kidira.", "Kidira")
    assert z is not None and z.properties["hedged"]


# ------------------------------------------------------------------------------ papers demanded

@pytest.mark.parametrize("text", [
    "Malian immigration officers at Kayes now demand papers that few travellers carry.",
    "Gendarmes at Kidira ask everyone to see their identity cards.",
], ids=["demand", "ask-to-see"])
def test_a_force_demanding_papers_at_a_place_acts_there(text):
    assert {"control.place_first", "control.forces_in_place"} & (_cues_at(text, "Kidira") | _cues_at(text, "Kayes"))


@pytest.mark.parametrize("text", [
    # a demand of another kind
    "Police at Kayes demanded an inquiry into the crash of the tourist bus.",
    # a union's demand, no force
    "The union at Kidira demands papers for all its seasonal workers.",
], ids=["inquiry", "union"])
def test_other_demands_draw_nothing(text):
    assert not _places_of(text) & {"Kidira", "Kayes"}


def test_papers_demanded_hedged():
    z = _zone("Malian immigration officers at Kayes reportedly demand papers that few travellers carry.", "Kayes")
    assert z is not None and z.properties["hedged"]


# ------------------------------------------------------------------------------ "where officials receive them"

@pytest.mark.parametrize("text, place", [
    ("Those expelled were put on lorries back to Dakar, where Senegalese officials of the DGPAF receive them.",
     "Dakar"),
    ("The deportees were flown to Conakry, where officers from the border police received them.", "Conakry"),
], ids=["officials-of-acronym", "officers-from-body"])
def test_a_place_where_officials_receive_people_sent_back(text, place):
    assert (place, "border") in _zones(text)


@pytest.mark.parametrize("text", [
    # officials receive a visitor: nobody sent back
    "The delegation flew on to Conakry, where officials received the visiting minister.",
    # volunteers are no force
    "The deportees were flown to Conakry, where volunteers of the Red Cross receive them.",
    # denied
    "The deportees were flown to Conakry, where the border police did not receive them.",
], ids=["visitor", "volunteers", "denied"])
def test_no_force_receiving_people_draws_no_border_zone(text):
    assert ("Conakry", "border") not in _zones(text)


# ------------------------------------------------------------------------------ the place's crossing, where ...

@pytest.mark.parametrize("text", [
    "A bus carried them to the Kidira crossing, where Senegalese border guards checked their papers.",
    "The lorry reached the Kidira border post, where gendarmes turned back two young men.",
], ids=["crossing", "border-post"])
def test_a_force_at_a_places_crossing_told_by_where(text):
    assert ("Kidira", "border") in _zones(text)


@pytest.mark.parametrize("text", [
    # what people do there is no control
    "A bus carried them to the Kidira crossing, where they bought tea from vendors.",
    # denied
    "A bus carried them to the Kidira crossing, where border guards did not check their papers.",
], ids=["tea", "denied"])
def test_a_crossing_where_no_force_acts_draws_nothing(text):
    assert ("Kidira", "border") not in _zones(text)


# ------------------------------------------------------------------------------ off the coast around X

@pytest.mark.parametrize("text", [
    "The gendarmerie said it had intercepted 900 people off the coast around Dakar since June.",
    "The navy stopped two pirogues off the coast near Dakar on Sunday.",
], ids=["around", "near"])
def test_an_interception_off_the_coast_around_a_town_is_at_sea(text):
    found = _zones(text)
    assert any(place == "Dakar" and control in ("coastguard", "navy") for place, control in found)
    assert ("Dakar", "border") not in found


def test_off_the_coast_hedged():
    z = _zone("The navy reportedly stopped two pirogues off the coast near Dakar.", "Dakar")
    assert z is not None and z.properties["hedged"]


# ------------------------------------------------------------------------------ guards from the X post

@pytest.mark.parametrize("text, place", [
    ("Guards from the Kidira post stopped the lorry and checked every passenger.", "Kidira"),
    ("Soldiers from the Kayes garrison turned back forty young men on the road.", "Kayes"),
], ids=["post", "garrison"])
def test_a_force_named_by_its_post_acts_there(text, place):
    assert (place, "border") in _zones(text)


@pytest.mark.parametrize("text", [
    # a match, no control
    "Soldiers from the Kayes garrison played football against the migrants' team.",
    # denied
    "Guards from the Kayes post did not stop the lorry.",
], ids=["football", "denied"])
def test_a_post_force_that_controls_no_one_draws_nothing(text):
    assert ("Kayes", "border") not in _zones(text)


def test_a_post_force_hedged():
    z = _zone("Guards from the Kidira post reportedly turned back two men.", "Kidira")
    assert z is not None and z.properties["hedged"]


# ------------------------------------------------------------------------------ put on a plane out of X, in custody

@pytest.mark.parametrize("text", [
    "Police held him for a week, and then put him on a flight from Dakar to Conakry.",
    "Immigration officers drove us to Dakar and put us on a plane to Conakry.",
], ids=["held-then-flight", "driven-then-plane"])
def test_people_put_on_a_plane_out_of_a_place_in_custody(text):
    assert ("Dakar", "border") in _zones(text)


@pytest.mark.parametrize("text", [
    # family, no custody
    "Her uncle put her on a flight from Dakar to Conakry.",
    # denied
    "Police held him for a week but did not put him on a flight from Dakar.",
], ids=["uncle", "denied"])
def test_a_plane_out_of_a_place_with_no_removal_draws_nothing(text):
    assert ("Dakar", "border") not in _zones(text)


def test_put_on_a_plane_hedged():
    z = _zone("Police reportedly held him and put him on a flight from Dakar.", "Dakar")
    assert z is not None and z.properties["hedged"]
