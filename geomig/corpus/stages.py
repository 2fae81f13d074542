"""Every call the corpus runner makes into the rest of geomig, in one place.

geocode -> read (claims of one document) -> assemble (the corpus picture) -> map: the corpus code goes through these
few functions only, so a change of shape in the library is adapted here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import folium

    from geomig.models import GeocodedDocument
    from geomig.picture import Picture, Reading


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


def assemble(readings: list[Reading]) -> Picture:
    """The picture of every document read, in input order: the same as extract() of the
    whole corpus at once, whatever the partitions."""
    from geomig.gazetteer.index import Gazetteer
    from geomig.picture import assemble as assemble_readings

    return assemble_readings(readings, gazetteer=Gazetteer.default())


def render(picture: Picture, *, title: str | None, offline: bool) -> folium.Map:
    """The layered map of a picture."""
    from geomig import maps

    return maps.render(picture, title=title, offline=offline)


def to_html(m: folium.Map) -> str:
    """The map as one HTML page."""
    from geomig import maps

    return maps.to_html(m)
