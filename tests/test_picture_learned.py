"""The learned role model (picture/learned.py) beside the rules, on sentences written for
these tests. The mechanism is tested with small hand-set models, so the tests do not move
when the packaged weights are refitted; the packaged file is checked for what it must be."""

from __future__ import annotations

import dataclasses
import json
import re
from importlib.resources import files

import pytest

from geomig.errors import PictureError
from extract_helpers import annotate

from geomig.picture import cues, extract, learned, read_rules

CLASSES = ("none", "origin", "launch", "destination", "control")


def toy(weights: dict[str, dict[str, float]], bias: dict[str, float] | None = None,
        threshold: float = 0.6) -> learned.Model:
    """A model from {feature: {class: weight}}; every class not named weighs 0."""
    bias = {"none": 1.0, **(bias or {})}
    return learned.Model(CLASSES, {f: tuple(w.get(c, 0.0) for c in CLASSES) for f, w in weights.items()},
                         tuple(bias.get(c, 0.0) for c in CLASSES), threshold)


@pytest.fixture
def switched_on():
    """The packaged lexicon with [settings] learned_roles = true."""
    lex = cues.default()
    return dataclasses.replace(lex, settings={**lex.settings, "learned_roles": True})


def roles_of(pic) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for f in pic.features:
        if f.role in ("origin", "launch_point", "destination", "transit"):
            out.setdefault(f.name, set()).add(f.role)
    return out


def learned_features(pic) -> list:
    return [f for f in pic.features if f.cue.startswith("learned:")]


# A hauling verb is no arrival cue of the rules ("towed into" is one since session 18): the place stays without a role.
TOWED = "Dozens of migrants were rescued at sea. Fishermen hauled the boat into Lampedusa, where the migrants got food."
TOWING = toy({"verb:hauled": {"destination": 4.0}})


def test_the_rules_alone_miss_the_towing(switched_on):
    assert roles_of(extract([annotate(TOWED)], lexicon=cues.default())) == {}


def test_the_model_adds_a_destination_the_rules_miss(switched_on, monkeypatch):
    monkeypatch.setattr(learned, "default", lambda: TOWING)
    pic = extract([annotate(TOWED)], lexicon=switched_on)
    assert roles_of(pic) == {"Lampedusa": {"destination"}}
    (feature,) = learned_features(pic)
    assert feature.cue.startswith("learned:destination")


def test_the_evidence_points_at_the_words_that_fired(switched_on, monkeypatch):
    monkeypatch.setattr(learned, "default", lambda: TOWING)
    (feature,) = learned_features(extract([annotate(TOWED)], lexicon=switched_on))
    (source,) = feature.sources
    marked = [source.quote[a:b] for a, b in source.highlight]
    assert marked == ["hauled", "Lampedusa"]
    (claim,) = feature.properties["claims"]
    assert claim["words"] == "hauled" and claim["cue"] == "learned:destination"


@pytest.mark.parametrize("text, feature, role, place", [
    ("Refugees were rescued at sea. Their boat had pushed off near Zuwara before dawn.",
     "verb:pushed", "launch", "Zuwara"),
    ("Asylum seekers crossed the border on foot. All of them were born in Eritrea, a survivor said.",
     "b3:born", "origin", "Eritrea"),
])
def test_the_model_adds_a_launch_point_or_an_origin(switched_on, monkeypatch, text, feature, role, place):
    monkeypatch.setattr(learned, "default", lambda: toy({feature: {role: 4.0}}))
    pic = extract([annotate(text)], lexicon=switched_on)
    assert roles_of(pic).get(place) == {learned.ROLE[role]}


def test_nothing_below_the_threshold(switched_on, monkeypatch):
    monkeypatch.setattr(learned, "default", lambda: toy({"verb:towed": {"destination": 1.0}}))
    assert not learned_features(extract([annotate(TOWED)], lexicon=switched_on))


def test_a_control_or_none_prediction_adds_nothing(switched_on, monkeypatch):
    monkeypatch.setattr(learned, "default", lambda: toy({"verb:towed": {"control": 6.0}}))
    assert not learned_features(extract([annotate(TOWED)], lexicon=switched_on))


# Sure of an origin everywhere: whatever it adds shows the guards work.
EVERYWHERE = toy({}, bias={"origin": 9.0})


def test_the_model_never_overrides_a_rule_role(switched_on, monkeypatch):
    text = "Migrants left Sfax on Monday and landed in Lampedusa. Officials in Rome met on Tuesday."
    rules = roles_of(extract([annotate(text)], lexicon=cues.default()))
    assert rules == {"Sfax": {"launch_point"}, "Lampedusa": {"destination"}}
    monkeypatch.setattr(learned, "default", lambda: EVERYWHERE)
    both = roles_of(extract([annotate(text)], lexicon=switched_on))
    assert both == {**rules, "Rome": {"origin"}}


def test_a_place_the_rules_rejected_is_not_revived(switched_on, monkeypatch):
    # "two Egyptian men accused of steering the boat": a suspect's nationality (relevance.no_role)
    text = "Forty migrants landed in Lampedusa. Police arrested two Egyptian men accused of steering the boat."
    assert roles_of(extract([annotate(text)], lexicon=cues.default())) == {"Lampedusa": {"destination"}}
    monkeypatch.setattr(learned, "default", lambda: EVERYWHERE)
    assert roles_of(extract([annotate(text)], lexicon=switched_on)) == {"Lampedusa": {"destination"}}


@pytest.mark.parametrize("text", [
    "The striker left Tunis for Rome on Monday after a record transfer fee was agreed.",
    "The ferry from Tunis reached Malta with 300 tourists and their cars on board.",
])
def test_nothing_in_a_text_not_about_migration(switched_on, monkeypatch, text):
    monkeypatch.setattr(learned, "default", lambda: EVERYWHERE)
    assert not learned_features(extract([annotate(text)], lexicon=switched_on))


def test_the_packaged_lexicon_leaves_the_model_off(monkeypatch):
    monkeypatch.setattr(learned, "default", lambda: EVERYWHERE)
    assert not learned_features(extract([annotate(TOWED)]))


def test_the_setting_turns_the_model_on(switched_on, monkeypatch):
    monkeypatch.setattr(learned, "default", lambda: EVERYWHERE)
    assert learned_features(extract([annotate(TOWED)], lexicon=switched_on))


def test_a_class_threshold_of_its_own(switched_on, monkeypatch):
    # p(destination) = e^3 / (e^3 + e^1 + 3) ~ 0.80: under the model's 0.9, over destination's own 0.75
    strict = toy({"prep:into": {"destination": 3.0}}, threshold=0.9)
    monkeypatch.setattr(learned, "default", lambda: strict)
    assert not learned_features(extract([annotate(TOWED)], lexicon=switched_on))
    own = dataclasses.replace(strict, thresholds={"destination": 0.75})
    monkeypatch.setattr(learned, "default", lambda: own)
    assert roles_of(extract([annotate(TOWED)], lexicon=switched_on)) == {"Lampedusa": {"destination"}}


def test_class_thresholds_are_read_from_the_file():
    data = {"classes": list(CLASSES), "weights": {}, "bias": [0.0] * 5, "threshold": 0.9,
            "thresholds": {"origin": 0.6}}
    model = learned.from_dict(data)
    assert model.least("origin") == 0.6 and model.least("launch") == 0.9


# ------------------------------------------------------------------------------ features

def candidate_features(text: str, place: str) -> set[str]:
    """The features of the (only) candidate mention of `place` in a text."""
    lex = cues.default()
    doc_lex, sentences, ruled, _, zones = read_rules(annotate(text), lex)
    (cand,) = [c for c in learned.candidates(sentences, ruled, zones, doc_lex) if c.mention.text == place]
    return set(cand.features)


RESCUED = "Dozens of migrants were rescued at sea. "


@pytest.mark.parametrize("text, place, present, absent", [
    # where a mover goes, leaves, passes, or the verb's object
    (RESCUED + "The coastguard intercepted the dinghy as it drifted towards Lampedusa.", "Lampedusa",
     {"s_motion", "motion_before", "motion_to", "prep:towards", "vp:drifted_towards"}, {"motion_from"}),
    (RESCUED + "Many had walked for weeks out of Eritrea, aid workers said.", "Eritrea",
     {"motion_from", "vp:walked_out"}, {"motion_to"}),
    (RESCUED + "The dinghy drifted for hours and at last reached the shallows off Lampedusa.", "Lampedusa",
     {"motion_at", "prep:off"}, {"motion_to", "motion_from"}),
    (RESCUED + "The smugglers rescued Zuwara fishermen too.", "Zuwara", {"motion_obj"}, {"motion_to"}),
    # no motion verb near: only the preposition, and where the sentence stands in the text
    (RESCUED + "Fishermen hauled the boat into Lampedusa, where the migrants got food.", "Lampedusa",
     {"prep:into", "pos:2", "part:end", "s_n:none"}, {"s_motion", "motion_before", "part:first"}),
])
def test_the_motion_features(text, place, present, absent):
    feats = candidate_features(text, place)
    assert present <= feats and not absent & feats


def test_the_rules_roles_in_the_sentence_are_counted():
    text = "Migrants left Sfax and Zuwara for Lampedusa, officials in Rome said."
    assert {"s_n:launch_point:>1", "s_n:destination:1"} <= candidate_features(text, "Rome")


@pytest.mark.parametrize("text, place, present, absent", [
    # the stem of the verb before, so that one verb's forms share a weight
    (RESCUED + "Many had walked for weeks out of Eritrea, aid workers said.", "Eritrea",
     {"vstem:walk"}, {"averb:said", "poss", "paren"}),
    # the verb the place is the subject of, and a possessive: an actor, not a stop
    (RESCUED + "Libya's coastguard intercepted the boat.", "Libya", {"averb:intercept", "poss"}, {"vstem:intercept"}),
    (RESCUED + "Officials in Rome were arguing about the boat.", "Rome", {"averb:argu"}, {"poss", "doc_journey"}),
    # a place in brackets, after the place it locates
    (RESCUED + "Survivors said the smugglers were waiting near Zuwara (Libya) for days.", "Libya",
     {"paren", "vstem:wait", "doc_has:transit"}, {"averb:wait", "doc_journey"}),
    # a comma ends the subject's reach: no verb after it is the place's
    (RESCUED + "In Rome, officials were arguing about the boat.", "Rome", set(), {"averb:argu"}),
])
def test_the_frame_features(text, place, present, absent):
    feats = candidate_features(text, place)
    assert present <= feats and not absent & feats


def test_a_text_telling_a_journey_is_marked():
    journey = "Forty migrants left Sfax on a dinghy and reached Lampedusa two days later. "
    feats = candidate_features(journey + "Officials in Rome were arguing about the boat.", "Rome")
    assert {"doc_journey", "doc_has:launch_point", "doc_has:destination"} <= feats
    # a departure alone is no journey
    feats = candidate_features("Forty migrants left Sfax on a dinghy. Officials in Rome were arguing.", "Rome")
    assert "doc_has:launch_point" in feats and "doc_journey" not in feats


@pytest.mark.parametrize("word, stem", [
    ("arrived", "arriv"), ("arriving", "arriv"), ("arrives", "arriv"), ("fled", "fled"), ("left", "left"),
])
def test_a_verb_stem(word, stem):
    assert learned._stem(word) == stem


# ------------------------------------------------------------------------- the data file

def test_the_packaged_model_loads_and_is_small():
    path = files("geomig.picture").joinpath("learned_roles.json")
    assert len(path.read_bytes()) < 1_000_000
    model = learned.default()
    assert model.classes == CLASSES and 0.5 <= model.threshold < 1
    assert len(model.weights) > 100
    probs = model.probabilities(["verb:landed", "b1:in"])
    assert abs(sum(probs) - 1) < 1e-9


def test_the_packaged_model_learned_no_names():
    # Only lowercase words: a name is "<C>", a place "<P>" (its kind "kind:city").
    for feature in learned.default().weights:
        assert not re.search(r"[A-Z]", re.sub(r"<[A-Z]>", "", feature)), feature


def test_the_packaged_model_says_what_it_was_trained_on():
    data = json.loads(files("geomig.picture").joinpath("learned_roles.json").read_text("utf-8"))
    numbers = [(d.split("/")[0], int(re.match(r"\d+", d.split("/")[1]).group())) for d in data["documents"]]
    assert numbers and all(n % 2 == 0 for kind, n in numbers if kind == "dev")   # the odd half is held out
    assert all(n <= 798 for kind, n in numbers if kind == "own")   # 799-816 validation, 817 on blind
    assert {"role_recall", "role_precision", "rules_alone"} <= set(data["cv"])


@pytest.mark.parametrize("data, message", [
    ({"classes": ["none"], "bias": [0.0]}, "malformed role model"),
    ({"classes": ["none", "origin"], "weights": {"b1:from": [1.0]}, "bias": [0.0, 0.0], "threshold": 0.5},
     "do not match the classes"),
])
def test_a_malformed_model_is_one_error(data, message):
    with pytest.raises(PictureError, match=message):
        learned.from_dict(data)


def test_probabilities_do_not_follow_the_hash_seed():
    """Two processes with other hash seeds (another order of a set of features) give the
    packaged role model's and topic model's probabilities to the last digit."""
    import os
    import subprocess
    import sys

    script = (
        "from geomig.picture import learned, topic\n"
        "m = learned.default()\n"
        "feats = sorted(m.weights)[:400] + ['no such feature']\n"
        "print(repr(m.probabilities(feats)))\n"
        "t = 'Families crossed the border at night and walked to the camp, where aid workers met the '"
        " 'people who had fled the fighting; boats left the coast for the islands every week.'\n"
        "print(repr(topic.default().probability(t)))\n"
    )
    runs = {subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                           env=dict(os.environ, PYTHONHASHSEED=str(seed))).stdout for seed in (1, 2, 3, 4)}
    assert len(runs) == 1, runs
