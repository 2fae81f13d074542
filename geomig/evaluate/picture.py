"""Score a migration picture against hand-written gold: roles per family, routes, precision.

The gold schema (one JSON file):

    {"docs": {"001_slug.txt": {
        "expect": [{"names": ["Al-Khums", "Khums"], "family": "launch", "country": "LY"},
                   {"names": ["Malta"], "family": "control", "actor": "Armed Forces of Malta"}],
        "routes": [{"from": ["Al-Khums", "Libya"], "to": ["Malta"]}],
        "no_routes": false}}}

Scoring rule:
- an expectation is met when a feature of the document whose role maps to its family
  (FAMILY) names one of its names; names compare case- and accent-insensitively, and a
  multiword name may match as a (whole-word) substring either way;
- a gold route is met when some route of the document has a stop matching `from`
  before a stop matching `to`;
- an invented route is any route on a `no_routes` document;
- route precision is the share of the routes drawn on documents that have gold routes
  that meet one of them by the rule above (a stop matching its `from` before a stop
  matching its `to`; one drawn route may meet several); documents with no gold route,
  `no_routes` or not, do not count (their routes are the invented ones, or unscored);
- role precision is the share of the role features whose name is in the document's
  gold with a compatible family.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from geomig.errors import GoldError
from geomig.picture.model import Feature

#: Picture role -> gold family.
FAMILY = {"origin": "origin", "transit": "launch", "launch_point": "launch",
          "destination": "destination", "control_zone": "control"}
#: Gold families, in report order.
FAMILIES = ("origin", "launch", "destination", "control")


@dataclass(frozen=True, slots=True)
class Expectation:
    """One place the text gives a role: acceptable names, a family, maybe a country and actor."""

    names: tuple[str, ...]
    family: str
    country: str = ""
    actor: str = ""


@dataclass(frozen=True, slots=True)
class GoldRoute:
    """A stated movement: acceptable names of its two ends."""

    start: tuple[str, ...]
    end: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class GoldPicture:
    """What one document's picture should hold."""

    doc: str
    expect: tuple[Expectation, ...] = ()
    routes: tuple[GoldRoute, ...] = ()
    no_routes: bool = False


@dataclass(frozen=True, slots=True)
class Predicted:
    """A role feature as scored: its name, its family, and whether gold has it."""

    name: str
    role: str
    family: str
    correct: bool


@dataclass(frozen=True, slots=True)
class DocScore:
    """One document scored: each expectation and gold route met or not, each prediction judged."""

    doc: str
    expect: tuple[tuple[Expectation, bool], ...]
    routes: tuple[tuple[GoldRoute, bool], ...]
    predicted: tuple[Predicted, ...]
    extracted_routes: tuple[str, ...]   # route names, in order
    no_routes: bool
    route_hits: tuple[bool, ...] = ()   # per extracted route: meets some gold route

    @property
    def drawn_scored(self) -> int:
        """Drawn routes that count for route precision: those of a document with gold routes."""
        return len(self.extracted_routes) if self.routes else 0

    @property
    def drawn_met(self) -> int:
        """Drawn routes of such a document that meet a gold route."""
        return sum(self.route_hits) if self.routes else 0

    @property
    def unmatched_routes(self) -> tuple[str, ...]:
        """Drawn routes of such a document that meet no gold route."""
        if not self.routes:
            return ()
        return tuple(n for n, ok in zip(self.extracted_routes, self.route_hits, strict=True) if not ok)

    @property
    def invented(self) -> int:
        """Routes drawn on a document where no route may be drawn."""
        return len(self.extracted_routes) if self.no_routes else 0


@dataclass(frozen=True, slots=True)
class PictureScores:
    """Scores over a set of documents."""

    docs: tuple[DocScore, ...] = ()
    recall_by_family: Mapping[str, tuple[int, int]] = field(default_factory=dict)  # family -> (met, total)

    @property
    def met(self) -> int:
        return sum(ok for d in self.docs for _, ok in d.expect)

    @property
    def expected(self) -> int:
        return sum(len(d.expect) for d in self.docs)

    @property
    def recall(self) -> float:
        """Share of expectations met."""
        return _ratio(self.met, self.expected)

    @property
    def predicted(self) -> int:
        return sum(len(d.predicted) for d in self.docs)

    @property
    def correct(self) -> int:
        return sum(p.correct for d in self.docs for p in d.predicted)

    @property
    def precision(self) -> float:
        """Share of role features the gold supports."""
        return _ratio(self.correct, self.predicted)

    @property
    def routes_met(self) -> int:
        return sum(ok for d in self.docs for _, ok in d.routes)

    @property
    def routes_expected(self) -> int:
        return sum(len(d.routes) for d in self.docs)

    @property
    def route_recall(self) -> float:
        """Share of gold routes met."""
        return _ratio(self.routes_met, self.routes_expected)

    @property
    def routes_drawn(self) -> int:
        return sum(d.drawn_scored for d in self.docs)

    @property
    def routes_drawn_met(self) -> int:
        return sum(d.drawn_met for d in self.docs)

    @property
    def route_precision(self) -> float:
        """Share of routes drawn on documents with gold routes that meet a gold route."""
        return _ratio(self.routes_drawn_met, self.routes_drawn)

    @property
    def invented(self) -> int:
        """Routes on no_routes documents."""
        return sum(d.invented for d in self.docs)

    def to_dict(self) -> dict:
        """The figures and each document's misses, for --format json."""
        return {
            "documents": len(self.docs),
            "role_recall": _round(self.recall), "met": self.met, "expected": self.expected,
            "recall_by_family": {f: {"met": m, "expected": t, "recall": _round(_ratio(m, t))}
                                 for f, (m, t) in self.recall_by_family.items()},
            "role_precision": _round(self.precision), "predicted": self.predicted, "correct": self.correct,
            "route_recall": _round(self.route_recall), "routes_met": self.routes_met,
            "routes_expected": self.routes_expected, "invented_routes": self.invented,
            "route_precision": _round(self.route_precision), "routes_drawn": self.routes_drawn,
            "routes_drawn_met": self.routes_drawn_met,
            "per_document": [{
                "doc": d.doc,
                "missed": [{"names": list(e.names), "family": e.family} for e, ok in d.expect if not ok],
                "routes_missed": [{"from": list(r.start), "to": list(r.end)} for r, ok in d.routes if not ok],
                "wrong": [{"name": p.name, "role": p.role} for p in d.predicted if not p.correct],
                "invented_routes": list(d.extracted_routes) if d.no_routes else [],
                "routes_unmatched": list(d.unmatched_routes),
            } for d in self.docs],
        }


def _ratio(a: int, b: int) -> float:
    return a / b if b else float("nan")


def _round(x: float) -> float | None:
    return None if x != x else round(x, 3)


# --------------------------------------------------------------------------------- gold

def load_gold(path: str | Path) -> dict[str, GoldPicture]:
    """Read a picture gold file; GoldError (one line) when it does not follow the schema."""
    path = Path(path)
    try:
        data = json.loads(path.read_text("utf-8"))
    except FileNotFoundError:
        raise GoldError(f"{path}: no such gold file") from None
    except (OSError, UnicodeDecodeError) as err:
        raise GoldError(f"{path}: cannot read: {err}") from err
    except json.JSONDecodeError as err:
        raise GoldError(f"{path}: not valid JSON: {err}") from err
    return parse_gold(data, str(path))


def parse_gold(data: object, where: str = "gold") -> dict[str, GoldPicture]:
    """The documents of a gold dict in the schema above, keyed by file name."""
    docs = data.get("docs") if isinstance(data, Mapping) else None
    if not isinstance(docs, Mapping):
        raise GoldError(f"{where}: expected an object with a \"docs\" object")
    out: dict[str, GoldPicture] = {}
    for name, d in docs.items():
        at = f"{where}: {name}"
        if not isinstance(d, Mapping):
            raise GoldError(f"{at}: expected an object")
        expect = []
        for i, e in enumerate(d.get("expect", ())):
            if not isinstance(e, Mapping) or e.get("family") not in FAMILIES:
                raise GoldError(f"{at}: expect[{i}]: family must be one of {', '.join(FAMILIES)}")
            expect.append(Expectation(_names(e.get("names"), f"{at}: expect[{i}]"), e["family"],
                                      str(e.get("country") or ""), str(e.get("actor") or "")))
        routes = []
        for i, r in enumerate(d.get("routes", ())):
            if not isinstance(r, Mapping):
                raise GoldError(f"{at}: routes[{i}]: expected an object with from and to")
            routes.append(GoldRoute(_names(r.get("from"), f"{at}: routes[{i}].from"),
                                    _names(r.get("to"), f"{at}: routes[{i}].to")))
        no_routes = bool(d.get("no_routes", False))
        if no_routes and routes:
            raise GoldError(f"{at}: no_routes is true but routes are listed")
        out[Path(name).name] = GoldPicture(Path(name).name, tuple(expect), tuple(routes), no_routes)
    return out


def _names(value: object, at: str) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not value or not all(isinstance(v, str) and v.strip() for v in value):
        raise GoldError(f"{at}: names must be a non-empty list of strings")
    return tuple(value)


# ------------------------------------------------------------------------------ matching

def fold(name: str) -> str:
    """Comparison key: accents stripped, casefolded, punctuation and dashes as spaces."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = text.replace("’", "'").replace("'s ", " ")
    return " ".join(re.sub(r"[^\w']+", " ", text).replace("'", "").split())


def names_match(a: str, b: str) -> bool:
    """Same name, or (when either is multiword) one inside the other as whole words."""
    x, y = fold(a), fold(b)
    if not x or not y:
        return False
    if x == y:
        return True
    if " " not in x and " " not in y:
        return False
    short, long = sorted((x, y), key=len)
    return f" {short} " in f" {long} "


def _any_match(names: Iterable[str], candidates: Iterable[str]) -> bool:
    candidates = [c for c in candidates if c]
    return any(names_match(n, c) for n in names for c in candidates)


def feature_names(f: Feature) -> tuple[str, ...]:
    """The names a feature goes by: a zone by its place, a role by its name and gazetteer name."""
    p = f.properties
    if f.role == "control_zone":
        return tuple(n for n in (p.get("place"), p.get("gazetteer_name")) if n)
    return tuple(n for n in (f.name, p.get("gazetteer_name")) if n)


def route_stops(f: Feature) -> list[tuple[str, ...]]:
    """The stops of a route feature in order, each as the names it goes by."""
    names = f.properties.get("stop_names") or [s.strip() for s in f.name.split("→")]
    aliases = f.properties.get("stop_aliases") or [()] * len(names)
    return [(n, *a) for n, a in zip(names, aliases, strict=False)]


# ------------------------------------------------------------------------------- scoring

def score_document(gold: GoldPicture, features: Sequence[Feature]) -> DocScore:
    """One document's picture against its gold."""
    roles = [f for f in features if f.role in FAMILY]
    expect = tuple((e, any(FAMILY[f.role] == e.family and _any_match(e.names, feature_names(f))
                           for f in roles)) for e in gold.expect)
    predicted = tuple(Predicted(
        f.properties.get("place") if f.role == "control_zone" else f.name, f.role, FAMILY[f.role],
        any(e.family == FAMILY[f.role] and _any_match(e.names, feature_names(f)) for e in gold.expect),
    ) for f in roles)
    routes = [f for f in features if f.role == "route"]
    met = tuple((r, any(_route_met(r, f) for f in routes)) for r in gold.routes)
    hits = tuple(any(_route_met(r, f) for r in gold.routes) for f in routes)
    return DocScore(gold.doc, expect, met, predicted, tuple(f.name for f in routes), gold.no_routes, hits)


def _route_met(gold: GoldRoute, route: Feature) -> bool:
    stops = route_stops(route)
    for i, a in enumerate(stops):
        if _any_match(gold.start, a):
            return any(_any_match(gold.end, b) for b in stops[i + 1:])
    return False


def score(gold: Mapping[str, GoldPicture], pictures: Mapping[str, Sequence[Feature]]) -> PictureScores:
    """Score every gold document that has a picture (keyed by file name)."""
    docs = tuple(score_document(gold[name], pictures[name]) for name in sorted(gold) if name in pictures)
    by_family = {f: (sum(ok for d in docs for e, ok in d.expect if e.family == f),
                     sum(1 for d in docs for e, _ in d.expect if e.family == f)) for f in FAMILIES}
    return PictureScores(docs, by_family)


def split_by_document(features: Iterable[Feature]) -> dict[str, list[Feature]]:
    """A merged picture's features per document file name (a route goes to every document
    it was drawn from; other features to every document among their sources)."""
    out: dict[str, list[Feature]] = {}
    for f in features:
        docs = f.properties.get("documents") if f.role == "route" else None
        for doc in dict.fromkeys(docs or [s.doc for s in f.sources]):
            out.setdefault(Path(doc).name, []).append(f)
    return out


# ------------------------------------------------------------------------------- report

def _pct(x: float) -> str:
    return "—" if x != x else f"{100 * x:.1f}%"


def report_lines(scores: PictureScores, verbose: bool = False) -> list[str]:
    """The scores as plain lines; with verbose, each document's misses and wrong roles."""
    lines = [f"documents: {len(scores.docs)}",
             f"role recall: {_pct(scores.recall)} ({scores.met}/{scores.expected})"]
    for fam in FAMILIES:
        met, total = scores.recall_by_family.get(fam, (0, 0))
        lines.append(f"  {fam}: {_pct(met / total if total else float('nan'))} ({met}/{total})")
    lines += [f"role precision: {_pct(scores.precision)} ({scores.correct}/{scores.predicted})",
              f"route recall: {_pct(scores.route_recall)} ({scores.routes_met}/{scores.routes_expected})",
              f"invented routes: {scores.invented}",
              f"route precision: {_pct(scores.route_precision)} ({scores.routes_drawn_met}/{scores.routes_drawn})"]
    if verbose:
        for d in scores.docs:
            missed = [f"{e.family}:{e.names[0]}" for e, ok in d.expect if not ok]
            routes = [f"{r.start[0]}->{r.end[0]}" for r, ok in d.routes if not ok]
            wrong = [f"{p.role}:{p.name}" for p in d.predicted if not p.correct]
            invented = list(d.extracted_routes) if d.no_routes else []
            unmatched = list(d.unmatched_routes)
            if missed or routes or wrong or invented or unmatched:
                lines.append(f"{d.doc}")
                for label, items in (("missed", missed), ("routes missed", routes), ("wrong", wrong),
                                     ("invented routes", invented), ("routes matching no gold", unmatched)):
                    if items:
                        lines.append(f"    {label}: {'; '.join(items)}")
    return lines
