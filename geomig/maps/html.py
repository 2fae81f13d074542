"""The layered Leaflet map: `render(picture) -> folium.Map`.

One FeatureGroup per layer of styles.toml, the LayerControl added last; zones sit in a pane below
lines, and lines below markers, so an area never swallows a click meant for a point. Features
are handed to geomig.js as compact GeoJSON with pre-escaped popups; the controls (legend, footer,
title, fullscreen, minimap, search) are plain Leaflet drawn by that runtime, so the page needs no
plugin CDN and works the same offline.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections import OrderedDict
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

import folium
from branca.element import Element, Figure, MacroElement
from folium.map import CustomPane
from jinja2 import Template

from geomig.maps import legend, offline, popups
from geomig.maps.features import (
    AuditPlace,
    Box,
    Item,
    as_picture,
    audit_places,
    gazetteer_recorded,
    items,
    label_point,
    label_rank,
    shared_places,
    zoned_places,
    sources,
    story_bounds,
    tells_story,
)
from geomig.maps.styles import Styles, default
from geomig.picture.model import PLACE_CONFIDENCE, ROLE_CONFIDENCE, Picture

if TYPE_CHECKING:
    from geomig.audit.rows import AuditRow

#: Panes from bottom to top (Leaflet's own: tiles 200, overlays 400, markers 600, popups 700).
PANES = {"zones": 350, "lines": 410, "arrows": 420, "mentioned": 430, "broad": 440, "points": 450}
#: Style key suffix of a country's or continent's marker: drawn in the "broad" pane, under the
#: towns' markers (Spain's point is 29 km from Madrid: Madrid's dot must not hide under it).
BROAD = ":broad"
EMPTY_NOTE = "No places or features to show: the picture is empty."
#: Under the title when the texts name places but no migration that geomig reads: a journalist
#: must not take the grey dots for a story.
NO_STORY_NOTE = "No migration found in these texts: only the places they name are drawn."


def script_json(value: Any) -> str:
    """JSON safe inside <script>: only '</' (which could close the script) and '<!--' need
    escaping there; the rest is left as is to keep popup HTML compact."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    for char, code in (("</", "<\\/"), ("<!--", "\\u003c!--"), ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(char, code)
    # branca renders each script through Jinja: "{{", "{%" and "{#" (which JSON has only inside
    # strings, as in the basemap's encoded lines) would open a tag.
    return re.sub(r"\{(?=[{%#])", r"\\u007b", text)


class TextMacro(MacroElement):
    """A MacroElement whose rendered macros go into the page as text (_Text): branca makes
    each an Element of its own template, which Jinja compiles, the features' JSON and all
    (a corpus map of 10,000 articles: 2.4 MB; the page rendered in 0.015 CPU s, not 0.17,
    after the run's last partition, its peak 4 MB lower). Its macros must render no Jinja
    syntax (script_json escapes it), which branca's second pass would have read."""

    def render(self, **kwargs: Any) -> None:
        figure = self.get_root()
        for part in ("header", "html", "script"):
            macro = self._template.module.__dict__.get(part)
            if macro is not None:
                getattr(figure, part).add_child(_Text(macro(self, kwargs)), name=self.get_name())
        for element in self._children.values():
            element.render(**kwargs)


class Call(TextMacro):
    """A call `geomig.<fn>(map[, parent], ...args)` into geomig.js, rendered in the map script."""

    _template = Template(
        "{% macro script(this, kwargs) %}"
        "geomig.{{ this.fn }}({{ this.map.get_name() }}"
        "{% if this.with_parent %}, {{ this._parent.get_name() }}{% endif %}"
        "{% for a in this.args %}, {{ a }}{% endfor %});\n"
        "{% endmacro %}"
    )

    def __init__(self, fn: str, m: folium.Map, *args: Any, with_parent: bool = False):
        super().__init__()
        self._name = "GeomigCall"
        self.fn = fn
        self.map = m
        self.args = [script_json(a) for a in args]
        self.with_parent = with_parent


class _Text(Element):
    """Text put in the page as a Jinja template of it would render it (its line ends all
    made newlines, a last one dropped), without compiling one (TextMacro's)."""

    def __init__(self, text: str):
        super().__init__()
        text = str(text)  # (a macro's Markup)
        if "\r" in text:
            text = re.sub(r"\r\n?", "\n", text)
        self.text = text[:-1] if text.endswith("\n") else text

    def render(self, **kwargs: Any) -> str:
        return self.text


def provenance_time(generated: datetime | None = None) -> str:
    """Generation time in UTC; SOURCE_DATE_EPOCH fixes it so output is reproducible."""
    if generated is None:
        epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
        if epoch.isdigit():
            generated = datetime.fromtimestamp(int(epoch), tz=UTC)
        else:
            generated = datetime.now(tz=UTC)
    return generated.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def geomig_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("geomig")
    except PackageNotFoundError:  # running from a source tree: what geomig.__version__ says then
        return "0.0.0"


def gazetteer_version(picture: Picture) -> str:
    """The gazetteer version the picture records (extract records it), else "unknown":
    drawing a map never opens a gazetteer; render(gazetteer=...) states one."""
    recorded = gazetteer_recorded(picture)
    return "unknown" if recorded is None else recorded


def _class(prefix: str, key: str) -> str:
    return f"geomig-feature geomig-{prefix} geomig-{key.replace(':', '-').replace('_', '-')}"


def _style_table(styles: Styles) -> dict[str, dict]:
    """Leaflet path options for every style key a feature can carry."""
    zone, area, audit = styles.section("zone"), styles.section("area"), styles.section("audit")
    table: dict[str, dict] = {}
    for role, s in styles.raw["roles"].items():
        table[f"point:role:{role}"] = {
            "radius": s["radius"], "color": s["color"], "fillColor": s["fill"], "weight": 2,
            "fillOpacity": 0.85, "className": _class("point", f"role:{role}"),
        }
        table[f"area:role:{role}"] = {
            "color": s["color"], "fillColor": s["fill"], "weight": area["weight"],
            "fillOpacity": area["fill_opacity"], "dashArray": area["dash"] or None,
            "className": _class("area", f"role:{role}"),
        }
        table[f"line:role:{role}"] = {"color": s["color"], "weight": 3, "className": _class("line", f"role:{role}")}
    for key in [k for k in table if k.startswith("point:role:")]:
        table[key + BROAD] = {**table[key], "pane": "geomig-broad"}
    # A place merely mentioned lies under every role's marker, a country's too: on the spot of
    # a role it is that role's twin, and a clustered layer re-adding it must not draw it on top.
    for key in ("point:role:place", "point:role:place" + BROAD):
        table[key] = {**table[key], "pane": "geomig-mentioned"}
    for control, s in styles.raw["controls"].items():
        table[f"area:control:{control}"] = {
            "color": s["color"], "fillColor": s["fill"], "weight": zone["weight"],
            "fillOpacity": zone["fill_opacity"], "dashArray": s["dash"] or None,
            "className": _class("area", f"control:{control}"),
        }
        table[f"point:control:{control}"] = {
            "radius": styles.role("control_zone")["radius"], "color": s["color"], "fillColor": s["fill"],
            "weight": 2.5, "fillOpacity": 0.8, "dashArray": s["dash"] or None,
            "className": _class("point", f"control:{control}"),
        }
        table[f"line:control:{control}"] = {"color": s["color"], "weight": 3, "className": _class("line", f"control:{control}")}
    for mode, s in styles.raw["legs"].items():
        table[f"line:leg:{mode}"] = {
            "color": s["color"], "weight": s["weight"], "dashArray": s["dash"] or None,
            "opacity": 0.9, "className": _class("line", f"leg:{mode}"),
        }
    table["audit:chosen"] = {"radius": audit["radius"] + 4, "color": audit["color"], "weight": 2,
                             "fill": False, "dashArray": audit["dash"], "className": "geomig-feature geomig-audit-chosen"}
    table["audit:alt"] = {"radius": audit["radius"], "color": audit["alternative"], "fillColor": audit["alternative"],
                          "weight": 1, "opacity": audit["alternative_opacity"],
                          "fillOpacity": audit["alternative_opacity"] * 0.6, "className": "geomig-feature geomig-audit-alt"}
    table["audit:link"] = {"color": audit["alternative"], "weight": 1.5, "dashArray": audit["dash"],
                           "opacity": audit["alternative_opacity"], "className": "geomig-feature geomig-audit-link"}
    return {k: {key: v for key, v in s.items() if v is not None} for k, s in table.items()}


def _collection(features: list[dict]) -> dict:
    """A FeatureCollection whose popups sit once in a side table ("popups"), features pointing
    at them by index: a route's legs and repeated quotes would otherwise repeat the HTML."""
    table: dict[str, int] = {}
    out = []
    for f in features:
        props = f["properties"]
        if "p" in props:
            props = {**props, "p": table.setdefault(props["p"], len(table))}
        out.append({**f, "properties": props})
    return {"type": "FeatureCollection", "features": out, "popups": list(table)}


def _point_rows(features: list[dict]) -> dict:
    """Points packed as rows [lon, lat, style, popup, name, label rank, label] with style and popup tables: a
    dense layer has thousands of points, and GeoJSON spends ~80 bytes of keys on each. A place of
    several roles lists them in "shared": [row, [[layer, style, label rank], ...]], strongest first."""
    styles: dict[str, int] = {}
    popups_: dict[str, int] = {}
    rows, shared = [], []
    for f in features:
        lon, lat = f["geometry"]["coordinates"][:2]
        props = f["properties"]
        popup = props.get("p")
        row = [lon, lat, styles.setdefault(props["k"], len(styles)),
               popups_.setdefault(popup, len(popups_)) if popup else -1, props.get("n", "")]
        if props.get("r"):                  # only labelled points carry a rank (and a label unlike their name)
            row += [props["r"], props["t"]] if props.get("t") else [props["r"]]
        if props.get("s"):
            shared.append([len(rows), props["s"]])
        rows.append(row)
    out = {"rows": rows, "styles": list(styles), "popups": list(popups_)}
    return {**out, "shared": shared} if shared else out


def _feature(geometry: dict, **props: Any) -> dict:
    return {"type": "Feature", "geometry": geometry, "properties": {k: v for k, v in props.items() if v}}


def _roles(group: tuple[Item, ...], styles: Styles) -> list[list]:
    """[layer, point style key, label rank] of each role a place plays, once, strongest first."""
    out: dict[str, list] = {}
    for it in group:
        out.setdefault(it.style, [it.layer, f"point:{it.style}{BROAD if it.broad else ''}", label_rank(it, styles)])
    return list(out.values())


def _layer_data(layer_items: list[Item], styles: Styles, place_confidence: dict[str, float] | None = None,
                shared: dict[int, tuple[Item, ...]] | None = None,
                zoned: dict[int, tuple[Item, ...]] | None = None) -> tuple[list, list, list]:
    """Split a layer's items into point, line and area GeoJSON features with popups
    (`place_confidence`: place id -> the place's confidence, for the Audit layer's lines). A place
    of several roles (`shared`, features.shared_places) is one marker, in its strongest role's
    layer, with one popup for all its roles; geomig.js moves it as the layers are toggled. A place
    merely mentioned that a zone is drawn round (`zoned`, features.zoned_places) tells the zone's
    story first."""
    place_confidence = place_confidence or {}
    shared = shared or {}
    zoned = zoned or {}
    tol = float(styles.map["simplify_degrees"])
    digits = int(styles.map["coordinate_digits"])
    points, lines, areas = [], [], []
    for it in layer_items:
        group = shared.get(it.index, ())
        if group and group[0] is not it:
            continue                    # drawn as its place's marker, in the strongest role's layer
        confidence = place_confidence.get(it.feature.id or "")
        told = (*zoned[it.index], it) if it.index in zoned else group
        popup = popups.place_popup(told, styles, confidence) if told else popups.feature_popup(it, styles, confidence)
        roles = _roles(group, styles) if group else None
        name = it.label
        rank = label_rank(it, styles)
        text = it.short_label if rank and it.short_label != name else ""     # geomig.js labels with the name otherwise
        if it.kind == "point":
            for pt in getattr(it.geometry, "geoms", [it.geometry]):
                geom = offline.compact(pt, 0, digits)
                points.append(_feature(geom, k=f"point:{it.style}{BROAD if it.broad else ''}", p=popup, n=name,
                                       r=rank, t=text, s=roles))
        elif it.kind == "line" and it.legs:
            for leg in it.legs:
                geom = offline.compact(leg.line, tol / 4, digits)
                if geom:
                    lines.append(_feature(geom, k=f"line:leg:{styles.leg_key(leg.mode)}", p=popup, n=name))
        elif it.kind == "line":
            geom = offline.compact(it.geometry, tol / 4, digits)
            if geom:
                lines.append(_feature(geom, k=f"line:{it.style}", p=popup, n=name))
        else:
            at_sea = it.style.partition(":")[2] in styles.section("zone").get("at_sea", {}).get("controls", ())
            # A zone cut at the coast keeps it to ~200 m, finer than the basemap's own 450 m.
            geom = offline.compact(it.geometry, tol / 5 if at_sea and it.style.startswith("control:") else tol, digits)
            if geom:
                where = [round(c, digits) for c in label_point(it).coords[0]] if rank else None
                areas.append(_feature(geom, k=f"area:{it.style}", p=popup, n=name, r=rank, t=text, lp=where))
    return points, lines, areas


def _audit_data(places: list[AuditPlace], styles: Styles) -> tuple[list, list]:
    """Audit layer: each uncertain place ringed, its alternatives faded and linked to it."""
    digits = int(styles.map["coordinate_digits"])
    points, lines = [], []
    for place in places:
        chosen = offline.compact(place.point, 0, digits)
        points.append(_feature(chosen, k="audit:chosen", p=popups.audit_popup(place, styles), n=place.name))
        for alt in place.alternatives:
            at = offline.compact(alt.point, 0, digits)
            points.append(_feature(at, k="audit:alt", p=popups.alternative_popup(alt, place), n=alt.name))
            lines.append(_feature({"type": "LineString", "coordinates": [chosen["coordinates"], at["coordinates"]]},
                                  k="audit:link"))
    return points, lines


def _legend(all_items: list[Item], styles: Styles, audited: bool, shared: dict[int, tuple[Item, ...]]) -> str:
    """Legend HTML for what this map draws, in layer order. The row of places of several roles
    names no layer: geomig.js shows it while a marker shows two roles or more."""
    labels = {layer.key: layer.label for layer in styles.layers}
    gap = float(styles.section("several")["arc_gap_degrees"])
    rows = [(popups.swatch(e.kind, e.color, e.fill, e.dash, e.ring, gap), e.label, labels.get(e.layer, ""))
            for e in legend.entries(all_items, styles, audited=audited, shared=shared)]
    return popups.legend(rows) if rows else ""


def _stable_ids(root: Any, seed: str) -> None:
    """Replace folium's random element ids by ids derived from the picture, in tree order.

    folium names every JS variable after a random id, so two renders of one picture would differ;
    renaming in a fixed walk makes the HTML byte-for-byte reproducible. Children dicts are
    re-keyed where the key was the old generated name.
    """
    counter = 0

    def walk(el: Any) -> None:
        nonlocal counter
        el._id = f"{seed}{counter:04x}"
        counter += 1
        renamed: OrderedDict = OrderedDict()
        for key, child in el._children.items():
            old = child.get_name()
            walk(child)
            renamed[child.get_name() if key == old else key] = child
        el._children = renamed

    walk(root)
    if isinstance(root, Figure):
        for part in (root.header, root.html, root.script):
            walk(part)


def render_map(
    picture: Any,
    *,
    title: str | None = None,
    offline_page: bool = False,
    gazetteer: str | None = None,
    generated: datetime | None = None,
    styles: Styles | None = None,
    audit: Iterable[AuditRow] | None = None,
    bounds: Box | None = None,
    tiles: str | offline.Tiles | None = None,
    attribution: str | None = None,
) -> folium.Map:
    """Draw a picture as a layered Leaflet map (see geomig.maps.render)."""
    styles = styles or default()
    picture = as_picture(picture)
    all_items = items(picture, styles)
    title = title if title is not None else styles.map["title"]
    box = bounds or story_bounds(all_items, styles)

    # maxZoom on the map itself: marker clustering needs it, and offline there is no tile layer to say it.
    m = folium.Map(location=[20, 10], zoom_start=2, tiles=None, control_scale=True, world_copy_jump=True)
    m.options["max_zoom"] = 18
    fig = m.get_root()
    fig.title = popups.esc(title)

    by_layer: dict[str, list[Item]] = {layer.key: [] for layer in styles.layers}
    for it in all_items:
        by_layer.setdefault(it.layer, []).append(it)
    cluster_at = int(styles.map["cluster_threshold"])
    needs_cluster = any(sum(it.kind == "point" for it in its) > cluster_at for its in by_layer.values())

    # Third-party code: folium's defaults (jQuery, Bootstrap, awesome-markers) are not used.
    names = ["leaflet"] + (["markercluster"] if needs_cluster else [])
    m.default_js, m.default_css = [], []
    assets = offline.inline(tuple(names)) if offline_page else offline.links(names)
    fig.header.add_child(Element(assets + "\n" + offline.runtime()), name="geomig_assets")

    for pane, z in PANES.items():
        m.add_child(CustomPane(f"geomig-{pane}", z_index=z, pointer_events=False))

    web = None
    if offline_page:
        bm = styles.section("basemap")
        m.add_child(Call("basemap", m, offline.basemap(), {k: bm[k] for k in ("sea", "land", "coast", "border")}
                         | {"coastWeight": bm["coast_weight"], "weight": bm["border_weight"]}))
    else:
        web = tiles if isinstance(tiles, offline.Tiles) else offline.tiles(tiles, attribution)
        folium.TileLayer(tiles=web.url, attr=web.attribution, name=web.name, control=False,
                         max_zoom=web.max_zoom).add_to(m)

    table = _style_table(styles)
    opts = {"styles": table}
    audit_points, audit_lines = _audit_data(audit_places(all_items, audit), styles)
    place_confidence = {f.id: f.confidence for f in picture.features if f.role == "place" and f.id}
    shared = shared_places(all_items, styles)
    zoned = zoned_places(all_items)
    # Every layer a shared marker may move to tells geomig.js where it is, points of its own or not.
    hosts = {it.layer for group in shared.values() for it in group}
    several = styles.section("several")
    ring = {"ring": {"gap": several["ring_gap"], "weight": several["ring_weight"],
                     "arcGap": several["arc_gap_degrees"]}} if shared else {}
    for layer in styles.layers:
        if layer.key == "audit":
            pts, lns, ars = audit_points, audit_lines, []
        else:
            pts, lns, ars = _layer_data(by_layer.get(layer.key, []), styles, place_confidence, shared, zoned)
        if not (pts or lns or ars or layer.key in hosts or layer.key == "audit"):
            # A box that toggles nothing only puzzles a reader; the audit box always does
            # something: it adds the audit's lines to every popup.
            continue
        group = folium.FeatureGroup(name=layer.label, show=layer.show)
        if ars:
            group.add_child(Call("shapes", m, _collection(ars),
                                 {**opts, "pane": "geomig-zones"}, with_parent=True))
        if lns:
            group.add_child(Call("shapes", m, _collection(lns),
                                 {**opts, "pane": "geomig-lines", "arrows": layer.key == "routes",
                                  "arrowPane": "geomig-arrows"}, with_parent=True))
        if pts or layer.key in hosts:
            group.add_child(Call("points", m, _point_rows(pts),
                                 {**opts, "pane": "geomig-points", "cluster": len(pts) > cluster_at,
                                  "search": layer.key != "audit", "layer": layer.key, **ring},
                                 with_parent=True))
        m.add_child(group)

    m.add_child(Call("labels", m))
    legend_html = _legend(all_items, styles, bool(audit_points), shared)
    sub = NO_STORY_NOTE if all_items and not tells_story(it.feature for it in all_items) else ""
    if title or sub:
        m.add_child(Call("title", m, title or "", *([sub] if sub else [])))
    m.add_child(Call("fullscreen", m))
    m.add_child(Call("search", m))
    m.add_child(Call("minimap", m, {} if web is None else {"tiles": web.url}))
    if legend_html:
        m.add_child(Call("legend", m, legend_html))
    docs = sources(picture)
    m.add_child(Call("footer", m, popups.footer(
        docs, gazetteer or gazetteer_version(picture), geomig_version(), provenance_time(generated))))
    fit = None
    if box is None:
        m.add_child(Call("note", m, EMPTY_NOTE))
    else:
        # geomig.js fits the first view (and only it): it knows the legend's real width.
        minx, miny, maxx, maxy = box
        fit = {"bounds": [[miny, minx], [maxy, maxx]], "maxZoom": int(styles.map["max_zoom_fit"])}
    m.add_child(Call("controls", m, {"rc": ROLE_CONFIDENCE.split(": ", 1)[1],
                                     "pc": PLACE_CONFIDENCE.split(": ", 1)[1]}, fit))  # runs once the layer control, added last, is drawn
    folium.LayerControl(collapsed=False).add_to(m)

    # Ids from a hash of the picture as written: the same picture, from texts or its file, gives the same page.
    seed = hashlib.sha256(script_json([picture.to_geojson(), title, offline_page]).encode()).hexdigest()[:8]
    _stable_ids(fig, seed)
    return m


def to_html(m: folium.Map) -> str:
    """The map as one HTML page."""
    return m.get_root().render()
