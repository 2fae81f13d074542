"""`geomig batch`: a corpus to geocodes, one picture and a map over time, resumable."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from geomig.commands import cli_errors, online_map_note
from geomig.corpus.options import PARTITION_SIZE



def _progress(enabled: bool):
    """A rich progress bar on stderr (rate and ETA) and its update callback; nothing at all
    when stderr is not a terminal."""
    from contextlib import nullcontext

    if not enabled:
        return nullcontext(), None
    from rich.console import Console
    from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TextColumn,
                               TimeElapsedColumn, TimeRemainingColumn)

    bar = Progress(TextColumn("geocoding"), BarColumn(), MofNCompleteColumn(),
                   TextColumn("{task.fields[rate]} docs/s"), TimeElapsedColumn(), TextColumn("ETA"),
                   TimeRemainingColumn(), console=Console(stderr=True), transient=False)
    task = bar.add_task("batch", total=None, rate="-")
    state = {"start": None}

    def update(done: int, total: int) -> None:
        import time

        now = time.perf_counter()
        if state["start"] is None:
            state["start"], state["first"] = now, done
        elapsed = now - state["start"]
        rate = (done - state["first"]) / elapsed if elapsed > 0 else 0.0
        bar.update(task, completed=done, total=total, rate=f"{rate:,.0f}" if rate else "-")

    return bar, update


def register(app: typer.Typer) -> None:
    """Add the batch command."""

    @app.command("batch")
    @cli_errors
    def batch_cmd(
        corpus: Annotated[Path, typer.Argument(
            help="A directory of .txt files, or a .jsonl, .csv or .parquet file with a text column.")],
        outdir: Annotated[Path, typer.Option("-o", "--output", help="Output directory (made if missing).")],
        workers: Annotated[int, typer.Option("--workers", min=1, help="Local worker processes.")] = 1,
        scheduler: Annotated[str | None, typer.Option(
            "--scheduler", help="Address of a dask.distributed scheduler (tcp://host:8786) to run on.")] = None,
        resume: Annotated[bool, typer.Option(
            "--resume", help="Continue an interrupted run in OUTDIR, skipping finished documents.")] = False,
        text_column: Annotated[str, typer.Option("--text-column", help="Column or key of the text.")] = "text",
        id_column: Annotated[str, typer.Option("--id-column", help="Column or key of the document id.")] = "id",
        date_column: Annotated[str, typer.Option(
            "--date-column", help="Column or key of the date (YYYY-MM-DD...), for the map over time.")] = "date",
        partition_size: Annotated[int, typer.Option(
            "--partition-size", min=1,
            help="Documents per task; a resumed run must use the same.")] = PARTITION_SIZE,
        title: Annotated[str | None, typer.Option("--title", help="Map title.")] = None,
        offline: Annotated[bool, typer.Option(
            "--offline", help="Self-contained map: Leaflet inlined, Natural Earth basemap.")] = False,
    ) -> None:
        """Geocode and extract a whole corpus, and map it over time.

        Writes per-document geocodes (JSONL, GeoParquet), the merged picture (GeoJSON,
        GeoParquet), a corpus map over time and summary.json."""
        from geomig.corpus import Columns, Options, run_corpus

        if workers > 1 and scheduler:
            raise typer.BadParameter("give --workers or --scheduler, not both", param_hint="--workers")
        options = Options(workers=workers, scheduler=scheduler, resume=resume, partition_size=partition_size,
                          columns=Columns(id_column, text_column, date_column), title=title, offline=offline)
        bar, update = _progress(sys.stderr.isatty())
        with bar:
            summary = run_corpus(corpus, outdir, options, progress=update)
        failed = summary["failed"] + summary["skipped_rows"]
        notes = [f"{failed} skipped"] if failed else []
        if summary["dates_dropped"]:
            notes.append(f"{summary['dates_dropped']} without their unreadable date")
        note = f", {', '.join(notes)} (see {outdir / 'errors.jsonl'})" if notes else ""
        docs, features = summary["geocoded"], sum(summary["features"].values())
        typer.echo(f"Wrote {outdir}: {docs} document{'s' if docs != 1 else ''}, "
                   f"{features} feature{'s' if features != 1 else ''}{note}", err=True)
        if not offline:
            from geomig.corpus.results import OUTPUTS

            online_map_note(outdir / OUTPUTS["map"])
