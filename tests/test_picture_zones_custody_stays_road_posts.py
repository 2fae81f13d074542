"""Control zones of two ways reporters tell control that the cues missed (session 64): a stay in a
facility named by its place ("spent four months in X prison", "seven weeks in the X immigration
depot": control.custody_spent), and a force's post on a way near a place, told with what the
force does there to those who pass ("soldiers at a checkpoint on the road up to X turned back
the families": control.post_turns_back).

Sentences written for these tests; geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import zone_told, zones_told


# ------------------------------------------------------------------------ a stay in a named facility

@pytest.mark.parametrize("text, expected", [
    ("One man from Niger spent four months in Sebha prison before he was sent back.", {("detention", "Sebha")}),
    ("He spent seven weeks in the Kufra immigration depot before being deported.", {("detention", "Kufra")}),
    ("He spent the next year in the Misrata central prison.", {("detention", "Misrata")}),
    # negation
    ("He did not spend a single night in Sebha prison.", set()),
    # distractor: the town, with a prison only near where he stayed
    ("He spent four months in Sebha near the prison, working in a bakery.", set()),
], ids=["place-prison", "immigration-depot", "central-prison", "not-spent", "near-the-prison"])
def test_a_stay_in_a_facility_named_by_its_place_is_detention_there(text, expected):
    assert zones_told(text) == expected


def test_a_hedged_stay_in_a_named_prison_stays_hedged():
    zone = zone_told("He reportedly spent four months in Sebha prison.", "Sebha").properties
    assert (zone["control"], zone["hedged"]) == ("detention", True)


# ------------------------------------------------------------------- a post that turns people back

@pytest.mark.parametrize("text, expected", [
    ("Soldiers at a checkpoint on the road up to Kufra turned back the families.", {("checkpoint", "Kufra")}),
    ("Gendarmes set up posts on the tracks leading up from Sebha and turned back anyone who tried to go home.",
     {("border", "Sebha")}),
    ("Police have set up a checkpoint on the road at the edge of the old town in Zawiya and are checking every car.",
     {("checkpoint", "Zawiya")}),
    # negation
    ("Police have not set up checkpoints on the road to Kufra, and nobody is turning back cars.", set()),
    # distractors: people who go round a post and turn back themselves; a post whose men do
    # nothing to those who pass
    ("The families walked around the checkpoint on the road up to Kufra and turned back at dusk.", set()),
    ("Soldiers at a checkpoint on the road up to Kufra waved to the children.", set()),
    # a search for goods, not a hold on who passes
    ("Police at a checkpoint on the road up to Kufra are stopping lorries to search them for stolen fuel.", set()),
], ids=["road-up-to", "tracks-leading-up-from", "checking-every-car", "not-set-up", "walked-around",
        "waved", "goods"])
def test_a_post_that_turns_people_back_holds_the_way_at_its_place(text, expected):
    assert zones_told(text) == expected


def test_a_hedged_turning_back_at_a_post_stays_hedged():
    zone = zone_told("Soldiers at a checkpoint on the road up to Kufra reportedly turned back the families.",
                     "Kufra").properties
    assert zone["hedged"] is True


# ---------------------------------------------------- officials placed at a place, acting on travellers

@pytest.mark.parametrize("text, expected", [
    ("The immigration officers at Tripoli asked for my school letter and my bank statement.", {("border", "Tripoli")}),
    ("Libyan gendarmes at Sebha, the group said, were recording the names of all foreigners.", {("border", "Sebha")}),
    ("Police at the Zuwara end of the bridge search men as they come off it.", {("border", "Zuwara")}),
    # negation
    ("The immigration officers at Tripoli did not ask for my school letter.", set()),
    # distractors: asking for calm, examining damage
    ("The immigration officers at Tripoli asked residents to stay calm.", set()),
    ("Officers at Misrata examined the damage to the port.", set()),
], ids=["asked-for-letter", "aside-recording-names", "end-of-the-bridge", "did-not-ask", "asked-for-calm",
        "examined-damage"])
def test_officials_placed_at_a_place_and_their_act_on_travellers_hold_it(text, expected):
    assert zones_told(text) == expected
