"""Legend entries for what a map draws, shared by the HTML and the static renderers."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from geomig.maps.features import Item
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


def entries(items: Iterable[Item], styles: Styles, *, audited: bool = False,
            hidden: Iterable[str] = (), leg_shown: Callable[[Leg], bool] = lambda leg: True) -> list[Entry]:
    """Entries in layer order, one per distinct style drawn; `hidden` layers, and legs for which
    `leg_shown` says no (too short to see), are left out. Each entry says its layer."""
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
    if audited and "audit" not in skip:
        a = styles.section("audit")
        out.append(Entry("ring", a["color"], "", a["dash"], a["label_chosen"], "audit"))
        out.append(Entry("point", a["alternative"], a["alternative"], "", a["label_alternative"], "audit"))
    return out
