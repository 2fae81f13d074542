"""CLI commands, one module per command group; each exposes register(app).

The commands are thin: they parse options, call the library and write files.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from typing import TypeVar

import typer

from ..errors import GeomigError

F = TypeVar("F", bound=Callable)


def cli_errors(fn: F) -> F:
    """Turn a GeomigError into one 'Error: ...' line on stderr and exit code 1."""

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except GeomigError as err:
            message = str(err).splitlines()[0] if str(err) else type(err).__name__
            typer.echo(f"Error: {message}", err=True)
            raise typer.Exit(1) from None
        except BrokenPipeError:
            sys.stderr.close()
            raise typer.Exit(1) from None

    return wrapper  # type: ignore[return-value]
