"""The one mechanism applying cues.toml: masking, slots, negation and hedging scope, and
the data file itself."""

from __future__ import annotations

import tomllib
from importlib import resources

import pytest
from extract_helpers import annotate

from geomig.picture import CONTROLS, cues, extract

RECIPES = {"coastal_strip", "city_buffer", "port", "offshore", "region", "border_band", "point"}


@pytest.fixture(scope="module")
def data():
    return tomllib.loads(resources.files("geomig.picture").joinpath("cues.toml").read_text("utf-8"))


def test_every_cue_is_well_formed(data):
    lex = cues.default()
    assert len(lex.cues) == len(data["cue"]) and len(lex.controls) == len(data["control"])
    assert len({c["id"] for c in data["cue"] + data["control"]}) == len(data["cue"]) + len(data["control"])
    for c in data["cue"]:
        assert c["role"] in ("launch_point", "destination", "transit", "origin", "sea"), c["id"]
    for c in data["control"]:
        assert c["control"] in CONTROLS and c["geometry"] in RECIPES, c["id"]
    # (a facility's words may choose its control: [settings] facility_controls)
    by_words = {f["control"] for f in data["settings"]["facility_controls"]}
    assert by_words <= set(CONTROLS)
    # (a named force's kind: [settings] force_kinds)
    assert {f["control"] for f in data["settings"]["force_kinds"]} <= set(CONTROLS)
    # (a border control at a post inside its country is drawn as one: [settings] internal_post)
    drawn = {data["settings"]["internal_post"]["control"]}
    assert {c["control"] for c in data["control"]} | by_words | drawn == set(CONTROLS)


def test_mask_replaces_mentions_and_maps_back_exactly():
    doc = annotate("TRIPOLI (Reuters) -  Boats left \t Zuwara’s coast for Lampedusa.")
    masked = cues.mask(doc, 0)
    assert masked.text == "\ue000P0\ue001 (Reuters) - Boats left \ue000P1\ue001’s coast for \ue000P2\ue001."
    for i, m in enumerate(masked.mentions):
        token = f"\ue000P{i}\ue001"
        at = masked.text.index(token)
        assert masked.original(at, at + len(token)) == m.text
    assert masked.original(0, len(masked.text)) == doc.text


def test_pattern_slots_labels_and_macros():
    p = cues.compile_pattern("from {place:transit} to {place} by {sea:sea}{~2}", {}, default_label="destination")
    assert dict(p.slots) == {"s0": "transit", "s1": "destination", "s2": "sea"}
    with pytest.raises(ValueError, match="unknown macro"):
        cues.compile_pattern("{NOPE}", {}, default_label="x")


def hits(text: str):
    """The first hit on each mention (the one that gives it its role), in text order."""
    doc = annotate(text)
    lex = cues.default()
    first: dict[int, tuple] = {}
    for i in range(len(doc.sentences)):
        for h in cues.find(lex.cues, cues.mask(doc, i), lex):
            m = h.slots[next(iter(h.slots))]
            first.setdefault(m.start, (m.text, h.negated, h.hedged))
    return [first[k] for k in sorted(first)]


@pytest.mark.parametrize("text, expected", [
    ("Boats left Zuwara but no boats left Misrata.", [("Zuwara", False, False), ("Misrata", True, False)]),
    ("No boats left Zuwara, and boats left Misrata.", [("Zuwara", True, False), ("Misrata", False, False)]),
    ("Boats left Zuwara, reports say.", [("Zuwara", False, False)]),
    ("Reports say boats left Zuwara.", [("Zuwara", False, True)]),
    ("Boats allegedly left Zuwara and boats left Misrata.", [("Zuwara", False, True), ("Misrata", False, True)]),
], ids=["negation-after-but", "negation-before-comma", "hedge-after-cue", "hedge-before-cue",
        "hedge-covers-sentence"])
def test_negation_and_hedging_scope(text, expected):
    assert hits(text) == expected


def test_a_new_cue_file_changes_the_rules(tmp_path, data):
    import tomli_w

    data = dict(data)
    data["cue"] = [*data["cue"], {"id": "launch.staging", "role": "launch_point", "weight": 0.7,
                                  "patterns": ["staging area (?:in|at) {place}"]}]
    path = tmp_path / "cues.toml"
    path.write_text(tomli_w.dumps(data), encoding="utf-8")
    doc = annotate("Smugglers keep a staging area in Zawiya.")
    assert extract([doc]).by_role("launch_point") == []
    [zawiya] = extract([doc], lexicon=cues.load(path)).by_role("launch_point")
    assert zawiya.cue == "launch.staging: “staging area in Zawiya”"
