"""Hostile text: long runs of one character go through every stage in linear time.

No test is timed: before the fixes each of these inputs took minutes (a run of "!" made
the sentence splitter quadratic, a run of spaces or capitals the extractor), so a
regression shows as a suite that does not finish. benchmarks/hostile_bench.py prints the
seconds per MB.
"""

from __future__ import annotations

import pytest
from extract_helpers import annotate

from geomig.geoparse.text import MAX_SENTENCE, sentences
from geomig.picture import extract

SENTENCE = "Boats left Sabratha for Lampedusa at night."
RUNS = {
    "dots": ".", "bangs": "!", "questions": "?", "spaces": " ", "newlines": "\n", "tabs": "\t",
    "word": "a", "capitals": "A", "dashes": "-", "capital-dots": "A. ",
}


def hostile(run: str, size: int = 60_000) -> str:
    # The run ends in a lowercase letter, so no pattern can take it whole as a sentence end.
    return SENTENCE + " " + run * (size // len(run)) + "z " + SENTENCE


def check_spans(text: str, spans) -> None:
    """Spans in order, inside the text, stripped, bounded, and covering every non-space."""
    assert spans, "no sentence"
    pos = 0
    for s, e in spans:
        assert pos <= s < e <= len(text)
        assert text[s:e] == text[s:e].strip()
        assert e - s <= MAX_SENTENCE
        assert not text[pos:s].strip(), f"characters {pos}:{s} lost"
        pos = e
    assert not text[pos:].strip()


@pytest.mark.parametrize("kind", sorted(RUNS))
def test_a_run_of_one_character_is_split_into_bounded_sentences(kind):
    text = hostile(RUNS[kind], 300_000)
    spans = sentences(text)
    check_spans(text, spans)
    assert text[slice(*spans[0])].startswith("Boats left Sabratha")
    assert text[slice(*spans[-1])].endswith(SENTENCE)


@pytest.mark.parametrize("mark", [".", "!", "?"])
def test_a_run_of_marks_before_a_capital_still_ends_a_sentence(mark):
    text = "They waited" + mark * 50_000 + " Then they left."
    spans = sentences(text)
    check_spans(text, spans)
    assert text[slice(*spans[-1])] == "Then they left."
    short = "They waited" + mark * 500 + " Then they left."
    assert [short[s:e] for s, e in sentences(short)] == ["They waited" + mark * 500, "Then they left."]


def test_a_long_sentence_is_cut_at_spaces_and_a_real_one_is_not():
    real = " ".join(["word"] * 300) + "."          # 1,500 characters: kept whole
    assert sentences(real) == ((0, len(real)),)
    long = " ".join(f"w{i}" for i in range(3000))  # ~14,000 characters, no full stop
    spans = sentences(long)
    check_spans(long, spans)
    assert len(spans) > 1
    # Every cut falls on a space: no word is split.
    assert all(long[s - 1] == " " for s, _ in spans[1:])


def test_one_long_word_is_cut_into_bounded_pieces():
    word = "x" * (5 * MAX_SENTENCE + 7)
    spans = sentences(word)
    check_spans(word, spans)
    assert "".join(word[s:e] for s, e in spans) == word


@pytest.mark.parametrize("kind", sorted(RUNS))
def test_extraction_reads_around_a_run_as_it_reads_the_plain_text(kind):
    plain = extract([annotate(SENTENCE + " z " + SENTENCE)])
    got = extract([annotate(hostile(RUNS[kind]))])
    assert {(f.role, f.name) for f in got.features} == {(f.role, f.name) for f in plain.features}
    assert any(f.role == "launch_point" for f in got.features)


@pytest.mark.parametrize("run", [" " * 20_000, "A" * 20_000, "." * 20_000 + "z"], ids=["spaces", "capitals", "dots"])
def test_actors_affiliations_and_facts_after_a_run_are_still_found(run):
    # The guards that keep the actor, affiliation and number patterns linear lose no match.
    text = (run + " The Nawasi brigade,   which is loyal to the GNA, controls the port of Tripoli. " + run
            + " Brigade 48, with 400   to 500 fighters, controls the beaches of Sabratha.")
    pic = extract([annotate(text)])
    zones = {(f.properties["control"], f.properties["place"]): f for f in pic.by_role("control_zone")}
    assert zones[("militia", "Tripoli")].properties["actor"] == "Nawasi brigade"
    assert zones[("militia", "Tripoli")].properties["affiliation"] == "GNA"
    facts = [x.to_dict() for f in pic.features for x in f.facts if x.unit == "fighters"]
    assert [x["value"] for x in facts] == [[400, 500]]


@pytest.mark.parametrize("text", [
    "Forty migrants left <b>Zuwara</b> for <i>Lampedusa</i>, officials said.",
    "Forty migrants left Zuwara<br/>for Lampedusa, officials said.",
    '<p class="lead">Forty migrants left Zuwara for <a href="#x">Lampedusa</a>,</p> officials said.',
    # a script or style element, code and all, reads as one tag
    'Forty migrants left <script>alert("left for")</script>Zuwara for Lampedusa, officials said.',
    'Forty migrants left Zuwara for <STYLE type="text/css">p { content: "the port"; }</STYLE> Lampedusa, officials said.',
])
def test_markup_pasted_into_the_text_reads_as_the_space_around_it(text):
    plain = extract([annotate("Forty migrants left Zuwara for Lampedusa, officials said.")])
    got = extract([annotate(text)])
    assert {(f.role, f.name) for f in got.features} == {(f.role, f.name) for f in plain.features}
    assert {"launch_point", "destination", "route"} <= {f.role for f in got.features}
    quote = got.by_role("destination")[0].sources[0]
    assert "Lampedusa" in text[quote.start:quote.end]


def test_a_less_than_sign_is_not_markup():
    pic = extract([annotate("Forty migrants left Zuwara for Lampedusa at < 5 knots, officials said.")])
    assert {"launch_point", "destination"} <= {f.role for f in pic.features}
