"""`geomig evaluate`: score geomig and peers against gold annotations."""

from __future__ import annotations

import json
import math
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from geomig.evaluate import metrics as ev
from geomig.errors import GoldError
from geomig.evaluate.gold import check_file
from geomig.models import Document
from geomig.commands import cli_errors, load_overrides_option, open_gazetteer


def _peer(value: str) -> tuple[str, Path]:
    name, sep, file = value.partition("=")
    if not sep or not name or not file:
        raise typer.BadParameter(f"{value!r}: expected NAME=FILE")
    return name, Path(file)


def _fmt(x: float, digits: int = 3) -> str:
    return "—" if x is None or (isinstance(x, float) and math.isnan(x)) else f"{x:.{digits}f}"


def _geomig_predictions(gold: list[ev.GoldDocument], overrides: Path | None,
                        console: Console) -> dict[str, list[ev.Toponym]]:
    """Run geomig on every gold text, in memory (no file is written)."""
    import geomig

    gazetteer = open_gazetteer()
    loaded = load_overrides_option(overrides, gazetteer)
    docs = []
    with console.status("geocoding gold texts…"):
        for d in gold:
            docs.append(geomig.geocode_document(Document(doc=d.doc, text=d.text), gazetteer=gazetteer,
                                                overrides=loaded))
    return ev.predictions_from_geocoded(docs)


def console(stderr: bool = False) -> Console:
    """A rich console; wide when piped, so tables are not squeezed to 80 columns."""
    stream = sys.stderr if stderr else sys.stdout
    return Console(stderr=stderr, width=None if stream.isatty() else 160)


def _scores_table(all_scores: list[ev.Scores]) -> Table:
    table = Table(title="Toponym recognition and resolution")
    for col in ("system", "gold", "pred", "matched", "P", "R", "F1", "acc@161",
                "mean km", "median km", "AUC"):
        table.add_column(col, justify="left" if col == "system" else "right", no_wrap=True)
    for s in all_scores:
        table.add_row(s.system, str(s.gold), str(s.predicted), str(s.matched),
                      _fmt(s.precision), _fmt(s.recall), _fmt(s.f1), _fmt(s.acc161),
                      _fmt(s.mean_km, 0), _fmt(s.median_km, 1), _fmt(s.auc))
    return table


def _worst_table(scores: ev.Scores) -> Table:
    table = Table(title=f"Worst errors of {scores.system}")
    for col in ("km", "place", "predicted", "gold", "document"):
        table.add_column(col, justify="right" if col == "km" else "left", no_wrap=True)
    table.add_column("sentence", ratio=1)
    for c in scores.worst:
        lo, hi = c.start - c.sentence_start, c.end - c.sentence_start
        sentence = Text(c.sentence[:lo])
        sentence.append(c.sentence[lo:hi], style="bold red")
        sentence.append(c.sentence[hi:])
        predicted = f"{c.name or c.id or ''} ({c.lat:.2f}, {c.lon:.2f})"
        table.add_row(f"{c.km:.0f}", c.text, predicted, f"{c.gold_lat:.2f}, {c.gold_lon:.2f}",
                      Path(c.doc).name, sentence)
    return table


def register(app: typer.Typer) -> None:
    """Add the evaluate command."""

    @app.command("evaluate")
    @cli_errors
    def evaluate_cmd(
        paths: Annotated[list[str] | None, typer.Argument(
            help="With --picture: texts or directories (their *.txt) to extract, or picture GeoJSON files.")] = None,
        gold: Annotated[Path | None, typer.Option("--gold", help="Gold file: EUPEG gold.txt, or the project's JSONL gold (*.jsonl).")] = None,
        picture: Annotated[Path | None, typer.Option("--picture", help="Picture gold (JSON: roles, routes, no_routes per document): score the migration picture of PATH... against it.")] = None,
        verbose: Annotated[bool, typer.Option("--verbose", help="With --picture: list each document's misses.")] = False,
        texts: Annotated[Path | None, typer.Option("--texts", help="Directory of texts: <i>.txt for EUPEG gold; for JSONL gold, <doc> of documents without \"text\".")] = None,
        peer: Annotated[list[str] | None, typer.Option("--peer", help="NAME=FILE: another system's output, EUPEG layout, line i = document i. Repeatable.")] = None,
        fmt: Annotated[str, typer.Option("--format", help="table or json.")] = "table",
        limit: Annotated[int | None, typer.Option("--limit", min=1, help="Score only the first N documents.")] = None,
        worst: Annotated[int, typer.Option("--worst", min=0, help="How many worst errors to list.")] = 10,
        run_geomig: Annotated[bool, typer.Option("--geomig/--no-geomig", help="Run geomig on the texts and score it first.")] = True,
        overrides: Annotated[Path | None, typer.Option("--overrides", help="Overrides file applied when geomig runs.")] = None,
    ) -> None:
        """Score geomig and peers on gold toponyms, or the migration picture on gold roles.

        Toponyms: P/R/F1, acc@161, mean/median km, AUC. With --picture GOLD.json PATH...:
        role recall per family, role precision, route recall and invented routes."""
        if picture is not None:
            if gold is not None:
                raise typer.BadParameter("give either --gold or --picture, not both", param_hint="--picture")
            if not paths:
                raise typer.BadParameter("--picture needs the texts (or pictures) to score", param_hint="PATH")
            if fmt not in ("table", "json"):
                raise typer.BadParameter(f"{fmt!r}: expected table or json", param_hint="--format")
            _picture_cmd(picture, paths, overrides, fmt, verbose)
            return
        if gold is None:
            raise typer.BadParameter("give --gold FILE (toponyms) or --picture GOLD.json PATH...",
                                     param_hint="--gold")
        if paths:
            raise typer.BadParameter("PATH arguments go with --picture", param_hint="PATH")
        check_file(gold)        # a missing gold file is the first thing to say
        if fmt not in ("table", "json"):
            raise typer.BadParameter(f"{fmt!r}: expected table or json", param_hint="--format")
        peers = [_peer(p) for p in peer or []]
        for _, file in peers:
            check_file(file, "peer file")     # before geomig spends minutes on the texts
        docs = ev.load_gold(gold, texts)
        if not docs:
            raise GoldError(f"{gold}: no documents")
        scored = docs[:limit] if limit else docs
        err = console(stderr=True)
        results: list[ev.Scores] = []
        if run_geomig:
            results.append(ev.evaluate(scored, _geomig_predictions(scored, overrides, err),
                                       system="geomig", worst=worst))
        for name, file in peers:
            results.append(ev.evaluate(scored, ev.load_eupeg_predictions(file, docs),
                                       system=name, worst=worst))
        if not results:
            raise typer.BadParameter("nothing to score: give --peer or drop --no-geomig")
        problems = results[0].problems
        if fmt == "json":
            systems = [s.to_dict() for s in results]
            # Gold problems are the same for every system: list them once.
            listed = systems[0]["problems"]
            for d in systems:
                d.pop("problems")
            typer.echo(json.dumps({"gold": str(gold), "documents": len(scored),
                                   "systems": systems, "problems": listed},
                                  indent=2, ensure_ascii=False))
        else:
            out = console()
            out.print(_scores_table(results))
            first = results[0]
            if worst and first.worst:
                out.print(_worst_table(first))
            for label, slips in (("Missed", first.missed), ("Spurious", first.spurious)):
                if worst and slips:
                    shown = ", ".join(f"{x.text!r} ({Path(x.doc).name}:{x.start})" for x in slips[:worst])
                    more = f" and {len(slips) - worst} more" if len(slips) > worst else ""
                    out.print(f"{label} by {first.system} ({len(slips)}): {shown}{more}", markup=False)
        for p in problems:
            typer.echo(f"Gold problem: {p}", err=True)
        if problems:
            typer.echo(f"Error: {len(problems)} gold problem(s): toponyms or documents left out of the scores",
                       err=True)
            raise typer.Exit(1)


def _picture_cmd(gold_path: Path, paths: list[str], overrides: Path | None, fmt: str, verbose: bool) -> None:
    """`geomig evaluate --picture`: extract (or read) each document's picture and score it."""
    from geomig.evaluate import picture as pe
    from geomig.maps.produce import is_picture_path
    from geomig.picture import Picture, extract
    from geomig.commands import geocode_inputs, load_overrides_option

    gold = pe.load_gold(gold_path)
    pictures: dict[str, list] = {}
    texts = [p for p in paths if not is_picture_path(p)]
    for p in paths:
        if is_picture_path(p):
            check_file(Path(p), "picture")
            for name, feats in pe.split_by_document(Picture.load(p).features).items():
                pictures.setdefault(name, []).extend(feats)
    failed = 0
    if texts:
        gazetteer = open_gazetteer()
        docs, failed = geocode_inputs(texts, gazetteer=gazetteer,
                                      overrides=load_overrides_option(overrides, gazetteer))
        for d in docs:
            # One picture per document: a route may not borrow stops from another article.
            pictures[Path(d.doc).name] = list(extract([d], gazetteer=gazetteer).features)
    unknown = sorted(set(pictures) - set(gold))
    if unknown:
        typer.echo(f"Note: {len(unknown)} document(s) not in the gold, not scored: {', '.join(unknown[:5])}"
                   + (" ..." if len(unknown) > 5 else ""), err=True)
    scores = pe.score(gold, pictures)
    if not scores.docs:
        raise GoldError(f"{gold_path}: none of the given documents is in the gold")
    if fmt == "json":
        typer.echo(json.dumps({"gold": str(gold_path), **scores.to_dict()}, indent=2, ensure_ascii=False))
    else:
        for line in pe.report_lines(scores, verbose):
            typer.echo(line)
    if failed:
        raise typer.Exit(1)

