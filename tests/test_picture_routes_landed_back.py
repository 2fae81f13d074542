"""Routes: a return told right after a landing (session 46, routes.returns._departure_before).
"Forty migrants landed on A after leaving X. Most were flown back to Y" sends them back from
where they landed, A, not from the departure its sentence names too; a departure told alone, or
with only where it was bound ("left X for A"), or with a landing denied, still starts the return.

Sentences written for these tests; geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import CONTEXT, picture


def _routes(text: str) -> list[list[str]]:
    return [f.name.split(" → ") for f in picture(CONTEXT + text).by_role("route")]


def _has_leg(routes: list[list[str]], a: str, b: str) -> bool:
    return any(r[i:i + 2] == [a, b] for r in routes for i in range(len(r) - 1))


@pytest.mark.parametrize("first, landing", [
    ("Forty migrants landed on Lampedusa after leaving Zuwara.", "Lampedusa"),
    ("Forty migrants came ashore on Lampedusa after leaving Zuwara.", "Lampedusa"),
    ("The boat reached Malta two days after it set off from Zuwara.", "Malta"),
], ids=["landed", "came-ashore", "reached"])
def test_a_return_after_a_landing_starts_where_people_landed(first, landing):
    found = _routes(first + " Most were flown back to Egypt on Friday.")
    assert _has_leg(found, landing, "Egypt"), found
    assert not _has_leg(found, "Zuwara", "Egypt"), found


@pytest.mark.parametrize("first", [
    "Forty migrants left Zuwara on Monday.",                          # no landing told
    "Forty migrants left Zuwara for Lampedusa on Monday.",            # only where they were bound
    "Forty migrants who left Zuwara never reached Lampedusa.",        # a landing denied
], ids=["departure-alone", "bound-for", "denied-landing"])
def test_a_return_after_a_departure_with_no_landing_of_its_own_starts_there(first):
    found = _routes(first + " Thirty were sent back to Egypt.")
    assert _has_leg(found, "Zuwara", "Egypt"), found
    assert not _has_leg(found, "Lampedusa", "Egypt"), found
