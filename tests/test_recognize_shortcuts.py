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


# Texts with the characters a shortcut could misread: other spaces (no-break, thin, ideographic,
# tab, newline), dashes, curly apostrophes, accents and dots, around words of each rule.
TRICKY = [
    "Dalton Street, Dalton\u00a0Street, Dalton\tAvenue, Dalton\nRoad and Dalton-Street.",
    "West Nile virus, Rift Valley\u00a0fever, Reston-strain, Ebola\u2009virus and Zika–virus spread.",
    "100 US dollars, 2,000 Libyan\u00a0dinars, NZ$40 and £5 in Kenyan\nshillings.",
    "The Washington Post, Kent\u00a0Police, Essex\u3000Police, Dover\nBorder Force, Calais.Post.",
    "He flew to the US. The Med, the\u00a0Med, THE MED, thé Med, the\nMed, 500 BC and Ky. in 300 B.C.",
    "Crowds in Lesbos’s camp; İzmir’S port; Ağrı’s, Šid’s and Érd's roads.",
]


@pytest.mark.parametrize("text", TRICKY)
def test_each_rejection_rule_is_skipped_only_where_it_cannot_match(text):
    # The character tests recognition reads before a rule (_rejected, _currency, _suffix_after)
    # must hold wherever the rule's own pattern matches: at every position of the text.
    from geomig.geoparse.recognize import (_NEXT_WORDS, _currency_after, _pathogen, _street_after)

    for end in range(len(text) + 1):
        after = text[end:end + 1]
        if _street_after().match(text, end, end + 20):
            assert after == " ", (text, end)
        if _pathogen().match(text, end, end + 20):
            assert after in (" ", "-"), (text, end)
        if _currency_after().match(text, end, end + 16):
            assert after == " ", (text, end)
        if _NEXT_WORDS.match(text, end, end + 40):
            assert after.isspace(), (text, end)


@pytest.mark.parametrize("text", TRICKY)
def test_a_word_is_read_in_context_only_after_the_or_with_a_dot(text, gazetteer):
    # _in_context changes what a word names only after "the " or for a dotted key: the test
    # _alone and _phrase read first (the last two characters before the word, the key's dot).
    from geomig.geoparse.recognize import _E_SPACE, _in_context

    for start in range(len(text)):
        for end in range(start + 1, min(len(text), start + 6) + 1):
            if text[start - 2:start] in _E_SPACE:
                continue
            for key, what in ((normalize(text[start:end]), "place"), (normalize(text[start:end]), "")):
                for single in (True, False):
                    assert _in_context(text, start, end, key, key, what, False, single, gazetteer) == (key, what)


BEFORE = TRICKY + [
    "Chicken Kiev, BEEF Wellington, beef\u00a0Wellington, baked\nAlaska, chicken\n\nKiev and ſhicken Kiev.",
    "Beef \nWellington, the camp of\u00a0Azraq, Camp\u00a0Zaatari, Lake\tChad, River\nNile and the camps of Moria.",
    "Campo Verde, Lakes District, Riverside, the hotspot of  Lesbos, THE CAMP OF Azraq, of Moria.",
]


@pytest.mark.parametrize("text", BEFORE)
def test_a_window_before_a_name_is_searched_only_where_its_end_allows(text):
    # feature_before and _in_dish_name test the end of the window before a name first: at
    # every position of the text they give what the pattern searched alone gives.
    from geomig.geoparse.recognize import _dish, _in_dish_name
    from geomig.geoparse.text import _feature_nouns_before, feature_before

    pattern, nouns, _ = _feature_nouns_before()
    for start in range(len(text) + 1):
        m = pattern.search(text, max(0, start - 24), start)
        assert feature_before(text, start) == (nouns[m.group(1) or m.group(2)] if m else ""), (text, start)
        dish = _dish().search(text, max(0, start - 12), start)
        assert _in_dish_name(text, start) == ("common word" if dish else ""), (text, start)
    assert feature_before("near Camp Zaatari", 10) == "camp"
    assert _in_dish_name("Chicken Kiev", 8) == "common word"
