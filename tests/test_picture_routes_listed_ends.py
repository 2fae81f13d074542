"""A movement stated to a list of ends ("From X, families moved on to relatives in Y and W")
goes to each of them (routes.stated._listed_ends): a route from X to Y and one from X to W,
not only to the first the list names. A stop gone on from ("to Y, then on to W") is no list,
nor is a place named after other words ("to Y, where workers from W met them") or an
alternative ("to Y or W"), and from a list of starts only the first end is drawn ("from X and
Z to Y and W" says not which goes where); a movement denied or only hoped for goes nowhere.

Sentences written for these tests; geocoded by the real gazetteer."""

from __future__ import annotations

import pytest

import geomig
from geomig.picture import _cues, extract, read
from geomig.picture.routes.stated import _Planned, _stated

CONTEXT = "Hundreds of Syrian families fled the fighting this winter. "


def stated(text: str) -> set[tuple[str, ...]]:
    """The stops of the movements _stated finds alone (no planned route to defer to)."""
    doc = geomig.geocode_document(geomig.Document("t.txt", CONTEXT + text))
    claims = [c for r in read([doc], lexicon=_cues.default()) for c in r.claims if not c.negated]
    plans = _stated(claims, _Planned([]), _cues.route_modes(_cues.default()))
    return {tuple(s.name for s in p.stops) for p in plans}


def ends_from(found: set[tuple[str, ...]], start: str) -> set[str]:
    return {r[-1] for r in found if r[0] == start}


@pytest.mark.parametrize("text, ends", [
    ("From Gaziantep, some families have moved on to relatives in Konya and Bursa.", {"Konya", "Bursa"}),
    ("From Gaziantep, buses took them on to Konya, Bursa and Izmir.", {"Konya", "Bursa", "Izmir"}),
    ("Volunteers drove the families from Gaziantep to Konya and Bursa.", {"Konya", "Bursa"}),
], ids=["and", "comma-list", "one-cue"])
def test_a_movement_to_a_list_of_ends_goes_to_each(text, ends):
    found = stated(text)
    assert ends <= ends_from(found, "Gaziantep"), found


def test_a_stop_gone_on_from_is_no_list_of_ends():
    found = stated("From Gaziantep, families moved on to Konya, then on to Bursa.")
    # (Bursa is reached after Konya, not straight from Gaziantep as a second end)
    assert "Bursa" not in ends_from(found, "Gaziantep"), found


def test_a_list_of_starts_to_a_list_of_ends_goes_to_the_first_end_only():
    # ("from X and Z to Y and W": which goes where is not said)
    found = stated("Volunteers drove the families from Gaziantep and Kilis to Konya and Bursa.")
    assert "Konya" in ends_from(found, "Gaziantep"), found
    assert "Bursa" not in ends_from(found, "Gaziantep"), found


def test_alternatives_are_no_list_of_ends():
    # ("or": one end or the other, not two movements)
    found = stated("From Gaziantep, the families were taken on to Konya or Bursa.")
    assert "Bursa" not in ends_from(found, "Gaziantep"), found


def test_a_place_named_after_other_words_is_no_second_end():
    found = stated("From Gaziantep, families moved on to Konya, where aid workers from Bursa met them.")
    assert "Bursa" not in ends_from(found, "Gaziantep"), found


@pytest.mark.parametrize("text", [
    "From Gaziantep, the families did not move on to Konya and Bursa.",
    "From Gaziantep, the families may move on to Konya and Bursa next year.",
], ids=["negated", "hedged"])
def test_a_list_of_ends_denied_or_hoped_for_draws_no_route(text):
    # (the whole picture: a place only hoped for is dropped before movements are stated)
    doc = geomig.geocode_document(geomig.Document("t.txt", CONTEXT + text))
    found = [f.name for f in extract([doc]).by_role("route") if "Gaziantep" in f.name]
    assert not any(end in n for n in found for end in ("Konya", "Bursa")), found
