"""Places where people are taken to be held (session 29): a force's centre, camp or station
that a clause has people moved to ("drove them to the detention centre at Y") is the end of a
leg from where they were found, and the start of the one that takes them on. A move denied or
only guessed at, a place only guarded, and goods, a team or a suspect taken somewhere draw none.
People stopped or arrested at one place and then held at another in the same clause ("arrested in X
and held at the centre in Y") go from the first to the second (returns._held_after).

Sentences written for these tests; geocoded by the real gazetteer."""

from __future__ import annotations

import pytest

import geomig
from geomig.picture import extract

FOUND = "Police found 18 Moroccan migrants hiding in a lorry at Irun"
STOPPED = "Soldiers stopped 31 Congolese migrants at Kasane. "


def routes(text: str) -> list[tuple[str, ...]]:
    pic = extract([geomig.geocode_document(geomig.Document("t.txt", text))])
    return sorted(tuple(f.properties["stop_names"]) for f in pic.by_role("route"))


def has_leg(found: list[tuple[str, ...]], a: str, b: str) -> bool:
    return any(a in r and b in r[r.index(a) + 1:] for r in found)


@pytest.mark.parametrize("text, leg", [
    (FOUND + " and drove them to the detention centre at Aluche.", ("Irun", "Aluche")),    # its own sentence
    (STOPPED + "They were driven to the reception centre in Francistown.", ("Kasane", "Francistown")),  # before
])
def test_a_place_people_are_taken_to_be_held_ends_a_leg(text, leg):
    assert has_leg(routes(text), *leg)


@pytest.mark.parametrize("text, legs", [
    (FOUND + " and drove them to the detention centre at Aluche. A week later they were flown back to Tangier.",
     [("Irun", "Aluche"), ("Aluche", "Tangier")]),
    (STOPPED + "They were driven to the reception centre in Francistown, and from there they were deported "
     "to Lubumbashi.", [("Kasane", "Francistown"), ("Francistown", "Lubumbashi")]),
])
def test_held_then_sent_on_reads_in_turn(text, legs):
    found = routes(text)
    assert all(has_leg(found, *leg) for leg in legs)


@pytest.mark.parametrize("text", [
    FOUND + " but did not drive them to the detention centre at Aluche.",                 # denied
    FOUND + " and may drive them to the detention centre at Aluche.",                     # hedged
    FOUND + ". Guards patrol the fence of the detention centre at Aluche.",               # only guarded
    "Dock workers at Irun took the crates of oranges to a warehouse in Aluche.",          # goods
    "The rugby squad landed in Irun and was driven to its hotel in Aluche.",              # a team
    "Detectives arrested a burglary suspect in Irun and drove him to the police station in Aluche.",  # a crime
])
def test_no_leg_to_a_place_of_holding_unless_people_were_moved_there(text):
    assert not has_leg(routes(text), "Irun", "Aluche")


def test_no_one_moved_draws_no_leg():
    assert not has_leg(routes(STOPPED + "Nobody was driven to the reception centre in Francistown."),
                       "Kasane", "Francistown")


# (session 42, review41 M3: "and then to hotels in Y and Z" chained Y -> Z; each is an end of the
# move from where people were held: returns._taken_from)
@pytest.mark.parametrize("text", [
    "Migrants were taken to the processing centre at Lampedusa, and then to hotels in Rome and Milan.",
    "Migrants were taken to the processing centre at Lampedusa and later to hotels in Rome, Milan and Turin.",
])
def test_places_listed_as_where_people_were_taken_are_ends_not_a_chain(text):
    found = routes(text)
    assert has_leg(found, "Lampedusa", "Rome") and has_leg(found, "Lampedusa", "Milan")
    assert not has_leg(found, "Rome", "Milan")


def test_a_move_on_from_one_place_taken_to_still_chains():
    # (not a list: "to a hotel in Y and on to a camp in Z" moves on from Y)
    found = routes("Migrants were taken to the processing centre at Lampedusa, and then to a hotel in Rome "
                   "and on to a camp in Milan.")
    assert has_leg(found, "Lampedusa", "Rome") and has_leg(found, "Rome", "Milan")


# ------------------------------------------- stopped at one place, then held at another

@pytest.mark.parametrize("text, leg", [
    ("Police arrested 14 Ghanaian workers at a checkpoint in Irun in May and held them at the "
     "detention centre in Aluche.", ("Irun", "Aluche")),
    ("Soldiers detained 31 Congolese migrants at Kasane, then kept them for two weeks in the "
     "reception centre in Francistown.", ("Kasane", "Francistown")),
])
def test_stopped_at_one_place_and_held_at_another_is_a_leg(text, leg):
    assert has_leg(routes(text), *leg)


@pytest.mark.parametrize("text", [
    # no joining words: the second place is only where others say so
    "Police in Irun said 14 Ghanaian workers were held at the detention centre in Aluche.",
    # another clause's people
    "Police arrested 14 Ghanaian workers at a checkpoint in Irun; others are held at the "
    "detention centre in Aluche.",
])
def test_no_leg_where_the_holding_is_not_the_same_peoples(text):
    assert not has_leg(routes(text), "Irun", "Aluche")
