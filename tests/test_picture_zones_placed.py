"""Control zones where the text puts a force's act, not over its whole country (session 20):
one act placed inside the country, papers checked at a post, a force that only quotes or
speaks, a harbour the gazetteer does not know, and an act a force only may have done.

Sentences written for these tests; geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import picture, zones

CONTEXT = "Hundreds of Eritrean migrants reached Lampedusa from Sfax this week. "


def _found(text: str) -> set[tuple[str, str]]:
    """The zones of the sentence after the context (the context's own are left out)."""
    return {z for z in zones(picture(CONTEXT + text)) if z[1] not in ("Lampedusa", "Sfax")}


# ------------------------------------------------------------------------------ one act, one place

@pytest.mark.parametrize("text, expected", [
    # the force's act is placed inside its country: that place, not the place and the country
    ("Libyan border guards caught 340 people on the old smuggling tracks during three long weeks "
     "in October in the desert south of Sebha.", {("border", "Sebha")}),
    # a part of a wider act: the country keeps its zone
    ("Libyan border guards stopped 340 people on the old smuggling tracks last month, most of them "
     "in the desert south of Sebha.", {("border", "Libya"), ("border", "Sebha")}),
    # negation
    ("Libyan border guards did not stop anyone on the old smuggling tracks last month in the desert "
     "south of Sebha.", set()),
], ids=["placed", "most-of-them", "did-not"])
def test_a_force_placed_inside_its_country_holds_that_place(text, expected):
    assert _found(text) == expected


# ------------------------------------------------------------------------------ papers checked at a post

@pytest.mark.parametrize("text, expected", [
    ("Italian police checked papers on the platform.", set()),
    ("A Libyan border guard checks passports on the bus before it leaves.", set()),
    # the sentence places the post
    ("Italian police checked papers at Pozzallo.", {("border", "Pozzallo")}),
    # distractor: an act on the people themselves, with no post, is no post; it is at the place
    # the sentence before names (Lampedusa, left out here: test_picture_zones_place_before),
    # not over the country
    ("Italian police beat them and took their phones.", set()),
    # negation
    ("Italian police did not check papers on the platform.", set()),
], ids=["platform", "bus", "placed", "beat-them", "did-not"])
def test_papers_are_checked_at_a_post_not_across_a_country(text, expected):
    assert _found(text) == expected


# ------------------------------------------------------------------------------ a force that quotes or speaks

@pytest.mark.parametrize("text, expected", [
    ("According to survivors quoted by the Tunisian coast guard, the boat left Sfax.", set()),
    ("Forty people drowned, a source in the Tunisian coast guard told reporters.", set()),
    ("LIBYAN COAST GUARD - Press office, Tripoli", set()),
    # distractor: the force acts
    ("The Tunisian coast guard intercepted the boat.", {("coastguard", "Tunisia")}),
], ids=["quoted-by", "source-in", "press-office", "acts"])
def test_a_force_that_only_quotes_or_speaks_draws_no_zone(text, expected):
    assert _found(text) == expected


# ------------------------------------------------------------------------------ a harbour nobody knows

@pytest.mark.parametrize("text, expected", [
    ("The Greek coast guard escorted the boat into the small harbour of Agia Galini.", set()),
    # distractor: the harbour of a known place keeps its zone there
    ("The Italian coast guard escorted the boat into the harbour of Pozzallo.", {("coastguard", "Pozzallo")}),
], ids=["unknown-harbour", "known-harbour"])
def test_a_harbour_the_gazetteer_lacks_shades_no_country(text, expected):
    assert _found(text) == expected


# ------------------------------------------------------------------------------ may have

@pytest.mark.parametrize("text, hedged", [
    ("The Libyan coast guard may have intercepted the boat off Zuwara.", True),
    ("The boat may well have been stopped near Zuwara.", True),
    ("The Libyan coast guard intercepted the boat off Zuwara.", False),
], ids=["may-have", "may-well-have-been", "plain"])
def test_an_act_a_force_may_have_done_is_hedged(text, hedged):
    [zone] = [f for f in picture(CONTEXT + text).by_role("control_zone") if f.properties["place"] == "Zuwara"]
    assert zone.properties["hedged"] is hedged


# ------------------------------------------------------------------------------ papers checked at a named place

@pytest.mark.parametrize("text, expected", [
    ("In Zuwara the officers stamped our passports.", {("border", "Zuwara")}),
    ("Checks at the Zuwara crossing have been in place since October.", {("border", "Zuwara")}),
    # negation
    ("In Zuwara the officers did not stamp our passports.", set()),
    ("There are no passport checks at Zuwara.", set()),
    # distractors: officers who only speak there, people who stamp their feet
    ("In Zuwara the officers said they were tired.", set()),
    ("In Zuwara the families stamped their feet to keep warm.", set()),
], ids=["in-x-stamped", "checks-at-the-x-crossing", "did-not-stamp", "no-checks", "said", "feet"])
def test_papers_checked_at_a_named_place_hold_it(text, expected):
    assert _found(text) == expected


# ------------------------------------------------------------------------------ a compass point written with a hyphen

@pytest.mark.parametrize("text, expected", [
    ("The Libyan coast guard stopped the boat about 12 miles north-west of Zuwara.", {("coastguard", "Zuwara")}),
    # hedge: still the sea off Zuwara
    ("The Libyan coast guard reportedly stopped the boat south-east of Zuwara.", {("coastguard", "Zuwara")}),
    # negation
    ("The Libyan coast guard did not stop the boat north-west of Zuwara.", set()),
], ids=["north-west-of", "reportedly-south-east-of", "did-not"])
def test_a_hyphenated_compass_point_places_an_interception(text, expected):
    assert _found(text) == expected


# ------------------------------------------------------------------------------ a fence, people taken off, a tow

@pytest.mark.parametrize("text, expected", [
    # the fence stands along the frontier the text names, not at the capital that built it
    ("Libya has built 600 kilometres of fence along the Sebha frontier.", {("border", "Sebha")}),
    ("Passengers without papers are taken off at Zuwara.", {("border", "Zuwara")}),
    ("Police took them off the bus at Zuwara.", {("border", "Zuwara")}),
    ("The Libyan coastguard says its patrol ship reached the boat overnight and is towing it to the port "
     "of Zuwara.", {("coastguard", "Zuwara")}),
    # negation
    ("Passengers without papers are not taken off at Zuwara.", set()),
    ("The Libyan coastguard did not tow the boat to the port of Zuwara.", set()),
    # distractors: a plane or tourists take off; fishermen tow a boat
    ("The tourists took off at Zuwara for a beach holiday.", set()),
    ("Fishermen are towing the boat to the port of Zuwara.", set()),
], ids=["fence-along-x-frontier", "taken-off-at", "took-them-off-the-bus", "towing-to-the-port-of",
        "not-taken-off", "did-not-tow", "took-off", "fishermen"])
def test_a_fence_people_taken_off_and_a_tow_hold_their_place(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a fence along a neighbour's border is the builder's side, not the neighbour (review, session 20)
    ("Libya has built a fence along the Tunisia border.", {("border", "Libya")}),
    ("Libya has built 600 kilometres of fence along the Sebha frontier.", {("border", "Sebha")}),
    # the capital that built it is no fence
    ("Tripoli has built 600 kilometres of fence along the Sebha frontier.", {("border", "Sebha")}),
    # negation
    ("Libya has not built a fence along the Tunisia border.", set()),
    # distractor: a place named after the doer's country keeps both zones
    ("Libyan border guards arrested 340 people in Libya last year, and 30 of them at Sebha.",
     {("border", "Libya"), ("border", "Sebha")}),
], ids=["neighbour-country", "own-region", "capital", "has-not", "country-then-place"])
def test_a_fence_along_a_neighbours_border_is_the_builders(text, expected):
    assert _found(text) == expected
