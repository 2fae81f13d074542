"""Control zones a user's trial drew wrong (session 23): an armed group's checkpoint told place
first or after "where", a force's name glued to the word before it, a detention centre put in
the first town of its sentence, a coast guard's act off a list of places or off a place by a
passive, people held for a time, a push-back credited to the country people were pushed into,
a force's act dated by someone else's visit; and people in custody (a retention centre, police
custody, "X, where she is being held").

Sentences written for these tests; geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import ZONE_CONTEXT, picture, zones, zones_told


def _zone(text: str, place: str):
    """The properties of the one zone over a place."""
    (zone,) = [z.properties for z in picture(ZONE_CONTEXT + text).by_role("control_zone")
               if z.properties["place"] == place]
    return zone


# ------------------------------------------------------------------------------ armed checkpoints

@pytest.mark.parametrize("text, expected", [
    ("Families reach the border near Kufra, where a militia allied with the eastern government runs a checkpoint.",
     {("militia", "Kufra")}),
    ("Further south, on the road to Kufra, an armed group has set up three checkpoints and detains young men.",
     {("militia", "Kufra")}),
    ("On the coast road, gunmen from two rival clans control checkpoints outside Sebha and Misrata.",
     {("militia", "Sebha"), ("militia", "Misrata")}),
    # negation
    ("Families reach the border near Kufra, where no militia runs a checkpoint any more.", set()),
    ("On the road to Kufra, an armed group has not set up any checkpoints.", set()),
    # distractors: a group that runs something else
    ("Families reach the border near Kufra, where a militia once ran a hospital.", set()),
    ("On the road to Kufra, an armed group has set up two clinics.", set()),
    ("Gunmen from a rival clan control the markets outside Sebha.", set()),
], ids=["where-a-militia-runs", "place-first", "group-from-clans", "no-militia", "not-set-up",
        "hospital", "clinics", "markets"])
def test_an_armed_groups_checkpoint_is_its_zone(text, expected):
    assert zones_told(text) == expected


def test_a_hedged_armed_checkpoint_stays_hedged():
    zone = _zone("Families reach the border near Kufra, where a militia reportedly runs a checkpoint.", "Kufra")
    assert (zone["control"], zone["hedged"]) == ("militia", True)


# ------------------------------------------------------------------------------ actor names

@pytest.mark.parametrize("text, place, actor", [
    ("Migrants from Niger arrive in Kufra every week. The town's police raid the camp at night and take "
     "men to a detention centre in the town.", "Kufra", "Libyan police"),
    ("Migrants walked from Niger. Near Sebha, by the time soldiers stopped the truck, three had died.",
     "Sebha", "Libyan soldiers"),
    # hedged: the same name
    ("Migrants walked from Niger. Near Sebha, by the time soldiers reportedly stopped the truck, three had died.",
     "Sebha", "Libyan soldiers"),
    # a common noun first in its sentence
    ("Armed men's checkpoints on the road to Kufra stop every lorry.", "Kufra", "armed men"),
    # distractor: a force's own words before its noun stay
    ("Migrants walked from Niger. Near Sebha, Libyan border guards stopped the truck.", "Sebha",
     "Libyan border guards"),
], ids=["town-s-police", "by-the-time", "hedged", "armed-men", "border-guards"])
def test_a_forces_name_leaves_out_the_word_before_it(text, place, actor):
    assert _zone(text, place)["actor"] == actor


# ------------------------------------------------------------------------------ where a centre is

def test_a_detention_centre_is_at_the_place_its_where_clause_follows():
    found = zones_told("The coastguard returns intercepted boats to Tripoli, where the passengers are held in a "
                   "detention centre. Boats still leave from Zawiya.")
    assert ("detention", "Tripoli") in found and ("detention", "Zawiya") not in found
    # ... also after another place of the sentence
    found = zones_told("The coastguard patrols off Zawiya and returns intercepted boats to Tripoli, where the "
                   "passengers are held in a detention centre.")
    assert ("detention", "Tripoli") in found and ("detention", "Zawiya") not in found


@pytest.mark.parametrize("text, expected", [
    # distractor: no where clause, the sentence's town as before
    ("Boats leave from Zawiya, and the passengers of intercepted boats are held in a detention centre.",
     {("detention", "Zawiya")}),
    # negation
    ("The coastguard returns intercepted boats to Tripoli, where the passengers are not held in a detention "
     "centre but freed.", set()),
], ids=["no-where", "not-held"])
def test_a_detention_centre_without_a_where_clause(text, expected):
    assert {z for z in zones_told(text) if z[0] == "detention"} == expected


# ------------------------------------------------------------------------------ kinds

@pytest.mark.parametrize("text, expected", [
    ("The coastguard patrols the sea off Zawiya and Sabratha.",
     {("coastguard", "Zawiya"), ("coastguard", "Sabratha")}),
    ("The coastguard patrols off Zawiya, Sabratha, and Zuwara.",
     {("coastguard", "Zawiya"), ("coastguard", "Sabratha"), ("coastguard", "Zuwara")}),
    ("A boat with 50 people was intercepted off Sabratha by the Libyan coastguard on Tuesday.",
     {("coastguard", "Sabratha")}),
    # distractor: near a place, on land
    ("A boat was intercepted near Sabratha by the Libyan coastguard on Tuesday.", {("border", "Sabratha")}),
    # negation
    ("A boat was not intercepted off Sabratha by the Libyan coastguard.", set()),
], ids=["off-a-list", "off-a-longer-list", "passive-off", "passive-near", "not-intercepted"])
def test_a_coastguards_act_off_a_place_is_at_sea(text, expected):
    assert zones_told(text) == expected


@pytest.mark.parametrize("text, place, expected", [
    ("In Sfax, Tunisian gendarmes detained four of them for ten days before releasing them.", "Sfax",
     ("detention", "Tunisian gendarmes", False)),
    ("In Sfax, Tunisian gendarmes reportedly detained four of them for ten days.", "Sfax",
     ("detention", "Tunisian gendarmes", True)),
    ("Police detained them in Sfax for two weeks.", "Sfax", ("detention", "Tunisian police", False)),
    ("A militia held them for a month in Sebha. They later reached Tripoli.", "Sebha",
     ("detention", "militia", False)),
    ("Smugglers took them to Sebha, where a militia held 40 men for a month.", "Sebha",
     ("detention", "militia", False)),
    ("A militia reportedly held them for a month in Sebha.", "Sebha", ("detention", "militia", True)),
    ("Police detained the group in Sebha for ten days.", "Sebha", ("detention", "Libyan police", False)),
    # distractor: no time said, a stop at a post
    ("In Sfax, Tunisian gendarmes detained four of them before sending them on.", "Sfax",
     ("border", "Tunisian gendarmes", False)),
], ids=["in-x-for-days", "hedged", "police-for-weeks", "militia-held", "where-a-militia-held",
        "militia-hedged", "the-group", "no-time"])
def test_people_held_for_a_time_are_detained(text, place, expected):
    zone = _zone(text, place)
    assert (zone["control"], zone["actor"], zone["hedged"]) == expected


@pytest.mark.parametrize("text", [
    # negation
    "In Sfax, Tunisian gendarmes did not detain anyone for ten days.",
    "A militia never held them in Sebha for a month.",
    # distractors: no people held
    "A militia held elections for a month in Sebha.",
    "The militia held talks for a week in Sebha.",
    # ... a force that holds an area, talks or animals for a time holds no one
    "Soldiers held the border near Sebha for two weeks.",
    "In Sebha, police held talks with elders for two days.",
    "In Sfax, Tunisian gendarmes held talks with elders for two days.",
], ids=["did-not", "never", "elections", "talks", "held-the-border", "police-talks", "gendarmes-talks"])
def test_no_one_held(text):
    assert {z for z in zones(picture(ZONE_CONTEXT + text)) if z[0] == "detention"} == set()


# ------------------------------------------------------------------------------ push-backs

def test_a_pushback_is_the_force_named_the_sentence_before():
    zone = _zone("Syrians crossed into Greece. Greek police stopped them near Lesbos. They were then pushed "
                 "back across Turkey's border.", "Turkey")
    assert zone["actor"] == "Greek police"


@pytest.mark.parametrize("text, expected", [
    # no force named before: the place's authorities, as before
    ("Syrians crossed into Greece. They were then pushed back across Turkey's border.",
     {("border", "Turkey", "Turkish authorities")}),
    # distractor: a force of its own, no push-back
    ("Syrians crossed into Greece. Greek police stopped them near Lesbos. Turkish soldiers then arrested them "
     "near Turkey's border.", {("border", "Lesbos", "Greek police"), ("border", "Turkey", "Turkish soldiers")}),
    # negation
    ("Syrians crossed into Greece. Greek police stopped them near Lesbos. They were not pushed back across "
     "Turkey's border.", {("border", "Lesbos", "Greek police")}),
    # a force the sentence before says did not act pushed no one back
    ("Syrians crossed into Greece. Greek police did not stop them near Lesbos. They were pushed back across "
     "Turkey's border.", {("border", "Turkey", "Turkish authorities")}),
], ids=["no-force-before", "own-force", "not-pushed", "force-did-not-act"])
def test_a_pushbacks_force(text, expected):
    pic = picture(ZONE_CONTEXT + text)
    assert {(z.properties["control"], z.properties["place"], z.properties["actor"])
            for z in pic.by_role("control_zone") if z.properties["place"] not in ("Lampedusa", "Sfax")} == expected


# ------------------------------------------------------------------------------ a visit

@pytest.mark.parametrize("text, expected", [
    ("Police set up checkpoints outside Tunis during the minister's visit.", {("checkpoint", "Tunis")}),
    ("Police set up checkpoints outside Tunis ahead of a visit by the Italian minister.", {("checkpoint", "Tunis")}),
    # distractors: the force's own visit or meeting
    ("Police set up checkpoints outside Tunis and visited the camp.", set()),
    ("Tunisian police officers met their Italian counterparts in Tunis during the minister's visit.", set()),
    ("Italian police officers went to Tunis for a visit.", set()),
    ("Italian police officers, during their visit to Tunis, toured the port.", set()),
    # negation
    ("Police did not set up checkpoints outside Tunis during the minister's visit.", set()),
], ids=["during-a-visit", "ahead-of-a-visit", "own-visit", "own-meeting", "for-a-visit", "their-visit",
        "not-set-up"])
def test_a_visit_that_dates_the_act_keeps_its_zone(text, expected):
    assert zones_told(text) == expected


# ------------------------------------------------------------------------------ custody

@pytest.mark.parametrize("text, expected", [
    ("After a medical check, the men were placed in the administrative retention centre of Tunis.",
     {("detention", "Tunis")}),
    ("After 48 hours in police custody in Tunis, the adults were released.", {("detention", "Tunis")}),
    ("She was sent back to Tunis, where she is being held.", {("detention", "Tunis")}),
    # negation
    ("The men were never placed in the retention centre of Tunis.", set()),
    ("She was sent back to Tunis, where she is not being held.", set()),
    # distractors: a stay of one's own, a press conference, staff retention
    ("After 48 hours in a hotel in Tunis, the adults moved on.", set()),
    ("She flew back to Tunis, where she held a press conference.", set()),
    ("Officials in Tunis said she is being held at a centre, where staff retention is a problem.", set()),
], ids=["retention-centre", "police-custody", "where-she-is-held", "never-placed", "not-held", "hotel",
        "press-conference", "staff-retention"])
def test_people_in_custody_are_detained(text, expected):
    assert zones_told(text) == expected


def test_a_hedged_stay_in_a_retention_centre_stays_hedged():
    zone = _zone("The men were reportedly placed in the retention centre of Tunis.", "Tunis")
    assert (zone["control"], zone["hedged"]) == ("detention", True)
