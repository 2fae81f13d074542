"""A place's apposition that locates it ("X, a camp outside the town") gives the town no
zone: the words say where X is (session 22, review 3).

Sentences written for these tests; geocoded by the tiny fixture gazetteer (tests/extract_helpers.py),
with one camp of its own (a landmark: no town for "the town" to stand for)."""

from __future__ import annotations

import extract_helpers
import pytest
from extract_helpers import picture, zones

CONTEXT = "Hundreds of Eritrean refugees fled into Libya this month. They reached Zuwara. "
CAMP = ("test:west-hill-camp", "landmark", "LY", 32.9, 12.2, "West Hill")


@pytest.fixture(autouse=True)
def _camp(monkeypatch):
    monkeypatch.setitem(extract_helpers.PLACES, "West Hill", CAMP)


@pytest.mark.parametrize("text", [
    "From there they were taken to West Hill, a camp outside the town.",
    "From there they were taken to West Hill, a camp on the edge of the town.",
    "From there they were taken to West Hill, a crowded camp just outside the city.",
    # named: the town only locates the camp either way
    "From there they were taken to West Hill, a camp outside Zuwara.",
    # hedged
    "From there they were reportedly taken to West Hill, a camp outside the town.",
], ids=["outside-the-town", "edge-of-the-town", "outside-the-city", "named", "hedged"])
def test_a_town_that_only_locates_a_named_camp_holds_no_zone(text):
    assert not {("detention", "Zuwara"), ("reception", "Zuwara")} & zones(picture(CONTEXT + text))


@pytest.mark.parametrize("text", [
    # no named place apposed: the camp outside the town is the town's
    "From there they were taken to a camp outside the town.",
    # distractor: the camp named in another sentence
    "West Hill is full. From there they were taken to a camp outside the town.",
], ids=["no-apposition", "named-elsewhere"])
def test_a_camp_outside_the_town_with_no_place_apposed_is_the_towns(text):
    # (a camp no word makes a place of custody takes people in)
    assert ("reception", "Zuwara") in zones(picture(CONTEXT + text))


def test_a_denied_camp_outside_the_town_is_no_held_zone():
    pic = picture(CONTEXT + "They were not taken to a camp outside the town.")
    assert not [f for f in pic.by_role("control_zone")
                if f.properties["place"] == "Zuwara" and not f.properties.get("negated")]
