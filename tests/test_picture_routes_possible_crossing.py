"""Routes: a crossing told only as possible ("then they may sail from X to Y", "they might
cross into Z") is no leg of the journey: its places are intended, not reached
([settings] intended_before / intended_within), and the places after the modal in its clause
end no route ([route_modes] wished_ahead). A guess at a crossing made ("they may have sailed
to Y") stays as before: hedging reads it. A crossing told as done, or "May" the month, is a leg,
and so is one "could" tells done ("before they could travel on to X").

Sentences written for these tests; geocoded by the tiny fixture gazetteer
(tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import REPORTED, picture

REACHED = "Forty men reached Tunis after crossing the desert from Niger. "


def _routes(text: str) -> list[list[str]]:
    return [f.properties["stop_names"] for f in picture(REPORTED + text).by_role("route")]


def _claims(text: str, place: str) -> list:
    """The role claims of a place in the picture of a text (through role_claims)."""
    import geomig.picture as pictures

    seen: list = []
    orig = pictures.role_claims

    def spy(sentences, lexicon):
        out = orig(sentences, lexicon)
        seen.extend(out)
        return out

    pictures.role_claims = spy
    try:
        picture(REPORTED + text)
    finally:
        pictures.role_claims = orig
    return [c for c in seen if c.place.name == place]


@pytest.mark.parametrize("possible", [
    "Then they may sail from Sfax to Lampedusa, a volunteer said.",
    "They might cross from Sfax to Lampedusa next week.",
    "They might well travel on to Lampedusa by boat.",
], ids=["then-may-sail", "might-cross", "might-travel"])
def test_a_possible_crossing_is_no_leg(possible):
    routes = _routes(REACHED + possible)
    assert routes
    assert not any("Lampedusa" in r for r in routes)
    assert all(c.intended for c in _claims(REACHED + possible, "Lampedusa"))


@pytest.mark.parametrize("done", [
    "Then they sailed from Sfax to Lampedusa.",
    "In May they sailed from Tunis to Lampedusa.",
    "They waited a month in Sfax before they could travel on to Lampedusa.",
], ids=["sailed", "may-the-month", "could-after-waiting"])
def test_a_crossing_made_is_a_leg(done):
    assert any(r[-1] == "Lampedusa" for r in _routes(REACHED + done))
    assert not any(c.intended for c in _claims(REACHED + done, "Lampedusa"))


def test_a_guess_at_a_crossing_made_is_hedged_not_intended():
    text = REACHED + "They may have sailed from Sfax to Lampedusa."
    claims = _claims(text, "Lampedusa")
    assert claims and all(c.hedged and not c.intended for c in claims)
