"""Routes: a relative's journey named as one made again
("His cousin made the same crossing in 2017.", "Her brother took the other road.", [route_modes]
relative_apart's `tale`) opens a part
of its own (routes.groups._Apart), and the sentences right after it opening on "he" or "she" tell
that journey: its places join none of the group's routes. A relative who made it with them, or a
relative's sentence of another kind, leaves the group's way unchanged. Boats setting off "aiming
for the Italian coast near X" make for X: the journey's end, by sea.

Sentences written for these tests; geocoded by the tiny fixture gazetteer
(tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import CONTEXT, picture


def _routes(text: str) -> list[list[str]]:
    return [f.name.split(" → ") for f in picture(CONTEXT + text).by_role("route")]


CROSSED = "Forty Eritreans set off from Zuwara by boat on Tuesday and reached Lampedusa the next day. "


@pytest.mark.parametrize("tale", [
    "His cousin made the same crossing in 2017. He reached Libya through Agadez, was held for "
    "months by smugglers in Sebha and was turned back at Misrata. He now lives in Tripoli.",
    "Her older brother made the same journey a decade ago. He walked through Agadez to Sebha and "
    "was later held in Misrata. He now works in Tripoli.",
    "Their uncle took the same route in 2015, through Agadez and Sebha to Misrata.",
], ids=["cousin-year", "brother-decade", "one-sentence"])
def test_a_relatives_journey_made_again_is_its_own(tale):
    routes = _routes(CROSSED + tale)
    group = [r for r in routes if r[-1] == "Lampedusa"]
    assert group and all(r[-2:] == ["Zuwara", "Lampedusa"] or r == ["Zuwara", "Lampedusa"] for r in group)
    assert not any(p in r for r in group for p in ("Agadez", "Sebha", "Misrata", "Tripoli"))
    assert not any("Zuwara" in r and "Tripoli" in r for r in routes)


@pytest.mark.parametrize("tale", [
    "His younger sister took the other road. In May she boarded a boat at Sebha's market and "
    "was held in Misrata. She now lives in Tripoli.",
    "Her cousin chose a different route: he went through Agadez and Sebha to Misrata.",
], ids=["other-road", "different-route"])
def test_a_relatives_other_road_is_its_own(tale):
    routes = _routes(CROSSED + tale)
    group = [r for r in routes if r[-1] == "Lampedusa"]
    assert group and not any(p in r for r in group for p in ("Agadez", "Sebha", "Misrata", "Tripoli"))


@pytest.mark.parametrize("cousin", [
    "His cousin made the same crossing with him.",
    "His cousin took the other road with him.",
    "His cousin never took another road.",
    "His cousin stayed behind in Agadez.",
], ids=["same-crossing-with-him", "other-road-with-him", "no-other-road", "another-sentence"])
def test_a_relative_who_went_with_them_or_made_no_journey_leaves_the_he_after_it_to_the_traveller(cousin):
    routes = _routes(f"Awet left Agadez in March and reached Sebha. {cousin} "
                     "He reached Zuwara in May and crossed to Lampedusa by boat in June.")
    assert any("Agadez" in r and r[-1] == "Lampedusa" for r in routes)


# ------------------------------------------------------------------ aiming for a coast


def test_boats_aiming_for_the_coast_near_a_town_make_for_it_by_sea():
    pic = picture(CONTEXT + "Sixty migrants set off in two boats from Zuwara on Monday night, aiming "
                  "for the Italian coast near Pozzallo, fishermen said.")
    routes = [r for r in pic.by_role("route") if r.properties["stop_names"][-1] == "Pozzallo"]
    assert routes and routes[0].properties["stop_names"][-2] == "Zuwara"
    assert routes[0].properties["modes"][-1] == "sea"


def test_a_coast_near_a_town_that_no_one_aims_for_ends_no_route():
    routes = _routes("Sixty migrants set off in two boats from Zuwara on Monday night. Italian "
                     "coastguards patrol the coast near Pozzallo.")
    assert not any(r[-1] == "Pozzallo" for r in routes)
