"""Sentence boundaries."""

import pytest

import textwrap

from geomig.geoparse.text import dateline_place, sentences, unwrapped


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


# A report of my own, one paragraph per line, then hard-wrapped the way e-mail and
# PDF-to-text deliver it.
_REPORT = (
    "Boats leave at night\n\n"
    "The families who boarded the fishing boat at the harbour had waited for three weeks in a rented "
    "room, paying for food and water with the last of their savings, before the organisers told them "
    "that the sea was calm enough. They were bound for New York, one of the men said, although none "
    "of them had ever seen a map of the crossing or knew how long it would take to reach Buenos Aires "
    "on the way.\n\n"
    "Key figures:\n"
    "- 40 people on board\n"
    "- 3 days at sea\n"
)


def _wrapped(text: str, width: int) -> str:
    return "\n".join(textwrap.fill(line, width) if line.strip() else line for line in text.split("\n"))


@pytest.mark.parametrize("width", [40, 60, 72, 100])
def test_a_hard_wrapped_text_reads_as_its_unwrapped_paragraphs(width):
    wrapped = _wrapped(_REPORT, width)
    assert wrapped != _REPORT
    got = unwrapped(wrapped)
    assert len(got) == len(wrapped)  # one character for one: offsets still point into the text
    # Every wrap inside the paragraph is gone; the headline, the list and the blank lines stay.
    assert got.replace(" ", "") == _REPORT.replace(" ", "")
    assert got.split("\n")[0] == "Boats leave at night"
    assert "\n- 40 people on board\n- 3 days at sea\n" in got
    # ... so its sentences are the unwrapped report's, none cut at a line's end.
    assert [" ".join(got[s:e].split()) for s, e in sentences(got)] == [
        " ".join(_REPORT[s:e].split()) for s, e in sentences(_REPORT)]


def test_a_text_one_paragraph_per_line_is_left_as_it_is():
    assert unwrapped(_REPORT) is _REPORT
    short = "Photo 1: the quay at dawn\nPhoto 2: the boat at noon\nPhoto 3: the bus to the camp\nPhoto 4: the gate"
    assert unwrapped(short) is short  # short lines of their own are no wrap


def test_a_line_that_ends_a_sentence_or_is_short_keeps_its_break():
    lines = ["A man who crossed the river at dawn told us that the water was cold and high",
             "that week, and that the smugglers had gone back before the soldiers came.",
             "Nobody else spoke.",
             "The bus to the border left the square at nine in the morning, full of families",
             "and their bags."]
    text = "\n".join(lines)
    got = unwrapped(text)
    assert got.split("\n") == [lines[0] + " " + lines[1], lines[2], lines[3] + " " + lines[4]]


_LEAD = ("More than 300 people left the border town on foot on Monday, heading north along the highway, "
         "officials said. Many had waited months for papers that never came, and said they could not "
         "afford to stay any longer in the city.")


@pytest.mark.parametrize("lines", [
    # photo captions under a report written one paragraph per line, each ending on a town
    [_LEAD, "Families rest beside the road near Huixtla", "Migrants board a bus at the station in Oaxaca",
     "A boy carries water at the camp near Reynosa", "Volunteers hand out food in Mexico City",
     "The caravan crosses the bridge at Arriaga"],
    # a journey's legs, one a line, after a line that introduces them
    ["The stages of the journey as the families told them to us were these",
     "Tapachula to Huixtla by foot in two days", "Huixtla to Arriaga by truck in one night",
     "Arriaga to Juchitan on foot and by bus", "Juchitan to Mexico City by train and bus"],
    # table rows
    ["town,country,arrivals,departures,date", "Kabul,Afghanistan,1200,300,2020-01-01",
     "Herat,Afghanistan,800,150,2020-01-01", "Kandahar,Afghanistan,400,90,2020-01-01"],
], ids=["captions", "legs", "rows"])
def test_short_lines_that_each_start_capitalised_are_no_wrap(lines):
    # Joined, a town at a line's end would run into the next line's first word ("Reynosa
    # Volunteers"), and a caption or a leg into the next.
    text = "\n".join(lines) + "\n"
    assert unwrapped(text) is text


def test_a_wrapped_paragraph_whose_lines_start_lowercase_is_still_undone():
    text = _wrapped(_LEAD + " A cousin in New York sent them money for the bus.", 40)
    got = unwrapped(text)
    assert "\n" not in got.rstrip("\n") and "New York" in got


@pytest.mark.parametrize("text, noun", [
    # A site's noun right after a name, maybe after one lowercase word; not a function word
    # between, not a longer word or a compound that starts with the noun.
    ("Velmarsk transit centre in Gulu", " transit centre"),
    ("Velmarsk settlement near Juba", " settlement"),
    ("Velmarsk neighbourhood of Amman", " neighbourhood"),
    ("Velmarsk in town", ""),
    ("Velmarsk centre-backs", ""),
    ("Velmarsk centres", ""),
    ("Velmarsk family home", ""),
])
def test_site_noun_end(text, noun):
    from geomig.geoparse.text import site_noun_end

    end = site_noun_end(text, len("Velmarsk"))
    assert text[len("Velmarsk"):end] == noun
