"""Facts (geomig/picture/facts.py and the [[unit]] entries of cues.toml), on sentences written
for these tests: a number is counted as the event its words describe, whether the verb comes
after it ("300 migrants were intercepted") or before it ("intercepted 300 migrants")."""

from __future__ import annotations

import pytest
from extract_helpers import annotate, picture

from geomig.picture import cues, read
from geomig.picture.claims import ActorMention
from geomig.picture.facts import fact_claims
from geomig.picture.model import Source


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


@pytest.mark.parametrize("text", [
    "12 people were taken to hospital in Lampedusa.",
    "Doctors at the hospital in Sfax treated 30 people for burns.",
    "After the boat reached Pozzallo, 14 migrants were hospitalised with hypothermia.",
    "Medics said 9 people were injured when the truck overturned near Agadez.",
], ids=["taken-to-hospital", "doctors-treated", "hospitalised", "injured"])
def test_people_in_care_are_no_count_of_migrants(text):
    # patients and casualties are not people on the move: the facts must not show "12 migrants"
    assert "migrants" not in {u for u, _ in facts(text)}


def test_care_takes_back_only_its_own_clause():
    text = "Some 300 people reached Lampedusa on Sunday, and 12 people were treated in hospital."
    assert facts(text) == {("migrants", 300)}


def test_a_count_of_care_leaves_an_event_count_alone():
    # a rescue is counted whatever happened to the people after it
    assert ("rescues", 46) in facts("A charity ship rescued 46 migrants, and 3 were taken to hospital in Malta.")


def _zone_facts(pic) -> dict[str, set]:
    return {f.properties["place"]: {(x.unit, x.value) for x in f.facts} for f in pic.by_role("control_zone")}


def test_two_events_of_one_sentence_keep_their_own_counts():
    pic = picture("Local police detained 40 migrants in Zuwara on Tuesday, and the Libyan coastguard "
                  "intercepted 120 people off Sabratha.")
    by_place = _zone_facts(pic)
    assert by_place["Zuwara"] == {("interceptions", 40)}
    assert by_place["Sabratha"] == {("interceptions", 120)}


def test_two_landings_of_one_sentence_keep_their_own_counts():
    pic = picture("About 450 migrants landed in Lampedusa on Sunday while 30 came ashore in Pozzallo.")
    by_name = {f.name: {(x.unit, x.value) for x in f.facts} for f in pic.by_role("destination")}
    assert by_name == {"Lampedusa": {("arrivals", 450)}, "Pozzallo": {("arrivals", 30)}}


def _actor(text: str, words: str, name: str) -> ActorMention:
    at = text.index(words)
    return ActorMention(name, words, "militia", "test.txt", 0, at, at + len(words),
                        Source("test.txt", 0, len(text), text))


@pytest.mark.parametrize("text, expected", [
    # each number counts the act of the force named last before it
    ("Al-Ammu detained 40 migrants in Sabratha, and Brigade 48 stopped 25 migrants in Zawiya.",
     {40: ("Al-Ammu",), 25: ("Brigade 48",)}),
    # forces listed together share the act
    ("Al-Ammu and Brigade 48 intercepted 300 migrants off Sabratha.", {300: ("Al-Ammu", "Brigade 48")}),
    # a passive names its force after the number
    ("Some 70 migrants were intercepted by Brigade 48 near Sabratha.", {70: ("Brigade 48",)}),
], ids=["two-acts", "listed-together", "passive"])
def test_a_fact_names_only_the_actors_of_its_own_act(text, expected):
    actors = [_actor(text, w, w) for w in ("Al-Ammu", "Brigade 48") if w in text]
    got = {c.value: c.actors for c in fact_claims(cues.mask(annotate(text), 0), cues.default(), actors)}
    assert got == expected


@pytest.mark.parametrize("text", [
    "Two officers were injured in the clash and 300 migrants reached Lampedusa.",
    "Two officers were injured in the clash, and 300 migrants reached Lampedusa.",
], ids=["bare-and", "comma-and"])
def test_care_in_a_clause_before_a_count_leaves_the_count(text):
    # the clause breaks at "and" whatever follows it: the injured are not the 300
    assert ("migrants", 300) in facts(text)


@pytest.mark.parametrize("text", [
    "Some 300 migrants were treated as criminals on reaching Lampedusa.",
    "About 500 migrants held in camps near Zuwara were treated badly, a report said.",
], ids=["treated-as", "treated-badly"])
def test_people_treated_as_or_badly_are_still_counted(text):
    # "treated" as a doctor does takes a count back; how people are treated does not
    assert "migrants" in {u for u, _ in facts(text)}


# ------------------------------------------------------------------ deaths and missing spelled out

@pytest.mark.parametrize("text, expected", [
    ("At least 11 died and four are missing after the boat from Zuwara sank with 60 migrants.",
     {("deaths", 11), ("missing", 4), ("migrants", 60)}),
    ("Seven drowned and a dozen are still missing off Sfax.", {("deaths", 7), ("missing", 12)}),
    ("At least three bodies were found near Zuwara.", {("deaths", 3)}),
    ("Twenty-two people died and thirty five are missing off Zuwara.", {("deaths", 22), ("missing", 35)}),
], ids=["digits-and-spelled", "spelled-both", "bodies", "tens-and-units"])
def test_deaths_and_missing_spelled_out_are_counted(text, expected):
    assert expected <= facts(text)


@pytest.mark.parametrize("text, expected", [
    ("The two countries host 300 migrants.", {("migrants", 300)}),   # a spelled number counts no other people
    ("Four boats left Zuwara on Monday.", set()),
    ("None of the 40 migrants on board died.", set()),              # no count of deaths
], ids=["two-countries", "four-boats", "none-died"])
def test_spelled_numbers_count_only_deaths_and_missing(text, expected):
    assert facts(text) == expected


def test_a_number_of_tens_and_units_is_one_count():
    assert facts("Twenty-two people died off Zuwara.") == {("deaths", 22)}


def test_deaths_and_missing_stay_with_the_departure_where_no_route_is_drawn():
    pic = picture("A boat carrying 60 migrants capsized on Monday after leaving Zuwara. "
                  "At least 11 died and four are missing, officials said.")
    (launch,) = pic.by_role("launch_point")
    assert {("deaths", 11), ("missing", 4)} <= {(f.unit, f.value) for f in launch.facts}



_TWO_BOATS = ("A boat carrying migrants left Zuwara for Lampedusa. At least 12 people died on board. "
              "Another boat of migrants set off from Sfax for Malta. Three people died on board.")


def _tolls(pic) -> dict[str, set]:
    return {r.name: {x.value for x in r.facts if x.unit == "deaths"} for r in pic.by_role("route")}


def test_a_reports_death_toll_goes_with_each_of_its_routes():
    tolls = _tolls(picture(_TWO_BOATS))
    assert len(tolls) == 2 and all(v == {12, 3} for v in tolls.values())


_TWO_LAUNCHES = ("A boat carrying migrants left Zuwara for Lampedusa. "
                 "Another boat of migrants set off from Sfax for Malta. ")


@pytest.mark.parametrize("text", [
    "The second boat capsized off Sfax and 9 people drowned, while 4 are missing.",
    "Off Sfax, the second boat capsized and 9 people died and 4 are missing.",
    # hedged
    "Nine people are feared dead and four missing after the capsizing off Sfax.",
], ids=["capsized-off", "place-first", "feared-dead"])
def test_a_toll_goes_with_the_journeys_through_the_place_its_sentence_names(text):
    # the count is of the boat off Sfax, not of the one that left Zuwara
    tolls = {r.name: {(x.unit, x.value) for x in r.facts} for r in picture(_TWO_LAUNCHES + text).by_role("route")}
    assert tolls == {"Sfax → Malta": {("deaths", 9), ("missing", 4)}, "Zuwara → Lampedusa": set()}


@pytest.mark.parametrize("text", [
    "At least 9 people died, officials in Rome said.",
    # distractor: a place of no journey of the report
    "In Tripoli, officials said 9 people had died at sea.",
    "Survivors said 9 people died.",
], ids=["place-after", "no-stop", "no-place"])
def test_a_toll_whose_sentence_names_no_stop_goes_with_each_route(text):
    tolls = _tolls(picture(_TWO_LAUNCHES + text))
    assert tolls == {"Sfax → Malta": {9}, "Zuwara → Lampedusa": {9}}


_LAUNCHES = ["Sabratha", "Zuwara", "Zawiya", "Tripoli", "Benghazi", "Tobruk", "Sfax", "Mahdia", "Nador", "Tangier",
             "Oran", "Annaba", "Izmir", "Bodrum", "Dakhla", "Nouadhibou", "Misrata", "Bizerte", "Ayvalik", "Cesme"]
_LANDINGS = ["Lampedusa", "Catania", "Malta", "Crete", "Augusta", "Pozzallo", "Lesbos", "Samos", "Almeria", "Malaga",
             "Tenerife", "Gran Canaria", "Kos", "Chios", "Motril", "Cagliari", "Trapani", "Kalamata", "Cadiz", "Palermo"]


def test_past_a_reports_routes_a_death_toll_goes_with_the_journeys_told_nearest_it(gazetteer):
    # A long text (a compilation, a book) tells more journeys than merge.ROUTES_OF_A_REPORT:
    # a count stays with the boats told nearest to it instead of being repeated on every
    # route (which grew the picture with the square of the text).
    from geomig.documents.inputs import Document
    from geomig.geoparse.geocode import geocode_document
    from geomig.picture import extract
    from geomig.picture.merge import ROUTES_OF_A_REPORT

    text = "\n\n".join(f"On day {n + 1}, {30 + n} migrants set off from {a} on a rubber boat bound for {b}. "
                        f"{n + 2} of them died at sea." for n, (a, b) in enumerate(zip(_LAUNCHES, _LANDINGS)))
    routes = extract([geocode_document(Document("long", text), gazetteer=gazetteer)],
                     gazetteer=gazetteer).by_role("route")
    assert len(routes) > ROUTES_OF_A_REPORT
    tolls = [sum(f.unit == "deaths" for f in r.facts) for r in routes]
    assert sum(t == 1 for t in tolls) > len(routes) / 2
    assert sum(tolls) < len(routes) * len(_LAUNCHES) / 2


@pytest.mark.parametrize("text, expected", [
    # a number joined to its word measures or describes: no count of people
    ("Migrants make the 60-mile crossing to Lampedusa.", {("miles", 60)}),
    ("The 60-mile journey migrants make from Zuwara is deadly.", {("miles", 60)}),
    ("A 12-km walk took 40 migrants to Zuwara.", {("km", 12), ("migrants", 40)}),
    ("Police found 17-year-old migrants near Zuwara.", set()),
    # nautical miles are a unit of their own (1.852 km, not a statute mile's 1.609)
    # (a distance that locates the rescue is no fact: its zone is drawn there)
    ("About 60 nautical miles off Zuwara, 40 people were rescued.", {("migrants", 40)}),
    ("Migrants make the 60-nautical-mile crossing to Lampedusa.", {("nautical miles", 60)}),
    # distractor: statute miles beside nautical ones stay miles
    ("The boat was 40 NM off Zuwara, some 46 miles from the coast.", {("nautical miles", 40), ("miles", 46)}),
], ids=["60-mile-crossing", "60-mile-journey-migrants", "12-km-walk", "17-year-old", "nautical-miles",
        "nautical-mile-hyphened", "nautical-and-statute"])
def test_a_hyphened_number_is_a_measure_not_a_count(text, expected):
    assert facts(text) == expected


def test_a_range_said_twice_is_one_fact():
    found = read([annotate("Between 400-500 migrants left Zuwara, some 400–500 people in all.")])[0].facts
    assert [(f.unit, f.value) for f in found] == [("migrants", (400, 500))]


@pytest.mark.parametrize("text", [
    "A boat with 40-50 migrants sank off Zuwara on Monday, and a boat with 40-50 migrants sank off Sfax.",
    "40-50 migrants drowned off Zuwara; 40-50 migrants drowned off Sfax.",
    "40-50 migrants drowned off Zuwara and 40-50 migrants drowned off Sabratha.",
], ids=["comma-and", "semicolon", "bare-and"])
def test_an_equal_range_in_another_clause_is_another_event(text):
    found = read([annotate(text)])[0].facts
    assert len(found) == 2 and found[0].value == found[1].value == (40, 50)


def test_two_equal_counts_stay_two_facts():
    # distractor: two events of 40 each are two facts
    found = read([annotate("Police arrested 40 migrants in Zuwara and arrested 40 migrants in Sabratha.")])[0].facts
    assert [(f.unit, f.value) for f in found] == [("interceptions", 40), ("interceptions", 40)]


@pytest.mark.parametrize("text, expected", [
    # a hyphened word that still counts people: "-strong", "-odd", "-plus"
    ("More than 40-odd migrants were rescued off Zuwara.", {("migrants", 40)}),
    ("Some 40-plus migrants drowned off Zuwara.", {("deaths", 40)}),
    # distractor: a hyphened age beside a count
    ("A 3-year-old girl and 12 migrants drowned off Zuwara.", {("deaths", 12)}),
], ids=["40-odd", "40-plus", "3-year-old-beside-12"])
def test_a_hyphened_word_that_counts_keeps_the_count(text, expected):
    assert facts(text) == expected


# ---------------------------------------------------------------------------- session 20

@pytest.mark.parametrize("text, expected", [
    ("One passenger died during the crossing from Zuwara.", {("deaths", 1)}),
    ("One of the boats sank off Zuwara and one man drowned.", {("deaths", 1)}),
    # negation: no one died
    ("No one died during the crossing from Zuwara.", set()),
    # distractor: one boat, one of them, counts no one
    ("One boat reached Lampedusa and the other was stopped.", set()),
], ids=["one-passenger", "one-man", "no-one", "one-boat"])
def test_one_person_named_is_a_count(text, expected):
    assert facts(text) == expected


def test_a_distance_that_locates_an_interception_is_no_fact():
    # where the boat was stopped is drawn by its zone; the distance is no fact of the people
    pic = picture("Migrants left Zuwara for Lampedusa. "
                  "The coast guard stopped the boat about 12 miles north-west of Lampedusa.")
    assert [(f.role, x.value) for f in pic.features for x in f.facts if x.unit == "miles"] == []
    assert pic.by_role("control_zone")


@pytest.mark.parametrize("text, expected", [
    ("Tunisia has stepped up patrols along its 1,300 km coastline.", set()),
    ("Libya guards a 4,000-km border with six countries.", set()),
    ("A fence 12 km long now runs past Zuwara.", set()),
    ("Boats leave from 200 km of coast around Zuwara.", set()),
    # distractors: a journey's length and where a place lies stay facts
    ("Migrants make the 60-mile crossing to Lampedusa.", {("miles", 60)}),
    ("Sabratha is 67 km west of Tripoli.", {("km", 67)}),
], ids=["coastline", "hyphened-border", "fence-long", "km-of-coast", "crossing", "where-a-place-lies"])
def test_a_length_of_a_thing_is_no_fact(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, role", [
    # distractor: a journey's length still goes with the journey's places
    ("Migrants left Zuwara for Lampedusa, a journey of 180 miles.", "launch_point"),
    # distractor: where a place lies is a fact of that place
    ("Sabratha is about 67 km west of Tripoli.", "place"),
    # hedge: a distance that may locate the sinking, with no force named, is attached nowhere
    ("Migrants left Zuwara for Lampedusa. The boat may have sunk 30 km off Zuwara.", None),
], ids=["journey", "where-a-place-lies", "no-zone"])
def test_a_journeys_length_is_no_locator(text, role):
    pic = picture(text)
    roles = [f.role for f in pic.features for x in f.facts if x.unit in ("miles", "km")]
    assert roles == ([role] if role else [])


@pytest.mark.parametrize("text, expected", [
    # a witness is no count (review, session 20)
    ("One passenger said nobody died.", set()),
    ("One survivor told us that the boat had sunk.", set()),
    # distractor: the survivor who died still counts
    ("One survivor died later in hospital.", {("deaths", 1)}),
], ids=["one-passenger-said", "one-survivor-told", "one-survivor-died"])
def test_one_witness_is_no_count(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # witnesses of any number are no count of what they tell (a user's trial, session 21)
    ("Two passengers said nobody died.", set()),
    ("Forty survivors told reporters no one drowned.", set()),
    ("12 migrants said none drowned.", {("migrants", 12)}),
    # distractors: the number counts the deaths its words tell
    ("Two passengers died and 40 were rescued off Zuwara.", {("deaths", 2)}),
    ("Two passengers reportedly died.", {("deaths", 2)}),
], ids=["two-said-nobody", "forty-told-no-one", "digits-said-none", "two-died", "hedged"])
def test_witnesses_are_no_count_of_what_they_tell(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an attribution set off by commas is an aside, no witness (a reviewer's sentences)
    ("At least 12 people, officials said, died when the boat capsized off Lampedusa.", {("deaths", 12)}),
    ("At least 9 migrants, police said, died off Sfax.", {("deaths", 9)}),
    # ... but witnesses with an aside of their own still tell, not count
    ("Two passengers, both men, said nobody died.", set()),
], ids=["officials-said-aside", "police-said-aside", "witnesses-with-aside"])
def test_an_aside_between_a_number_and_its_event_leaves_the_count(text, expected):
    assert facts(text) == expected


def test_the_distance_locator_is_written_once():
    # every distance unit reads the one locator of [facts] (not a copy of its own)
    lex = cues.default()
    located = [u for u in lex.units if u.get("locator")]
    assert len(located) >= 3 and all(u["locator"] is True for u in located)
    assert lex.data["facts"]["locator"]


def test_a_count_of_arrivals_goes_to_the_destination_its_sentence_names():
    # (not to a place hoped for that a sentence nearer to it names: those people never got there)
    pic = picture("A boat carrying 60 Rohingya refugees landed at Pozzallo, in Sicily, on Monday. Amir's brother "
                  "lives in Rome, and the family had hoped to join him in Italy. More than 2,000 Rohingya have "
                  "landed in Sicily since June.")
    arrivals = {f.name for f in pic.features if f.role != "place"
                for fact in f.facts if fact.unit == "arrivals" and fact.value == 2000}
    assert arrivals == {"Sicily"}, arrivals
