"""`geomig audit`: every geocoding decision with its flags, and accepting corrections."""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console, Group
from rich.cells import cell_len
from rich.table import Table
from rich.text import Text

from geomig.audit import report as au
from geomig.errors import OverridesError
from geomig.documents.outputs import write_atomic
from geomig.audit.hints import WHY
from geomig.gazetteer.names import normalize
from geomig.geoparse.overrides import FLAG, IGNORE, PART_OF_NAME, accept_into, doc_matches, load_overrides, parse_choice
from geomig.commands import cli_errors, geocode_inputs, open_gazetteer, output_format, refuse_input_as_output

FORMATS = ("table", "csv", "json", "html")
#: Output suffixes and the format each means (-o without --format).
SUFFIXES = {".csv": "csv", ".json": "json", ".html": "html", ".htm": "html"}
_STYLE = {"high": "green", "mid": "yellow", "low": "red", "fixed": "blue", "none": "dim", "faint": "dim"}


#: Below the table, for a terminal: where every column and every runner-up can be had.
HINT = "All columns and runner-ups: --format csv, or -o audit.html (each text with its places marked)."
#: The widest a block runs on a wide terminal: longer lines are hard to read.
BLOCK_WIDTH = 120
#: The narrowest the audit is laid out for, whatever the terminal or COLUMNS says (COLUMNS=0
#: printed nothing at all): below, the terminal wraps the lines, which reads better than a
#: layout of a few letters a line.
MIN_WIDTH = 40
_ROLES_HEADER = "role, role conf. [rules]"
#: Wrapped columns a terminal's table never gives fewer characters than these (nor than
#: their longest word): below, the terminal gets blocks.
_FLOORS = {"place": 20, _ROLES_HEADER: 20, "alternatives": 20, "evidence": 30}
#: The order wrapped columns take spare characters in, up to their longest line: the place
#: and the runner-ups first, names and ids a few characters short of a line each (split in
#: two, they are hard to read and to copy), then the evidence, prose that wraps well.
_WIDEN = ("place", "alternatives", "evidence", _ROLES_HEADER, "doc")


def _place(r: au.AuditRow) -> str:
    return f"{r.name} ({r.id}{', ' + r.country if r.country else ''})" if r.id else "—"


def _alternatives(r: au.AuditRow, limit: int) -> list[str]:
    # A runner-up that is the chosen place (its municipality, its state) says so: it is no
    # rival, and the margin is measured past it.
    return [f"{a.name} ({a.id}, {a.country or '-'}) {a.score:.2f}" + (" same place" if a.id in r.kin else "")
            for a in r.alternatives[:limit]]


def _table(rows: list[au.AuditRow], limit_alternatives: int = 3, *, hint: bool = False) -> Table:
    caption = f"{au.PLACE_CONFIDENCE}\n{au.ROLE_CONFIDENCE}" + (f"\n{HINT}" if hint else "")
    table = Table(title=f"geomig audit: {len(rows)} mention(s), worst first", caption=caption)
    table.add_column("doc", overflow="fold", max_width=24)
    table.add_column("mention", no_wrap=True)
    table.add_column("place", overflow="fold")
    table.add_column("place conf.", justify="right", no_wrap=True)
    table.add_column("margin", justify="right", no_wrap=True)
    table.add_column("flags", style="red", overflow="fold")
    table.add_column(Text(_ROLES_HEADER), overflow="fold")     # Text: "[rules]" is no markup tag
    table.add_column("alternatives", overflow="fold")
    table.add_column("evidence", overflow="fold", ratio=1)
    for r in rows:
        # Every cell is Text: words from a document or the gazetteer that hold "[...]"
        # must show as written, not be read as rich markup.
        table.add_row(
            Text(Path(r.doc).name), Text(f"{r.text} @{r.start}"),
            Text(_place(r), style=_STYLE[au.confidence_class(r)]),
            f"{r.confidence:.2f}", "" if r.margin is None else f"{r.margin:.2f}",
            Text(", ".join(r.flags)), Text("\n".join(map(str, r.roles))),
            Text("\n".join(_alternatives(r, limit_alternatives))), Text(r.evidence),
        )
    return table


def _hang(text: Text, first: Text, indent: int, width: int) -> list[Text]:
    """`text` wrapped to `width` with a hanging indent: `first` before its first line, spaces
    as wide as `indent` before the others; a word longer than a line is folded; no line ends
    in spaces (a grid would pad each one to the width, and a copy would carry them)."""
    lines = text.wrap(Console(width=width, file=io.StringIO()), max(width - indent, 10), overflow="fold")
    out = []
    for i, line in enumerate(lines):
        line.rstrip()
        out.append(Text.assemble(first if i == 0 else " " * indent, line))
    return out or [first]


def _blocks(rows: list[au.AuditRow], width: int, limit_alternatives: int = 3) -> Group:
    """The audit for a terminal too narrow for the table: a block per mention, its place
    confidence in a left gutter, then mention, place, flags and margin, and beneath them
    roles, evidence and runner-ups with a hanging indent; the document's file name when
    there are several."""
    several = len({r.doc for r in rows}) > 1
    gutter, label_width = 6, len("runner-ups ")
    title = Text(f"geomig audit: {len(rows)} mention(s), worst first (left: place confidence)", style="bold")
    lines = _hang(title, Text(), 0, width)     # wrapped here too, so no line ends in spaces
    for r in rows:
        style = _STYLE[au.confidence_class(r)]
        head = Text.assemble((r.text, "bold"), f" @{r.start} → ", (_place(r), style))
        if r.flags:
            head.append("  ").append(", ".join(r.flags), style="red")
        if r.margin is not None:
            head.append(f"  margin {r.margin:.2f}")
        if several:
            head.append(f"  {Path(r.doc).name}", style="dim")
        lines += [Text(), *_hang(head, Text(f"{r.confidence:.2f}".rjust(gutter - 2) + "  ", style=style), gutter, width)]
        for label, values in (("roles", list(map(str, r.roles))), ("evidence", [r.evidence] if r.evidence else []),
                              ("runner-ups", _alternatives(r, limit_alternatives)),
                              ("same place", [au.same_place_text(r) + " (no rival: not in the margin)"]
                               if r.same_place else []),
                              ("fix", [r.hint] if r.hint else [])):
            for i, value in enumerate(values):
                first = Text(" " * gutter + (label if i == 0 else "").ljust(label_width), style="dim")
                lines += _hang(Text(value), first, gutter + label_width, width)   # Text: "[..]" is no markup
    lines.append(Text())
    for note, style in ((au.PLACE_CONFIDENCE, "dim"), (au.ROLE_CONFIDENCE, "dim"), (HINT, "")):
        lines += _hang(Text(note, style=style), Text(), 0, width)
    return Group(*lines)


def _fit(table: Table, width: int) -> bool:
    """Set the columns' widths so that none is narrower than its words need and the table
    is at most `width` wide; False, the table unchanged, when that cannot be done.

    A no-wrap column needs its longest line; a wrapped one its longest word and at least
    its _FLOORS (never more than its longest line); spare characters then go to the
    columns in _WIDEN. Rich's own layout shrinks the widest columns first and cuts words
    in two when space is short ("24 / 5_ / ni" for a file name).
    """
    names = [str(c.header) for c in table.columns]
    natural, need = [], []
    for c in table.columns:
        lines = [line for cell in (c.header, *c.cells) for line in str(cell).splitlines()]
        longest = max((cell_len(line) for line in lines), default=1)
        if c.max_width:                                  # the doc column folds long file names
            longest = min(longest, c.max_width)
        words = [cell_len(w) for line in lines for w in line.split()]
        natural.append(longest)
        need.append(longest if c.no_wrap or c.max_width else
                    min(longest, max([_FLOORS.get(str(c.header), 1), *words])))
    spare = width - (3 * len(names) + 1) - sum(need)   # borders, and a space each side of a cell
    if spare < 0:
        return False
    widths = dict(zip(names, need))
    for name in _WIDEN:
        more = min(spare, natural[names.index(name)] - widths[name])
        widths[name] += more
        spare -= more
    for column, name in zip(table.columns, names):
        column.width = widths[name]
    return True


def _render_table(rows: list[au.AuditRow], width: int | None, sections: list[str]) -> str:
    console = Console(width=width, record=True, file=io.StringIO(), force_terminal=False)
    console.print(_table(rows))
    _print_sections(console, sections)
    return console.export_text()


def _print_sections(console: Console, sections: list[str]) -> None:
    """The names not placed, the routes and the zones (au.text_sections), wrapped to the
    console with a hanging indent under each entry's label."""
    for line in sections:
        # Under a route's or zone's label ("      stop       ...": the blocks' gutter and label
        # width), under the confidence of its first line ("0.83  Zuwara → ..."), else a little.
        indent = 17 if line.startswith("      ") else 6 if line[:4].strip().replace(".", "").isdigit() else 0
        for part in _hang(Text(line[indent:]), Text(line[:indent]), indent or 2, console.width):
            console.print(part, soft_wrap=True)


def _print_for_terminal(rows: list[au.AuditRow], sections: list[str]) -> None:
    """The audit on stdout. A terminal (or a COLUMNS setting) gets the table when every
    column fits with its longest word whole, else one block per mention, and a line saying
    where the rest is; a pipe gets the table 200 columns wide, as it always has. The
    sections (names not placed, routes, zones) follow, wrapped to the same width."""
    if not sys.stdout.isatty() and not os.environ.get("COLUMNS", "").strip().isdigit():
        console = Console(width=200)
        console.print(_table(rows))
        _print_sections(console, sections)
        return
    console = Console()
    if console.width < MIN_WIDTH:
        console = Console(width=MIN_WIDTH)
    table = _table(rows, hint=True)
    if _fit(table, console.width):
        console.print(table)
    else:
        console = Console(width=min(console.width, BLOCK_WIDTH))
        console.print(_blocks(rows, console.width))
    _print_sections(console, sections)


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
        """Review every place decision: chosen place, place confidence, margin, flags, the roles given (role confidence, rule ids), alternatives, evidence; and whether each document was found about migration (by the rules, by the topic model, or not).

        In a terminal: a table when every column fits, else a block per mention (COLUMNS sets the width); piped: the table, 200 columns wide.
        """
        refuse_input_as_output(output, [*paths, overrides])
        kind = output_format(fmt, output, formats=FORMATS, suffixes=SUFFIXES, default="table")
        if accept and overrides is None:
            raise typer.BadParameter("--accept needs --overrides FILE to write into", param_hint="--accept")
        gazetteer = open_gazetteer()
        loaded, choices = None, []
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
        # An accepted pin that places nothing here says so (after the audit, exit 1): the analyst
        # would otherwise believe the name corrected.
        untaken = [_untaken(c, docs, overrides) for c in choices]
        untaken = [line for line in untaken if line]
        from geomig.audit.gate import gate_decisions
        from geomig.audit.routes_zones import audit_routes, audit_zones
        from geomig.picture import extract     # the roles, rule ids and role confidences of each row

        picture = extract(docs, gazetteer=gazetteer)
        rows = au.audit(docs, min_confidence=min_confidence, picture=picture, gazetteer=gazetteer)
        if only_flagged:
            rows = [r for r in rows if r.needs_review]
        texts = {d.doc: d.text for d in docs}
        routes, zones = audit_routes(picture, texts), audit_zones(picture, texts)
        gates = gate_decisions(docs, picture)
        if kind == "table" and output is None:
            _print_for_terminal(rows, au.text_sections(rows, routes, zones, gates))
            text = None
        elif kind == "table":
            text = _render_table(rows, 200, au.text_sections(rows, routes, zones, gates))
        elif kind == "html":
            text = au.to_html(docs, rows, routes=routes, zones=zones, gates=gates)
        elif kind == "json":
            text = au.to_json(rows, routes=routes, zones=zones, gates=gates)
        else:
            text = au.to_csv(rows, gates=gates)
        if output is None:
            if text is not None:
                typer.echo(text, nl=False)
        else:
            write_atomic(output, text.encode("utf-8"))
            typer.echo(f"Wrote {len(rows)} mention(s) to {output}", err=True)
        for line in untaken:
            typer.echo(f"Error: {line}", err=True)
        if failed or untaken:
            raise typer.Exit(1)


def _untaken(choice: tuple[str, str, str | None], docs: list, overrides: Path) -> str:
    """Why an accepted pin placed no mention of the texts audited, in a line ("" when it did,
    and for an ignore)."""
    text, place_id, doc = choice
    if place_id == IGNORE:
        return ""
    key = normalize(text)
    found = [m for d in docs if doc is None or doc_matches(doc, d.doc)
             for m in d.mentions if normalize(m.text) == key]
    if any(m.id == place_id and FLAG in m.flags for m in found):
        return ""
    kept = f"the pin is written to {overrides} for other texts"
    if not found:
        where = f" of {doc}" if doc else ""
        return (f"--accept {text!r}: no name in the texts{where} reads {text!r}, so the pin places nothing here "
                f"({kept}; a name geomig does not find at all is added as a [[place]])")
    why = next((WHY[f] for m in found for f in m.flags if f in PART_OF_NAME), "")
    if why:
        return f"--accept {text!r}: here {text!r} is {why}, which a pin does not make a place ({kept})"
    return f"--accept {text!r}: another entry of {overrides} decides {text!r} in these texts ({kept})"
