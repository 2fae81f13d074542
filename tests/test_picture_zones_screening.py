"""Control zones where officials screen, check or register people at a crossing, where a
force acts off a coast named by its country's adjective, and camps a later clause does not
move (the [[control]] entries control.screened_at, control.off_national_coast and
control.camp of cues.toml), on sentences written for these tests.

Documents are geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import picture, zones


def _zone(text: str, place: str):
    """The control zone feature over a place in the picture of a text (None if none)."""
    return next((f for f in picture(text).by_role("control_zone") if f.properties["place"] == place), None)


# ------------------------------------------------------------- officials at a crossing

@pytest.mark.parametrize("text, place", [
    # a place opening the sentence, then the officials and what they do there
    ("Refugees keep arriving from Libya. At Sfax, Tunisian immigration officers check the papers "
     "of every family before the buses leave.", "Sfax"),
    ("Families cross the desert from Chad. At Agadez, the Migration Service (MS) screens and registers "
     "new arrivals with UN support.", "Agadez"),
    # the officials placed by "at X" before their verb
    ("Officers at Kufra fingerprinted the refugees and sent them on by truck.", "Kufra"),
    ("Border officials at Sebha are checking papers while refugees wait in the heat.", "Sebha"),
    # a passive with the officials after "by"
    ("Every refugee is screened by soldiers and customs officers at Agadez.", "Agadez"),
], ids=["at-x-officers-check", "at-x-agency-screens", "officers-at-x-registered",
        "officials-at-x-checking", "screened-by-at-x"])
def test_officials_screening_people_at_a_place_control_it(text, place):
    assert ("border", place) in zones(picture(text))


def test_screening_at_each_place_listed():
    text = "Each migrant family is screened by soldiers and customs officers at Sfax and at Tunis."
    found = zones(picture(text))
    assert {("border", "Sfax"), ("border", "Tunis")} <= found


def test_officials_at_a_crossing_hold_that_place_not_their_whole_country():
    text = "Refugees keep arriving. At Sfax, Tunisian border police check the papers of every family."
    found = zones(picture(text))
    assert ("border", "Sfax") in found
    assert not {z for z in found if z[1] == "Tunisia"}
    assert _zone(text, "Sfax").properties["actor"] == "Tunisian border police"


@pytest.mark.parametrize("text", [
    # the officials only speak there
    "Refugees keep arriving. At Sfax, Tunisian immigration officers said the numbers had doubled.",
    # the place opens the sentence, but nobody checks anyone
    "Refugees keep arriving. At Sfax, the families waited for a bus to Tunis.",
    # a check of something other than people, by no official
    "Refugees keep arriving. Volunteers at Sfax registered a charity to hand out food.",
], ids=["officials-speak", "no-officials", "no-official-force"])
def test_no_screening_without_officials_acting_on_people(text):
    assert ("border", "Sfax") not in zones(picture(text))


def test_screening_the_text_denies_is_negated():
    text = "Refugees keep arriving. At Sfax, Tunisian immigration officers did not check anyone's papers."
    zone = _zone(text, "Sfax")
    assert zone is None or all(c["negated"] for c in zone.properties["claims"]
                               if c["cue"] == "control.screened_at")


# --------------------------------------------------------- off a country's coast

@pytest.mark.parametrize("text", [
    "A boat with 60 migrants was intercepted off the Libyan coast on Sunday.",
    "The dinghy with 40 migrants was spotted by a patrol plane off the Tunisian coast and escorted to Lampedusa.",
], ids=["intercepted-off-libyan-coast", "spotted-off-tunisian-coast"])
def test_a_force_acting_off_a_national_coast_controls_that_sea(text):
    found = zones(picture(text))
    assert ("coastguard", "Libya" if "Libyan" in text else "Tunisia") in found


def test_a_charity_rescue_off_a_coast_is_no_control():
    text = "A charity's rescue ship picked up 60 migrants off the Libyan coast on Sunday."
    assert not {z for z in zones(picture(text)) if z[1] == "Libya"}


def test_a_coast_only_named_as_a_journey_is_no_control():
    text = "The migrants sailed along the Libyan coast for two days before reaching Lampedusa."
    assert not {z for z in zones(picture(text)) if z[1] == "Libya"}


# ------------------------------------------------------- camps and a later clause

def test_a_camp_is_not_at_the_place_of_a_later_clause():
    text = ("Eritrean refugees were fed at the transit camp before they moved on to Tunis and Sfax.")
    found = zones(picture(text))
    assert not {z for z in found if z[1] in ("Tunis", "Sfax")}


def test_a_camp_near_a_town_is_still_there():
    assert ("reception", "Agadez") in zones(picture("Refugees live in a camp near Agadez after the journey."))


def test_a_countrys_name_inside_the_officials_words():
    text = "Refugees arrive daily. Tunisian border officials and Libya's police are checking papers at Sfax."
    assert ("border", "Sfax") in zones(picture(text))


# ------------------------------------------------------------- crossings a state closes

def test_crossings_a_state_closes_are_each_a_border_zone():
    text = ("Migrants kept arriving. Tunisia shut its border crossings with Libya in March, "
            "among them Sfax and Tunis.")
    found = zones(picture(text))
    assert {("border", "Sfax"), ("border", "Tunis"), ("border", "Tunisia")} <= found


@pytest.mark.parametrize("text", [
    "Migrants kept arriving. Tunisian police closed the Sfax crossing for a week.",
    "Migrants kept arriving. The government closed the Sfax border crossing on Friday.",
], ids=["police-closed-the-x-crossing", "closed-the-x-border-crossing"])
def test_a_named_crossing_closed_is_a_border_zone(text):
    assert ("border", "Sfax") in zones(picture(text))


def test_a_crossing_not_closed_is_negated():
    text = "Migrants kept arriving. The government did not close the Sfax border crossing on Friday."
    zone = _zone(text, "Sfax")
    assert zone is None or all(c["negated"] for c in zone.properties["claims"])


def test_a_closed_crossing_in_other_news_is_no_zone():
    # no migration in the text: the topic gate keeps the cue silent
    assert not zones(picture("The council closed the Sfax crossing of the river for repairs to the bridge."))


# ------------------------------------------------------------- who sends people back

def test_people_sent_back_across_a_border_are_not_that_countrys_sealing():
    text = "Migrants from Libya have been sent back over the border by soldiers this week."
    assert not {z for z in zones(picture(text)) if z[1] == "Libya"}


def test_a_country_sending_police_to_its_border_still_seals_it():
    text = "Tunisia has sent more police to its border to stop migrants."
    assert {z for z in zones(picture(text)) if z[1] == "Tunisia"}


# ------------------------------------------------------------- civilians who find a boat

@pytest.mark.parametrize("text", [
    "The migrants' boat was sighted by a container ship some 40 miles south of Lampedusa.",
    "A dinghy with 40 migrants was rescued by fishermen near Lampedusa.",
], ids=["container-ship", "fishermen"])
def test_a_boat_found_by_civilians_is_no_control(text):
    assert not {z for z in zones(picture(text)) if z[1] == "Lampedusa" and z[0] == "coastguard"}


def test_a_boat_found_by_the_coastguard_is_control():
    text = "The migrants' boat was sighted by the coastguard some 40 miles south of Lampedusa."
    assert ("coastguard", "Lampedusa") in zones(picture(text))

