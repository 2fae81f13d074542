"""A learned topic check beside the document gate's rules: how likely a text is about
people migrating, from its lowercase words and word pairs.

The rules of cues.toml's [document] section fit the wording they were written from; a
report told in other words (workers recruited abroad, a family walking over a border, no
"migrant" said) passes none of them. This logistic regression reads every lowercase word
and pair of adjacent lowercase words; capitalised words (names of places and people) are
never read, so the model cannot learn a place. Its weights are data (topic_model.json,
written by benchmarks/train_topic.py); here they are only summed and put through a
sigmoid, so nothing but the standard library runs. Lexicon.on_topic asks it only after the
rules said no, and passes a text whose probability reaches [document] topic_model_min, or
topic_livelihood_model_min where the text tells people moving to live or work somewhere else
in several sentences, or topic_moved_model_min where it tells one kind of people moved
(Lexicon.topic_model_needs).
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

from geomig.errors import PictureError

#: The packaged weights, in geomig/picture.
FILE = "topic_model.json"
#: The cue a picture names for a document the model, not the rules, found about migration.
CUE = "topic model"

# A word, or any other single character: a capitalised word, a digit or a punctuation mark
# stands between two words, which then make no pair.
_TOKEN = re.compile(r"[A-Za-z][A-Za-z'-]*|\S")


@dataclass(frozen=True, slots=True)
class Model:
    """A weight per word or word pair ("border", "crossed the"), and the bias."""

    weights: Mapping[str, float]
    bias: float

    def probability(self, text: str) -> float:
        """Sigmoid of the bias plus the weights of the text's known features, their sum
        divided by the square root of their number (each text's features have unit length:
        a short report says as much as a long one)."""
        known = [w for f in features(text) if (w := self.weights.get(f)) is not None]
        # fsum: exact, so the set's order (the process's hash seed) cannot change the last digit.
        score = self.bias + (math.fsum(known) / math.sqrt(len(known)) if known else 0.0)
        return 1.0 / (1.0 + math.exp(-score))


def features(text: str) -> set[str]:
    """The text's lowercase words and pairs of adjacent lowercase words (training reads the same)."""
    out: set[str] = set()
    prev = None
    for w in _TOKEN.findall(text.replace("’", "'")):
        if not w[0].islower():
            prev = None     # (a name, a number or a mark: no pair across it)
            continue
        out.add(w)
        if prev is not None:
            out.add(f"{prev} {w}")
        prev = w
    return out


@cache
def default() -> Model:
    """The packaged model (topic_model.json)."""
    try:
        data = json.loads(files("geomig.picture").joinpath(FILE).read_text("utf-8"))
    except (OSError, ValueError) as err:
        raise PictureError(f"{FILE}: cannot read the topic model: {err}") from err
    return from_dict(data)


def from_dict(data: dict) -> Model:
    """A Model from its JSON form ({"weights": {feature: weight}, "bias": ...})."""
    try:
        weights = {str(f): float(w) for f, w in data["weights"].items()}
        return Model(weights, float(data["bias"]))
    except (KeyError, TypeError, ValueError, AttributeError) as err:
        raise PictureError(f"{FILE}: malformed topic model: {err}") from err
