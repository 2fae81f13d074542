"""`geomig geocode`: every place the texts name, as JSONL, JSON, CSV or GeoJSON.

The command is declared for typer in register(). A plain command line (files, and options
each given once with a value) also runs without typer (run_plain, called by geomig/cli.py):
that is most runs of the command, and typer with the pydantic it checks options with would
cost about as much CPU as geocoding a report. The work is the same function either way.
"""

import itertools
import os
import re
import sys
from pathlib import Path
from typing import Annotated, Optional

from geomig.commands import (cli_errors, echo_error, error_line, load_overrides_option, open_gazetteer,
                             output_format, refuse_input_as_output, usage_error)
from geomig.documents import inputs, outputs
from geomig.errors import GeomigError
from geomig.geoparse.geocode import geocode_paths


def _key_value(option: str) -> tuple[str, str]:
    key, sep, value = option.partition("=")
    if not sep or not key:
        raise usage_error(f"{option!r}: expected KEY=VALUE", "--resolver-option")
    return key, value


def report_failures(failures: list[inputs.Failure]) -> None:
    """One line per bad input on stderr; exit 1 once the good ones are written."""
    for f in failures:
        echo_error(f"Error: {error_line(f.reason)}")
    if failures:
        import typer

        raise typer.Exit(1)


def check_options(paths: list[str], format: str | None = None, output: str | None = None,
                  resolver: str = "local", resolver_option: list[str] | None = None,
                  overrides: Path | None = None, jobs: int = 1, dask: str | None = None) -> str:
    """The usage errors of a command line, before any work; returns the format to write."""
    refuse_input_as_output(output, [*paths, overrides])
    format = output_format(format, output, formats=outputs.FORMATS,
                           suffixes={f".{f}": f for f in outputs.FORMATS}, default="jsonl")
    if resolver == "local" and resolver_option:
        raise usage_error("the local resolver takes no options; --resolver-option is for an online "
                          "resolver (--resolver nominatim, geonames...)", "--resolver-option")
    if resolver != "local" and (jobs > 1 or dask):
        # Online services limit how fast they may be asked (Nominatim: once a second).
        raise usage_error("an online resolver runs in one process; drop --jobs/--dask", "--resolver")
    return format


@cli_errors
def geocode(paths: list[str], format: str | None = None, output: str | None = None, resolver: str = "local",
            resolver_option: list[str] | None = None, overrides: Path | None = None, jobs: int = 1,
            dask: str | None = None) -> None:
    """The command: its options checked, the texts geocoded and written."""
    format = check_options(paths, format, output, resolver, resolver_option, overrides, jobs, dask)
    if output in (None, "-") and sys.stdout is None:  # `geomig geocode a.txt >&-`: say so, not a traceback
        raise GeomigError("standard output is closed; give -o FILE")
    gazetteer = open_gazetteer()
    kwargs = {"gazetteer": gazetteer, "overrides": load_overrides_option(overrides, gazetteer)}
    if resolver != "local":
        from geomig.geoparse.geocoders import get_resolver  # geopy and its HTTP stack: only when online

        options = dict(_key_value(o) for o in resolver_option or ())
        kwargs["resolver"] = get_resolver(resolver, gazetteer, **options)
    failures: list[inputs.Failure] = []

    def documents():
        if jobs > 1 or dask:
            from geomig.geoparse.batch import geocode_many

            items = geocode_many(paths, jobs=jobs, dask=dask, **kwargs)
        else:
            items = geocode_paths(paths, **kwargs)
        for item in items:
            if isinstance(item, inputs.Failure):
                failures.append(item)
            else:
                yield item

    docs = documents()
    first = next(docs, None)
    if first is None:  # every input failed: no output file, as `map` and `extract` write none
        report_failures(failures)
    chunks = outputs.render(itertools.chain([first] if first is not None else [], docs), format)
    if output in (None, "-"):
        for chunk in chunks:
            sys.stdout.write(chunk)
        sys.stdout.flush()
    else:
        outputs.write_atomic(output, chunks)
    report_failures(failures)


def register(app) -> None:
    """Add the command to a typer app (typer is imported here, when typer runs)."""
    import typer

    @app.command("geocode")
    def geocode_command(
        paths: Annotated[list[str], typer.Argument(help="Text files, directories (their *.txt, recursively) or '-' for stdin.")],
        format: Annotated[Optional[str], typer.Option("--format", "-f", help="jsonl, json, csv or geojson (default: from -o's suffix, else jsonl).")] = None,
        output: Annotated[Optional[str], typer.Option("--output", "-o", help="Write here instead of stdout ('-' is stdout).")] = None,
        resolver: Annotated[str, typer.Option(help="'local' (offline) or a geopy service such as 'nominatim' (online).")] = "local",
        resolver_option: Annotated[Optional[list[str]], typer.Option(help="An option of the online resolver, KEY=VALUE (e.g. username=NAME for geonames).")] = None,
        overrides: Annotated[Optional[Path], typer.Option(help="Corrections file (TOML or YAML).")] = None,
        jobs: Annotated[int, typer.Option(min=1, help="Worker processes; 1 runs in this process.")] = 1,
        dask: Annotated[Optional[str], typer.Option(help="Run on Dask: 'local' or a scheduler address.")] = None,
    ) -> None:
        """Recognise and resolve every place the texts name, offline."""
        geocode(paths, format, output, resolver, resolver_option, overrides, jobs, dask)


# -- the quick start ---------------------------------------------------------------------

#: The options as run_plain reads them: flag -> (parameter, whether it may repeat). The
#: same as register()'s (tests/test_cli_startup.py compares them).
PLAIN_OPTIONS = {
    "--format": ("format", False), "-f": ("format", False),
    "--output": ("output", False), "-o": ("output", False),
    "--resolver": ("resolver", False),
    "--resolver-option": ("resolver_option", True),
    "--overrides": ("overrides", False),
    "--jobs": ("jobs", False),
    "--dask": ("dask", False),
}


def plain_arguments(args: list[str]) -> dict | None:
    """The parameters of `geomig geocode ARGS` when ARGS are plain: at least one input
    (a file, a directory or '-'), options from PLAIN_OPTIONS as `--flag VALUE` or
    `--flag=VALUE`, each once (but --resolver-option), a value not starting with '-' (but
    '-' itself) and --jobs a whole number from 1. None otherwise (--help, '--', a
    misspelt flag, '-ofile', an empty value...): typer reads those, with its messages."""
    if any(k.startswith("_") and k.endswith("_COMPLETE") for k in os.environ):
        return None  # a shell's completion request, which click answers
    params: dict = {"paths": []}
    rest = iter(args)
    for arg in rest:
        if arg == "-" or arg and not arg.startswith("-"):
            params["paths"].append(arg)
            continue
        flag, eq, value = arg.partition("=") if arg.startswith("--") else (arg, "", "")
        if flag not in PLAIN_OPTIONS:
            return None
        name, repeats = PLAIN_OPTIONS[flag]
        if not eq:
            value = next(rest, "")
        if not value or value.startswith("-") and value != "-" or name in params and not repeats:
            return None
        if repeats:
            params.setdefault(name, []).append(value)
        else:
            params[name] = value
    if not params["paths"] or not re.fullmatch(r"[1-9][0-9]{0,5}", params.get("jobs", "1")):
        return None
    params["jobs"] = int(params.get("jobs", "1"))
    if "overrides" in params:
        params["overrides"] = Path(params["overrides"])
    return params


def run_plain(args: list[str]) -> None:
    """Run `geomig geocode ARGS` without typer and exit as typer would, when the arguments
    are plain and make no usage error; otherwise return (typer then reads them, and says
    what is wrong as it always does)."""
    params = plain_arguments(args)
    if params is None:
        return
    try:
        check_options(**params)
        for option in params.get("resolver_option", ()):
            _key_value(option)  # (which the command checks later, once the gazetteer is open)
    except Exception:  # a usage error: typer will find it again, and report it
        return
    try:
        geocode(**params)
    except KeyboardInterrupt:
        sys.exit(130)  # what typer does (click's main turns it into Exit(130))
    except Exception as err:
        import typer

        if isinstance(err, typer.Exit):  # cli_errors' and report_failures' exit code
            sys.exit(err.exit_code)
        raise
    sys.exit(0)
