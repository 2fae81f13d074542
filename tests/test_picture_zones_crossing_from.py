"""Zones: a border force acting on people who cross,
or try to cross, from a place holds the border there: at the place they enter when the sentence
names it ("from X into Y": Y, the force's own side), else at the town or province they cross
from (control.crossing_from); a country crossed from stays control.forces' band along that
border. A capital that speaks for its state, a force only named, an act denied draw no zone.

Sentences written for these tests; geocoded by the tiny fixture gazetteer
(tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import picture, zones

LEAD = "Hundreds of Sudanese migrants crossed the desert this month. "


def _cues_at(text: str, place: str) -> set[str]:
    """The cue ids of the zones at a place in the picture of a text told after LEAD."""
    return {c["cue"] for z in picture(LEAD + text).by_role("control_zone")
            if z.properties["place"] == place for c in z.properties["claims"]}


@pytest.mark.parametrize("text, place", [
    ("Libyan border guards have fired on groups trying to cross from Agadez, rights groups say.", "Agadez"),
    ("Libyan soldiers shot at, beat and sent back Sudanese families trying to cross from Chad into "
     "Kufra, witnesses said.", "Kufra"),
    ("Libyan border guards stopped 40 people who had crossed the border illegally from Agadez.", "Agadez"),
    # hedged: still a zone, only less sure
    ("Libyan border guards reportedly opened fire on families crossing from Agadez.", "Agadez"),
    # the same force holding people elsewhere in its country keeps the zone at the border
    ("One man was held for a month in Sebha. Libyan border guards have fired on groups trying to "
     "cross from Agadez.", "Agadez"),
], ids=["fired-on-crossing-from", "from-into", "crossed-illegally-from", "hedged", "held-elsewhere"])
def test_a_border_force_acting_on_people_crossing_from_a_place_holds_the_border_there(text, place):
    assert "control.crossing_from" in _cues_at(text, place)


def test_a_zone_told_hedged_is_hedged():
    z = next(z for z in picture(LEAD + "Libyan border guards reportedly opened fire on families crossing "
                                       "from Agadez.").by_role("control_zone")
             if z.properties["place"] == "Agadez")
    assert z.properties["hedged"]


@pytest.mark.parametrize("text, place", [
    # a capital speaking for its state, no force acting
    ("Tripoli denies that people crossing from Agadez are shot at.", "Agadez"),
    # a force only named
    ("Libyan border guards were named in a report on groups crossing from Agadez.", "Agadez"),
    # denied
    ("Libyan border guards did not fire on the groups crossing from Agadez, officials said.", "Agadez"),
    # the place people cross from when they enter another: the zone is where they enter
    ("Libyan soldiers beat families trying to cross from Agadez into Kufra.", "Agadez"),
    # a country crossed from: no zone on it
    ("Libyan border guards fired on groups crossing from Niger.", "Niger"),
], ids=["capital-denies", "only-named", "denied", "entered-elsewhere", "country"])
def test_no_crossing_zone_without_a_border_force_acting_there(text, place):
    assert all(p != place for _, p in zones(picture(LEAD + text)))
