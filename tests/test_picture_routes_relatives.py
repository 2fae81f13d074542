"""Routes: a relative's journey told at another time is that relative's own (session 47). A
sentence opening on a relative of the people the text follows, in the past perfect or years
before ("His brother had gone years earlier via X to Y", "Years ago his brother travelled
through X"), opens a part of its document of its own (routes.groups._Apart, [route_modes]
relative_apart): its places join none of the group's routes, nor the group's stops its. A
relative telling the group's way ("Her mother said the family had travelled through X"), one who
went with them ("His brother had walked with him to X"), and a relative's move told with no
earlier time or only in a year ("Their son moved from X to Y in 1995": family histories tell the
family's own way so) are unchanged.

Sentences written for these tests; geocoded by the tiny fixture gazetteer
(tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import CONTEXT, picture


def _routes(text: str) -> list[list[str]]:
    return [f.name.split(" → ") for f in picture(CONTEXT + text).by_role("route")]


LANDED = "Thirty migrants left Zuwara by boat on Monday and reached Lampedusa. "


@pytest.mark.parametrize("relative", [
    "His brother had gone years earlier via Agadez and Sebha to Malta.",
    "Years ago his brother travelled through Agadez and Sebha before crossing to Malta.",
    "Her cousin went through Agadez and Sebha to Malta many years before.",
    "Two years earlier, their uncle had crossed from Agadez through Sebha to Malta.",
], ids=["past-perfect", "years-ago", "years-before", "time-lead-comma"])
def test_a_relatives_past_journey_is_its_own_route(relative):
    routes = _routes(LANDED + relative)
    # the group's way passes none of the relative's places ...
    group = [r for r in routes if r[-1] == "Lampedusa"]
    assert group and not any(p in r for r in group for p in ("Agadez", "Sebha"))
    # ... nor goes on to the relative's end
    assert not any("Zuwara" in r and "Malta" in r for r in routes)


def test_a_relatives_move_told_alone_draws_no_route_of_the_group():
    routes = _routes("Awet left Agadez in March and reached Zuwara. He crossed to Lampedusa by boat "
                     "in June. His cousin had gone to Malta years before.")
    assert not any("Malta" in r for r in routes)
    assert any(r[-1] == "Lampedusa" for r in routes)


@pytest.mark.parametrize("text", [
    # a relative telling the group's own way: still the group's stop
    "Awet left Agadez in March and reached Zuwara. He crossed to Lampedusa by boat in June. "
    "His mother said the family had travelled through Sebha before reaching Zuwara.",
    # a relative who went with the people the text follows
    "Awet left Agadez in March. His brother had walked with him through Sebha to Zuwara, "
    "and they crossed to Lampedusa by boat in June.",
], ids=["relative-tells", "went-with-them"])
def test_the_groups_own_way_told_by_or_with_a_relative_keeps_its_stops(text):
    assert any("Sebha" in r for r in _routes(text))


@pytest.mark.parametrize("relative", [
    "His brother travelled through Agadez and Sebha before crossing to Malta.",
    "His brother travelled through Agadez and Sebha before crossing to Malta in 2015.",
], ids=["no-time", "in-a-year"])
def test_a_relative_with_no_earlier_time_told_is_unchanged(relative):
    # (the text's own story, as before)
    assert any("Sebha" in r for r in _routes(LANDED + relative))
