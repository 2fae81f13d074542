"""Small frozen dataclasses passed between the geocoding stages.

read (io) -> Document -> recognize -> Span -> resolve -> Mention -> GeocodedDocument
"""

from __future__ import annotations

from dataclasses import MISSING, dataclass, field, fields


def _lean_init(cls):
    """Give a frozen, slotted dataclass an __init__ that fills its slots through their own
    descriptors: what the generated one does through object.__setattr__, in a third of the time
    (a document makes dozens of spans, mentions and candidates). Same parameters and defaults."""
    params, body, scope = [], [], {}
    for f in fields(cls):
        if f.default_factory is not MISSING or not f.init:
            raise TypeError(f"{cls.__name__}.{f.name}: _lean_init takes plain fields and defaults only")
        scope[f"_set_{f.name}"] = getattr(cls, f.name).__set__
        if f.default is MISSING:
            params.append(f.name)
        else:
            scope[f"_default_{f.name}"] = f.default
            params.append(f"{f.name}=_default_{f.name}")
        body.append(f"    _set_{f.name}(self, {f.name})")
    exec(f"def __init__(self, {', '.join(params)}):\n" + "\n".join(body), scope)  # noqa: S102 - our own fields
    init = scope["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    cls.__init__ = init
    return cls


#: Every value Mention.kind may take (the JSONL contract).
KINDS = (
    "city", "admin", "country", "continent", "region",
    "sea", "island", "landmark", "demonym",
)
#: The kinds that are a spot rather than an area (a town, a district, an island, a camp):
#: precise enough to say where a text is, to be near one another, to have spelling variants.
LOCAL_KINDS = frozenset({"city", "admin", "island", "landmark"})


@dataclass(frozen=True, slots=True)
class Document:
    """A text to geocode and where it came from (a path, '-' or a label)."""

    doc: str
    text: str


@_lean_init
@dataclass(frozen=True, slots=True)
class Place:
    """One gazetteer entry."""

    id: str                 # "geonames:2210247" or "geomig:<slug>"
    name: str
    kind: str               # one of KINDS except "demonym"
    country: str | None     # ISO 3166-1 alpha-2
    lat: float
    lon: float
    population: int = 0
    admin1: str | None = None   # name of the first-level subdivision, if known
    feature: str = ""           # finer type: "PPLC" capital, "ADM2", "sea", ...


@_lean_init
@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of text recognised as a possible place name."""

    text: str
    start: int
    end: int
    sentence: int               # index into GeocodedDocument.sentences
    kind_hint: str = ""         # "demonym", "region" or "" (plain toponym)
    key: str = ""               # normalised lookup key
    direction: str = ""         # for regions: "south", "west", ...
    base: str = ""              # for regions: the key of the place the direction qualifies
    context_country: str | None = None  # explicit context ("Tripoli, Lebanon") -> "LB"
    acronym: bool = False       # written as an acronym ("EU"), not a headline or dateline word


@_lean_init
@dataclass(frozen=True, slots=True)
class Candidate:
    """A place a span may refer to, with its score."""

    id: str
    name: str
    country: str | None
    lat: float
    lon: float
    score: float
    kind: str = ""


@_lean_init
@dataclass(frozen=True, slots=True)
class Mention:
    """A resolved place mention: the span, the chosen place and why."""

    text: str
    start: int
    end: int
    sentence: int
    kind: str
    id: str | None
    name: str | None
    country: str | None
    lat: float | None
    lon: float | None
    confidence: float
    alternatives: tuple[Candidate, ...] = ()
    evidence: str = ""
    flags: tuple[str, ...] = ()     # "overridden", "vague", ... (audit reads them)

    def to_dict(self) -> dict:
        """The JSONL contract's mention object."""
        # Field by field in declaration order (what asdict gave, without its deep copies).
        return {
            "text": self.text, "start": self.start, "end": self.end, "sentence": self.sentence,
            "kind": self.kind, "id": self.id, "name": self.name, "country": self.country,
            "lat": self.lat, "lon": self.lon, "confidence": self.confidence,
            "alternatives": [{"id": a.id, "name": a.name, "country": a.country, "lat": a.lat, "lon": a.lon,
                              "score": a.score} for a in self.alternatives],
            "evidence": self.evidence, "flags": list(self.flags),
        }


@dataclass(frozen=True, slots=True)
class GeocodedDocument:
    """A document with its sentence spans and resolved mentions."""

    doc: str
    text: str
    sentences: tuple[tuple[int, int], ...]
    mentions: tuple[Mention, ...] = field(default=())

    def sentence_text(self, index: int) -> str:
        start, end = self.sentences[index]
        return self.text[start:end]

    def to_dict(self) -> dict:
        """The JSONL contract's document object."""
        return {
            "doc": self.doc,
            "sentences": [list(s) for s in self.sentences],
            "mentions": [m.to_dict() for m in self.mentions],
        }
