"""Maps of a migration picture: interactive Leaflet HTML, report fragments and static images.

    render(picture) -> folium.Map        layered map (displays in Jupyter)
    to_html(map) -> str                  the page; fragment(map) -> str an <iframe srcdoc> snippet
    to_image(picture, "png"|"svg") -> bytes   static map drawn with geopandas/matplotlib

`picture` is a GeoJSON FeatureCollection (issue 4's contract), its JSON text, or any object with
`.to_geojson()`. Nothing here writes files: the caller (the CLI) does.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any


if TYPE_CHECKING:  # folium is slow to import; load it only when a map is drawn
    import folium


def render(
    picture: Any,
    *,
    title: str | None = None,
    offline: bool = False,
    gazetteer: str | None = None,
    generated: datetime | None = None,
    audit: Any = None,
) -> folium.Map:
    """Draw a picture as a layered Leaflet map.

    `offline=True` inlines Leaflet from installed packages and draws a Natural Earth basemap
    instead of OpenStreetMap tiles. `gazetteer` (version) and `generated` (time) override the
    provenance footer's values; SOURCE_DATE_EPOCH also fixes the time. `audit` (rows from
    geomig.audit.report.audit_layer_data) feeds the Audit layer; without it the layer shows the
    picture's low-confidence places that carry `alternatives`.
    """
    from geomig.maps.html import render_map

    return render_map(picture, title=title, offline_page=offline, gazetteer=gazetteer, generated=generated,
                      audit=audit)


def to_html(m: folium.Map) -> str:
    """The map as one complete HTML page."""
    from geomig.maps.html import to_html as _to_html

    return _to_html(m)


def fragment(m: folium.Map, *, title: str = "Map", height: int | None = None) -> str:
    """A snippet for a report page: the map isolated in an <iframe srcdoc>."""
    from geomig.maps.embed import fragment as _fragment

    return _fragment(m, title=title, height=height)


def to_image(picture: Any, fmt: str = "png", *, title: str | None = None,
             gazetteer: str | None = None, generated: datetime | None = None) -> bytes:
    """A static map (png or svg bytes) with the same layers, colours, legend and attribution."""
    from geomig.maps.static import to_image as _to_image

    return _to_image(picture, fmt, title=title, gazetteer=gazetteer, generated=generated)


__all__ = ["fragment", "render", "to_html", "to_image"]
