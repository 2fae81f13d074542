"""geomig: read news reports about migration and turn them into maps people can trust.

    >>> import geomig
    >>> [m.name for m in geomig.geocode("Boats left Sabratha for Lampedusa.")]  # doctest: +SKIP
    ['Şabrātah', 'Lampedusa']
"""

from __future__ import annotations

from geomig.errors import GeomigError
from geomig.models import Candidate, Document, GeocodedDocument, Mention, Place

#: The public names that load on first use, and the module each comes from: `import
#: geomig` (which every `geomig.x` import runs) stays cheap, and the heavy stages
#: (shapely, folium, geopandas) load only when asked for.
_LAZY = {
    "geocode": "geomig.geoparse.geocode",
    "geocode_document": "geomig.geoparse.geocode",
    "geocode_paths": "geomig.geoparse.geocode",
    "extract": "geomig.picture",
    "render": "geomig.maps",
    "Gazetteer": "geomig.gazetteer.index",
    "LocalGazetteer": "geomig.geoparse.geocoders",
}


def _version() -> str:
    # importlib.metadata costs tens of milliseconds to import: only for --version.
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("geomig")
    except PackageNotFoundError:  # running from a source tree
        return "0.0.0"


def __getattr__(name: str):
    if name == "__version__":
        value = _version()
    elif name in _LAZY:
        import importlib

        value = getattr(importlib.import_module(_LAZY[name]), name)
    else:
        raise AttributeError(f"module 'geomig' has no attribute {name!r}")
    globals()[name] = value  # looked up once
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY) | {"__version__"})


__all__ = [
    "Candidate", "Document", "GeocodedDocument", "GeomigError", "Mention", "Place",
    "geocode", "geocode_document", "geocode_paths", "__version__",
]
