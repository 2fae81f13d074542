"""Roles: the family a place gets. A destination at the place a sentence before it
says the people come from, in words of a person's home ("a man from a village outside X",
"women who came from X"), is their way home, not a new destination (roles._ways_home). Tested
with negation, hedging and distractors. A part of a country named by its side that people cross
into ("crossed into northern X", a region) is where they arrived when the text takes them no
further, as a country or a province is (roles._entries_at_journeys_end, [settings] entered_kinds).

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
    "northern Ghana": ("geomig:north:test:ghana", "region", "GH", 10.0, -1.0, "northern Ghana"),
    "Accra": ("test:accra", "city", "GH", 5.6, -0.19, "Accra"),
    "Djibo": ("test:djibo", "city", "BF", 14.1, -1.63, "Djibo"),
    "Kaya": ("test:kaya", "city", "BF", 13.09, -1.08, "Kaya"),
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


# ---- a side of a country crossed into: the journey's end, when nothing follows ----------------

@pytest.mark.parametrize("text", [
    "Families left Djibo on foot and crossed into northern Ghana last week.",
    "Families from Djibo walked to Kaya. From there they crossed into northern Ghana.",
    "Families walked from Djibo to Kaya and crossed into northern Ghana, where most now sleep in schools.",
], ids=["left-town", "from-there", "walked-on"])
def test_a_side_of_a_country_entered_last_is_a_destination(text):
    assert role_of(text, "northern Ghana") == {"destination"}


@pytest.mark.parametrize("text", [
    # the text takes them further
    "Families left Djibo on foot, crossed into northern Ghana in May and then went on to Accra.",
    "Families left Djibo and crossed into northern Ghana, where they hoped to find a bus to Accra.",
    # hedged: an arrival only reported is no journey's end
    "Families left Djibo on foot and reportedly crossed into northern Ghana last week.",
], ids=["went-on", "hoped-bus-on", "hedged"])
def test_a_side_of_a_country_passed_stays_a_stop(text):
    assert "destination" not in role_of(text, "northern Ghana")


def test_a_crossing_denied_gives_no_destination():
    text = "Families left Djibo on foot but did not cross into northern Ghana."
    assert "destination" not in role_of(text, "northern Ghana")
