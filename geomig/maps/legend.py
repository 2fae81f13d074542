"""Legend entries for what a map draws, shared by the HTML and the static renderers."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from geomig.maps.features import Item, role_of
from geomig.maps.styles import Styles
from geomig.picture.model import Leg


@dataclass(frozen=True, slots=True)
class Entry:
    """One legend row: a swatch (point, line or area) in a style, and its label."""

    kind: str
    color: str
    fill: str
    dash: str
    label: str
    layer: str = ""         # the layer key it stands for
    ring: tuple[str, ...] = ()  # a place of several roles: its arcs' colours, strongest role first


def entries(items: Iterable[Item], styles: Styles, *, audited: bool = False,
            hidden: Iterable[str] = (), leg_shown: Callable[[Leg], bool] = lambda leg: True,
            shared: Mapping[int, tuple[Item, ...]] | None = None) -> list[Entry]:
    """Entries in layer order, one per distinct style drawn; `hidden` layers, and legs for which
    `leg_shown` says no (too short to see), are left out. Each entry says its layer. A place of
    two roles or more (`shared`, features.shared_places) adds a row for its ring, drawn in the
    colours of the first such place's roles."""
    skip = set(hidden)
    order = {layer.key: i for i, layer in enumerate(styles.layers)}
    out: list[Entry] = []
    seen: set[str] = set()

    layer = ""

    def add(key: str, kind: str, s: dict) -> None:
        if key not in seen:
            seen.add(key)
            out.append(Entry(kind, s["color"], s.get("fill", ""), s.get("dash", ""), s["label"], layer))

    for it in sorted(items, key=lambda i: (order.get(i.layer, len(order)), i.index)):
        if it.layer in skip:
            continue
        layer = it.layer
        family, _, value = it.style.partition(":")
        if it.kind == "line" and it.legs:
            for leg in filter(leg_shown, it.legs):
                add(f"leg:{styles.leg_key(leg.mode)}", "line", styles.leg(leg.mode))
        elif family == "control":
            # One row per control type, drawn as an area or (too small to see) as a marker.
            add(it.style, "point" if it.kind == "point" else "area", styles.control(value))
        elif it.kind == "area":
            # A role drawn as an area (southern Libya as transit) gets its own row.
            s = styles.role(value)
            add(f"{it.kind}:{it.style}", "area", {**s, "label": f"{s['label']} (area)"})
        else:
            add(f"{it.kind}:{it.style}", it.kind, styles.role(value))
    several = _several(shared or {}, styles, skip)
    if several:
        out.append(several)
    if audited and "audit" not in skip:
        a = styles.section("audit")
        out.append(Entry("ring", a["color"], "", a["dash"], a["label_chosen"], "audit"))
        out.append(Entry("point", a["alternative"], a["alternative"], "", a["label_alternative"], "audit"))
    return out


def _several(shared: Mapping[int, tuple[Item, ...]], styles: Styles, skip: set[str]) -> Entry | None:
    """The row of places of several roles: the first such place's ring (its roles in layers
    drawn) round its strongest role's dot; None when no place shows two roles."""
    for group in shared.values():
        shown = [it for it in group if it.layer not in skip]
        colours = tuple(dict.fromkeys(styles.role(role_of(it))["color"] for it in shown))
        if len(colours) > 1:
            s = styles.role(role_of(shown[0]))
            return Entry("several", s["color"], s["fill"], "", styles.section("several")["label"], ring=colours)
    return None
