"""Where a journey ends and who moves (issue 10, session 16): an entry people later set off
from inside stays a stop; a place people live or wait for their case in ends the journey when
nothing follows; a custody stay opening a sentence silences only its own phrase; "from where"
opens a clause; workers, nationals and the displaced move like migrants; lists with "X city
and Y", "and even to Y"; "leave ..., mostly for X".

Sentences written for these tests; geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import picture, roles


# ------------------------------------------------------------------ an entry, then a departure inside it

def test_an_entry_people_later_set_off_from_inside_is_a_stop():
    found = roles(picture("The Sudanese family crossed into Libya in May. In August they set off from Zuwara "
                          "in a rubber boat."))
    assert found.get("Libya") == {"transit"} and found.get("Zuwara") == {"launch_point"}


@pytest.mark.parametrize("text", [
    # nothing follows the entry: it is where they arrived
    "The Sudanese family crossed into Libya in May and has stayed there since.",
    # a departure only planned is no step beyond it
    "The Sudanese family crossed into Libya in May. They may never set off from Zuwara at all.",
], ids=["alone", "negated-departure"])
def test_an_entry_with_no_departure_beyond_it_is_where_people_arrived(text):
    assert roles(picture(text)).get("Libya") == {"destination"}


def test_entered_without_into_is_an_entry_too():
    found = roles(picture("Refugees from Sudan entered Chad at three points last week."))
    assert found.get("Chad") == {"destination"} and found.get("Sudan") == {"origin"}


def test_entered_then_moved_on_is_a_stop():
    found = roles(picture("Refugees from Sudan entered Chad last week and then went on to Libya."))
    assert found.get("Chad") == {"transit"} and found.get("Libya") == {"destination"}


# ------------------------------------------------------------------ where people live at the journey's end

@pytest.mark.parametrize("text", [
    "The Eritrean refugees were flown out of Libya years ago. One of them now lives in Rome.",
    "The Nigerian asylum seekers travelled through Niger and Libya, and one is waiting for a hearing in Rome.",
], ids=["lives", "hearing"])
def test_a_place_people_live_in_at_the_end_is_their_destination(text):
    assert roles(picture(text)).get("Rome") == {"destination"}


@pytest.mark.parametrize("text", [
    # the text goes on from it: a stay on the way
    "The Nigerian migrants lived in Tripoli for two years, then sailed from Zuwara to Lampedusa.",
    # stuck in a camp there is no home
    "The Eritrean refugees are living in tents in Tripoli, hoping to reach Italy.",
    # hedged: it may be so
    "The Eritrean migrants were reportedly living in Tripoli.",
], ids=["goes-on", "camp", "hedged"])
def test_a_stay_that_is_no_journey_end_is_no_destination(text):
    assert "destination" not in roles(picture(text)).get("Tripoli", set())


# ------------------------------------------------------------------ custody at a sentence's start

@pytest.mark.parametrize("text", [
    "After two months in a detention centre in Tripoli, the refugees were flown to Rome.",
    "Released from detention in Tripoli, the migrants travelled to Tunis.",
    "After their release from custody in Tripoli, the asylum seekers went to Tunis.",
], ids=["months-in", "released", "their-release"])
def test_a_custody_stay_opening_a_sentence_does_not_silence_its_main_clause(text):
    found = roles(picture(text))
    assert any(r == {"destination"} for p, r in found.items() if p in ("Rome", "Tunis"))


@pytest.mark.parametrize("text", [
    # the custody is the main clause's own: where people are taken is control
    "After two months in Tripoli, the migrants were arrested by police and taken to Misrata.",
    # negated
    "After two months in a detention centre in Tripoli, the refugees were not flown to Rome.",
    # an interception opening the sentence is no stay: people taken on are still held
    "After being intercepted by the coastguard, the migrants were taken to Misrata.",
], ids=["custody-in-main", "negated", "intercepted"])
def test_no_destination_where_the_main_clause_holds_or_denies(text):
    found = roles(picture(text))
    assert "destination" not in found.get("Misrata", set()) | found.get("Rome", set())


def test_from_where_opens_a_clause_of_its_own():
    # the push over the border is custody; the move on from there is the people's own
    found = roles(picture("Migrants detained in Tunis were driven to the border and pushed over to Libya, "
                          "from where most continued to Tripoli."))
    assert found.get("Tripoli") == {"destination"}


# ------------------------------------------------------------------ who moves

@pytest.mark.parametrize("noun", ["workers", "nationals", "residents", "villagers", "students"])
def test_any_group_of_people_moves(noun):
    found = roles(picture(f"Hundreds of Sudanese {noun} fled the fighting. Last week 300 {noun} arrived in Agadez "
                          "from Sudan."))
    assert found.get("Agadez") == {"destination"}


def test_workers_who_do_not_arrive_give_no_destination():
    found = roles(picture("Hundreds of Sudanese workers fled the fighting. No workers arrived in Agadez."))
    assert "destination" not in found.get("Agadez", set())


# ------------------------------------------------------------------ lists and shares

@pytest.mark.parametrize("text", [
    "Refugee families may move on to Tripoli city and Misrata after registration.",
    "Smugglers drove the refugees to Tripoli and even to Misrata.",
    "Most asylum seekers from Eritrea continued to Tripoli town or Misrata.",
], ids=["city-and", "and-even-to", "town-or"])
def test_a_second_place_listed_shares_the_destination(text):
    found = roles(picture(text))
    assert found.get("Tripoli") == {"destination"} and found.get("Misrata") == {"destination"}


def test_leaving_mostly_for_places_names_their_destinations():
    found = roles(picture("Most asylum seekers leave the reception centres in Sicily within weeks, mostly for "
                          "Spain and Greece."))
    assert found.get("Spain") == {"destination"} and found.get("Greece") == {"destination"}


@pytest.mark.parametrize("text", [
    "Most asylum seekers never leave the reception centres in Sicily, mostly for lack of money.",
    "Tourists leave the hotels in Sicily within days, mostly for Spain and Greece.",
], ids=["no-place", "tourists"])
def test_no_destination_where_no_one_leaves_for_a_place(text):
    found = roles(picture(text))
    assert "destination" not in found.get("Spain", set())


# ------------------------------------------------------------------ a boat with people from a place

def test_a_boat_with_people_from_a_place_is_no_departure_from_it():
    found = roles(picture("A fishing boat with migrants from Egypt and Sudan landed in Lampedusa."))
    assert "launch_point" not in found.get("Egypt", set()) | found.get("Sudan", set())
    assert found.get("Lampedusa") == {"destination"}


def test_boats_from_a_place_still_leave_it():
    found = roles(picture("Migrant boats from Zuwara landed in Lampedusa."))
    assert found.get("Zuwara") == {"launch_point"}


# ------------------------------------------------------------------ a spot near a place, a change of planes

def test_a_spot_smugglers_take_people_to_is_a_stop():
    found = roles(picture("The Nigerian migrants said smugglers drove them to a house near Tripoli, and two days "
                          "later they sailed to Lampedusa."))
    assert found.get("Tripoli") == {"transit"} and found.get("Lampedusa") == {"destination"}


@pytest.mark.parametrize("text", [
    # negated: nobody was taken there
    "The Nigerian migrants said smugglers never drove them to a house near Tripoli.",
    # a house near a place people only talk about
    "The Nigerian migrants said their uncle owns a house near Tripoli.",
], ids=["negated", "no-move"])
def test_no_stop_where_nobody_was_taken_to_a_spot(text):
    assert "transit" not in roles(picture(text)).get("Tripoli", set())


def test_a_change_of_planes_is_a_stop():
    found = roles(picture("The Eritrean refugees flew to Tripoli with a change of planes in Tunis."))
    assert found.get("Tunis") == {"transit"}


# ------------------------------------------------------------------ stops told later that came before

@pytest.mark.parametrize("text", [
    # told in the past perfect: before the entry
    "Hundreds of Eritrean refugees crossed into Sudan last month. Many had spent years in Eritrea's "
    "camps near Tripoli before that.",
    # in the country people came from
    "Thousands of Sudanese refugees crossed into Chad from Sudan. Before the war, many stayed in Khartoum.",
], ids=["past-perfect", "came-from"])
def test_a_stop_told_later_that_came_before_does_not_carry_the_entry_on(text):
    found = roles(picture(text))
    entered = "Sudan" if "into Sudan" in text else "Chad"
    assert found.get(entered) == {"destination"}


def test_a_later_stop_abroad_still_carries_the_entry_on():
    found = roles(picture("Thousands of Sudanese refugees crossed into Chad from Sudan. Later many of them "
                          "travelled on to Libya."))
    assert found.get("Chad") == {"transit"}


def test_a_home_people_had_lived_in_and_left_is_no_destination():
    found = roles(picture("Most of the migrants crossing Libya are Nigerians who had been living in Niger and "
                          "left when work dried up."))
    assert "destination" not in found.get("Niger", set())


@pytest.mark.parametrize("text", [
    "Hundreds of migrants living in Tripoli are waiting for a chance to cross the sea.",
    "Many migrants living in Tripoli hope to cross the sea one day.",
], ids=["waiting-for-a-chance", "hope"])
def test_a_home_people_mean_to_leave_is_a_stop(text):
    # the sentence says they aim to move on, though it names no place beyond: no journey's end
    assert roles(picture(text)).get("Tripoli") == {"transit"}


def test_a_home_with_no_aim_beyond_it_stays_the_journeys_end():
    found = roles(picture("The Nigerian migrants now live in Tripoli, where they wait for news from home."))
    assert found.get("Tripoli") == {"destination"}


# ------------------------------------------------------------------ a place the text goes on from (session 18)

@pytest.mark.parametrize("text", [
    # people cross a river, a wall or a fence from it: a crossing point, not the end
    "Smugglers drove the migrants to Sebha and then to Agadez, where they waded across the river at night "
    "and entered Niger.",
    "A driver took the migrants to Agadez, where they climbed over the wall and were arrested by soldiers.",
    # a stay of days or weeks: a stop on the way
    "The refugees first went by minibus to Agadez, where relatives took them in for two weeks.",
    # "and on through": the journey goes on past it
    "The migrants were driven across Chad into Agadez and on through Niger to Tunis.",
], ids=["waded-across", "climbed-wall", "weeks-with-relatives", "and-on-through"])
def test_a_place_people_go_on_from_is_a_stop(text):
    assert roles(picture(text)).get("Agadez") == {"transit"}


@pytest.mark.parametrize("text", [
    # wading ashore is a landing: the journey ends there
    "The migrants reached Lampedusa, where they waded ashore.",
    # negated: nobody crossed from it
    "The migrants reached Lampedusa, where they never crossed the fence.",
    # a home of years, not a stay on the way
    "The refugees travelled to Lampedusa, where they have lived for years.",
    # relatives living there: where people go
    "The refugees travelled to Lampedusa, where relatives live.",
], ids=["waded-ashore", "negated", "years", "relatives-live"])
def test_a_place_people_do_not_go_on_from_stays_their_destination(text):
    assert roles(picture(text)).get("Lampedusa") == {"destination"}


@pytest.mark.parametrize("text", [
    # another choice, not a step beyond: "X, or try to get to Y"
    "Some refugees head for Agadez, or try to get to Tunis, where relatives take them in.",
    # only some of those who reached it went on
    "A few hundred refugees were flown to Agadez; many of those later tried to reach Malta.",
], ids=["or-try", "many-of-those"])
def test_a_place_only_some_go_on_from_stays_a_destination(text):
    assert roles(picture(text)).get("Agadez") == {"destination"}


def test_a_place_people_go_on_from_and_try_to_cross_is_a_stop():
    # the same people go on: "X and try to enter Y"
    found = roles(picture("A growing number of refugees now head to Agadez and try to enter Libya through the desert."))
    assert found.get("Agadez") == {"transit"}


@pytest.mark.parametrize("text", [
    "Thousands of refugees crossed into Libya this week. Most are staying with host families in Tripoli.",
    "Hundreds of refugees fled across the border; the others are staying with relatives in Tripoli.",
], ids=["host-families", "relatives"])
def test_where_people_stay_with_families_at_the_end_is_their_destination(text):
    assert roles(picture(text)).get("Tripoli") == {"destination"}


@pytest.mark.parametrize("text", [
    # a stay with a host before the journey goes on
    "The refugees stayed with relatives in Tripoli for two weeks, then sailed to Malta.",
    # a stay with a host, and the hope to go on from it
    "The refugees are staying with relatives in Tripoli and hope to cross to Malta.",
], ids=["then-sailed", "hope-to-cross"])
def test_a_stay_with_families_on_the_way_is_no_destination(text):
    assert "destination" not in roles(picture(text)).get("Tripoli", set())


@pytest.mark.parametrize("text", [
    "Hundreds of migrants cross the desert each week. Our reporter travelled with 40 Eritreans to Sebha.",
    "Hundreds of migrants cross the desert each week. The smugglers drove with 40 Eritreans to Sebha.",
], ids=["reporter-along", "smugglers-with"])
def test_a_ride_with_people_named_by_nationality_ends_where_they_go(text):
    assert roles(picture(text)).get("Sebha") == {"destination"}


def test_a_ride_with_people_but_back_is_no_destination():
    found = roles(picture("Hundreds of migrants cross the desert each week. "
                          "The smugglers drove back with 40 Eritreans to Sebha."))
    assert "destination" not in found.get("Sebha", set())


# ------------------------------------------------------------------ a home left is an origin (session 18)

@pytest.mark.parametrize("text", [
    "Eritrean refugees are arriving in Sudan every day. Most said they left Eritrea in the spring.",
    "Camps in Chad registered 900 new arrivals from Sudan this week, most of them Sudanese women.",
], ids=["left-home", "arrivals-from"])
def test_a_home_left_is_an_origin_not_a_launch_point(text):
    place = "Eritrea" if "Eritrea" in text else "Sudan"
    found = roles(picture(text)).get(place, set())
    assert "origin" in found and "launch_point" not in found


@pytest.mark.parametrize("text", [
    # put to sea there
    "Senegalese migrants crowded onto boats that left Senegal on Sunday.",
    "Senegalese migrants departed from Senegal in a wooden pirogue.",
    # crossed a border from it
    "Dozens of Eritrean refugees waded across the river from Eritrea into Sudan.",
], ids=["boats-left", "departed", "waded-across"])
def test_a_home_people_put_to_sea_or_cross_from_stays_a_launch_point(text):
    place = "Senegal" if "Senegal" in text else "Eritrea"
    assert roles(picture(text)).get(place, set()) & {"launch_point", "transit"}


def test_a_place_left_that_is_no_origin_stays_a_launch_point():
    # the people come from elsewhere: leaving it starts a crossing
    assert "launch_point" in roles(picture("Hundreds of Eritrean refugees left Libya last week.")).get("Libya", set())


def test_a_place_reached_then_left_in_the_same_sentence_is_a_stop():
    # "from X to Y, another from Y to Z": Y is left after it is reached
    found = roles(picture("The refugee kept his tickets: a bus from Agadez to Sebha, another from Sebha to Tripoli."))
    assert found.get("Sebha") == {"transit"}


@pytest.mark.parametrize("text", [
    "From Zuwara a boat carried the migrants to Lampedusa, and from there they were flown to Rome.",
    "A smuggler drove the refugees to Agadez, and from there they walked north.",
], ids=["and-from-there-flown", "and-from-there-walked"])
def test_a_place_the_text_goes_on_from_there_is_a_stop(text):
    place = "Lampedusa" if "Lampedusa" in text else "Agadez"
    assert roles(picture(text)).get(place) == {"transit"}


@pytest.mark.parametrize("text", [
    # "from there back": a return, not a step on
    "A smuggler drove the refugees to Agadez, and from there back to the border police took them.",
    # reached once, left by no one
    "The refugee kept his tickets: a bus from Agadez to Sebha.",
], ids=["from-there-back", "reached-only"])
def test_a_place_nobody_goes_on_from_stays_a_destination(text):
    assert "transit" not in roles(picture(text)).get("Sebha" if "Sebha" in text else "Agadez", set())


def test_a_place_that_is_the_first_leg_of_a_trip_is_a_stop():
    found = roles(picture("The refugees took buses to Agadez, the first leg of the trip overland to Tripoli."))
    assert found.get("Agadez") == {"transit"}


@pytest.mark.parametrize("text", [
    "Refugee boats keep coming. The camps in Malta, where an estimated 10,000 Eritreans already live, are full.",
    "Refugee boats keep coming. The camps in Malta, where 300 workers live, are full.",
], ids=["estimated-nationality", "count-workers"])
def test_a_place_where_a_count_of_people_lives_is_a_destination(text):
    assert "destination" in roles(picture(text)).get("Malta", set())


@pytest.mark.parametrize("text", [
    # lived there once: a home left
    "Refugee boats keep coming. The camps in Malta, where 300 workers lived until 1990, are full.",
    # a count of things, not people
    "Refugee boats keep coming. The camps in Malta, where 300 Tents stand, are full.",
], ids=["lived-once", "no-people"])
def test_a_place_where_no_count_of_people_lives_now_is_no_destination(text):
    assert "destination" not in roles(picture(text)).get("Malta", set())


def test_a_boat_towed_into_a_place_lands_its_people_there():
    found = roles(picture("A fishing boat towed the dinghy carrying 40 migrants into Lampedusa later in the day."))
    assert found.get("Lampedusa") == {"destination"}


@pytest.mark.parametrize("text", [
    "A fishing boat towed the dinghy carrying 40 migrants back into Libya.",
    "A fishing boat towed the dinghy carrying 40 migrants out into Libyan waters.",
], ids=["back", "waters"])
def test_a_boat_towed_back_or_out_lands_no_one(text):
    found = roles(picture(text))
    assert "destination" not in found.get("Libya", set())


# ------------------------------------------------------------------ review of session 18 (r1)

@pytest.mark.parametrize("text", [
    # "from there" that sends people back or takes them nowhere: no step on
    "The migrants reached Tripoli, and from there they were deported to Niger.",
    "The migrants reached Tripoli, and from there they were sent back to Niger.",
    "The migrants reached Tripoli, and from there nobody could go any further.",
    # a stay that still goes on ("have been ... for weeks"), or one denied
    "The migrants reached Malta, where they have been protesting for weeks.",
    "The migrants reached Malta, where they did not stay for days.",
], ids=["deported", "sent-back", "nobody", "still-protesting", "did-not-stay"])
def test_a_place_no_one_goes_on_from_stays_the_journeys_end(text):
    place = "Tripoli" if "Tripoli" in text else "Malta"
    assert roles(picture(text)).get(place) == {"destination"}


def test_a_past_stay_of_days_and_a_step_on_from_there_still_make_a_stop():
    # distractors to the above: the journey does go on
    assert roles(picture("The migrants reached Malta, where they had stayed for a few days.")).get("Malta") == {"transit"}
    assert roles(picture("The migrants reached Tripoli, and from there they sailed to Lampedusa.")).get("Tripoli") == {"transit"}
    # going home from it is a journey going on too (only "back" and a removal end it)
    assert roles(picture("Volunteers drove the refugees to Tripoli, and from there home to Niger.")).get("Tripoli") == {"transit"}


@pytest.mark.parametrize("text", [
    "The coast guard escorted the rubber boat with 30 migrants into Lampedusa.",
    "The migrants' boat was guided into Lampedusa.",
], ids=["escorted-boat", "boat-was-guided"])
def test_a_boat_escorted_or_guided_into_a_place_lands_there(text):
    assert roles(picture(text)).get("Lampedusa") == {"destination"}


@pytest.mark.parametrize("text", [
    # soldiers escorting people over a land border drive them out: nobody lands
    "Tunisian soldiers escorted the migrants into Libya and left them in the desert.",
    "The boat sank and the migrants were escorted into Libya by soldiers.",
], ids=["escorted-people", "boat-then-people"])
def test_people_escorted_into_a_country_land_nowhere(text):
    assert "destination" not in roles(picture(text)).get("Libya", set())
