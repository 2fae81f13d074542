"""The `geomig` command: a thin layer over the library."""

from __future__ import annotations

import importlib

import typer

app = typer.Typer(
    help="Geocode migration news offline, extract the migration picture, map and audit it.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)

#: Command modules under geomig.commands; each defines register(app).
COMMANDS = ["geocode", "gazetteer", "evaluate", "audit", "map", "extract"]

for _name in COMMANDS:
    importlib.import_module(f"geomig.commands.{_name}").register(app)


def main() -> None:
    """Entry point of the console script."""
    app()
