"""Routes: a journey whose every named end is only wished for ends where people got to (session
47). "Awet reached X by boat from Z. He hopes eventually to reach Y": roles read X as passed on
the way to Y, and Y, a wish still ahead (routes.hoped._wanted_only, [route_modes] wished_ahead),
ends no route; the corridor's route then ends at the place passed nearest the hoped-for end
(routes.corridors._plans), not at Y and not nowhere. A group's hope after its landing ("Most hope
to reach Y"), a past hope ("He had hoped to reach Y") and a move made are unchanged.

Sentences written for these tests; geocoded by the tiny fixture gazetteer
(tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import CONTEXT, picture, roles


def _routes(text: str) -> list[list[str]]:
    return [f.name.split(" → ") for f in picture(CONTEXT + text).by_role("route")]


REACHED = "Awet reached Lampedusa by boat from Zuwara. "


@pytest.mark.parametrize("ahead", [
    "He hopes eventually to reach Rome.",
    "He wants to go on to Rome.",
    "He would like to join his sister in Rome.",
], ids=["hopes-eventually", "wants-to-go-on", "would-like-to-join"])
def test_a_journey_ends_where_people_got_to_when_its_end_is_only_wished(ahead):
    text = REACHED + ahead
    routes = _routes(text)
    assert not any("Rome" in r for r in routes)
    assert any(r[-2:] == ["Zuwara", "Lampedusa"] for r in routes)
    # the wish stays a destination hoped for
    assert "destination" in roles(picture(CONTEXT + text)).get("Rome", set())


def test_the_end_is_the_place_passed_nearest_the_hope_not_the_last_named():
    # (Zuwara is named after Lampedusa, but lies farther from Rome)
    routes = _routes(REACHED + "He hopes one day to reach Rome.")
    assert all(r[-1] != "Zuwara" for r in routes)


@pytest.mark.parametrize("text", [
    # a group's hope after its landing goes on from it, as before
    REACHED + "Most hope to reach Rome.",
    # a move made
    REACHED + "In June he went on to Rome.",
], ids=["group-hope", "went-on"])
def test_a_place_gone_on_to_still_ends_a_route(text):
    assert any(r[-1] == "Rome" for r in _routes(text))


def test_a_past_hope_is_unchanged():
    # ("had hoped": often the way the boat went; the landing still ends a route)
    routes = _routes(REACHED + "He had hoped to reach Rome.")
    assert any(r[-1] == "Lampedusa" for r in routes)
