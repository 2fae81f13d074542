"""Roles: months of work or work since a year at a place
make it a destination (not a stop on the way), a job abroad gone back to is a destination (not
a return), a departure only planned is no departure that makes a place of work a stay, a job
tried or hoped for is a destination hoped for (no route). (A journey told only by its price:
test_picture_relevance_priced.py.)

Sentences written for these tests; geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import CONTEXT, picture, role_of


def routes(text: str) -> list[list[str]]:
    """The stops of each route of a text told after CONTEXT."""
    return [f.properties["stop_names"] for f in picture(CONTEXT + text).by_role("route")]


def ends_a_route(text: str, place: str) -> bool:
    return any(place in stops for stops in routes(text))


# ------------------------------------------------------------------ months of work

@pytest.mark.parametrize("text, place", [
    ("Many of the men are farm hands from Niger who used to spend seven months on building sites "
     "in Tunis and Sfax.", "Sfax"),
    ("Many of the men are farm hands from Niger who used to spend seven months on building sites "
     "in Tunis and Sfax.", "Tunis"),
    ("He used to spend eight months a year in factories in Sfax.", "Sfax"),
    # hedged: still where he went
    ("He reportedly worked in Tunis for nine months, his brother said.", "Tunis"),
], ids=["used-to-spend-first", "used-to-spend-listed", "months-a-year", "hedged"])
def test_months_of_work_at_a_place_make_it_a_destination(text, place):
    assert role_of(text, place) == {"destination"}


@pytest.mark.parametrize("text, place", [
    # work that pays for the next leg, or short: a stay on the way
    ("He spent two months working in Tripoli to pay for the boat.", "Tripoli"),
    ("They worked in Agadez for three months to pay the smuggler.", "Agadez"),
    ("They spent two weeks working in Sfax.", "Sfax"),
    # a move on told after it
    ("They spent four months working in Tripoli before crossing to Italy.", "Tripoli"),
], ids=["pays-the-boat", "pays-the-smuggler", "weeks", "moved-on"])
def test_months_of_work_on_the_way_stay_a_stop(text, place):
    assert "destination" not in role_of(text, place)


@pytest.mark.parametrize("text", [
    "They did not spend months on farms in Sfax.",
    # a local at work
    "A Tunisian baker worked in Sfax for ten months.",
], ids=["negated", "local"])
def test_no_destination_from_months_of_work_denied_or_local(text):
    assert "destination" not in role_of(text, "Sfax")


# ------------------------------------------------------------------ work since a year

@pytest.mark.parametrize("text, place", [
    ('"I have worked in Tunis since 2014," said Karim, 29.', "Tunis"),
    ("Since 2019 she has worked in Sfax.", "Sfax"),
    ("Karim has been working in Tunis since he was 19.", "Tunis"),
    # hedged
    ("He says he has worked in Sfax since 2016.", "Sfax"),
], ids=["quoted", "since-first", "since-an-age", "hedged"])
def test_work_since_a_year_makes_a_destination(text, place):
    assert "destination" in role_of(text, place)


@pytest.mark.parametrize("text, place", [
    ("Aid groups have worked in Tunis since 2015.", "Tunis"),
    ("Police have worked in Sfax since March to stop the boats.", "Sfax"),
    ("A Tunisian nurse has worked in Sfax since 2001.", "Sfax"),
], ids=["aid-groups", "police", "local"])
def test_no_destination_from_work_since_of_others(text, place):
    assert "destination" not in role_of(text, place)


# ------------------------------------------------------------------ back to jobs abroad, a departure only planned

def test_jobs_gone_back_to_abroad_stay_a_destination_when_a_departure_is_only_planned():
    text = ("Some were bound for Rome; others were going back to jobs in Tunis they had left in the "
            "autumn. He plans to leave Tunisia next year.")
    assert role_of(text, "Tunis") == {"destination"}


@pytest.mark.parametrize("text", [
    "Others returned to their jobs in Tunis after the holidays.",
    "Many are heading back to their employers in Tunis this spring.",
    # hedged
    "Most apparently went back to their jobs in Tunis, a recruiter said.",
], ids=["returned-to-jobs", "back-to-employers", "hedged"])
def test_going_back_to_jobs_abroad_is_a_destination(text):
    assert role_of(text, "Tunis") == {"destination"}


@pytest.mark.parametrize("text", [
    # a job at home is home (the document's people are Eritrean)
    "Others went back to their old jobs in Eritrea.",
    "He did not go back to his job in Tunis.",
], ids=["home", "negated"])
def test_no_destination_from_a_job_at_home_or_not_gone_back_to(text):
    place = "Eritrea" if "Eritrea" in text else "Tunis"
    assert "destination" not in role_of(text, place)


@pytest.mark.parametrize("text", [
    "He plans to leave Tunisia next year.",
    "Migrants hope to leave Tunisia soon.",
], ids=["plans", "hope"])
def test_a_departure_only_planned_keeps_its_role(text):
    assert "launch_point" in role_of(text, "Tunisia")


def test_a_departure_made_still_makes_a_place_of_work_a_stay():
    text = "Others took jobs in Tunis. Later they left Tunisia by boat for Italy."
    assert role_of(text, "Tunis") == {"transit"}


# ------------------------------------------------------------------ a job hoped for

@pytest.mark.parametrize("text", [
    "He means to quit Libya in the autumn and try for a job in Italy instead.",
    # hedged
    "He may apply for work on farms in Italy, a friend said.",
], ids=["try-for-a-job", "hedged-apply"])
def test_a_job_tried_for_is_a_destination_without_a_route(text):
    assert "destination" in role_of(text, "Italy")
    assert not ends_a_route("Families left Agadez by truck. " + text, "Italy")


@pytest.mark.parametrize("text", [
    "She hopes to find work in Italy, where a cousin has a flat.",
    "He wants to get work at a factory in Italy.",
    # hedged
    "Most of them probably hope to land jobs in Italy.",
], ids=["find-work", "get-work", "hedged-land"])
def test_a_job_hoped_for_is_a_destination_without_a_route(text):
    assert "destination" in role_of(text, "Italy")
    assert not ends_a_route("Families left Agadez by truck. " + text, "Italy")


@pytest.mark.parametrize("text", [
    "He will not try for a job in Italy.",
    # workers sought, not a job
    "Farms in Italy try to find workers abroad.",
], ids=["negated", "workers-sought"])
def test_no_destination_from_a_job_not_sought(text):
    assert "destination" not in role_of(text, "Italy")
