"""Control zones: the force that acts holds a border post on its neighbour's side,
people turned or pushed back with whom before "back" are a force's act, a patrol acts only as a
verb (not as the force's own name), and a camp still to come is no camp.

Sentences written for these tests; geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import ZONE_CONTEXT, cues_at, picture, with_places, zones_told

#: a border post on Libya's side of its border with Tunisia, and a Tunisian town near it
POSTS = {"Ras Ajdir": ("geomig:test-ras-ajdir", "city", "LY", 33.15, 11.56, "Ras Ajdir"),
         "Ben Gardane": ("geomig:test-ben-gardane", "city", "TN", 33.14, 11.22, "Ben Gardane")}


@pytest.fixture
def posts(monkeypatch):
    with_places(monkeypatch, POSTS)


def actors_at(text: str, place: str) -> set[str]:
    return {z.properties["actor"] for z in picture(ZONE_CONTEXT + text).by_role("control_zone")
            if z.properties["place"] == place}


# ------------------------------------------------ a border post held by the neighbour's force


@pytest.mark.parametrize("text, actor", [
    ("Soldiers of the Tunisian army arrested 60 migrants near the Ras Ajdir border post.", "Tunisian army"),
    ("Tunisian soldiers arrested 60 migrants east of the Ras Ajdir border post.", "Tunisian soldiers"),
    # hedged: still the Tunisians' act, told with less weight
    ("Tunisian soldiers may have arrested 60 migrants near the Ras Ajdir border post.", "Tunisian soldiers"),
], ids=["soldiers-of", "adjective", "hedged"])
def test_a_border_post_is_held_by_the_neighbours_force_that_acts(posts, text, actor):
    assert actors_at(text, "Ras Ajdir") == {actor}


@pytest.mark.parametrize("text", [
    # the neighbour's force does nothing there: people fled it
    "Migrants who fled Tunisian police waited at the Ras Ajdir border post.",
    # its officials only speak
    "Tunisian officials said 60 migrants were stopped at the Ras Ajdir border post.",
    # a force of the post's own country
    "Libyan police arrested 60 migrants at the Ras Ajdir border post.",
], ids=["fled", "officials", "own-country"])
def test_no_neighbours_force_named_where_it_does_not_act_there(posts, text):
    assert not any(a.startswith("Tunisian") for a in actors_at(text, "Ras Ajdir"))


def test_a_denied_act_at_the_post_draws_no_zone(posts):
    assert not actors_at("Tunisian soldiers did not arrest anyone near the Ras Ajdir border post.", "Ras Ajdir")


# ------------------------------------------------ turned / pushed back with whom before "back"


@pytest.mark.parametrize("text, actor", [
    ("Tunisian soldiers turned people back at Ras Ajdir on Monday.", "Tunisian soldiers"),
    ("Tunisian soldiers have been turning people back at Ras Ajdir.", "Tunisian soldiers"),
    ("Tunisian police pushed the families back at Ras Ajdir.", "Tunisian police"),
], ids=["turned-people-back", "turning", "pushed-the-families-back"])
def test_the_force_that_turns_people_back_holds_the_zone(posts, text, actor):
    assert actors_at(text, "Ras Ajdir") == {actor}


def test_no_force_turned_back_when_the_text_says_it_did_not(posts):
    assert not actors_at("Tunisian soldiers did not turn people back at Ras Ajdir.", "Ras Ajdir")


def test_turned_back_with_no_force_named_stays_unnamed(posts):
    # (no force of Tunisia taken from a speaker)
    actors = actors_at("Tunisian officials said 200 people were turned back at Ras Ajdir.", "Ras Ajdir")
    assert not any(a.startswith("Tunisian") for a in actors)


# ------------------------------------------------ a patrol acts as a verb, not as a name


@pytest.mark.parametrize("text", [
    "Migrants waded across the river, watched by a Libyan patrol on the far side.",
    "A Tunisian navy patrol boat was visible on the horizon.",
], ids=["watched-by-a-patrol", "patrol-boat-visible"])
def test_a_patrol_named_only_draws_no_zone(text):
    assert not {z for z in zones_told(text) if z[1] in ("Libya", "Tunisia")}


@pytest.mark.parametrize("text, place", [
    ("Libyan soldiers patrol the border near Zuwara.", "Zuwara"),
    ("Libyan soldiers on patrol stopped the migrants.", "Libya"),
    ("Tunisian patrols along the border have doubled.", "Tunisia"),
    ("Patrols by the Tunisian navy made leaving harder.", "Tunisia"),
], ids=["patrol-the", "on-patrol", "patrols-along", "patrols-by"])
def test_a_force_that_patrols_keeps_its_zone(text, place):
    assert {z for z in zones_told(text) if z[1] == place} == {("border", place)}
    assert cues_at(text, place, ZONE_CONTEXT) <= {"control.forces", "control.forces_in_place"}


# ------------------------------------------------ a camp still to come


@pytest.mark.parametrize("text", [
    "A second camp is being prepared at Zawiya.",
    "A new reception centre will be set up in Misrata.",
    "Rumours that a camp would be opened at Zawiya could not be confirmed.",
], ids=["being-prepared", "will-be-set-up", "would-be-opened"])
def test_a_camp_still_to_come_is_no_camp(text):
    assert not {z for z in zones_told(text) if z[1] in ("Zawiya", "Misrata")}


@pytest.mark.parametrize("text", [
    "A second camp was opened at Zawiya last week.",
    "Hundreds are held in a camp at Zawiya.",
], ids=["was-opened", "held-in"])
def test_a_camp_opened_or_holding_people_is_one(text):
    assert {z for z in zones_told(text) if z[1] == "Zawiya"}


# ------------------------------------------------ a "Defence Force" in the singular; people picked up


def test_a_defence_force_in_the_singular_holds_the_post(posts):
    text = "Soldiers of the Tunisian National Defence Force arrested 60 migrants near the Ras Ajdir border post."
    assert actors_at(text, "Ras Ajdir") == {"Tunisian National Defence Force"}


@pytest.mark.parametrize("text", [
    "Forty migrants were picked up by Libyan soldiers in the hills.",
    "The boat was sighted by a Libyan navy patrol vessel.",
], ids=["picked-up-by", "sighted-by"])
def test_people_picked_up_or_a_boat_sighted_by_a_force_is_its_act(text):
    # the force's own act draws it (control.forces), not another cue of the sentence
    assert {z for z in zones_told(text) if z[1] == "Libya"} == {("border", "Libya")}
    assert cues_at(text, "Libya", ZONE_CONTEXT) == {"control.forces"}


# ------------------------------------------------ "the X border" with the other side named


def test_a_country_border_named_from_the_other_side_is_no_zone_inside_it(posts):
    # Ben Gardane is on Tunisia's side: the act is at the line, not inside Libya
    text = "Forty migrants were caught on the Libyan border near Ben Gardane."
    assert not {z for z in zones_told(text) if z[1] == "Libya"}


@pytest.mark.parametrize("text", [
    "Forty migrants were caught on the Libyan border.",
    # a people's word names whom the act befell, not the other side
    "Forty Tunisians were caught on the Libyan border.",
    # a place on the border's own side
    "Forty migrants were caught at the Libyan border near Zuwara.",
], ids=["no-other-side", "people", "own-side-place"])
def test_a_country_border_with_no_other_side_named_keeps_its_zone(posts, text):
    assert {z for z in zones_told(text) if z[1] == "Libya"}
