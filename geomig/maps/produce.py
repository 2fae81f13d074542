"""From inputs to output bytes: what `geomig map` does, as library functions.

    load_inputs(paths) -> Inputs       picture files read, texts geocoded and extracted, merged
    produce(picture, fmt) -> bytes     the HTML page, report fragment, PNG/SVG or GeoJSON

Writing the bytes, and saying what failed, is the caller's job.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the picture loads shapely: the CLI imports this module before it needs that
    from geomig.audit.rows import AuditRow
    from geomig.documents.inputs import Failure
    from geomig.picture.model import Picture

FORMATS = ("html", "fragment", "png", "svg", "geojson")
_PICTURE_SUFFIXES = (".geojson", ".json")


def is_picture_path(path: str) -> bool:
    """A picture file from `geomig extract` (.geojson/.json), not a text to geocode."""
    return path != "-" and path.lower().endswith(_PICTURE_SUFFIXES)


@dataclass(frozen=True, slots=True)
class Inputs:
    """What a map draws: the picture, the Audit layer's rows (None when the inputs were
    pictures only), the inputs that could not be read (each says why) and how many were read."""

    picture: Picture
    audit: tuple[AuditRow, ...] | None
    failures: tuple[Failure, ...]
    read: int


def load_inputs(paths: Sequence[str], **geocode_options) -> Inputs:
    """Pictures read from .geojson/.json paths and texts geocoded and extracted from the rest.

    A lone picture is drawn as written. Several inputs are merged by the extractor's own
    rules (geomig.picture.merge_pictures): the same place, role or zone from several pictures
    or texts becomes one feature listing every source once. `geocode_options` (gazetteer,
    overrides) go to geomig.geocode_paths. A picture file that cannot be read raises PictureError.
    """
    from geomig.picture.model import Picture

    picture_paths = [p for p in paths if is_picture_path(p)]
    texts = [p for p in paths if not is_picture_path(p)]
    if len(picture_paths) == 1 and not texts:
        return Inputs(Picture.load(picture_paths[0]), None, (), 1)
    from geomig.picture import extract, merge_pictures

    pictures = [Picture.load(p) for p in picture_paths]
    failures: list[Failure] = []
    audit = None
    if texts:
        from geomig.audit.report import audit, audit_layer_rows
        from geomig.documents.inputs import Failure
        from geomig.geoparse.geocode import geocode_paths

        docs = []
        for item in geocode_paths(texts, **geocode_options):
            (failures if isinstance(item, Failure) else docs).append(item)
        if docs or pictures:
            pictures.append(extract(docs, gazetteer=geocode_options.get("gazetteer")))
            audit = tuple(audit_layer_rows(audit(docs)))
        read = len(picture_paths) + len(docs)
    else:
        read = len(picture_paths)
    picture = merge_pictures(pictures) if pictures else Picture()
    return Inputs(picture, audit, tuple(failures), read)


def produce(picture: Picture, fmt: str, *, offline: bool = False, title: str | None = None,
            audit: Iterable[AuditRow] | None = None, bounds: tuple[float, float, float, float] | None = None,
            tiles: Any = None) -> bytes:
    """The bytes of one output format (see FORMATS) of a picture."""
    from geomig.maps import fragment, render, to_html, to_image

    if fmt == "geojson":
        return (json.dumps(picture.to_geojson(), ensure_ascii=False, indent=1) + "\n").encode("utf-8")
    if fmt in ("png", "svg"):
        return to_image(picture, fmt, title=title, bounds=bounds)
    if fmt not in ("html", "fragment"):
        from geomig.errors import RenderError

        raise RenderError(f"{fmt!r} is not a map format; expected one of {', '.join(FORMATS)}")
    m = render(picture, title=title, offline=offline, audit=audit, bounds=bounds, tiles=tiles)
    if fmt == "fragment":
        from geomig.maps.styles import default

        # The frame's title is what a screen reader announces in the host page: the map's own.
        return fragment(m, title=title or default().map["title"]).encode("utf-8")
    return to_html(m).encode("utf-8")
