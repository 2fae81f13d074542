"""Maps of a migration picture: interactive Leaflet HTML, report fragments and static images.

    render(picture) -> folium.Map        layered map (displays in Jupyter)
    to_html(map) -> str                  the page; fragment(map) -> str an <iframe srcdoc> snippet
    to_image(picture, "png"|"svg") -> bytes   static map drawn with geopandas/matplotlib
    produce.load_inputs(paths), produce.produce(picture, fmt)   what `geomig map` does

`picture` is a geomig.picture.Picture (Picture.load reads its file), a GeoDataFrame in its
schema (Picture.to_geodataframe) or its GeoJSON FeatureCollection. Nothing here writes files:
the caller (the CLI) does.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # folium is slow to import; load it only when a map is drawn
    import folium

    from geomig.audit.rows import AuditRow


def render(
    picture: Any,
    *,
    title: str | None = None,
    offline: bool = False,
    gazetteer: str | None = None,
    generated: datetime | None = None,
    audit: Iterable[AuditRow] | None = None,
    bounds: tuple[float, float, float, float] | None = None,
    tiles: Any = None,
    attribution: str | None = None,
) -> folium.Map:
    """Draw a picture as a layered Leaflet map.

    `offline=True` inlines Leaflet from installed packages and draws a Natural Earth basemap
    (1:50m below zoom 5, 1:10m from 5 on) instead of web tiles; online, `tiles` is an xyzservices
    provider name or a URL template (with its `attribution`), by default Esri.WorldGrayCanvas. `gazetteer` (version) and `generated` (time) override the
    provenance footer's values; SOURCE_DATE_EPOCH also fixes the time. `audit` (AuditRows, as
    geomig.audit.report.audit_layer_rows picks them) feeds the Audit layer; without it the layer
    shows the picture's doubtful places, those that carry `alternatives`. The first view fits the
    story (roles, routes, zones: not places merely mentioned), or `bounds` (W, S, E, N) when given.
    """
    from geomig.maps.html import render_map

    return render_map(picture, title=title, offline_page=offline, gazetteer=gazetteer, generated=generated,
                      audit=audit, bounds=bounds, tiles=tiles, attribution=attribution)


def to_html(m: folium.Map) -> str:
    """The map as one complete HTML page."""
    from geomig.maps.html import to_html as _to_html

    return _to_html(m)


def fragment(m: folium.Map, *, title: str = "Map", height: int | None = None) -> str:
    """A snippet for a report page: the map isolated in an <iframe srcdoc>."""
    from geomig.maps.embed import fragment as _fragment

    return _fragment(m, title=title, height=height)


def to_image(picture: Any, fmt: str = "png", *, title: str | None = None,
             gazetteer: str | None = None, generated: datetime | None = None,
             bounds: tuple[float, float, float, float] | None = None) -> bytes:
    """A static map (png or svg bytes) with the same layers, colours, legend and attribution."""
    from geomig.maps.static import to_image as _to_image

    return _to_image(picture, fmt, title=title, gazetteer=gazetteer, generated=generated, bounds=bounds)


__all__ = ["fragment", "render", "to_html", "to_image"]
