"""A journey told sentence by sentence (session 22, from a user's trial): its stops keep the
text's order, a flashback ("before that", "had earlier") is no step of it, and a deportation
flight or a push-back is a return.

Sentences written for these tests; geocoded by the real gazetteer (places of these stories are
not in the tiny one)."""

from __future__ import annotations

import pytest

import geomig
from geomig.picture import cues, extract

#: The cue data's [route_modes] (cues.route_modes).
MODES = cues.route_modes(cues.default())

JOURNEY = ("Huehuetenango", "Tecún Umán", "Tapachula", "Mexico City")


def picture(text: str):
    return extract([geomig.geocode_document(geomig.Document("t.txt", text))])


def routes(text: str) -> list[tuple[str, ...]]:
    return sorted(tuple(f.properties["stop_names"]) for f in picture(text).by_role("route"))


# ------------------------------------------------------------------ a journey told in turn

@pytest.mark.parametrize("text", [
    "Ana, a Guatemalan migrant, left Huehuetenango in March. She crossed into Mexico at Tecún Umán. "
    "She reached Tapachula a day later. Weeks later she finally arrived in Mexico City.",
    # a flashback after the journey, and one inside it
    "Ana, a Guatemalan migrant, left Huehuetenango in March. She crossed into Mexico at Tecún Umán. "
    "She reached Tapachula a day later. Weeks later she finally arrived in Mexico City. "
    "Before that, she had spent a year in Quetzaltenango.",
    "Ana, a Guatemalan migrant, left Huehuetenango in March. Before that she had lived in Guatemala City. "
    "She crossed at Tecún Umán and reached Tapachula. From there she went to Mexico City.",
    "Luis, a Guatemalan migrant, left Huehuetenango in March. He crossed the border at Tecún Umán. "
    "He reached Tapachula after three days. He then took a bus to Mexico City. "
    "He had earlier worked in Quetzaltenango for a year.",
])
def test_a_journey_told_sentence_by_sentence_keeps_the_texts_order(text):
    assert routes(text) == [JOURNEY]


@pytest.mark.parametrize("opening, goes_on", [
    ("She crossed at Tecún Umán.", True),
    ("Weeks later she finally arrived in Mexico City.", True),
    ("From there, they took a bus to Mexico City.", True),
    ("The migrants then walked to Tapachula.", True),
    ("She had earlier worked in Quetzaltenango.", False),     # a flashback
    ("They also reached Tapachula.", False),                  # another step, not the next
    ("Officials said they sent others to Mexico City.", False),  # a distractor: not the travellers
    ("They say smugglers drive others to Tapachula.", False),
    ("She hoped to reach Mexico City.", False),               # hedged: an aim, not a step
    ("We walked for one night and crossed into Romania.", True),   # a traveller's own story
    ("Then a car took us to Kikinda.", True),                 # the travellers carried on
    ("A van waited and took us to Timisoara.", True),
    ("A van took the supplies to Kikinda.", False),           # things, not the travellers
    ("We call on the government to open the border.", True),  # (opens on them: a stop of its own still needed)
])
def test_a_sentence_going_on_with_the_same_travellers(opening, goes_on):
    assert bool(MODES["goes_on"].match(opening)) is goes_on


@pytest.mark.parametrize("words, before", [
    ("Before that, she had lived in ", True),
    ("He had earlier worked in ", True),
    ("They had previously tried to reach ", True),
    ("Earlier this month, 50 migrants landed in ", False),    # a date, not a flashback
    ("The migrants, who had left ", False),                   # "had" alone: the way told after
])
def test_an_earlier_time_in_a_sentence(words, before):
    assert bool(MODES["told_before"].search(words)) is before


def test_a_step_denied_is_no_step_of_the_journey():
    found = routes("Ana, a Guatemalan migrant, left Huehuetenango in March. She crossed at Tecún Umán. "
                   "She did not reach Tapachula. Weeks later she arrived in Mexico City.")
    assert all("Tapachula" not in r for r in found)


# ------------------------------------------------------------------ returns told as a flight or a push-back

@pytest.mark.parametrize("text, stops", [
    ("The Guatemalan men were deported on a charter flight from El Paso to Guatemala City on Tuesday.",
     ("El Paso", "Guatemala City")),
    ("Dozens of Honduran migrants were flown back from Houston to San Pedro Sula on a deportation flight.",
     ("Houston", "San Pedro Sula")),
])
def test_a_deportation_flight_is_a_return_by_air_and_launches_nothing(text, stops):
    pic = picture(text)
    found = {tuple(f.properties["stop_names"]): f.properties for f in pic.by_role("route")}
    assert stops in found and found[stops]["stages"][-1] == "returned"
    assert [leg["mode"] for leg in found[stops]["legs"]] == ["air"]
    assert stops[0] not in {f.name for f in pic.by_role("launch_point")}


def test_a_push_back_by_a_force_is_a_return_from_its_country():
    found = {tuple(f.properties["stop_names"]): f.properties["stages"]
             for f in picture("Some 200 Afghans were pushed back to Iran by Turkish soldiers last month.")
             .by_role("route")}
    assert list(found.get(("Turkey", "Iran"), ()))[-1:] == ["returned"]


def test_a_place_reached_before_is_no_step_the_next_sentence_goes_on_from():
    # distractor: the first sentence's last place is told as reached earlier ("after they had")
    found = routes("Guards sent the migrants back to Mexico after they had reached El Paso. "
                   "The migrants then travelled from Tapachula to Mexico City.")
    assert not any("El Paso" in r and "Tapachula" in r[r.index("El Paso"):] for r in found)


def test_people_placed_elsewhere_by_name_do_not_go_on():
    assert not MODES["goes_on"].match("The migrants in Chad walked to Kufra.")
    assert MODES["goes_on"].match("The migrants in March walked to Kufra.")


# ------------------------------------------------------------------ moved on from where people were held

@pytest.mark.parametrize("text, leg", [
    ("Eight Syrian refugees were held for nine days at a removal centre in Antakya and then bused to "
     "the Bab al-Hawa crossing.", ("Antakya", "Bab al-Hawa")),
    ("The migrants said they were kept for four days in a camp in Maku. From there they were taken by "
     "bus to Zahedan.", ("Maku", "Zahedan")),
])
def test_people_moved_on_from_where_they_were_held_go_from_there(text, leg):
    assert leg in routes(text)


@pytest.mark.parametrize("text", [
    # another group, in another sentence or clause
    "The migrants said they were kept for four days in a camp in Maku. Other migrants were taken by bus to Zahedan.",
    "Police held 40 migrants in a camp in Maku, while others were taken by bus to Zahedan.",
    # denied: they were never held there
    "The migrants said they were not kept in Maku. From there, they say, smugglers drive others to Zahedan.",
])
def test_a_place_reached_by_others_or_a_hold_denied_starts_nothing(text):
    assert not any("Maku" in r and "Zahedan" in r for r in routes(text))


@pytest.mark.parametrize("opening, there", [
    ("From there they were taken by bus to Zahedan.", True),
    ("Later, from there, they walked to Zahedan.", True),
    ("From Maku they were taken to Zahedan.", False),
    ("They were taken from there to Zahedan.", False),      # not at the sentence's start
])
def test_a_sentence_going_on_from_there(opening, there):
    assert bool(MODES["from_there"].match(opening)) is there


@pytest.mark.parametrize("between, in_turn", [
    (" and then east to ", True),
    (" and then north-west towards ", True),
    (" and on toward the border near ", True),
    (", and others went east to ", False),      # another group
    (" or then east to ", False),               # alternatives
    (", where they were screened before being driven by coach to ", True),
    (", where others were screened before being driven to ", False),
])
def test_places_reached_in_turn_with_a_heading_between(between, in_turn):
    assert bool(MODES["reached_in_turn"].search(between)) is in_turn


def test_people_landed_then_driven_on_go_from_the_landing():
    found = routes("Border Force picked up the migrants and landed them at Dover, where they were screened "
                   "before being driven by coach to Manston.")
    assert ("Dover", "Manston") in found


@pytest.mark.parametrize("text", [
    "The Syrian refugees reached Berlin in October. They left Aleppo in June and crossed into Turkey at Kilis.",
    "The Syrian refugees reached Berlin in October. They reportedly left Aleppo in June and crossed into "
    "Turkey at Kilis.",                                                  # hedged
    # control: the same journey told in its own order
    "The Syrian refugees left Aleppo in June. They crossed into Turkey at Kilis. They reached Berlin in October.",
])
def test_an_arrival_told_before_the_departure_leads_back_to_nothing(text):
    found = routes(text)
    assert ("Aleppo", "Kilis", "Berlin") in found
    assert not any("Aleppo" in r[1:] for r in found if r[0] == "Berlin")


def test_a_call_of_an_ngo_is_no_step():
    # distractor: a sentence opening on "We" with no place reached draws no leg
    assert routes("We stayed one week in a flat in Belgrade. We call on the government of Hungary to "
                  "open its border.") == []


def test_a_country_entered_at_a_crossing_comes_after_it():
    # "crossed into Mexico at Tecún Umán": Mexico's towns come after the crossing, not Mexico before it
    found = routes("The Guatemalan migrant left Huehuetenango in March, crossed into Mexico at Tecún Umán and "
                   "reached Tapachula. He then travelled to Mexico City.")
    assert JOURNEY in found
    assert not any("Mexico" in r and "Tecún Umán" in r[r.index("Mexico"):] for r in found)


@pytest.mark.parametrize("text", [
    "Migrants deported on a charter flight from El Paso to Guatemala City said they had crossed into "
    "the United States near El Paso in May.",
    # control: no flight at all
    "The migrants said they had crossed into the United States near El Paso in May.",
])
def test_a_town_never_leads_to_its_own_country(text):
    assert ("El Paso", "United States") not in routes(text)
