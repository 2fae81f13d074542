"""Destinations told by where people settled, went to work or went on to family (cues.toml,
destination.heading, destination.to_work, destination.to_workplace): "were settled at X",
"settled on Y", "left for seasonal work in Z", "were sent on to the estates near W", "heading
west instead, to relatives in V" end there; a denial, a dispute settled, a commute or money
sent do not.

Sentences written for these tests; geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import reported_role_of


# ---- settled at or on a place ----------------------------------------------------------------

@pytest.mark.parametrize("text, place", [
    ("The families were settled at Zawiya, near the coast.", "Zawiya"),
    ("Most of the exiles later settled on Lesbos.", "Lesbos"),
    ("Forty households were resettled at Misrata after the floods.", "Misrata"),
    ("She settled farther west at Zuwara with her two sons.", "Zuwara"),
], ids=["were-settled-at", "later-settled-on", "resettled-at", "farther-west-at"])
def test_people_settled_at_or_on_a_place_end_there(text, place):
    assert "destination" in reported_role_of(text, place)


@pytest.mark.parametrize("text, place", [
    # denied
    ("The families were never settled at Zawiya.", "Zawiya"),
    # a dispute, not people, settled there
    ("The dispute over the boat was settled at Tripoli last week.", "Tripoli"),
], ids=["never", "dispute"])
def test_a_denial_or_a_dispute_settled_is_no_destination(text, place):
    assert "destination" not in reported_role_of(text, place)


def test_a_settlement_believed_is_still_read_hedged():
    # a hedge lowers the claim, it does not move the people elsewhere nor drop the place
    assert reported_role_of("The families may have settled at Zawiya, officials believe.",
                            "Zawiya") == {"destination"}


# ---- left for work there -------------------------------------------------------------------

@pytest.mark.parametrize("text, place", [
    ("Young men from Sebha have left for seasonal work in Italy.", "Italy"),
    ("At least one man in each family went abroad for construction jobs in Malta.", "Malta"),
    ("Eleven of the pupils have left for work in Spain or Italy.", "Spain"),
], ids=["seasonal", "went-abroad-jobs", "plain-work"])
def test_people_who_left_for_work_there_end_there(text, place):
    assert "destination" in reported_role_of(text, place)


@pytest.mark.parametrize("text, place", [
    # denied
    ("Young men from Sebha have never left for work in Italy.", "Italy"),
    # a commute, not a move
    ("She left for work in Tripoli every morning before dawn.", "Tripoli"),
], ids=["never", "commute"])
def test_a_denial_or_a_commute_is_no_destination(text, place):
    assert "destination" not in reported_role_of(text, place)


# ---- sent or gone to a workplace -----------------------------------------------------------

@pytest.mark.parametrize("text, place", [
    ("Hundreds of labourers were sent on from Sebha to the olive estates near Sfax.", "Sfax"),
    ("The largest group of workers went to estates on the north coast around Zawiya.", "Zawiya"),
    ("His brother went instead to a meatworks in Misrata, where the work lasts all year.", "Misrata"),
    ("A few of the men went south to the mills of Tunis.", "Tunis"),
], ids=["sent-on-estates", "estates-on-the-coast", "meatworks", "mills-of"])
def test_people_sent_or_gone_to_a_workplace_end_in_its_town(text, place):
    assert "destination" in reported_role_of(text, place)


@pytest.mark.parametrize("text, place", [
    # money sent, not people
    ("The migrants sent money to households in Sebha every month.", "Sebha"),
    # denied
    ("Her brother was never sent to the mills of Misrata.", "Misrata"),
], ids=["money", "never"])
def test_money_sent_or_a_denial_is_no_workplace_reached(text, place):
    assert "destination" not in reported_role_of(text, place)


# ---- on to family, after two words of direction ---------------------------------------------

def test_heading_west_instead_to_relatives_ends_there():
    assert "destination" in reported_role_of(
        "Some families are heading west instead, to relatives in Zuwara.", "Zuwara")


@pytest.mark.parametrize("text", [
    # a habit of the past
    "She used to go west, to relatives in Zuwara, every summer.",
    # denied
    "None of the families went west instead, to relatives in Zuwara.",
], ids=["used-to", "none"])
def test_a_past_habit_or_a_denial_is_no_way_to_family(text):
    assert "destination" not in reported_role_of(text, "Zuwara")
