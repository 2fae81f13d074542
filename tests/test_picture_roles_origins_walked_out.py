"""Roles: walking out of a town, or leaving it when
fighting or shelling reached it, is where people come from (origin.walked_out).

Sentences written for these tests; geocoded by the tiny fixture gazetteer
(tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import role_of

# ------------------------------------------------------------------ walked out of a town


@pytest.mark.parametrize("text, place", [
    ("Most of the families now in Chad walked out of Agadez after fighting reached the market.", "Agadez"),
    ("The women walked out of Sebha with what they could carry and reached Chad a week later.", "Sebha"),
    ("Hundreds of families left Sebha when heavy shelling reached the southern districts.", "Sebha"),
    ("Most residents left Misrata as the fighting moved closer to the old town.", "Misrata"),
    # hedged: still where they came from
    ("The families may have walked out of Agadez, aid workers believe.", "Agadez"),
], ids=["walked-out-after-fighting", "walked-out-with", "left-when-shelling", "left-as-fighting", "hedged"])
def test_walking_out_of_a_town_or_leaving_it_as_fighting_came_is_an_origin(text, place):
    assert "origin" in role_of(text, place)


@pytest.mark.parametrize("text, place", [
    # a walkout, a prison
    ("The opposition delegates walked out of the Tripoli talks on Monday.", "Tripoli"),
    ("Two detainees walked out of Misrata prison last night.", "Misrata"),
    # negated
    ("The families did not walk out of Agadez; soldiers drove them to Chad.", "Agadez"),
    # boats leaving a shore when clashes broke out: a departure
    ("The boats left Zuwara after clashes broke out between smugglers.", "Zuwara"),
    # fighting that ended, not that came
    ("The traders left Misrata after the fighting ended, to reopen shops in Tunis.", "Misrata"),
    # walked out on the road on to another place: a launch point, not a home left
    ("The group walked out of Agadez towards Sebha before dawn.", "Agadez"),
], ids=["talks", "prison", "negated", "boats", "fighting-ended", "road-on"])
def test_a_walkout_a_prison_a_denial_or_a_boat_is_no_origin(text, place):
    assert "origin" not in role_of(text, place)
