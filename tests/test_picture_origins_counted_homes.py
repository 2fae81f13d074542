"""Roles: where people come from, told as the villages around a place after a move that names
its end or its time first ("had come to X over the past years from villages around Y":
origin.home_spots), and as the further places of a count by origin, each with its own share
and the verb left out ("the X region accounted for 41% of arrivals, Y and the Z region 27%":
origin.accounted_for_more). Tested with distractors that keep them quiet: armed men on the
move, goods from farms, a place only passed, shares of goods, towns counted among arrivals
(where people are received) and a denial.

Sentences written for these tests; geocoded by the tiny fixture gazetteer
(tests/extract_helpers.py) with its Andean places added."""

from __future__ import annotations

import pytest
from extract_helpers import reported_role_of as role_of


pytestmark = pytest.mark.usefixtures("andean_places")


# ---- origin.home_spots: the move's end or time told before the villages --------------------

@pytest.mark.parametrize("text, place", [
    ("Most of the families had come to Salta over the past ten years from villages around Oruro and Potosi.",
     "Oruro"),
    ("Most of the families had come to Salta over the past ten years from villages around Oruro and Potosi.",
     "Potosi"),
    ("The women said they had walked for four days from hamlets near Uyuni.", "Uyuni"),
    ("Hundreds of people moved to Jujuy last spring from the villages outside Tarija.", "Tarija"),
])
def test_villages_around_a_place_after_a_move_told_first_are_home(text, place):
    assert role_of(text, place) == {"origin"}


@pytest.mark.parametrize("text, place", [
    # armed men on the move: no one's home
    ("Armed men went to Salta last week from villages around Oruro.", "Oruro"),
    # goods from farms around a place, not people from villages
    ("Lorries went to Salta every week with quinoa from farms around Potosi.", "Potosi"),
    # a place only passed on the way
    ("The families travelled to Salta through Uyuni, where they rested for a night.", "Uyuni"),
])
def test_armed_men_goods_or_a_place_passed_name_no_home(text, place):
    assert "origin" not in role_of(text, place)


# ---- origin.accounted_for_more ---------------------------------------------------------------

@pytest.mark.parametrize("text, place", [
    ("The Oruro region accounted for 41% of arrivals, Potosi and the Uyuni region 27%, and the Tarija "
     "region 19%.", "Potosi"),
    ("The Oruro region accounted for 41% of arrivals, Potosi and the Uyuni region 27%, and the Tarija "
     "region 19%.", "Uyuni"),
    ("The Oruro region accounted for 41% of arrivals, Potosi and the Uyuni region 27%, and the Tarija "
     "region 19%.", "Tarija"),
    ("Oruro and Potosi together account for roughly a third of departures, Sucre and Tarija for another "
     "fifth.", "Sucre"),
    ("Oruro and Potosi together account for roughly a third of departures, Sucre and Tarija for another "
     "fifth.", "Tarija"),
])
def test_further_places_counted_with_their_own_share_are_origins(text, place):
    assert role_of(text, place) == {"origin"}


@pytest.mark.parametrize("text, place", [
    # towns counted among arrivals are where people are received
    ("Jujuy accounted for 60% of arrivals, Salta 25% and Tarija 10%.", "Salta"),
    # shares of goods, not of people
    ("The Oruro region accounted for 40% of exports, the Potosi region 20%.", "Potosi"),
    # no count of people by origin in the sentence: a share of a budget
    ("Officials said 41% of the budget, Potosi and the Uyuni region 27%, went unspent.", "Uyuni"),
])
def test_hosts_goods_or_other_shares_are_no_origins(text, place):
    assert "origin" not in role_of(text, place)
