"""Which place a force holds and as what (session 18, a user's trial): a force a "where"
clause places at X holds X, not its country; police who arrest people where the sentence
names no border keep order for the government there, no border control.

Sentences written for these tests; geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import picture, zones

CONTEXT = "Hundreds of Eritrean migrants reached Lampedusa from Sfax this week. "


@pytest.mark.parametrize("text", [
    CONTEXT + "The migrants reached Zuwara, a fishing town in the west, where Libya's border service registers them.",
    CONTEXT + "They walked to Zuwara, the last town before the sea, where Libyan border guards screen them.",
    # a distractor country in the apposition
    CONTEXT + "They reached Zuwara, a town far from Tunisia, where Libya's border service processes them.",
], ids=["service", "guards", "distractor"])
def test_a_force_placed_by_a_where_clause_holds_that_place(text):
    found = zones(picture(text))
    assert ("border", "Zuwara") in found
    assert not any(place in ("Libya", "Tunisia") for _, place in found)


@pytest.mark.parametrize("text", [
    CONTEXT + "Tunisian police arrested four smugglers in Zuwara on Sunday.",
    CONTEXT + "Police said they had detained two suspected smugglers in Zuwara.",
], ids=["arrested", "hedged"])
def test_police_where_no_border_is_named_hold_the_place_for_the_government(text):
    found = zones(picture(text))
    assert ("government", "Zuwara") in found
    assert ("border", "Zuwara") not in found


@pytest.mark.parametrize("text", [
    CONTEXT + "Libyan police arrested four smugglers at the border near Zuwara.",
    CONTEXT + "Libyan border guards arrested four smugglers in Zuwara.",
], ids=["police-at-border", "border-guards"])
def test_a_border_named_or_border_guards_keep_a_border_zone(text):
    assert ("border", "Zuwara") in zones(picture(text))


@pytest.mark.parametrize("text, expected", [
    # the smugglers named after the place, or the smugglers' own boat crossings (session 20)
    (CONTEXT + "Police in Zuwara arrested two men suspected of people smuggling.", ("government", "Zuwara")),
    (CONTEXT + "Police arrested two smugglers in Zuwara suspected of organising boat crossings.",
     ("government", "Zuwara")),
    # distractors: people arrested for crossing, migrants arrested with the smugglers
    (CONTEXT + "Police in Zuwara arrested two men suspected of crossing illegally.", ("border", "Zuwara")),
    (CONTEXT + "Police in Zuwara arrested 40 migrants and two smugglers.", ("border", "Zuwara")),
    # a border crossing named
    (CONTEXT + "Police arrested two smugglers at the Zuwara border crossing.", ("border", "Zuwara")),
], ids=["suspected-of-smuggling", "boat-crossings", "crossing-illegally", "migrants-too", "border-crossing"])
def test_police_who_arrest_smugglers_named_after_the_place(text, expected):
    assert expected in zones(picture(text))
