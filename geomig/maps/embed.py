"""A map snippet to paste into a report page.

The whole map page goes into an <iframe srcdoc>: its scripts, styles and element ids live in
their own document, so they cannot clash with the host page's or with a second map beside it,
and the sandbox keeps the map's script away from the host page.
"""

from __future__ import annotations

from html import escape
from typing import Any

from geomig.maps.styles import default


def fragment(m: Any, *, title: str = "Map", height: int | None = None) -> str:
    """An <iframe srcdoc> holding the map page (`m` a folium.Map or the page's HTML text)."""
    from geomig.maps.html import to_html

    page = m if isinstance(m, str) else to_html(m)
    h = int(height or default().map["height_px"])
    return (
        '<div class="geomig-fragment" style="width:100%;margin:1em 0">'
        f'<iframe title="{escape(title, quote=True)}" srcdoc="{escape(page, quote=True)}" '
        f'style="width:100%;height:{h}px;border:1px solid #ccc;border-radius:4px" '
        # allow-popups: GeoNames links open in a new tab; no allow-same-origin, so the map's
        # script cannot reach the host page.
        'sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox" '
        'allow="fullscreen" allowfullscreen loading="lazy"></iframe></div>\n'
    )
