"""A place people were carried to, in a sentence naming no start of its own ("Most were driven
by volunteers to Y", "Smugglers drove them to Y"): the leg starts at the last stop the
sentence before names (routes.returns._from_there, [route_modes] taken_on), as it does after "From
there". Not a move denied, hoped for or of other people, nor one whose sentence names its start.

Sentences written for these tests; geocoded by the real gazetteer."""

from __future__ import annotations

import pytest

import geomig
from geomig.picture import extract

_LEFT = "Ukrainian officials said 1,240 displaced people left Pokrovsk over the past day. "
_AFTER = (" Many fled Bakhmut last year. Others travelled from Myrnohrad to Pokrovsk. "
          "New arrivals are being sent to Zaporizhzhia.")


def routes(text: str) -> list[tuple[str, ...]]:
    pic = extract([geomig.geocode_document(geomig.Document("t.txt", text))])
    return sorted(tuple(f.properties["stop_names"]) for f in pic.by_role("route"))


def _leg(found: list[tuple[str, ...]], a: str, b: str) -> bool:
    return any(a in r and b in r[r.index(a) + 1:] for r in found)


@pytest.mark.parametrize("carried", [
    "Most were driven by volunteers to Pavlohrad, where an evacuation train was waiting.",
    "Volunteers drove them to Pavlohrad, where an evacuation train was waiting.",
    # a force the subject of an active verb carries the people all the same
    "Police are recording names and have taken them by bus to Pavlohrad, where an evacuation train was waiting.",
])
def test_people_carried_on_go_from_the_place_the_sentence_before_left_them(carried):
    assert _leg(routes(_LEFT + carried + _AFTER), "Pokrovsk", "Pavlohrad")


@pytest.mark.parametrize("carried", [
    "They were not driven to Pavlohrad, where an evacuation train was waiting.",           # denied
    "Volunteers hope to drive more people to Pavlohrad, where an evacuation train was waiting.",  # hoped for
    "Volunteers say reporters were driven to Pavlohrad, where an evacuation train was waiting.",  # others
    "Other families were driven to Pavlohrad, where an evacuation train was waiting.",      # another group
    "Others hope to be driven to Pavlohrad, where an evacuation train is waiting.",        # hoped for
    "Most will be driven by volunteers to Pavlohrad, where an evacuation train is waiting.",   # to come
    "Most are expected to be driven to Pavlohrad, where an evacuation train is waiting.",     # to come
    "The guards were later driven to Pavlohrad, where an evacuation train was waiting.",     # no movers
    "The volunteers' cars were driven to Pavlohrad, where an evacuation train was waiting.",  # things
    "In 2019 a separate group was bused to Pavlohrad, where an evacuation train was waiting.",  # another group
])
def test_a_denied_hoped_or_other_move_is_no_leg_from_the_place_before(carried):
    assert not _leg(routes(_LEFT + carried + _AFTER), "Pokrovsk", "Pavlohrad")


def test_a_sentence_naming_its_own_start_keeps_it():
    assert _leg(routes(_LEFT + "Most were driven by volunteers from Kramatorsk to Pavlohrad." + _AFTER),
                "Kramatorsk", "Pavlohrad")


@pytest.mark.parametrize("between, leg", [
    ("Volunteers handed out water at the station.", True),     # a sentence naming no place
    ("Others reached Kramatorsk on foot.", False),             # one naming a stop: the leg starts there
])
def test_people_carried_on_after_a_sentence_naming_no_place_go_from_the_one_before(between, leg):
    carried = " Most were then driven by volunteers to Pavlohrad, where an evacuation train was waiting."
    assert _leg(routes(_LEFT + between + carried + _AFTER), "Pokrovsk", "Pavlohrad") is leg


def test_a_place_where_others_were_held_is_no_start_of_the_people_carried_on():
    # smugglers arrested at X: the families carried on next were not left there
    arrested = "Police arrested three smugglers in Kramatorsk on Monday. "
    carried = "The families were taken to Pavlohrad, where an evacuation train was waiting."
    assert not _leg(routes(_LEFT + arrested + carried), "Kramatorsk", "Pavlohrad")
