"""A place that names a state speaking is no place
of the journey. A government named by its capital or its country ("Rome says", "Tunis has
denied"), officials seated in a place who speak ("the government in Tunis has asked"), and a
country owning a state body ("Italy's interior ministry said", "Greek officials estimate") give
no role (relevance.no_role, _state_voice); the force's zone stays ("Tunisia's coastguard
intercepted a boat").

The claims are forged on the place's mention, so each sentence tests the frame whatever cue
would have claimed the place. Sentences written for these tests."""

from __future__ import annotations

import re

import pytest
from extract_helpers import annotate, role_of

import geomig.picture as picture_stage
from geomig.picture import cues, geometry, read_rules, relevance
from geomig.picture.claims import Claim, PlaceRef
from geomig.picture.model import Source

LEAD = "Thousands of migrants fled Libya by boat this month. "


def _kept(text: str, place: str, role: str) -> bool:
    """Whether no_role keeps a claim of `role` on the last mention of `place` in the text."""
    doc = annotate(LEAD + text)
    with geometry.using(picture_stage._default_gazetteer()):     # as extract() reads a document
        lex, sentences, _, _, _ = read_rules(doc, cues.default())
    m = [x for x in doc.mentions if x.text == place][-1]
    claim = Claim(role=role, place=PlaceRef(m.id, m.text, m.kind, m.country, m.lat, m.lon), doc=doc.doc,
                  sentence=m.sentence, cue="test", words=m.text,
                  source=Source(doc.doc, m.start, m.end, m.text), confidence=0.9, at=m.start)
    return bool(relevance.no_role([claim], sentences, lex))


@pytest.mark.parametrize("text, place, role", [
    ("Rome says it will take them home.", "Rome", "transit"),
    ("Tunis has said it will keep its border open but cannot house everyone.", "Tunis", "launch_point"),
    ("Most crossed to Lampedusa, and Rome has denied that any were pushed back.", "Rome", "destination"),
    ("09:40 Tunis says the camps near the border are full.", "Tunis", "destination"),
    ("The government in Tunis has asked for help to house those who crossed into the country.", "Tunis",
     "destination"),
    ("Officials in Rome said 2,000 had crossed to Lampedusa.", "Rome", "destination"),
    ("Tunisia's government said overnight that 1,900 people had crossed into the country.", "Tunisia", "origin"),
    ("Italy's border police say they prevented more than 16,000 attempts to cross last year.", "Italy",
     "destination"),
    ("Spain's interior ministry has described the returns as voluntary.", "Spain", "origin"),
    ("Malta's coast guard met the boat offshore and escorted it into Lampedusa.", "Malta", "launch_point"),
    ("Greek officials estimate that almost 3,000 of them now live in the country.", "Greek", "transit"),
], ids=["capital-says", "capital-has-said", "and-capital-denied", "live-blog-time", "government-in",
        "officials-in", "country-government", "country-border-police", "country-ministry",
        "country-coast-guard", "nationality-officials"])
def test_a_state_speaking_or_its_body_is_no_place_of_the_journey(text, place, role):
    assert not _kept(text, place, role)


@pytest.mark.parametrize("text, place, role", [
    # the zone of a state's force acting there stays
    ("Tunisia's coastguard intercepted a boat carrying 120 migrants off Sfax.", "Tunisia", "control_zone"),
    # the place is where people went, the speaker another
    ("Most of them crossed into Tunisia, officials said.", "Tunisia", "destination"),
    ("About 1,900 people reached Lampedusa, said the coastguard.", "Lampedusa", "destination"),
    ("Families who reached Rome say they will stay.", "Rome", "destination"),
    ("Families from Tripoli say they walked to the border.", "Tripoli", "origin"),
    ("They crossed into Tunisia and took a bus to Tunis, where they said they would ask for asylum.", "Tunis",
     "destination"),
    # people of a nationality who move are no officials
    ("Greek families say they left the islands by ferry.", "Greek", "origin"),
    # a place people go to, with a ministry named after it
    ("They flew to Italy, and the ministry said 200 more would follow.", "Italy", "destination"),
    # homes listed after "from", the last one before the speech verb
    ("The men, most of them from Tunisia and Eritrea, told officials they had spent a week at sea.", "Eritrea",
     "origin"),
    ("A group of men from Nigeria and Sudan said the police had beaten them.", "Sudan", "origin"),
    # a force acting: a return's place stays, and a police station is a place
    ("The Greek police pushed them back to Turkey within hours.", "Greek", "returned_from"),
    ("They were held at the Sfax police station for three nights before walking on to Tunis.", "Sfax", "transit"),
], ids=["force-zone", "officials-said-after", "said-the-coastguard", "reached-and-say", "from-and-say",
        "where-they-said", "nationals-say", "ministry-after", "from-x-and-y-told", "from-x-and-y-said",
        "police-pushed-back", "police-station"])
def test_a_place_of_the_journey_next_to_a_speaker_stays(text, place, role):
    assert _kept(text, place, role)


@pytest.mark.parametrize("text, place, role", [
    ("Migrants from Eritrea say they were held for months in Kufra before reaching Tripoli.", "Eritrea", "origin"),
    ("About 4,000 migrants reached Italy this year, officials said.", "Italy", "destination"),
    ("Families fled Tripoli and travelled to Tunis by bus, and Tunis has opened two camps for them.", "Tunis",
     "destination"),
    ("Migrants who left Tripoli say the journey took three days.", "Tripoli", "launch_point"),
], ids=["origin-say", "officials-said", "capital-acts", "left-say"])
def test_the_journey_told_beside_officials_keeps_its_roles(text, place, role):
    assert role in role_of(text, place)


@pytest.mark.parametrize("after, voice", [
    (" says it will", True), (" has denied the reports", True), (" said in a statement", True),
    (" has repeatedly insisted", True), (" by bus", False), (", officials said", False), (" and Tunis", False),
])
def test_the_speech_verb_must_follow_the_place(after, voice):
    rx = cues.setting_rx(cues.default(), "state_voice_after", re.I)
    assert bool(rx.match(after)) is voice


@pytest.mark.parametrize("after, body", [
    ("'s interior ministry", True), ("’s coast guard", True), (" officials", True), ("'s border police", True),
    ("'s government", True), (" families", False), ("'s coast", False), ("'s capital", False),
])
def test_a_state_body_must_follow_the_place(after, body):
    rx = cues.setting_rx(cues.default(), "state_body_after", re.I)
    assert bool(rx.match(after)) is body


# ------------------------------------------------------------------ a journey told by its timetable

@pytest.mark.parametrize("text, place", [
    ("The buses from Tunis to Tripoli now leave half empty.", "Tripoli"),
    ("A weekly flight from Tunis to Rome was fully booked for the rest of the month.", "Rome"),
    ("Buses from Tunis take two days to reach Sfax.", "Tunis"),
    ("Flights from Tunis to Rome were suspended on Monday.", "Rome"),
], ids=["leave-half-empty", "fully-booked", "take-two-days", "suspended"])
def test_a_journey_told_by_its_timetable_gives_no_role(text, place):
    assert not role_of(text, place)


@pytest.mark.parametrize("text, place, role", [
    ("They took the overnight train from Tunis to Sfax.", "Sfax", "destination"),
    ("The buses from Tripoli to Tunis leave every hour, carrying hundreds of families.", "Tunis", "destination"),
    ("Families fled Tripoli and reached Tunis by bus.", "Tunis", "destination"),
], ids=["took-the-train", "carrying-families", "reached-by-bus"])
def test_a_ride_people_take_keeps_its_places(text, place, role):
    assert role in role_of(text, place)
