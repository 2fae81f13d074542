"""The keyword prefilter of cues.py: keywords read off the compiled patterns, and a
sentence tried only against cues whose keywords it holds, with the same hits as before."""

from __future__ import annotations

import re

import pytest
from extract_helpers import annotate

from geomig.picture import cues


@pytest.mark.parametrize("pattern, expected", [
    (r"set sail from", {"set sail from"}),
    (r"depart(?:ed|s)?", {"depart"}),
    (r"(?:left|fled) for", {" for"}),
    (r"(?:crossing|crossed|reached)\s+the", {"crossing", "crossed", "reached"}),
    (r"(?:boats?|ships?) (?:left|sailed)", {"boat", "ship"}),
    (r"\w+ \w+", None),                     # nothing literal
    (r"(?:on|at)", None),                   # literals too short to filter
    (r"(?:arrived|\w+ed)", None),           # a branch that needs no literal
    (r"(?:ashore)?\s+in\s+", None),         # optional parts require nothing
    (r"(?:ARRIVALS)+", {"arrivals"}),       # repeated at least once; case folded
], ids=["literal-run", "prefix-of-branch", "longest-run-wins", "branch-union", "factored-branch",
        "no-literal", "too-short", "open-branch", "optional", "repeat-and-case"])
def test_required_keywords_are_read_off_the_regex(pattern, expected):
    found = cues.required_keywords(re.compile(pattern, re.IGNORECASE))
    assert found == (None if expected is None else frozenset(expected))


@pytest.mark.parametrize("pattern, text", [
    (r"set sail from", "They SET SAIL FROM the port."),
    (r"depart(?:ed|s)?", "The boat Departs at dawn."),
    (r"(?:boats?|ships?) (?:left|sailed)", "Two ships sailed."),
    (r"kept going", "Keptgoing is not it, but kept going is."),
    (r"asked", "They \u0430sked, then ASKED again."),
])
def test_every_match_holds_a_keyword(pattern, text):
    rx = re.compile(pattern, re.IGNORECASE)
    words = cues.required_keywords(rx)
    folded = text.translate(cues._FOLD).lower()
    for m in rx.finditer(text):
        assert any(w in m.group().translate(cues._FOLD).lower() for w in words)
    assert any(w in folded for w in words) == bool(rx.search(text))


def test_every_packaged_cue_has_keywords_or_is_always_tried():
    lex = cues.default()
    assert lex.matcher is not None
    for cue in lex.cues + lex.controls:
        assert cue.keywords is None or all(len(w) >= 3 and w == w.lower() for w in cue.keywords), cue.id


SENTENCES = [
    "Boats left Zuwara for Lampedusa on Monday.",
    "Smugglers launched dinghies from Sabratha, the coastguard said.",
    "Most of the people came from Eritrea and travelled through Libya.",
    "The coastguard intercepted 80 people off Tripoli and returned them to Libya.",
    "A rescue ship brought 40 survivors ashore in Pozzallo.",
    "Prices in Misrata rose again this week.",
    "No boats left Benghazi, officials said, but patrols in the Mediterranean continued.",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_prefilter_gives_the_same_hits(text, monkeypatch):
    doc = annotate(text)
    lex = cues.default()

    def every_hit():
        out = []
        for i in range(len(doc.sentences)):
            masked = cues.mask(doc, i)
            out += [(h.cue.id, h.start, h.end, h.negated, h.hedged, tuple(h.slots))
                    for h in cues.find(lex.cues + lex.controls, masked, lex)]
        return out

    with_filter = every_hit()
    monkeypatch.setattr(cues, "PREFILTER", False)
    assert every_hit() == with_filter


@pytest.mark.parametrize("text", [
    "Boats  left Zuwara\tfor Lampedusa.",
    "Boats left\u00a0Zuwara \n for   Lampedusa .",
    "Boats left Zuwara for Lampedusa.",
])
def test_masking_collapses_whitespace_and_maps_back(text):
    doc = annotate(text)
    masked = cues.mask(doc, 0)
    rebuilt = cues._TOKEN.sub(lambda m: masked.mentions[int(m.group(1))].text, masked.text)
    assert rebuilt == " ".join(masked.sentence.split())
    tokens = {i for m in cues._TOKEN.finditer(masked.text) for i in range(*m.span())}
    plain = [i for i in range(len(masked.text)) if i not in tokens]
    for i in plain:
        behind = masked.original(i, i + 1)
        assert behind == masked.text[i] or (masked.text[i] == " " and behind.isspace())
