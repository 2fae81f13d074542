"""The picture: typed features with their supporting sentences, and its GeoJSON form.

    Picture
    └── Feature (role, name, id, geometry, confidence, cue, properties)
        ├── Source (doc, start, end, quote)   the sentences that support it
        └── Fact (text, value, unit, source)  numbers stated about it

Roles: place (every geocoded place), launch_point, destination, transit, origin, route,
control_zone. The GeoJSON written by `geomig extract` and read by the renderer is exactly
Picture.to_geojson(); Picture.from_geojson() reads it back.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from geomig.errors import PictureError

#: Every value Feature.role may take.
ROLES = ("place", "launch_point", "destination", "transit", "origin", "route", "control_zone")

#: Every value the `control` property of a control zone may take.
CONTROLS = ("coastguard", "militia", "government", "contested", "border", "navy",
            "detention", "joint_operations")

# Properties every feature carries, in the order they are written.
_CORE = ("role", "name", "id", "confidence", "cue", "sources", "facts")


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

    def to_geojson(self) -> dict:
        """A GeoJSON Feature dict."""
        from shapely.geometry import mapping

        props = {
            "role": self.role, "name": self.name, "id": self.id,
            "confidence": round(float(self.confidence), 3), "cue": self.cue,
            "sources": [s.to_dict() for s in self.sources],
            "facts": [f.to_dict() for f in self.facts],
        }
        props.update(self.properties)
        return {"type": "Feature", "geometry": _round(mapping(self.geometry)), "properties": props}

    @classmethod
    def from_geojson(cls, d: Mapping) -> Feature:
        """Read one GeoJSON Feature written by to_geojson(); PictureError if malformed."""
        from shapely.geometry import shape

        try:
            props = dict(d["properties"])
            geometry = shape(d["geometry"])
            return cls(
                role=str(props["role"]), name=str(props.get("name") or ""), id=props.get("id"),
                geometry=geometry, confidence=float(props.get("confidence", 0.0)),
                cue=str(props.get("cue") or ""),
                sources=tuple(Source.from_dict(s) for s in props.get("sources", ())),
                facts=tuple(Fact.from_dict(f) for f in props.get("facts", ())),
                properties={k: v for k, v in props.items() if k not in _CORE},
            )
        except (KeyError, TypeError, ValueError, AttributeError) as err:
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
        meta = dict(data.get("geomig") or {})
        documents = tuple(meta.pop("documents", ()))
        return cls(tuple(Feature.from_geojson(f) for f in features), documents, meta)

    def to_geodataframe(self):
        """A GeoDataFrame (EPSG:4326), one row per feature; list properties as JSON text."""
        import geopandas as gpd

        rows, geoms = [], []
        for f in self.features:
            props = f.to_geojson()["properties"]
            rows.append({k: json.dumps(v, ensure_ascii=False) if isinstance(v, (list, dict)) else v
                         for k, v in props.items()})
            geoms.append(f.geometry)
        columns = list(_CORE) + sorted({k for r in rows for k in r} - set(_CORE))
        return gpd.GeoDataFrame(rows, columns=columns, geometry=geoms, crs="EPSG:4326")


def _round(geo: dict, digits: int = 5) -> dict:
    # About a metre: enough for a map, and keeps the file small and stable.
    def r(c):
        return round(c, digits) if isinstance(c, float) else [r(x) for x in c]

    out = dict(geo)
    if "coordinates" in out:
        out["coordinates"] = r(out["coordinates"])
    if "geometries" in out:
        out["geometries"] = [_round(g, digits) for g in out["geometries"]]
    return out
