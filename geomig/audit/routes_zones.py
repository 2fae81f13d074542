"""The migration picture's routes and control zones, made auditable like the mentions.

For each route: its stops in order, with the role each plays and the rule that gave it on
which words; every stretch of text the route was read from (document, offsets, words,
sentence); its legs, confidence and warnings. For each zone: its control, actor, place and
confidence, and every claim behind it (rule, words with their offsets, sentence; negated or
hedged). All of it is read from the picture `geomig extract` writes
(geomig/picture/model.py): nothing is recomputed, so the audit says what the map shows.

Words are always quoted as the text has them: a rule's id says which rule fired, the words
say on what ("origin.fled on “who were from Kunduz”"), never a verb standing for them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import PurePath
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from geomig.picture.model import Feature, Picture, Source

#: A route's cue: "route from launch_point → destination (launch.departure, destination.toward)".
_ROUTE_RULES = re.compile(r"\(([^()]*)\)\s*$")


@dataclass(frozen=True, slots=True)
class Fired:
    """Words of a document a rule fired on (start/end: offsets of the words in the
    document, None when the words are not found as written in their sentence)."""

    rule: str
    words: str
    doc: str
    start: int | None
    end: int | None
    sentence: str
    negated: bool = False
    hedged: bool = False

    def to_dict(self) -> dict:
        """JSON-ready."""
        return {"rule": self.rule, "words": self.words, "doc": self.doc, "start": self.start, "end": self.end,
                "negated": self.negated, "hedged": self.hedged, "sentence": self.sentence}

    def __str__(self) -> str:
        return self.said()

    def said(self, with_doc: bool = False) -> str:
        """“words” @start-end, after the rule's id (and in which document, with_doc)."""
        where = f" @{self.start}-{self.end}" if self.start is not None else ""
        if with_doc:
            where += f" in {PurePath(self.doc).name}"
        said = " (negated)" if self.negated else " (hedged)" if self.hedged else ""
        rule = f"{self.rule} on " if self.rule else ""
        return f"{rule}“{self.words}”{said}{where}"


@dataclass(frozen=True, slots=True)
class Stop:
    """A route's stop: the place, the role it plays there, and the words that gave it."""

    id: str | None
    name: str
    stage: str
    fired: tuple[Fired, ...]

    def to_dict(self) -> dict:
        """JSON-ready."""
        return {"id": self.id, "name": self.name, "stage": self.stage, "fired": [f.to_dict() for f in self.fired]}


@dataclass(frozen=True, slots=True)
class RouteAudit:
    """One route of the picture as an analyst reviews it."""

    name: str
    confidence: float
    rules: tuple[str, ...]
    stops: tuple[Stop, ...]
    legs: tuple[Mapping, ...]       # the picture's own: from_name, to_name, mode, sea, warning
    read_from: tuple[Fired, ...]    # every stretch the route's sentences highlight
    warnings: tuple[str, ...]
    facts: tuple[str, ...]

    def to_dict(self) -> dict:
        """JSON-ready, rounded."""
        return {"name": self.name, "confidence": round(self.confidence, 3), "rules": list(self.rules),
                "stops": [s.to_dict() for s in self.stops],
                "legs": [{k: leg.get(k) for k in ("from_name", "to_name", "from", "to", "mode", "sea", "warning")
                          if leg.get(k) is not None} for leg in self.legs],
                "read_from": [f.to_dict() for f in self.read_from],
                "warnings": list(self.warnings), "facts": list(self.facts)}


@dataclass(frozen=True, slots=True)
class ZoneAudit:
    """One control zone of the picture as an analyst reviews it."""

    name: str
    control: str
    actor: str
    affiliation: str
    place: str
    place_id: str | None
    direction: str | None
    confidence: float
    hedged: bool
    fired: tuple[Fired, ...]
    warnings: tuple[str, ...]

    def to_dict(self) -> dict:
        """JSON-ready, rounded."""
        return {"name": self.name, "control": self.control, "actor": self.actor, "affiliation": self.affiliation,
                "place": self.place, "place_id": self.place_id, "direction": self.direction,
                "confidence": round(self.confidence, 3), "hedged": self.hedged,
                "fired": [f.to_dict() for f in self.fired], "warnings": list(self.warnings)}


def _sentence(texts: Mapping[str, str], doc: str, start: int, end: int, sources: Iterable[Source]) -> str:
    """The sentence doc[start:end]: from the document's text when known, else a source's quote."""
    text = texts.get(doc)
    if text is not None and 0 <= start <= end <= len(text):
        return text[start:end]
    return next((s.quote for s in sources if s.doc == doc and s.start == start), "")


def _fired(claim: Mapping, texts: Mapping[str, str], sources: Iterable[Source]) -> Fired:
    """A picture claim ({cue, words, doc, start, end, negated, hedged}: start/end its
    sentence's) with the offsets of its words in the document."""
    doc, start, end = str(claim.get("doc", "")), int(claim.get("start", 0)), int(claim.get("end", 0))
    sentence, words = _sentence(texts, doc, start, end, sources), str(claim.get("words", ""))
    at = sentence.find(words) if words else -1
    return Fired(str(claim.get("cue", "")), words, doc, start + at if at >= 0 else None,
                 start + at + len(words) if at >= 0 else None, sentence.strip(),
                 bool(claim.get("negated")), bool(claim.get("hedged")))


def _warnings(f: Feature) -> tuple[str, ...]:
    # The picture's warning as it wrote it (its parts are joined by "; ", and so are a leg's own).
    found = [str(f.properties["warning"])] if f.properties.get("warning") else []
    if f.properties.get("conflict"):
        found.append("the text also says the opposite somewhere (a negated claim)")
    return tuple(found)


def _read_from(f: Feature) -> tuple[Fired, ...]:
    """The highlighted stretches of a feature's sentences, as words with document offsets."""
    out = []
    for s in f.sources:
        for a, b in s.highlight or ():
            if 0 <= a < b <= len(s.quote):
                out.append(Fired("", s.quote[a:b], s.doc, s.start + a, s.start + b, s.quote.strip()))
    return tuple(dict.fromkeys(out))


def audit_routes(picture: Picture, texts: Mapping[str, str] | None = None) -> list[RouteAudit]:
    """Every route of the picture, least confident first (texts: doc -> its text, for the
    offsets of the words; without it, the picture's quotes are read)."""
    texts = texts or {}
    roles: dict[tuple[str, str | None], Feature] = {(f.role, f.id): f for f in picture.features
                                                    if f.role not in ("route", "place", "control_zone")}
    out = []
    for f in picture.by_role("route"):
        p = f.properties
        spans = {(s.doc, s.start, s.end) for s in f.sources}
        stops = []
        for pid, name, stage in zip(p.get("stops") or (), p.get("stop_names") or (), p.get("stages") or ()):
            role = roles.get((stage, pid))
            claims = [c for c in (role.properties.get("claims") or ()) if isinstance(c, Mapping)
                      and (c.get("doc"), c.get("start"), c.get("end")) in spans] if role else []
            stops.append(Stop(pid, str(name), str(stage),
                              tuple(_fired(c, texts, f.sources) for c in claims if c.get("role", stage) == stage)))
        rules = _ROUTE_RULES.search(f.cue or "")
        out.append(RouteAudit(
            f.name, float(f.confidence), tuple(r.strip() for r in rules.group(1).split(",") if r.strip()) if rules else (),
            tuple(stops), tuple(leg for leg in p.get("legs") or () if isinstance(leg, Mapping)),
            _read_from(f), _warnings(f), tuple(str(x.text) for x in f.facts)))
    out.sort(key=lambda r: (r.confidence, r.name))
    return out


def audit_zones(picture: Picture, texts: Mapping[str, str] | None = None) -> list[ZoneAudit]:
    """Every control zone of the picture, least confident first."""
    texts = texts or {}
    out = []
    for f in picture.by_role("control_zone"):
        p = f.properties
        claims = [c for c in p.get("claims") or () if isinstance(c, Mapping)]
        out.append(ZoneAudit(
            f.name, str(p.get("control") or ""), str(p.get("actor") or ""), str(p.get("affiliation") or ""),
            str(p.get("place") or ""), p.get("place_id"), p.get("direction"), float(f.confidence),
            bool(p.get("hedged")), tuple(_fired(c, texts, f.sources) for c in claims), _warnings(f)))
    out.sort(key=lambda z: (z.confidence, z.name))
    return out


def route_lines(route: RouteAudit, with_doc: bool = False) -> list[str]:
    """A route as lines of plain text for a terminal (with_doc: name each words' document)."""
    lines = [f"{route.confidence:.2f}  {route.name}"]
    if route.rules:
        lines.append(f"      rules      {', '.join(route.rules)}")
    for s in route.stops:
        said = "; ".join(f.said(with_doc) for f in s.fired) or "no words of its own in the route's sentences"
        lines.append(f"      stop       {s.name} ({s.stage.replace('_', ' ')}): {said}")
    for leg in route.legs:
        mode = leg.get("mode") or "mode not stated"
        sea = f", {leg['sea']}" if leg.get("sea") else ""
        lines.append(f"      leg        {leg.get('from_name', '')} → {leg.get('to_name', '')} ({mode}{sea})")
    lines.extend(f"      read from  {f.said(with_doc)}" for f in route.read_from)
    lines.extend(f"      facts      {fact}" for fact in route.facts)
    lines.extend(f"      warning    {w}" for w in route.warnings)
    return lines


def zone_lines(zone: ZoneAudit, with_doc: bool = False) -> list[str]:
    """A zone as lines of plain text for a terminal (with_doc: name each words' document)."""
    lines = [f"{zone.confidence:.2f}  {zone.name}" + ("  hedged" if zone.hedged else "")]
    lines.append(f"      control    {zone.control}; actor {zone.actor or '-'}; place {zone.place}"
                 + (f" ({zone.direction})" if zone.direction else "")
                 + (f"; affiliation {zone.affiliation}" if zone.affiliation else ""))
    lines.extend(f"      fired      {f.said(with_doc)}" for f in zone.fired)
    lines.extend(f"      warning    {w}" for w in zone.warnings)
    return lines
