"""The picture: typed features with their supporting sentences, and its GeoJSON form.

    Picture
    └── Feature (role, name, id, geometry, confidence, cue, properties)
        ├── Source (doc, start, end, quote)   the sentences that support it
        ├── Fact (text, value, unit, source)  numbers stated about it
        └── Leg (line, mode, start, end)      a route's legs, in travel order

Roles: place (every geocoded place), launch_point, destination, transit, origin, route,
control_zone. The GeoJSON written by `geomig extract` and read by the renderer is exactly
Picture.to_geojson(); Picture.from_geojson() reads it back and Picture.load() reads its file.
`__geo_interface__` and to_geodataframe()/from_geodataframe() hand it to other GIS tools.
Polygons are written wound as RFC 7946 asks (right_hand()).
"""

from __future__ import annotations

import json
import math
import re
from json.encoder import encode_basestring as _string
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from geomig.errors import PictureError

#: Every value Feature.role may take.
ROLES = ("place", "launch_point", "destination", "transit", "origin", "route", "control_zone")

#: Every value the `control` property of a control zone may take.
CONTROLS = ("coastguard", "militia", "government", "contested", "border", "navy",
            "detention", "reception", "joint_operations", "checkpoint")

# Properties every feature carries, in the order they are written.
_CORE = ("role", "name", "id", "confidence", "cue", "sources", "facts")
#: Decimal places the GeoJSON keeps: coordinates (about a metre) and confidences.
COORDINATE_DIGITS = 5
CONFIDENCE_DIGITS = 3


@dataclass(frozen=True, slots=True)
class Source:
    """A sentence supporting a feature: doc[start:end] == quote.

    highlight holds (start, end) offsets inside the quote of the words that matter
    (the place and the cue), so a popup can mark them.
    """

    doc: str
    start: int
    end: int
    quote: str
    highlight: tuple[tuple[int, int], ...] = ()

    def to_dict(self) -> dict:
        """The contract's {doc, start, end, quote} (and highlight when there is one)."""
        d = {"doc": self.doc, "start": self.start, "end": self.end, "quote": self.quote}
        if self.highlight:
            d["highlight"] = [list(h) for h in self.highlight]
        return d

    @classmethod
    def from_dict(cls, d: Mapping) -> Source:
        """Read what to_dict() wrote."""
        return cls(str(d["doc"]), int(d["start"]), int(d["end"]), str(d["quote"]),
                   tuple((int(a), int(b)) for a, b in d.get("highlight", ())))


@dataclass(frozen=True, slots=True)
class Fact:
    """A number stated in the text: value is a number, or [low, high] for a range."""

    text: str
    value: float | tuple[float, float]
    unit: str
    source: Source
    qualifier: str = ""     # "more than", "around", ...
    about: str = ""         # the actor or place the sentence ties it to, when known

    def to_dict(self) -> dict:
        """The contract's {text, value, unit, source} (qualifier and about when known)."""
        value = list(self.value) if isinstance(self.value, tuple) else self.value
        d = {"text": self.text, "value": value, "unit": self.unit, "source": self.source.to_dict()}
        if self.qualifier:
            d["qualifier"] = self.qualifier
        if self.about:
            d["about"] = self.about
        return d

    @classmethod
    def from_dict(cls, d: Mapping) -> Fact:
        """Read what to_dict() wrote (a [low, high] list becomes a tuple)."""
        value = d["value"]
        value = tuple(value) if isinstance(value, list) else value
        return cls(str(d["text"]), value, str(d["unit"]), Source.from_dict(d["source"]),
                   str(d.get("qualifier", "")), str(d.get("about", "")))


@dataclass(frozen=True, slots=True)
class Leg:
    """One leg of a route as the picture states it: its line, mode ("land", "sea" or None
    when the picture does not say) and the places it joins."""

    line: Any                   # a shapely LineString
    mode: str | None
    start: str | None = None    # place ids
    end: str | None = None
    start_name: str = ""
    end_name: str = ""
    sea: str = ""

    @property
    def label(self) -> str:
        """"Sabratha → Italy (Mediterranean Sea)"; the sea alone, or "", when no end is named."""
        a, b = self.start_name or self.start or "", self.end_name or self.end or ""
        text = f"{a} → {b}" if a or b else ""
        return f"{text} ({self.sea})" if self.sea and text else text or self.sea


def stop_points(features: Iterable[Feature]) -> dict[str, Any]:
    """Where a map draws each route stop: the point of the feature of its id (a place's or
    its role's, which share it); a route or an area is no stop."""
    return {f.id: f.geometry for f in features
            if f.id and f.geometry.geom_type == "Point" and f.role != "route"}


#: What a feature's confidence means, and what a role's does: one line each, given by every
#: report and map that shows them.
PLACE_CONFIDENCE = "Place confidence: how sure geomig is that the name means this place and not another."
ROLE_CONFIDENCE = "Role confidence: how sure geomig is that the text gives this place this role."
# A feature's cue as the extractor writes it: `rule.id: “the words it matched”`, several joined by "; ".
_CUE_RULE = re.compile(r"([a-z_]+\.[a-z_]+)\s*:\s*[“\"](.*?)[”\"](?=\s*(?:;|$))")


def cue_rules(cue: str) -> list[tuple[str, str]]:
    """(rule id, the words it matched) for each rule a feature's cue names, in order."""
    return [(m.group(1), m.group(2)) for m in _CUE_RULE.finditer(cue or "")]


@dataclass(frozen=True, slots=True)
class Feature:
    """One thing on the map: a place, a role a place plays, a route or a control zone.

    geometry is a shapely geometry in WGS84 lon/lat. properties holds the role-specific
    extras (control zones: actor, affiliation, control; routes: legs, modes, stops; places:
    kind, alternatives; any feature: claims, hedged, warning).
    """

    role: str
    name: str
    id: str | None
    geometry: Any
    confidence: float
    cue: str
    sources: tuple[Source, ...] = ()
    facts: tuple[Fact, ...] = ()
    properties: Mapping[str, Any] = field(default_factory=dict)

    @property
    def legs(self) -> tuple[Leg, ...]:
        """A route's legs, one per line of its geometry, with the modes and ends its `legs`
        property gives; () for anything that is not a line."""
        from shapely.geometry import LineString, MultiLineString

        g = self.geometry
        lines = list(g.geoms) if isinstance(g, MultiLineString) else [g] if isinstance(g, LineString) else []
        stated = [leg for leg in self.properties.get("legs") or () if isinstance(leg, Mapping)]
        if len(stated) != len(lines):
            return tuple(Leg(line, None) for line in lines)
        return tuple(
            Leg(line, _text(d.get("mode")) or None, _text(d.get("from")) or None, _text(d.get("to")) or None,
                _text(d.get("from_name")), _text(d.get("to_name")), _text(d.get("sea") or d.get("via")))
            for line, d in zip(lines, stated, strict=True))

    def as_written(self) -> Feature:
        """The feature at the precision its GeoJSON keeps (coordinates to about a metre,
        confidence to 3 places): what a reader of the file sees, so a map drawn from a fresh
        picture and one drawn from its file are the same."""
        import shapely

        def rounded(coords):
            return [[round(float(v), COORDINATE_DIGITS) for v in xy] for xy in coords.tolist()]

        return replace(self, geometry=shapely.transform(self.geometry, rounded),
                       confidence=round(float(self.confidence), CONFIDENCE_DIGITS),
                       properties=_as_stated(self.properties))

    def to_geojson(self) -> dict:
        """A GeoJSON Feature dict."""
        from shapely.geometry import mapping

        props = {
            "role": self.role, "name": self.name, "id": self.id,
            "confidence": round(float(self.confidence), CONFIDENCE_DIGITS), "cue": self.cue,
            "sources": [s.to_dict() for s in self.sources],
            "facts": [f.to_dict() for f in self.facts],
        }
        props.update(_as_stated(self.properties))
        return {"type": "Feature", "geometry": _round(mapping(within_world(right_hand(self.geometry)))),
                "properties": props}

    @classmethod
    def from_geojson(cls, d: Mapping) -> Feature:
        """Read one GeoJSON Feature written by to_geojson(); PictureError if malformed."""
        props = d.get("properties") if isinstance(d, Mapping) else None
        if not isinstance(props, Mapping):
            raise PictureError("not a picture feature: its properties are not an object")
        if "role" not in props:
            raise PictureError("not a picture feature: it has no role")
        geometry = _geometry(d.get("geometry"))
        try:
            return cls(
                role=str(props["role"]), name=str(props.get("name") or ""), id=props.get("id"),
                geometry=geometry, confidence=float(props.get("confidence", 0.0)),
                cue=str(props.get("cue") or ""),
                sources=tuple(Source.from_dict(s) for s in props.get("sources", ())),
                facts=tuple(Fact.from_dict(f) for f in props.get("facts", ())),
                properties={k: v for k, v in props.items() if k not in _CORE},
            )
        except KeyError as err:
            raise PictureError(f"not a picture feature: a source or fact has no {err}") from err
        except (TypeError, ValueError, AttributeError) as err:
            raise PictureError(f"not a picture feature: {err}") from err


@dataclass(frozen=True, slots=True)
class Picture:
    """What the documents say about movement and control, as typed features."""

    features: tuple[Feature, ...] = ()
    documents: tuple[str, ...] = ()
    meta: Mapping[str, Any] = field(default_factory=dict)

    def by_role(self, role: str) -> list[Feature]:
        """The features of one role, in order."""
        return [f for f in self.features if f.role == role]

    def find(self, role: str, id: str | None = None, name: str | None = None) -> Feature | None:
        """The first feature of a role with this id (or name), or None."""
        for f in self.features:
            if f.role == role and (id is None or f.id == id) and (name is None or f.name == name):
                return f
        return None

    @property
    def __geo_interface__(self) -> dict:
        """The GeoJSON FeatureCollection, for shapely, geopandas and other GIS tools."""
        return self.to_geojson()

    def to_geojson(self) -> dict:
        """A GeoJSON FeatureCollection; the documents and versions go in a "geomig" member."""
        return {
            "type": "FeatureCollection",
            "geomig": {"documents": list(self.documents), **dict(self.meta)},
            "features": [f.to_geojson() for f in self.features],
        }

    def dumps(self, **kwargs) -> str:
        """The GeoJSON as text (UTF-8 safe, stable key order)."""
        return json.dumps(self.to_geojson(), ensure_ascii=False, **kwargs)

    @classmethod
    def from_geojson(cls, data: Mapping | str) -> Picture:
        """Read a FeatureCollection written by to_geojson() (a dict or its JSON text)."""
        if isinstance(data, str):
            try:
                data = json.loads(data)
            except json.JSONDecodeError as err:
                raise PictureError(f"picture is not valid JSON: {err}") from err
        if not isinstance(data, Mapping) or data.get("type") != "FeatureCollection":
            raise PictureError("picture is not a GeoJSON FeatureCollection")
        features = data.get("features")
        if not isinstance(features, list):
            raise PictureError("picture has no features list")
        meta = data.get("geomig")
        meta = dict(meta) if isinstance(meta, Mapping) else {}
        documents = tuple(str(d) for d in meta.pop("documents", ()) or ())
        out = []
        for index, f in enumerate(features):
            try:
                out.append(Feature.from_geojson(f))
            except PictureError as err:
                raise PictureError(f"feature {index}: {err}") from err
        return cls(tuple(out), documents, meta)

    @classmethod
    def load(cls, path: str | Path) -> Picture:
        """Read a picture GeoJSON file; every failure is one PictureError line naming the file."""
        try:
            text = Path(path).read_text(encoding="utf-8")
        except FileNotFoundError:
            raise PictureError(f"{path}: no such file") from None
        except UnicodeDecodeError as err:
            raise PictureError(f"{path}: is not UTF-8 text") from err
        except OSError as err:
            raise PictureError(f"{path}: cannot be read ({err.strerror})") from err
        try:
            return cls.from_geojson(text)
        except PictureError as err:
            raise PictureError(f"{path}: {err}") from err

    def encode(self) -> Encoded:
        """The GeoJSON text (dumps() without options, byte for byte) and the table rows of
        to_geodataframe(), from one encoding of each property: a corpus picture holds
        hundreds of thousands of sources, most shared by a place and its role features,
        and each is written to JSON once."""
        from shapely.geometry import mapping

        cache: dict = {}  # texts made once: of each Source object, and of each fact (_fact_text)
        features, rows, geoms = [], [], []
        for f in self.features:
            members = _members(f, cache)
            geom = within_world(right_hand(f.geometry))
            geoms.append(geom)
            features.append((_dumps(_round(mapping(geom))), [(_dumps(k), t) for k, (_, t) in members.items()]))
            rows.append({k: t if isinstance(v, (list, dict)) else v for k, (v, t) in members.items()})
        head = ('{"type": "FeatureCollection", "geomig": ' +
                _dumps({"documents": list(self.documents), **dict(self.meta)}) + ', "features": [')
        return Encoded(head, features, rows, geoms)

    def to_geodataframe(self, encoded: Encoded | None = None):
        """A GeoDataFrame (EPSG:4326), one row per feature; list properties as JSON text.
        `encoded`, this picture's encode() when already made, spares encoding it again."""
        import geopandas as gpd

        e = encoded if encoded is not None else self.encode()
        rows, geoms = e.rows, e.geometries
        columns = list(_CORE) + sorted({k for r in rows for k in r} - set(_CORE))
        gdf = gpd.GeoDataFrame(rows, columns=columns, geometry=geoms, crs="EPSG:4326")
        gdf.attrs["geomig"] = {"documents": list(self.documents), **dict(self.meta)}
        return gdf

    @classmethod
    def from_geodataframe(cls, gdf: Any) -> Picture:
        """Read a GeoDataFrame in to_geodataframe()'s schema (lon/lat, a role column; list and
        object properties as JSON text); documents and versions from gdf.attrs when present.
        An empty cell is an absent property (a table cannot tell it from one set to None)."""
        try:
            if "role" not in gdf.columns:
                raise PictureError("the GeoDataFrame has no 'role' column: not a picture")
            if gdf.crs is not None and gdf.crs.to_epsg() != 4326:
                gdf = gdf.to_crs(4326)
            columns = [c for c in gdf.columns if c != gdf.geometry.name]
            features = []
            for geometry, values in zip(gdf.geometry, gdf[columns].itertuples(index=False), strict=True):
                props = {k: _cell(k, v) for k, v in zip(columns, values, strict=True)}
                props = {k: v for k, v in props.items() if v is not None or k in ("id", "name")}
                props.setdefault("sources", [])
                props.setdefault("facts", [])
                features.append({"type": "Feature", "properties": props,
                                 "geometry": None if geometry is None else geometry.__geo_interface__})
        except (AttributeError, TypeError, ValueError) as err:
            raise PictureError(f"not a picture GeoDataFrame: {err}") from err
        return cls.from_geojson({"type": "FeatureCollection", "geomig": dict(gdf.attrs.get("geomig") or {}),
                                 "features": features})


@dataclass(frozen=True, slots=True)
class Encoded:
    """Picture.encode(): the GeoJSON text's head and each feature's pieces, and per
    feature its table row (list and object properties as the same JSON text) and its
    geometry wound as written."""

    head: str
    features: list[tuple[str, list[tuple[str, str]]]]  # geometry, (key, value) as JSON text
    rows: list[dict]
    geometries: list

    def chunks(self) -> Iterator[str]:
        """The GeoJSON text feature by feature, to write without joining it first (the
        picture of 10,000 articles is 68 MB of text); each feature's text is made as it is
        written, from the same strings as the rows."""
        yield self.head
        for i, (geometry, members) in enumerate(self.features):
            yield (", " if i else "") + '{"type": "Feature", "geometry": ' + geometry + ', "properties": {' + \
                ", ".join([f"{k}: {t}" for k, t in members]) + "}}"
        yield "]}"

    @property
    def text(self) -> str:
        """The whole GeoJSON text: dumps()'s."""
        return "".join(self.chunks())


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _members(f: Feature, sources: dict) -> dict[str, tuple[Any, str]]:
    """Each GeoJSON property of a feature (to_geojson()'s, in its order) with its JSON
    text; `sources` caches the text of each Source object across features, and of each
    tuple of them (a corridor's routes share one: 10,000 articles, 97,000 of 219,000
    sources), under the tuple's identity (alive as long as the picture)."""
    props: dict[str, Any] = {"role": f.role, "name": f.name, "id": f.id,
                             "confidence": round(float(f.confidence), CONFIDENCE_DIGITS), "cue": f.cue,
                             "sources": f.sources, "facts": f.facts}
    props.update(_as_stated(f.properties))
    out = {}
    for k, v in props.items():
        if k == "sources" and v is f.sources:
            text = sources.get(("sources", id(v)))
            if text is None:
                text = sources[("sources", id(v))] = "[" + ", ".join([_source_text(s, sources) for s in v]) + "]"
            out[k] = ([], text)
        elif k == "facts" and v is f.facts:
            out[k] = ([], "[" + ", ".join([_fact_text(x, sources) for x in v]) + "]")
        else:
            out[k] = (v, _dumps(v))
    return out


def _as_stated(props: Mapping[str, Any]) -> Mapping[str, Any]:
    """A feature's properties as written: a route's leg by boat across a river or lake (its
    warning says so: RIVER) in mode "river", as the maps draw and label it, not "sea"."""
    legs = props.get("legs")
    if not isinstance(legs, list) or not any(_by_boat(d) for d in legs):
        return props
    legs = [{**d, "mode": "river"} if by_river(d) else d for d in legs]
    if legs == props["legs"]:
        return props
    return {**props, "legs": legs, **({"modes": [d.get("mode") for d in legs]} if "modes" in props else {})}


#: How a leg's warning starts when a boat went by river or lake, not by sea (the picture
#: stage writes it, geometry.py; maps say so).
RIVER = "by river or lake, not by sea"


def _by_boat(d: Any) -> bool:
    return isinstance(d, Mapping) and d.get("mode") == "sea" and bool(d.get("warning"))


def by_river(d: Any) -> bool:
    """Whether a stated leg is a boat's across a river or lake: "river" in a picture file, or
    a sea leg whose warning says so (RIVER), as the picture stage states it."""
    if not isinstance(d, Mapping):
        return False
    if d.get("mode") == "river":
        return True
    return _by_boat(d) and _text(d.get("warning")).startswith(RIVER)


def _source_text(s: Source, cache: dict) -> str:
    """json.dumps(s.to_dict()), built from its parts and made once per Source object."""
    text = cache.get(id(s))
    if text is None:
        if type(s.doc) is str and type(s.quote) is str and type(s.start) is int and type(s.end) is int:
            text = f'{{"doc": {_string(s.doc)}, "start": {s.start}, "end": {s.end}, "quote": {_string(s.quote)}'
            if s.highlight:
                text += ', "highlight": [' + ", ".join([f"[{a!r}, {b!r}]" if type(a) is int and type(b) is int
                                                        else _dumps(list((a, b))) for a, b in s.highlight]) + "]"
            text += "}"
        else:
            text = _dumps(s.to_dict())
        cache[id(s)] = text
    return text


def _fact_text(x: Fact, sources: dict) -> str:
    """json.dumps(x.to_dict()), with its source's text from the cache. A fact attached to
    several features is one Fact per feature sharing the same field objects: its text but
    "about" is made once, cached under the identities of those objects (alive as long as
    the picture, so an identity is never reused while the cache is)."""
    key = (id(x.text), id(x.value), id(x.unit), id(x.source), id(x.qualifier))
    text = sources.get(key)
    if text is None:
        value = ("[" + ", ".join([_scalar(v) for v in x.value]) + "]" if isinstance(x.value, tuple)
                 else _scalar(x.value))
        text = f'{{"text": {_scalar(x.text)}, "value": {value}, "unit": {_scalar(x.unit)}, ' \
               f'"source": {_source_text(x.source, sources)}'
        if x.qualifier:
            text += f', "qualifier": {_scalar(x.qualifier)}'
        sources[key] = text
    if x.about:
        text += f', "about": {_scalar(x.about)}'
    return text + "}"


def _scalar(v: Any) -> str:
    # json.dumps(v) without its encoder's set-up cost, for the common types.
    t = type(v)
    if t is str:
        return _string(v)
    if t is int or (t is float and math.isfinite(v)):
        return repr(v)
    return _dumps(v)


# Columns that always hold text; the others may hold JSON that to_geodataframe() wrote.
_TEXT_COLUMNS = frozenset({"role", "name", "id", "cue"})


def _cell(column: str, value: Any) -> Any:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    if hasattr(value, "item"):          # numpy scalars
        value = value.item()
    if isinstance(value, str) and column not in _TEXT_COLUMNS and value[:1] in ("[", "{"):
        try:
            return json.loads(value)
        except ValueError:
            return value
    return value


def right_hand(geom: Any) -> Any:
    """A geometry with its polygons wound as RFC 7946 asks (the right-hand rule): outer rings
    counter-clockwise, holes clockwise. Other geometries come back unchanged."""
    from shapely.geometry import GeometryCollection, MultiPolygon, Polygon
    from shapely.geometry.polygon import orient

    if geom is None or geom.is_empty:
        return geom
    if isinstance(geom, Polygon):
        return orient(geom, 1.0)
    if isinstance(geom, MultiPolygon):
        return MultiPolygon([orient(p, 1.0) for p in geom.geoms])
    if isinstance(geom, GeometryCollection):
        return GeometryCollection([right_hand(g) for g in geom.geoms])
    return geom


def within_world(geom: Any) -> Any:
    """A line the picture drew across the antimeridian in one piece (its longitudes past
    ±180, so a map draws it whole: geometry.flight, a sea way round the Pacific) cut in two there, each part inside
    -180..180, as RFC 7946 asks of a file (3.1.9) and as a reader of one checks; any other
    geometry as it is."""
    from shapely.geometry import LineString, MultiLineString

    lines = list(geom.geoms) if isinstance(geom, MultiLineString) else [geom] if isinstance(geom, LineString) else []
    if not lines or (-180.0 <= geom.bounds[0] and geom.bounds[2] <= 180.0):
        return geom
    parts: list[list[tuple[float, float]]] = []
    for line in lines:
        part: list[tuple[float, float]] = []
        prev = None
        for x, y in line.coords:
            x = (x + 180.0) % 360.0 - 180.0 if not -180.0 <= x <= 180.0 else x
            if prev is not None and abs(x - prev[0]) > 180.0:
                # where the segment meets the antimeridian, on its side of it and on the other
                edge = 180.0 if prev[0] > 0 else -180.0
                span = (x + 360.0 if edge > 0 else x - 360.0) - prev[0]
                at = prev[1] + (y - prev[1]) * (edge - prev[0]) / span
                part.append((edge, at))
                parts.append(part)
                part = [(-edge, at)]
            part.append((x, y))
            prev = (x, y)
        parts.append(part)
    return MultiLineString([p for p in parts if len(p) > 1])


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def _geometry(geo: Any) -> Any:
    """A GeoJSON geometry as shapely, checked: present, not empty, finite WGS84 lon/lat."""
    from shapely.geometry import shape

    if geo is None:
        raise PictureError("no geometry")
    try:
        g = shape(geo)
    except Exception as err:  # shapely raises several types for malformed input
        raise PictureError(f"invalid geometry ({err})") from err
    if g.is_empty:
        raise PictureError("empty geometry")
    if g.geom_type == "GeometryCollection":
        raise PictureError("a geometry collection, which maps cannot draw")
    minx, miny, maxx, maxy = g.bounds
    if not all(math.isfinite(v) for v in g.bounds):
        raise PictureError("non-finite coordinates")
    if minx < -180.001 or maxx > 180.001 or miny < -90.001 or maxy > 90.001:
        raise PictureError("coordinates outside WGS84 longitude/latitude")
    return g


def _round(geo: dict, digits: int = COORDINATE_DIGITS) -> dict:
    # About a metre: enough for a map, and keeps the file small and stable.
    def r(c):
        return round(c, digits) if isinstance(c, float) else [r(x) for x in c]

    out = dict(geo)
    if "coordinates" in out:
        out["coordinates"] = r(out["coordinates"])
    if "geometries" in out:
        out["geometries"] = [_round(g, digits) for g in out["geometries"]]
    return out
