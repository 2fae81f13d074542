"""Role precision (relevance.no_role): a question that asks whether people will or would go
asserts no move, and a nationality that names a people or a lineage ("ethnic X", "of X
descent") names no country left. A question on how or why people moved, on a stay, or one put
to someone on what they know, keeps its place. Sentences written for these tests, geocoded by the tiny fixture gazetteer
(tests/extract_helpers.py)."""

from __future__ import annotations

import re

import pytest
from extract_helpers import reported_role_of, role_of

from geomig.picture import cues


@pytest.mark.parametrize("text, place", [
    ("Q: Do you think of leaving Tunisia?", "Tunisia"),
    ("Why not go overland, through Niger and Chad?", "Niger"),
    ("Do they want to go to Spain?", "Spain"),
    ("PRESENTER: Madame Amal, would you cross to Lampedusa?", "Lampedusa"),
], ids=["think-of-leaving", "why-not", "want-to-go", "would-you-cross"])
def test_a_question_of_whether_gives_no_role(text, place):
    assert not role_of(text, place)


@pytest.mark.parametrize("text, place", [
    ("Q: How did you reach Malta?", "Malta"),
    ("Why did you leave Tripoli?", "Tripoli"),
    ("Is the minister aware that 300 migrants crossed from Libya to Lampedusa last week?", "Lampedusa"),
    ("Did everyone stay in Sfax before the crossing to Lampedusa?", "Sfax"),
    ("They stayed in Malta for a year, and will you believe it, nobody asked for their papers.", "Malta"),
], ids=["how-did-you-reach", "why-did-you-leave", "aware-that", "did-everyone-stay", "statement"])
def test_a_question_of_how_and_a_statement_keep_the_role(text, place):
    assert role_of(text, place)


@pytest.mark.parametrize("sentence, asks", [
    ("Q: Do you think of leaving X?", True),
    ("HOST: Madame Y, would you go back to X?", True),
    ("Why not go through X?", True),
    ("HOST: And will you stay in X?", False),
    ("Do people stay in X?", False),
    ("Did they leave X?", False),
    ("How did you first get to X?", False),
    ("Where do people go from X?", False),
    ("Your son lives in X?", False),
    ('"Do you want to go to X?" he asked, and she nodded.', False),
])
def test_which_questions_assert_nothing(sentence, asks):
    rx = cues.setting_rx(cues.default(), "unasserted_question", re.I)
    assert bool(rx.search(sentence)) is asks


@pytest.mark.parametrize("text, place", [
    ("Some 300 ethnic Egyptian families crossed from Libya into Tunisia.", "Egypt"),
    ("Families of Eritrean descent crossed from Libya to Italy.", "Eritrea"),
    ("Sudanese families of Nigerian ancestry crossed from Chad into Libya.", "Nigeria"),
], ids=["ethnic", "descent", "ancestry"])
def test_a_people_or_a_lineage_names_no_origin(text, place):
    assert "origin" not in reported_role_of(text, place)


@pytest.mark.parametrize("text, place", [
    ("Some 300 Egyptian families crossed from Libya into Tunisia.", "Egypt"),
    ("Eritrean families crossed from Libya to Italy.", "Eritrea"),
    ("Sudanese families of Nigerian ancestry crossed from Chad into Libya.", "Sudan"),
], ids=["nationals", "families", "own-nationality-beside-ancestry"])
def test_a_nationality_of_movers_stays_an_origin(text, place):
    assert "origin" in reported_role_of(text, place)
