"""Score toponym recognition and resolution against gold annotations.

The rule is the one of Gritta et al. (2018, 2019) and EUPEG (Wang & Hu 2019), as
set out for the LGL corpus:

- A prediction matches a gold toponym when the spans overlap, or when their
  lowercased surfaces are equal and the span midpoints are under 10 characters
  apart (the second clause rescues systems whose offsets drift a little).
- Each prediction and each gold toponym takes part in at most one match. Greedy
  order (deterministic): gold toponyms are taken in text order (start, then
  end); each takes, among the still unmatched predictions that satisfy the rule,
  the first in text order (start, then end, then input order).
- Recognition: precision = matched / predicted, recall = matched / gold, F1.
- Resolution over the matched pairs, d = great-circle distance in km (haversine,
  mean Earth radius R = 6371.0088 km, IUGG): acc@161 = share of d < 161; mean and
  median d; AUC = trapezoid area under ln(1 + d) / ln(20039) over the sorted
  errors, with the x axis scaled to [0, 1] (lower is better).

A prediction without coordinates (a peer's "No Gaz" row, a geomig mention with
no place) is not a prediction of a place and is left out, as the published
figures do. Gold toponyms whose offsets do not fit their text are reported as
Problems and left out of the scores, never silently scored.

Reading gold and peer files is geomig.evaluate.gold's job; its names are re-exported here.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field

from geomig.gazetteer.geo import EARTH_RADIUS_KM, haversine_km

# The gold side lives in geomig.evaluate.gold; these names stay importable from here.
from geomig.evaluate.gold import (
    GoldDocument,
    Problem,
    Toponym,
    check_offsets,
    load_eupeg,
    load_eupeg_predictions,
    load_gold,
    load_jsonl_gold,
)
from geomig.models import GeocodedDocument

__all__ = [
    "ACC_KM", "EARTH_RADIUS_KM", "MAX_ERROR_KM", "MIDPOINT_CHARS", "NOT_PLACES", "NOT_TOPONYMS",
    "ErrorCase", "GoldDocument", "Problem", "Scores", "Slip", "Toponym", "auc", "check_offsets",
    "evaluate", "haversine_km", "load_eupeg", "load_eupeg_predictions",
    "load_gold", "load_jsonl_gold", "matches", "pair", "predictions_from_geocoded", "sentence_around",
]

#: Half the Earth's circumference, the largest possible error (km); AUC's scale.
MAX_ERROR_KM = 20039
#: acc@161: 161 km is 100 miles, the customary threshold.
ACC_KM = 161
#: Surface rule: span midpoints must be closer than this many characters.
MIDPOINT_CHARS = 10
#: Mention kinds that are not place names proper; counted unless a gold leaves them out.
NOT_TOPONYMS = frozenset({"demonym"})
#: Mention flags that mean "geomig does not claim this is a place".
NOT_PLACES = frozenset({"organisation", "unresolved", "ignored"})


@dataclass(frozen=True, slots=True)
class ErrorCase:
    """A matched pair and its distance, with the sentence around the gold span."""

    doc: str
    start: int
    end: int
    text: str
    km: float
    gold_lat: float
    gold_lon: float
    lat: float
    lon: float
    gold_id: str | None
    id: str | None
    name: str
    sentence: str
    sentence_start: int         # offset of the sentence in the document


@dataclass(frozen=True, slots=True)
class Slip:
    """A gold toponym no prediction matched, or a prediction that matched no gold."""

    doc: str
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Scores:
    """Recognition and resolution figures of one system on one gold set."""

    system: str
    documents: int
    gold: int
    predicted: int
    matched: int
    precision: float
    recall: float
    f1: float
    resolved: int               # matched pairs with a distance
    acc161: float
    mean_km: float
    median_km: float
    auc: float
    worst: tuple[ErrorCase, ...] = ()
    problems: tuple[Problem, ...] = field(default=())
    missed: tuple[Slip, ...] = ()       # gold toponyms not recognised, in document order
    spurious: tuple[Slip, ...] = ()     # predictions matching no gold toponym

    def to_dict(self) -> dict:
        """Plain JSON-ready dict (NaN becomes None)."""
        d = asdict(self)
        for key, value in d.items():
            if isinstance(value, float) and math.isnan(value):
                d[key] = None
        d["problems"] = [dict(asdict(p), text=str(p)) for p in self.problems]
        return d


# --------------------------------------------------------------------------- distances

#: The name this module used before geomig.gazetteer.geo held the one formula.


def auc(distances: Iterable[float]) -> float:
    """Area under the sorted ln(1+d)/ln(20039) curve, trapezoid rule, x in [0, 1].

    One error alone has no area to integrate; its own normalised log error is returned.
    """
    ys = [math.log1p(d) / math.log(MAX_ERROR_KM) for d in sorted(distances)]
    if not ys:
        return math.nan
    if len(ys) == 1:
        return ys[0]
    area = sum((a + b) / 2 for a, b in zip(ys, ys[1:], strict=False))
    return area / (len(ys) - 1)


# --------------------------------------------------------------------------- matching

def _midpoint(start: int, end: int) -> float:
    return (start + end) / 2


def matches(gold: Toponym, gold_surface: str, pred: Toponym) -> bool:
    """The matching rule: overlap, or same lowercased surface with close midpoints."""
    if gold.start < pred.end and pred.start < gold.end:
        return True
    return (
        gold_surface.lower() == pred.text.lower()
        and abs(_midpoint(gold.start, gold.end) - _midpoint(pred.start, pred.end)) < MIDPOINT_CHARS
    )


def pair(gold: Sequence[Toponym], surfaces: Sequence[str],
         predicted: Sequence[Toponym]) -> list[tuple[int, int]]:
    """Greedy one-to-one matching in text order; returns (gold index, prediction index) pairs."""
    g_order = sorted(range(len(gold)), key=lambda i: (gold[i].start, gold[i].end, i))
    p_order = sorted(range(len(predicted)), key=lambda j: (predicted[j].start, predicted[j].end, j))
    used: set[int] = set()
    out: list[tuple[int, int]] = []
    for i in g_order:
        for j in p_order:
            if j not in used and matches(gold[i], surfaces[i], predicted[j]):
                used.add(j)
                out.append((i, j))
                break
    return out


# --------------------------------------------------------------------------- sentences

_SENTENCE_ENDS = ".!?"


def sentence_around(text: str, start: int, end: int, max_chars: int = 300) -> tuple[int, int]:
    """(start, end) of the sentence holding text[start:end], by punctuation and line breaks."""
    lo = start
    while lo > 0 and text[lo - 1] != "\n" and not (
        text[lo - 1].isspace() and lo >= 2 and text[lo - 2] in _SENTENCE_ENDS
    ):
        lo -= 1
    hi = end
    while hi < len(text) and text[hi] != "\n" and not (
        text[hi] in _SENTENCE_ENDS and (hi + 1 == len(text) or text[hi + 1].isspace())
    ):
        hi += 1
    if hi < len(text) and text[hi] in _SENTENCE_ENDS:
        hi += 1
    # Long unpunctuated stretches: keep a window around the span instead.
    if start - lo > max_chars // 2:
        lo = start - max_chars // 2
        while lo < start and not text[lo - 1].isspace():
            lo += 1     # start on a word, not inside one
    if hi - end > max_chars // 2:
        hi = end + max_chars // 2
        while hi > end and not text[hi].isspace():
            hi -= 1
    while lo < start and text[lo].isspace():
        lo += 1
    return lo, hi


# --------------------------------------------------------------------------- scoring

def evaluate(gold: Sequence[GoldDocument], predictions: Mapping[str, Sequence[Toponym]],
             *, system: str = "system", worst: int = 10) -> Scores:
    """Score predictions (doc -> toponyms) against gold documents.

    Documents absent from `predictions` count as predicting nothing; predictions for
    documents not in the gold are ignored. Predictions without coordinates are left
    out. Gold toponyms with offset problems are left out and listed in Scores.problems.
    """
    problems: list[Problem] = []
    n_gold = n_pred = 0
    cases: list[ErrorCase] = []
    distances: list[float] = []
    matched = 0
    missed: list[Slip] = []
    spurious: list[Slip] = []
    for doc in gold:
        problems.extend(doc.problems)
        bad = check_offsets(doc)
        problems.extend(bad)
        skip = {p.index for p in bad}
        golds = [t for k, t in enumerate(doc.toponyms) if k not in skip]
        surfaces = [doc.text[t.start:t.end] for t in golds]
        preds = [p for p in predictions.get(doc.doc, ()) if p.lat is not None and p.lon is not None]
        n_gold += len(golds)
        n_pred += len(preds)
        pairs = pair(golds, surfaces, preds)
        got_g, got_p = {i for i, _ in pairs}, {j for _, j in pairs}
        missed.extend(Slip(doc.doc, t.start, t.end, surfaces[i])
                      for i, t in enumerate(golds) if i not in got_g)
        spurious.extend(Slip(doc.doc, p.start, p.end, p.text)
                        for j, p in enumerate(preds) if j not in got_p)
        for i, j in pairs:
            matched += 1
            g, p = golds[i], preds[j]
            if g.lat is None or g.lon is None:
                continue
            km = haversine_km(g.lat, g.lon, p.lat, p.lon)
            distances.append(km)
            s_lo, s_hi = sentence_around(doc.text, g.start, g.end)
            cases.append(ErrorCase(
                doc=doc.doc, start=g.start, end=g.end, text=surfaces[i], km=km,
                gold_lat=g.lat, gold_lon=g.lon, lat=p.lat, lon=p.lon, gold_id=g.id,
                id=p.id, name=p.name, sentence=doc.text[s_lo:s_hi], sentence_start=s_lo,
            ))
    precision = matched / n_pred if n_pred else 0.0
    recall = matched / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    cases.sort(key=lambda c: (-c.km, c.doc, c.start))
    return Scores(
        system=system, documents=len(gold), gold=n_gold, predicted=n_pred, matched=matched,
        precision=precision, recall=recall, f1=f1, resolved=len(distances),
        acc161=sum(d < ACC_KM for d in distances) / len(distances) if distances else math.nan,
        mean_km=statistics.fmean(distances) if distances else math.nan,
        median_km=statistics.median(distances) if distances else math.nan,
        auc=auc(distances),
        worst=tuple(c for c in cases[:worst] if c.km > 0),
        problems=tuple(problems),
        missed=tuple(missed),
        spurious=tuple(sorted(spurious, key=lambda x: (x.doc, x.start, x.end))),
    )


# --------------------------------------------------------------------------- predictions

def predictions_from_geocoded(docs: Iterable[GeocodedDocument], *,
                              demonyms: bool = True) -> dict[str, list[Toponym]]:
    """geomig's mentions as predictions, keyed by GeocodedDocument.doc.

    Demonyms ("Libyan", "Russian") count: LGL's gold annotates adjectival forms as
    toponyms (its "American", "Russian", "Palestinian"...). ``demonyms=False`` leaves
    them out, for a gold that marks place names only (the seed gold). Mentions geomig
    does not claim as places are always left out: no coordinates, or flagged
    unresolved / organisation / ignored (these appear only in audit runs).
    """
    return {gdoc.doc: [_toponym(m) for m in _claimed(gdoc.mentions, demonyms)] for gdoc in docs}


def confidence_pairs(gold: Sequence[GoldDocument], docs: Iterable[GeocodedDocument], *,
                     demonyms: bool = True) -> list[tuple[float, bool]]:
    """(confidence, within 161 km of the gold place) of every mention matched to a gold
    toponym with coordinates, by the rule evaluate() uses: what a reliability table or a
    confidence calibration is made of."""
    by_doc = {d.doc: d for d in docs}
    pairs = []
    for doc in gold:
        skip = {p.index for p in check_offsets(doc)}
        golds = [t for k, t in enumerate(doc.toponyms) if k not in skip]
        mentions = _claimed(by_doc[doc.doc].mentions, demonyms) if doc.doc in by_doc else []
        for i, j in pair(golds, [doc.text[t.start:t.end] for t in golds], [_toponym(m) for m in mentions]):
            g, m = golds[i], mentions[j]
            if g.lat is not None and g.lon is not None:
                pairs.append((m.confidence, haversine_km(g.lat, g.lon, m.lat, m.lon) < ACC_KM))
    return pairs


def _claimed(mentions, demonyms: bool) -> list:
    """The mentions geomig claims as places (see predictions_from_geocoded), in order."""
    return [m for m in mentions
            if (demonyms or m.kind not in NOT_TOPONYMS) and m.lat is not None and m.lon is not None
            and m.id is not None and not NOT_PLACES.intersection(m.flags)]


def _toponym(m) -> Toponym:
    return Toponym(m.start, m.end, m.text, m.lat, m.lon, m.id, m.name or "")
