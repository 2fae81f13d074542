"""Roles: where people come from: the violence told as what set a movement off, with a verb of
its start or spread and then where, after a word of cause or time ("Since clashes broke out in X,
12,000 people have crossed", "people have crossed since fighting reached the outskirts of Y",
"families fled when the war came to Z"), or the attackers named before what they struck or took
("after armed men attacked villages around X", "since gangs overran Y"): origin.violence_spread.
Each is tested with negation or hedging and distractors (a fight only feared, no people moved,
soldiers who attack smugglers, a place reached by the people).

Sentences written for these tests; geocoded by the tiny fixture gazetteer
(tests/extract_helpers.py) with its Andean places added."""

from __future__ import annotations

import pytest
from extract_helpers import REPORTED, annotate
from extract_helpers import reported_role_of as role_of

from geomig.picture import read


pytestmark = pytest.mark.usefixtures("andean_places")


def spread_claims(text: str) -> list:
    """The claims origin.violence_spread makes in a text told after REPORTED."""
    return [c for c in read([annotate(REPORTED + text)])[0].claims if c.cue == "origin.violence_spread"]


@pytest.mark.parametrize("text, place", [
    ("Since clashes broke out in Oruro two weeks ago, more than 12,000 people have crossed into "
     "Argentina.", "Oruro"),
    ("More than 5,000 people have crossed into Argentina since fighting reached the outskirts of "
     "Potosi at the start of November.", "Potosi"),
    ("Some 2,000 families reached Salta on foot as fighting spread around Oruro and Uyuni.", "Uyuni"),
    ("Families fled to Jujuy when the war came to Tarija.", "Tarija"),
    ("About 3,000 people have arrived in Salta since armed men attacked villages and water points "
     "around Uyuni.", "Uyuni"),
    ("Families walked to Jujuy after armed gangs overran Sucre in March.", "Sucre"),
], ids=["since-broke-out", "since-reached-outskirts", "as-spread-around-list", "when-came-to",
        "armed-men-attacked-villages-around", "gangs-overran"])
def test_the_place_violence_spread_to_as_people_moved_is_their_origin(text, place):
    assert role_of(text, place) == {"origin"}


@pytest.mark.parametrize("text, place", [
    # a fight only feared: no word of cause before it
    ("Aid groups fear that fighting could soon spread to Oruro, where 6,000 refugees live.", "Oruro"),
    # no people moved in the sentence
    ("Since the war broke out in Potosi, prices in Salta have doubled.", "Potosi"),
    # soldiers who attack smugglers: no attackers of homes
    ("Forty migrants were freed after soldiers attacked the smugglers near Uyuni.", "Uyuni"),
    # the end people reached, told after the violence elsewhere
    ("Since clashes broke out in the north, 9,000 people have reached Salta.", "Salta"),
    # a stop people moved on from again, not their home
    ("The families moved once more when fighting reached the outskirts of Sucre.", "Sucre"),
], ids=["feared-spread", "no-movers", "soldiers-attack-smugglers", "reached-end", "moved-on-again"])
def test_no_origin_where_no_violence_set_people_off_from_the_place(text, place):
    assert "origin" not in role_of(text, place)


def test_a_spread_denied_is_no_origin():
    assert all(c.negated for c in spread_claims("Thousands of refugees have stayed in their camps "
                                                "since the fighting never reached Oruro."))


def test_a_hedged_spread_stays_hedged():
    claims = spread_claims("Some 4,000 people have reportedly crossed into Argentina since clashes "
                           "broke out in Oruro.")
    assert claims and all(c.hedged for c in claims)
