"""Every call the corpus runner makes into the rest of geomig, in one place.

geocode -> read (claims of one document) -> assembly (the corpus picture, added to
partition by partition) -> map: the corpus code goes through these few functions only,
so a change of shape in the library is adapted here. prepare(), read_routes() and the
warm_*() functions only do ahead of time what would otherwise be done after the last partition
(cues compiled, documents read for routes, route legs drawn, the basemap's land read, the table's and the map's
libraries imported); they change no output.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import folium

    from geomig.models import GeocodedDocument
    from geomig.picture import Assembly, Picture, Reading


def geocode(doc_id: str, text: str) -> GeocodedDocument:
    """Geocode one text against the process's gazetteer (loaded once, then cached)."""
    from geomig.gazetteer.index import Gazetteer
    from geomig.geoparse.geocode import geocode_document
    from geomig.models import Document

    return geocode_document(Document(doc_id, text), gazetteer=Gazetteer.default())


def read(doc: GeocodedDocument) -> Reading:
    """The claims of one document, with the process's gazetteer and the packaged cues
    (no geometry: that is drawn once, when the corpus is assembled)."""
    from geomig.gazetteer.index import Gazetteer
    from geomig.picture import read as read_documents

    return read_documents([doc], gazetteer=Gazetteer.default())[0]


def prepare() -> None:
    """Compile the packaged cues and read the learned topic check's weights (each cached
    per process) before workers are forked: they inherit them instead of each making its
    own, and the assembly after the last partition finds them made."""
    from geomig.picture import cues, topic

    cues.default()
    topic.default()


def assembly() -> Assembly:
    """An empty corpus picture that partitions' readings are added to as they come
    (geomig.picture.Assembly: places merged then, routes planned at the end), with the
    process's gazetteer, opened when first needed: after workers are forked."""
    from geomig.picture import Assembly

    return Assembly()


def warm_routes(readings: list[Reading], into: Assembly, stop: Callable[[], bool] = lambda: False,
                most_documents: int | None = None) -> bool:
    """Draw the legs of the routes these readings plan, for the assembly `into` to find
    drawn (Assembly.warm_routes; those more than `most_documents` documents tell are only
    planned); whether every route was drawn."""
    return into.warm_routes(readings, stop=stop, most_documents=most_documents)


def read_routes(readings: list[Reading], into: Assembly, stop: Callable[[], bool] = lambda: False) -> bool:
    """Read these readings' documents for their routes, for the assembly `into` to find read
    (Assembly.read_routes: nothing planned or drawn); whether every document was read."""
    return into.read_routes(readings, stop=stop)


def warm_map() -> None:
    """Read the offline basemap's finest land (cached per process), which the map cuts
    coastguard waters to."""
    from shapely.geometry import Point

    from geomig.maps import offline

    offline.land_near(Point(0.0, 0.0))


def warm_imports() -> None:
    """Import the libraries of the picture's table (geopandas, pyarrow's Parquet), which a
    writer forked after the last partition uses, and the map's (folium, its templates):
    imported here while workers run, the writer and the map find them imported instead of
    importing them first (the writer 0.4-0.9 s of its own, which the run's end waited for;
    the map 0.3-0.4 CPU s of the main process's, after the last partition)."""
    import geopandas  # noqa: F401
    import pyarrow.parquet  # noqa: F401

    from geomig.maps import html  # noqa: F401 - folium, branca, jinja2


def render(picture: Picture, *, title: str | None, offline: bool) -> folium.Map:
    """The layered map of a picture."""
    from geomig import maps

    return maps.render(picture, title=title, offline=offline)


def to_html(m: folium.Map) -> str:
    """The map as one HTML page."""
    from geomig import maps

    return maps.to_html(m)
