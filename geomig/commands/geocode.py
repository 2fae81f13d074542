"""`geomig geocode`: every place the texts name, as JSONL, JSON, CSV or GeoJSON."""

from __future__ import annotations

import itertools
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from geomig.commands import (cli_errors, error_line, load_overrides_option, open_gazetteer, output_format,
                             refuse_input_as_output)
from geomig.documents import inputs, outputs
from geomig.geoparse.geocode import geocode_paths


def _key_value(option: str) -> tuple[str, str]:
    key, sep, value = option.partition("=")
    if not sep or not key:
        raise typer.BadParameter(f"{option!r}: expected KEY=VALUE", param_hint="--resolver-option")
    return key, value


def report_failures(failures: list[inputs.Failure]) -> None:
    """One line per bad input on stderr; exit 1 once the good ones are written."""
    for f in failures:
        typer.echo(f"Error: {error_line(f.reason)}", err=True)
    if failures:
        raise typer.Exit(1)


@cli_errors
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
    refuse_input_as_output(output, [*paths, overrides])
    format = output_format(format, output, formats=outputs.FORMATS,
                           suffixes={f".{f}": f for f in outputs.FORMATS}, default="jsonl")
    if resolver == "local" and resolver_option:
        raise typer.BadParameter("the local resolver takes no options; --resolver-option is for an online "
                                 "resolver (--resolver nominatim, geonames...)", param_hint="--resolver-option")
    if resolver != "local" and (jobs > 1 or dask):
        # Online services limit how fast they may be asked (Nominatim: once a second).
        raise typer.BadParameter("an online resolver runs in one process; drop --jobs/--dask",
                                 param_hint="--resolver")
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


def register(app: typer.Typer) -> None:
    app.command("geocode")(geocode_command)
