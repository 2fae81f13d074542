"""Sentence boundaries."""

import pytest

from geomig.geoparse.text import dateline_place, sentences


def test_abbreviations_and_initials_do_not_end_sentences():
    text = "U.S. officials met Mr. Seraj on Aug. 19 in Tripoli. They left. J. Smith stayed."
    got = [text[s:e] for s, e in sentences(text)]
    assert got == ["U.S. officials met Mr. Seraj on Aug. 19 in Tripoli.", "They left.", "J. Smith stayed."]


def test_line_breaks_end_sentences_and_offsets_cover_text():
    text = "Headline without stop\n\nBody one. Body two!"
    spans = sentences(text)
    assert [text[s:e] for s, e in spans] == ["Headline without stop", "Body one.", "Body two!"]


def test_empty_text_has_one_empty_sentence():
    assert sentences("") == ((0, 0),)


def test_a_word_that_ends_like_an_abbreviation_still_ends_a_sentence():
    # "octave" ends in "ave" (Ave.), "Supercalifragilistic" is longer than any abbreviation.
    text = "They played an octave. Then Fifth Ave. Traffic stopped. Supercalifragilistic. Done."
    got = [text[s:e] for s, e in sentences(text)]
    assert got == ["They played an octave.", "Then Fifth Ave. Traffic stopped.", "Supercalifragilistic.", "Done."]


def test_a_sentence_may_start_with_a_capital_past_latin_1():
    text = "Floods hit the south. Łódź was dry."
    assert [text[s:e] for s, e in sentences(text)] == ["Floods hit the south.", "Łódź was dry."]


@pytest.mark.parametrize("text, expected", [
    ("Boats left. Rain fell!! More came?\tThen calm.", ["Boats left.", "Rain fell!!", "More came?", "Then calm."]),
    ("He said: \"Go.\" Then they went.", ["He said: \"Go.\"", "Then they went."]),
    ("Counts rose. 2024 was worse.\n\n\nNext line", ["Counts rose.", "2024 was worse.", "Next line"]),
    ("No end here... and more. (Aside.) Last", ["No end here... and more.", "(Aside.)", "Last"]),
    ("Wait!?! no capital follows", ["Wait!?! no capital follows"]),
])
def test_sentence_ends_at_marks_and_line_breaks(text, expected):
    assert [text[s:e] for s, e in sentences(text)] == expected



def test_a_run_of_marks_without_a_capital_after_it_ends_nothing():
    text = "!" * 1500 + " a"
    assert sentences(text) == ((0, len(text)),)


@pytest.mark.parametrize("text, name, qualified, expected", [
    ("Split (Reuters) - Police said.", "Split", False, True),
    ("Vans stopped\n  Split - Police said.", "Split", False, True),       # first on its line, after spaces
    ("Police in Split (the port) said.", "Split", False, False),         # not first on its line
    ("Split-Dalmatia county police said.", "Split", False, False),       # a hyphen inside a name
    ("Split said nothing.", "Split", False, False),
    ("Split, Croatia - Police said.", "Split", False, False),            # its country first...
    ("Split, Croatia - Police said.", "Split", True, True),              # ... where a qualifier may come
    ("Split, a port, said nothing.", "Split", True, False),
])
def test_dateline_place(text, name, qualified, expected):
    start = text.index(name)
    assert dateline_place(text, start, start + len(name), qualified=qualified) is expected
