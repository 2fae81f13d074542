"""Other people, other journeys; a told chain over a guess (a user's trial, session 23): a
sentence that opens on other people ("A second group ...", "Another boat ...", "The same week,
40 migrants ...") starts a journey of its own, whose stops join no route of the first group; and
a journey told leg by leg is drawn in the order told, not also as a guess that passes its stops
the other way round.

Sentences written for these tests; geocoded by the tiny fixture gazetteer (tests/extract_helpers.py),
the crossing of the Gulf of Urabá by the real one."""

from __future__ import annotations

import pytest
from extract_helpers import picture

import geomig
from geomig.picture import extract

FIRST = ("Aziz, a migrant, left Agadez in March. A pickup truck took them to Sebha, where they waited "
         "for weeks. {distractor}Then they sailed from Zuwara to Lampedusa. {other} "
         "Weeks later, Aziz was moved from Lampedusa to Sicily.")


def routes(pic) -> list[tuple[str, ...]]:
    return sorted(tuple(f.properties["stop_names"]) for f in pic.by_role("route"))


def mixed(found: list[tuple[str, ...]]) -> bool:
    """Whether a route takes stops of both groups' journeys."""
    return any(set(r) & {"Sabratha", "Malta"} and set(r) & {"Agadez", "Sebha", "Zuwara", "Sicily"}
               for r in found)


@pytest.mark.parametrize("other", [
    "A second group from the same house left from Sabratha and landed in Malta.",
    "Another group left from Sabratha and landed in Malta.",
    "On the same night, a separate group left from Sabratha and landed in Malta.",
    "The same week, 40 Eritreans left from Sabratha and landed in Malta.",
], ids=["second-group", "another-group", "separate-group", "same-week"])
@pytest.mark.parametrize("distractor", [
    "",
    # a place named that is no stop, and a flashback: neither joins either journey
    "Officials in Benghazi said the road was closed. Before that, they had worked in Sfax. ",
], ids=["plain", "distractor-flashback"])
def test_a_sentence_on_other_people_is_a_journey_of_its_own(other, distractor):
    found = routes(picture(FIRST.format(other=other, distractor=distractor)))
    assert any(r[-2:] == ("Sabratha", "Malta") for r in found)
    assert not mixed(found)
    assert not any("Benghazi" in r or "Sfax" in r for r in found)


@pytest.mark.parametrize("other", [
    # the same people, told by a time
    "The same week, they sailed from Lampedusa to Malta.",
    # another boat of the same corridor, where it arrived only: the document's
    "Another boat landed in Malta.",
], ids=["same-week-they", "another-boat"])
def test_the_same_people_or_a_landing_alone_stay_with_the_document(other):
    from geomig.picture import cues
    apart = cues.route_modes(cues.default())["apart"]
    assert apart.match(other) is None or not apart.match(other).group("others") or "Sabratha" not in other
    found = routes(picture(FIRST.format(other=other, distractor="")))
    assert ("Agadez", "Sebha", "Zuwara", "Lampedusa", "Sicily") in found


@pytest.mark.parametrize("other", [
    "A second group did not leave from Sabratha for Malta.",
    "A second group may have left from Sabratha for Malta.",
], ids=["denied", "hedged"])
def test_a_denied_or_hedged_journey_of_others_draws_nothing(other):
    found = routes(picture(FIRST.format(other=other, distractor="")))
    assert not any("Malta" in r for r in found)


CROSSING = ("Luis, a mechanic from Venezuela, reached the Colombian port of Necoclí in August with his "
            "family. From Necoclí a boat took them across the Gulf of Urabá to Acandí, a town near the "
            "border.\n\nFrom Acandí they walked for six days through the jungle to Lajas Blancas, a "
            "reception camp in Panama. {distractor}\n\nFrom Lajas Blancas a bus took them to Paso "
            "Canoas, and they then headed north towards Mexico.")


@pytest.mark.parametrize("distractor", [
    "",
    "Officials in Bogotá say the crossing grows busier every year.",
], ids=["plain", "distractor"])
def test_a_journey_told_leg_by_leg_is_drawn_in_the_order_told(distractor):
    text = CROSSING.format(distractor=distractor)
    pic = extract([geomig.geocode_document(geomig.Document("crossing.txt", text))])
    found = routes(pic)
    told = ("Necoclí", "Acandí", "Lajas Blancas", "Paso Canoas", "Mexico")
    # the told order, from where the people came from; no guess taking its stops out of turn
    assert found == [("Venezuela", *told)]
