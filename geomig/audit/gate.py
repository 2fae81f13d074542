"""The document gate's decision on each document, made auditable: why a report got no
roles at all, or got them only because the learned topic check let it through.

Before any motion or control cue is read, the picture asks whether a document is about
migration (Lexicon.on_topic): the rules of cues.toml's [document] section, or else the
learned topic check (geomig/picture/topic.py) when its probability reaches [document]
topic_model_min. A document the check alone passed is named, with its probability, in the
picture's meta (picture.meta["topic model"]); that is read here, not recomputed. The rest
are put to the lexicon's own rules again (Lexicon.topic_by_rules): those they fail are off
topic, and the check's probability is given to say how near the model came.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import PurePath
from typing import TYPE_CHECKING

from geomig.picture import cues as _cues
from geomig.picture import topic

if TYPE_CHECKING:
    from geomig.models import GeocodedDocument
    from geomig.picture.model import Picture

#: The decisions: on topic by the rules, by the topic model alone, or off topic.
RULES, MODEL, OFF = "rules", "topic model", "off topic"
_RULES_FAIL = "the rules find too few words of migration"


@dataclass(frozen=True, slots=True)
class GateDecision:
    """The gate's decision on one document: `decision` (RULES, MODEL or OFF), the topic
    check's probability (None where it was not asked and is not needed, or is off),
    the probability it needs (`model_min`, 0: off) and whether the text names other
    travellers or goods twice and as often as people moving (then the model is not heeded)."""

    doc: str
    decision: str
    probability: float | None = None
    model_min: float = 0.0
    other_movers: bool = False
    vetoed: bool = False    # the rules passed it, the topic model vetoed them ([document] topic_model_veto)

    @property
    def on_topic(self) -> bool:
        """Whether the motion and control cues were read in the document."""
        return self.decision != OFF

    @property
    def why(self) -> str:
        """The decision in words, with its reason."""
        if self.decision == RULES:
            return "on topic by the rules of [document]"
        if self.decision == MODEL:
            return (f"on topic by the topic model (probability {self.probability:.2f}, "
                    f"passes at {self.model_min:.2f}); {_RULES_FAIL}")
        if self.vetoed:
            return (f"off topic: no motion or control cue was read; the rules' only topic words have other "
                    f"senses and the topic model's probability is {self.probability:.2f}, below its veto")
        return f"off topic: no motion or control cue was read; {_RULES_FAIL}; {self._model_said()}"

    def _model_said(self) -> str:
        """What the topic model said of an off-topic document."""
        if self.probability is None:
            return "the topic model is off ([document] topic_model_min = 0)"
        said = f"topic model probability {self.probability:.2f} (passes at {self.model_min:.2f})"
        if self.other_movers:
            said += (", not heeded: the text names other travellers or goods (topic_other) twice, "
                     "as often as people moving")
        return said

    def to_dict(self) -> dict:
        """JSON-ready, rounded."""
        return {"doc": self.doc, "decision": self.decision, "on_topic": self.on_topic,
                "probability": None if self.probability is None else round(self.probability, 3),
                "model_min": self.model_min, "other_movers": self.other_movers, "why": self.why}


def gate_decisions(docs: Iterable[GeocodedDocument], picture: Picture,
                   lexicon: _cues.Lexicon | None = None) -> list[GateDecision]:
    """The gate's decision on each document, in their order. `picture` is the documents'
    (geomig.extract with the same `lexicon`, by default the packaged one)."""
    lex = lexicon or _cues.default()
    passed = picture.meta.get(topic.CUE) or {}
    return [_decision(d.doc, d.text, passed, lex) for d in docs]


def _decision(doc: str, text: str, passed: dict, lex: _cues.Lexicon) -> GateDecision:
    if doc in passed:
        return GateDecision(doc, MODEL, float(passed[doc]), lex.topic_model_bar(text, float(passed[doc])))
    if lex.topic_by_rules_kept(text):
        return GateDecision(doc, RULES, model_min=lex.topic_model_min)
    if lex.topic_by_rules(text):
        return GateDecision(doc, OFF, lex.topic_probability(text), lex.topic_model_min, vetoed=True)
    p = lex.topic_probability(text)
    if p is None:
        return GateDecision(doc, OFF)
    return GateDecision(doc, OFF, p, lex.topic_model_needs(text), lex.others_prevail(text))


def gate_lines(decisions: Iterable[GateDecision]) -> list[str]:
    """The decisions as lines of plain text for a terminal, off topic first."""
    ordered = sorted(decisions, key=lambda g: (g.decision != OFF, g.decision != MODEL))
    return [f"{PurePath(g.doc).name}: {g.why}" for g in ordered]
