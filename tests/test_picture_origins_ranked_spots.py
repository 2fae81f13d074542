"""Roles: where people come from, told as a ranking of the places they left ("X accounts for the
largest share of returnees, followed by Y and Z": origin.ranked_leavers). Tested with
distractors (a ranking of hosts or of goods).

Sentences written for these tests; geocoded by the tiny fixture gazetteer
(tests/extract_helpers.py) with its Andean places added."""

from __future__ import annotations

import pytest
from extract_helpers import reported_role_of as role_of


pytestmark = pytest.mark.usefixtures("andean_places")


# ---- origin.ranked_leavers --------------------------------------------------------------------

@pytest.mark.parametrize("text, place", [
    ("Oruro province accounts for the largest share of returnees (31 per cent), followed by Potosi "
     "(22 per cent), Uyuni (9 per cent) and Tarija (5 per cent).", "Potosi"),
    ("Oruro province accounts for the largest share of returnees (31 per cent), followed by Potosi "
     "(22 per cent), Uyuni (9 per cent) and Tarija (5 per cent).", "Tarija"),
    ("Sucre accounted for almost half of those leaving (2,400), followed by Oruro (800) and Uyuni (350).",
     "Oruro"),
    ("Most emigrants last year were from the highlands, followed by Cochabamba.", "Cochabamba"),
])
def test_a_ranking_of_the_places_people_left_names_their_homes(text, place):
    assert role_of(text, place) == {"origin"}


@pytest.mark.parametrize("text, place", [
    # a ranking of where people arrived: hosts, not homes
    ("Salta received the largest number of arrivals, followed by Jujuy.", "Jujuy"),
    # a ranking of goods, not people
    ("Tin accounts for the largest share of exports, followed by Potosi's silver.", "Potosi"),
])
def test_no_home_in_a_ranking_of_hosts_or_goods(text, place):
    assert "origin" not in role_of(text, place)
