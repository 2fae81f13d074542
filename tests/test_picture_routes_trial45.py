"""Routes: mends of the forty-fifth session's trial (one route per group's journey).

- A place reached in a sentence that names its own start ("rescued 30 who had set off from Y and
  took them to Z") is not moved on from an earlier landing (routes.ordering._own_start,
  routes.groups._started_anew): two boats, two routes, no chain through both landings.
- Where a text has boats leave from two countries, a place passed goes with the departure its
  part of the text tells (routes.ordering._launch_of_stop), not with both.
- A place passed only in a plan ("will try again through X") joins no journey the text tells as
  done (routes.ordering._planned_stops, _joins_plan).

Sentences written for these tests; geocoded by the tiny fixture gazetteer
(tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import CONTEXT, picture


def _routes(text: str) -> list[list[str]]:
    return [f.name.split(" → ") for f in picture(CONTEXT + text).by_role("route")]


def _has_leg(routes: list[list[str]], a: str, b: str) -> bool:
    return any(r[i:i + 2] == [a, b] for r in routes for i in range(len(r) - 1))


LANDED = "Eritreans who left Zuwara reached Lampedusa on Monday. "


@pytest.mark.parametrize("second", [
    "Coastguards also rescued 30 Tunisians who had set off from Sfax and brought them to Pozzallo.",
    "Coastguards also rescued 30 Tunisians who had set off from Sfax and took them to Pozzallo.",
    "Coastguards also rescued 30 Tunisians who may have set off from Sfax and took them to Pozzallo.",
], ids=["brought", "took", "hedged-start"])
def test_a_rescue_told_with_its_own_start_is_no_move_on_from_an_earlier_landing(second):
    routes = _routes(LANDED + second)
    assert not _has_leg(routes, "Lampedusa", "Pozzallo")
    assert any(r[-2:] == ["Zuwara", "Lampedusa"] for r in routes)


@pytest.mark.parametrize("second", [
    "The next day they were taken by ferry to Pozzallo.",
    "The next day they were taken by ferry from Lampedusa to Pozzallo.",
], ids=["taken-on", "taken-from-the-landing"])
def test_people_moved_on_from_their_landing_still_go_on_from_it(second):
    assert _has_leg(_routes(LANDED + second), "Lampedusa", "Pozzallo")


BOAT = ("A wooden boat carrying 60 Eritreans left Zuwara on Monday and landed on Lampedusa. "
        "Most had crossed the desert through Agadez and Sebha. ")


def test_places_passed_go_with_the_departure_of_their_part_of_the_text():
    routes = _routes(BOAT + "Several said they would try again through Sfax, where boats also leave for Italy.")
    assert any(r[-4:] == ["Agadez", "Sebha", "Zuwara", "Lampedusa"] for r in routes)
    assert not any("Sfax" in r and "Agadez" in r for r in routes)


def test_places_passed_stay_with_every_departure_of_one_country():
    routes = _routes("Boats left Zuwara and Sabratha for Lampedusa on Monday. "
                     "Most of the Eritreans had crossed the desert through Agadez and Sebha.")
    for launch in ("Zuwara", "Sabratha"):
        assert any(r[-4:] == ["Agadez", "Sebha", launch, "Lampedusa"] for r in routes)


@pytest.mark.parametrize("plan", [
    "Some will try again through Kufra.",
    "Those sent back say they will try again through Kufra.",
], ids=["will-try-again", "say-they-will"])
def test_a_place_passed_only_in_a_plan_joins_no_journey_told_as_done(plan):
    routes = _routes(BOAT + plan)
    assert not any("Kufra" in r for r in routes)
    assert any(r[-4:] == ["Agadez", "Sebha", "Zuwara", "Lampedusa"] for r in routes)


def test_a_place_passed_on_the_journey_told_stays_a_stop():
    assert any("Kufra" in r for r in _routes(BOAT + "Others went on through Kufra."))
