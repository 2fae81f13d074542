"""Places a journey goes on from: a place reached and then crossed on from ("took a
bus to X and crossed the next night"), a place reached where people stay before moving on ("X,
where they rest before moving on"), and a stay told with the move on ("they waited for weeks
outside X before boarding at night") are stops on the way, not where the journey ends; so is a
place reached whose where-clause, after a short aside, moves on ("to a cove near X, in Y province,
where they boarded"). Boats that "came from X (1,118)" left from X: X is no origin.

Sentences written for these tests; geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import picture, roles

ERITREANS = "Eritrean migrants told us about their journey north. "


# ------------------------------------------------------------ reached, then crossed on from

@pytest.mark.parametrize("text", [
    ERITREANS + "They took a bus to Agadez and crossed the next night.",
    ERITREANS + "They walked for four days to Agadez and then waded through the river.",
    ERITREANS + "Smugglers drove them to Agadez and that night they swam across the river.",
    ERITREANS + "They took a bus to Agadez and walked across the border.",
], ids=["next-night", "waded", "that-night", "walked-across"])
def test_a_place_reached_then_crossed_on_from_is_a_stop_on_the_way(text):
    assert roles(picture(text)).get("Agadez") == {"transit"}


@pytest.mark.parametrize("text", [
    # a way back
    ERITREANS + "They took a bus to Agadez and crossed back the next day.",
    # denied
    ERITREANS + "They took a bus to Agadez and never crossed.",
    # someone else crossed
    ERITREANS + "They took a bus to Agadez and police crossed the square to meet them.",
    # only hoped
    ERITREANS + "They took a bus to Agadez and may try to cross later.",
    # a walk that crosses nothing
    ERITREANS + "They took a bus to Agadez and walked around the market.",
], ids=["back", "never", "other-subject", "hedged", "walked-around"])
def test_no_stop_on_the_way_from_other_words_after_the_place(text):
    assert roles(picture(text)).get("Agadez") != {"transit"}


# ------------------------------------------------------------ reached, where people stay before moving on

@pytest.mark.parametrize("text", [
    ERITREANS + "Buses take them to Agadez, where they rest at the bus station before taking the desert track "
                "north.",
    ERITREANS + "Trucks go on to Agadez, where many spend a night at the bus station before taking the road "
                "north.",
    ERITREANS + "They reached Agadez, where most eat and rest before taking the road to the border.",
    # an aside locating the place first
    ERITREANS + "Minibuses took them at night to a cove near Sfax, in the south of Tunisia, where they boarded "
                "the boat.",
    ERITREANS + "A driver took them to Agadez, north of Niger's capital, where they walked across the border "
                "at night.",
], ids=["rest-taking", "spend-taking", "sleep-taking", "aside-boarded", "aside-walked"])
def test_a_place_where_people_stay_before_moving_on_is_a_stop_on_the_way(text):
    town = "Sfax" if "Sfax" in text else "Agadez"
    assert roles(picture(text)).get(town) == {"transit"}


@pytest.mark.parametrize("text", [
    # a way home
    ERITREANS + "They went to Agadez, where many spend a night before going back home.",
    ERITREANS + "They went to Agadez, where many rest before taking a bus home.",
    # denied
    ERITREANS + "They went to Agadez, where nobody rests before taking the road north.",
    ERITREANS + "They went to Agadez, where many rest before taking the road back south.",
    # an aside, then a home
    ERITREANS + "Minibuses took them to Agadez, in the north of Niger, where they have lived since 2015.",
    # an aside, then a stay that is the place's own: custody
    ERITREANS + "The group is driven to the centre at Agadez, on the edge of the desert, where adults are held "
                "for 72 hours.",
], ids=["back-home", "bus-home", "nobody", "road-back", "aside-lived", "aside-held"])
def test_no_stop_on_the_way_from_other_stays_after_the_place(text):
    assert roles(picture(text)).get("Agadez") != {"transit"}


# ------------------------------------------------------------ a stay told with the move on

@pytest.mark.parametrize("text", [
    ERITREANS + "People usually rest at the reception centre in Agadez before moving on.",
    ERITREANS + "The group waited for three weeks in olive groves outside Sfax before boarding at night.",
    ERITREANS + "Families stay at a transit site near Agadez before continuing north.",
], ids=["rest-centre", "waited-outside", "stay-site"])
def test_a_stay_told_with_the_move_on_is_a_stop_on_the_way(text):
    town = "Sfax" if "Sfax" in text else "Agadez"
    assert roles(picture(text)).get(town) == {"transit"}


@pytest.mark.parametrize("text", [
    # a stay before going home
    ERITREANS + "She stayed in Agadez for a month before going back home.",
    # a life, not a stay
    ERITREANS + "He lived in Agadez for years before moving on.",
    # custody and removal
    ERITREANS + "They were held in Agadez before being deported.",
    # denied
    ERITREANS + "Nobody stays in Agadez before moving on.",
    # a stay told with no move on
    ERITREANS + "They stayed in Agadez before the rains came.",
], ids=["home", "lived", "held", "nobody", "no-move"])
def test_no_stop_on_the_way_from_a_stay_without_a_move_on(text):
    assert roles(picture(text)).get("Agadez") != {"transit"}



@pytest.mark.parametrize("text", [
    # a job taken is no move on (BEFORE_MOVING_ON's "taking a/the ...")
    ERITREANS + "They went to Agadez, where many rest before taking a job at a factory.",
    ERITREANS + "Many stay in Agadez for months before taking a job in the gold mines.",
    # a crossing of the town's own ways (NOT_IN_TOWN)
    ERITREANS + "They took a bus to Agadez and crossed the road to the market.",
    ERITREANS + "They reached a village near Agadez, in Niger, where they crossed the street to the market.",
    # a boarding that takes people back, a word or two after the verb
    ERITREANS + "A driver took them to a camp near Agadez, in the north of Niger, where they boarded buses back "
                "south.",
], ids=["rest-job", "stay-job", "crossed-road", "aside-street", "aside-boarded-back"])
def test_no_stop_on_the_way_from_a_job_a_street_or_a_way_back(text):
    assert roles(picture(text)).get("Agadez") != {"transit"}


def test_a_road_named_by_its_number_taken_to_a_place_still_moves_on():
    # the guard above keeps a road known by its number ("taking the N1 to X") a move on
    text = ERITREANS + "Trucks go on to Agadez, where many spend a night at the station before taking the N1 to Sebha."
    assert roles(picture(text)).get("Agadez") == {"transit"}

# ------------------------------------------------------------ boats that came from a place

@pytest.mark.parametrize("text", [
    "Most of the boats that reached Italy came from Libya (1,118) and Tunisia (640).",
    "The dinghies came mostly from Libya (812), Tunisia (430) and Egypt (95), the ministry said.",
], ids=["counted", "dinghies"])
def test_boats_that_came_from_a_place_left_from_it(text):
    found = roles(picture(ERITREANS + text))
    assert "origin" not in found.get("Libya", set())
    assert found.get("Libya", set()) & {"launch_point", "transit"}


@pytest.mark.parametrize("text", [
    # the people on the boats: where they are from
    "Most of the migrants on the boats came from Eritrea (200), Sudan (150) and Nigeria (90).",
    # people, no boat
    "Refugees came from Eritrea (200), Sudan (150) and Nigeria (90).",
], ids=["on-the-boats", "people"])
def test_people_who_came_from_places_keep_them_as_origins(text):
    assert roles(picture(ERITREANS + text)).get("Sudan") == {"origin"}
