"""People recorded at a place, told with them as the subject (session 38, control.recorded_at):
"were registered at X", "taken to the station in X, where they were fingerprinted", "driven to X
for processing", "officials registered the families at X"; and a reporting aside after "where"
("X, where, they say, police arrested them") that leaves the clause's force and act as they are.

Sentences written for these tests; geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import zones_told


@pytest.mark.parametrize("text", [
    "The forty migrants were registered in Agadez on Monday.",
    "Some 900 Eritreans were fingerprinted and screened at the reception centre in Agadez.",
    "Officers took them to the police station in Agadez, where they were identified.",
    "The survivors were driven to the police station in Agadez for processing.",
    "Immigration officials registered 300 families at the town hall in Agadez.",
], ids=["were-registered", "screened-at-centre", "where-identified", "for-processing", "officials-registered"])
def test_people_recorded_at_a_place_are_received_there(text):
    assert any(place == "Agadez" for _, place in zones_told(text))


@pytest.mark.parametrize("text", [
    # denied
    "The forty migrants were never registered in Agadez.",
    # no people recorded: a driver named, a film screened, a hotel's desk
    "The driver, identified as a Sudanese man, had lived in Agadez for years.",
    "The film was screened at the festival in Agadez last week.",
    "The hotel's front office registered the families at Agadez.",
    # a reporter's acts are no record of the state
    "The families were interviewed and photographed in Agadez by our reporter.",
], ids=["never-registered", "identified-as", "film-screened", "hotel-front-office", "interviewed"])
def test_no_record_of_people_no_reception(text):
    assert not any(place == "Agadez" for _, place in zones_told(text))


@pytest.mark.parametrize("text, zoned", [
    ("They walked for two days to a village near Agadez, where, they say, police officers arrested them.", True),
    ("They walked to Agadez, where, witnesses said, soldiers turned them back.", True),
    ("They reached Agadez, where, they say, they were registered.", True),
    # the aside changes nothing of what the clause tells
    ("They walked to Agadez, where, they say, police officers watched the football match.", False),
    ("They walked to Agadez, where, they say, police officers did not stop them.", False),
], ids=["they-say-arrested", "witnesses-said", "they-say-registered", "football", "did-not-stop"])
def test_a_reporting_aside_after_where_keeps_the_clause(text, zoned):
    assert any(place == "Agadez" for _, place in zones_told(text)) is zoned


@pytest.mark.parametrize("text, zoned", [
    ("They hid in a lorry at Agadez, where police found them in a scanner.", True),
    ("Buses drove them to Agadez, the last town on the road, where soldiers handed them over at the gate.", True),
    ("They reached Agadez, where immigration agents kept them for hours.", True),
    # a force that helps, feeds or tells people holds none of them; a smuggler's agents are no force
    ("They reached Agadez, where police helped them find a bus.", False),
    ("They reached Agadez, where soldiers gave them water.", False),
    ("They rode on to Agadez, where agents keep them in rented rooms.", False),
    ("They reached Agadez, where police did not stop them.", False),
], ids=["found-them", "handed-them-over", "immigration-agents", "helped", "gave-water", "agents-alone",
        "did-not-stop"])
def test_a_forces_act_on_the_people_in_a_where_clause(text, zoned):
    assert any(place == "Agadez" for _, place in zones_told(text)) is zoned


@pytest.mark.parametrize("text", [
    # a force that rescues people or leaves them be holds none of them
    "The boat capsized off Agadez, where police rescued 40 migrants from the water.",
    "They slept in the square at Agadez, where soldiers saved two children from the fire.",
    "They camped outside Agadez, where police ignored them for weeks.",
], ids=["rescued", "saved", "ignored"])
def test_a_rescue_or_indifference_is_no_control(text):
    assert not any(place == "Agadez" for _, place in zones_told(text))


@pytest.mark.parametrize("text, zoned", [
    # the people recorded are movers, and the record is made, not yet to come
    ("The migrants were registered in Agadez on Monday.", True),
    ("Voters were registered at the town hall in Agadez.", False),
    ("Teachers were registered at the town hall in Agadez.", False),
    ("The migrants will be registered in Agadez next week.", False),
], ids=["migrants", "voters", "teachers", "will-be"])
def test_only_movers_already_recorded_are_received(text, zoned):
    assert any(place == "Agadez" for _, place in zones_told(text)) is zoned
