"""A place the sentence of a landing names after it, with words that take people on from it,
is passed after the landing (routes/ordering.py _gone_on_after, _gone_on_in_sentence)."""

from __future__ import annotations

import pytest

from geomig.geoparse.geocode import geocode_document
from geomig.models import Document
from geomig.picture import extract


def _routes(text: str) -> list[list[str]]:
    doc = geocode_document(Document(doc="t", text=text))
    return [f.properties["stop_names"] for f in extract([doc]).features if f.role == "route"]


def _before(stops: list[str], a: str, b: str) -> bool:
    return a in stops and b in stops and stops.index(a) < stops.index(b)


@pytest.mark.parametrize("onward", [
    "head north through Lahj and Marib towards the border at Saada",
    "continue north through Lahj and Marib towards the border at Saada",
    "usually move on through Lahj and Marib to the border at Saada",
])
def test_places_named_after_a_landing_with_a_move_on_follow_it(onward):
    text = ("Some 150 Ethiopian migrants left Obock by boat on Sunday night, local fishermen said. "
            f"Those who land near Ras al-Ara, on Yemen's southern coast, {onward}, a long walk "
            "through a country at war.")
    chains = [r for r in _routes(text) if "Ras al-Ara" in r and "Marib" in r]
    assert chains, _routes(text)
    assert all(_before(r, "Ras al-Ara", "Marib") and _before(r, "Lahj", "Saada") for r in chains), chains


def test_a_way_to_the_landing_told_after_it_stays_before_it():
    # Distractor: "after walking through" tells the way to the place reached, not on from it.
    text = ("The group left Agadez in a pickup in March, a driver said. They reached Sabha after "
            "crossing the desert through Dirkou, and later took a boat from Zuwara to Lampedusa.")
    for r in _routes(text):
        if "Dirkou" in r and "Sabha" in r:
            assert _before(r, "Dirkou", "Sabha"), r
