"""`geomig map`: texts or a picture GeoJSON to an HTML map, report fragment, PNG/SVG or GeoJSON."""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from geomig.documents import inputs, outputs
from geomig.errors import PictureError
from geomig.commands import cli_errors, geocode_inputs, load_overrides_option, refuse_input_as_output

if TYPE_CHECKING:
    from geomig.picture import Picture

FORMATS = ("html", "fragment", "png", "svg", "geojson")
_SUFFIXES = {".html": "html", ".htm": "html", ".png": "png", ".svg": "svg", ".geojson": "geojson", ".json": "geojson"}
_PICTURE_SUFFIXES = (".geojson", ".json")


def format_for(fmt: str | None, output: str) -> str:
    """The output format: --format, else the output file's suffix."""
    if fmt is None:
        fmt = _SUFFIXES.get(Path(output).suffix.lower()) if output != "-" else "html"
        if fmt is None:
            raise typer.BadParameter(
                f"cannot tell the format from {output!r}; pass --format ({', '.join(FORMATS)})", param_hint="--format")
    if fmt not in FORMATS:
        raise typer.BadParameter(f"{fmt!r}: expected one of {', '.join(FORMATS)}", param_hint="--format")
    return fmt


def _read_picture(path: str) -> Picture:
    """A picture file as a Picture; every failure is one PictureError line naming the file."""
    from geomig.picture import Picture
    from geomig.maps.features import load_picture

    data = load_picture(path)
    try:
        return Picture.from_geojson(data)
    except PictureError as err:
        raise PictureError(f"{path}: {err}") from err


@dataclass(frozen=True, slots=True)
class Inputs:
    """What the command draws: the picture, the audit rows of geocoded texts (None when the
    inputs were pictures only) and how many inputs could not be read (each said why)."""

    picture: dict
    audit: list[dict] | None
    failed: int


def load_inputs(paths: list[str], overrides: Path | None) -> Inputs:
    """Pictures read from .geojson/.json paths and texts geocoded and extracted from the rest.

    A lone picture is drawn as written. Several inputs are merged by the extractor's own
    rules (geomig.picture.merge): the same place, role or zone from several pictures or
    texts becomes one feature listing every source once.
    """
    picture_paths = [p for p in paths if p != "-" and p.lower().endswith(_PICTURE_SUFFIXES)]
    texts = [p for p in paths if p == "-" or not p.lower().endswith(_PICTURE_SUFFIXES)]
    if len(picture_paths) == 1 and not texts:
        from geomig.maps.features import load_picture

        return Inputs(load_picture(picture_paths[0]), None, 0)
    from geomig.picture import extract, merge_pictures

    pictures = [_read_picture(p) for p in picture_paths]
    failed = 0
    audit = None
    if texts:
        from geomig.audit.report import audit_layer_data

        docs, failed = geocode_inputs(texts, overrides=load_overrides_option(overrides))
        if not docs and not pictures:
            raise typer.Exit(1)  # every input failed, each said why
        pictures.append(extract(docs))
        audit = audit_layer_data(docs)
    return Inputs(merge_pictures(pictures).to_geojson(), audit, failed)


def produce(picture: dict, fmt: str, *, offline: bool, title: str | None, audit: list[dict] | None = None) -> bytes:
    """The bytes of the requested output."""
    from geomig import maps as r

    if fmt == "geojson":
        return (json.dumps(picture, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
    if fmt in ("png", "svg"):
        return r.to_image(picture, fmt, title=title)
    m = r.render(picture, title=title, offline=offline, audit=audit)
    if fmt == "fragment":
        return r.fragment(m, title=title or "Map").encode("utf-8")
    return r.to_html(m).encode("utf-8")


def register(app: typer.Typer) -> None:
    """Add the map command."""

    @app.command("map")
    @cli_errors
    def map_cmd(
        paths: Annotated[list[str], typer.Argument(
            help="Text files, directories (their *.txt), - for stdin, or picture .geojson files from `geomig extract`.")],
        output: Annotated[str, typer.Option("-o", "--output", help="Output file (missing directories are made); - for stdout.")],
        fmt: Annotated[str | None, typer.Option("--format", help="html, fragment, png, svg or geojson (default: from -o's suffix).")] = None,
        offline: Annotated[bool, typer.Option("--offline", help="One self-contained HTML: Leaflet inlined, Natural Earth basemap, no network request.")] = False,
        title: Annotated[str | None, typer.Option("--title", help="Map title (default: 'Migration picture').")] = None,
        overrides: Annotated[Path | None, typer.Option("--overrides", help="Overrides file (TOML or YAML) applied when geocoding texts.")] = None,
    ) -> None:
        """Draw the migration picture as a layered Leaflet map, a report fragment or a static image."""
        refuse_input_as_output(output, [*paths, overrides])
        kind = format_for(fmt, output)
        if output == "-" and kind in ("png", "svg") and sys.stdout.isatty():
            raise typer.BadParameter("will not write an image to a terminal; give a file name", param_hint="-o")
        inputs = load_inputs(paths, overrides)
        data = produce(inputs.picture, kind, offline=offline, title=title, audit=inputs.audit)
        if output == "-":
            sys.stdout.buffer.write(data)
            sys.stdout.flush()
        else:
            outputs.write_atomic(output, data)
            n = len(inputs.picture["features"])
            typer.echo(f"Wrote {output} ({kind}, {n} feature{'s' if n != 1 else ''})", err=True)
        if inputs.failed:
            raise typer.Exit(1)

