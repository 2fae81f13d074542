"""A "he" or "she" after a named relative setting out (routes.groups._Apart, [route_modes]
kin_pronoun): the sentence goes on with the relative only when the pronoun is the one the
relative's word takes; "she" after "her brother, Tomas, left X" is the person the text follows,
whose route is kept.

Sentences written for these tests; geocoded by the tiny fixture gazetteer
(tests/extract_helpers.py) with the Andean places of its own."""

from __future__ import annotations

import pytest
from extract_helpers import ANDEAN, CONTEXT, picture, with_places

from geomig.picture import cues


@pytest.fixture(autouse=True)
def _andean(monkeypatch):
    with_places(monkeypatch, ANDEAN)


def _routes(text: str) -> list[list[str]]:
    return [f.name.split(" → ") for f in picture(CONTEXT + text).by_role("route")]


@pytest.mark.parametrize("text", [
    "Rosa Quispe left Potosi in May. Her brother, Tomas, 19, left Sucre a week later and stayed in "
    "Uyuni. She took a bus to Tarija and crossed into Argentina at Salta.",
    "Mario Quispe left Potosi in May. His sister, Ana, 19, left Sucre a week later and stayed in "
    "Uyuni. He took a bus to Tarija and crossed into Argentina at Salta.",
], ids=["she-after-brother", "he-after-sister"])
def test_the_other_pronoun_goes_on_with_the_first_traveller(text):
    routes = _routes(text)
    assert any("Potosi" in r and r[r.index("Potosi") + 1:][:1] == ["Tarija"] for r in routes)
    # the relative's way takes none of the first traveller's stops
    assert not any("Sucre" in r and "Tarija" in r for r in routes)


def test_the_pronoun_the_relative_takes_still_goes_on_with_the_relative():
    text = ("Rosa Quispe left Potosi in May. Her sister, Ana, 19, left Sucre a week later. "
            "She took a bus to Uyuni and a train to Oruro.")
    routes = _routes(text)
    own = [r for r in routes if r[-1] == "Oruro"]
    assert own and all(r[0] == "Sucre" for r in own)


@pytest.mark.parametrize(("kin", "takes"), [
    ("Her brother", "he"), ("his grandmother", "she"), ("Mr Lopez's son", "he"), ("her sister-in-law", "she"),
    ("His cousin", None), ("Mrs Johnson's friend", None),
])
def test_kin_pronoun_reads_the_relatives_word(kin, takes):
    rx = cues.route_modes(cues.load())["kin_pronoun"]
    found = list(rx.finditer(kin))
    got = next((k for k, v in found[-1].groupdict().items() if v), None) if found else None
    assert got == takes
