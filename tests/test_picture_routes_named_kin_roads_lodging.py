"""A family's way told with a relative's own, roads held and lodgings (session 54).

- A relative named by their own name in an aside, an age after it, setting out ("Her nephew,
  Tomas, 19, left X in May") opens a journey of their own ([vars] KIN_NAMED in [route_modes]
  relative_apart): the rest of the text feeds no stop to it (routes.planning), and the "he"/"she"
  sentences after it go on with it (routes.groups._Apart).
- A town named as the last village before a named river ("to X, the last village before the Y
  river") is a stop on the way ([settings] onward_after), as one before "the river" is.
- Posts named by whose they are on a road ("army checkpoints on the road south to X") are where
  a force stands, no one's passage ([context] post_on_road); a road held from a town ("militias
  held the road from X to the border") is no departure from it ([context] road_held).
- A force recording arrivals at a place opening its sentence after the side of a border ("On the
  Italian side, at X, soldiers took their names") holds a control there (control.where_recorded).
- Lodgings found in numbers ("found them two rooms in X") and a stay up to now after an
  apposition ("X, the regional capital, where they have lived since") end the journey there.

Sentences written for these tests; geocoded by the tiny fixture gazetteer
(tests/extract_helpers.py) with a few places of its own."""

from __future__ import annotations

import pytest
from extract_helpers import ANDEAN, CONTEXT, ZONE_CONTEXT, cues_at, picture, role_of, with_places

RIVER = {"Bermejo": ("test:bermejo-river", "landmark", None, -22.7, -64.4, "Bermejo River")}


@pytest.fixture(autouse=True)
def _andean(monkeypatch):
    with_places(monkeypatch, {**ANDEAN, **RIVER})


def _routes(text: str) -> list[list[str]]:
    return [f.name.split(" → ") for f in picture(CONTEXT + text).by_role("route")]


FAMILY = ("When the shelling began, Mario Quispe loaded his family onto a truck and drove south "
          "from Potosi to Tarija. They crossed into Argentina at dawn and spent a month in Jujuy. ")


# ---- a relative named by name, on their own way ---------------------------------------------

@pytest.mark.parametrize("relative", [
    "Quispe's nephew, Tomas, 19, left Salta in May. He took a bus to Uyuni and a train to Oruro.",
    "His cousin, Ana Mamani, 22, left Salta in May. She took a bus to Uyuni and a train to Oruro.",
    "Quispe's nephew, Tomas, left Salta in May. They took a bus to Uyuni and a train to Oruro.",
], ids=["possessive-age", "full-name", "no-age-they"])
def test_a_named_relative_setting_out_travels_apart(relative):
    routes = _routes(FAMILY + relative)
    own = [r for r in routes if r[-1] == "Oruro"]
    assert own and all(r[0] == "Salta" for r in own)
    # the family's stops are none of the relative's way
    assert not any(p in r for r in own for p in ("Potosi", "Tarija", "Jujuy"))


@pytest.mark.parametrize("relative", [
    # a relative telling the group's way: no journey of their own
    "Quispe's nephew, Tomas, 19, said the family left Salta in May and took a bus to Oruro.",
    # a relative unnamed, setting out in a plain past: unchanged (family histories)
    "Quispe's nephew left Salta in May and took a bus to Oruro.",
], ids=["relative-tells", "unnamed"])
def test_a_relative_not_named_or_only_telling_is_unchanged(relative):
    from geomig.picture import cues
    rx = cues.route_modes(cues.load())["relative_apart"]
    m = rx.match(relative)
    assert m is None or m.groupdict().get("named") is None


# ---- the last village before a named river --------------------------------------------------

def test_the_last_village_before_a_named_river_is_a_stop_on_the_way():
    text = ("They drove west through the hills to Tarija, the last village before the Bermejo river. "
            "They waded across at dawn and reached Salta.")
    assert role_of(text, "Tarija") == {"transit"}


def test_the_last_village_before_a_river_where_they_settled_is_no_stop():
    text = "The family drove to Tarija, the last village before the Bermejo river, where they settled."
    assert "transit" not in role_of(text, "Tarija")


# ---- posts on a road, a road held ----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Aid workers said army checkpoints on the road south to Oruro make it impossible for families "
    "to travel.",
    "Rebel roadblocks along the highway to Oruro have cut the region off.",
], ids=["army-checkpoints", "rebel-roadblocks"])
def test_posts_named_by_whose_they_are_on_a_road_are_no_passage(text):
    assert "transit" not in role_of("Families fled Potosi for Argentina. " + text, "Oruro")


def test_people_stopped_at_army_checkpoints_on_the_road_still_pass():
    text = "The families were stopped at army checkpoints on the road to Oruro but went on to Salta."
    assert "transit" in role_of(text, "Oruro")


@pytest.mark.parametrize("text", [
    "Across the river, militias have held most of the road from Tarija to the border since last year.",
    "The army closed the highway from Tarija to the border in March.",
], ids=["held", "closed"])
def test_a_road_held_from_a_town_is_no_departure(text):
    assert "launch_point" not in role_of("Families fled Potosi for Argentina. " + text, "Tarija")


def test_people_taken_from_a_town_to_the_border_still_set_out_there():
    text = "Smugglers took the families from Tarija to the border at night."
    assert "launch_point" in role_of(text, "Tarija")


# ---- lodgings found, a stay up to now after an apposition ---------------------------------

@pytest.mark.parametrize("text", [
    "In April a church group found them two rooms in Salta, where they have lived since.",
    "The family crossed into Argentina. A charity found them two rooms in Salta.",
], ids=["two-rooms-lived-since", "two-rooms"])
def test_rooms_found_in_numbers_are_where_the_journey_ends(text):
    assert "destination" in role_of(text, "Salta")


def test_rooms_found_only_maybe_are_no_end():
    text = "The family crossed into Argentina. A charity may find them two rooms in Salta."
    assert "destination" not in role_of(text, "Salta")


def test_a_stay_since_told_after_an_apposition_ends_the_journey():
    text = ("The family left Potosi and spent five weeks in a hall in Jujuy. They moved on to "
            "Salta, the provincial capital, where they have lived since.")
    assert role_of(text, "Salta") == {"destination"}


@pytest.mark.parametrize("after, settled", [
    (", the provincial capital, where they have lived since.", True),
    (", where she has settled since 2021.", True),
    (", the provincial capital, where they have lived since March, waiting for a bus to Peru.", False),
    (", the provincial capital, where they lived for a week.", False),
    (", the provincial capital, where the police have lived since the war.", False),
], ids=["apposition-since", "settled-since", "waiting-on", "past-stay", "others"])
def test_a_stay_since_after_an_apposition_reads_as_settled(after, settled):
    import re

    from geomig.picture import cues
    rx = cues.setting_rx(cues.load(), "settled_after", re.IGNORECASE)
    assert bool(rx.match(after)) is settled


# ---- a force recording arrivals, after the side of a border -------------------------------

@pytest.mark.parametrize("text", [
    "On the Italian side, at Pozzallo, soldiers of the Alpini Brigade took their names, "
    "photographed them and waved them on.",
    "On the Italian side, at Pozzallo, police officers took their names and photographed them.",
], ids=["soldiers-names", "police-names"])
def test_a_force_recording_people_after_a_borders_side_is_a_control(text):
    assert "control.where_recorded" in cues_at(text, "Pozzallo", ZONE_CONTEXT)


@pytest.mark.parametrize("text", [
    "On the Italian side, at Pozzallo, tourists took their photographs.",
    "On the Italian side, at Pozzallo, the hotel staff took their names.",
    "On the Italian side, at Pozzallo, soldiers did not take their names.",
], ids=["tourists", "hotel-staff", "denied"])
def test_no_force_or_no_record_after_a_borders_side_is_no_recorded_control(text):
    assert "control.where_recorded" not in cues_at(text, "Pozzallo", ZONE_CONTEXT)
