"""Control zones: a place in a clause before "but" is not where a force acts; a force that stops
people on their way to a town acts at the town, not over its whole country; guards taking people
to a guarded centre hold a detention, not their border (and do not act again at a town passed
before); a camp's operator the text names is the camp's actor, not "camp authorities"; a building
made into a shelter takes people in.

Sentences written for these tests; geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import picture

CONTEXT = "Eritrean migrants told us about their journey across the desert. "


def _zones(text: str) -> set[tuple[str, str]]:
    """(place, control) of every control zone of a text's picture, told after CONTEXT."""
    return {(z.properties["place"], z.properties["control"])
            for z in picture(CONTEXT + text).by_role("control_zone")}


def _zone(text: str, place: str):
    """The control zone at a place in a text's picture, told after CONTEXT, or None."""
    return next((z for z in picture(CONTEXT + text).by_role("control_zone") if z.properties["place"] == place), None)


# ------------------------------------------------------------------------------ "..., but"

@pytest.mark.parametrize("text", [
    "One man said he had hoped to earn enough in Libya to study in Italy, but he was arrested by Libyan police in Misrata in June.",
    "She wanted to join her sister in Italy, yet she was stopped by Tunisian police near Sfax.",
], ids=["but", "yet"])
def test_a_place_before_but_is_not_where_the_force_acts(text):
    assert not any(place == "Italy" for place, _ in _zones(text))


def test_the_force_still_acts_at_the_place_it_is_told_at():
    text = "One man said he had hoped to study in Italy, but he was arrested by Libyan police in Misrata in June."
    assert ("Misrata", "border") in _zones(text)


def test_a_place_first_passive_keeps_its_zone():
    # distractor: the place opens the clause the force acts in
    assert any(place == "Misrata" for place, _ in _zones("In Misrata, forty people were arrested by Libyan police in June."))


def test_a_place_first_passive_denied_or_hedged():
    assert not any(place == "Italy" for place, _ in _zones(
        "He hoped to reach Italy, but he was not stopped by Libyan police in Misrata."))
    z = _zone("In Misrata, forty people may have been arrested by Libyan police in June.", "Misrata")
    assert z is not None and z.properties["hedged"]


# ------------------------------------------------------------------------------ on the way to a town

@pytest.mark.parametrize("text", [
    "They walked for a day towards Zawiya before Libyan police stopped them on a farm road.",
    "The group was driving toward the town of Zawiya when Libyan soldiers fired on the van.",
], ids=["before", "when"])
def test_a_force_that_stops_people_on_their_way_to_a_town_acts_there(text):
    assert {place for place, _ in _zones(text)} == {"Zawiya"}


def test_a_place_the_force_takes_people_towards_is_not_its_place():
    # distractor: "towed the boat towards X, where ...": where the force takes them, not its place
    assert not any(place == "Zawiya" for place, _ in _zones(
        "Libyan soldiers towed the boat towards Zawiya, where the migrants were released."))


def test_a_town_reached_before_is_not_where_the_force_acts():
    # "and reached X, before guards ...": a stop on the way, not the guards' place
    text = "They walked for two days and reached Zuwara, before Libyan border guards took them to the guarded centre in Tripoli."
    assert _zones(text) == {("Tripoli", "detention")}


def test_a_force_stopping_people_on_their_way_denied_or_hedged():
    assert not _zones("They walked for a day towards Zawiya, and Libyan police did not stop them.")
    z = _zone("Reportedly, they walked for a day towards Zawiya before Libyan police stopped them.", "Zawiya")
    assert z is None or z.properties["hedged"]


def test_a_force_between_two_towns_keeps_both():
    # distractor: "between X and Y" still places the force at both
    assert {place for place, _ in _zones("Libyan border guards patrol between Zuwara and Tripoli.")} == {"Zuwara", "Tripoli"}


# ------------------------------------------------------------------------------ a guarded centre

@pytest.mark.parametrize("words", ["the guarded centre", "a closed camp", "a detention centre"])
def test_guards_taking_people_to_a_centre_of_custody_is_detention(words):
    text = f"Libyan border guards took them to {words} in Tripoli."
    assert _zones(text) == {("Tripoli", "detention")}


def test_guards_taking_people_to_a_hotel_stay_a_border_force():
    # distractor: no facility of custody named
    assert _zones("Libyan border guards took them to a hotel in Tripoli.") == {("Tripoli", "border")}


def test_guards_taking_people_to_a_guarded_centre_denied_or_hedged():
    assert ("Tripoli", "detention") not in _zones("Libyan border guards never took them to the guarded centre in Tripoli.")
    z = _zone("Libyan border guards reportedly took them to the guarded centre in Tripoli.", "Tripoli")
    assert z is not None and z.properties["control"] == "detention"


# ------------------------------------------------------------------------------ the camp's operator

@pytest.mark.parametrize("text, actor", [
    ("The International Organization for Migration runs a transit centre in Agadez.",
     "International Organization for Migration"),
    ("The UN refugee agency operates two shelters near Sfax.", "UN refugee agency"),
    ("The Norwegian Refugee Council has opened a reception centre in Agadez.", "Norwegian Refugee Council"),
], ids=["iom", "un-agency", "council"])
def test_a_camp_operator_named_is_its_actor(text, actor):
    z = next(iter(picture(CONTEXT + text).by_role("control_zone")))
    assert (z.properties["control"], z.properties["actor"]) == ("reception", actor)


def test_a_camp_with_no_operator_named_keeps_camp_authorities():
    # distractor: a capitalised subject that runs no camp ("In May the ...")
    z = _zone("In May the transit centre in Agadez was full.", "Agadez")
    assert z is not None and z.properties["actor"] == "camp authorities"


def test_a_camp_operator_that_runs_none_there():
    # denied: no camp at all; hedged: the camp, hedged
    assert not any(place == "Agadez" and kind == "reception" for place, kind in _zones(
        "The International Organization for Migration does not run a transit centre in Agadez."))
    z = _zone("The International Organization for Migration reportedly runs a transit centre in Agadez.", "Agadez")
    assert z is not None and z.properties["actor"] == "International Organization for Migration"


# ------------------------------------------------------------------------------ made into a shelter

@pytest.mark.parametrize("text, actor", [
    ("They were placed in a warehouse at Tripoli, which Libyan authorities turned into a shelter for 2,000 migrants.",
     "Libyan authorities"),
    ("Families slept in a sports hall in Sfax that the municipality converted into an emergency shelter.", None),
], ids=["warehouse", "hall"])
def test_a_building_made_into_a_shelter_takes_people_in(text, actor):
    place = "Tripoli" if "Tripoli" in text else "Sfax"
    z = _zone(text, place)
    assert z is not None and z.properties["control"] == "reception"
    assert actor is None or z.properties["actor"] == actor


@pytest.mark.parametrize("text", [
    "The old warehouse at Tripoli, which the authorities turned into a market, was busy.",
    "Families slept in a church hall in Sfax that volunteers have turned into a shelter.",
], ids=["market", "volunteers"])
def test_a_building_made_into_something_else_or_by_volunteers_is_no_control(text):
    # distractors: a warehouse made into a market; a shelter no authority runs
    assert not _zones(text)


def test_a_building_made_into_a_shelter_denied_or_hedged():
    assert ("Tripoli", "reception") not in _zones(
        "The warehouse at Tripoli, which Libyan authorities never turned into a shelter, stood empty.")
    z = _zone("They said a warehouse at Tripoli, which Libyan authorities reportedly turned into a shelter, held 300.",
              "Tripoli")
    assert z is None or z.properties["hedged"]
