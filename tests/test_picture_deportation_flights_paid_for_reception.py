"""Routes, roles and zones: a deportation flight's start is no stop of the journey out
(routes/planning), a place people reached before they were held and sent back is still reached
(roles), people named by where they had got to and then held are held there (control
.arrested_on_arrival), people held until someone pays for them are no state's detainees
(cues PAID_FOR), a body running a facility where people are registered or cared for holds a
reception zone (control.where_recorded). Sentences written for these tests."""

from __future__ import annotations

from extract_helpers import REPORTED, kinds_at, picture, roles, route_names


# ---- a deportation flight's start (routes/planning) ------------------------------------------

def test_flight_start_is_no_stop_of_the_journey_out():
    text = ("Nigerians left Agadez for Libya. Last week 200 Nigerians were flown back from Tripoli to "
            "Niger. Others went on to Zuwara.")
    routes = route_names(text)
    assert "Tripoli → Niger" in routes
    assert not any("Tripoli" in r and "Zuwara" in r for r in routes)


def test_flight_start_after_a_place_reached_stays_off_the_way_out():
    text = ("Nigerians left Agadez for Libya. Last week 200 Nigerians who had reached Sebha were detained "
            "and flown back from Tripoli to Niger. Others went on to Zuwara.")
    routes = route_names(text)
    assert "Tripoli → Niger" in routes
    assert any("Sebha" in r and "Zuwara" in r and "Tripoli" not in r for r in routes)


def test_hedged_flight_joins_no_way_out():
    text = ("Nigerians left Agadez for Libya. Officials said 200 Nigerians may be flown back from Tripoli "
            "to Niger. Others went on to Zuwara.")
    assert not any("Tripoli" in r and "Zuwara" in r for r in route_names(text))


def test_return_by_road_keeps_its_start_on_the_way():
    # (distractor: no flight; where people were deported from by bus is where they had got to)
    text = ("Nigerians left Agadez for Libya. Last week 200 Nigerians were deported by bus from Tripoli "
            "to Niger. Others went on to Zuwara.")
    routes = route_names(text)
    assert "Tripoli → Niger" in routes
    assert any("Tripoli" in r and "Zuwara" in r for r in routes)


# ---- a place reached, then held and sent back (roles) ----------------------------------------

def test_place_reached_before_the_return_is_reached():
    text = ("Nigerians left Agadez for Libya and travelled through Sebha. Last month 300 Nigerians who had "
            "reached Tripoli were detained and flown back to Niger.")
    pic = picture(REPORTED + text)
    assert "destination" in roles(pic).get("Tripoli", set())
    assert "Tripoli → Niger" in [f.name for f in pic.by_role("route")]


def test_place_not_reached_before_the_return_is_no_end():
    text = ("Nigerians left Agadez for Libya and travelled through Sebha. Last month 300 Nigerians who had "
            "not reached Tripoli were flown back to Niger.")
    assert "destination" not in roles(picture(REPORTED + text)).get("Tripoli", set())


# ---- held where they had got to (control.arrested_on_arrival) --------------------------------

def test_people_who_had_reached_a_place_then_detained_are_held_there():
    text = "Last week 200 Nigerians who had reached Sebha were detained and sent back to Niger by bus."
    assert {c for c, _ in kinds_at(text, "Sebha")} == {"detention"}


def test_people_who_had_not_reached_a_place_are_not_held_there():
    text = "Last week 200 Nigerians who had not reached Sebha were sent back to Niger."
    assert kinds_at(text, "Sebha") == set()


def test_people_who_had_reached_a_place_and_were_fed_are_not_held():
    text = "Officials said 200 Nigerians who had reached Sebha were given food and water."
    assert kinds_at(text, "Sebha") == set()


# ---- held until someone pays (PAID_FOR) ------------------------------------------------------

def test_held_until_relatives_pay_is_no_authorities_zone():
    text = ("Aid workers say many are held in compounds near Sabratha until relatives pay, before being "
            "driven west to Zuwara.")
    assert not any(actor.endswith("authorities") for _, actor in kinds_at(text, "Sabratha"))


def test_held_till_a_ransom_is_paid_is_no_authorities_zone():
    text = "Survivors said they were kept in a compound near Sabratha till a ransom was paid."
    assert not any(actor.endswith("authorities") for _, actor in kinds_at(text, "Sabratha"))


def test_held_for_weeks_stays_a_detention_zone():
    # (distractor: no payment told; where people are held stays a detention zone)
    text = ("Aid workers say many are held in compounds near Sabratha for weeks, before being driven west "
            "to Zuwara.")
    assert "detention" in {c for c, _ in kinds_at(text, "Sabratha")}


# ---- a body's facility where people are registered or cared for (control.where_recorded) -----

def test_body_running_a_centre_where_staff_register_people_holds_reception():
    text = ("The IOM runs a migrant response centre in Agadez, where staff treat exhausted walkers and "
            "register those who want to go home.")
    assert kinds_at(text, "Agadez") == {("reception", "IOM")}


def test_charity_running_a_shelter_where_volunteers_feed_arrivals_holds_reception():
    text = "The Red Crescent operates a small shelter outside Sebha, where volunteers feed new arrivals."
    assert kinds_at(text, "Sebha") == {("reception", "Red Crescent")}


def test_centre_only_hoped_for_or_denied_holds_nothing():
    assert kinds_at("The IOM may one day run a centre in Agadez, where staff would register arrivals.",
                  "Agadez") == set()
    assert kinds_at("The IOM does not run a centre in Agadez, where staff register arrivals.", "Agadez") == set()


def test_hotel_where_staff_register_guests_is_no_reception():
    assert kinds_at("The Hilton runs a hotel in Tripoli, where staff register guests.", "Tripoli") == set()


def test_detention_centre_run_by_police_is_no_reception():
    text = "Libyan police run a detention centre in Sebha, where guards register new arrivals."
    assert "reception" not in {c for c, _ in kinds_at(text, "Sebha")}
