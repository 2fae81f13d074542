"""CLI commands, one module per command group; each exposes register(app).

The commands are thin: they parse options, call the library and write files.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

import typer

from geomig.errors import GeomigError

if TYPE_CHECKING:
    from geomig.gazetteer.index import Gazetteer
    from geomig.geoparse.overrides import Overrides
    from geomig.models import GeocodedDocument

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


def open_gazetteer() -> Gazetteer:
    """The shared gazetteer; the first run builds its index, saying so on stderr."""
    from geomig.gazetteer.index import Gazetteer, ensure_built

    ensure_built(progress=lambda message: typer.echo(message, err=True))
    return Gazetteer.default()


def load_overrides_option(path: Path | None, gazetteer: Gazetteer | None = None) -> Overrides | None:
    """The Overrides of an --overrides FILE option, or None."""
    if path is None:
        return None
    from geomig.geoparse.overrides import load_overrides

    return load_overrides(path, gazetteer or open_gazetteer())


def geocode_inputs(paths: list[str], **kwargs) -> tuple[list[GeocodedDocument], int]:
    """Geocode the inputs of a command: each bad one is reported on one `Error:` line and
    skipped; returns the documents and how many inputs failed."""
    from geomig.documents.inputs import Failure
    from geomig.geoparse.geocode import geocode_paths

    kwargs.setdefault("gazetteer", open_gazetteer())
    docs, failed = [], 0
    for item in geocode_paths(paths, **kwargs):
        if isinstance(item, Failure):
            failed += 1
            typer.echo(f"Error: {item.reason}", err=True)
        else:
            docs.append(item)
    return docs, failed
