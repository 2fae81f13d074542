"""Role precision: people taken home after custody give no destination, and a
place where someone waits for the one who moves is the end hoped for; each beside a true
migration sentence that keeps its role. Sentences written for these tests, geocoded by the
tiny fixture gazetteer (tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import role_of


@pytest.mark.parametrize("text, place", [
    ("Thirty Tunisian men who reached Lampedusa were held in a centre in Sicily for three weeks and "
     "then flown to Tunis.", "Tunis"),
    ("Police picked up eleven Egyptian fishermen off Benghazi; a week later an army plane flew them "
     "back to Egypt.", "Egypt"),
    # hedged custody is still custody
    ("Thirty Tunisian men were reportedly detained in Sicily before being flown to Tunis.", "Tunis"),
    # a ride on the way home
    ("Forty Tunisian migrants who landed on Lampedusa will be taken by bus to Tunis on Friday and flown "
     "home to their villages in the south.", "Tunis"),
], ids=["held-then-flown-home", "picked-up-flew-them-back", "reportedly-detained", "flown-home-after"])
def test_people_taken_home_after_custody_give_no_destination(text, place):
    assert not role_of(text, place) & {"destination", "transit"}


@pytest.mark.parametrize("text, place", [
    # a move abroad after custody is a journey on: the destination stays
    ("Nigerian migrants held in Sebha for months were flown to Italy under a resettlement scheme.", "Italy"),
    # no custody: the workers' own journey is no removal
    ("Thirty Tunisian workers flew from Tripoli to Tunis when the fighting began.", "Tunis"),
    # a ride others give, neither after custody nor on the way home
    ("Forty Tunisian migrants who landed on Lampedusa will be taken by bus to Tunis on Friday.", "Tunis"),
], ids=["resettled-abroad", "own-journey-home", "ride-no-custody"])
def test_a_ride_abroad_or_home_without_custody_keeps_its_role(text, place):
    assert role_of(text, place) & {"destination", "transit"}


@pytest.mark.parametrize("text, place", [
    ("An Eritrean boy who landed at Pozzallo says his uncle is waiting for him in Rome.", "Rome"),
    ("Two Sudanese sisters crossed from Tripoli to Lampedusa; a cousin waits for them in Sicily.", "Sicily"),
], ids=["uncle-waiting", "cousin-waits"])
def test_a_place_where_someone_waits_for_the_mover_is_a_destination(text, place):
    assert "destination" in role_of(text, place)


@pytest.mark.parametrize("text, place", [
    # waiting for a ride, not for the mover: a stop on the way
    ("Eritrean migrants spent a week waiting for a bus in Agadez before they went on to Sebha.", "Agadez"),
    # no one waits there
    ("Nobody is waiting for her in Rome, the Eritrean woman who landed at Pozzallo says.", "Rome"),
    # a force or a smuggler waiting: a place on the way, no end hoped for
    ("Eritrean migrants crossed the desert; soldiers were waiting for them in Agadez and sent them on.", "Agadez"),
    ("Eritrean migrants in Agadez said a smuggler was waiting for them in Sebha.", "Sebha"),
], ids=["waiting-for-a-bus", "nobody-waiting", "soldiers-waiting", "smuggler-waiting"])
def test_waiting_for_a_ride_or_no_one_waiting_gives_no_destination(text, place):
    assert "destination" not in role_of(text, place)


@pytest.mark.parametrize("text, place", [
    ("Police stopped a lorry carrying 30 migrants at a checkpoint near Agadez.", "Agadez"),
    ("Soldiers detained the driver and his passengers at the Sebha checkpoint on Sunday.", "Sebha"),
], ids=["stopped-at-checkpoint", "detained-at-checkpoint"])
def test_a_checkpoint_where_people_are_stopped_is_no_stop_on_the_way(text, place):
    assert "transit" not in role_of(text, place)


def test_a_checkpoint_people_pass_stays_a_stop():
    text = "Eritrean migrants passed the checkpoint at Agadez at night and went on to Sebha."
    assert "transit" in role_of(text, "Agadez")


_LANDED = "Migrants reached Lampedusa from Zuwara. "


@pytest.mark.parametrize("text, place, kept", [
    # one a court tries for moving people is no origin of their journey
    (_LANDED + "A court in Sicily sentenced a 35-year-old man from Tunisia to six years for smuggling "
     "the passengers.", "Tunisia", False),
    # migrants at the tiller are charged for steering: they are on the move, their origin stays
    (_LANDED + "A court in Sicily sentenced two Sudanese refugees to six years for steering the dinghy.",
     "Sudan", True),
    (_LANDED + "The court jailed a Nigerian citizen for transporting the migrants to the beach.", "Nigeria", False),
    # one tried for one's own crossing moves: the origin stays
    (_LANDED + "A court in Sicily fined a man from Eritrea for entering without a visa.", "Eritrea", True),
    # the people moved are the accused's compatriots: their origin is his
    ("A court sentenced a Tunisian man to four years for steering a boat that carried ten compatriots "
     "from Sfax to Lampedusa.", "Tunisia", True),
], ids=["sentenced-man-from", "refugees-steering", "jailed-citizen", "fined-for-entering", "compatriots"])
def test_one_a_court_tries_for_moving_people_is_no_origin(text, place, kept):
    assert ("origin" in role_of(text, place)) is kept


_DEPORTED = "Most of those deported from Libya are migrants who left "


@pytest.mark.parametrize("text, place, role", [
    # a place left years ago is a home left: an origin
    (_DEPORTED + "Niger's southern villages ten or twenty years ago and worked on farms near Sebha.",
     "Niger", "origin"),
    # a departure weeks ago sets off the journey told: a launch point
    (_DEPORTED + "Niger two weeks ago and crossed the desert to Sebha.", "Niger", "launch_point"),
    # a boat that left years ago still left from a shore
    ("The boat that left Zuwara two years ago was found drifting off Lampedusa.", "Zuwara", "launch_point"),
], ids=["left-years-ago", "left-weeks-ago", "boat-years-ago"])
def test_a_place_left_years_ago_is_a_home_left(text, place, role):
    assert role in role_of(text, place)
