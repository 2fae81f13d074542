"""Places one sentence has people reach in turn where part of them goes on ("to X, and some as
far as Y", "a flight to X, and a lot of them go on by road to Y") or the next ride is named
without a verb ("a flight to X and a bus to Y"): a leg from the first to the second (the cue
data's [route_modes] reached_in_turn), not two routes from the start. Another group ("others
went to Y") and a hope ("some hope to go on to Y") stay apart.

Sentences written for these tests; geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import picture

from geomig.picture import cues

MODES = cues.route_modes(cues.default())


def routes(text: str) -> list[tuple[str, ...]]:
    return sorted(tuple(f.properties["stop_names"]) for f in picture(text).by_role("route"))


def _has_leg(found: list[tuple[str, ...]], a: str, b: str) -> bool:
    return any(a in stops and b in stops and stops.index(a) < stops.index(b) for stops in found)


@pytest.mark.parametrize("text", [
    "The migrants left Agadez by lorry to Sebha, and some went as far as Tripoli.",
    "The migrants left Agadez on a lorry to Sebha, and a lot of them will go on by road to Tripoli.",
    "The migrants left Agadez on a lorry to Sebha and a bus to Tripoli.",
    "The migrants left Agadez on a lorry to Sebha, then a second bus on to Tripoli.",
], ids=["as-far-as", "part-goes-on", "next-ride", "then-a-ride"])
def test_part_of_the_group_going_on_from_a_place_reached_is_a_leg_from_it(text):
    assert _has_leg(routes(text), "Sebha", "Tripoli")


@pytest.mark.parametrize("text", [
    # another group: each to its own place
    "The migrants left Agadez on a lorry to Sebha, and others went on to Tripoli.",
    # a hope, not a move
    "The migrants left Agadez on a lorry to Sebha, and some hope to go on to Tripoli.",
    # denied
    "The migrants left Agadez on a lorry to Sebha, and none went as far as Tripoli.",
    # a distractor: someone else's way, from the second place
    "The migrants left Agadez on a lorry to Sebha, and some officials flew in from Tripoli.",
], ids=["others", "hope", "denied", "distractor"])
def test_other_groups_hopes_and_origins_make_no_leg_on(text):
    assert not _has_leg(routes(text), "Sebha", "Tripoli")


@pytest.mark.parametrize("between, in_turn", [
    (", and a lot of them will go on by road to ", True),
    (", the regional capital, and some as far as ", True),
    (" and a bus to ", True),
    (", then a second flight to ", True),
    (" and others went on to ", False),
    (", and some were sent back to ", False),
    (", some from as far as ", False),
    (" or a bus to ", False),
])
def test_the_words_of_a_part_going_on(between, in_turn):
    assert bool(MODES["reached_in_turn"].search(between)) is in_turn


# ------------------------------------------------------------------ a later leg, passive, after a comma

@pytest.mark.parametrize("text, stops", [
    ("Musa said he travelled from Agadez to Sebha and on to Zuwara, and was driven to the beach by soldiers.",
     ("Agadez", "Sebha", "Zuwara")),
    ("The men went from Agadez to Sebha and on to Tripoli, and were then taken towards the coast by police.",
     ("Agadez", "Sebha", "Tripoli")),
    ("Musa said he went from Agadez to Sebha and on to Zuwara, and was driven by Libyan soldiers to the beach.",
     ("Agadez", "Sebha", "Zuwara")),
])
def test_the_force_of_a_later_passive_leg_does_not_silence_the_place_reached_before_it(text, stops):
    # (as "flown to X before being driven to the border by soldiers": the soldiers drove people
    # on from X; they did not bring them there)
    found = routes("Migrants told us about their journeys this year. " + text)
    assert stops in found, found


@pytest.mark.parametrize("text", [
    # denied: nobody went on there
    "Musa said he did not go on to Zuwara, and was driven to the border by soldiers.",
    # denied, the force named before the end
    "Musa never got to Zuwara, and was driven by soldiers to the border.",
], ids=["negated", "never"])
def test_a_place_never_reached_before_a_later_passive_leg_stays_no_stop(text):
    found = routes("Migrants told us about their journeys this year. Musa left Agadez for Sebha. " + text)
    assert not any("Zuwara" in stops for stops in found), found


@pytest.mark.parametrize("text", [
    # the later leg a custody: police carry them to removal, no leg of their journey
    "They were sent to Sebha, and were then taken by police to a removal centre in Misrata.",
    "They were sent to Sebha, and were later driven to the detention centre in Misrata.",
], ids=["by-police-to-removal", "to-detention"])
def test_a_later_passive_leg_into_custody_is_no_leg_on(text):
    found = routes("Migrants crossed from Niger into Libya. " + text)
    assert not any("Misrata" in stops for stops in found), found
