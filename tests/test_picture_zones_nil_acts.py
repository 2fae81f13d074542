"""Control zones: an act a force denies by its gerund ("police in X denied detaining anyone"),
or does to no one ("guards at X turned back no one", "reported zero interceptions off X",
"none of the migrants had been detained in X"), draws no zone; the same act done to people does.

Sentences written for these tests; geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import zones_told


def _at(text: str, place: str) -> set:
    return {z for z in zones_told(text) if z[1] == place}


@pytest.mark.parametrize("text, place", [
    ("Police in Zawiya denied detaining anyone after the clashes.", "Zawiya"),
    ("Libyan police at Zuwara denied arresting any migrants last week.", "Zuwara"),
    ("Libyan border guards at Zuwara turned back no one last week.", "Zuwara"),
    ("Libyan police in Zawiya made no arrests on Sunday, a spokesman said.", "Zawiya"),
    ("The Libyan coastguard reported zero interceptions off Zuwara in March.", "Zuwara"),
    ("Officials said none of the migrants had been detained in Zawiya.", "Zawiya"),
], ids=["denied-gerund", "denied-gerund-at", "turned-back-no-one", "made-no-arrests", "zero", "none-of-the"])
def test_an_act_denied_or_done_to_no_one_draws_no_zone(text, place):
    assert not _at(text, place)


@pytest.mark.parametrize("text, place", [
    ("Libyan police in Zawiya detained 40 migrants after the clashes.", "Zawiya"),
    ("Libyan border guards at Zuwara turned back 60 people last week.", "Zuwara"),
    ("The Libyan coastguard reported 300 interceptions off Zuwara in March.", "Zuwara"),
    # a policy's name, not a count of nought
    ("Libyan police with zero tolerance for smugglers arrested 40 migrants at Zuwara.", "Zuwara"),
    # all but none were held: the detention stands
    ("Officials said all of the migrants had been detained in Zawiya.", "Zawiya"),
], ids=["detained", "turned-back-60", "counted", "zero-tolerance", "all-of-the"])
def test_the_same_acts_done_to_people_keep_their_zone(text, place):
    assert _at(text, place)
