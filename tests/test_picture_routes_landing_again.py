"""A landing told again as its country's or province's ("landed at X. ... Thousands reached
[X's province] by sea last year"): people the text then moves on ("were taken by bus to Y") are
moved on from X, the landing, not from the wider area (routes.ordering._moved_on).

Sentences written for these tests; geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import picture


def routes(text: str) -> list[tuple[str, ...]]:
    return sorted(tuple(f.properties["stop_names"]) for f in picture(text).by_role("route"))


def _has_leg(found: list[tuple[str, ...]], a: str, b: str) -> bool:
    return any(a in stops and b in stops and stops.index(a) < stops.index(b) for stops in found)


LANDING = "A fishing boat that left Zuwara on Sunday landed 80 migrants at Pozzallo on Monday. "
MOVED = "After a medical check the migrants were taken by bus to Rome."


@pytest.mark.parametrize("between", [
    "",
    "Most of those who reached Italy by sea last year arrived in Sicily. ",
], ids=["no-recap", "province-recap"])
def test_people_moved_on_after_a_landing_go_on_from_the_landing(between):
    assert _has_leg(routes(LANDING + between + MOVED), "Pozzallo", "Rome")


@pytest.mark.parametrize("text", [
    # negated: nobody was moved on
    LANDING + "Most of those who reached Italy by sea last year arrived in Sicily. The migrants were not taken to Rome.",
    # a distractor: Rome only as where officials spoke
    LANDING + "Most of those who reached Italy by sea last year arrived in Sicily, officials in Rome said.",
], ids=["negated", "distractor"])
def test_no_way_on_where_no_one_is_moved_on(text):
    assert not _has_leg(routes(text), "Pozzallo", "Rome")
