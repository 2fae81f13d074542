"""Seasons of work counted, two or more, are a seasonal worker's years: where the work was is
where the migrant went ("worked for six seasons on building sites in X", "spent several seasons on
farms near Y": cues.toml SEASONS in destination.labour and destination.work_history). Not one
season (a stay on the way as often as a goal), nor a local at work in his own country.

Sentences written for these tests; geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import picture, roles

_OPENING = "Thousands of Tunisian migrant workers leave for Italy each year, the labour ministry said. "


@pytest.mark.parametrize("text, place", [
    (_OPENING + "Her husband worked for six seasons on building sites in Sicily and came home in March.",
     "Sicily"),
    (_OPENING + "He worked eight seasons on farms in Lampedusa under the seasonal programme.", "Lampedusa"),
    (_OPENING + "A neighbour spent several seasons on farms near Pozzallo.", "Pozzallo"),
], ids=["worked-for-seasons", "worked-seasons", "spent-seasons"])
def test_seasons_of_work_make_a_destination(text, place):
    assert "destination" in roles(picture(text)).get(place, set())


@pytest.mark.parametrize("text, place", [
    (_OPENING + "Another worked one season on a farm in Rome.", "Rome"),
    (_OPENING + "An Italian foreman has worked six seasons on farms in Sicily.", "Sicily"),
], ids=["one-season", "local-worker"])
def test_one_season_or_a_local_makes_none(text, place):
    assert "destination" not in roles(picture(text)).get(place, set())
