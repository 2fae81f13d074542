"""Facts (geomig/picture/facts.py and the [[unit]] entries of cues.toml), on sentences written
for these tests: a number is counted as the event its words describe, whether the verb comes
after it ("300 migrants were intercepted") or before it ("intercepted 300 migrants")."""

from __future__ import annotations

import pytest
from extract_helpers import annotate, picture

from geomig.picture import cues, read
from geomig.picture.facts import fact_claims


def facts(text: str) -> set[tuple[str, object]]:
    return {(f.unit, f.value if not isinstance(f.value, tuple) else list(f.value))
            for f in read([annotate(text)])[0].facts}


@pytest.mark.parametrize("text, expected", [
    ("The coast guard intercepted 300 migrants off Sfax.", {("interceptions", 300)}),
    ("Police arrested about 40 people near Zawiya on Friday.", {("interceptions", 40)}),
    ("Greece pushed back 120 asylum seekers to Turkey last month.", {("returns", 120)}),
    ("Libya deported more than 1,000 Nigerians and returned 200 people to Niger.", {("returns", 200)}),
    ("A charity ship rescued 46 migrants south of Lampedusa.", {("rescues", 46)}),
    # the verb after the number, as before
    ("Some 300 migrants were intercepted and 120 were returned to Tripoli.",
     {("interceptions", 300), ("returns", 120)}),
    ("After the boat capsized off Zuwara, 12 migrants drowned and 30 are missing.",
     {("deaths", 12), ("missing", 30)}),
    # a nationality is people too
    ("The coast guard interdicted 48 Eritreans off Lampedusa.", {("interceptions", 48)}),
    ("Since October the coast guard has repatriated 2,140 Tunisians to Sfax.", {("returns", 2140)}),
    ("The navy rescued 103 Rohingya south of Lampedusa.", {("rescues", 103)}),
    ("Police detained 95 Sudanese near Zawiya.", {("interceptions", 95)}),
], ids=["intercepted-n", "arrested-about-n", "pushed-back-n", "returned-n-people", "rescued-n",
        "n-were-intercepted", "deaths-and-missing", "interdicted-n-nationals", "repatriated-n-nationals",
        "rescued-n-rohingya", "detained-n-sudanese"])
def test_a_number_counts_its_event(text, expected):
    assert expected <= facts(text)


@pytest.mark.parametrize("text, unit", [
    # the verb comes just before the number, and people after it
    ("Police arrested 3 smugglers and seized 40 life jackets near Zawiya.", "interceptions"),
    ("The ministry intercepted 12 phone calls from Tripoli.", "interceptions"),
    ("The government returned 50 tanks to the army depot in Misrata.", "returns"),
    # a verb further away does not count the number
    ("The coast guard intercepted a boat on which 60 migrants had left Sfax.", "interceptions"),
], ids=["smugglers", "phone-calls", "tanks", "verb-not-adjacent"])
def test_not_counted_as(text, unit):
    assert unit not in {u for u, _ in facts(text)}


def test_an_interception_attaches_to_the_zone():
    pic = picture("The Tunisian coast guard intercepted 300 migrants off Sfax.")
    (zone,) = pic.by_role("control_zone")
    assert [(f.unit, f.value) for f in zone.facts] == [("interceptions", 300)]


def test_fact_claims_reads_one_sentence():
    doc = annotate("Police caught 25 migrants near Zuwara.")
    (claim,) = fact_claims(cues.mask(doc, 0), cues.default(), [])
    assert (claim.unit, claim.value, claim.text) == ("interceptions", 25, "25 migrants")


def test_an_interception_count_stays_with_its_own_event():
    # each number counts the event of its own sentence, not every zone of the report
    pic = picture("The Tunisian coast guard intercepted 300 migrants off Sfax. "
                  "Later, 12 people were held at the detention centre in Sebha.")
    by_place = {f.properties["place"]: {(x.unit, x.value) for x in f.facts}
                for f in pic.by_role("control_zone")}
    assert ("interceptions", 300) in by_place["Sfax"]
    assert ("interceptions", 300) not in by_place["Sebha"]


def test_a_count_without_a_zone_of_its_own_goes_to_the_nearest_one():
    pic = picture("Libyan soldiers patrol the beach at Zuwara. The camp in Kufra is full. "
                  "Last week 80 migrants were caught trying to leave.")
    by_place = {f.properties["place"]: {(x.unit, x.value) for x in f.facts}
                for f in pic.by_role("control_zone")}
    # the camp's sentence is the nearest before the count's: Kufra's zone takes it, Zuwara's not
    assert ("interceptions", 80) in by_place["Kufra"]
    assert ("interceptions", 80) not in by_place["Zuwara"]
