"""`geomig extract`: texts to the migration picture, a GeoJSON FeatureCollection."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from geomig.documents import outputs
from geomig.commands import cli_errors, geocode_inputs, load_overrides_option, open_gazetteer, refuse_input_as_output


def register(app: typer.Typer) -> None:
    """Add the extract command."""

    @app.command("extract")
    @cli_errors
    def extract_cmd(
        paths: Annotated[list[str], typer.Argument(
            help="Text files, directories (their *.txt, recursively) or - for stdin.")],
        output: Annotated[str, typer.Option(
            "-o", "--output", help="Picture GeoJSON file (missing directories are made); - for stdout.")] = "-",
        overrides: Annotated[Path | None, typer.Option(
            "--overrides", help="Overrides file (TOML or YAML) applied when geocoding.")] = None,
        indent: Annotated[int | None, typer.Option(
            "--indent", min=0, help="Indent the JSON by this many spaces (default: compact).")] = None,
    ) -> None:
        """Extract the migration picture as GeoJSON, each feature with its supporting sentences.

        Launch points, destinations, transit, origins, routes and control zones."""
        refuse_input_as_output(output, [*paths, overrides])
        if output != "-" and Path(output).suffix.lower() not in (".geojson", ".json"):
            raise typer.BadParameter(f"{output!r}: a picture is GeoJSON; name it .geojson or .json",
                                     param_hint="-o")
        from geomig.picture import extract

        gazetteer = open_gazetteer()
        docs, failed = geocode_inputs(paths, gazetteer=gazetteer,
                                      overrides=load_overrides_option(overrides, gazetteer))
        if not docs and failed:
            raise typer.Exit(1)
        picture = extract(docs, gazetteer=gazetteer)
        data = (picture.dumps(indent=indent) + "\n").encode("utf-8")
        if output == "-":
            sys.stdout.buffer.write(data)
            sys.stdout.flush()
        else:
            outputs.write_atomic(Path(output), data)
            counts = ", ".join(f"{n} {role}" for role, n in _counts(picture).items())
            typer.echo(f"Wrote {output} ({len(picture.features)} features: {counts or 'none'})", err=True)
        if failed:
            raise typer.Exit(1)


def _counts(picture) -> dict[str, int]:
    out: dict[str, int] = {}
    for f in picture.features:
        out[f.role] = out.get(f.role, 0) + 1
    return out


