"""A place reached whose way on is only wished for, planned or tried stays where people
arrived (roles._onward_only_hoped): a destination, not a stop on the way. A way on told as
made still makes it a transit stop."""
from extract_helpers import role_of


def test_reached_then_most_try_to_move_on_stays_a_destination():
    text = "The Eritreans were taken by ferry to Sicily, and most then try to move on to Spain."
    assert "destination" in role_of(text, "Sicily")
    assert "transit" not in role_of(text, "Sicily")


def test_where_many_hope_to_catch_flights_stays_a_destination():
    text = "Buses took the families to Tunis, where many hope to catch flights to Spain."
    assert "transit" not in role_of(text, "Tunis")


def test_where_most_plan_to_travel_on_stays_a_destination():
    text = "Buses took the group to Agadez, where most plan to travel on to Libya."
    assert role_of(text, "Agadez") == {"destination"}


def test_next_sentence_wish_to_move_on_stays_a_destination():
    text = "The Sudanese men reached Tunisia. Most then hope to travel on to Italy."
    assert role_of(text, "Tunisia") == {"destination"}


def test_way_on_told_as_made_is_still_a_transit_stop():
    text = "The Eritreans were driven to Agadez, and from there they crossed the desert to Libya."
    assert "transit" in role_of(text, "Agadez")


def test_next_leg_made_before_a_wish_is_still_a_transit_stop():
    # (negation of the rule: a real move on comes first, the wish only after it)
    text = "The Sudanese men reached Tunisia. Most then took buses on to Libya, hoping to move on to Italy."
    assert "transit" in role_of(text, "Tunisia")


def test_wish_of_people_elsewhere_does_not_undo_a_stop():
    # (distractor: the wish follows another place, not the one reached on the way)
    text = "The Eritreans flew to Egypt and then took a bus to Libya, where many hope to travel on to Italy."
    assert "transit" in role_of(text, "Egypt")
