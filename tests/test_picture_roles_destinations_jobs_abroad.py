"""Roles: destinations: one job abroad told as where a
migrant goes (destination.job_abroad: "paid an agent for a job in X"), and a job promised,
offered or advertised in a place, the lure people follow (destination.job_promised: intended,
not reached; silent where the offer was refused, [context] offer_refused), and where a share of the
people ended up, told after their arrival without a verb of its own (destination.share_in: "have
arrived, most of them in X").

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
    # a condition: no one went
    ("If he leaves Eritrea for a job in Malta, he will send money home.", "Malta"),
    # no job at all: a job fair, a job centre
    ("Volunteers drove the men to a job fair in Tunis.", "Tunis"),
], ids=["lost-job", "quit-job", "negated", "back-to-a-job", "conditional", "job-fair"])
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
    # a local promise, named by the place's own nationality (own_workers)
    ("The Tunisian minister promised a job in Tunis to every graduate.", "Tunis"),
], ids=["turned-down", "withdrawn", "negated", "firm-promises-jobs", "local"])
def test_an_offer_refused_or_no_one_s_lure_gives_no_destination(text, place):
    assert "destination" not in role_of(text, place)


# ------------------------------------------------------------------ a share's place after an arrival


@pytest.mark.parametrize("text, place", [
    ("About 700 people were moved into hotel rooms, most of them in Tunis.", "Tunis"),
    ("Some 2,300 families have arrived since January, most of them in Sfax and Tunis.", "Sfax"),
    ("Some 2,300 families have arrived since January, most of them in Sfax and Tunis.", "Tunis"),
    ("Most arrived in Italy by boat, many of them in Lampedusa, and travelled north by train.", "Lampedusa"),
    # hedged: still where they ended up
    ("About 2,000 people arrived, half of them in Sfax, officials believe.", "Sfax"),
], ids=["moved-into-rooms", "arrived-list-1", "arrived-list-2", "landed-share", "hedged"])
def test_a_share_s_place_after_an_arrival_is_a_destination(text, place):
    assert "destination" in role_of(text, place)


@pytest.mark.parametrize("text, place", [
    # fled: the share's place may be where people fled from
    ("Some 30,000 people have fled their homes, most of them in Sfax.", "Sfax"),
    # residents at work, not arrivals
    ("Most of the port's dockers work in shifts, most of them in Sfax.", "Sfax"),
    # negated
    ("No families have arrived this month, most of them in Sfax.", "Sfax"),
    # custody: people held
    ("Police detained 300 people who had arrived, most of them in Sfax.", "Sfax"),
    # a time, not a place, after the share
    ("The families left Sfax by bus and arrived, most of them in the past week.", "Sfax"),
    # goods, not people
    ("Aid shipments for the families arrived, most of them in Sfax.", "Sfax"),
], ids=["fled", "workers", "negated", "custody", "time", "goods"])
def test_a_share_s_place_not_after_an_arrival_is_no_destination(text, place):
    assert "destination" not in role_of(text, place)


# ------------------------------------------------------------------ a job where people already are


@pytest.mark.parametrize("text", [
    "Locals in Tunis queued for a job in Tunis at the new port.",
    "Young men from Tunis applied early and lined up for a job in Tunis at the hotel.",
], ids=["locals-in", "men-from"])
def test_a_job_in_the_place_people_are_in_is_no_destination(text):
    assert "destination" not in role_of(text, "Tunis")


@pytest.mark.parametrize("text, place", [
    # people from one place, the job in another: still where they go
    ("Young men from Tunis paid an agent for a job in Malta.", "Malta"),
    ("Locals in Sfax queued for a job in Tunis.", "Tunis"),
], ids=["from-elsewhere", "locals-elsewhere"])
def test_a_job_elsewhere_than_where_people_are_is_still_a_destination(text, place):
    assert "destination" in role_of(text, place)
