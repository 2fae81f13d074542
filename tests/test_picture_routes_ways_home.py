"""Routes: a way home told only as a home (origin.went_back_to, origin.home_gone_back_to: "went
home to X", "rode the same buses back to Y") ends a return where no return cue claims it
(routes.stated._ways_home, [route_modes] way_home): from where its own sentence, or the one before,
has the people. Not a way home denied, only wished for, given the means for ("bus fare to go home
to X"), nor a body or money sent home, nor one whose start lies sentences back. Also "put about forty
of them on a train back to X" (RETURN's people between "put" and "on").

Sentences written for these tests; geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)
with its Andean places added."""

from __future__ import annotations

import pytest
from extract_helpers import has_leg, route_stops

pytestmark = pytest.mark.usefixtures("andean_places")

ARRIVED = "Bolivian families crossed the border and reached Salta in January. "


@pytest.mark.parametrize("way_home", [
    "In March a few of the families went home to Oruro.",
    "When the season ended, most of them rode home to Oruro by the night bus.",
    "After the harvest most families ride the same buses back to Oruro.",
    "A third of those who had come drove back to Oruro in May.",
], ids=["went-home", "rode-home", "buses-back", "drove-back"])
def test_a_way_home_told_as_a_home_is_a_route_from_where_they_were(way_home):
    rs = route_stops(ARRIVED + way_home)
    assert has_leg(rs, "Salta", "Oruro"), rs


def test_a_way_home_in_the_arrivals_own_sentence_starts_there():
    rs = route_stops("Some families who had reached Salta on Saturday went home to Oruro on Monday.")
    assert has_leg(rs, "Salta", "Oruro"), rs


@pytest.mark.parametrize("way_home", [
    # denied
    "None of the families went home to Oruro.",
    # only wished for
    "Many of them want to go home to Oruro.",
    # the means for it given, no return told
    "The men were released and given bus fare to go home to Oruro.",
    # the dead brought home
    "His body was flown to Sucre and driven home to Oruro in a hired van.",
    # money sent home, no one's way home
    "The money they sent home to Oruro fell by a fifth this year.",
], ids=["negated", "wished", "purpose", "body", "money"])
def test_no_way_home_denied_wished_paid_for_or_of_the_dead(way_home):
    rs = route_stops(ARRIVED + way_home)
    assert not has_leg(rs, "Salta", "Oruro"), rs


def test_a_way_home_told_sentences_after_the_arrival_starts_nowhere():
    filler = ("The work in the vineyards was hard. Wages were paid late. The children went to a "
              "school in the town. ")
    rs = route_stops(ARRIVED + filler + "In March a few of the families went home to Oruro.")
    assert not has_leg(rs, "Salta", "Oruro"), rs


def test_people_put_on_a_train_back_are_returned():
    rs = route_stops(ARRIVED + "In April police rounded them up and put about forty of them on a "
                     "train back to Uyuni.")
    assert has_leg(rs, "Salta", "Uyuni"), rs


def test_a_return_route_drawn_by_a_return_cue_is_not_drawn_twice():
    rs = route_stops(ARRIVED + "In March the police sent them home to Oruro.")
    assert sum(1 for r in rs if has_leg([r], "Salta", "Oruro")) == 1, rs
