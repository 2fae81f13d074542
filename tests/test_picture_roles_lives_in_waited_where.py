"""Roles: the right family for a place (destination vs transit, launch vs destination).

- "lives in X" told now ("her brother crossed into Y and lives in X", "the family now lives in two
  rooms in X", "she has lived in X since 2015"): where the journey brought someone, a destination
  (destination.lives_in), not a stay on the way; not a home left ("still lives"), nor someone a
  clause only describes ("a writer who lives in X"), nor a wait in a shelter.
- "X, where they waited nine days", "Y, where they boarded the boat": a wait or a boarding told
  after the place reached is a stop on the way (transit.waited_where), not a stay of years, nor a
  holiday or a team's trip.
- A count of residents ("thousands now live in X") and work told as a job ("worked in a restaurant
  in X") stay destinations where the document has people leave that country later (no `stay`).

Sentences written for these tests; geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import picture, roles

#: A sentence that makes a text about migration, so that the motion cues read it.
CONTEXT = "Hundreds of Sudanese refugees crossed into Egypt this year. "


def _hedged(pic, name: str, role: str) -> bool:
    return any(f.name == name and f.role == role and f.properties.get("hedged") for f in pic.features)


# ------------------------------------------------------------------ "lives in X" now

@pytest.mark.parametrize("text", [
    CONTEXT + "Her brother crossed into Libya last spring and lives in Tripoli.",
    CONTEXT + "The family now lives in two rooms in Tunis, where the father works nights.",
    CONTEXT + "She has lived in Rome since 2015 and teaches Arabic to children.",
    CONTEXT + "He lives in Sfax now, washing dishes in a hotel kitchen.",
    CONTEXT + "They now live in Benghazi with relatives.",
], ids=["crossed-and-lives", "two-rooms", "since", "now-after", "they-now-live"])
def test_a_home_now_is_a_destination(text):
    found = roles(picture(text))
    place = next(n for n in ("Tripoli", "Tunis", "Rome", "Sfax", "Benghazi") if n in text)
    assert "destination" in found.get(place, set())
    assert "transit" not in found.get(place, set())


def test_a_home_now_hedged_is_hedged():
    pic = picture(CONTEXT + "Her brother reportedly lives in Tripoli.")
    assert "destination" in roles(pic).get("Tripoli", set())
    assert _hedged(pic, "Tripoli", "destination")


@pytest.mark.parametrize("text", [
    CONTEXT + "His mother still lives in Tripoli and calls him every week.",
    CONTEXT + "The report was written by a journalist who lives in Rome.",
    CONTEXT + "He no longer lives in Tunis.",
    CONTEXT + "The family lives in a shelter in Tunis, waiting for a boat.",
    CONTEXT + "He now lives in Tunis and hopes to reach Rome next year.",
    CONTEXT + "The team's captain lives in Tripoli and studies law; he flew in from Rome.",
], ids=["still-home", "who-describes", "no-longer", "shelter-wait", "hope-beyond", "student"])
def test_no_home_now_for_a_home_left_a_describer_or_a_wait(text):
    # (a bare "lives in X" may still end as a destination by other rules: this cue stays silent)
    pic = picture(text)
    place = next(n for n in ("Tripoli", "Rome", "Tunis") if n in text)
    assert not any("destination.lives_in" in f.cue for f in pic.features if f.name == place)


@pytest.mark.parametrize("text", [
    CONTEXT + "The report was written by a journalist who lives in Rome.",
    CONTEXT + "He no longer lives in Tunis.",
    CONTEXT + "The family lives in a shelter in Tunis, waiting for a boat.",
], ids=["who-describes", "no-longer", "shelter-wait"])
def test_no_destination_for_a_describer_a_home_denied_or_a_wait(text):
    found = roles(picture(text))
    place = next(n for n in ("Rome", "Tunis") if n in text)
    assert "destination" not in found.get(place, set())


# ------------------------------------------------------------------ "X, where they waited"

@pytest.mark.parametrize("text", [
    CONTEXT + "With four friends he took the bus to Agadez, where they waited nine days for a truck.",
    CONTEXT + "A driver took the group north to a house near Zuwara, where they waited until dark.",
    CONTEXT + "From Tripoli they were driven to Zuwara, where they boarded a wooden boat at night.",
    CONTEXT + "The landing craft stopped first at Sfax, where the families spent two nights in a hall.",
], ids=["waited-days", "waited-until", "boarded", "spent-nights"])
def test_a_wait_or_a_boarding_after_the_place_is_a_stop_on_the_way(text):
    found = roles(picture(text))
    place = next(n for n in ("Agadez", "Zuwara", "Sfax") if n in text)
    assert found.get(place, set()) & {"transit", "launch_point"}


@pytest.mark.parametrize("text", [
    CONTEXT + "At twenty he went to Rome, where he spent four years on the night shift at a factory.",
    CONTEXT + "The tourists flew to Malta, where they spent two nights in a hotel on the harbour.",
    CONTEXT + "The players flew to Tunis, where they spent a night in an airport hotel before the final.",
], ids=["years", "tourists", "team"])
def test_no_stop_on_the_way_for_years_a_holiday_or_a_team(text):
    # (a place reached may still end as a stop by other rules: this cue stays silent)
    pic = picture(text)
    place = next(n for n in ("Rome", "Malta", "Tunis") if n in text)
    assert not any("transit.waited_where" in f.cue for f in pic.features if f.name == place)


def test_a_wait_denied_is_no_stop():
    pic = picture(CONTEXT + "They reached Agadez, where they never waited for a truck.")
    assert not any("transit.waited_where" in f.cue for f in pic.features if f.name == "Agadez")


# ------------------------------------------------------------------ stays that stay destinations

@pytest.mark.parametrize("text", [
    CONTEXT + "About 9,000 Sudanese now live in Italy. Last month a boat left Lampedusa for Tunis.",
    CONTEXT + "She worked as a housemaid in Rome. Last month a boat left Lampedusa for Tunis.",
], ids=["residents", "job"])
def test_residents_and_a_job_stay_destinations_where_people_later_leave_the_country(text):
    found = roles(picture(text))
    place = "Italy" if "in Italy" in text else "Rome"
    assert "destination" in found.get(place, set())
