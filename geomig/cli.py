"""The `geomig` command: a thin layer over the library."""

from __future__ import annotations

import importlib
from collections.abc import Iterator, Mapping
from typing import Annotated

import typer
import typer.core
import typer.main

from geomig.commands import exit_on_signals

#: Each command and the module whose register(app) adds it; the order is the order of
#: `geomig --help`. A module is imported only when its command runs (or help lists it):
#: `geomig geocode` never loads the maps, audit or corpus stacks.
COMMANDS = {
    "geocode": "geomig.commands.geocode",
    "evaluate": "geomig.commands.evaluate",
    "audit": "geomig.commands.audit",
    "map": "geomig.commands.map",
    "extract": "geomig.commands.extract",
    "batch": "geomig.commands.batch",
    "gazetteer": "geomig.commands.gazetteer",
}


def _typer(**settings) -> typer.Typer:
    return typer.Typer(
        help="Geocode migration news offline, extract the migration picture, map and audit it.",
        no_args_is_help=True,
        pretty_exceptions_enable=False,
        **settings,
    )


class _Commands(Mapping):
    """The click commands by name, each built the first time it is looked up."""

    def __init__(self) -> None:
        self._built: dict = {}

    def __getitem__(self, name: str):
        if name not in self._built:
            if name not in COMMANDS:
                raise KeyError(name)
            holder = _typer()
            importlib.import_module(COMMANDS[name]).register(holder)
            self._built[name] = typer.main.get_group(holder).commands[name]
        return self._built[name]

    def __iter__(self) -> Iterator[str]:
        return iter(COMMANDS)

    def __len__(self) -> int:
        return len(COMMANDS)


class _LazyGroup(typer.core.TyperGroup):
    """The root group, whose commands are built on demand (see COMMANDS)."""

    def __init__(self, **attrs) -> None:
        super().__init__(**attrs)
        self.commands = _Commands()


app = _typer(cls=_LazyGroup)


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
