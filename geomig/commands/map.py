"""`geomig map`: texts or a picture GeoJSON to an HTML map, report fragment, PNG/SVG or GeoJSON."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from geomig.commands import (cli_errors, error_line, load_overrides_option, online_map_note, open_gazetteer,
                             output_format, refuse_input_as_output)
from geomig.errors import PictureError, RenderError

_SUFFIXES = {".fragment.html": "fragment", ".html": "html", ".htm": "html", ".png": "png", ".svg": "svg", ".geojson": "geojson", ".json": "geojson"}


def register(app: typer.Typer) -> None:
    """Add the map command."""

    @app.command("map")
    @cli_errors
    def map_cmd(
        paths: Annotated[list[str], typer.Argument(
            help="Text files, directories (their *.txt), - for stdin, or picture .geojson files from `geomig extract`.")],
        output: Annotated[str, typer.Option("-o", "--output", help="Output file (missing directories are made); - for stdout.")],
        fmt: Annotated[str | None, typer.Option("--format", help="html, fragment, png, svg or geojson (default: from -o's suffix; a name ending .fragment.html is a fragment).")] = None,
        as_fragment: Annotated[bool, typer.Option("--fragment", help="Write a report fragment (an <iframe> snippet to paste into a page): --format fragment.")] = False,
        offline: Annotated[bool, typer.Option("--offline", help="One self-contained HTML: Leaflet inlined, Natural Earth basemap, no network request.")] = False,
        title: Annotated[str | None, typer.Option("--title", help="Map title (default: 'Migration picture').")] = None,
        overrides: Annotated[Path | None, typer.Option("--overrides", help="Overrides file (TOML or YAML) applied when geocoding texts.")] = None,
        bounds: Annotated[str | None, typer.Option("--bounds", help="First view W,S,E,N in degrees (default: fit the launch points, destinations, transit, routes and zones).")] = None,
        tiles: Annotated[str | None, typer.Option("--tiles", help="Online basemap: an xyzservices name (Esri.WorldGrayCanvas, the default; OpenStreetMap.Mapnik, Esri.WorldImagery...) or a URL template with {z}/{x}/{y} and --attribution.")] = None,
        attribution: Annotated[str | None, typer.Option("--attribution", help="The credit a --tiles URL's terms ask for (HTML allowed).")] = None,
    ) -> None:
        """Draw the migration picture as a layered Leaflet map, a report fragment or a static image."""
        # The maps stack (folium, shapely, numpy) loads when a map is drawn, not for every command.
        from geomig.documents import outputs
        from geomig.maps.features import parse_bounds, tells_story
        from geomig.maps.offline import tiles as basemap_tiles
        from geomig.maps.produce import FORMATS, is_picture_path, load_inputs, produce

        refuse_input_as_output(output, [*paths, overrides])
        if as_fragment:
            if fmt not in (None, "fragment"):
                raise typer.BadParameter(f"--fragment writes a fragment, not {fmt}; give one of them", param_hint="--format")
            fmt = "fragment"
        kind = output_format(fmt, output, formats=FORMATS, suffixes=_SUFFIXES, default="html")
        box = None
        if bounds is not None:
            try:
                box = parse_bounds(bounds)
            except PictureError as err:
                raise typer.BadParameter(str(err), param_hint="--bounds") from None
        web = None
        if tiles is not None or attribution is not None:
            if offline:
                raise typer.BadParameter("--offline draws its own basemap; leave out --tiles", param_hint="--tiles")
            try:
                web = basemap_tiles(tiles, attribution)
            except RenderError as err:
                raise typer.BadParameter(str(err), param_hint="--tiles") from None
        if output == "-" and kind in ("png", "svg") and sys.stdout.isatty():
            raise typer.BadParameter("will not write an image to a terminal; give a file name", param_hint="-o")
        options = {}
        if not all(is_picture_path(p) for p in paths):  # texts to geocode: open the gazetteer once
            gazetteer = open_gazetteer()
            options = {"gazetteer": gazetteer, "overrides": load_overrides_option(overrides, gazetteer)}
        inputs = load_inputs(paths, **options)
        for failure in inputs.failures:
            typer.echo(f"Error: {error_line(failure.reason)}", err=True)
        if not inputs.read:
            raise typer.Exit(1)  # every input failed, each said why
        data = produce(inputs.picture, kind, offline=offline, title=title, audit=inputs.audit, bounds=box, tiles=web)
        if output == "-":
            sys.stdout.buffer.write(data)
            sys.stdout.flush()
        else:
            outputs.write_atomic(output, data)
            n = len(inputs.picture.features)
            told = n == 0 or tells_story(inputs.picture.features)
            typer.echo(f"Wrote {output} ({kind}, {n} feature{'s' if n != 1 else ''}"
                       f"{'' if told else '; no migration found, only the places named'})", err=True)
        if kind in ("html", "fragment") and not offline:
            online_map_note(output if output != "-" else "the page")
        if inputs.failures:
            raise typer.Exit(1)

