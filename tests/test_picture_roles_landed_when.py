"""Roles: a landing with a time told between its verb
and its place ("landed before dawn near X", "came ashore late on Monday at Y") is a landing
there, and so is one told after the same people set off, however far the verb is from its
subject ("a boat with 80 men left X and landed overnight near Y") (destination.landed_when,
[vars] WHEN_TOLD and LANDED).

Sentences written for these tests; geocoded by the tiny fixture gazetteer
(tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import role_of

# ------------------------------------------------------------------ a time before the landing's place


@pytest.mark.parametrize("text, place", [
    ("Some 70 Nigerian migrants came ashore before dawn near Pozzallo, fishermen said.", "Pozzallo"),
    ("A dinghy with 45 people landed late on Monday at Lampedusa.", "Lampedusa"),
    ("The refugees landed in the early hours of Sunday on Lampedusa.", "Lampedusa"),
    ("About 90 migrants landed overnight near Pozzallo.", "Pozzallo"),
    # told after the same people set off, the verb far from its subject
    ("A small wooden skiff carrying about 60 young Eritreans left the beaches west of Zuwara, in "
     "Libya, and landed before dawn near Pozzallo.", "Pozzallo"),
    # hedged: still a landing, only less sure
    ("Some 70 migrants reportedly came ashore before dawn near Pozzallo.", "Pozzallo"),
], ids=["before-dawn-near", "late-on-monday-at", "early-hours-on", "overnight-near",
        "after-setting-off", "hedged"])
def test_a_landing_with_a_time_before_its_place_is_a_destination(text, place):
    assert "destination" in role_of(text, place)


@pytest.mark.parametrize("text, place", [
    # denied
    ("The migrants did not land before dawn near Pozzallo; the boat turned back.", "Pozzallo"),
    # in custody
    ("The migrants were intercepted and landed before dawn at Pozzallo by the coast guard.", "Pozzallo"),
    # someone not on the move
    ("The minister's plane landed late on Sunday near Rome for talks.", "Rome"),
    # only near: no landing at the place
    ("The families live near Pozzallo, far from the beaches where boats land before dawn.", "Pozzallo"),
], ids=["denied", "custody", "minister", "lives-near"])
def test_a_time_does_not_make_every_place_near_a_landing_one(text, place):
    assert "destination" not in role_of(text, place)
