"""Routes: a way still to be made draws no route (session 45). A road, railway or corridor that
someone hopes, plans or means to open or build ("aid agencies hope to open a road from X to Y",
"engineers will build a bridge from X to Y", "a proposed railway from X to Y")
is no movement anyone made: its places, read in their clause, are only planned
(routes.reading._Guessed, [route_modes] planned_way). A way opened or taken, a denied plan and
a move told beside the plan are unchanged.

Sentences written for these tests; geocoded by the tiny fixture gazetteer
(tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import CONTEXT, picture


def _routes(text: str) -> list[list[str]]:
    return [f.name.split(" → ") for f in picture(CONTEXT + text).by_role("route")]


FLED = "About 300 people fled Sebha to Tripoli last week. "


@pytest.mark.parametrize("planned", [
    "Aid agencies hope to open a road from Tripoli to Misrata.",
    "The government plans to build a new highway from Tripoli to Misrata.",
    "Engineers will build a bridge from Tripoli to Misrata.",
    "A proposed railway from Tripoli to Misrata would help them.",
    "Officials said they would soon reopen the coastal road from Tripoli to Misrata.",
    "The agencies aim to reopen the ferry service from Tripoli to Misrata.",
], ids=["hope-to-open", "plans-to-build", "will-build", "proposed", "would-soon-reopen", "ferry-service"])
def test_a_way_still_to_be_made_draws_no_route(planned):
    routes = _routes(FLED + planned)
    assert not any("Misrata" in r for r in routes)
    assert ["Sebha", "Tripoli"] in routes


@pytest.mark.parametrize("text", [
    # a way taken, or opened before people went on it: the move is told
    FLED + "They then took the road from Tripoli to Misrata.",
    FLED + "After the army reopened the road from Tripoli to Misrata, they went on to Misrata.",
    # a denied plan beside a move made (a distractor)
    FLED + "Aid agencies do not plan to open a road, and the refugees travelled on to Misrata by truck.",
    # a hedged plan of others, and the move told after it
    FLED + "Officials may open a corridor later. Days after, they went on to Misrata.",
], ids=["took-the-road", "reopened-then-went", "denied-plan-then-travelled", "hedged-plan-then-went"])
def test_a_way_taken_still_draws_its_route(text):
    assert any(r[-1] == "Misrata" for r in _routes(text))
