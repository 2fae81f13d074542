"""Routes a reader can trust (a user's trial, session 18): a place that only says where the
stop before it lies ("Tobruk in eastern Libya", "Zuwara, Libya") is no stop of its own, and
the stops of one journey come in the order the text tells it.

Sentences written for these tests; geocoded by the tiny fixture gazetteer (tests/extract_helpers.py),
the trial's own story by the real one."""

from __future__ import annotations

import pytest
from extract_helpers import PLACES, picture

from geomig.picture import geometry
from geomig.picture.claims import PlaceRef


def routes(pic) -> list[tuple[str, ...]]:
    return sorted(tuple(f.properties["stop_names"]) for f in pic.by_role("route"))


def aliases(pic) -> dict[str, set[str]]:
    """stop name -> the other names routes give it."""
    out: dict[str, set[str]] = {}
    for f in pic.by_role("route"):
        for name, other in zip(f.properties["stop_names"], f.properties.get("stop_aliases", ()), strict=False):
            out.setdefault(name, set()).update(other)
    return out


# ------------------------------------------------------------------ a place that only locates

@pytest.mark.parametrize("text, stops, where", [
    # "in <region>": the region says where the town is
    ("Smugglers drove the migrants from Kufra to Benghazi in eastern Libya, and from Benghazi "
     "they sailed to Lampedusa.", ("Kufra", "Benghazi", "Lampedusa"), ("Benghazi", "eastern Libya")),
    # a comma and the country
    ("The migrants were driven from Sebha to Zuwara, Libya, and from Zuwara they sailed to "
     "Lampedusa.", ("Sebha", "Zuwara", "Lampedusa"), ("Zuwara", "Libya")),
    # "in southern X": a town of the south as people say it, off the region's outline on the map
    ("The migrants travelled from Agadez to Sebha in southern Libya, and from Sebha they were "
     "taken to Zuwara.", ("Agadez", "Sebha", "Zuwara"), ("Sebha", "southern Libya")),
])
def test_a_place_that_only_locates_the_stop_before_it_is_no_stop(text, stops, where):
    pic = picture(text)
    assert stops in routes(pic)
    assert all(where[1] not in r for r in routes(pic))
    assert where[1] in aliases(pic)[where[0]]       # the stop's other name: a reader's "Libya" matches it


def test_a_region_crossed_on_the_way_stays_a_stop():
    # not named right after a stop as where it lies: a region people pass through
    pic = picture("The migrants travelled from Agadez through southern Libya to Zuwara, and from "
                  "Zuwara they sailed to Lampedusa.")
    assert any("southern Libya" in r for r in routes(pic))


def test_a_region_that_does_not_hold_the_town_before_it_stays_a_stop():
    # decided by geometry, not by the country: Zuwara lies in the far west, not in eastern Libya
    pic = picture("The migrants travelled from Zuwara in eastern Libya to Lampedusa.")
    assert "eastern Libya" not in aliases(pic).get("Zuwara", set())
    assert any("eastern Libya" in r for r in routes(pic))


def test_a_list_of_places_locates_none_of_them():
    # a comma lists as often as it locates: two countries in a row, neither holding the other
    pic = picture("Migrants from Eritrea travelled through Sudan, Chad and Niger to Libya, and from "
                  "Libya they sailed to Lampedusa.")
    assert any({"Sudan", "Chad"} <= set(r) for r in routes(pic))


def _ref(name: str) -> PlaceRef:
    pid, kind, country, lat, lon, _ = PLACES[name]
    return PlaceRef(pid, name, kind, country, lat, lon)


@pytest.mark.parametrize("where, place, expected", [
    ("Libya", "Zuwara", True), ("Tunisia", "Zuwara", False),
    ("eastern Libya", "Benghazi", True), ("eastern Libya", "Zuwara", False),
    ("southern Libya", "Sebha", True),          # near enough the outline, inside the country
    ("southern Libya", "Agadez", False),        # near the outline, but in another country
])
def test_locates_decides_by_geometry(gazetteer, where, place, expected):
    with geometry.using(gazetteer):
        assert geometry.locates(_ref(where), _ref(place)) is expected


# ------------------------------------------------------------------ one journey, in the text's order

_OVERLAND = "Most of them had travelled from Agadez to Sebha, then to Tripoli and across the coast road to {end}."


@pytest.mark.parametrize("text", [
    # the landing told first, the way to the coast after it: the links join them
    "Italian coastguards brought 60 migrants ashore on Lampedusa on Monday. Their boat had left Zuwara "
    "two days earlier. " + _OVERLAND.format(end="Zuwara"),
    # told in the order it went
    "The migrants travelled from Agadez to Sebha, then to Tripoli and across the coast road to Zuwara. "
    "Their boat left Zuwara at night and reached Lampedusa on Monday.",
])
def test_a_journey_to_the_coast_and_the_crossing_from_there_are_one_route(text):
    assert routes(picture(text)) == [("Agadez", "Sebha", "Tripoli", "Zuwara", "Lampedusa")]


def test_a_journey_that_ends_elsewhere_than_the_boat_left_is_not_joined_to_the_crossing():
    pic = picture("Italian coastguards brought 60 migrants ashore on Lampedusa on Monday. Their boat had "
                  "left Zuwara two days earlier. " + _OVERLAND.format(end="Misrata"))
    assert ("Agadez", "Sebha", "Tripoli", "Misrata") in routes(pic)
    assert not any("Misrata" in r and "Lampedusa" in r for r in routes(pic))


# The user's trial, told again in other words: the landing first, the way overland last.
TRIAL = ("The Greek coastguard intercepted a fishing boat carrying 90 migrants off Pylos, in the "
         "Peloponnese, on Sunday. The boat had set off from Tobruk in eastern Libya. The survivors were "
         "taken to Kalamata and then to the migrant camp at Malakasa. Many of the refugees had travelled "
         "overland from Aleppo to Cairo, then to Salloum and across the border to Tobruk.")


def test_the_trial_is_one_journey_in_the_order_it_went(gazetteer):
    import geomig
    from geomig.picture import extract

    pic = extract([geomig.geocode_document(geomig.Document("trial.txt", TRIAL))], gazetteer=gazetteer)
    [route] = pic.by_role("route")
    assert route.properties["stop_names"] == ["Aleppo", "Cairo", "Salloum", "Tobruk", "Kalamata", "Malakasa"]
    assert "eastern Libya" in route.properties["stop_aliases"][3]
    assert route.properties["modes"][3] == "sea"        # the crossing from Tobruk


# ------------------------------------------------------------------ moved on from the landing

_LANDED = ("Italian coastguards brought 80 migrants ashore on Lampedusa on Monday. Their boat had left "
           "Zuwara on Saturday. Most of them said they were from Eritrea. Doctors checked them at the pier. ")


def test_people_taken_on_from_the_landing_a_few_sentences_later_go_on_from_it():
    pic = picture(_LANDED + "On Wednesday they were taken by ferry to Pozzallo.")
    assert routes(pic) == [("Eritrea", "Zuwara", "Lampedusa", "Pozzallo")]


@pytest.mark.parametrize("then", [
    "On Wednesday another boat arrived in Pozzallo.",       # a second landing, no transfer
    "On Wednesday they were not taken to Pozzallo.",        # denied
])
def test_a_later_landing_or_a_denied_transfer_does_not_go_on_from_the_landing(then):
    assert not any(r[-2:] == ("Lampedusa", "Pozzallo") for r in routes(picture(_LANDED + then)))


@pytest.mark.parametrize("then", [
    "Separately, 30 migrants were taken to Pozzallo.",                          # another event
    "In a separate rescue operation, 30 migrants were taken to Pozzallo.",
    "Some of them may be moved to Pozzallo later this week.",                   # only maybe
    "They could later be transferred to Pozzallo.",
])
def test_another_event_or_a_hedged_transfer_does_not_go_on_from_the_landing(then):
    assert not any(_in_turn(r, "Lampedusa", "Pozzallo") for r in routes(picture(_LANDED + then)))


@pytest.mark.parametrize("then", [
    "Elsewhere, 30 migrants rescued at sea were taken to Pozzallo.",
    # the opening after a few words of time
    "On Wednesday, separately, 30 migrants rescued at sea were taken to Pozzallo.",
    "Later that day, in a separate rescue, 30 migrants were taken to Pozzallo.",
])
def test_another_event_joins_no_route_of_the_landing(then):
    # neither on from the landing nor straight from the landing's launch point
    assert not any("Pozzallo" in r for r in routes(picture(_LANDED + then)))


_CROSSED = "A dinghy carrying 40 migrants left Zuwara on Sunday and landed on Lampedusa on Monday. "


@pytest.mark.parametrize("then", [
    "Most hope to travel on to Italy, where relatives live in Rome.",
    "Several of them hope to reach Rome.",
])
def test_where_people_hope_to_go_after_their_landing_is_on_from_it(then):
    pic = picture(_CROSSED + then)
    assert ("Zuwara", "Lampedusa", "Rome") in routes(pic)
    assert ("Zuwara", "Rome") not in routes(pic)        # never straight from the launch point


@pytest.mark.parametrize("then", [
    "Some hope to reach Rome; others want to go to Malta.",
    "Some hope to reach Rome, while others want to go to Malta.",
    "Most hope to reach Rome or Malta.",
])
def test_hopes_of_others_or_alternatives_are_no_stops_in_turn(then):
    pic = picture(_CROSSED + then)
    assert ("Zuwara", "Lampedusa", "Rome") in routes(pic)
    assert not any(_in_turn(r, "Rome", "Malta") for r in routes(pic))


@pytest.mark.parametrize("text", [
    _CROSSED + "None of them hope to travel on to Rome.",                          # denied
    # the hope told before the landing: no way on from it the text tells
    "A dinghy carrying 40 migrants hoping to reach Rome left Zuwara on Sunday. It landed on Lampedusa on Monday.",
])
def test_a_denied_or_earlier_hope_goes_on_from_no_landing(text):
    assert not any(_in_turn(r, "Lampedusa", "Rome") for r in routes(picture(text)))


@pytest.mark.parametrize("text", [
    # a hope they had before the landing
    "A dinghy carrying 40 migrants left Zuwara on Sunday and landed on Malta on Monday. They had hoped to "
    "reach Rome.",
    # people going another way first
    "A dinghy carrying 40 migrants left Zuwara on Sunday and landed on Malta on Monday. A growing number now "
    "head to Tunisia and hope to reach Rome from there.",
])
def test_a_hope_from_before_the_landing_or_of_another_way_goes_on_from_no_landing(text):
    assert not any(_in_turn(r, "Malta", "Rome") for r in routes(picture(text)))


def test_the_same_people_going_on_the_sentence_after_go_on_from_where_they_got_to():
    pic = picture("Migrants from Niger take a minibus to Sebha and pay a guide. They cross the desert at "
                  "night and walk for two nights towards Zuwara.")
    assert routes(pic) == [("Niger", "Sebha", "Zuwara")]


@pytest.mark.parametrize("then", [
    "They also travel to Kufra.",               # another way of theirs, not on from Sebha
    "They had walked to Kufra first.",          # what came before
])
def test_people_who_also_went_elsewhere_or_had_gone_before_do_not_go_on(then):
    pic = picture("Migrants took a bus from Agadez to Sebha. " + then)
    assert not any(_in_turn(r, "Sebha", "Kufra") for r in routes(pic))


@pytest.mark.parametrize("then", [
    # "separately" after a few words, not opening another event: the same people, the same day
    "On arrival, separately from the men, 30 women were moved to Pozzallo.",
    "The families, separately housed, were moved to Pozzallo.",
    "Women and children, separately, were moved to Pozzallo.",
])
def test_people_moved_separately_after_the_landing_still_go_on_from_it(then):
    assert any(_in_turn(r, "Lampedusa", "Pozzallo") for r in routes(picture(_LANDED + then)))


def test_what_the_same_people_say_of_others_is_no_way_on():
    pic = picture("Migrants took a bus from Agadez to Sebha. They say smugglers drive others to Zuwara.")
    assert not any(_in_turn(r, "Sebha", "Zuwara") for r in routes(pic))
    # control: they themselves going on
    assert routes(picture("Migrants took a bus from Agadez to Sebha. They then walked to Zuwara.")) == [
        ("Agadez", "Sebha", "Zuwara")]


def test_a_transfer_told_plainly_after_the_landing_still_goes_on_from_it():
    pic = picture(_LANDED + "Later that week 30 of them were moved to Pozzallo.")
    assert any(_in_turn(r, "Lampedusa", "Pozzallo") for r in routes(pic))


def _in_turn(route: tuple[str, ...], a: str, b: str) -> bool:
    return a in route and b in route[route.index(a) + 1:]


def test_a_stop_located_on_the_tip_of_an_island_keeps_the_island_as_its_other_name():
    pic = picture("Italian coastguards brought 80 migrants ashore in Pozzallo, on the southern tip of Sicily, "
                  "on Monday. Their boat had left Zuwara on Saturday.")
    assert routes(pic) == [("Zuwara", "Pozzallo")]
    assert aliases(pic)["Pozzallo"] == {"Sicily"}


# ------------------------------------------------------------------ review (session 18, r3)

@pytest.mark.parametrize("text, country", [
    # a town by the border, inside the neighbour's coarse outline, then a list of countries
    ("The Syrian family walked from Athens to Idomeni, North Macedonia and Serbia, and then "
     "crossed into Hungary.", "North Macedonia"),
])
def test_a_country_next_to_a_border_town_of_another_stays_a_stop(gazetteer, text, country):
    import geomig
    from geomig.picture import extract

    pic = extract([geomig.geocode_document(geomig.Document("list.txt", text))], gazetteer=gazetteer)
    assert any(country in r for r in routes(pic))
    assert all(country not in names for names in aliases(pic).values())


def test_the_town_s_own_country_still_locates_it(gazetteer):
    import geomig
    from geomig.picture import extract

    pic = extract([geomig.geocode_document(geomig.Document(
        "comma.txt", "The refugees walked from Kabul to Herat, Afghanistan, and then crossed into Iran."))],
        gazetteer=gazetteer)
    assert ("Kabul", "Herat", "Iran") in routes(pic)
    assert "Afghanistan" in aliases(pic)["Herat"]


# ------------------------------------------------------------------ a journey told step by step

@pytest.mark.parametrize("text, stops", [
    # places passed, each told by its own words, with no place reached
    ("The migrants crossed into Niger at Agadez, rode in trucks through Sebha and Zawiya and crossed "
     "the border near Zuwara.", ("Agadez", "Sebha", "Zawiya", "Zuwara")),
    # a place reached, then the legs the sentence sets out on after it, in the text's order
    ("A bus took the migrants north to Agadez, a walk across the border into Sebha, then buses "
     "through Zawiya to Zuwara.", ("Agadez", "Sebha", "Zawiya", "Zuwara")),
])
def test_a_journey_one_sentence_tells_step_by_step_is_one_route_in_its_order(text, stops):
    assert routes(picture(text)) == [stops]


def test_a_stated_leg_goes_through_the_places_passed_between_its_ends():
    # one route through them all, not the leg drawn again beside it
    pic = picture("Smugglers drove the migrants from Agadez through Sebha and Zawiya to Zuwara, and from "
                  "Zuwara they sailed to Lampedusa.")
    assert routes(pic) == [("Agadez", "Sebha", "Zawiya", "Zuwara", "Lampedusa")]


@pytest.mark.parametrize("text", [
    # alternatives, not stops in turn
    "The migrants crossed into Niger at Agadez, rode in trucks through Sebha or Zawiya.",
    # one list of places passed, and nothing more: no journey told step by step
    "The car rally with two migrants on board will pass through Agadez, Sebha and Zawiya.",
], ids=["or", "one-list"])
def test_places_passed_as_alternatives_or_in_one_list_are_no_journey(text):
    assert not any(("Sebha", "Zawiya") == r[i:i + 2] for r in routes(picture(text)) for i in range(len(r)))


@pytest.mark.parametrize("text, first, then", [
    # another group's way after a clause break: not a stop of the first group's leg
    ("Some migrants passed through Sebha, while others went through Kufra to Benghazi.", "Sebha", "Kufra"),
    ("A few were driven from Agadez to Zuwara; the others went through Kufra.", "Agadez", "Kufra"),
])
def test_a_place_another_group_passes_is_no_stop_of_the_leg(text, first, then):
    assert not any(r[i:i + 2] == (first, then) for r in routes(picture(text)) for i in range(len(r)))


def test_a_place_passed_after_the_one_reached_is_not_gone_through_from_it():
    # "reached X after travelling through Y": Y came first
    assert not any(r[:2] == ("Agadez", "Sebha") for r in routes(picture(
        "The migrants reached Agadez after travelling through Sebha to Zuwara.")))
