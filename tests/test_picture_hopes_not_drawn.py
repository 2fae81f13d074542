"""Routes: every place of a present hope's clause is still ahead of people, however the hope's
verbs go on ("he hopes to cross into X and join a cousin in Y", "she wants to take a bus to
Z"): no stop or end of the journey the text tells (routes.hoped._wanted_only, [route_modes]
wished_ahead); the end hoped for stays a destination. Not past a new clause, a verb of another
subject or a verb in the past ("then crossed into X and joined a cousin in Y" is a journey made),
nor a way planned through places ("plans to go on through X to Y": a planned route, drawn).

Sentences written for these tests; geocoded by the tiny fixture gazetteer
(tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import CONTEXT, picture, roles

REACHED = "Thirty migrants crossed the desert from Agadez and reached Sebha in May. "


def _routes(text: str) -> list[list[str]]:
    return [f.name.split(" → ") for f in picture(CONTEXT + text).by_role("route")]


@pytest.mark.parametrize("hope", [
    "One of them hopes to cross into Tunisia and join a cousin in Sfax.",
    "One of them wants to cross into Tunisia and then find work in Sfax.",
    "One of them plans to take a bus north and settle with an uncle in Sfax.",
], ids=["cross-and-join", "and-then-find-work", "bus-and-settle"])
def test_the_places_of_a_present_hope_end_no_route(hope):
    text = REACHED + hope
    routes = _routes(text)
    assert routes and not any("Sfax" in r or "Tunisia" in r for r in routes), routes
    assert any(r[-1] == "Sebha" for r in routes), routes
    assert "destination" in roles(picture(CONTEXT + text)).get("Sfax", set())


@pytest.mark.parametrize("text", [
    # a journey made, told in the past: drawn as before
    REACHED + "In June one of them crossed into Tunisia and joined a cousin in Sfax.",
    # a hope given up for a move made: the verb after "and" is in the past
    REACHED + "One of them wanted to stay in Sebha and moved on to Sfax in June.",
    # a new clause after the hope: its move is made
    REACHED + "One of them hopes to rest, but in June the group went on to Sfax.",
    # a way planned through places is a planned route, drawn as before
    REACHED + "One of them plans to go on through Tunisia to Sfax.",
], ids=["past-journey", "past-verb-after-and", "new-clause", "planned-way"])
def test_a_move_made_after_or_beside_a_hope_is_still_drawn(text):
    assert any(r[-1] == "Sfax" for r in _routes(text)), _routes(text)
