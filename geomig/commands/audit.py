"""`geomig audit`: every geocoding decision with its flags, and accepting corrections."""

from __future__ import annotations

import io
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from geomig.audit import report as au
from geomig.errors import OverridesError
from geomig.documents.outputs import write_atomic
from geomig.geoparse.overrides import accept_into, load_overrides, parse_choice
from geomig.commands import cli_errors, geocode_inputs, open_gazetteer, output_format, refuse_input_as_output

FORMATS = ("table", "csv", "json", "html")
#: Output suffixes and the format each means (-o without --format).
SUFFIXES = {".csv": "csv", ".json": "json", ".html": "html", ".htm": "html"}
_STYLE = {"high": "green", "mid": "yellow", "low": "red", "fixed": "blue", "none": "dim", "faint": "dim"}


def _table(rows: list[au.AuditRow], limit_alternatives: int = 3) -> Table:
    table = Table(title=f"geomig audit: {len(rows)} mention(s), worst first",
                  caption=f"{au.PLACE_CONFIDENCE}\n{au.ROLE_CONFIDENCE}")
    table.add_column("doc", overflow="fold", max_width=24)
    table.add_column("mention", no_wrap=True)
    table.add_column("place", overflow="fold")
    table.add_column("place conf.", justify="right", no_wrap=True)
    table.add_column("margin", justify="right", no_wrap=True)
    table.add_column("flags", style="red", overflow="fold")
    table.add_column("role, role conf. [rules]", overflow="fold")
    table.add_column("alternatives", overflow="fold")
    table.add_column("evidence", overflow="fold", ratio=1)
    for r in rows:
        place = f"{r.name} ({r.id}{', ' + r.country if r.country else ''})" if r.id else "—"
        alts = "\n".join(f"{a.name} ({a.id}, {a.country or '-'}) {a.score:.2f}"
                         for a in r.alternatives[:limit_alternatives])
        table.add_row(
            Path(r.doc).name, f"{r.text} @{r.start}", Text(place, style=_STYLE[au.confidence_class(r)]),
            f"{r.confidence:.2f}", "" if r.margin is None else f"{r.margin:.2f}",
            ", ".join(r.flags), Text("\n".join(map(str, r.roles))), alts, r.evidence,
        )
    return table


def _render_table(rows: list[au.AuditRow], width: int | None) -> str:
    console = Console(width=width, record=True, file=io.StringIO(), force_terminal=False)
    console.print(_table(rows))
    return console.export_text()


def register(app: typer.Typer) -> None:
    """Add the audit command."""

    @app.command("audit")
    @cli_errors
    def audit_cmd(
        paths: Annotated[list[str], typer.Argument(help="Text files, directories (their *.txt) or - for stdin.")],
        fmt: Annotated[str | None, typer.Option("--format", help="table, csv, json or html (default: from -o's suffix .csv, .json, .html or .htm; else table).")] = None,
        output: Annotated[Path | None, typer.Option("-o", "--output", help="Write to this file instead of stdout.")] = None,
        min_confidence: Annotated[float | None, typer.Option("--min-confidence", min=0.0, max=1.0, help="Flag chosen places below this confidence as low-confidence (default: the picture's low_confidence setting, 0.6).")] = None,
        only_flagged: Annotated[bool, typer.Option("--only-flagged", help="List only mentions that need review.")] = False,
        overrides: Annotated[Path | None, typer.Option("--overrides", help="Overrides file (TOML or YAML) to apply; --accept writes into it.")] = None,
        accept: Annotated[list[str] | None, typer.Option("--accept", help='Write a choice into --overrides before auditing: "SURFACE=ID", "SURFACE=ignore" or "SURFACE=ID@DOC". Repeatable.')] = None,
    ) -> None:
        """Review every place decision: chosen place, place confidence, margin, flags, the roles given (role confidence, rule ids), alternatives, evidence."""
        refuse_input_as_output(output, [*paths, overrides])
        kind = output_format(fmt, output, formats=FORMATS, suffixes=SUFFIXES, default="table")
        if accept and overrides is None:
            raise typer.BadParameter("--accept needs --overrides FILE to write into", param_hint="--accept")
        gazetteer = open_gazetteer()
        loaded = None
        if overrides is not None:
            if accept:
                try:
                    choices = [parse_choice(c) for c in accept]
                except OverridesError as err:
                    raise typer.BadParameter(str(err), param_hint="--accept") from None
                loaded = accept_into(overrides, choices, gazetteer)
                for text, place_id, doc in choices:
                    where = f" in {doc}" if doc else ""
                    typer.echo(f"Accepted: {text!r} -> {place_id}{where} (written to {overrides})", err=True)
            else:
                loaded = load_overrides(overrides, gazetteer)
        docs, failed = geocode_inputs(paths, gazetteer=gazetteer, overrides=loaded, keep_rejected=True)
        if not docs:
            raise typer.Exit(1)  # every input failed: nothing to audit, each said why
        from geomig.picture import extract     # the roles, rule ids and role confidences of each row

        rows = au.audit(docs, min_confidence=min_confidence, picture=extract(docs, gazetteer=gazetteer))
        if only_flagged:
            rows = [r for r in rows if r.needs_review]
        if kind == "table" and output is None:
            # A terminal gets its own width (and colours); a pipe a wide one, so columns stay readable.
            Console(width=None if sys.stdout.isatty() else 200).print(_table(rows))
            text = None
        elif kind == "table":
            text = _render_table(rows, 200)
        elif kind == "html":
            text = au.to_html(docs, rows)
        else:
            text = {"csv": au.to_csv, "json": au.to_json}[kind](rows)
        if output is None:
            if text is not None:
                typer.echo(text, nl=False)
        else:
            write_atomic(output, text.encode("utf-8"))
            typer.echo(f"Wrote {len(rows)} mention(s) to {output}", err=True)
        if failed:
            raise typer.Exit(1)
