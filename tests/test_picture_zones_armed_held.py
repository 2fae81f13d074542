"""Places an armed group is said to hold (control.contested's held-by frames): "X is under the
control of armed groups", "X, a town held by militias", "rebel-held X", "areas controlled by
armed groups, such as X", "the M23 rebels had taken X". The holder must be named as an armed
group; a denied hold draws nothing, a hedged one is kept as hedged."""

from __future__ import annotations

import pytest
from extract_helpers import zone_told, zones_told


def _held(text: str) -> set[str]:
    return {place for control, place in zones_told(text) if control == "contested"}


@pytest.mark.parametrize("text, place", [
    ("Families fled villages around Zawiya, in western Libya, which are now under the control of armed groups.",
     "Zawiya"),
    ("Misrata has been in the hands of rival militias since the spring, the migrants said.", "Misrata"),
    ("The convoy stopped at Sebha, a town held by armed factions, for two days.", "Sebha"),
    ("The smugglers drove them through rebel-held Kufra before dawn.", "Kufra"),
    ("Many were sold in areas controlled by militias, such as Zuwara.", "Zuwara"),
    ("They left when they heard that the K12 rebels had taken Benghazi.", "Benghazi"),
], ids=["under-control-of", "in-the-hands-of", "a-town-held-by", "rebel-held", "areas-controlled-by",
        "had-taken"])
def test_a_place_an_armed_group_holds_is_a_zone(text, place):
    assert place in _held(text)


@pytest.mark.parametrize("text, place", [
    # denied: the holder no longer holds it
    ("Zawiya is no longer under the control of armed groups, the migrants said.", "Zawiya"),
    ("Misrata is not held by militias, officials insisted.", "Misrata"),
], ids=["no-longer", "not-held"])
def test_a_denied_hold_draws_no_zone(text, place):
    assert place not in _held(text)


def test_a_hedged_hold_is_kept_as_hedged():
    text = "Sebha is said to be held by armed groups, the migrants said."
    zone = zone_told(text, "Sebha")
    assert zone.properties["control"] == "contested" and zone.properties["hedged"]


@pytest.mark.parametrize("text, place", [
    # the state's own hold is no armed group's
    ("Misrata is under the control of the government, officials said.", "Misrata"),
    ("They fled to government-held Benghazi.", "Benghazi"),
    # what a museum or an office holds is no territory
    ("The papers are held by the National Archive in Tripoli.", "Tripoli"),
    # the group takes people somewhere, not the place
    ("The rebels took them to Zuwara by night.", "Zuwara"),
    # the roads out of a town are held, not the town (control.militia reads the roads)
    ("The roads out of Zawiya are controlled by armed groups.", "Zawiya"),
], ids=["government", "government-held", "archive", "took-them-to", "roads-out-of"])
def test_a_hold_by_no_armed_group_draws_no_contested_zone(text, place):
    assert place not in _held(text)
