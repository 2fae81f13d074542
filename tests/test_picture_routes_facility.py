"""A transfer to a facility named after its place (session 26: "were bused to the X detention
centre", "took them to the Y refugee camp") is a leg to that place (move.transferred,
facility_end): the place still plays no role of its own.

Sentences written for these tests; geocoded by the real gazetteer."""

from __future__ import annotations

import pytest

import geomig
from geomig.picture import extract

LANDED = "The coastguard landed 80 migrants in Tripoli. "


def picture(text: str):
    return extract([geomig.geocode_document(geomig.Document("t.txt", text))])


def routes(text: str) -> list[tuple[str, ...]]:
    return sorted(tuple(f.properties["stop_names"]) for f in picture(text).by_role("route"))


@pytest.mark.parametrize("text, leg", [
    (LANDED + "From there they were bused to the Ain Zara detention centre.", ("Tripoli", "Ain Zara")),
    ("Police detained 40 Eritrean migrants in Kassala. They took the migrants to the Shagarab refugee camp.",
     ("Kassala", "Shagarab")),
])
def test_a_transfer_to_a_facility_named_after_its_place_is_a_leg(text, leg):
    found = routes(text)
    assert any(leg[0] in r and leg[1] in r[r.index(leg[0]) + 1:] for r in found)


@pytest.mark.parametrize("text", [
    LANDED + "They were not bused to the Ain Zara detention centre.",        # denied
    LANDED + "They may be bused to the Ain Zara detention centre.",          # hedged
    LANDED + "They are expected to be taken to the Ain Zara detention centre.",   # only planned
    LANDED + "The minister later visited the Ain Zara detention centre.",    # no one moved there
])
def test_no_leg_to_a_facility_no_one_was_taken_to(text):
    assert not any("Ain Zara" in r for r in routes(text))


def test_the_facilitys_place_plays_no_role():
    pic = picture(LANDED + "From there they were bused to the Ain Zara detention centre.")
    assert not any(f.name == "Ain Zara" for f in pic.features if f.role in ("destination", "transit"))


# ------------------------------------------------------------------ a return to several facilities in a place

@pytest.mark.parametrize("text, leg", [
    ("The Libyan coastguard intercepted 300 people off Zuwara and returned them to detention centres in Tripoli.",
     ("Zuwara", "Tripoli")),
    ("Greek police detained 60 migrants on Lesbos and sent them back to camps near Izmir.", ("Lesbos", "Izmir")),
])
def test_a_return_to_facilities_in_a_place_ends_there(text, leg):
    """[vars] HELD_IN reads plural facilities ("detention centres in X"), as the single one."""
    found = routes(text)
    assert any(leg[0] in r and leg[1] in r[r.index(leg[0]) + 1:] for r in found)


def test_a_return_to_facilities_denied_is_no_leg():
    text = "The Libyan coastguard intercepted 300 people off Zuwara but did not return them to detention centres in Tripoli."
    assert not any("Zuwara" in r and "Tripoli" in r for r in routes(text))


# ------------------------------------------------------------------ the island or province that locates the facility's town

@pytest.mark.parametrize("text, leg", [
    ("The navy stopped a boat carrying 90 Rohingya off Aceh. The passengers were moved to a camp in Pekanbaru on "
     "Sumatra.", ("Aceh", "Pekanbaru")),
    ("Police detained 40 migrants in Medan. They were moved to a camp in Pekanbaru on Sumatra.", ("Medan", "Pekanbaru")),
])
def test_the_wider_place_locating_the_camps_town_ends_no_leg_from_it(text, leg):
    """"A camp in Y on Z": Z only says where Y lies; the move ends at Y, and no leg goes on from Y to Z."""
    found = routes(text)
    assert leg in found
    assert not any("Sumatra" in r for r in found)
