"""Roles: an origin list that repeats its "from" after a group told with its verb ("most came
from ...", "many come from ...": origin.from_again): "most came from X, the old quarter of W, from
Y, or from Z" gives Y and Z as well. Tested with a leg that goes on elsewhere, goods, a denial,
and a list that opens on camps or a station (where people stayed or boarded, not their homes).

Sentences written for these tests; geocoded by the tiny fixture gazetteer
(tests/extract_helpers.py) with its Andean places added."""

from __future__ import annotations

import pytest
from extract_helpers import reported_role_of as role_of

pytestmark = pytest.mark.usefixtures("andean_places")


# ---- origin.from_again: after "most came from" -------------------------------------------------

@pytest.mark.parametrize("text, place", [
    ("Most came from Sucre, the old capital of Bolivia, from Oruro, or from Potosi, the "
     "volunteers in Salta said.", "Oruro"),
    ("Most came from Sucre, the old capital of Bolivia, from Oruro, or from Potosi, the "
     "volunteers in Salta said.", "Potosi"),
    ("Many of the workers come from the capital district of Sucre and from Oruro and Uyuni, "
     "and cross at Villazon.", "Uyuni"),
    ("Most came from the highlands, from around Oruro, and more recently from Tarija.", "Oruro"),
], ids=["second-of-three", "third-of-three", "and-from-a-list", "from-around"])
def test_a_home_listed_again_after_most_came_from_is_an_origin(text, place):
    assert role_of(text, place) == {"origin"}


@pytest.mark.parametrize("text, place", [
    # a leg after the first home: the later "from" starts a stage of the trip
    ("Most came from Sucre by bus to Oruro, and from Oruro they walked to Villazon.", "Oruro"),
    # goods, not people
    ("Most of the cargo came from Sucre, from Oruro and from Potosi, the customs office said.",
     "Potosi"),
    # denied
    ("None of them came from Sucre, from Oruro or from Potosi, officials said.", "Potosi"),
    # a list that opens on camps or a station: where people stayed or boarded, not homes
    ("The returnees come mostly from the camps near Salta and from Jujuy, officials said.", "Jujuy"),
    ("Most of the trains left full, most from the central station in Oruro or from Uyuni.", "Uyuni"),
], ids=["leg", "cargo", "denied", "camps-first", "station-first"])
def test_no_home_listed_again_after_a_leg_goods_or_a_denial(text, place):
    assert "origin" not in role_of(text, place)
