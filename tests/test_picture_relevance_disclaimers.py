"""A report someone could not verify gives no role (relevance.no_role, [settings]
unconfirmed_next), left from the thirty-seventh session's review: the newswire's disclaimer as a
sentence of its own, a long name of the one who could not verify, and a video or footage (of
images told of) as what could not be verified, not a count; each beside a sentence that keeps its role (another fact
unverified, a disclaimer two sentences on, a disclaimer of something else). Sentences written for
these tests, geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import role_of


@pytest.mark.parametrize("text, place", [
    ("Survivors said the boat left Zuwara on Monday. Reuters was unable to verify their accounts.", "Zuwara"),
    ("Two dinghies reached Lampedusa from Sfax overnight, fishermen said. The claims could not be "
     "independently verified.", "Sfax"),
    ("A smuggler said forty men had walked from Sebha to Chad; the Norwegian Refugee Council could not "
     "verify the claims.", "Chad"),
    ("Families were filmed crossing into Chad from Sudan. The footage could not be verified.", "Chad"),
    ("Survivors said the boat left Zuwara on Monday. Their accounts could not be verified.", "Zuwara"),
    ("A clip shows men leaving Zawiya in a rubber boat; the video could not be independently verified.",
     "Zawiya"),
], ids=["own-sentence", "own-sentence-passive", "four-word-subject", "footage", "their-accounts", "video"])
def test_a_report_the_next_sentence_or_clause_leaves_unverified_gives_no_role(text, place):
    assert not role_of(text, place)


@pytest.mark.parametrize("text, place", [
    # another fact unverified, in a sentence of its own
    ("Survivors said the boat left Zuwara on Monday. Police could not confirm the death toll.", "Zuwara"),
    # the disclaimer two sentences on speaks of the sentence before it only
    ("Survivors said the boat left Zuwara on Monday. A second boat was seen off Sabratha. Reuters was "
     "unable to verify the accounts.", "Zuwara"),
    # a hedge, no disclaimer: the report stands
    ("Survivors said the boat probably left Zuwara on Monday. Reuters spoke to six of them.", "Zuwara"),
    # a count unverified, not the place people reached or left
    ("About 400 migrants reached Lampedusa on Sunday. The figures could not be verified.", "Lampedusa"),
    ("Some 60 people left Zuwara on Monday. Reuters was unable to verify the figures.", "Zuwara"),
    # images unverified where no image was told of
    ("Some 60 people left Zuwara on Monday and reached Lampedusa. Reuters could not verify the images.",
     "Lampedusa"),
], ids=["other-fact", "two-sentences-on", "hedge-only", "figures-arrived", "figures-left", "images-untold"])
def test_a_report_no_disclaimer_reaches_keeps_its_role(text, place):
    assert role_of(text, place)
