"""The `geomig` command: a thin layer over the library.

The commands are typer's (geomig/commands/root.py), loaded only when they are needed: typer,
and the pydantic it checks each option with, cost more CPU to import than geocoding a
report does. So `geomig geocode` on plain arguments (files and options each given once
with a value) runs without them (geomig.commands.geocode.run_plain); any other command
line, --help and every usage error included, goes to typer, with its messages.
"""

from __future__ import annotations

import sys


def main() -> None:
    """Entry point of the console script."""
    from geomig.commands import exit_on_signals

    exit_on_signals()
    if sys.argv[1:2] == ["geocode"]:
        from geomig.commands.geocode import run_plain

        run_plain(sys.argv[2:])  # exits once it has run the command; returns if typer must read them
    from geomig.commands.root import app

    app()


def __getattr__(name: str):
    # `from geomig.cli import app`: the typer application, imported on first use.
    if name == "app":
        from geomig.commands.root import app

        return app
    raise AttributeError(f"module 'geomig.cli' has no attribute {name!r}")
