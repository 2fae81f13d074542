"""Third-party web assets, linked from a CDN online or inlined from installed packages offline.

Leaflet and Leaflet.markercluster ship as package data in PyPI's XStatic packages; offline pages
read them at render time, so no third-party code is committed to this repository. The offline
basemap is drawn from the gazetteer's Natural Earth polygons instead of web tiles.
"""

from __future__ import annotations

import base64
import importlib
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
import shapely
from shapely.geometry import mapping, shape

from geomig.errors import GeomigError, RenderError
from geomig.picture.model import right_hand


@dataclass(frozen=True, slots=True)
class Asset:
    """A web library: the XStatic package holding it, its files and their CDN addresses."""

    package: str            # importable XStatic module, e.g. "xstatic.pkg.leaflet"
    version: str            # used when the package is missing (online only)
    js: tuple[str, ...]
    css: tuple[str, ...]
    cdn: str                # URL prefix with {version}; file names are appended


ASSETS = {
    "leaflet": Asset(
        "xstatic.pkg.leaflet", "1.9.3", ("leaflet.js",), ("leaflet.css",),
        "https://cdn.jsdelivr.net/npm/leaflet@{version}/dist/",
    ),
    "markercluster": Asset(
        "xstatic.pkg.leaflet_markercluster", "1.4.1", ("leaflet.markercluster.js",),
        ("MarkerCluster.css", "MarkerCluster.Default.css"),
        "https://cdn.jsdelivr.net/npm/leaflet.markercluster@{version}/dist/",
    ),
}

#: The online basemap unless --tiles says otherwise: its provider allows embedding with
#: attribution and asks for no key (xyzservices marks CartoDB's as needing one now; the
#: OpenStreetMap servers' tile policy rules out busy sites).
DEFAULT_TILES = "Esri.WorldGrayCanvas"


@dataclass(frozen=True, slots=True)
class Tiles:
    """A web tile basemap: its URL template, the attribution its terms ask for, its zoom limit."""

    url: str
    attribution: str
    name: str
    max_zoom: int = 18


def tiles(spec: str | None = None, attribution: str | None = None) -> Tiles:
    """The tile basemap for an xyzservices provider name ("CartoDB.Positron") or a URL template
    with {z}/{x}/{y} (which needs its attribution); RenderError when it is neither."""
    import xyzservices

    spec = spec or DEFAULT_TILES
    if "{z}" in spec or "://" in spec:
        if not all(k in spec for k in ("{z}", "{x}", "{y}")) or not spec.startswith(("https://", "http://")):
            raise RenderError(f"tile URL {spec!r}: expected an http(s) template with {{z}}, {{x}} and {{y}}")
        if not attribution:
            raise RenderError("a tile URL needs --attribution: the credit its terms ask for")
        return Tiles(spec, attribution, "Basemap")
    try:
        provider = xyzservices.providers.query_name(spec)
    except ValueError:
        raise RenderError(f"unknown basemap {spec!r}: give an xyzservices name such as "
                          f"{DEFAULT_TILES}, OpenStreetMap.Mapnik or Esri.WorldImagery, or a URL template") from None
    if provider.requires_token():
        raise RenderError(f"basemap {spec!r} needs an API key: give its URL template with the key, and --attribution")
    url = provider.build_url(scale_factor="")
    return Tiles(url, attribution or provider.html_attribution, provider.name, int(provider.get("max_zoom", 18)))


def _package(asset: Asset):
    try:
        return importlib.import_module(asset.package)
    except ImportError:
        return None


def _version(asset: Asset) -> str:
    pkg = _package(asset)
    # XStatic versions add a packaging digit ("1.9.3.0"); the library's version is VERSION.
    return getattr(pkg, "VERSION", None) or asset.version


def links(names: list[str]) -> str:
    """<link>/<script src> tags loading the assets from their CDN (online pages)."""
    out = []
    for name in names:
        asset = ASSETS[name]
        base = asset.cdn.format(version=_version(asset))
        out += [f'<link rel="stylesheet" href="{base}{css}"/>' for css in asset.css]
        out += [f'<script src="{base}{js}"></script>' for js in asset.js]
    return "\n".join(out)


def _read(asset: Asset, filename: str) -> str:
    pkg = _package(asset)
    if pkg is None:
        raise RenderError(
            f"--offline needs the Python package {asset.package.replace('.pkg.', '-').replace('_', '-')}"
            " (pip install it), which ships the web library to inline"
        )
    try:
        return (Path(pkg.BASE_DIR) / filename).read_text("utf-8")
    except OSError as err:
        raise RenderError(f"cannot read {filename} from {asset.package}: {err.strerror}") from err


def _data_uris(css: str, asset: Asset) -> str:
    """Replace url(images/x.png) in a stylesheet by data: URIs, so no request leaves the page."""
    pkg = _package(asset)

    def repl(m: re.Match) -> str:
        path = Path(pkg.BASE_DIR) / m.group(1)
        if not path.is_file():
            return m.group(0)
        data = base64.b64encode(path.read_bytes()).decode("ascii")
        return f"url(data:image/png;base64,{data})"

    return re.sub(r"url\(['\"]?(images/[\w.-]+\.png)['\"]?\)", repl, css)


def _script_safe(code: str) -> str:
    """Make code safe inside <script>/<style>: no closing tag, no source-map fetch."""
    code = re.sub(r"</(script|style)", r"<\\/\1", code, flags=re.IGNORECASE)
    return re.sub(r"^[/*#@ ]*sourceMappingURL=.*$", "", code, flags=re.MULTILINE)


@cache
def inline(names: tuple[str, ...]) -> str:
    """<style>/<script> tags holding the assets' code, read from the installed packages."""
    out = []
    for name in names:
        asset = ASSETS[name]
        for css in asset.css:
            out.append(f"<style>{_script_safe(_data_uris(_read(asset, css), asset))}</style>")
        for js in asset.js:
            out.append(f"<script>{_script_safe(_read(asset, js))}</script>")
    return "\n".join(out)


@cache
def runtime() -> str:
    """geomig's own map runtime (geomig.js, geomig.css), inlined in every page."""
    files = resources.files(__package__)
    css = files.joinpath("geomig.css").read_text("utf-8")
    js = files.joinpath("geomig.js").read_text("utf-8")
    return f"<style>{_script_safe(css)}</style>\n<script>{_script_safe(js)}</script>"


def _round(coords: Any, digits: int) -> Any:
    if isinstance(coords, (list, tuple)):
        if coords and isinstance(coords[0], (int, float)):
            return [round(float(c), digits) for c in coords]
        return [_round(c, digits) for c in coords]
    return coords


def compact(geom: Any, tolerance: float, digits: int) -> dict | None:
    """A geometry simplified to `tolerance` degrees and rounded, as a GeoJSON mapping whose
    polygons wind counter-clockwise (RFC 7946).

    Returns None when simplification leaves nothing (a speck smaller than the tolerance).
    """
    g = geom if hasattr(geom, "geom_type") else shape(geom)
    if tolerance and g.geom_type in ("Polygon", "MultiPolygon", "LineString", "MultiLineString"):
        simpler = g.simplify(tolerance, preserve_topology=True)
        if not simpler.is_empty:
            g = simpler
    if g.is_empty:
        return None
    m = mapping(right_hand(g))
    return {"type": m["type"], "coordinates": _round(m["coordinates"], digits)}


#: Land parts smaller than this (square degrees) are islands the countries already draw.
_LAND_MIN_AREA = 0.5


def _country_geometries() -> list:
    """Every country, from the gazetteer's Natural Earth polygons, under the large land masses;
    [] when the gazetteer files are missing.

    The land masses fill the few areas Natural Earth draws without an ISO code (Somaliland,
    Northern Cyprus, Kosovo), which the ISO-keyed countries alone would leave as sea.
    """
    from geomig.gazetteer import shapes

    try:
        land = shapes.land()
        countries = [g for g in shapes.countries().values() if g is not None]
    except GeomigError:  # no gazetteer files: offline maps go without a basemap
        return []
    masses = [p for p in getattr(land, "geoms", [land]) if p.area > _LAND_MIN_AREA]
    return [shapely.MultiPolygon(masses), *countries] if masses else countries


def _polygonal(g):
    """The polygons of a geometry (make_valid may return a collection with lines); or None."""
    if g.geom_type in ("Polygon", "MultiPolygon"):
        return g
    parts = [p for p in getattr(g, "geoms", []) if p.geom_type in ("Polygon", "MultiPolygon")]
    return shapely.union_all(parts) if parts else None


@cache
def basemap() -> dict:
    """The offline basemap (basemap.json, made by geomig.gazetteer.build.basemap): per zoom band,
    Natural Earth land rings and land borders as polyline-encoded strings."""
    import json

    try:
        return json.loads(resources.files(__package__).joinpath("basemap.json").read_text("utf-8"))
    except (OSError, ValueError) as err:
        raise RenderError(f"cannot read the offline basemap geomig/maps/basemap.json: {err}") from err


def decode(text: str, precision: int = 3) -> np.ndarray:
    """A polyline-encoded string as an array of (lat, lon) rows (vectorised: the 1:10m band has
    ~250,000 points)."""
    chunks = np.frombuffer(text.encode("ascii"), dtype=np.uint8).astype(np.int64) - 63
    last = chunks < 0x20                                  # a value's final 5-bit chunk
    starts = np.concatenate(([0], np.flatnonzero(last)[:-1] + 1))
    group = np.concatenate(([0], np.cumsum(last)[:-1]))
    shift = 5 * (np.arange(len(chunks)) - starts[group])
    values = np.add.reduceat((chunks & 0x1F) << shift, starts)
    deltas = np.where(values & 1, ~(values >> 1), values >> 1)
    return np.cumsum(deltas.reshape(-1, 2), axis=0) / 10 ** precision


@cache
def _land_rings() -> tuple[list, Any]:
    """The finest band's land rings as polygons, and a spatial index over them."""
    data = basemap()
    rings = [shapely.Polygon(decode(r, data["precision"])[:, ::-1]) for r in data["bands"][-1]["land"]]
    return rings, shapely.STRtree(rings)


def land_near(geom: Any) -> Any:
    """The land the offline basemap draws at its finest band, around a geometry. Its rings are
    read even-odd, as the page fills them: a lake is a ring inside its land, an island in it
    another ring again."""
    rings, tree = _land_rings()
    # Each ring cut to the geometry's box first: Afro-Eurasia alone has ~50,000 points.
    x0, y0, x1, y1 = geom.bounds
    parts = []
    for i in tree.query(geom):
        part = shapely.clip_by_rect(rings[i], x0 - 0.01, y0 - 0.01, x1 + 0.01, y1 + 0.01)
        part = _polygonal(part if part.is_valid else shapely.make_valid(part))   # a few rings touch themselves
        if part is not None and not part.is_empty:
            parts.append(part)
    return _even_odd(parts)


def _even_odd(parts: list) -> Any:
    """The area an even-odd fill of these nested, non-crossing rings covers. Rings are grouped
    by how many others hold them (land 0, lake 1, island in a lake 2...) and each depth is
    added or taken away at once: folding them in one by one with a symmetric difference
    grew quadratic on a wide zone (a corpus map spent a minute there)."""
    if not parts:
        return shapely.Polygon()
    index = shapely.STRtree(parts)
    by_depth: dict[int, list] = {}
    for j, part in enumerate(parts):
        inside = index.query(part.representative_point(), predicate="within")
        by_depth.setdefault(sum(1 for k in inside if k != j), []).append(part)
    land = shapely.Polygon()
    for depth in sorted(by_depth):
        layer = shapely.union_all(by_depth[depth])
        land = shapely.union(land, layer) if depth % 2 == 0 else shapely.difference(land, layer)
    return land


def sea_part(geom: Any) -> Any:
    """A zone at sea cut to the sea the basemap shows; unchanged when nothing of it is at sea."""
    g = geom if geom.is_valid else shapely.make_valid(geom)
    sea = _polygonal(shapely.difference(g, land_near(g)))
    return sea if sea is not None and not sea.is_empty and sea.area > 0.01 * g.area else geom


def sea_parts(geoms: list) -> list:
    """sea_part() of each geometry. GEOS lets go of Python's lock while it cuts, so with
    more than one core the cuts run side by side in threads (a 10,000-article corpus map
    cuts 63 coastguard zones: two thirds of its drawing time); the same cuts either way."""
    import os

    threads = min(len(geoms), os.cpu_count() or 1, 4)
    if threads < 2:
        return [sea_part(g) for g in geoms]
    from concurrent.futures import ThreadPoolExecutor

    _land_rings()  # read once, before the threads share it
    with ThreadPoolExecutor(threads) as pool:
        return list(pool.map(sea_part, geoms))


def basemap_geometries() -> list:
    """The raw basemap polygons, for the static renderer."""
    return _country_geometries()
