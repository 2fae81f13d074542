"""Every call the corpus runner makes into the rest of geomig, in one place.

geocode -> picture of one document -> merge -> map: the corpus code goes through these
few functions only, so a change of shape in the library is adapted here.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import folium

    from geomig.models import GeocodedDocument
    from geomig.picture import Picture


def geocode(doc_id: str, text: str) -> GeocodedDocument:
    """Geocode one text against the process's gazetteer (loaded once, then cached)."""
    from geomig.gazetteer.index import Gazetteer
    from geomig.geoparse.geocode import geocode_document
    from geomig.models import Document

    return geocode_document(Document(doc_id, text), gazetteer=Gazetteer.default())


def document_json(doc: GeocodedDocument) -> dict:
    """The JSONL contract's object of a geocoded document."""
    return doc.to_dict()


def mention_rows(doc: GeocodedDocument) -> list[dict]:
    """One flat row per mention (for the GeoParquet of geocodes)."""
    return [m.to_dict() for m in doc.mentions]


def partition_picture(docs: list[GeocodedDocument]) -> dict:
    """The migration picture of a few documents, as its GeoJSON."""
    from geomig.picture import extract

    return extract(docs).to_geojson()


def merge(pictures: Iterable[Picture]) -> Picture:
    """Partition pictures merged into the corpus picture."""
    from geomig.picture import Picture, merge_pictures

    pics = list(pictures)
    return merge_pictures(pics) if pics else Picture()


def picture_from(data: dict) -> Picture:
    """A Picture from its GeoJSON."""
    from geomig.picture import Picture

    return Picture.from_geojson(data)


def render(picture: Picture, *, title: str | None, offline: bool) -> folium.Map:
    """The layered map of a picture."""
    from geomig import maps

    return maps.render(picture, title=title, offline=offline)


def to_html(m: folium.Map) -> str:
    """The map as one HTML page."""
    from geomig import maps

    return maps.to_html(m)


def geodataframe(picture: Picture) -> Any:
    """The picture as a GeoDataFrame (EPSG:4326)."""
    return picture.to_geodataframe()
