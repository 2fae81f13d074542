"""Routes, in general English: a removal told at another
time is no step of the journey, a deportation not carried out draws no route, a hedged way is
no stop, and a deportation charter is a flight.

Sentences written for these tests; geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import picture
from test_picture_routes_stated import modes, routes

_WAY = "Migrants crossed the desert from Sudan and reached Kufra. "


def test_a_removal_told_at_another_time_does_not_go_on_from_the_journey():
    found = routes(picture(_WAY + "Earlier this year Libya deported hundreds of Eritreans, "
                                  "flying them from Kufra to Niger."))
    assert not any("Sudan" in r and "Niger" in r for r in found), found


def test_a_step_told_next_still_goes_on_from_the_journey():
    found = routes(picture(_WAY + "From Kufra they were driven to Sebha."))
    assert any(r[-3:] == ("Sudan", "Kufra", "Sebha") for r in found), found


@pytest.mark.parametrize("text", [
    "Eritreans detained in Sebha last month face deportation to Sudan, a rights group said.",
    "The Eritreans held in Sebha were ordered deported to Sudan.",
], ids=["face", "ordered"])
def test_a_deportation_not_carried_out_draws_no_route(text):
    assert not any("Sudan" in r for r in routes(picture(text)))


def test_a_deportation_carried_out_draws_its_route():
    assert any(r[-1] == "Sudan" for r in routes(picture("The Eritreans held in Sebha were deported to Sudan.")))


def test_a_hedged_way_is_no_stop():
    found = routes(picture("The migrants left Sebha and reached Tripoli. "
                           '"We will try again, maybe through Tunisia," one man said.'))
    assert any("Tripoli" in r for r in found), found
    assert not any("Tunisia" in r for r in found), found


def test_a_deportation_charter_is_a_flight():
    pic = picture("The family was sent home last Tuesday on a deportation charter from Tripoli to Niger.")
    assert modes(pic).get(("Tripoli", "Niger")) == "air"
