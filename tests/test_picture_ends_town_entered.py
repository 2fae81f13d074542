"""A town people crossed into is a step on the way, unless the document has them arrive there
too and takes them no further: then it is where they arrived (roles._entries_at_journeys_end),
also when the entry names the town by its kind ("crossed into the border town of X").

Sentences written for these tests; geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import picture, roles


@pytest.mark.parametrize("text", [
    "Some 9,000 refugees have crossed into the border town of Agadez since May. "
    "One mother said she and her four children arrived in Agadez on Tuesday after a week on foot.",
    "Thousands of families fleeing the fighting crossed into the small town of Agadez. "
    "Those who arrived in Agadez last week are sleeping in a school.",
], ids=["border-town", "small-town"])
def test_a_town_crossed_into_and_arrived_in_is_the_end(text):
    assert roles(picture(text)).get("Agadez") == {"destination"}


@pytest.mark.parametrize("text", [
    # a leg that only heads there is no arrival told
    "Some 9,000 refugees have crossed into the border town of Agadez since May. "
    "On Monday two buses left Sebha for Agadez.",
    # the journey goes on from it
    "Some 9,000 refugees have crossed into the border town of Agadez since May. "
    "Those who arrived in Agadez last week have already left on trucks for Sebha in Libya.",
    # an arrival denied
    "Some Eritreans reached Italy last year. This spring migrants crossed into the border town of "
    "Agadez. Officials said the families have not arrived in Agadez yet.",
], ids=["heads-there", "goes-on", "negated"])
def test_a_town_crossed_into_stays_a_stop_otherwise(text):
    assert "transit" in roles(picture(text)).get("Agadez", set())
