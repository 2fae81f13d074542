"""Roles: destinations in the forty-third session's wording: one job abroad told as where a
migrant goes (destination.job_abroad: "paid an agent for a job in X"), and a job promised,
offered or advertised in a place, the lure people follow (destination.job_promised: intended,
not reached; silent where the offer was refused, [context] offer_refused).

Sentences written for these tests; geocoded by the tiny fixture gazetteer
(tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import role_of

# ------------------------------------------------------------------ one job abroad


@pytest.mark.parametrize("text, place", [
    ("He paid an agent 4,000 dollars for a job in Italy.", "Italy"),
    ("She left her village last spring for a job as a cook in Tunis.", "Tunis"),
    ("I thought I was going to a job in Malta, but the boat went to Sfax.", "Malta"),
    ("He left Eritrea for a well-paid job in Rome, his sister said.", "Rome"),
    # hedged: still where he went or meant to go
    ("He may have left for a job in Italy, neighbours believe.", "Italy"),
], ids=["paid-for-a-job", "job-as-a-cook", "going-to-a-job", "well-paid", "hedged"])
def test_one_job_abroad_is_where_the_migrant_goes(text, place):
    assert "destination" in role_of(text, place)


@pytest.mark.parametrize("text, place", [
    # a job left or lost: no "for" or "to"
    ("He lost his job in Tunis and set off north.", "Tunis"),
    ("She quit a job in Tunis last year.", "Tunis"),
    # negated
    ("He never went to a job in Malta; the agent vanished with the money.", "Malta"),
    # back to one's own job: a return
    ("After the holiday she went back to a job in Tunis.", "Tunis"),
    # a local at work, named by the place's own nationality
    ("A Tunisian engineer moved from Sfax to a job in Tunis.", "Tunis"),
    # no job at all: a job fair, a job centre
    ("Volunteers drove the men to a job fair in Tunis.", "Tunis"),
], ids=["lost-job", "quit-job", "negated", "back-to-a-job", "local", "job-fair"])
def test_a_job_left_denied_or_at_home_is_no_destination(text, place):
    assert "destination" not in role_of(text, place)


# ------------------------------------------------------------------ a job promised or advertised


@pytest.mark.parametrize("text, place", [
    ("They paid 12,000 dollars for a package that promised a job in Italy.", "Italy"),
    ("She answered advertisements for data-entry jobs in Malta.", "Malta"),
    ("Recruiters in the camps spread offers of work in Tunisia.", "Tunisia"),
    ("An agency in Khartoum was offering a placement in Malta to young women.", "Malta"),
], ids=["package-promised", "advertisements", "offers-of-work", "offering-a-placement"])
def test_a_job_promised_or_advertised_is_an_intended_destination(text, place):
    assert "destination" in role_of(text, place)


def test_a_job_promised_is_intended_not_reached(monkeypatch):
    import geomig.picture as stage
    from geomig.picture.roles import role_claims

    seen = []
    monkeypatch.setattr(stage, "role_claims", lambda *a: seen.extend(role_claims(*a)) or list(seen))
    role_of("They paid 12,000 dollars for a package that promised a job in Italy.", "Italy")
    claims = [c for c in seen if c.cue == "destination.job_promised"]
    assert claims and all(c.intended for c in claims)


@pytest.mark.parametrize("text, place", [
    # refused or withdrawn
    ("She turned down an offer of a job in Malta.", "Malta"),
    ("The agency withdrew its offer of work in Tunisia after the raid.", "Tunisia"),
    # negated
    ("Nobody offered them a job in Italy.", "Italy"),
    # a firm promising jobs at home: no one named, a number of jobs
    ("The new port promised 500 jobs in Tunis.", "Tunis"),
], ids=["turned-down", "withdrawn", "negated", "firm-promises-jobs"])
def test_an_offer_refused_or_no_one_s_lure_gives_no_destination(text, place):
    assert "destination" not in role_of(text, place)
