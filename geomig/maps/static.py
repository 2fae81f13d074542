"""Static maps (PNG, SVG) for PDF reports, drawn with geopandas and matplotlib: no browser.

Same layers, colours and legend as the HTML map (styles.toml), in Web Mercator like Leaflet,
over the gazetteer's Natural Earth countries. Layers hidden by default (Audit) are left out.
"""

from __future__ import annotations

import io
import math
from dataclasses import replace
from datetime import datetime
from functools import cache
from typing import Any

import geopandas as gpd
import matplotlib

matplotlib.use("Agg")  # no display here; and the OO API below never touches pyplot state

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.legend_handler import HandlerBase
from matplotlib.lines import Line2D
from matplotlib.path import Path
from matplotlib.patches import Arc, Circle, Patch
from shapely.geometry import box

from geomig.errors import RenderError
from geomig.maps import legend, offline
from geomig.maps.features import (
    Box,
    Item,
    as_picture,
    items,
    label_rank,
    role_of,
    shared_places,
    sources,
    story_bounds,
    tells_story,
)
from geomig.maps.html import EMPTY_NOTE, NO_STORY_NOTE, gazetteer_version, geomig_version, provenance_time
from geomig.maps.styles import Styles, default

FORMATS = ("png", "svg")
MERCATOR_LAT = 85.0


def _dashes(dash: str, width: float) -> Any:
    """SVG dasharray ("9 6") to a matplotlib linestyle, in units of the line width."""
    if not dash:
        return "solid"
    parts = [float(x) / max(width, 1.0) for x in dash.replace(",", " ").split()]
    return (0, tuple(parts if len(parts) % 2 == 0 else parts * 2))


#: The smallest frame, in degrees: a single point is shown with ~100 km of its surroundings.
MIN_SPAN = 2.0


def _extent(box_: tuple[float, float, float, float] | None, margin: float = 0.12) -> tuple[float, float, float, float]:
    """Lon/lat extent with a margin (a share of the box), never narrower than MIN_SPAN."""
    if box_ is None:
        return (-170.0, -58.0, 180.0, 78.0)
    minx, miny, maxx, maxy = box_
    padx = max((maxx - minx) * margin, (MIN_SPAN - (maxx - minx)) / 2)
    pady = max((maxy - miny) * margin, (MIN_SPAN - (maxy - miny)) / 2)
    return (max(minx - padx, -180.0), max(miny - pady, -MERCATOR_LAT),
            min(maxx + padx, 180.0), min(maxy + pady, MERCATOR_LAT))


def _mid_arrow(ax, line, color: str) -> None:
    """An arrowhead halfway along a leg (in map metres), pointing the way the leg runs."""
    if line.length == 0:
        return
    a = line.interpolate(0.48, normalized=True)
    b = line.interpolate(0.52, normalized=True)
    if a.equals(b):
        return
    ax.annotate("", xy=(b.x, b.y), xytext=(a.x, a.y), zorder=6,
                arrowprops={"arrowstyle": "-|>,head_length=0.7,head_width=0.35", "color": color, "lw": 0})


def to_image(picture: Any, fmt: str = "png", *, title: str | None = None, gazetteer: str | None = None,
             generated: datetime | None = None, styles: Styles | None = None,
             size: tuple[float, float] = (11.0, 8.0), dpi: int = 150, bounds: Box | None = None) -> bytes:
    """Draw the picture as a static map; returns the PNG or SVG bytes."""
    if fmt not in FORMATS:
        raise RenderError(f"static maps are png or svg, not {fmt!r}")
    styles = styles or default()
    picture = as_picture(picture)
    hidden = {layer.key for layer in styles.layers if not layer.show}
    drawn = [it for it in items(picture, styles) if it.layer not in hidden]
    no_story = bool(drawn) and not tells_story(it.feature for it in drawn)
    # --bounds is the frame asked for (a thin margin); the story's box gets room round it.
    minx, miny, maxx, maxy = _extent(bounds, 0.02) if bounds else _extent(story_bounds(drawn, styles))
    title = title if title is not None else styles.map["title"]

    fig = Figure(figsize=size, dpi=dpi)
    FigureCanvasAgg(fig)                         # a renderer to measure labels with
    axes_box = (0.01, 0.07, 0.75, 0.86)          # the legend takes the right-hand column
    ax = fig.add_axes(axes_box)
    bm = styles.section("basemap")
    ax.set_facecolor(bm["sea"])
    x0, y0, x1, y1 = _fill(gpd.GeoSeries([box(minx, miny, maxx, maxy)], crs=4326).to_crs(3857).total_bounds,
                           (axes_box[3] * size[1]) / (axes_box[2] * size[0]))
    ax.set_xlim(x0, x1)
    ax.set_ylim(y0, y1)
    ax.set_aspect("equal")
    ax.set_xticks([])
    ax.set_yticks([])

    lx0, ly0, lx1, ly1 = gpd.GeoSeries([box(x0, y0, x1, y1)], crs=3857).to_crs(4326).total_bounds
    # The zoom a web map would show this frame at: from the band's zoom on (5), the 1:10m coast.
    zoom = math.log2(360.0 * axes_box[2] * size[0] * dpi / (256.0 * max(lx1 - lx0, 1e-6)))
    fine = _fine_basemap((lx0, ly0, lx1, ly1)) if zoom >= offline.basemap()["bands"][-1]["zoom"] else None
    if fine is not None:
        land, borders = fine
        if not land.is_empty:
            gpd.GeoSeries([land], crs=4326).to_crs(3857).plot(ax=ax, color=bm["land"], edgecolor=bm["coast"],
                                                              linewidth=bm["border_weight"], zorder=1)
        if not borders.is_empty:
            gpd.GeoSeries([borders], crs=4326).to_crs(3857).plot(ax=ax, color=bm["border"],
                                                                 linewidth=bm["border_weight"], zorder=1.1)
    elif countries := offline.basemap_geometries():
        # Clip in lon/lat to the (widened) frame first: Mercator cannot project the poles.
        world = gpd.GeoSeries(countries, crs=4326).clip(box(max(lx0 - 2, -180), max(ly0 - 2, -MERCATOR_LAT),
                                                             min(lx1 + 2, 180), min(ly1 + 2, MERCATOR_LAT)))
        world = world[~world.is_empty]
        if len(world):
            world.to_crs(3857).plot(ax=ax, color=bm["land"], edgecolor=bm["border"],
                                    linewidth=bm["border_weight"], zorder=1)

    # What falls outside the frame, and legs too short to see, are not drawn nor in the legend.
    frame = gpd.GeoSeries([box(x0, y0, x1, y1)], crs=3857).to_crs(4326).iloc[0]
    drawn = as_seen([it for it in drawn if it.geometry.intersects(frame)],
                    min_area_width(x1 - x0, axes_box[2] * size[0], styles))
    min_leg = (x1 - x0) * MIN_LEG_FRACTION
    leg_shown = {leg: gpd.GeoSeries([leg.line], crs=4326).to_crs(3857).length.iloc[0] >= min_leg
                 for it in drawn for leg in it.legs}
    # A place of several roles is one marker, its strongest role's, ringed by an arc per role.
    shared = shared_places(drawn, styles)
    marked = [it for it in drawn if shared.get(it.index, (it,))[0] is it]
    _draw(ax, marked, styles, lambda leg: leg_shown.get(leg, True))
    _labels(ax, marked, styles, _rings(ax, shared, styles))

    ax.set_xlabel("")
    ax.set_ylabel("")
    handles: list = []
    rows = legend.entries(drawn, styles, leg_shown=lambda leg: leg_shown.get(leg, True), shared=shared)
    for e in rows:
        if e.kind == "several":
            handles.append(e)
        elif e.kind == "line":
            handles.append(Line2D([], [], color=e.color, lw=2.4, linestyle=_dashes(e.dash, 2.4), label=e.label))
        elif e.kind == "area":
            handles.append(Patch(facecolor=e.fill, edgecolor=e.color, alpha=0.8,
                                 linestyle=_dashes(e.dash, 1.0) if e.dash else "solid", label=e.label))
        else:
            handles.append(Line2D([], [], marker="s" if e.layer == "zones" else "o", linestyle="none",
                                  markerfacecolor=e.fill or e.color,
                                  markeredgecolor=e.color, markersize=8, label=e.label))
    if handles:
        fig.legend(handles=handles, labels=[e.label for e in rows], handler_map={legend.Entry: _RingHandler(styles)},
                   loc="upper left", bbox_to_anchor=(axes_box[0] + axes_box[2] + 0.01, 0.93), fontsize=8,
                   frameon=False, title="Legend", title_fontsize=9, alignment="left")
    else:
        ax.text(0.5, 0.5, EMPTY_NOTE, transform=ax.transAxes, ha="center", va="center", fontsize=12,
                bbox={"facecolor": "white", "alpha": 0.9, "edgecolor": "#999"})

    if title:   # raised a little when the note below it needs the room above the frame
        fig.text(0.5, 0.972 if no_story else 0.965, title, ha="center", va="center", fontsize=14, fontweight="bold")
    if no_story:
        fig.text(0.5, 0.945, NO_STORY_NOTE, ha="center", va="center", fontsize=9, color="#555")
    docs = sources(picture)
    credit = (f"Basemap: Natural Earth · Places: GeoNames (CC BY 4.0) · Sources: {len(docs)} "
              f"document{'s' if len(docs) != 1 else ''} · gazetteer {gazetteer or gazetteer_version(picture)} · "
              f"geomig {geomig_version()} · {provenance_time(generated)}")
    fig.text(0.01, 0.035, credit, ha="left", va="center", fontsize=7, color="#444")
    if docs:
        listed = ", ".join(docs[:6]) + (f", … ({len(docs) - 6} more)" if len(docs) > 6 else "")
        fig.text(0.01, 0.015, listed, ha="left", va="center", fontsize=6, color="#666")
    _scale_bar(ax, (minx + maxx) / 2, (miny + maxy) / 2)

    out = io.BytesIO()
    # Fixed metadata and hash salt: the same picture gives the same bytes.
    if fmt == "svg":
        # fonttype "none": text stays text, so a report can search and copy it.
        with matplotlib.rc_context({"svg.hashsalt": "geomig", "svg.fonttype": "none"}):
            fig.savefig(out, format="svg", metadata={"Date": None, "Creator": None})
    else:
        fig.savefig(out, format="png", metadata={"Software": None})
    return out.getvalue()


#: Beyond these counts a static map would be ink, not information: arrows and labels are dropped.
MAX_ARROWS = 200
_LABEL_BOX = {"boxstyle": "round,pad=0.15", "facecolor": "white", "edgecolor": "none", "alpha": 0.75}
MAX_LABELS = 40


#: A leg shorter than this share of the frame's width is a speck: not drawn, not in the legend.
MIN_LEG_FRACTION = 0.01
#: An area narrower than this share of the frame's width (a few pixels) is drawn as a marker of
#: its style at its point: a 5 km coastguard zone on a map of West Africa would otherwise be
#: invisible while the legend lists it.
MIN_AREA_FRACTION = 0.006


def min_area_width(frame_width: float, axes_inches: float, styles: Styles) -> float:
    """The width (Mercator metres) under which an area is drawn as a marker: a few pixels, or
    the widest dot of the style, since a zone narrower than its place's dot hides under it."""
    dot = 1.6 * max(float(r.get("radius") or 0) for r in styles.raw["roles"].values())   # points, as _draw
    return max(frame_width * MIN_AREA_FRACTION, frame_width * dot / (axes_inches * 72))


def as_seen(drawn: list[Item], min_width: float) -> list[Item]:
    """The items with each area too small to see (Mercator extent under `min_width` metres)
    turned into a point at its representative point, keeping its style."""
    areas = [i for i, it in enumerate(drawn) if it.kind == "area"]
    if not areas:
        return drawn
    extents = gpd.GeoSeries([drawn[i].geometry for i in areas], crs=4326).to_crs(3857).bounds
    out = list(drawn)
    for i, (_, b) in zip(areas, extents.iterrows(), strict=True):
        if max(b.maxx - b.minx, b.maxy - b.miny) < min_width:
            it = out[i]
            out[i] = replace(it, kind="point", feature=replace(it.feature, geometry=it.geometry.representative_point()))
    return out
#: Where a label may sit around its point, in points: right, left, above, below, the diagonals.
_LABEL_SPOTS = ((7, -3, "left"), (-7, -3, "right"), (0, 8, "center"), (0, -15, "center"),
                (6, 6, "left"), (-6, 6, "right"), (6, -12, "left"), (-6, -12, "right"))


def _spots(extra: float) -> tuple[tuple[float, float, str], ...]:
    """_LABEL_SPOTS `extra` points farther from the point (past a marker's ring)."""
    return tuple((dx + math.copysign(extra, dx), dy, ha) if dx else (dx, dy + math.copysign(extra, dy), ha)
                 for dx, dy, ha in _LABEL_SPOTS)


def _labels(ax, drawn: list[Item], styles: Styles, ringed: dict[int, float] | None = None) -> None:
    """Label launch points, destinations, transit places and zones, the highest rank first, each
    at the first spot around it where it meets no label already placed; else it is left out."""
    ranked = sorted(((label_rank(it, styles), it.index, it) for it in drawn if label_rank(it, styles)),
                    key=lambda r: (-r[0], r[1]))
    if len(ranked) > MAX_LABELS:
        return
    renderer = ax.figure.canvas.get_renderer()
    axes_box = ax.get_window_extent(renderer)
    # The markers are obstacles too: a label never covers another place's dot.
    ringed = ringed or {}
    markers = _marker_boxes(ax, drawn, styles, ringed)
    placed: list = []
    seen: set[str] = set()
    for _, _, it in ranked:
        text = it.short_label
        if not text or text in seen:
            continue
        g = it.geometry.representative_point() if it.kind == "area" else (
            it.geometry.geoms[0] if hasattr(it.geometry, "geoms") else it.geometry)
        x, y = gpd.GeoSeries([g], crs=4326).to_crs(3857).iloc[0].coords[0]
        spots = ((0, -4, "center"),) if it.kind == "area" else _spots(ringed[it.index]) if it.index in ringed \
            else _LABEL_SPOTS
        for dx, dy, ha in spots:
            # A light box rather than a halo path effect: halos turn SVG text into paths.
            t = ax.annotate(text, (x, y), xytext=(dx, dy), textcoords="offset points", ha=ha, fontsize=7.5,
                            zorder=8, color="#222", bbox=_LABEL_BOX, annotation_clip=True)
            bb = t.get_window_extent(renderer).expanded(1.05, 1.1)
            inside = axes_box.contains(bb.x0, bb.y0) and axes_box.contains(bb.x1, bb.y1)
            if inside and not any(bb.overlaps(p) for p in placed) \
                    and not any(bb.overlaps(b) for i, b in markers if i != it.index):
                placed.append(bb)
                seen.add(text)
                break
            t.remove()


def _fine_basemap(frame: tuple[float, float, float, float]):
    """The offline basemap's 1:10m land and land borders round a lon/lat frame, as the HTML map
    draws them from zoom 5 on; None when the frame is too large to be worth it."""
    import shapely

    x0, y0, x1, y1 = frame
    if (x1 - x0) * (y1 - y0) > 900:          # beyond ~30 x 30 degrees the page shows 1:50m too
        return None
    area = box(max(x0 - 0.5, -180), max(y0 - 0.5, -MERCATOR_LAT), min(x1 + 0.5, 180), min(y1 + 0.5, MERCATOR_LAT))
    lines = _border_lines()
    borders = shapely.intersection(shapely.MultiLineString([ln for ln in lines if ln.intersects(area)]), area)
    return offline.land_near(area), borders


@cache
def _border_lines() -> list:
    """The 1:10m band's land borders as lon/lat lines, decoded once."""
    import shapely

    data = offline.basemap()
    return [shapely.LineString(offline.decode(b, data["precision"])[:, ::-1]) for b in data["bands"][-1]["borders"]]


def _marker_boxes(ax, drawn: list[Item], styles: Styles, ringed: dict[int, float]) -> list[tuple[int, Any]]:
    """(item index, display box) of each point marker _draw draws, its ring (`ringed`: item
    index -> how far its ring reaches past its dot, points) with it."""
    from matplotlib.transforms import Bbox

    boxes = []
    for it in drawn:
        if it.kind != "point":
            continue
        family, _, value = it.style.partition(":")
        s = styles.control(value) if family == "control" else styles.role(value)
        r = ((s.get("radius") or styles.role("control_zone")["radius"]) * 0.8 + ringed.get(it.index, 0.0)) \
            * ax.figure.dpi / 72
        for pt in getattr(it.geometry, "geoms", [it.geometry]):
            x, y = gpd.GeoSeries([pt], crs=4326).to_crs(3857).iloc[0].coords[0]
            px, py = ax.transData.transform((x, y))
            boxes.append((it.index, Bbox([[px - r, py - r], [px + r, py + r]])))
    return boxes


def _draw(ax, drawn: list, styles: Styles, leg_shown=lambda leg: True) -> None:
    """Draw the items grouped by style: one matplotlib call per style, not per feature."""
    zone, area = styles.section("zone"), styles.section("area")
    rows = []  # (group kind, style key, order, geometry, label)
    order = {layer.key: i for i, layer in enumerate(styles.layers)}
    for it in drawn:
        rank = order.get(it.layer, len(order))
        if it.kind == "line" and it.legs:
            rows += [("leg", styles.leg_key(leg.mode), rank, leg.line, "") for leg in it.legs if leg_shown(leg)]
        else:
            rows.append((it.kind, it.style, rank, it.geometry, ""))
    if not rows:
        return
    frame = gpd.GeoDataFrame(
        {"group": [r[0] for r in rows], "style": [r[1] for r in rows], "rank": [r[2] for r in rows],
         "label": [r[4] for r in rows], "radius": _radii(rows, styles)},
        geometry=[r[3] for r in rows], crs=4326).to_crs(3857)
    for (group, key), part in sorted(frame.groupby(["group", "style"], sort=False),
                                     key=lambda kv: kv[1]["rank"].min()):
        family, _, value = key.partition(":")
        if group == "leg":
            s = styles.leg(key)
            part.plot(ax=ax, color=s["color"], linewidth=s["weight"] * 0.9, linestyle=_dashes(s["dash"], s["weight"]),
                      zorder=4)
            if (frame["group"] == "leg").sum() <= MAX_ARROWS:
                for line in part.geometry:
                    _mid_arrow(ax, line, s["color"])
            continue
        s = styles.control(value) if family == "control" else styles.role(value)
        if group == "area":
            z = zone if family == "control" else area
            dash = s.get("dash", "") if family == "control" else area["dash"]
            part.plot(ax=ax, facecolor=s["fill"], alpha=z["fill_opacity"] + 0.1, edgecolor="none", zorder=2)
            part.boundary.plot(ax=ax, color=s["color"], linewidth=z["weight"] * 0.8, linestyle=_dashes(dash, 1.5),
                               zorder=2.5)
        elif group == "line":
            part.plot(ax=ax, color=s["color"], linewidth=2.5, zorder=4)
        elif family == "control":
            # A zone too small to see (see as_seen): a square over the places merely mentioned,
            # under the story's dots, which it must not hide.
            radius = styles.role("control_zone")["radius"]
            part.plot(ax=ax, color=s["fill"], edgecolor=s["color"], linewidth=1.2, marker="s",
                      markersize=(radius * 1.3) ** 2, zorder=6.5)
        else:
            part.plot(ax=ax, color=s["fill"], edgecolor=s["color"], linewidth=1.4,
                      markersize=((part["radius"] * 1.6) ** 2).tolist(), zorder=6 if value == "place" else 7)


def _radii(rows: list, styles: Styles) -> list[float]:
    """Each point marker's radius: its role's (0 for a marker drawn its own way, a zone's square)."""
    def radius(group: str, key: str) -> float:
        family, _, value = key.partition(":")
        if group != "point" or family != "role":
            return 0.0
        return float(styles.role(value).get("radius") or styles.role("control_zone")["radius"])

    return [radius(r[0], r[1]) for r in rows]


#: Points per pixel of the web map: a role's marker is drawn radius x 1.6 points across here.
PT_PER_PX = 0.8


def _arcs(n: int, gap_degrees: float) -> list[Path]:
    """Marker paths of n arcs splitting a unit circle clockwise from the top (as geomig.js draws
    them). Each also moves, drawing nothing, to the circle's four extremes: matplotlib scales a
    marker by its farthest vertex, and every arc must be scaled as the whole circle is."""
    corners = [(1.0, 0.0), (0.0, 1.0), (-1.0, 0.0), (0.0, -1.0)]
    out = []
    for i in range(n):
        arc = Path.arc(90 - (i + 1) * 360 / n + gap_degrees / 2, 90 - i * 360 / n - gap_degrees / 2)
        out.append(Path([*corners, *arc.vertices], [Path.MOVETO] * 4 + list(arc.codes)))
    return out


def _ring_size(styles: Styles, radius: float) -> tuple[float, float]:
    """A ring's marker size (its diameter) and line width, in points, round a dot of `radius` px."""
    s = styles.section("several")
    reach = radius + 1.4 / 2 / PT_PER_PX + s["ring_gap"] + s["ring_weight"] / 2
    return 2 * reach * PT_PER_PX, s["ring_weight"] * PT_PER_PX


def _rings(ax, shared: dict[int, tuple[Item, ...]], styles: Styles) -> dict[int, float]:
    """Ring each place of several roles with one arc per role, in the roles' colours; item index ->
    how far (points) its ring reaches past its dot, for the labels to keep clear of it."""
    gap = float(styles.section("several")["arc_gap_degrees"])
    out: dict[int, float] = {}
    for index, group in shared.items():
        colours = list(dict.fromkeys(styles.role(role_of(it))["color"] for it in group))
        if group[0].index != index or len(colours) < 2:
            continue
        x, y = gpd.GeoSeries([group[0].geometry], crs=4326).to_crs(3857).iloc[0].coords[0]
        radius = float(styles.role(role_of(group[0]))["radius"])
        size, width = _ring_size(styles, radius)
        out[index] = size / 2 + width / 2 - radius * PT_PER_PX
        for arc, colour in zip(_arcs(len(colours), gap), colours, strict=True):
            ax.plot([x], [y], marker=arc, markersize=size, markeredgewidth=width, markeredgecolor=colour,
                    markerfacecolor="none", linestyle="none", zorder=7.2)
    return out


class _RingHandler(HandlerBase):
    """Draws a legend.Entry of kind "several": a dot in a ring of arcs, one per colour of its `ring`."""

    def __init__(self, styles: Styles):
        super().__init__()
        self.gap = float(styles.section("several")["arc_gap_degrees"])

    def create_artists(self, legend_, e, xdescent, ydescent, width, height, fontsize, trans):
        cx, cy, r = width / 2 - xdescent, height / 2 - ydescent, height * 0.85
        n = len(e.ring)
        out = [Circle((cx, cy), r * 0.5, facecolor=e.fill, edgecolor=e.color, linewidth=0.8, transform=trans)]
        for i, colour in enumerate(e.ring):
            out.append(Arc((cx, cy), 2 * r, 2 * r, theta1=90 - (i + 1) * 360 / n + self.gap / 2,
                           theta2=90 - i * 360 / n - self.gap / 2, color=colour, linewidth=2, transform=trans))
        return out


def _fill(frame: Any, aspect: float) -> tuple[float, float, float, float]:
    """Grow a Mercator frame to the axes' height/width ratio, so the map fills its box."""
    x0, y0, x1, y1 = (float(v) for v in frame)
    w, h = x1 - x0, y1 - y0
    limit = 20037508.34 * 0.95
    if h / w < aspect:
        grow = (w * aspect - h) / 2
        y0, y1 = max(y0 - grow, -limit), min(y1 + grow, limit)
    else:
        grow = (h / aspect - w) / 2
        x0, x1 = x0 - grow, x1 + grow
        # Past the antimeridian the frame would wrap round to the far side of the world (Alaska
        # to the Caribbean became Labrador to China): slide it back, and never wider than the world.
        world = 20037508.34
        shift = max(-world - x0, 0.0) - max(x1 - world, 0.0)
        x0, x1 = max(x0 + shift, -world), min(x1 + shift, world)
    return x0, y0, x1, y1


def _scale_bar(ax, lon: float, lat: float) -> None:
    """A scale bar in km; Mercator stretches by 1/cos(lat), so measure at the map's centre."""
    x0, x1 = ax.get_xlim()
    y0, y1 = ax.get_ylim()
    metres_per_unit = math.cos(math.radians(max(min(lat, 80.0), -80.0)))
    target = (x1 - x0) * metres_per_unit / 5
    nice = 10 ** math.floor(math.log10(target)) if target > 0 else 1
    for step in (5, 2, 1):
        if nice * step <= target:
            nice *= step
            break
    length = nice / metres_per_unit
    bx, by = x0 + (x1 - x0) * 0.03, y0 + (y1 - y0) * 0.04
    ax.plot([bx, bx + length], [by, by], color="#333", lw=2.5, zorder=9, solid_capstyle="butt")
    ax.text(bx + length / 2, by + (y1 - y0) * 0.012, f"{nice / 1000:g} km", ha="center", va="bottom",
            fontsize=7.5, zorder=9, bbox=_LABEL_BOX)
