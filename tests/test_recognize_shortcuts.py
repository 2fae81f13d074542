"""Recognition's shortcuts: the cheap tests that skip a rule where it cannot apply give what
the rule gives (benchmarks/identity_check.py compares whole corpora with main's output)."""

from __future__ import annotations

import pytest

from geomig.gazetteer.index import normalize
from geomig.geoparse.recognize import _connectors, _words, recognize


def spans(text, gazetteer, **kw):
    return [(s.text, s.kind_hint) for s in recognize(text, gazetteer, **kw)]


@pytest.mark.parametrize("gap", [
    " of ", " Of ", " de la ", "-upon-", " lès ", " d.e. ", " of\tthe ", "  of   the  ", " the of the ",
    " said ", " said the ", " of the new ", " ", "", " -of- ", " " + "word " * 200,
])
def test_connectors_reads_the_gap_as_the_plain_rule_does(gap):
    # The rule: one or two words between spaces or hyphens, each a connector once normalised.
    words = gap.split()
    plain = (bool(gap) and gap[0] in " -" and gap[-1] in " -" and 0 < len(words) <= 2
             and all(normalize(w) in _words("connectors") for w in words))
    assert (bool(gap) and gap[0] in " -" and gap[-1] in " -" and _connectors(gap)) is plain


@pytest.mark.parametrize("text, expected", [
    # A bracket with a short capitalised name inside and a capital after is what the merge
    # of bracketed names starts from; other brackets leave the names as they are.
    ("The boat was stopped off the Cocos (Keeling) Islands on Friday.", [("Cocos (Keeling) Islands", "")]),
    ("ROME (AP) - Boats reached Lampedusa.", [("ROME", ""), ("Lampedusa", "")]),
    ("Boats left Tunisia (again) for Lampedusa.", [("Tunisia", ""), ("Lampedusa", "")]),
])
def test_bracketed_names(text, expected, gazetteer):
    assert spans(text, gazetteer) == expected


@pytest.mark.parametrize("text, expected", [
    # A word after "the" and an abbreviation after a number are read in context; a word
    # with neither before it is read alone.
    ("The flu spread from BC to Alberta.", [("BC", ""), ("Alberta", "")]),
    ("The mound was built in 300 BC by farmers.", []),
    ("Boats crossed the Mediterranean to Malta.", [("Mediterranean", ""), ("Malta", "")]),
])
def test_words_read_in_context(text, expected, gazetteer):
    assert spans(text, gazetteer) == expected


@pytest.mark.parametrize("text, expected", [
    # An organisation's suffix follows a name after a space: none after a comma or a dot.
    ("Reporters at the Washington Post, he said.", [("Washington Post", "organisation")]),
    ("Reporters left Washington. Post offices closed.", [("Washington", "")]),
    ("Kent Police stopped a lorry near Dover.", [("Kent", ""), ("Dover", "")]),  # a force: its place
])
def test_a_suffix_after_a_name(text, expected, gazetteer):
    assert spans(text, gazetteer, keep_rejected=True) == expected


def test_a_surname_makes_every_mention_a_person(gazetteer):
    # "John Trapani" once: every "Trapani" of the text is the person (kept without the
    # recheck only when no person's key matches).
    text = "John Trapani spoke on Monday. Later Trapani said boats left Tunisia."
    found = spans(text, gazetteer, keep_rejected=True)
    assert found == [("Trapani", "person"), ("Trapani", "person"), ("Tunisia", "")]
