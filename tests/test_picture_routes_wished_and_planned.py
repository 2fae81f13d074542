"""Routes: a place a speaker only wishes to get to
("'I want to get to X, where my sister works'") ends no route where the text tells places people
reached (routes.hoped._wanted_only, [route_modes] wished): it stays a destination hoped for.
And a plan opening a cue's own words ("they planned to go north through the desert to X") makes
every place of it intended (roles._planned_within, [settings] intended_within).

Sentences written for these tests; geocoded by the tiny fixture gazetteer
(tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import CONTEXT, picture, roles


def _routes(text: str) -> list[list[str]]:
    return [f.name.split(" → ") for f in picture(CONTEXT + text).by_role("route")]


REACHED = "Idris, a mechanic from Eritrea, reached Tunis in May after passing through Sfax. "


@pytest.mark.parametrize("wish", [
    '"I want to get to Rome, where my sister works. But the sea frightens me," he said.',
    '"We hope to reach Rome one day," said his wife.',
    '"I still want to go to Rome," he said, "but the boats are dear."',
], ids=["want-to-get-to", "we-hope-to-reach", "still-want-to-go"])
def test_a_speakers_wish_ends_no_route_and_stays_a_destination(wish):
    text = REACHED + wish
    assert not any(r[-1] == "Rome" for r in _routes(text))
    assert any(r[-1] == "Tunis" for r in _routes(text))
    assert "destination" in roles(picture(CONTEXT + text)).get("Rome", set())


@pytest.mark.parametrize("text", [
    # reached, not wished: still the end
    REACHED + "In June he went on to Rome, where his sister works.",
    # a wish told of others after a landing goes on from it, as before
    REACHED + "Some hope to travel on to Rome.",
], ids=["reached", "others-hope"])
def test_a_place_reached_or_hoped_by_others_still_ends_a_route(text):
    assert any(r[-1] == "Rome" for r in _routes(text))


def _intended(text: str) -> dict[str, bool]:
    import geomig.picture as stage
    from geomig.picture.roles import role_claims

    seen = []
    real = stage.role_claims
    try:
        stage.role_claims = lambda *a: seen.extend(real(*a)) or real(*a)
        picture(CONTEXT + text)
    finally:
        stage.role_claims = real
    out: dict[str, bool] = {}
    for c in seen:
        out[c.place.name] = out.get(c.place.name, True) and c.intended
    return out


@pytest.mark.parametrize("text, place", [
    ("Several young men said they planned to go north through the desert to Sebha in Libya.", "Sebha"),
    ("Several young men said they planned to go north through the desert to Sebha in Libya.", "Libya"),
    ("The two brothers hope to travel on across the desert to Sebha next month.", "Sebha"),
], ids=["planned-go-north", "planned-place-listed-after", "hope-to-travel-on"])
def test_a_plan_opening_the_cues_words_is_intended(text, place):
    assert _intended(text)[place]


@pytest.mark.parametrize("text, place", [
    # done, not planned
    ("Several young men went north through the desert to Sebha in Libya.", "Sebha"),
    # a plan of others than the travellers, told apart
    ("The young men crossed the desert to Sebha, where officials plan new checkpoints.", "Sebha"),
], ids=["went", "others-plan-after"])
def test_a_journey_made_is_not_intended(text, place):
    assert not _intended(text)[place]
