"""Places the text gives no role, and texts that give no migration picture: a place people went
through without stopping is no stop on the way; texts about holiday or business travel and
evacuation drills give no migration picture.

Sentences and texts written for these tests."""

from __future__ import annotations

import pytest
from extract_helpers import role_of


# ------------------------------------------------------------------ through a place without stopping

@pytest.mark.parametrize("text, place", [
    ("The smugglers drove them through Tunisia without stopping and left them at the coast near Zuwara.",
     "Tunisia"),
    ("The lorry went through Niger in the dark, without stopping except for fuel, and reached Sebha.",
     "Niger"),
    ("They were driven through Agadez and Sebha without stopping, and reached Zuwara at dawn.", "Agadez"),
    ("They were driven through Agadez and Sebha without stopping, and reached Zuwara at dawn.", "Sebha"),
    ("The bus crossed Tunisia, Libya and Egypt without letting anyone off, and arrived in Sudan.", "Libya"),
    ("Our convoy passed through the town of Agadez in a closed lorry, without getting off, on the way to Sebha.",
     "Agadez"),
], ids=["drove-through", "in-the-dark", "two-places-first", "two-places-second", "letting-anyone-off",
        "closed-lorry"])
def test_a_place_passed_without_stopping_is_no_stop(text, place):
    assert "transit" not in role_of(text, place)


@pytest.mark.parametrize("text, place", [
    # the true journey: a stop on the way, told as a stop
    ("The smugglers drove them through Tunisia and left them at the coast near Zuwara.", "Tunisia"),
    ("They travelled through Agadez, where they waited two weeks, and then on to Sebha without stopping.",
     "Agadez"),
    # a stop at a checkpoint is left alone: whether they stopped there the words do not say
    ("Trucks pass through Agadez without stopping at the checkpoint, on their way to Sebha.", "Agadez"),
    # a place left before the run that did not stop
    ("Buses run through Agadez and on, past Sebha without stopping, to Zuwara.", "Agadez"),
], ids=["stop", "waited-there", "at-the-checkpoint", "and-on"])
def test_a_stop_on_the_way_stays(text, place):
    assert "transit" in role_of(text, place)


# ------------------------------------------------------------------ the document gate: travel and drills

from extract_helpers import picture  # noqa: E402

from geomig.picture import cues  # noqa: E402

_HOLIDAY = (
    "Summer holidays bring record crossings to Spain\n\n"
    "A record 2.3 million people crossed into Spain from Morocco in August, border police said, as "
    "families from Italy and Greece drove south for their summer holidays. Holidaymakers queued for "
    "hours at the ports. Hotel occupancy in Spain reached 92 percent, and tour operators expect more "
    "foreign visitors from Turkey and Malta in September.")
_BUSINESS = (
    "Business travel is back\n\n"
    "Corporate travel from Italy rose by a third this spring, as executives flew to Spain, Greece and "
    "Turkey for trade fairs and meetings, a survey of business travellers showed. Hotels in Malta "
    "reported more conference guests arriving from Tunisia and Morocco, and airlines added flights "
    "from Rome to Tunis.")
_RESCUE_DRILL = (
    "Coast guard rehearses a mass rescue off Lampedusa\n\n"
    "The coast guard staged an exercise off Lampedusa on Thursday, simulating the rescue of 150 "
    "migrants from a sinking boat that had set off from Libya. Volunteers playing the passengers were "
    "brought ashore at the port, where medics practised first aid. A patrol boat from Malta took part "
    "in the drill, and officials said the exercise tested how fast crews could reach the reception "
    "centre. No real migrants were involved.")
_TSUNAMI_DRILL = (
    "Thousands take part in a tsunami drill\n\n"
    "Residents of coastal towns in Greece walked to higher ground on Wednesday as sirens sounded in a "
    "tsunami evacuation drill. About 9,000 people were evacuated from the beaches to shelters in the "
    "hills, and families from Lesbos were taken by boat to a tent camp on the mainland for the "
    "exercise. Rescue teams from Turkey and Italy joined the rehearsal, and everyone returned home by noon.")
#: A true report that names tourists and a holiday island: its roles stay.
_MIGRATION_AMONG_TOURISTS = (
    "Migrants land among tourists on Lampedusa\n\n"
    "More than 300 migrants who had set off from Libya two days earlier came ashore on Lampedusa on "
    "Sunday, as tourists watched from the beach. The refugees, most of them Eritreans, were taken to "
    "the island's reception centre, and the Italian coast guard said another boat carrying 80 people "
    "had been intercepted off Lampedusa. Tourists on the island said they had seen boats arrive every "
    "day this summer; most of the migrants hope to reach Italy's mainland and then Germany.")


def _roles_and_zones(text: str) -> list[tuple[str, str]]:
    return [(f.role, f.name) for f in picture(text).features
            if f.role in ("launch_point", "destination", "transit", "origin", "control_zone", "route")]


@pytest.mark.parametrize("text", [_HOLIDAY, _BUSINESS, _RESCUE_DRILL, _TSUNAMI_DRILL],
                         ids=["holiday-statistics", "business-travel", "rescue-drill", "tsunami-drill"])
def test_travel_and_drills_give_no_migration_picture(text):
    assert not cues.default().on_topic(text)
    assert _roles_and_zones(text) == []


def test_a_landing_watched_by_tourists_keeps_its_picture():
    assert cues.default().on_topic(_MIGRATION_AMONG_TOURISTS)
    found = _roles_and_zones(_MIGRATION_AMONG_TOURISTS)
    assert {("launch_point", "Libya"), ("origin", "Eritrea"), ("destination", "Italy")} <= set(found)
    assert any(role == "control_zone" and "Lampedusa" in name for role, name in found)


@pytest.mark.parametrize("sentence", [
    "Tour operators said summer holidays to the islands were fully booked.",
    "Hotel occupancy rose as foreign visitors returned for the holiday season.",
    "The navy staged a joint exercise simulating the rescue of a sinking ship.",
    "Business travellers filled the trade fairs in the spring.",
], ids=["tour-operators", "hotel-occupancy", "exercise", "business-travel"])
def test_travel_and_drill_words_name_other_movers(sentence):
    assert cues.default()._others(sentence, cues.folded(sentence), 50) >= 2


@pytest.mark.parametrize("sentence", [
    "He exercised his right to claim asylum in Spain.",
    "They came on a tourist visa and stayed for years.",
    "The travel agent who sold them the tickets was arrested.",
], ids=["exercised-right", "tourist-visa", "travel-agent"])
def test_migration_wording_names_no_other_movers(sentence):
    assert cues.default()._others(sentence, cues.folded(sentence), 50) == 0
