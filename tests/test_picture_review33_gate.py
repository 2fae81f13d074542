"""Review 33's findings on the document gate and the roles it leaves (helper fixgate): the
new topic_moved phrases kept to migration (passports taken by an employer, not a hotel; a
visitor's visa overstayed, not a holiday; settling somewhere to work, not to work on a
painting), and places given no role or the right one.

Sentences written for these tests."""

from __future__ import annotations

import pytest

from geomig.picture import cues


def _moved(sentence: str) -> list[int]:
    """The topic_moved phrases that match a sentence."""
    return [i for i, p in enumerate(cues.default().topic_moved) if p.regex.search(sentence)]


# ------------------------------------------------------------------ the document gate (finding 5)

@pytest.mark.parametrize("sentence", [
    "On arrival the hotel receptionist took our passports and handed us the room keys.",
    "Customs officers stamped our passports and we drove straight to the lake.",
    "Border guards checked their passports at the gate before the tourists boarded the ferry.",
    "The supporters held their passports aloft outside the stadium.",
    "The sculptor settled in Lisbon to work on a series of bronzes.",
    "He arrived on a tourist visa and stayed three nights at a seaside hotel.",
    "The province's visa quota for engineers was doubled.",
], ids=["receptionist", "stamped", "tourists-checked", "aloft", "work-on", "holiday-stay", "quota"])
def test_travel_and_hotel_wording_names_no_migration(sentence):
    assert _moved(sentence) == []


@pytest.mark.parametrize("sentence", [
    "The factory owner confiscated the workers' passports on the first morning.",
    "The agency kept the passports of all the girls it had sent abroad.",
    "My cousin came on a student visa in 2016 and simply never went home.",
    "Her uncle won the green card lottery and left within a year.",
    "The foreman took our passports and locked them in a safe.",
    "Many went with a visitor visa and stayed on for years.",
    "A hundred a year may settle in Norway to live and work.",
], ids=["confiscated", "kept-the-passports-of", "never-went-home", "green-card", "took-our",
        "stayed-on", "settle-to-work"])
def test_migration_wording_still_opens_the_gate(sentence):
    assert _moved(sentence) != []
