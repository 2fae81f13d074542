"""The typer application of the `geomig` command (geomig/cli.py starts it): the root
group, whose commands are built when they run, usage errors on one line, --version."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Iterator, Mapping
from typing import Annotated

import typer
import typer.core
import typer.main

from geomig.commands import COMMANDS


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


#: click's ClickException, whichever click typer runs on (its own copy since typer 0.16).
_CLICK_ERROR = next(c for c in typer.BadParameter.__mro__ if c.__name__ == "ClickException")


class _LazyGroup(typer.core.TyperGroup):
    """The root group, whose commands are built on demand (see COMMANDS)."""

    def __init__(self, **attrs) -> None:
        super().__init__(**attrs)
        self.commands = _Commands()

    def main(self, args=None, prog_name=None, complete_var=None, standalone_mode=True, **extra):
        """Run the command; a usage error is one plain 'Error: ...' line like every other
        error (typer would draw it in a box, which breaks in a log), and exits 2."""
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        try:
            code = super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        except _CLICK_ERROR as err:
            if type(err).__name__ == "NoArgsIsHelpError":
                err.show()  # `geomig` alone: the help (already printed by rich when it has it)
            else:
                typer.echo(f"Error: {usage_message(err)}", err=True)
            sys.exit(err.exit_code)
        except typer.Abort:
            typer.echo("Aborted.", err=True)
            sys.exit(1)
        # Without standalone mode typer returns an Exit's code (or the command's None).
        sys.exit(code if isinstance(code, int) else 0)


def usage_message(err: Exception) -> str:
    """A usage error's message on one printable line, with where to find the usage."""
    from geomig.commands import error_line

    message = " ".join(err.format_message().split()).removesuffix(".")
    ctx = getattr(err, "ctx", None)
    where = f" (see '{ctx.command_path} --help')" if ctx is not None else ""
    return error_line(message) + where


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

