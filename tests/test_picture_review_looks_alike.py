"""Look-alikes of the fifty-first session's rules, written by its review: war reporting that moves
no one (origin.violence_between), a force's country claim moved to a place the sentence before
names only as a goal, a place never reached or someone's home (zones._spot_before, [settings]
spot_before_not_after), and a speaker named after a list of places closed by "and"
(geoparse recognize._listed_unknowns, resolve._closing_a_list; session 52: a person closing such a
list, an age after it, resolve._AGE_AFTER; a bearing placing by a town only within CLOSE_KM, resolve._bearing_near). Each with the rule's own
positive beside it, so that the mend keeps what the rule is for.

Sentences written for these tests; picture tests geocoded by the tiny fixture gazetteer
(tests/extract_helpers.py), the place-list tests by the default one."""

from __future__ import annotations

import pytest

from geocode_helpers import placed
from extract_helpers import ANDEAN, CONTEXT, actors_at, with_places, zones_at
from extract_helpers import reported_role_of as role_of

from geomig.geoparse.recognize import recognize

# ---- origin.violence_between: the verb must move people --------------------------------------


@pytest.fixture
def andean(monkeypatch):
    with_places(monkeypatch, ANDEAN)


@pytest.mark.usefixtures("andean")
@pytest.mark.parametrize("text", [
    # things counted, not people
    "Clashes between the army and rebels in Oruro have forced hundreds of shops to close.",
    "Fighting between the army and rebels around Oruro has sent thousands of troops to the area.",
    # people forced to stay, not to go
    "Fighting between the army and miners in Oruro has forced women to stay indoors.",
    # a displacement only guessed
    "Clashes between the army and rebels in Oruro could have driven people from their homes.",
    "Officials say fighting between militias in Oruro may have forced families out.",
])
def test_violence_that_moves_no_one_is_no_origin(text):
    assert "origin" not in role_of(text, "Oruro")


@pytest.mark.usefixtures("andean")
@pytest.mark.parametrize("text", [
    "Clashes between the army and rebels in Oruro have driven people from their homes.",
    "Fighting between the army and rebels around Oruro has forced thousands of families to flee.",
    "Fighting between militias in Oruro has driven hundreds of villagers into the hills.",
])
def test_violence_that_drives_people_out_is_still_an_origin(text):
    assert role_of(text, "Oruro") == {"origin"}


# ---- zones._spot_before: not at a place only aimed at, never reached, or someone's home -------

STOPPED = "Libyan police stopped us at a checkpoint."


@pytest.mark.parametrize("before", [
    "We were driving to Zuwara.",               # on the way there
    "Our bus was heading for Zuwara.",
    "We never reached Zuwara.",                  # never there
    "We did not make it to Zuwara.",
    "We were supposed to go to Zuwara.",
    "My brother lives in Zuwara.",               # someone's home, not where the story is
    "Ahmed grew up in Zuwara.",
])
def test_a_force_is_not_moved_to_a_place_only_aimed_at_or_lived_in(before):
    text = f"{before} {STOPPED}"
    assert not zones_at(text, "Zuwara", CONTEXT)
    assert {z.properties["actor"] for z in zones_at(text, "Libya", CONTEXT)} == {"Libyan police"}


@pytest.mark.parametrize("before", [
    "We walked all night along the coast road near Zuwara.",
    "We finally reached Zuwara after two days on foot.",
])
def test_a_force_still_acts_at_the_place_people_were(before):
    assert actors_at(f"{before} {STOPPED}", "Zuwara", CONTEXT) == {"Libyan police"}


# ---- a list of places closed by "and" goes on by no comma -------------------------------------

@pytest.mark.parametrize("text", [
    "Refugees in Kampala, Gulu and Arua, Okonjwa said, have waited for months.",
    "Trains from Kampala and Gulu, Okonjwa told us, were full.",
])
def test_a_speaker_after_a_closed_list_of_places_is_no_place(gazetteer, text):
    hints = {s.text: s.kind_hint for s in recognize(text, gazetteer, keep_unknown=True)}
    assert hints.get("Okonjwa") is None
    m = placed(text, "Okonjwa", gazetteer)
    assert m is None or not m.id, m


@pytest.mark.parametrize("text, name", [
    # a person closing a list of places: an age after the name
    ("Officials from Kampala, Gulu and Okonjwa met the families. Okonjwa, 52, said the camps were full.", "Okonjwa"),
    ("Officials from Kampala, Gulu and Okonjwa, 47, met the families on Monday.", "Okonjwa"),
    # a distance that says only how far a name lies from a town
    ("The families reached Velmarsk, 900 km from Gulu, after two weeks.", "Velmarsk"),
    ("The families reached Velmarsk, some 1,200 kilometres north of Gulu, after two weeks.", "Velmarsk"),
    ("The families reached Velmarsk, 400 miles from Gulu, after two weeks.", "Velmarsk"),
], ids=["age-later", "age-in-list", "900-km", "1200-km-north", "400-miles"])
def test_a_person_closing_a_list_or_a_name_far_from_a_town_is_not_placed(gazetteer, text, name):
    m = placed(text, name, gazetteer)
    assert m is None or not m.id, m


@pytest.mark.parametrize("text", [
    "Officials from Kampala, Gulu and Velmarsk met the families. Velmarsk, which lies on the road north, has no camp.",
    "Officials from Kampala, Gulu and Velmarsk said he had been seen near the camps.",  # "said he": not a person's cue
    # ", who" follows a place as often as a person: the woman from it
    "Officials from Kampala, Gulu and Velmarsk met the families. A woman from Velmarsk, who walked for days, said the camps were full.",
    # near a town: no distance, or a short one
    "The families reached Velmarsk, 20 km from Gulu, after two days.",
    "The families reached Velmarsk, about 60 miles north of Gulu, after two days.",
    "The families reached Velmarsk, near Gulu, after two days.",
], ids=["which-lies", "said-he", "who-walked", "20-km", "60-miles-north", "near"])
def test_a_place_closing_a_list_or_near_a_town_stays_placed(gazetteer, text):
    m = placed(text, "Velmarsk", gazetteer)
    assert m is not None and m.country == "UG", m


def test_an_unknown_name_closing_a_list_is_still_placed(gazetteer):
    m = placed("Officials in Kampala, Gulu and Velmarsk said the reception camps were full.", "Velmarsk", gazetteer)
    assert m is not None and m.country == "UG" and "vague" in m.flags, m
