"""Control zones: "the island's X" is the island, not a mainland city named just before; a labour
camp is no reception camp; a crossing people walked around, with no force named, is no border
force's post.

Sentences written for these tests; geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import picture


def _zones(text: str) -> set[tuple[str, str]]:
    """(place, control) of every control zone of a text's picture."""
    return {(z.properties["place"], z.properties["control"]) for z in picture(text).by_role("control_zone")}


# ------------------------------------------------------------------------------ "the island"

@pytest.mark.parametrize("text, expected", [
    # the island named sentences before, not the mainland city named in the same sentence
    ("Sudanese refugees landed on Lampedusa in May. The sea had been calm. Nobody was hurt. "
     "Leaving Benghazi took them two days, she said, waiting outside the reception centre in "
     "the island's east.", {("Lampedusa", "reception")}),
    # an island named close before still wins (distractor: unchanged reading)
    ("Sudanese refugees landed on Lesbos in May. From Benghazi it took a week, she said, waiting "
     "outside the reception centre in the island's south.", {("Lesbos", "reception")}),
], ids=["island-far-back", "island-close"])
def test_the_island_is_an_island(text, expected):
    assert _zones(text) == expected


def test_the_island_with_no_island_in_the_text_is_no_zone():
    text = ("Sudanese refugees reached Tunisia in May. From Benghazi it took a week, she said, "
            "waiting outside the reception centre in the island's south.")
    assert _zones(text) == set()


def test_the_town_still_points_back_to_a_mainland_town():
    # distractor: only "the island" wants an island
    text = "Sudanese refugees were taken from Benghazi to Sfax, where they were held at the port in the town's old harbour."
    assert ("Sfax", "detention") in _zones(text)


# ------------------------------------------------------------------------------ workers' camps

@pytest.mark.parametrize("words", ["a labour camp", "a workers' camp", "a construction camp"])
def test_a_workers_camp_is_no_reception_or_custody_zone(words):
    text = f"Sudanese refugees reached Malta from Misrata this week. Many had first spent a year in {words} in Sebha."
    assert not any(place == "Sebha" for place, _ in _zones(text))


@pytest.mark.parametrize("words, control", [
    ("spent a year in a refugee camp", "reception"),           # distractor: a camp that takes people in
    ("been held for a year in a forced labour camp", "detention"),  # custody, not lodging
    ("been sent to a labour camp", None),                       # sent there: a zone still
], ids=["refugee-camp", "forced-labour", "sent-to-labour-camp"])
def test_other_camps_keep_their_zone(words, control):
    text = f"Sudanese refugees reached Malta from Misrata this week. Many had first {words} in Sebha."
    assert any(place == "Sebha" and control in (None, kind) for place, kind in _zones(text))


# ------------------------------------------------------------------------------ gone round

def test_a_crossing_people_walked_around_with_no_force_named_is_no_zone():
    text = "Sudanese refugees reached Lampedusa this month. They had entered Tunisia by walking round the official crossing near Sfax."
    assert _zones(text) == set()


@pytest.mark.parametrize("text", [
    # distractor: people went through the crossing
    "Sudanese refugees reached Lampedusa this month. They had entered Tunisia through the official crossing near Sfax.",
    # a manned post they went round stands there all the same
    "Sudanese refugees reached Lampedusa this month. They had walked around the police checkpoint near Sfax.",
], ids=["through", "manned-post"])
def test_a_crossing_used_or_manned_keeps_its_zone(text):
    assert any(place == "Sfax" for place, _ in _zones(text))
