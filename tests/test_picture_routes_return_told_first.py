"""A return told before the way out: "were deported to Y, days after they reached
X" starts the return at X, the place the words after it tell came first; not where the words
make X another group's or only hoped for, nor with no "after" between them.

Sentences written for these tests; geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import picture


def routes(text: str) -> list[tuple[str, ...]]:
    return sorted(tuple(f.properties["stop_names"]) for f in picture(text).by_role("route"))


def _from_to(rs, a, b) -> bool:
    return any(a in r and b in r and r.index(a) < r.index(b) for r in rs)


@pytest.mark.parametrize("text", [
    "Police said on Monday they had deported 40 men to Tunis, a week after "
    "their boat reached Lampedusa.",
    "The men were flown back to Tunis on Friday, days after they arrived in Lampedusa.",
])
def test_a_return_told_before_the_arrival_starts_there(text):
    assert _from_to(routes(text), "Lampedusa", "Tunis")


@pytest.mark.parametrize("text", [
    # another group reached it
    "The men were flown back to Tunis on Friday, after others arrived in Lampedusa.",
    # only hoped for
    "The men were flown back to Tunis on Friday, after they had hoped to reach Lampedusa.",
    # no arrival came first: told in turn, no "after"
    "The men were flown back to Tunis on Friday, and a boat of others arrived in Lampedusa.",
])
def test_no_return_from_a_place_not_reached_first(text):
    assert not _from_to(routes(text), "Lampedusa", "Tunis")


def test_no_return_from_a_sea_reached():
    # (a sea reached first is open water, no place anyone is sent back from)
    text = "The men were flown back to Tunis on Friday, days after their boat reached the Mediterranean."
    assert not any("Mediterranean" in r for r in routes(text))
