"""Checkpoints told along a road's towns or at a list of towns (control.checkpoint): "checkpoints
on the highway from X to Y" are posts at X and at Y, "roadblocks at X, Y and Z" a post at each
town listed (`each = true`); not a town people only come from, nor posts denied, nor a road
told without posts."""

from __future__ import annotations

import pytest
from extract_helpers import zone_told, zones_told


def _posts(text: str) -> set[str]:
    return {place for control, place in zones_told(text) if control in ("checkpoint", "border")}


@pytest.mark.parametrize("text, places", [
    ("The National Guard keeps checkpoints on the highway from Zawiya to Zuwara, the migrants said.",
     {"Zawiya", "Zuwara"}),
    ("Police roadblocks at Zawiya, Zuwara and Sabratha stopped most of the buses.",
     {"Zawiya", "Zuwara", "Sabratha"}),
    ("Soldiers have set up checkpoints on the roads into Zawiya and Zuwara.", {"Zawiya", "Zuwara"}),
], ids=["highway-from-to", "roadblocks-listed", "roads-into-listed"])
def test_posts_along_a_road_or_listed_are_at_each_town(text, places):
    assert places <= _posts(text)


@pytest.mark.parametrize("text", [
    "There are no checkpoints on the highway from Zawiya to Zuwara, the migrants said.",
    # the road alone, with no post on it, is only the way the migrants went
    "The migrants drove on the highway from Zawiya to Zuwara and slept at the beach.",
], ids=["denied", "road-without-posts"])
def test_denied_posts_or_a_bare_road_draw_none_at_its_end(text):
    assert "Zuwara" not in _posts(text)


def test_hedged_posts_on_the_road_are_kept_as_hedged():
    text = "The National Guard reportedly keeps checkpoints on the highway from Zawiya to Zuwara."
    assert zone_told(text, "Zuwara").properties["hedged"]


def test_a_town_people_came_from_after_the_post_is_no_post():
    # the list after the post's town is the buses' origins, not more posts
    text = "Police roadblocks at Zawiya stopped buses that had come from Zuwara."
    posts = _posts(text)
    assert "Zawiya" in posts and "Zuwara" not in posts
