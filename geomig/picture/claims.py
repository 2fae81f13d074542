"""What one sentence says, before documents are merged: small frozen records.

roles.py, zones.py and facts.py produce them from masked sentences; routes/ and
merge.py turn them into picture features.
"""

from __future__ import annotations

from dataclasses import dataclass

from geomig.gazetteer.regions import parse_within_id
from geomig.models import Mention
from geomig.picture.model import Source


@dataclass(frozen=True, slots=True)
class PlaceRef:
    """A place a claim is about: from a mention, or from the document's context."""

    id: str
    name: str               # as the text says it ("Sabratha"), for people to read
    kind: str
    country: str | None
    lat: float
    lon: float
    confidence: float = 1.0
    gazetteer_name: str = ""  # as the gazetteer says it ("Şabrātah")

    @classmethod
    def of(cls, m: Mention) -> PlaceRef:
        """The place of a mention; a demonym stands for its place ("Libyan" -> Libya)."""
        if m.kind == "demonym":
            kind = "country" if m.country else "continent"
            name = m.name or m.text
        else:
            kind = m.kind
            name = display_name(m.text)
        return cls(m.id or "", name, kind, m.country, float(m.lat or 0.0), float(m.lon or 0.0),
                   float(m.confidence), m.name or "")

    def holds(self, place: PlaceRef) -> bool:
        """Whether this place is the country the other lies in."""
        return self.kind == "country" and self.country == place.country

    def same_or_part(self, place: PlaceRef) -> bool:
        """Whether the two are one place, or one is a part of the other the text put inside
        it (a within id, regions.within_id: "Gerehu, a suburb of Port Moresby"): a move
        between them goes nowhere else."""
        inside = parse_within_id(self.id), parse_within_id(place.id)
        return (self.id == place.id or inside[0] is not None and inside[0][1] == place.id
                or inside[1] is not None and inside[1][1] == self.id)


def display_name(text: str) -> str:
    """A surface form fit for a label: a dateline's "TRIPOLI" reads "Tripoli"."""
    text = " ".join(text.split())
    for suffix in ("’s", "'s"):
        text = text.removesuffix(suffix)
    return text.title() if text.isupper() and len(text) > 3 else text


@dataclass(frozen=True, slots=True)
class Claim:
    """A sentence saying a place plays a role (launch_point, destination, transit, origin, sea)."""

    role: str
    place: PlaceRef
    doc: str
    sentence: int
    cue: str                # cue id
    words: str              # the words that fired
    source: Source
    confidence: float
    negated: bool = False
    hedged: bool = False
    at: int = -1            # document offset of the mention
    stop: bool = True       # may be a stop of a route (a nationality in a list may not)
    hit: int = -1           # claims of one cue hit share this number (a stated "from X to Y")
    onward: bool = False    # a place reached that the text goes on from: transit, yet a leg's end
    intended: bool = False  # a place hoped for, not reached (its cue says `intended = true`)
    home: bool = False      # a way home (roles._ways_home): it ends routes, but gets no role feature
    arrived: bool = False   # an onward stop that is also where people arrived (roles._stops_on_the_way):
                            # routes go on from it, its role feature is a destination (feature_role)
    routed: bool = True     # may start or stop a route; a cue's `routes = false` gives a role only
                            # (routes.plan leaves the claim out)

    @property
    def feature_role(self) -> str:
        """The role of the feature the claim makes: its own, but a destination for an onward
        stop where people arrived (`arrived`)."""
        return "destination" if self.arrived and self.onward and self.role == "transit" else self.role

    def to_dict(self) -> dict:
        """The form kept in a feature's "claims" list (conflicts stay side by side)."""
        return {"role": self.role, "cue": self.cue, "words": self.words, "negated": self.negated,
                "hedged": self.hedged, "confidence": round(self.confidence, 3),
                "doc": self.source.doc, "start": self.source.start, "end": self.source.end}


@dataclass(frozen=True, slots=True)
class ZoneClaim:
    """A sentence saying someone controls an area, and how."""

    control: str
    place: PlaceRef
    actor: str
    recipe: str             # how to draw it: coastal_strip, city_buffer, port, region, border_band, point
    doc: str
    sentence: int
    cue: str
    words: str
    source: Source
    confidence: float
    direction: str | None = None
    negated: bool = False
    hedged: bool = False
    named_actor: bool = False  # the actor is the text's words, not the cue's default
    anaphor: bool = False   # the place is named before, the words say "the island", "the camp"
    at: int = -1            # document offset where the sentence names the place (-1: it does not)
    near: tuple[tuple[float, float], ...] = ()  # (lat, lon) of the text's places near a coast zone


@dataclass(frozen=True, slots=True)
class ActorMention:
    """A named armed group, force or government in a sentence ("Brigade 48")."""

    name: str               # canonical name from the actor data, else the words
    words: str
    type: str               # militia, government, ... ("" when unknown)
    doc: str
    sentence: int
    start: int
    end: int
    source: Source


@dataclass(frozen=True, slots=True)
class Affiliation:
    """An actor tied to an organisation ("falls under the Interior Ministry")."""

    actor: str
    org: str
    words: str
    source: Source
    negated: bool = False


@dataclass(frozen=True, slots=True)
class FactClaim:
    """A number with a unit, waiting to be attached to the features it concerns."""

    text: str
    value: float | tuple[float, float]
    unit: str
    qualifier: str
    attach: tuple[str, ...]
    doc: str
    sentence: int
    source: Source
    subject: str | None     # id of the sentence's first place
    actors: tuple[str, ...] # canonical names of actors in the sentence
