"""Launch points told by a town's place on the road (session 40): a place reached that is "the
last town before the border" (the pass, the sea, the desert) is where people gather for the next
leg, a stop on the way, not where the journey ends.

Sentences written for these tests; geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import picture, roles

ERITREANS = "Eritrean migrants told us about their journey north. "


# ------------------------------------------------------------ the last town before the border

@pytest.mark.parametrize(("text", "town"), [
    (ERITREANS + "Smugglers drove them to Agadez, the last town before the desert.", "Agadez"),
    (ERITREANS + "They travelled by bus to Agadez, which is the last big town before the desert.", "Agadez"),
    (ERITREANS + "They took a bus from Tunis to Sfax, the last city before the sea.", "Sfax"),
], ids=["apposition", "which-is", "from-to"])
def test_the_last_town_before_a_border_or_the_sea_is_a_stop_on_the_way(text, town):
    assert roles(picture(text)).get(town) == {"transit"}


def test_the_leg_to_the_last_town_is_kept():
    found = picture(ERITREANS + "They took a bus from Tunis to Sfax, the last city before the sea.")
    assert any(f.role == "route" and "Tunis" in f.name and "Sfax" in f.name for f in found.features)


@pytest.mark.parametrize("text", [
    # the first town past a border is where people arrived
    ERITREANS + "They reached Agadez, the first town on the other side of the border.",
    # a last town named for something else
    ERITREANS + "They travelled by bus to Agadez, the last stop of the old caravan trade.",
    # denied
    ERITREANS + "They never reached Agadez, the last town before the desert.",
], ids=["first-town", "no-border", "negated"])
def test_no_stop_on_the_way_from_other_descriptions_of_a_town(text):
    assert roles(picture(text)).get("Agadez") != {"transit"}
