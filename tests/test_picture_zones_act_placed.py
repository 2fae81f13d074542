"""Control zones where the act was, not over the force's country (user trial of session 24):
road checkpoints told after their road, a checkpoint at a place the gazetteer does not know,
a border post told by "there" and one named with its country's adjective (a post, no camp),
a force named only by its adjective in a sentence after the act it joins, a town's own police
acting elsewhere, a force named only as a guess, and a where-clause after a seat.

Sentences written for these tests; geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import ZONE_CONTEXT, picture, zone_told, zones_told


def _bands(text: str) -> set[tuple[str, str, str | None]]:
    """(control, place, direction) of each zone a text told after ZONE_CONTEXT draws."""
    return {(f.properties["control"], f.properties["place"], f.properties["direction"])
            for f in picture(ZONE_CONTEXT + text).by_role("control_zone")
            if f.properties["place"] not in ("Lampedusa", "Sfax")}


# ------------------------------------------------------------------------ checkpoints on a road

@pytest.mark.parametrize("text, expected", [
    ("On the desert road north to Sebha the lorry was stopped at three gendarmerie checkpoints.",
     {("checkpoint", "Sebha")}),
    ("On the coast road west to Zuwara, the bus was stopped at two police checkpoints.",
     {("checkpoint", "Zuwara")}),
    # negation
    ("On the desert road north to Sebha the lorry was not stopped at any checkpoint.", set()),
    # distractor: no checkpoint on the road
    ("On the desert road north to Sebha the lorry passed three petrol stations.", set()),
], ids=["road-north-to", "road-west-to-comma", "not-stopped", "petrol-stations"])
def test_checkpoints_told_after_their_road(text, expected):
    assert zones_told(text) == expected


def test_checkpoints_on_a_road_hedged():
    zone = zone_told("On the desert road north to Sebha the lorry was reportedly stopped at three checkpoints.",
                     "Sebha")
    assert zone.properties["hedged"] is True


@pytest.mark.parametrize("text, expected", [
    # a checkpoint outside a place the gazetteer does not know: no zone over all Libya
    ("At the checkpoint outside Qatrun soldiers of the Libyan army stopped the lorry.", set()),
    ("At a roadblock near Umm Aranib Libyan soldiers stopped the bus and took their phones.", set()),
    # a known place: the checkpoint there
    ("At the checkpoint outside Sebha soldiers of the Libyan army stopped the lorry.", {("border", "Sebha")}),
    # negation
    ("At the checkpoint outside Qatrun soldiers of the Libyan army did not stop the lorry.", set()),
    # distractor: no checkpoint, the act outside an unknown town keeps the force's country
    ("Soldiers of the Libyan army stopped the lorry outside Qatrun.", {("border", "Libya")}),
], ids=["unknown-checkpoint", "unknown-roadblock", "known-checkpoint", "not-stopped", "no-checkpoint"])
def test_checkpoint_at_an_unknown_place_draws_no_country(text, expected):
    assert zones_told(text) == expected


# ------------------------------------------------------------------------------ border posts

@pytest.mark.parametrize("text, expected", [
    ("Buses took them to Sebha. At the border post there Libyan police handed them to Nigerien officers.",
     {("border", "Sebha")}),
    ("The convoy reached Zuwara at dawn. The crossing there was guarded by soldiers.", {("border", "Zuwara")}),
    # negation
    ("Buses took them to Sebha. There was no border post there.", set()),
    # distractor: "there" after no post
    ("Buses took them to Sebha. At the market there they bought food.", set()),
], ids=["post-there", "crossing-there", "no-post", "market-there"])
def test_a_border_post_told_by_there(text, expected):
    assert zones_told(text) == expected


@pytest.mark.parametrize("text, actor", [
    ("Buses took them to Sebha. At the border post there Libyan police handed them to Nigerien officers.",
     "Libyan police"),
    ("Buses took them to Sebha. At the border post there, the Libyan soldiers checked everyone.", "Libyan soldiers"),
    # distractor: a force people are handed to holds no post
    ("Buses took them to Sebha. At the border post there they were handed to Libyan police.",
     "Libyan border forces"),
], ids=["police-handed", "soldiers-checked", "handed-to"])
def test_a_border_post_held_by_the_force_after_it(text, actor):
    assert zone_told(text, "Sebha").properties["actor"] == actor


def test_a_border_post_there_hedged():
    zone = zone_told("Buses took them to Sebha. Police reportedly handed them over at the border post there.", "Sebha")
    assert zone.properties["hedged"] is True


@pytest.mark.parametrize("text, expected, actor", [
    ("They went on through Sebha to the Libyan border post at Zuwara.", {("border", "Zuwara")},
     "Libyan border forces"),
    # (no force and no country named: the post's force is not made from the town's country)
    ("They went on through Sebha to the border post at Zuwara.", {("border", "Zuwara")}, "border forces"),
    # a camp is still a camp
    ("They went on through Sebha to the transit camp at Zuwara.", {("reception", "Zuwara")}, "camp authorities"),
], ids=["adjective-post", "post", "camp"])
def test_a_border_post_is_no_camp(text, expected, actor):
    assert zones_told(text) == expected
    (place,) = {p for _, p in expected}
    assert zone_told(text, place).properties["actor"] == actor


def test_a_border_post_never_reached():
    assert zones_told("They never reached the Libyan border post at Zuwara.") == set()


# ------------------------------------------------------------- a force told after the act it joins

@pytest.mark.parametrize("text, expected", [
    # in the sentence after an act at sea: the force is at that sea
    ("A Libyan coastguard patrol intercepted the boat off Zuwara. Italian police officers were on the patrol boat.",
     {("coastguard", "Zuwara", None)}),
    # after an act at a town of a neighbour: its band along that border
    ("They climbed the fence into Misrata. Tunisian soldiers caught the third.",
     {("border", "Misrata", None), ("border", "Tunisia", "with:LY")}),
    # in its own country: at the place of the act
    ("They climbed the fence into Misrata. The third was caught by Libyan auxiliary forces and taken to Sebha.",
     {("border", "Misrata", None)}),
    # negation
    ("They climbed the fence into Misrata. Tunisian soldiers did not catch anyone.", {("border", "Misrata", None)}),
    # distractor: an act of another control (people held) is no act the force joins
    ("Libyan soldiers took them to a detention centre in Misrata. Tunisian police deny that push-backs happen.",
     {("detention", "Misrata", None)}),
    # distractor: the sentence says the whole country
    ("They climbed the fence into Misrata. Next year Tunisian soldiers will patrol the whole country.",
     {("border", "Misrata", None), ("border", "Tunisia", None)}),
], ids=["on-the-boat", "neighbour-band", "own-country", "did-not-catch", "held-elsewhere", "whole-country"])
def test_a_force_by_its_adjective_acts_where_the_act_before_was(text, expected):
    assert _bands(text) == expected


def test_a_force_after_the_act_hedged():
    text = "They climbed the fence into Misrata. Tunisian soldiers may have caught the third."
    assert ("border", "Tunisia", "with:LY") in _bands(text)
    assert zone_told(text, "Tunisia").properties["hedged"] is True


def test_a_force_far_from_the_act_keeps_its_country():
    # two sentences of other things between: the act before is out of reach
    text = ("They climbed the fence into Misrata. The night was cold. Many were hungry. They slept little. "
            "Tunisian soldiers caught the third.")
    assert ("border", "Tunisia", None) in _bands(text)


# ---------------------------------------------------------------- a town's police, a guessed force

@pytest.mark.parametrize("text, expected", [
    ("Benghazi's police arrested 40 migrants near Misrata.", {("border", "Misrata")}),
    # the town's police at home
    ("Benghazi's police arrested 40 migrants in the city.", {("border", "Benghazi")}),
    # negation
    ("Benghazi's police did not arrest anyone near Misrata.", set()),
], ids=["acts-elsewhere", "at-home", "did-not-arrest"])
def test_a_towns_police_acting_elsewhere(text, expected):
    assert zones_told(text) == expected


@pytest.mark.parametrize("text, hedged", [
    ("Those who stopped them near Zawiya may have been Libyan soldiers, the migrants said.", True),
    ("Those who stopped them near Zawiya were Libyan soldiers, the migrants said.", False),
    ("Libyan soldiers reportedly stopped them near Zawiya.", True),
], ids=["may-have-been", "were", "reportedly"])
def test_a_force_named_as_a_guess_is_hedged(text, hedged):
    zone = zone_told(text, "Zawiya")
    assert zone.properties["actor"] == "Libyan soldiers"
    assert zone.properties["hedged"] is hedged


# ------------------------------------------------------------------------ a where-clause at a seat

@pytest.mark.parametrize("text, expected", [
    # the court's seat is no detention centre's place: the country the sentence names
    ("A court in Rome, where detention centres were the subject of a hearing, ruled that Libya must close them.",
     {("detention", "Libya")}),
    # a return's end stays the place of the where-clause
    ("Boats are returned to Tripoli, where the passengers are held in a detention centre.",
     {("detention", "Tripoli")}),
    # negation
    ("A court in Rome, where no detention centres were discussed, ruled on Libya's ports.", set()),
], ids=["court-seat", "return-end", "none-discussed"])
def test_a_where_clause_after_a_seat(text, expected):
    assert zones_told(text) == expected


# ----------------------------------------------------------------------- a force only alerted

@pytest.mark.parametrize("text, expected", [
    # a force others alert acts nowhere by that
    ("A fishing boat spotted the dinghy and alerted the Libyan authorities.", set()),
    ("Villagers saw the group near the road and informed the Libyan police.", set()),
    # negation
    ("A fishing boat spotted the dinghy but did not alert the Libyan authorities.", set()),
    # distractor: the alerted force then acts, at its place
    ("Libyan authorities, alerted by fishermen, intercepted the boat off Zuwara.", {("coastguard", "Zuwara")}),
], ids=["alerted", "called", "not-alerted", "alerted-then-acts"])
def test_a_force_only_alerted(text, expected):
    assert zones_told(text) == expected
