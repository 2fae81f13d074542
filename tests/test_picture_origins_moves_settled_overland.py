"""Roles: where people come from, told in the words of a move and not of an origin:
a move to settle told with when in a life it happened ("came to X from Y as a boy",
move.from_to's SETTLED_WHEN), people who walked or drove on their own from a town to a place
told next ("walked from Y to X", "had driven for two days from Y or Z to X": roles._legs_from_home,
[settings] overland_home_before and overland_home_leg), and the town a home lies near ("born in Y, a village outside Z":
roles._located_within, [settings] located_near_home). The leg from the origin stays a route.
Each is tested with negation or a return, and distractors (a journey's means by sea, a launch
or a landing near a town).

Sentences written for these tests; geocoded by the tiny fixture gazetteer
(tests/extract_helpers.py) with the places below added."""

from __future__ import annotations

import pytest
from extract_helpers import REPORTED, picture, with_places
from extract_helpers import reported_role_of as role_of

#: Places of these tests: surface -> (id, kind, country, lat, lon, gazetteer name).
EXTRA = {
    "Kenya": ("test:kenya", "country", "KE", 0.5, 37.9, "Kenya"),
    "Nairobi": ("test:nairobi", "city", "KE", -1.29, 36.82, "Nairobi"),
    "Kisumu": ("test:kisumu", "city", "KE", -0.09, 34.77, "Kisumu"),
    "Eldoret": ("test:eldoret", "city", "KE", 0.51, 35.27, "Eldoret"),
    "Nakuru": ("test:nakuru", "city", "KE", -0.30, 36.07, "Nakuru"),
    "Mombasa": ("test:mombasa", "city", "KE", -4.04, 39.67, "Mombasa"),
    "Kakamega": ("test:kakamega", "city", "KE", 0.28, 34.75, "Kakamega"),
    "Shinyalu": ("test:shinyalu", "city", "KE", 0.23, 34.82, "Shinyalu"),
    "Uganda": ("test:uganda", "country", "UG", 1.4, 32.3, "Uganda"),
    "Kampala": ("test:kampala", "city", "UG", 0.35, 32.58, "Kampala"),
    "Busia": ("test:busia", "city", "UG", 0.46, 34.09, "Busia"),
}


@pytest.fixture(autouse=True)
def more_places(monkeypatch):
    with_places(monkeypatch, EXTRA)


def routes(text: str) -> set[tuple[str, str]]:
    """(start, end) of each route drawn from a text told after REPORTED."""
    return {(f.properties["stops"][0], f.properties["stops"][-1])
            for f in picture(REPORTED + text).features if f.role == "route"}


def cues_of(text: str, place: str) -> list[tuple[str, str]]:
    """(role, cue) of every claim on a place in the picture of a text told after REPORTED, but
    denied ones."""
    return [(c["role"], c["cue"]) for f in picture(REPORTED + text).features if f.name == place
            for c in f.properties.get("claims", []) if not c["negated"]]


# ------------------------------------------------------------------ a move to settle

@pytest.mark.parametrize("text, place", [
    ("Wanjiru came to Nairobi from Kisumu as a girl and now sells fruit near the station.", "Kisumu"),
    ("Her family had moved to Nakuru from Eldoret decades ago, when the farms were sold.", "Eldoret"),
    ("He came to Mombasa from Kakamega three years ago to find work at the port.", "Kakamega"),
    ("She was brought to Nairobi from Kisumu and Eldoret at the age of six.", "Eldoret"),
    # hedged: still where the mover lived before
    ("He reportedly came to Mombasa from Kakamega as a boy.", "Kakamega"),
], ids=["as-a-girl", "decades-ago", "years-ago-to-find-work", "listed-age", "hedged"])
def test_a_move_to_settle_starts_at_the_movers_origin(text, place):
    assert "origin" in role_of(text, place)


def test_a_move_to_settle_keeps_its_leg():
    assert ("test:kisumu", "test:nairobi") in routes("Wanjiru came to Nairobi from Kisumu as a girl and stayed.")


@pytest.mark.parametrize("text, place", [
    # a return: the place left is no home
    ("He came back to Nairobi from Kisumu in 2012 to sell vegetables.", "Kisumu"),
    # a journey's means by sea, not a move to settle
    ("The migrants came by boat to Mombasa from Kakamega in 2019.", "Kakamega"),
    # no time of life: a leg of a journey
    ("The group came to Busia from Kampala on Tuesday night.", "Kampala"),
    # a year alone: a dated leg, maybe a journey's
    ("The group came to Busia from Kampala in 2024 and crossed the next day.", "Kampala"),
], ids=["came-back", "by-boat", "plain-leg", "year-alone"])
def test_no_settled_origin_without_a_move_to_settle(text, place):
    assert ("origin", "move.from_to") not in cues_of(text, place)


# ------------------------------------------------------------------ over land from home

@pytest.mark.parametrize("text, place", [
    ("We walked from Kakamega to Busia in March, said one of the women.", "Kakamega"),
    ("Many had driven for two days from Nakuru or Eldoret to Busia before the border closed.", "Eldoret"),
    ("The brothers rode from Kisumu, Kakamega and Eldoret to the border on motorbikes.", "Kakamega"),
    ("Families walked from Shinyalu towards the border crossing at Busia.", "Shinyalu"),
], ids=["walked", "driven-listed", "rode-listed", "towards-the-border"])
def test_people_who_went_over_land_from_a_town_come_from_it(text, place):
    assert "origin" in role_of(text, place)
    assert "launch_point" not in role_of(text, place)


def test_a_walk_from_home_keeps_its_leg():
    assert ("test:kakamega", "test:busia") in routes("We walked from Kakamega to Busia in March, said one of the women.")


@pytest.mark.parametrize("text, place", [
    # a country walked from: where the journey starts, no home
    ("The migrants walked from Kenya to Uganda last month.", "Kenya"),
    # people driven by others: the driver's trip, no home of theirs
    ("The smuggler drove six men from Kakamega to Busia at night.", "Kakamega"),
    # a return on foot: the town left is where they had gone
    ("The families walked back from Busia to Kakamega after the floods.", "Busia"),
    # a leg only hoped for: the town is a stop on the way
    ("They walked for four days from Eldoret, hoping to reach Kampala.", "Eldoret"),
    # a shelter left: where they stayed, not their home
    ("One family drove from the Nakuru shelter to relatives in Busia.", "Nakuru"),
], ids=["country", "driven-by-others", "walked-back", "hoped-leg", "shelter"])
def test_no_home_for_countries_others_driven_returns_or_hopes(text, place):
    assert ("origin", "route.from_to") not in cues_of(text, place)
    assert ("origin", "launch.departed") not in cues_of(text, place)


def test_a_denied_walk_gives_no_home():
    assert "origin" not in role_of("Nobody walked from Kisumu to Busia this week.", "Kisumu")


# ------------------------------------------------------------------ the town a home lies near

@pytest.mark.parametrize("text", [
    "He was born in Shinyalu, a village outside Kakamega, and crossed into Uganda at Busia.",
    "The family fled Shinyalu, near Kakamega, and walked into Uganda.",
], ids=["village-outside", "near"])
def test_the_town_a_home_lies_near_is_an_origin_too(text):
    assert ("origin", "located.within") in cues_of(text, "Kakamega")


@pytest.mark.parametrize("text", [
    # a launch near a town: the town is no stop nor home
    "The lorry left Shinyalu, near Kakamega, with forty people hidden in the back.",
    # denied home: "not from X"
    "The boy was not from Shinyalu, near Kakamega, but from Nairobi.",
], ids=["launch-near", "negated"])
def test_a_town_near_a_launch_or_a_denied_home_is_no_origin(text):
    assert ("origin", "located.within") not in cues_of(text, "Kakamega")


# ------------------------------------------------------------------ a settler's dated move

@pytest.mark.parametrize("text, place", [
    ("Otieno came to Nairobi from Kisumu in 2011 to drive a matatu.", "Kisumu"),
    ("Akinyi, 58, came from Kakamega, in Kenya, in 1984 to work as a cook in Nairobi.", "Kakamega"),
    ("My father moved to Mombasa from Eldoret in 1999 when the mill closed.", "Eldoret"),
    ("He came in 2015 from Shinyalu and opened a shop near the market in Busia.", "Shinyalu"),
    # hedged: still where the mover comes from
    ("She reportedly came to Nakuru from Kisumu in 2008.", "Kisumu"),
], ids=["came-to-from", "age-long-ago", "moved-kin", "year-first", "hedged"])
def test_a_settlers_dated_move_starts_at_their_origin(text, place):
    assert ("origin", "origin.settled_dated") in cues_of(text, place)


def test_a_settlers_dated_move_keeps_its_leg():
    assert ("test:kisumu", "test:nairobi") in routes("Otieno came to Nairobi from Kisumu in 2011 to drive a matatu.")


def test_a_settlers_home_starts_no_later_journey():
    drawn = routes("Otieno came from Kisumu in 2011. After the floods this year he fled from Nairobi to Nakuru.")
    assert ("test:nairobi", "test:nakuru") in drawn
    assert not any(start == "test:kisumu" for start, _ in drawn)


@pytest.mark.parametrize("text, place", [
    # a group or a boat: a journey's start, not a settler's home
    ("The group came to Busia from Kampala in 2024 and crossed the next day.", "Kampala"),
    ("They came from Kampala in 2019 by bus.", "Kampala"),
    # a return: the place left is no home
    ("He came back to Nairobi from Kisumu in 2012 to sell vegetables.", "Kisumu"),
    # officials on a trip
    ("Officials came to Busia from Nairobi in 2023 to inspect the border post.", "Nairobi"),
    # denied
    ("He never came to Nairobi from Kisumu in 2011; he was born there.", "Kisumu"),
], ids=["group", "they", "came-back", "officials", "denied"])
def test_no_settlers_origin_for_groups_returns_officials_or_denials(text, place):
    assert ("origin", "origin.settled_dated") not in cues_of(text, place)
