"""Roles: homes told as places most of a group had left ("Most had left X, Y or the Z region
to find work": origin.most_left). Tested with the distractors that keep it quiet: a boat's
shore, a start told by the hour, a camp, visitors, and most who did not leave.

Sentences written for these tests; geocoded by the tiny fixture gazetteer
(tests/extract_helpers.py) with its Andean places added."""

from __future__ import annotations

import pytest
from extract_helpers import reported_role_of as role_of


pytestmark = pytest.mark.usefixtures("andean_places")


# ---- origin.most_left ------------------------------------------------------------------------

@pytest.mark.parametrize("text, place", [
    ("Most had left Oruro, Potosi or Sucre to look for work on the building sites of Salta.", "Oruro"),
    ("Most had left Oruro, Potosi or Sucre to look for work on the building sites of Salta.", "Sucre"),
    ("Most left from Tarija and the town of Uyuni, crossed into Argentina at Jujuy and went on to Salta.", "Tarija"),
    ("Most of these young workers had left Cochabamba the year before.", "Cochabamba"),
])
def test_a_place_most_had_left_is_their_home(text, place):
    assert role_of(text, place) == {"origin"}


@pytest.mark.parametrize("text, place", [
    # a boat's shore: the sea crossing is launched there
    ("Most left from Oruro on small boats bound for the other bank.", "Oruro"),
    # a start told by the hour: where the trip was launched
    ("Most had left Uyuni before dawn and crossed into Argentina by noon.", "Uyuni"),
    # a camp is left, not a home
    ("Most left Tarija camp and the shelters of Sucre for Salta.", "Tarija"),
    # visitors leave a place they came to
    ("Most of the delegates left Sucre on Friday after the talks.", "Sucre"),
])
def test_a_shore_an_hour_a_camp_or_visitors_are_no_home_most_left(text, place):
    assert "origin" not in role_of(text, place)


def test_most_who_did_not_leave_name_no_home():
    assert "origin" not in role_of("Most did not leave Potosi, whatever the mayor said.", "Potosi")
