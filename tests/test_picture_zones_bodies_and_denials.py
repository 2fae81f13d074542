"""Control zones: a body named by its proper name whose head is a Service, an Institute, a
Directorate, a Commission or a Bureau, alone or after another body ("the municipal authorities and
the Libyan Institute of Migration"), records people at a place and draws a zone there; so does a
record told as names written ("wrote their names", "wrote down names", "the names of everyone who
crossed"). A country's authorities or government that deny an act ("Greek authorities deny pushing
back migrants") draw none, as a denying force does.

Sentences written for these tests; geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import zones_told


def _at(text: str, *places: str) -> set:
    return {z for z in zones_told(text) if z[1] in places}


@pytest.mark.parametrize("text, place", [
    ("In Zawiya, the municipal authorities and the Libyan Institute of Migration have registered "
     "arrivals at the town hall.", "Zawiya"),
    ("In Zuwara the National Migration Service has registered 2,000 people who arrived from Sebha.",
     "Zuwara"),
    ("At Misrata, the Civil Protection Commission registered 900 households in the sports hall.",
     "Misrata"),
    ("At Sabratha, police wrote down the names of everyone who crossed.", "Sabratha"),
    ("At Zawiya, the gendarmes wrote our names and let us go.", "Zawiya"),
    ("At Zuwara, police wrote down names and sent the families on to Tripoli.", "Zuwara"),
], ids=["second-body", "no-comma-service", "commission-households", "everyone-who", "wrote-our-names",
        "bare-names"])
def test_a_body_recording_people_draws_a_zone(text, place):
    assert _at(text, place)


@pytest.mark.parametrize("text, place", [
    ("In Zawiya, a spokesman for the National Migration Service said the queue was long.", "Zawiya"),
    ("In Zuwara, the National Migration Service registered 40 new businesses this year.", "Zuwara"),
    ("In Misrata, the Libyan Institute of Migration did not register any arrivals last week.", "Misrata"),
    ("At Sabratha, the clerks wrote down the names of the streets.", "Sabratha"),
], ids=["spokesman", "businesses", "denied", "names-of-streets"])
def test_a_body_recording_no_people_draws_no_zone(text, place):
    assert not _at(text, place)


@pytest.mark.parametrize("text", [
    "Greek authorities deny pushing back migrants near Lesbos.",
    "The Greek authorities did not push back the boat near Lesbos.",
    "The Greek government denies turning back any boats near Lesbos.",
], ids=["deny-gerund", "did-not", "government"])
def test_authorities_that_deny_the_act_draw_no_zone(text):
    assert not _at(text, "Lesbos", "Greece")


@pytest.mark.parametrize("text", [
    "Greek authorities pushed back the migrants near Lesbos.",
    "The migrants were pushed back by the Greek authorities near Lesbos and did not reach the shore.",
], ids=["told", "agent-of-passive"])
def test_authorities_that_act_draw_a_zone(text):
    assert _at(text, "Lesbos", "Greece")
