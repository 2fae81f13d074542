"""A town's own police acting (control.town_police: "Sfax police arrested 30 migrants") holds
that town, as "police in X arrested them" does; and "At X the officers checked every paper"
reads as "At X, the officers ..." (control.screened_at with no comma). Session 40.

Sentences written for these tests; geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import picture, zones

CONTEXT = "Hundreds of Eritrean migrants reached Lampedusa from Libya this week. "


def _zones(text: str) -> set[tuple[str, str]]:
    return zones(picture(CONTEXT + text))


# ------------------------------------------------------------------------------ control.town_police

@pytest.mark.parametrize("text", [
    "Sfax police arrested 30 migrants on Monday.",
    "Sfax municipal police stopped a group of Eritreans on their way to the port.",
    "Agadez gendarmes turned back 40 people on the road north.",
    "Sfax police said they had detained 12 people from Sudan.",
    # hedged: still a zone
    "Sfax police reportedly detained 12 people from Sudan.",
], ids=["arrested", "municipal", "gendarmes", "said-they", "hedged"])
def test_a_town_police_acting_on_people_holds_its_town(text):
    found = _zones(text)
    place = "Agadez" if "Agadez" in text else "Sfax"
    assert any(p == place for _, p in found), found


@pytest.mark.parametrize("text, place", [
    ("Sfax police said the migrants had left from Zuwara.", "Sfax"),    # it speaks
    ("A fishing crew alerted Sfax police on Monday.", "Sfax"),          # no act of its
    ("The Sfax police did not arrest anyone.", "Sfax"),                 # denied
    ("Migrants from Sfax police stations were moved to Tunis.", "Sfax"),  # no force acting
], ids=["speaks", "alerted", "denied", "no-act"])
def test_a_town_police_that_does_not_act_there_holds_no_zone(text, place):
    assert not any(p == place for _, p in _zones(text))


def test_a_town_police_arresting_smugglers_keeps_order_for_the_government():
    found = _zones("Sfax police arrested four smugglers on Sunday.")
    assert ("government", "Sfax") in found
    assert ("border", "Sfax") not in found


# ------------------------------------------------------- control.screened_at: "At X the officers ..."

@pytest.mark.parametrize("text, place", [
    ("At Pozzallo the Italian officers checked every paper.", "Pozzallo"),
    ("At Sfax Tunisian police registered them and took their fingerprints.", "Sfax"),
], ids=["the-officers", "demonym-police"])
def test_a_place_opening_the_sentence_without_a_comma_is_where_officials_act(text, place):
    assert any(p == place for _, p in _zones(text))


@pytest.mark.parametrize("text", [
    "At Sfax the port was closed for the holiday.",
    "At Sfax the weather was warm and the police were calm.",
], ids=["no-force", "no-act"])
def test_a_place_opening_the_sentence_without_officials_acting_holds_no_zone(text):
    assert not any(p == "Sfax" for _, p in _zones(text))
