"""One journey, one route (a user's trial, session 23): a report telling one group's journey
across paragraphs, with a flashback and a second group, draws the journey once, in the order
told, not also its parts and reorderings as routes of their own.

Sentences written for these tests; geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import picture

REPORT = """Aziz, a 19-year-old migrant, left Agadez in March with his uncle. A pickup truck took them \
across the desert to Sebha, where they waited a month for a driver.

{reached} Before that, his uncle had worked for two years in Sfax.

Then they sailed from Zuwara to Lampedusa with forty other migrants. A second group from the same \
house left from Sabratha and landed in Malta.

Aziz and his uncle were later moved from Lampedusa to Sicily."""

JOURNEY = ("Agadez", "Sebha", "Tripoli", "Zuwara", "Lampedusa", "Sicily")


def routes(pic) -> list[tuple[str, ...]]:
    return sorted(tuple(f.properties["stop_names"]) for f in pic.by_role("route"))


def within(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether route a goes through only stops of route b (a part or a reordering of it)."""
    return a != b and set(a) <= set(b)


@pytest.mark.parametrize("reached", [
    "Weeks later they reached Tripoli.",
    # a sentence between naming a place that is no stop (a distractor) breaks nothing
    "Officials in Benghazi said the road was closed. Weeks later they reached Tripoli.",
], ids=["plain", "distractor"])
def test_a_journey_told_across_paragraphs_is_one_route_in_the_order_told(reached):
    found = routes(picture(REPORT.format(reached=reached)))
    assert JOURNEY in found
    # none of its parts or reorderings beside it; the flashback's place is no stop
    assert not any(within(r, JOURNEY) for r in found)
    assert not any("Sfax" in r or "Benghazi" in r for r in found)


@pytest.mark.parametrize("reached", [
    "Weeks later they did not reach Tripoli.",
    "Weeks later they may have reached Tripoli.",
], ids=["denied", "hedged"])
def test_a_denied_or_hedged_arrival_is_no_step_of_the_journey(reached):
    found = routes(picture(REPORT.format(reached=reached)))
    assert not any("Tripoli" in r for r in found)


def test_the_way_back_is_no_reordering_of_the_way_there():
    found = routes(picture("Smugglers took the migrants from Zuwara to Lampedusa. A week later the "
                           "migrants were sent back from Lampedusa to Zuwara."))
    assert found == [("Lampedusa", "Zuwara"), ("Zuwara", "Lampedusa")]


@pytest.mark.parametrize("text, stops", [
    # a vehicle named with a word before it still carries the same travellers on
    ("The migrants left Agadez in May. A pickup truck took them to Sebha. Later they reached Tripoli.",
     ("Agadez", "Sebha", "Tripoli")),
    # a sentence telling what came later may set out from a place of its own
    ("The migrants reached Tripoli in May. Then they sailed from Zuwara to Lampedusa.",
     ("Tripoli", "Zuwara", "Lampedusa")),
], ids=["pickup", "then-sailed"])
def test_the_next_sentence_goes_on_with_the_same_travellers(text, stops):
    assert stops in routes(picture(text))


def test_a_departure_told_after_an_arrival_with_no_word_of_later_is_no_step_on():
    # "They left B" after "They reached A": where they set out from, told after the end (A in
    # another country than B: a place reached over land in the boat's own country is the stop
    # before its coast, ordering._reached_before_boat)
    assert ("Tunis", "Zuwara", "Lampedusa") not in routes(picture(
        "The migrants reached Tunis in May. They sailed from Zuwara to Lampedusa."))


def aliases(pic) -> dict[tuple[str, ...], list[tuple[str, ...]]]:
    return {tuple(f.properties["stop_names"]): [tuple(a) for a in f.properties.get("stop_aliases") or ()]
            for f in pic.by_role("route")}


def test_a_country_entered_at_a_town_of_its_own_ends_there():
    # "crossed into X at A": the town is where they got to, the country its other name
    found = aliases(picture("The migrants left Sebha in May and crossed into Niger at Agadez."))
    assert list(found) == [("Sebha", "Agadez")]
    assert "Niger" in found[("Sebha", "Agadez")][-1]


def test_a_country_reached_beside_a_route_to_a_town_of_it_is_that_route():
    found = aliases(picture("The migrants left Agadez in May and crossed into Libya at Sebha, then took "
                            "a bus to Tripoli."))
    assert list(found) == [("Agadez", "Sebha", "Tripoli")]
    assert "Libya" in found[("Agadez", "Sebha", "Tripoli")][-1]


@pytest.mark.parametrize("text, stops", [
    ("The migrants left Sebha in May and did not cross into Niger at Agadez.", []),
    # a country reached, and a town of it named apart (a distractor): the country is the end
    ("The migrants left Sebha in May and reached Niger. Agadez is a trading town.", [("Sebha", "Niger")]),
], ids=["denied", "town-apart"])
def test_no_town_entered_leaves_the_country_alone(text, stops):
    assert routes(picture(text)) == stops


# A journey the text states leg by leg ("flew from A to B, then on to C") goes in that order on
# a route planned through its stops, and holds no stop the plan guessed between the ends of a
# leg stated whole (routes.journeys._in_chain_order; session 44, trial: a flight drawn by way of
# the country crossed later by road, and once more as a chain of its own).
def _consecutive(stops: tuple[str, ...], *names: str) -> bool:
    return any(stops[i:i + len(names)] == names for i in range(len(stops)))


@pytest.mark.parametrize("text", [
    "Idris, a mechanic from Eritrea, flew from Tunis to Malta, then on to Tripoli. From there "
    "smugglers drove the group through Libya to Sebha.",
    "Idris, a mechanic from Eritrea, flew from Tunis to Malta, then on to Benghazi. From there "
    "smugglers drove the group through Libya and across Egypt to Sudan.",
], ids=["to-sebha", "to-sudan"])
def test_a_journey_stated_leg_by_leg_is_drawn_once_in_its_order(text):
    found = routes(picture(text))
    assert any(r[0] == "Eritrea" and _consecutive(r, "Tunis", "Malta") for r in found), found
    # (never Malta before Tunis, nor the flights again as a route of their own)
    assert not any("Malta" in r and "Tunis" in r and r.index("Malta") < r.index("Tunis") for r in found), found
    assert not any(r[0] == "Tunis" for r in found), found


@pytest.mark.parametrize("text", [
    # denied or only guessed: no leg stated, nothing put in its order
    "Idris, a mechanic from Eritrea, did not fly from Tunis to Malta. Smugglers drove him through "
    "Libya to Sebha.",
    "Idris, a mechanic from Eritrea, may have flown from Tunis to Malta, then on to Tripoli. "
    "Smugglers drove him through Libya to Sebha.",
], ids=["denied", "guessed"])
def test_a_leg_denied_or_guessed_orders_nothing(text):
    found = routes(picture(text))
    assert not any(_consecutive(r, "Tunis", "Malta") for r in found), found


def test_every_route_through_a_stated_journey_keeps_its_order():
    # (the guess to a place only hoped for too: "Tripoli → Sebha → Tunis" runs against the flights)
    found = routes(picture("Idris, a mechanic from Eritrea, flew from Tunis to Tripoli, then on to Sebha. From "
                           "there smugglers drove the group to Agadez. They had hoped to reach Benghazi."))
    assert found and all(_consecutive(r, "Tunis", "Tripoli", "Sebha") for r in found), found


# Two places one sentence has people reach by two cues in turn ("flew from A to B and was driven
# to C") are a leg the text states, B before C, as a leg one cue states is: a route planned
# through them goes that way, however near its start C lies (routes.journeys._cue_said).
@pytest.mark.parametrize("text", [
    "Young men from Sfax are flown from Tunis to Benghazi and driven to Zuwara. Smugglers then take "
    "them by boat to Lampedusa.",
    "Karim, a welder from Sfax, flew from Tunis to Benghazi and was driven to Zuwara. Smugglers then "
    "took him by boat to Lampedusa.",
], ids=["crowd", "one-man"])
def test_places_reached_in_turn_in_one_sentence_go_in_the_order_told(text):
    found = routes(picture(text))
    assert ("Sfax", "Tunis", "Benghazi", "Zuwara", "Lampedusa") in found, found
    # (and the flight and the drive are drawn once, not again as a route of their own)
    assert not any(r[0] == "Tunis" for r in found), found


@pytest.mark.parametrize("text", [
    # a place only passed on the way to the one reached states no order: the shortest way stays
    "Karim, a welder from Sfax, flew to Zuwara, often through Benghazi and Tunis. Smugglers then "
    "took him by boat to Lampedusa.",
    # nor do places listed with no movement between them
    "Karim, a welder from Sfax, travelled through Benghazi, Zuwara and Tunis. Smugglers then took "
    "him by boat to Lampedusa.",
], ids=["passed", "listed"])
def test_places_passed_or_listed_keep_the_shortest_way(text):
    assert routes(picture(text)) == [("Sfax", "Tunis", "Zuwara", "Benghazi", "Lampedusa")]


def test_a_denied_flight_states_no_order():
    text = ("Karim, a welder from Sfax, did not fly from Tunis to Benghazi. He was driven to Zuwara. "
            "Smugglers then took him by boat to Lampedusa.")
    found = routes(picture(text))
    assert not any("Benghazi" in r or "Tunis" in r for r in found), found
