"""Classes of misses counted on written reports (issue 10, session 15): where people are moved
to a camp or a reception site (its place is their destination), where they shelter now, and
texts about asylum told in the words of its procedure (the topic gate).

Sentences written for these tests; geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import picture, roles

from geomig.picture import cues


# ------------------------------------------------------------------ moved to a camp or a site

@pytest.mark.parametrize("text", [
    "Last week the refugees were relocated to Kufra camp.",
    "The refugee families were moved by truck to Kufra camp on Friday.",
    "The survivors were taken by bus to the transit centre at Kufra.",
    "Officials said the newcomers were transferred to a reception site near Kufra.",
], ids=["named", "by-truck", "centre-at", "site-near"])
def test_people_moved_to_a_camp_end_at_its_place(text):
    assert "destination" in roles(picture(text)).get("Kufra", set())


@pytest.mark.parametrize("text", [
    # negated: nobody was moved
    "The refugees were not relocated to Kufra camp.",
    # a return to a camp is no destination
    "Police sent the migrants back to Kufra camp.",
    # a detention centre holds people: not where they went
    "The migrants were taken to the detention centre at Kufra.",
    # a plan, not a move
    "The ministry plans a new law under which refugees would be relocated to Kufra camp.",
    # a camp named after the place, no one moved there
    "Aid workers visited Kufra camp on Monday.",
    # a facility's own name ("the X reception camp") is its zone, not a place people reach
    "The families were moved by truck to the Kufra reception camp.",
    # moved there by a force: custody, not a destination
    "The migrants were moved to Kufra camp by police.",
], ids=["negated", "returned", "detention", "policy", "no-move", "facility-name", "custody"])
def test_no_destination_where_nobody_was_moved_to_a_camp(text):
    assert "destination" not in roles(picture(text)).get("Kufra", set())


# ------------------------------------------------------------------ where people shelter now

@pytest.mark.parametrize("text", [
    "The refugees are staying in the sports hall in Agadez.",
    "Hundreds of migrants are housed in hotels in Agadez while their claims are heard.",
    "Host families in Agadez are sheltering about 900 refugees.",
    "Dozens of migrants now sleep in a warehouse at Agadez.",
], ids=["staying", "housed", "host-families", "sleep"])
def test_where_people_shelter_is_a_destination(text):
    assert roles(picture(text)).get("Agadez") == {"destination"}


@pytest.mark.parametrize("text", [
    "The refugees did not sleep in Agadez.",
    "Local farmers sleep in Agadez during the harvest.",
    "The migrants were detained and housed in a police barracks in Agadez.",
], ids=["negated", "not-migrants", "custody"])
def test_no_destination_where_nobody_shelters(text):
    assert "destination" not in roles(picture(text)).get("Agadez", set())


def test_a_shelter_on_the_way_is_a_stop_when_people_set_off_from_its_country():
    found = roles(picture("The migrants are staying in a warehouse in Sebha. "
                          "Boats carrying migrants sailed from Zuwara to Lampedusa."))
    assert found.get("Sebha") == {"transit"}


# ------------------------------------------------------------------ the topic gate

LONG_FILLER = " ".join(["The town council met on Monday to discuss the budget for roads and schools."] * 14)


@pytest.mark.parametrize("words", [
    "Most people applying for international protection now arrive by coach. Officers found eight "
    "passengers who had no documents allowing them to stay.",
    "More than 1,800 people have crossed from the other bank since Saturday. They are fleeing "
    "the fighting.",
], ids=["asylum-procedure", "counted-crossing"])
def test_asylum_told_in_procedure_words_is_about_migration(words):
    assert cues.default().on_topic(LONG_FILLER + " " + words)


@pytest.mark.parametrize("words", [
    "The runners crossed from one bank to the other. Signing no documents, the clubs agreed.",
    "A tribunal gave international recognition to the treaty. Several teams crossed into the park.",
], ids=["race", "treaty"])
def test_other_crossings_and_papers_are_not(words):
    assert not cues.default().on_topic(LONG_FILLER + " " + words)


# ------------------------------------------------------------------ where people come from

@pytest.mark.parametrize("text, places", [
    ("Most of the migrants came from villages in Senegal and Nigeria.", ["Senegal", "Nigeria"]),
    ("The refugees come mainly from the east of Sudan, around Kufra.", ["Kufra"]),
    ("Most people who asked for asylum in Italy last year came from Eritrea and Sudan.", ["Eritrea", "Sudan"]),
    ("They are fleeing fighting between the army and armed groups around Sebha.", ["Sebha"]),
    ("Many refugees had been displaced twice inside Libya, from Sebha or Kufra.", ["Sebha", "Kufra"]),
    ("The migrants, who gave their nationalities as Nigerian and Eritrean, were detained.", ["Nigeria", "Eritrea"]),
], ids=["villages-in", "around", "relative-clause", "fighting-around", "displaced-from", "nationalities-as"])
def test_where_people_come_from_is_their_origin(text, places):
    found = roles(picture(text))
    assert all("origin" in found.get(p, set()) for p in places), found


@pytest.mark.parametrize("text, place", [
    ("The migrants did not come from villages in Senegal.", "Senegal"),
    ("The boats carrying migrants came from the coast of Libya.", "Libya"),
    ("Most migrants who landed in Lampedusa were rescued after leaving Tunisia.", "Tunisia"),
    ("The traders come mainly from villages in Senegal to sell cloth.", "Senegal"),
], ids=["negated", "boats-leave", "departure", "not-migrants"])
def test_no_origin_where_the_text_gives_none(text, place):
    assert "origin" not in roles(picture(text)).get(place, set())


# ------------------------------------------------------------------ resettled in countries named as examples

@pytest.mark.parametrize("text", [
    "About 900 refugees have been resettled in third countries, including Italy and Malta.",
    "Many refugees have left for resettlement in other countries such as Italy and Malta.",
], ids=["third-countries", "such-as"])
def test_countries_of_resettlement_are_destinations(text):
    found = roles(picture(text))
    assert found.get("Italy") == {"destination"} and found.get("Malta") == {"destination"}


@pytest.mark.parametrize("text", [
    "The refugees were not resettled in third countries, including Italy.",
    "Officials discussed the resettlement scheme with third countries, including Italy.",
], ids=["negated", "talks"])
def test_no_destination_without_a_resettlement_there(text):
    assert "destination" not in roles(picture(text)).get("Italy", set())
