"""Read a picture (issue 4's GeoJSON contract) into drawable items, one per layer and style.

Both renderers start here, so the HTML map and the static image agree on what goes where.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import shapely
from shapely.geometry import LineString, MultiLineString, Point, shape
from shapely.geometry.base import BaseGeometry

from geomig.errors import PictureError
from geomig.maps.styles import Styles


@dataclass(frozen=True, slots=True)
class Leg:
    """One leg of a route: its line, its mode (land, sea or None) and what it joins."""

    line: LineString
    mode: str | None
    label: str = ""


@dataclass(frozen=True, slots=True)
class Item:
    """One feature placed in a layer, with the style key the renderers look up."""

    index: int                  # position in the picture, so popups and tests can name it
    layer: str                  # styles layer key
    kind: str                   # "point", "line" or "area"
    style: str                  # "role:<role>", "control:<type>" or "leg:<mode>"
    geometry: BaseGeometry
    props: Mapping[str, Any]
    legs: tuple[Leg, ...] = field(default=())


def as_geojson(picture: Any) -> dict:
    """Accept a FeatureCollection dict, its JSON text, or an object with .to_geojson().

    Raises PictureError when the result is not a FeatureCollection of features.
    """
    if hasattr(picture, "to_geojson"):
        picture = picture.to_geojson()
    if isinstance(picture, (str, bytes)):
        try:
            picture = json.loads(picture)
        except ValueError as err:
            raise PictureError(f"picture is not valid JSON: {err}") from err
    if not isinstance(picture, Mapping) or picture.get("type") != "FeatureCollection":
        raise PictureError("picture is not a GeoJSON FeatureCollection")
    features = picture.get("features")
    if not isinstance(features, list) or not all(isinstance(f, Mapping) for f in features):
        raise PictureError("picture's 'features' is not a list of GeoJSON features")
    return dict(picture)


def load_picture(path: str | Path) -> dict:
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
        data = json.loads(text)
    except ValueError as err:
        raise PictureError(f"{path}: invalid JSON ({err})") from err
    try:
        picture = as_geojson(data)
        items(picture)  # validate geometries now, so the error names the file
    except PictureError as err:
        raise PictureError(f"{path}: {err}") from err
    return picture


def _geometry(feature: Mapping, index: int) -> BaseGeometry | None:
    geom = feature.get("geometry")
    if geom is None:
        return None
    try:
        g = shape(geom)
    except Exception as err:  # shapely raises several types for malformed input
        raise PictureError(f"feature {index} has an invalid geometry ({err})") from err
    if g.is_empty:
        raise PictureError(f"feature {index} has an empty geometry")
    minx, miny, maxx, maxy = g.bounds
    if not all(math.isfinite(v) for v in g.bounds):
        raise PictureError(f"feature {index} has non-finite coordinates")
    if minx < -180.001 or maxx > 180.001 or miny < -90.001 or maxy > 90.001:
        raise PictureError(f"feature {index} has coordinates outside WGS84 longitude/latitude")
    return g


def _kind(g: BaseGeometry) -> str:
    if g.geom_type in ("Point", "MultiPoint"):
        return "point"
    if g.geom_type in ("LineString", "MultiLineString"):
        return "line"
    if g.geom_type in ("Polygon", "MultiPolygon"):
        return "area"
    return "mixed"


def _leg_label(leg: Any) -> str:
    if isinstance(leg, Mapping):
        ends = [str(leg.get(k) or "") for k in ("from_name", "from", "to_name", "to")]
        a = ends[0] or ends[1]
        b = ends[2] or ends[3]
        via = leg.get("sea") or leg.get("via") or ""
        text = f"{a} → {b}" if a or b else ""
        return f"{text} ({via})" if via and text else text or str(via)
    return str(leg)


def route_legs(props: Mapping[str, Any], g: BaseGeometry) -> tuple[Leg, ...]:
    """Split a route into legs with their modes, whatever shape the extractor gave them.

    Accepted: `legs` as dicts carrying `mode` (one per line of a MultiLineString), or
    `legs` as ordered ids/names with `mode` (or `modes`) a list with one entry per line,
    or `mode` a single string for the whole route.
    """
    lines = list(g.geoms) if isinstance(g, MultiLineString) else [g] if isinstance(g, LineString) else []
    legs = props.get("legs") or []
    modes = props.get("modes") or props.get("mode")
    out: list[Leg] = []
    leg_dicts = [leg for leg in legs if isinstance(leg, Mapping)]
    for i, line in enumerate(lines):
        mode = None
        label = ""
        if len(leg_dicts) == len(lines):
            mode = leg_dicts[i].get("mode")
            label = _leg_label(leg_dicts[i])
        elif isinstance(modes, list) and len(modes) == len(lines):
            mode = modes[i]
        elif isinstance(modes, str):
            mode = modes
        if not label and len(legs) == len(lines) + 1 and not leg_dicts:
            label = f"{legs[i]} → {legs[i + 1]}"
        out.append(Leg(line, mode if isinstance(mode, str) else None, label))
    return tuple(out)


def items(picture: Mapping, styles: Styles | None = None) -> list[Item]:
    """Place every feature of a picture in its layer with its style key.

    Features without geometry are skipped (the contract says there are none).
    """
    from geomig.maps.styles import default

    styles = styles or default()
    out: list[Item] = []
    for index, feature in enumerate(picture["features"]):
        props = feature.get("properties")
        props = {} if props is None else props
        if not isinstance(props, Mapping):
            raise PictureError(f"feature {index} has properties that are not an object")
        g = _geometry(feature, index)
        if g is None:
            continue
        role = str(props.get("role") or "place")
        layer = styles.layer_for_role(role).key
        kind = _kind(g)
        if kind == "mixed":
            raise PictureError(f"feature {index} has a geometry collection, which maps cannot draw")
        if role == "control_zone":
            style = f"control:{styles.control_key(props.get('control'))}"
        else:
            style = f"role:{role if role in styles.raw['roles'] else 'place'}"
        legs = route_legs(props, g) if kind == "line" else ()
        out.append(Item(index, layer, kind, style, g, props, legs))
    return out


@dataclass(frozen=True, slots=True)
class Alternative:
    """Another reading of an uncertain place, for the Audit layer."""

    name: str
    id: str
    country: str
    score: float | None
    point: Point


@dataclass(frozen=True, slots=True)
class AuditPlace:
    """An uncertain place as the Audit layer shows it: the choice, why it is doubtful, the rest."""

    name: str
    id: str
    point: Point
    confidence: float | None
    flags: tuple[str, ...]
    margin: float | None
    sources: tuple[Mapping[str, Any], ...]      # {"doc", "quote", "text"?, "highlight"?}
    alternatives: tuple[Alternative, ...]


def _alternatives(alts: Any) -> list[Alternative]:
    out: list[Alternative] = []
    for alt in alts if isinstance(alts, list) else []:
        if not isinstance(alt, Mapping):
            continue
        lat, lon = alt.get("lat"), alt.get("lon")
        if not isinstance(lat, (int, float)) or not isinstance(lon, (int, float)):
            continue
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            continue
        score = alt.get("score")
        out.append(Alternative(
            str(alt.get("name") or alt.get("id") or "?"), str(alt.get("id") or ""),
            str(alt.get("country") or ""), score if isinstance(score, (int, float)) else None,
            Point(lon, lat),
        ))
    return out


def audit_alternatives(item: Item, styles: Styles) -> list[Alternative]:
    """The alternatives of a low-confidence point place, or [] when it needs no audit."""
    conf = item.props.get("confidence")
    if item.kind != "point":
        return []
    if isinstance(conf, (int, float)) and conf >= styles.section("audit")["max_confidence"]:
        return []
    return _alternatives(item.props.get("alternatives"))


def audit_places(all_items: Iterable[Item], styles: Styles,
                 rows: Iterable[Mapping[str, Any]] | None = None) -> list[AuditPlace]:
    """What the Audit layer draws.

    From `rows` when given: the audit's own data (geomig.audit.report.audit_layer_data), one row per
    doubtful mention, merged per chosen place. Otherwise from the picture: place features
    below the audit confidence that carry `alternatives`.
    """
    if rows is None:
        out = []
        for it in all_items:
            alts = audit_alternatives(it, styles)
            if alts:
                pt = it.geometry.geoms[0] if hasattr(it.geometry, "geoms") else it.geometry
                conf = it.props.get("confidence")
                out.append(AuditPlace(
                    str(it.props.get("name") or it.props.get("id") or "?"), str(it.props.get("id") or ""), pt,
                    conf if isinstance(conf, (int, float)) else None, ("low-confidence",), None,
                    tuple(s for s in it.props.get("sources") or [] if isinstance(s, Mapping)), tuple(alts)))
        return out
    merged: dict[str, dict] = {}
    for row in rows:
        chosen = row.get("chosen") or {}
        lat, lon = chosen.get("lat"), chosen.get("lon")
        if not isinstance(lat, (int, float)) or not isinstance(lon, (int, float)):
            continue
        key = str(chosen.get("id") or f"{lat},{lon}")
        m = merged.setdefault(key, {"chosen": chosen, "confidence": [], "flags": [], "margin": [],
                                    "sources": [], "alternatives": {}})
        if isinstance(chosen.get("confidence"), (int, float)):
            m["confidence"].append(chosen["confidence"])
        m["flags"] += [f for f in row.get("flags") or [] if f not in m["flags"]]
        if isinstance(row.get("margin"), (int, float)):
            m["margin"].append(row["margin"])
        m["sources"].append({"doc": row.get("doc"), "quote": row.get("sentence") or row.get("text"),
                             "text": row.get("text")})
        for alt in _alternatives(row.get("alternatives")):
            best = m["alternatives"].get(alt.id or alt.name)
            if best is None or (alt.score or 0) > (best.score or 0):
                m["alternatives"][alt.id or alt.name] = alt
    return [
        AuditPlace(str(m["chosen"].get("name") or key), str(m["chosen"].get("id") or ""),
                   Point(m["chosen"]["lon"], m["chosen"]["lat"]),
                   min(m["confidence"]) if m["confidence"] else None, tuple(m["flags"]),
                   min(m["margin"]) if m["margin"] else None, tuple(m["sources"]),
                   tuple(m["alternatives"].values()))
        for key, m in merged.items()
    ]


def sources(picture: Mapping) -> list[str]:
    """The documents a picture cites, sorted, for the provenance footer."""
    docs = set()
    for feature in picture["features"]:
        for src in (feature.get("properties") or {}).get("sources") or []:
            if isinstance(src, Mapping) and src.get("doc"):
                docs.add(str(src["doc"]))
    docs.update(str(d) for d in metadata(picture).get("documents") or [] if d)
    return sorted(docs)


def metadata(picture: Mapping) -> Mapping[str, Any]:
    """The picture's own metadata: the "geomig" member `geomig extract` writes (documents,
    versions), or a "metadata" member from elsewhere; {} when there is none."""
    for key in ("geomig", "metadata"):
        meta = picture.get(key)
        if isinstance(meta, Mapping):
            return meta
    return {}


def bounds(all_items: Iterable[Item]) -> tuple[float, float, float, float] | None:
    """(minx, miny, maxx, maxy) of the items, or None for an empty picture."""
    geoms = [it.geometry for it in all_items]
    if not geoms:
        return None
    return tuple(shapely.GeometryCollection(geoms).bounds)  # type: ignore[return-value]
