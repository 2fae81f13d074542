"""Roles: answers in an interview, control facilities, local witnesses
who are no migrants' origin, hopes of reaching a place in a text about migration.

Sentences written for these tests; geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import picture, roles, zones

#: A sentence that makes a text about migration, so that the motion cues read it.
CONTEXT = "Eritrean migrants told us about their journey across the desert. "


def routes(pic) -> list[list[str]]:
    return [f.properties["stop_names"] for f in pic.by_role("route")]


# ------------------------------------------------------------------ answers to "where did you go?"

@pytest.mark.parametrize("text, expected", [
    (CONTEXT + "Where did you go next?\nTo Tripoli, the young man said.", {"Tripoli": {"destination"}}),
    (CONTEXT + "Q: Where did you go after that? A: To Tripoli.", {"Tripoli": {"destination"}}),
    (CONTEXT + "Where did the group head then?\nThrough Libya, on foot and by truck.", {"Libya": {"transit"}}),
    (CONTEXT + "Where did you travel next?\nVia Libya, he said.", {"Libya": {"transit"}}),
    (CONTEXT + "Where did you go then?\nFrom Agadez, by bus, to Sebha.",
     {"Agadez": {"launch_point"}, "Sebha": {"destination"}}),
    # hedged: still the answer's motion
    (CONTEXT + "Where did you go next?\nTo Tripoli, I think, the young man said.", {"Tripoli": {"destination"}}),
], ids=["to", "q-a-labels", "through", "via", "from-by-bus-to", "hedged"])
def test_an_answer_to_where_someone_went_takes_its_own_motion(text, expected):
    got = roles(picture(text))
    assert {k: v for k, v in got.items() if k in expected} == expected


def test_an_answer_from_a_place_to_another_is_a_route():
    pic = picture(CONTEXT + "Where did you go then?\nFrom Agadez, by bus, to Sebha.")
    assert any(r[-2:] == ["Agadez", "Sebha"] for r in routes(pic))


@pytest.mark.parametrize("text", [
    # negated: the answer does not start with its place
    CONTEXT + "Where did you go next?\nNot to Tripoli: the road was closed.",
    # a question of no movement
    CONTEXT + "Where did you go to school?\nIn Tripoli, the young man said.",
    # a question of no movement, an answer with "to"
    CONTEXT + "Where did you send the money?\nTo Tripoli, to my brother.",
    # a question on where a thing went, not a person
    CONTEXT + "Where did the money go?\nTo Tripoli, to a smuggler.",
    # no migration in the text: a tourist's answer
    "Where did you go next?\nTo Tripoli, for the old city, the tourist said.",
], ids=["negated", "school", "money", "money-went", "tourist"])
def test_an_answer_to_another_question_plays_no_role(text):
    assert "Tripoli" not in roles(picture(text))


# ------------------------------------------------------------------ a local witness is no migrant

#: A text about migrants who reach Lampedusa through Sfax: Tunisia and Italy are where they pass and arrive.
ROUTE = "Hundreds of Eritrean migrants reached Lampedusa from Sfax this week. "


@pytest.mark.parametrize("text", [
    ROUTE + "Its coordinator, a retired teacher from Tunis, says the flow has slowed.",
    ROUTE + "A 19-year-old student from Tunis said the town was quiet.",
    ROUTE + "The driver, a 19-year-old from Tunis, faces smuggling charges.",
    # hedged: still a witness
    ROUTE + "A doctor from Tunis reportedly treated the survivors.",
], ids=["retired-teacher", "student-said", "driver", "hedged"])
def test_a_local_witness_gives_no_origin(text):
    assert "Tunis" not in roles(picture(text))


@pytest.mark.parametrize("text", [
    # the person moves in the sentence
    ROUTE + "A teacher from Tunis, he fled in 2019 and crossed to Lampedusa.",
    # a migrant's home abroad, in a country the report names no arrival in
    ROUTE + "Samir, a 24-year-old teacher from Sudan, points at the lights of the coast.",
    # a person named by no local part
    ROUTE + "Rafiq, a 24-year-old from Sudan, said the sea was calm.",
    # the person hopes to move: a verb's plain form after "to"
    ROUTE + "A 19-year-old student from Tunis said he hopes to reach Lampedusa.",
    ROUTE + "A teacher from Tunis, Karim wants to cross next month.",
], ids=["moves", "home-abroad", "no-local-part", "hopes-to-reach", "wants-to-cross"])
def test_a_migrants_home_stays_an_origin(text):
    got = roles(picture(text))
    name = "Tunis" if "Tunis" in text else "Sudan"
    assert "origin" in got.get(name, set())


#: A text about people displaced within Libya: Libya is where they come from and where they arrive.
DISPLACED = "Thousands of displaced families fled the fighting in Misrata this week and reached Tripoli by road. "


@pytest.mark.parametrize("text", [
    DISPLACED + '"We left with nothing," said Amal, 52, a retired teacher from Zawiya.',
    DISPLACED + "A 19-year-old student from Zawiya said the road was full of cars.",
], ids=["retired-teacher", "student-said"])
def test_a_witness_from_a_country_people_are_displaced_within_keeps_a_home(text):
    assert "origin" in roles(picture(text)).get("Zawiya", set())


@pytest.mark.parametrize("text", [
    # people arrive from abroad: Libya is no one's home in the report
    "Hundreds of Eritrean migrants reached Tripoli from Sebha this week. "
    "A retired teacher from Zawiya said the flow had slowed.",
    # the witness's own home does not make the country a home of the movers
    ROUTE + "A retired teacher from Tunis said the flow had slowed, and a doctor from Tunis agreed.",
], ids=["arrivals-from-abroad", "witnesses-only"])
def test_a_witness_in_a_country_only_reached_still_gives_no_origin(text):
    place = "Zawiya" if "Zawiya" in text else "Tunis"
    assert "origin" not in roles(picture(text)).get(place, set())


# ------------------------------------------------------------------ hoping for the mainland

@pytest.mark.parametrize("text, expected", [
    (ROUTE + "Many hope to get to mainland Italy.", {"destination"}),
    (ROUTE + "Most are trying to reach continental Italy within weeks.", {"destination"}),
    # hedged: still hoped for
    (ROUTE + "Many reportedly hope to get to mainland Italy.", {"destination"}),
], ids=["hope-get-to", "trying-reach", "hedged"])
def test_the_mainland_hoped_for_is_a_destination(text, expected):
    assert roles(picture(text)).get("Italy") == expected


@pytest.mark.parametrize("text", [
    # negated
    ROUTE + "None of them wants to go to mainland Italy.",
    # no migration in the text: tourists on a ferry
    "The ferry takes tourists who hope to get to mainland Italy before dark.",
    # the mainland named, no hope of going there
    ROUTE + "The mainland Italy coast was out of sight.",
], ids=["negated", "tourists", "no-hope"])
def test_the_mainland_not_hoped_for_plays_no_destination(text):
    assert "destination" not in roles(picture(text)).get("Italy", set())


# ------------------------------------------------------------------ people sent back by a force

@pytest.mark.parametrize("text, found", [
    (ROUTE + "Tunisian police sent them back near Sfax.", True),
    (ROUTE + "Police sent most of them back in Sfax.", True),
    # hedged: still the force's act
    (ROUTE + "Police reportedly sent 40 migrants back near Sfax.", True),
    # negated; and money sent back home is no act on people
    (ROUTE + "Police never sent anyone back near Sfax.", False),
    (ROUTE + "Workers sent money back to families near Sfax.", False),
], ids=["near", "in", "hedged", "negated", "money"])
def test_people_sent_back_by_a_force_make_a_border_zone(text, found):
    assert (("border", "Sfax") in zones(picture(text))) is found
