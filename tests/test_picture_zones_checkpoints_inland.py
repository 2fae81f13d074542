"""A police or army post on a road inside its country is drawn as a checkpoint, not as border
control ([settings] internal_post, merge.zone_features): the kind of the drawn zone only, with
its own style, legend row and popup label on the map."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from extract_helpers import ZONE_CONTEXT, picture, with_places, zones_at, zones_told, zones_told_at

from geomig.maps import features as rf
from geomig.maps import legend, render, styles, to_html
from geomig.picture import CONTROLS

#: A Libyan town a few km from the Tunisian border (kind, country and point as the gazetteer's).
BORDER_TOWN = {"Wazin": ("test:wazin", "city", "LY", 31.97, 10.71, "Wazin")}


@pytest.mark.parametrize("text, place", [
    ("Migrants said police at a checkpoint outside Sebha took their money.", "Sebha"),
    ("Gendarmes have set up roadblocks on the road to Agadez to stop the lorries.", "Agadez"),
    ("The bus was stopped at three army checkpoints between Sebha and Kufra.", "Kufra"),
    ("At Misrata there is a police checkpoint where the lorries are searched.", "Misrata"),
], ids=["police-checkpoint-outside", "roadblocks-on-the-road-to", "checkpoints-between", "there-is-a-post"])
def test_a_post_inside_the_country_is_a_checkpoint(text, place):
    assert {z.properties["control"] for z in zones_told_at(text, place)} == {"checkpoint"}


def test_the_checkpoint_keeps_its_force_and_says_its_kind():
    zone, = zones_told_at("Migrants said Libyan police at a checkpoint outside Sebha took their money.", "Sebha")
    assert zone.properties["actor"] == "Libyan police"
    assert zone.name == "Libyan police (checkpoint, Sebha)"
    assert {c["control"] for c in zone.properties["claims"]} == {"checkpoint"}


@pytest.mark.parametrize("text, place", [
    # a post on the border, or a sentence that names a border or a crossing
    ("Migrants were turned back at the border crossing at Sebha.", "Sebha"),
    ("Border guards at a checkpoint outside Sebha turned back 40 migrants.", "Sebha"),
    ("Police at a checkpoint outside Agadez check everyone heading for the Libyan frontier.", "Agadez"),
    # a force's act at the town, no post in its words
    ("Libyan soldiers arrested 40 migrants near Sebha.", "Sebha"),
], ids=["border-crossing", "border-guards", "frontier", "no-post"])
def test_a_border_or_a_force_with_no_post_stays_border_control(text, place):
    assert {z.properties["control"] for z in zones_told_at(text, place)} == {"border"}


def test_a_post_by_a_land_border_stays_border_control(monkeypatch):
    with_places(monkeypatch, BORDER_TOWN)
    text = "Migrants said police at a checkpoint outside Wazin took their money."
    assert {z.properties["control"] for z in zones_told_at(text, "Wazin")} == {"border"}


def test_one_zone_where_a_post_and_another_act_are_told_at_the_place():
    # (a zone is a checkpoint only where every claim of it tells a post: one zone either way)
    text = ("Soldiers set up checkpoints near Sebha to stop migrants. "
            "Libyan soldiers arrested 40 migrants near Sebha on Friday.")
    assert [z.properties["control"] for z in zones_told_at(text, "Sebha")] == ["border"]


@pytest.mark.parametrize("text", [
    "Police did not set up checkpoints outside Sebha.",
    "The museum in Sebha tells the story of the old caravan routes.",
], ids=["negated", "no-post"])
def test_no_post_told_no_checkpoint(text):
    assert not any(z[0] == "checkpoint" for z in zones_told(text))


def test_an_inland_checkpoint_draws_its_own_style_legend_row_and_popup_label():
    pic = picture(ZONE_CONTEXT + "Migrants said Libyan police at a checkpoint outside Sebha took their money.")
    items = [it for it in rf.items(pic) if it.style.startswith("control:")]
    assert "control:checkpoint" in {it.style for it in items}
    rows = legend.entries(items, styles.default())
    assert "Checkpoint (inland)" in {r.label for r in rows}
    html = to_html(render(pic, gazetteer="test-gaz", generated=datetime(2024, 5, 1, tzinfo=UTC)))
    assert "Checkpoint (inland)" in html


def test_every_control_type_has_a_map_style():
    assert set(CONTROLS) <= set(styles.default().raw["controls"])
    assert "checkpoint" in CONTROLS


def test_zones_at_a_post_without_the_story_around_it():
    assert [z.properties["control"] for z in zones_at(
        "Migrants heading north said police at a checkpoint outside Sebha took their money.", "Sebha")] == ["checkpoint"]
