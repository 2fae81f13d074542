"""Roles: the town of the building people are moved to, to be housed there
(destination.moved_to_shelter): "taken by bus to a gymnasium in X", "moved by truck to a
covered court in Y", "sent to new housing estates in X and Z". Not a move denied or only
planned, nor one in custody or by a force that conveys people, nor goods, a team or
tourists taken to their hotel, nor a smuggler's safe house.

Sentences written for these tests; geocoded by the tiny fixture gazetteer
(tests/extract_helpers.py) with the places below added."""

from __future__ import annotations

import pytest
from extract_helpers import REPORTED, picture, roles, with_places

#: Places of these tests: surface -> (id, kind, country, lat, lon, gazetteer name).
EXTRA = {
    "Harwick": ("test:harwick", "city", "CL", -33.05, -71.37, "Harwick"),
    "Dunmore": ("test:dunmore", "city", "PH", 14.08, 121.15, "Dunmore"),
    "Elsby": ("test:elsby", "city", "AR", -33.37, -69.15, "Elsby"),
    "Corran": ("test:corran", "city", "TR", 40.22, 28.95, "Corran"),
}


@pytest.fixture(autouse=True)
def more_places(monkeypatch):
    with_places(monkeypatch, EXTRA)


CUE = "destination.moved_to_shelter"


def _roles(text: str) -> dict[str, set[str]]:
    return roles(picture(REPORTED + text))


def _claims(text: str, place: str) -> list[dict]:
    """This cue's claims on a place, whatever role they end in (other cues may read the
    sentence as well: these tests are about this one)."""
    return [c for f in picture(REPORTED + text).features if f.name == place
            for c in f.properties.get("claims", []) if c.get("cue") == CUE]


@pytest.mark.parametrize("text, place", [
    ("Families from the burned hillside were taken by municipal buses to a gymnasium in Harwick.", "Harwick"),
    ("The evacuees were moved by truck to a school in Dunmore on Tuesday.", "Dunmore"),
    ("Most of the seasonal workers' families are taken straight to fincas in Elsby.", "Elsby"),
    ("The displaced families were sent to new housing estates in Corran.", "Corran"),
    ("Volunteers drove them to a church hall in Harwick on Sunday night.", "Harwick"),
], ids=["gymnasium", "school", "fincas", "housing-estates", "church-hall"])
def test_moved_to_a_shelter_in_a_town_is_a_destination(text, place):
    assert "destination" in _roles(text).get(place, set())


def test_places_listed_after_the_shelter_share_it():
    found = _roles("The displaced families were sent to new housing estates in Corran and Elsby.")
    assert "destination" in found.get("Corran", set()) and "destination" in found.get("Elsby", set())


@pytest.mark.parametrize("text", [
    "The evacuees were not moved to a school in Dunmore.",
    "Officials plan to move the families to a gymnasium in Harwick next month.",
    "The council refused to move them to a school in Harwick.",
], ids=["negated", "planned", "infinitive"])
def test_a_move_denied_or_only_planned_is_no_arrival(text):
    place = "Dunmore" if "Dunmore" in text else "Harwick"
    assert all(c.get("negated") or c.get("intended") or c.get("hedged") for c in _claims(text, place))


@pytest.mark.parametrize("text, place", [
    ("The cyclists were taken by bus to their hotels in Harwick after the stage.", "Harwick"),
    ("Fans were taken by bus to the stadium in Dunmore for the final.", "Dunmore"),
    ("Smugglers drove them to safe houses in Corran before the next leg.", "Corran"),
    ("Police moved them to a shelter in Dunmore under guard.", "Dunmore"),
    ("Trucks took the crates to warehouses in Elsby.", "Elsby"),
    ("Food and blankets were taken by truck to shelters in Elsby.", "Elsby"),
], ids=["hotel", "stadium-fans", "safe-house", "police", "goods", "aid"])
def test_hotels_fans_safe_houses_custody_and_goods_are_no_destination(text, place):
    assert not _claims(text, place)
