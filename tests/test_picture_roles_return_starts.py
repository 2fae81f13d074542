"""The place a return starts from is the destination of its people's earlier journey where the
text says they had stayed there and gives it no other role (roles._return_starts_stayed). A
place left the day people landed, a state named for its government, or a home people were sent
back to plays no new role, and the start of a return is still no origin.

Sentences written for these tests; geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import picture, roles


@pytest.mark.parametrize("text, place", [
    # a stay told in the next sentence
    ("Forty Eritreans were deported from Egypt on Monday. They had been detained in Egypt for months.", "Egypt"),
    # ... or in the sentence before, in a town inside the country
    ("The men were held for months in a centre in Tripoli. On Friday they were deported from Libya.", "Libya"),
    # a stay said to end with the return
    ("The Nigerian migrant came home from Italy in June after fourteen years.", "Italy"),
    ("The Sudanese men were deported from Egypt, where they had worked on farms since 2019.", "Egypt"),
    # the people returned named as workers
    ("Two hundred Nigerian workers deported from Libya reached the border on Friday.", "Libya"),
    # a stay "there" told right after the return, of every start it lists
    ("Forty Eritrean migrants deported from Tripoli and Benghazi reached the border on Monday. "
     "Most had lived there for years.", "Benghazi"),
], ids=["detained-next-sentence", "held-in-a-town-inside", "after-years", "where-they-worked", "workers",
        "lived-there"])
def test_a_return_from_where_people_stayed_starts_at_their_destination(text, place):
    assert roles(picture(text)).get(place) == {"destination"}


@pytest.mark.parametrize("text, place", [
    # left the day they landed: no stay
    ("Forty Eritreans were deported from Egypt the day they landed.", "Egypt"),
    # the state as its government: no "from"
    ("Rome deported 40 Tunisians last week. They had worked in Italy for years.", "Rome"),
    # a stay denied
    ("Forty Eritreans were deported from Egypt on Monday. They had never been detained in Egypt.", "Egypt"),
    # a removal denied
    ("The Sudanese men, who had been held in Tripoli for months, were never deported from Libya.", "Libya"),
    # the stay told far from the return
    ("Forty Eritreans were deported from Egypt on Monday. They were put on a plane. "
     "It landed at night. Relatives waited outside. Some said the men had been detained in Egypt.", "Egypt"),
    # a border only reached
    ("Forty Eritreans who had been held in Sudan were sent back from the Libyan border.", "Libya"),
    # aid workers are no migrants who had worked there
    ("Ten Nigerian aid workers deported from Libya reached the border on Friday.", "Libya"),
    # "there" denied, or after a return that ends at a place named ("there" is that place)
    ("Forty Eritrean migrants were deported from Tripoli on Monday. None had ever lived there.", "Tripoli"),
    ("Forty Eritrean migrants were deported from Tripoli to Niger on Monday. Most had lived there as children.",
     "Tripoli"),
], ids=["the-day-they-landed", "government", "stay-denied", "removal-denied", "stay-far-away", "border",
        "aid-workers", "there-denied", "there-after-an-end"])
def test_no_destination_where_no_stay_is_told_of_the_return_start(text, place):
    assert "destination" not in roles(picture(text)).get(place, set())


def test_a_home_people_were_sent_back_to_is_unchanged():
    text = ("Nigerians who had been held in Tripoli were deported from Libya to Nigeria, "
            "where they had lived as children.")
    assert "destination" not in roles(picture(text)).get("Nigeria", set())


def test_the_start_of_a_return_is_no_origin():
    text = "Forty Eritreans were deported from Egypt on Monday. They had been detained in Egypt for months."
    assert "origin" not in roles(picture(text)).get("Egypt", set())


def test_a_place_with_another_role_keeps_it():
    text = ("The boat left Zuwara on Monday and reached Lampedusa. Later the Tunisians were deported from "
            "Lampedusa, and others who had been held in Zuwara came back from Zuwara.")
    assert roles(picture(text)).get("Zuwara") == {"launch_point"}
