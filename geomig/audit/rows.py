"""The rows an audit is made of: one mention as an analyst reviews it (AuditRow), the roles
the picture gives its place (RoleNote), and the review order of their flags. report.py builds
and writes them; hints.py says why a name was not placed."""

from __future__ import annotations

from dataclasses import dataclass

from geomig.audit.places import SamePlace
from geomig.geoparse.checks import FLAGS
from geomig.models import Candidate

#: Review order, worst first: an uncertain place on the map, then a capitalised phrase
#: that may be a place the gazetteer lacks, then vague areas, then places inside
#: organisation names; then sound choices (RANK_OK), the analyst's own decisions, and
#: last the words turned down as persons, common words or names no place of which fits the
#: text (rarely places, many: a heading's "MEDIA", a first name).
#: Words turned down: no place (ranked last, and never called "unresolved"): a street's
#: word ("Orchard Street"), an acronym ("IND"), a currency's adjective ("US dollars") or a
#: place's name in a pathogen's ("West Nile virus") too.
NOT_A_PLACE = ("person", "common-word", "implausible", "street", "acronym", "currency", "pathogen")
#: A choice the rest of its text speaks against (geomig/geoparse/checks.py: off-focus,
#: feature-mismatch) or a qualifier contradicts is reviewed first, whatever its confidence.
QUESTIONED = ("contradicts-qualifier", *FLAGS)
RANK = {"low-confidence": 0, "ambiguous": 0, **dict.fromkeys(QUESTIONED, 0), "unresolved": 1, "vague-region": 2,
        "organisation": 3, "overridden": 5, **dict.fromkeys(NOT_A_PLACE, 6)}
RANK_OK = 4


@dataclass(frozen=True, slots=True)
class RoleNote:
    """A role the picture gives a mention's place: its name, the rules that gave it, the
    role confidence (the picture's, over every sentence that supports the role) and the
    words each rule fired on, as the text has them (words[i] is rules[i]'s; "" if unknown)."""

    role: str
    rules: tuple[str, ...]
    confidence: float
    words: tuple[str, ...] = ()

    def to_dict(self) -> dict:
        """JSON-ready, rounded."""
        return {"role": self.role, "rules": list(self.rules), "confidence": round(self.confidence, 3),
                "words": list(self.words)}

    def __str__(self) -> str:
        # The words quoted, never a verb standing for them: "origin.fled" may have fired on "were from".
        said = [f"{rule}: “{words}”" if words else rule
                for rule, words in zip(self.rules, (*self.words, *[""] * len(self.rules)))]
        rules = f" [{'; '.join(said)}]" if said else ""
        return f"{self.role.replace('_', ' ')} {self.confidence:.2f}{rules}"


@dataclass(frozen=True, slots=True)
class AuditRow:
    """One mention as an analyst reviews it."""

    doc: str
    text: str
    start: int
    end: int
    sentence: str
    kind: str
    id: str | None
    name: str | None
    country: str | None
    lat: float | None
    lon: float | None
    confidence: float
    margin: float | None            # confidence minus the best rival's score; None without one
    alternatives: tuple[Candidate, ...]
    evidence: str
    flags: tuple[str, ...]
    roles: tuple[RoleNote, ...] = ()    # with audit(..., picture=...): the roles given in this sentence
    # Runner-ups that are the chosen place under another entry (its municipality, its state):
    # no rivals, so the margin is measured past them (geomig/audit/places.py).
    same_place: tuple[SamePlace, ...] = ()
    hint: str = ""                      # for a name not placed: why, and how to correct it

    @property
    def kin(self) -> frozenset[str]:
        """The ids of the runner-ups that are the same place."""
        return frozenset(s.id for s in self.same_place)

    @property
    def rank(self) -> int:
        """0 = review first (see RANK); the analyst's decisions are never up for review."""
        if "overridden" in self.flags:
            return RANK["overridden"]
        return min((RANK.get(f, RANK_OK) for f in self.flags), default=RANK_OK)

    @property
    def needs_review(self) -> bool:
        """Flagged ambiguous, low-confidence, unresolved, vague-region or organisation."""
        return self.rank < RANK_OK

    def to_dict(self) -> dict:
        """JSON-ready, with rounded numbers so output is stable."""
        return {
            "doc": self.doc, "text": self.text, "start": self.start, "end": self.end,
            "kind": self.kind, "id": self.id, "name": self.name, "country": self.country,
            "lat": _round(self.lat, 5), "lon": _round(self.lon, 5),
            "confidence": _round(self.confidence, 3), "margin": _round(self.margin, 3),
            "flags": list(self.flags), "evidence": self.evidence,
            "roles": [n.to_dict() for n in self.roles],
            "alternatives": [
                {"id": a.id, "name": a.name, "country": a.country, "lat": _round(a.lat, 5),
                 "lon": _round(a.lon, 5), "score": _round(a.score, 3), "same_place": a.id in self.kin}
                for a in self.alternatives
            ],
            "sentence": self.sentence,
            "same_place": [s.to_dict() for s in self.same_place],
            "hint": self.hint,
        }


def _round(x: float | None, digits: int) -> float | None:
    return None if x is None else round(x, digits)
