"""A return told a few sentences (more than four) after an arrival abroad, the text claiming
nothing since but someone's home town: it starts at that arrival (routes.returns._far_arrival),
not nowhere. Quiet when a newer arrival lies between, for a return only wished for, and for a
return to a country (a state's removals).

Sentences written for these tests; geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)."""

from __future__ import annotations

from extract_helpers import picture

ARRIVAL = "Eritrean migrants told us about their journey. Then they took a flight from Tunis to Rome. "
# five sentences naming no place, the fourth naming a fellow traveller's home town
BETWEEN = ("What happened at the airport? The officers checked their papers. Most of them passed. "
           "A young man from Misrata who was on the same flight was taken into a room. ")


def stops(text: str) -> list[tuple[str, ...]]:
    return sorted(tuple(f.properties["stop_names"]) for f in picture(text).by_role("route"))


def _from_to(rs, a, b) -> bool:
    return any(a in r and b in r[r.index(a) + 1:] for r in rs)


def test_a_return_past_a_home_town_starts_at_the_far_arrival():
    rs = stops(ARRIVAL + BETWEEN + "He was sent back to Tripoli the next day.")
    assert _from_to(rs, "Rome", "Tripoli"), rs


def test_a_newer_arrival_between_starts_no_return_at_the_far_one():
    rs = stops(ARRIVAL + BETWEEN + "Later they moved on to Lampedusa. He was sent back to Tripoli the next day.")
    assert not _from_to(rs, "Rome", "Tripoli"), rs


def test_a_return_only_wished_for_starts_no_return_at_the_far_arrival():
    rs = stops(ARRIVAL + BETWEEN + "His mother wants him to come back to Tripoli.")
    assert not _from_to(rs, "Rome", "Tripoli"), rs


def test_a_return_to_a_country_starts_no_return_at_the_far_arrival():
    rs = stops(ARRIVAL + BETWEEN + "He was sent back to Libya the next day.")
    assert not _from_to(rs, "Rome", "Libya"), rs
