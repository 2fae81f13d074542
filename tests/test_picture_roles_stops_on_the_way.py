"""Families of places reached and then left (roles._stops_on_the_way, Claim.feature_role): a place
the text has people reach and go on from is a stop on the way (launch family), but a place only
hoped for stays a hoped-for end (a destination) even when the hope goes on from it ("hope to
reach X and from there Y"); routes read such a place as before (an onward stop).
Sentences written for these tests, geocoded by the tiny fixture gazetteer
(tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import picture, role_of

from geomig.picture.claims import Claim, PlaceRef
from geomig.picture.model import Source

LAUNCH = {"transit", "launch_point"}


# ---------------------------------------------------------------------- a hoped end goes on in hope

@pytest.mark.parametrize("text", [
    "Most of them hope to reach Tunis and from there to cross to Italy.",
    "He wanted to get to Tunis and then, one day, on to Italy.",
    "Their aim was to reach Tunis and from there Italy.",
], ids=["hope-from-there", "wanted-then-on", "aim-from-there"])
def test_a_place_hoped_for_with_a_hoped_way_on_stays_a_destination(text):
    assert role_of(text, "Tunis") == {"destination"}


@pytest.mark.parametrize("text", [
    # reached, then left: a stop on the way
    "They reached Tunis and from there crossed to Italy.",
    "In May they got to Tunis, then went on to Italy by boat.",
], ids=["reached-from-there", "got-to-then-on"])
def test_a_place_reached_and_left_is_a_stop(text):
    found = role_of(text, "Tunis")
    assert found & LAUNCH and "destination" not in found


def test_a_hope_denied_gives_no_destination():
    text = "None of them hope to reach Tunis any more, and from there Italy."
    assert "destination" not in role_of(text, "Tunis")


# --------------------------------------------------------------------- routes go on all the same

def test_routes_still_go_on_from_a_hoped_end():
    # the role changes, the reading of the journey does not: the claim stays an onward stop,
    # so the route the text's hope draws keeps its stop at the hoped-for town
    text = "Most of them hope to reach Tunis and from there to cross to Italy."
    pic = picture("Eritrean migrants told us about their journey across the desert. " + text)
    assert any("Tunis" in f.name for f in pic.features if f.role == "route")


def test_a_place_hoped_for_inside_a_real_journey_keeps_its_stop():
    # distractor: the hope is for the end, the town on the way was reached
    text = "They reached Tunis in May and from there hoped to cross to Italy."
    found = role_of(text, "Tunis")
    assert found & LAUNCH and "destination" not in found


# ------------------------------------------------------------------------ Claim.feature_role

def _claim(**kw) -> Claim:
    place = PlaceRef("test:x", "X", "city", "LY", 0.0, 0.0)
    return Claim(role=kw.pop("role", "transit"), place=place, doc="d.txt", sentence=0, cue="c", words="w",
                 source=Source("d.txt", 0, 1, "w"), confidence=1.0, **kw)


@pytest.mark.parametrize("kw, role", [
    ({"onward": True, "arrived": True}, "destination"),
    ({"onward": True}, "transit"),
    ({"arrived": True}, "transit"),                                  # no stop on the way
    ({"role": "origin", "onward": True, "arrived": True}, "origin"),  # made an origin later on
], ids=["arrived-stop", "stop", "not-onward", "other-role"])
def test_feature_role(kw, role):
    assert _claim(**kw).feature_role == role
