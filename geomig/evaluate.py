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
"""

from __future__ import annotations

import json
import math
import statistics
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

from .errors import GoldError, InputError
from .io import read
from .models import GeocodedDocument

#: Mean Earth radius (IUGG), km.
EARTH_RADIUS_KM = 6371.0088
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
class Toponym:
    """A gold or predicted toponym: a span, its surface and its coordinates."""

    start: int
    end: int
    text: str                   # surface as annotated ("" when the gold gave none)
    lat: float | None
    lon: float | None
    id: str | None = None
    name: str = ""


@dataclass(frozen=True, slots=True)
class Problem:
    """Something wrong in a gold file, tied to a document and, if any, a toponym."""

    doc: str
    message: str
    line: int | None = None     # 1-based line of the gold file
    index: int | None = None    # 0-based toponym index within the document
    start: int | None = None
    end: int | None = None
    expected: str | None = None  # surface the gold claims
    found: str | None = None     # text actually at [start:end]

    def __str__(self) -> str:
        where = self.doc if self.line is None else f"{self.doc} (line {self.line})"
        if self.index is not None:
            where += f", toponym {self.index}"
        if self.start is not None:
            where += f" [{self.start}:{self.end}]"
        return f"{where}: {self.message}"


@dataclass(frozen=True, slots=True)
class GoldDocument:
    """One annotated text."""

    doc: str
    text: str
    toponyms: tuple[Toponym, ...]
    problems: tuple[Problem, ...] = ()   # found while parsing
    line: int | None = None              # line of the gold file it came from


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

def great_circle_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Haversine distance in km on a sphere of radius EARTH_RADIUS_KM."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


def auc(distances: Iterable[float]) -> float:
    """Area under the sorted ln(1+d)/ln(20039) curve, trapezoid rule, x in [0, 1].

    One error alone has no area to integrate; its own normalised log error is returned.
    """
    ys = [math.log1p(d) / math.log(MAX_ERROR_KM) for d in sorted(distances)]
    if not ys:
        return math.nan
    if len(ys) == 1:
        return ys[0]
    area = sum((a + b) / 2 for a, b in zip(ys, ys[1:]))
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


# --------------------------------------------------------------------------- checks

def _cuts_word(text: str, start: int, end: int) -> bool:
    """True when a span begins or ends inside a word."""
    inside_left = start > 0 and text[start - 1].isalnum() and text[start].isalnum()
    inside_right = end < len(text) and text[end - 1].isalnum() and text[end].isalnum()
    return inside_left or inside_right


def check_offsets(doc: GoldDocument) -> list[Problem]:
    """One Problem per gold toponym whose span does not fit the document's text."""
    problems: list[Problem] = []
    n = len(doc.text)
    for k, t in enumerate(doc.toponyms):
        base = dict(doc=doc.doc, line=doc.line, index=k, start=t.start, end=t.end,
                    expected=t.text or None)
        if not 0 <= t.start < t.end <= n:
            problems.append(Problem(message=f"span outside the text (length {n})",
                                    found=doc.text[t.start:t.end] if 0 <= t.start <= n else "", **base))
            continue
        found = doc.text[t.start:t.end]
        if t.text and found != t.text:
            problems.append(Problem(message=f"expected {t.text!r}, found {found!r}",
                                    found=found, **base))
        elif not t.text and (found != found.strip() or _cuts_word(doc.text, t.start, t.end)):
            problems.append(Problem(message=f"span {found!r} does not sit on word boundaries",
                                    found=found, **base))
    return problems


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
            km = great_circle_km(g.lat, g.lon, p.lat, p.lon)
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
    out: dict[str, list[Toponym]] = {}
    for gdoc in docs:
        out[gdoc.doc] = [
            Toponym(m.start, m.end, m.text, m.lat, m.lon, m.id, m.name or "")
            for m in gdoc.mentions
            if (demonyms or m.kind not in NOT_TOPONYMS) and m.lat is not None and m.lon is not None
            and m.id is not None and not NOT_PLACES.intersection(m.flags)
        ]
    return out


# --------------------------------------------------------------------------- loaders

def _number(raw: str) -> float | None:
    """Parse a coordinate; '' or garbage gives None (a row without a place)."""
    try:
        value = float(raw)
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def _parse_record(rec: str) -> tuple[str, str, float | None, float | None, int, int]:
    """Parse `name,,surface,,lat,,lon,,start,,end(,,extra)`; ValueError when it cannot.

    Read from the right, where the fields are numeric, so a name or surface holding
    a comma (or a stray ',,') does not shift the offsets.
    """
    fields = rec.split(",,")
    if len(fields) < 6:
        raise ValueError(f"{len(fields)} fields, expected 6 or 7")
    # The plain layout first; then, for a name or surface holding ',,', anchor on the
    # right: start,,end last, or followed by one extra field.
    n = len(fields)
    layouts = ([(4, 5)] if n in (6, 7) else []) + [(n - 3, n - 2), (n - 2, n - 1)]
    for s_at, e_at in layouts:
        try:
            start, end = int(fields[s_at]), int(fields[e_at])
        except ValueError:
            continue
        if s_at > 4 and _number(fields[s_at - 2]) is None:
            continue    # the coordinates must sit just before the offsets
        name, surface = fields[0], ",,".join(fields[1:s_at - 2])
        return name, surface, _number(fields[s_at - 2]), _number(fields[s_at - 1]), start, end
    raise ValueError("start and end offsets are not integers")


def _split_lines(data: str) -> list[str]:
    lines = data.split("\n")
    if lines and lines[-1] == "":
        lines.pop()     # the file's final newline ends the last line, not a new one
    return [line.rstrip("\r") for line in lines]


def _read_text_file(path: Path, what: str) -> str:
    try:
        return path.read_text(encoding="utf-8", errors="replace")
    except OSError as err:
        raise GoldError(f"{path}: cannot read {what} ({err.strerror})") from err


def read_eupeg_lines(path: str | Path) -> list[list[tuple[int, str]]]:
    """Split an EUPEG file into per-line lists of (record number, record) strings."""
    lines = _split_lines(_read_text_file(Path(path), "the annotation file"))
    return [[(k, r) for k, r in enumerate(line.split("||")) if r.strip()] for line in lines]


def load_eupeg(gold_file: str | Path, texts_dir: str | Path) -> list[GoldDocument]:
    """Load EUPEG gold: line i of gold_file annotates texts_dir/<i>.txt.

    Empty lines are documents without toponyms. Records that cannot be parsed, and
    missing texts, become Problems of their document rather than stopping the load.
    """
    texts = Path(texts_dir)
    if not texts.is_dir():
        raise GoldError(f"{texts_dir}: texts directory not found")
    docs: list[GoldDocument] = []
    for i, records in enumerate(read_eupeg_lines(gold_file)):
        path = texts / f"{i}.txt"
        problems: list[Problem] = []
        try:
            text = read(str(path)).text
        except InputError as err:
            # An empty text with no toponyms is harmless; anything else is a problem.
            text = ""
            if records or not path.exists():
                problems.append(Problem(doc=str(path), line=i + 1, message=str(err)))
        toponyms: list[Toponym] = []
        for k, rec in records:
            try:
                name, surface, lat, lon, start, end = _parse_record(rec)
            except ValueError as err:
                problems.append(Problem(doc=str(path), line=i + 1, index=k,
                                        message=f"unreadable record {rec!r}: {err}"))
                continue
            if lat is None or lon is None or not (-90 <= lat <= 90 and -180 <= lon <= 180):
                problems.append(Problem(doc=str(path), line=i + 1, index=k, start=start, end=end,
                                        expected=surface, message=f"bad coordinates in {rec!r}"))
                continue
            toponyms.append(Toponym(start, end, surface, lat, lon, None, name))
        docs.append(GoldDocument(str(path), text, tuple(toponyms), tuple(problems), i + 1))
    return docs


def load_eupeg_predictions(peer_file: str | Path,
                           gold: Sequence[GoldDocument]) -> dict[str, list[Toponym]]:
    """Load a system's output in the EUPEG layout, line i for gold[i].

    Rows without coordinates are kept (with lat/lon None) and left out by evaluate().
    Raises GoldError when the file has more lines than the gold or a row is unreadable.
    """
    lines = read_eupeg_lines(peer_file)
    if len(lines) > len(gold) and any(lines[len(gold):]):
        raise GoldError(f"{peer_file}: {len(lines)} lines, but the gold has {len(gold)} documents")
    out: dict[str, list[Toponym]] = {}
    for i, records in enumerate(lines[:len(gold)]):
        preds = []
        for _, rec in records:
            try:
                name, surface, lat, lon, start, end = _parse_record(rec)
            except ValueError as err:
                raise GoldError(f"{peer_file}:{i + 1}: unreadable record {rec!r}: {err}") from err
            preds.append(Toponym(start, end, surface, lat, lon, None, name))
        out[gold[i].doc] = preds
    return out


def _coordinate(value: object, low: float, high: float) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value) if math.isfinite(value) and low <= value <= high else None


def load_jsonl_gold(path: str | Path, texts_dir: str | Path | None = None) -> list[GoldDocument]:
    """Load the project's JSONL gold: one `{"doc", "text", "toponyms": [...]}` per line.

    Each toponym holds start, end, lat, lon and optionally id and text (its surface,
    checked against the document). A document without "text" is read from
    texts_dir/<doc>. Malformed lines raise GoldError naming the line.
    """
    docs: list[GoldDocument] = []
    for lineno, line in enumerate(_split_lines(_read_text_file(Path(path), "the gold file")), 1):
        if not line.strip():
            continue
        where = f"{path}:{lineno}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            raise GoldError(f"{where}: not JSON ({err.msg})") from err
        if not isinstance(record, dict) or not isinstance(record.get("doc"), str):
            raise GoldError(f"{where}: expected an object with a \"doc\" string")
        text = record.get("text")
        if text is None and texts_dir is not None:
            text = _read_text_file(Path(texts_dir) / record["doc"], "the text")
        if not isinstance(text, str):
            raise GoldError(f"{where}: \"text\" missing (give it, or --texts DIR holding {record['doc']})")
        raw = record.get("toponyms", [])
        if not isinstance(raw, list):
            raise GoldError(f"{where}: \"toponyms\" must be a list")
        toponyms = []
        for k, t in enumerate(raw):
            if not isinstance(t, dict):
                raise GoldError(f"{where}: toponym {k} is not an object")
            start, end = t.get("start"), t.get("end")
            if not (isinstance(start, int) and isinstance(end, int)) or isinstance(start, bool):
                raise GoldError(f"{where}: toponym {k}: start and end must be integers")
            lat, lon = _coordinate(t.get("lat"), -90, 90), _coordinate(t.get("lon"), -180, 180)
            if lat is None or lon is None:
                raise GoldError(f"{where}: toponym {k}: lat/lon missing or out of range")
            surface = t.get("text", "")
            toponyms.append(Toponym(start, end, surface if isinstance(surface, str) else "",
                                    lat, lon, t.get("id"), t.get("name", "") or ""))
        docs.append(GoldDocument(record["doc"], text, tuple(toponyms), (), lineno))
    return docs


def load_gold(path: str | Path, texts_dir: str | Path | None = None) -> list[GoldDocument]:
    """JSONL gold for *.jsonl / *.json files, EUPEG (which needs texts_dir) otherwise."""
    if Path(path).suffix.lower() in (".jsonl", ".json", ".ndjson"):
        return load_jsonl_gold(path, texts_dir)
    if texts_dir is None:
        raise GoldError(f"{path}: an EUPEG gold file needs --texts DIR")
    return load_eupeg(path, texts_dir)
