"""[document] topic_other: animals named by what any report of them says, and firms moving.

A list of species is never complete (a walrus, a musk ox, a swarm of locusts were not on it),
so a text about an animal's travels also counts the words every such report uses: a herd, a
flock, a pod of, calves, a species, a satellite tag or a GPS collar, the biologists who follow
them, a zoo. A firm moving its head office or its plants is told with head offices,
shareholders and relocation. A text not about migration naming any of these twice gives no
role at all (cues.Lexicon.for_document). Look-alikes stay out: "seals the border" is no seal,
"bears the cost" no bear, and a migration text naming herds stays on topic.

Paragraphs written for these tests; geocoded by the tiny fixture gazetteer (tests/extract_helpers.py).
"""

from __future__ import annotations

import pytest
from extract_helpers import picture, roles

from geomig.picture import cues

#: Non-human movers told in the generic words of their reports (no species from the old list).
OTHERS = {
    "walrus": (
        "A young walrus was seen on a slipway in Tunis on Sunday, weeks after it left the ice. Marine "
        "biologists think the walrus swam from Morocco along the coast to Tunisia and on to Malta. Crowds "
        "gathered to watch it sleep, and the harbour master asked people to keep their distance."),
    "musk-oxen": (
        "A herd of musk oxen fitted with GPS collars crossed from Poland into Belarus in March, the "
        "reserve said. Biologists followed the herd for forty days; two calves were born on the way."),
    "locusts": (
        "Swarms of locusts reached Sudan from Eritrea this week, and the species could spread to Chad and "
        "Niger by June. Ecologists tracking the swarms said the wind carried them across the Red Sea."),
    "insurer": (
        "The insurer will move its head office from Rome to Malta next year, its shareholders were told. "
        "Staff in Rome may transfer to the new head office in Malta or take redundancy."),
}


@pytest.mark.parametrize("text", list(OTHERS.values()), ids=list(OTHERS))
def test_animals_and_firms_named_generically_are_other_movers(text):
    lex = cues.default()
    assert lex.other_movers(text)
    assert not lex.on_topic(text)


@pytest.mark.parametrize("text", list(OTHERS.values()), ids=list(OTHERS))
def test_their_journeys_give_no_role(text):
    assert roles(picture(text)) == {}


def test_look_alikes_name_no_other_mover():
    lex = cues.default()
    # distractors: a verb "seals", "bears" a cost, a bank's "head" of office said once
    text = ("Poland seals its border with Belarus as migrants gather; Warsaw bears the cost of the fence. "
            "Poland seals the crossings at night, and the government bears the blame, critics said.")
    assert not lex.other_movers(text)


def test_migrants_with_herds_stay_on_topic():
    # people fleeing with their herds are still people moving: the migration words prevail
    text = ("Herders fled Sudan with their herds as fighting spread, and more than 3,000 refugees crossed "
            "into Chad in a week, UNHCR said. Displaced families drove their herds and flocks to the camps "
            "near the border; many refugees said they would seek asylum.")
    lex = cues.default()
    assert lex.on_topic(text)
    assert not lex.others_prevail(text)
    assert "destination" in roles(picture(text)).get("Chad", set())


def test_a_shoal_a_boat_ran_aground_on_is_no_animal():
    # a shoal is where boats run aground, not only fish: a shipwreck report stays on topic
    text = ("A boat carrying 60 migrants ran aground on a shoal off Lampedusa on Sunday; the coastguard "
            "rescued 52 migrants from the shoals. The boat had left Sfax two days earlier.")
    lex = cues.default()
    assert not lex.other_movers(text)
