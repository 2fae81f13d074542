"""CLI commands, one module per command group; each exposes register(app), and root.py
holds the typer app they are added to.

The commands are thin: they parse options, call the library and write files. typer is
imported where a helper reports something, not here: `geomig geocode` runs without it
(geomig/cli.py).
"""

from __future__ import annotations

import functools
import os
import re
import stat
import sys
import warnings
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from geomig.errors import GeomigError, InputWarning

if TYPE_CHECKING:
    from geomig.gazetteer.index import Gazetteer
    from geomig.geoparse.overrides import Overrides
    from geomig.models import GeocodedDocument

F = TypeVar("F", bound=Callable)

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


_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
#: Characters a message must not print raw: C0 and C1 controls, line and paragraph
#: separators, and the bidirectional controls that can make a file name read backwards.
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def error_line(message: str) -> str:
    """A message as one printable line: control characters (a newline or a CR in a file
    name, an escape sequence) are shown escaped, as Python writes them in a string."""
    return _UNPRINTABLE.sub(lambda m: _ESCAPES.get(m.group(), m.group().encode("unicode_escape").decode("ascii")),
                            message)


def exit_on_signals() -> None:
    """SIGTERM and SIGHUP end the command like Ctrl-C does, by an exception, so the
    temporary file of an output or of a gazetteer build is removed on the way out
    (the default action ends the process where it stands and leaves it behind)."""
    import signal

    def stop(signum, frame):
        raise SystemExit(128 + signum)

    for name in ("SIGTERM", "SIGHUP"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), stop)


def cli_errors(fn: F) -> F:
    """Turn a GeomigError into one 'Error: ...' line on stderr and exit code 1."""

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("always", InputWarning)  # one line per file, every time
                warnings.showwarning = _warning_line
                return fn(*args, **kwargs)
        except GeomigError as err:
            import typer

            echo_error(f"Error: {error_line(str(err) or type(err).__name__)}")
            raise typer.Exit(1) from None
        except BrokenPipeError:
            import typer

            sys.stderr.close()
            raise typer.Exit(1) from None

    return wrapper  # type: ignore[return-value]


def _warning_line(message, category, filename, lineno, file=None, line=None) -> None:
    """An InputWarning as one 'Warning: ...' line on stderr (others as Python shows them)."""
    if issubclass(category, InputWarning):
        echo_error(f"Warning: {error_line(str(message))}")
    else:
        sys.stderr.write(warnings.formatwarning(message, category, filename, lineno, line))


def echo_error(message: str) -> None:
    """A line on stderr, as typer writes it."""
    import typer

    typer.echo(message, err=True)


def usage_error(message: str, param_hint: str) -> Exception:
    """The usage error (exit 2) typer reports of an option or argument."""
    import typer

    return typer.BadParameter(message, param_hint=param_hint)


def open_gazetteer() -> Gazetteer:
    """The shared gazetteer; the first run builds its index, saying so on stderr."""
    from geomig.gazetteer.index import Gazetteer, ensure_built

    ensure_built(progress=echo_error)
    return Gazetteer.default()


def refuse_input_as_output(output: str | Path | None, inputs: list[str | Path | None], *,
                           param_hint: str = "-o") -> None:
    """A usage error (exit 2), before any work, when the output file is one of the inputs
    (the same file by any name: a symlink, a hard link, ./a.txt for a.txt, a .txt inside an
    input directory): the atomic write would replace the input with its own results."""
    if output is None or str(output) == "-":
        return
    try:
        out = os.stat(output)
    except OSError:
        return  # a new file is no input; an unwritable one fails later with its own message
    if not stat.S_ISREG(out.st_mode):
        return  # /dev/stdout, a pipe: written through, never replaced
    for raw in inputs:
        if raw is None or str(raw) == "-":
            continue
        path = Path(raw)
        try:
            files = path.rglob("*.txt") if path.is_dir() else [path]
            for f in files:
                st = f.stat()
                if (st.st_dev, st.st_ino) == (out.st_dev, out.st_ino):
                    raise usage_error(
                        f"{error_line(str(output))} is the input {error_line(str(f))}; writing the output "
                        "there would replace it. Choose another output file.", param_hint)
        except OSError:
            continue  # an unreadable input is reported when it is read


#: Said on stderr whenever an online map is written: with no network such a page is blank
#: (the page itself says so too, in geomig.js), and nothing else would tell the user beforehand.
ONLINE_MAP_NOTE = ("Note: {name} loads Leaflet and its basemap from the web; "
                   "give --offline for a page that works without the network")


def online_map_note(name: str | Path) -> None:
    """Tell the user that the map just written needs the network to show."""
    echo_error(error_line(ONLINE_MAP_NOTE.format(name=name)))


def output_format(fmt: str | None, output: str | Path | None, *, formats: Sequence[str],
                  suffixes: Mapping[str, str], default: str) -> str:
    """The format to write: --format, else the one -o's suffix names, else `default` (no
    -o, or stdout). A suffix that names no format is a usage error rather than a guess.

    `suffixes` may hold a double suffix (".fragment.html"): the longest one a name ends with wins."""
    if fmt is None:
        if output is None or str(output) == "-":
            fmt = default
        else:
            name = Path(output).name.lower()
            suffix = Path(output).suffix
            fmt = next((suffixes[s] for s in sorted(suffixes, key=len, reverse=True)
                        if name.endswith(s.lower()) and len(name) > len(s)), None)
            if fmt is None:
                what = f"the suffix {suffix!r}" if suffix else "a name without a suffix"
                known = list(suffixes)
                raise usage_error(
                    f"{error_line(str(output))}: cannot tell the format from {what}; use "
                    f"{', '.join(known[:-1])} or {known[-1]}, or give --format", "-o/--output")
    if fmt not in formats:
        raise usage_error(f"{fmt!r}: expected one of {', '.join(formats)}", "--format")
    return fmt


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

    if kwargs.get("gazetteer") is None:  # open it once, not again when the caller has
        kwargs["gazetteer"] = open_gazetteer()
    docs, failed = [], 0
    for item in geocode_paths(paths, **kwargs):
        if isinstance(item, Failure):
            failed += 1
            echo_error(f"Error: {error_line(item.reason)}")
        else:
            docs.append(item)
    return docs, failed
