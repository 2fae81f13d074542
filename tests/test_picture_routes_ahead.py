"""Routes: a place still ahead of people ends no route (session 44). One person's wish told in
the present, or a move someone says they will make ("he hopes eventually to reach X", "he wants
to go on to Y", "she would like to join her sister in Z", "he will go to W"), right before the
place in its clause, makes it no end of the journey the text tells, where the text tells places
people reached (routes.hoped._wanted_only, [route_modes] wished_ahead); it stays a destination.
A past hope ("they had hoped to reach X"), a group's hope after its landing ("most hope to reach
X", drawn on from it), a move made, and a move done to people are unchanged.

Sentences written for these tests; geocoded by the tiny fixture gazetteer
(tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import CONTEXT, picture, roles


def _routes(text: str) -> list[list[str]]:
    return [f.name.split(" → ") for f in picture(CONTEXT + text).by_role("route")]


LANDED = "Thirty migrants left Zuwara by boat on Monday and landed on Lampedusa. "


@pytest.mark.parametrize("ahead", [
    "One of them hopes eventually to reach his brother in Rome.",
    "He wants to go on to Rome.",
    "She would like to join her sister in Rome.",
    "He says that if no work comes, he will go to Rome.",
    "Yusuf, 19, still hopes to reach Rome, where relatives work.",
], ids=["hopes-eventually", "wants-to-go-on", "would-like-to-join", "will-go", "still-hopes"])
def test_a_place_still_ahead_ends_no_route_and_stays_a_destination(ahead):
    _ends_at_the_landing_and_hopes_for_rome(LANDED + ahead)


def _ends_at_the_landing_and_hopes_for_rome(text: str) -> None:
    routes = _routes(text)
    assert not any("Rome" in r for r in routes)
    assert any(r[-1] == "Lampedusa" for r in routes)
    assert "destination" in roles(picture(CONTEXT + text)).get("Rome", set())


@pytest.mark.parametrize("text", [
    # reached: still the end
    LANDED + "In June they went on to Rome, where relatives work.",
    # moved by others, and a move done to people ahead of them: as before
    LANDED + "They were later taken to Rome.",
    # a distractor: a wish about something else before a place reached
    LANDED + "He wants work, and in June he went on to Rome.",
    # a group's hope after its landing goes on from it, as before (routes_told)
    LANDED + "Most hope to reach Rome.",
], ids=["reached", "taken", "wish-about-work", "group-hope"])
def test_a_place_reached_still_ends_a_route(text):
    assert any(r[-1] == "Rome" for r in _routes(text))



# Journeys told leg by leg (routes.chains._chains) and a stated leg on from the last landing
# (routes.stated) end where people got to as well, not at a place still ahead of them.
TOLD = "Awet left Agadez in March and crossed Libya to Zuwara. He reached Lampedusa by boat in June"


@pytest.mark.parametrize("ahead", [
    ". He hopes eventually to reach Rome.",
    " and will travel on to Rome on Friday.",
    ". He says he will not stay; he wants to go on to Rome.",
], ids=["hopes-eventually", "will-travel-on", "wants-to-go-on"])
def test_a_place_still_ahead_ends_no_told_journey(ahead):
    _ends_at_the_landing_and_hopes_for_rome(TOLD + ahead)


@pytest.mark.parametrize("then", [
    # reached: still the end of the told journey
    ". In July he went on to Rome.",
    # a group's hope after its landing is drawn on from it, as before (routes_told)
    ". Most hope to reach Rome.",
    # a past hope is no hope ahead
    ". In July he travelled on to Rome, where he had hoped to work.",
], ids=["reached", "group-hope", "past-hope"])
def test_a_told_journey_still_ends_where_people_went(then):
    assert any(r[-1] == "Rome" for r in _routes(TOLD.replace("He reached", "They reached") + then
                                                if "Most" in then else TOLD + then))
