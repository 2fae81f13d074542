"""Routes: one route per group's journey. A place
reached in a sentence that names its own departure ("coastguards also rescued 30 who had set off
from Y and took them to Z") is not moved on from an earlier landing: other people, their own way
(routes.ordering._own_start; routes.groups._started_anew drops the leg roles.py adds from the
landing). Two boats, two routes, no chain through both landings. A home ("a mechanic from Y who
was among them") is no departure.

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
    "The next day a mechanic from Sfax who was among them was taken by ferry to Pozzallo.",
], ids=["taken-on", "taken-from-the-landing", "a-home-is-no-start"])
def test_people_moved_on_from_their_landing_still_go_on_from_it(second):
    assert _has_leg(_routes(LANDED + second), "Lampedusa", "Pozzallo")
