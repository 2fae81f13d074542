"""geomig: read news reports about migration and turn them into maps people can trust.

    >>> import geomig
    >>> [m.name for m in geomig.geocode("Boats left Sabratha for Lampedusa.")]  # doctest: +SKIP
    ['Şabrātah', 'Lampedusa']
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from geomig.errors import GeomigError
from geomig.geoparse.geocode import geocode, geocode_document, geocode_paths
from geomig.models import Candidate, Document, GeocodedDocument, Mention, Place

try:
    __version__ = version("geomig")
except PackageNotFoundError:  # running from a source tree
    __version__ = "0.0.0"


def __getattr__(name: str):
    # The heavy stages (shapely, folium, geopandas) load only when asked for.
    if name == "extract":
        from geomig.picture import extract

        return extract
    if name == "render":
        from geomig.maps import render

        return render
    if name == "Gazetteer":
        from geomig.gazetteer.index import Gazetteer

        return Gazetteer
    if name == "LocalGazetteer":
        from geomig.geoparse.geocoders import LocalGazetteer

        return LocalGazetteer
    raise AttributeError(f"module 'geomig' has no attribute {name!r}")


__all__ = [
    "Candidate", "Document", "GeocodedDocument", "GeomigError", "Mention", "Place",
    "geocode", "geocode_document", "geocode_paths", "__version__",
]
