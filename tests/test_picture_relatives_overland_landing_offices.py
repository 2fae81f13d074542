"""Routes, roles and zones read as a user would: a relative's stay since a year is told apart
from the group's journey ([route_modes] relative_apart, KIN_STAYED); "travelled overland to X"
moves people (destination.heading); some of a landed group going on later from the landing,
through one stop and on to another place, go on from the landing (routes.ordering._moved_on); a route to
the province of the landing is the way to the landing (routes.journeys._one_journey); a province's
division code is its country's (routes.model._lies_in); a stop passed off a coast is reached by
sea (routes.modes._offshore); the force that moves people to an immigration office is the zone's
actor (control.office_custody); people told they must go back to a place come from there
(origin.return_urged). Sentences and places written for these tests."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from extract_helpers import REPORTED, actors_at, picture, reported_role_of

from geomig.picture import cues as _cues
from geomig.picture import geometry
from geomig.picture.claims import PlaceRef
from geomig.picture.routes.model import _lies_in


def _routes(text: str) -> dict[str, list[str]]:
    """route name -> the mode of each of its legs, in the picture of a text told after REPORTED."""
    return {f.name: list(f.properties.get("modes", ())) for f in picture(REPORTED + text).by_role("route")}


# ---- a relative's stay since a year ([route_modes] relative_apart) ------------------------------

_LANDED = "About 60 Eritreans left Zuwara by boat and landed on Lampedusa. One woman travelled with her two sons. "


def test_a_relatives_work_since_a_year_ends_no_route_of_the_group():
    routes = _routes(_LANDED + "Her husband has worked in Rome since 2019.")
    assert routes and not any(name.endswith("Rome") for name in routes)
    assert any(name.endswith("Lampedusa") for name in routes)


def test_a_relatives_stay_is_read_by_relative_apart():
    apart = _cues.route_modes(_cues.default())["relative_apart"]
    assert apart.match("His brother has lived in the capital since 2015.")
    assert apart.match("Her husband has been working on farms near the coast ever since.")
    # (distractor: the woman herself; the relative who went with her)
    assert not apart.match("She has worked in the capital since 2015.")
    assert not apart.match("Her husband said they had been working there since May.")


def test_the_group_going_on_to_where_a_relative_works_still_ends_there():
    # (distractor: the group's own move to the relative's town is told in its own words)
    routes = _routes(_LANDED + "They later went on to Rome, where her husband has worked since 2019.")
    assert any(name.endswith("Rome") for name in routes)


# ---- "travelled overland to X" (destination.heading) ---------------------------------------------

def test_some_travelling_overland_reach_the_place():
    text = "About 300 Eritreans landed in Pozzallo on Monday. Some travelled overland to Rome."
    assert "destination" in reported_role_of(text, "Rome")


def test_travelling_overland_denied_reaches_nothing():
    text = "About 300 Eritreans landed in Pozzallo on Monday. None of them travelled overland to Rome."
    assert reported_role_of(text, "Rome") <= {"transit"} or "destination" not in reported_role_of(text, "Rome")


# ---- some of the landed group going on later (ordering._moved_on, corridors, journeys) -----------

_ONWARD = ("About 300 Eritreans landed in Pozzallo on Monday, after their boat left Zuwara. Most of them "
           "landed in Sicily this year. Some later travelled overland to Rome and crossed the Alps to "
           "Poland with smugglers.")


def test_an_onward_journey_of_some_goes_on_from_the_landing():
    routes = _routes(_ONWARD)
    assert list(routes) == ["Eritrea → Zuwara → Pozzallo → Rome → Poland"]


def test_no_route_to_the_province_of_the_landing_beside_the_way_on():
    # (the landing told again as its province: no second route ending in Sicily)
    assert not any(name.endswith("Sicily") for name in _routes(_ONWARD))


def test_an_onward_place_told_too_long_after_the_landing_is_not_joined():
    # (distractor: a landing told once, long before: the way on is not read from it)
    text = ("About 300 Eritreans landed in Pozzallo on Monday, after their boat left Zuwara. "
            "The mayor asked for help. The port was full. Volunteers brought blankets. Doctors came. "
            "Some later travelled overland to Rome and crossed the Alps to Poland with smugglers.")
    assert "Eritrea → Zuwara → Pozzallo → Rome → Poland" not in _routes(text)


# ---- a province's division code is its country's (model._lies_in) --------------------------------

def test_a_town_lies_in_no_province_of_another_country_with_its_code(monkeypatch):
    rows = {
        "g:prov": SimpleNamespace(feature="ADM1", admin1="01", country="AA"),
        "g:town-a": SimpleNamespace(feature="PPL", admin1="01", country="AA"),
        "g:town-b": SimpleNamespace(feature="PPL", admin1="01", country="BB"),
    }
    monkeypatch.setattr(geometry, "gazetteer", lambda: SimpleNamespace(get=rows.__getitem__))
    prov = PlaceRef("g:prov", "Prov", "admin", "AA", 1.0, 1.0)
    assert _lies_in(PlaceRef("g:town-a", "A", "city", "AA", 1.0, 1.0), prov) is True
    assert _lies_in(PlaceRef("g:town-b", "B", "city", "BB", 5.0, 5.0), prov) is False


# ---- a stop passed off a coast (modes._offshore) --------------------------------------------------

def test_a_stop_passed_off_a_coast_is_reached_by_sea():
    text = ("About 60 Eritreans boarded a boat near Zuwara. The engine failed off the coast of Sfax and "
            "the boat drifted for days before it reached Lampedusa.")
    assert _routes(text) == {"Eritrea → Zuwara → Sfax → Lampedusa": ["land", "sea", "sea"]}


def test_a_stop_passed_near_a_town_keeps_its_guess():
    # (distractor: no coast named, the same stop: the guess stays)
    text = ("About 60 Eritreans boarded a boat near Zuwara. The engine failed near Sfax and the boat "
            "drifted for days before it reached Lampedusa.")
    assert _routes(text)["Eritrea → Zuwara → Sfax → Lampedusa"][1] == "land"


def test_a_bus_breaking_down_goes_over_land():
    text = ("About 60 Eritreans left Zuwara by bus. The bus broke down outside Sfax and they walked for "
            "days before they reached Tunis.")
    assert all(m == "land" for m in _routes(text)["Eritrea → Zuwara → Sfax → Tunis"])


# ---- the force that moves people to an immigration office (control.office_custody) --------------

@pytest.mark.parametrize(("text", "actor"), [
    ("Police in Zuwara have since moved the group to a former immigration office in Tripoli.", "Libyan police"),
    ("Police later moved the group to an immigration office in Tripoli.", "Libyan police"),
    # (no force named: the default actor)
    ("Officials have since moved the group to a former immigration office in Tripoli.", "authorities"),
])
def test_the_force_named_moving_people_to_an_office_is_its_actor(text, actor):
    assert actors_at(text, "Tripoli") == {actor}


def test_no_named_force_where_the_move_is_denied():
    assert "Libyan police" not in actors_at("Police did not move the group to the immigration office in Tripoli.",
                                            "Tripoli")


# ---- people told they must go back (origin.return_urged) ----------------------------------------

_ARRIVED = "About 300 migrants landed in Pozzallo on Monday. "


def test_refugees_told_they_must_return_come_from_there():
    text = _ARRIVED + "In Rome, the government repeated that the refugees must eventually return to Eritrea."
    assert "origin" in reported_role_of(text, "Eritrea")


@pytest.mark.parametrize("text", [
    # (a denial, a guess: nobody said they must)
    "Officials said the refugees should not return to Libya.",
    "Officials said they might have to go back to Libya.",
])
def test_no_origin_from_a_return_denied_or_guessed(text):
    assert "origin" not in reported_role_of(_ARRIVED + text, "Libya")
