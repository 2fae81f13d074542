"""Roles: the family a place gets (session 43). A destination at the place a sentence before it
says the people come from, in words of a person's home ("a man from a village outside X",
"women who came from X"), is their way home, not a new destination (roles._ways_home). Tested
with negation, hedging and distractors.

Sentences written for these tests; geocoded by the tiny fixture gazetteer
(tests/extract_helpers.py) with the places below added."""

from __future__ import annotations

import pytest

from extract_helpers import reported_role_of as role_of
from extract_helpers import with_places

#: Places of these tests: surface -> (id, kind, country, lat, lon, gazetteer name).
EXTRA = {
    "Dosso": ("test:dosso", "city", "NE", 13.05, 3.19, "Dosso"),
    "Niamey": ("test:niamey", "city", "NE", 13.51, 2.11, "Niamey"),
    "Niger": ("test:niger", "country", "NE", 17.6, 8.08, "Niger"),
}
DEMONYMS = {"Nigerien": "Niger"}


@pytest.fixture(autouse=True)
def places(monkeypatch):
    with_places(monkeypatch, EXTRA, DEMONYMS)


@pytest.mark.parametrize("text", [
    "Amadou, 27, is from a village outside Dosso. He crossed the desert to Libya in 2022. "
    "Now he stays in Dosso with his mother.",
    "Most of the women came from Dosso and Niamey. In March they went to Libya. "
    "Some later took a bus to Dosso.",
], ids=["stays-at-home", "bus-home"])
def test_a_way_home_is_no_destination(text):
    roles = role_of(text, "Dosso")
    assert "origin" in roles and "destination" not in roles


@pytest.mark.parametrize("text, place", [
    # the place reached is told first: refugees "from" it are those it now hosts
    ("Hundreds of families took a bus to Dosso last week. Aid groups said refugees from Dosso "
     "were also on the move.", "Dosso"),
    # another place: a stop on the way, not home
    ("Amadou, 27, is from a village outside Dosso. He took a bus to Niamey in May. "
     "From there he crossed to Libya.", "Niamey"),
    # denied: no home there
    ("Amadou is not from Dosso. He took a bus to Dosso in March.", "Dosso"),
    # hedged: a home only reported
    ("Amadou is reportedly from a village outside Dosso. In March he took a bus to Dosso.", "Dosso"),
    # a nationality names a whole country, not a home town
    ("Nigerien workers crossed to Libya in 2022. Many later took a bus to Niger.", "Niger"),
], ids=["reached-first", "other-place", "negated-home", "hedged-home", "nationality"])
def test_other_destinations_stay(text, place):
    assert "destination" in role_of(text, place) or "transit" in role_of(text, place)
