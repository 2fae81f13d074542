"""The `geomig` command: a thin layer over the library."""

from __future__ import annotations

from typing import Annotated

import typer

from geomig.commands import audit, batch, evaluate, exit_on_signals, extract, gazetteer, geocode, map

app = typer.Typer(
    help="Geocode migration news offline, extract the migration picture, map and audit it.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)

# Each command module defines register(app); the order is the order of `geomig --help`.
for _module in (geocode, gazetteer, evaluate, audit, map, extract, batch):
    _module.register(app)


def _version(value: bool) -> None:
    if value:
        from geomig import __version__

        typer.echo(f"geomig {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Print the version and exit.")] = False,
) -> None:
    """Geocode migration news offline, extract the migration picture, map and audit it."""


def main() -> None:
    """Entry point of the console script."""
    exit_on_signals()
    app()
