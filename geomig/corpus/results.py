"""The final outputs of a corpus run, made from its finished partitions.

Everything here reads the partition files in partition order, so the outputs depend
only on the input, never on how many workers ran or in which order they finished.
"""

from __future__ import annotations

import gc
import itertools
import json
import pickle
import time
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING

from geomig.corpus import side, stages, timeline
from geomig.corpus.inputs import Problem
from geomig.corpus.store import Partition, Store, json_line
from geomig.geoparse.geocode import collector_paused
from geomig.documents.outputs import atomic_path, write_atomic

if TYPE_CHECKING:
    from geomig.corpus.options import Options
    from geomig.picture import Assembly

#: The output files, by what they hold.
OUTPUTS = {
    "documents": "documents.jsonl", "geocodes": "geocodes.parquet",
    "picture": "picture.geojson", "picture_parquet": "picture.parquet",
    "map": "map.html", "errors": "errors.jsonl", "summary": "summary.json",
}
#: Mention columns of geocodes.parquet, after doc and date (lat/lon become the geometry).
_MENTION_COLUMNS = ("text", "start", "end", "sentence", "kind", "id", "name", "country",
                    "confidence", "evidence", "flags", "alternatives")
#: The columns of text (or None) among them.
_TEXT_COLUMNS = frozenset({"doc", "text", "kind", "id", "name", "country", "evidence", "flags", "alternatives"})


class MentionTable:
    """Mention rows gathered column by column (a corpus has hundreds of thousands): each
    worker fills one for its partition, the final table joins them."""

    COLUMNS = ("doc", "date", *_MENTION_COLUMNS)

    def __init__(self):
        self.columns: dict[str, list] = {c: [] for c in self.COLUMNS if c != "date"}
        self.lon: list[float | None] = []
        self.lat: list[float | None] = []
        # One object per distinct text of a column across the tables extend() joins: a corpus
        # repeats its names, kinds, evidence and alternatives (10,000 articles: 100,000
        # mentions, 1,700 distinct alternatives), which each table read back holds as copies
        # of its own (the geocodes writer's peak 60 MB lower).
        self._kept: dict[str, dict] = {c: {} for c in self.columns if c in _TEXT_COLUMNS}

    def __len__(self) -> int:
        return len(self.lon)

    def add(self, doc: str, mentions: Sequence[Mapping]) -> None:
        """The mentions of a document (its JSONL contract objects); flags and alternatives
        become JSON text."""
        for mention in mentions:
            row = {"doc": doc, **mention}
            for c in ("flags", "alternatives"):
                value = row.get(c)
                row[c] = "[]" if value == [] else json.dumps(value, ensure_ascii=False)  # most are empty
            for c, values in self.columns.items():
                values.append(row.get(c))
            self.lon.append(mention.get("lon"))
            self.lat.append(mention.get("lat"))

    def add_encoded(self, doc: str, mentions: Sequence, encoded: Sequence[tuple[str, str, str]]) -> None:
        """add() from a document's Mention objects and their JsonLines.mention() answers (the
        JSON text of their alternatives and flags, encoded once for the document's line):
        the same rows, without a dict per mention or a second encoding."""
        cols = self.columns
        cols["doc"].extend([doc] * len(mentions))
        for c in ("text", "start", "end", "sentence", "kind", "id", "name", "country", "confidence", "evidence"):
            cols[c].extend([getattr(m, c) for m in mentions])
        cols["flags"].extend([flags for _, _, flags in encoded])
        cols["alternatives"].extend([alternatives for _, alternatives, _ in encoded])
        self.lon.extend([m.lon for m in mentions])
        self.lat.extend([m.lat for m in mentions])

    def dumps(self) -> bytes:
        """The table as bytes (loads() reads them back)."""
        return pickle.dumps(self, protocol=pickle.HIGHEST_PROTOCOL)

    @staticmethod
    def loads(blob: bytes) -> MentionTable:
        """A table from dumps()'s bytes."""
        table = pickle.loads(blob)
        if not isinstance(table, MentionTable):
            raise TypeError(f"not a mention table: {type(table).__name__}")
        return table

    def extend(self, other: MentionTable) -> None:
        """Append another table's rows (equal values of theirs kept as one object)."""
        for c, values in self.columns.items():
            kept = self._kept.get(c)
            values.extend(other.columns[c] if kept is None else [kept.setdefault(v, v) for v in other.columns[c]])
        self.lon.extend(other.lon)
        self.lat.extend(other.lat)

    def frame(self, dates: Mapping[str, str | None]):
        """A GeoDataFrame, EPSG:4326, each row dated by its document; unresolved mentions
        have no geometry."""
        import geopandas as gpd
        import numpy as np
        import shapely

        lon = np.array([np.nan if x is None else x for x in self.lon], dtype=float)
        lat = np.array([np.nan if y is None else y for y in self.lat], dtype=float)
        points = shapely.points(lon, lat)
        points[np.isnan(lon) | np.isnan(lat)] = None
        columns = {"doc": self.columns["doc"], "date": [dates.get(d) for d in self.columns["doc"]],
                   **{c: v for c, v in self.columns.items() if c != "doc"}}
        return gpd.GeoDataFrame(columns, columns=list(self.COLUMNS),
                                geometry=gpd.GeoSeries(points, crs="EPSG:4326"))


def write_geocodes(tables: Iterable[bytes], dates: Mapping[str, str | None],
                   path) -> tuple[int, int, float, float, float]:
    """geocodes.parquet from the partitions' mention tables (MentionTable.dumps()'s bytes, in
    partition order); returns how many mentions, how many of them are resolved, the seconds
    taken after the last table came (the table's writing), the CPU seconds of it all and
    those after the last table."""
    cpu = time.process_time()
    mentions = MentionTable()
    for blob in tables:
        mentions.extend(MentionTable.loads(blob))
    start, tail_cpu = time.perf_counter(), time.process_time()
    counts = len(mentions), sum(i is not None for i in mentions.columns["id"])
    frame = mentions.frame(dates)
    # The frame holds its own copy of every column: the rows are let go of before the
    # table is encoded, the writer's peak (a corpus run without workers: 10,000 articles,
    # the process's peak).
    del mentions
    write_parquet(frame, path)
    now = time.process_time()
    return (*counts, time.perf_counter() - start, now - cpu, now - tail_cpu)


@contextmanager
def one_allocator(enabled: bool) -> Iterator[None]:
    """Within it (when `enabled`), Arrow allocates from the C library's malloc, as Python
    does, instead of its own (mimalloc): the memory one frees is then reused by the other.
    A run without workers builds a table of mentions, then the picture, then the picture's
    table, in one process; with two allocators the memory the first table let go of stayed
    with Arrow's while Python's grew past it (10,000 articles: peak resident memory 630 ->
    600 MiB by ru_maxrss, the peak now the picture's table). The allocator changes no
    output, and the caller's is given back after."""
    if not enabled:
        yield
        return
    import pyarrow as pa

    previous = pa.default_memory_pool()
    pa.set_memory_pool(pa.system_memory_pool())
    try:
        yield
    finally:
        pa.set_memory_pool(previous)


#: The environment variable Arrow reads, once per process, for the allocator of its own
#: (C++) default memory pool.
ARROW_POOL = "ARROW_DEFAULT_MEMORY_POOL"


def arrow_on_malloc(enabled: bool) -> bool:
    """one_allocator() for the rest of the run (when `enabled` and pyarrow is not yet
    imported): Arrow's own default pool made the C library's malloc; returns whether it
    was (arrow_pool_back() then gives pyarrow its own back, after the run). one_allocator()
    gives malloc to what pyarrow allocates, but the Parquet writer takes its buffers from
    Arrow's own default pool, which pyarrow cannot set, only the environment before Arrow
    first allocates. A run without workers writes the picture's table last, its writer's
    buffers (10,000 articles: 100 MB) on top of everything else; from mimalloc, they could
    not reuse the memory the C library's malloc held free (peak resident memory 677 -> 602
    MiB). A pool the user set in the environment stays theirs; the variable is taken out
    again once Arrow has read it (Arrow keeps its choice)."""
    import os
    import sys

    if not enabled or "pyarrow" in sys.modules or ARROW_POOL in os.environ:
        return False
    os.environ[ARROW_POOL] = "system"
    try:
        import pyarrow

        pyarrow.default_memory_pool()  # Arrow reads the variable now
    except ImportError:
        return False  # no pyarrow: the caller's own check says what to install
    finally:
        del os.environ[ARROW_POOL]
    return True


def arrow_pool_back() -> None:
    """After a run that arrow_on_malloc() put on malloc: pyarrow's default pool made again
    the one Arrow picks when nothing is set (the first backend it supports: mimalloc in
    the wheels), so that a program that goes on after the run (a notebook, a service)
    allocates its tables as before. What pyarrow allocates follows this pool; Arrow's own
    C++ default, which the Parquet writer's buffers come from, stays the C library's malloc
    to the process's end: Arrow chooses it once, when first used, and has no way to change
    it after. A pool set meanwhile (not malloc's) is left alone."""
    import pyarrow as pa

    if pa.default_memory_pool().backend_name != "system":
        return
    pools = {"mimalloc": pa.mimalloc_memory_pool, "jemalloc": pa.jemalloc_memory_pool,
             "system": pa.system_memory_pool}
    backend = next((b for b in pa.supported_memory_backends() if b in pools), "system")
    pa.set_memory_pool(pools[backend]())


def write_parquet(frame, path) -> None:
    """A GeoDataFrame as GeoParquet, atomically. The memory the process has freed is given
    back to the system first (give_back()): the Parquet writer's buffers are fresh pages on
    top of whatever it still holds."""
    give_back()
    with atomic_path(path) as tmp:
        frame.to_parquet(tmp, index=False)


def give_back() -> None:
    """Return the C library's free memory to the system (glibc's malloc_trim; elsewhere
    nothing). What Python and Arrow free stays resident in malloc's heap, and the Parquet
    writer takes new pages beside it, not those: a run without workers writes the picture's
    table last, on top of everything freed before it (the readings, the encoding). 10,000
    articles without workers: the process's peak resident memory 598 -> 567 MiB by ru_maxrss
    (still the picture's table), no CPU second measurably more."""
    import ctypes

    try:
        ctypes.CDLL(None).malloc_trim(0)
    except (AttributeError, OSError):  # not glibc: its allocator keeps what it keeps
        pass


def finish(store: Store, parts: Iterable[Partition], n_parts: int, dates: Mapping[str, str | None],
           problems: Sequence[Problem], options: Options, assembly: Assembly) -> dict:
    """Write every final output from the partitions (`parts`, in partition order: taken as
    they come, so documents.jsonl is written while later partitions are still being
    processed, and their readings added to `assembly`, the run's picture.Assembly); returns the summary. The partitions' objects are frozen
    (gc.freeze) as they come, and the picture once assembled: the caller unfreezes them.

    With workers there is a second core once the last partition is in: the mention table
    (geocodes.parquet) is written beside the picture's assembly, by a child fed each
    partition's mention rows as they come (side.fed), and the picture files beside the map
    (side.beside). The timings are each output's own after the last partition:
    documents_s, geocodes_s, assemble_s, picture_s, map_s; joins_s, how long the run then
    waited for the writers; and CPU seconds: this process's in the assembly and the map
    (cpu_assemble_s, cpu_map_s), and each writer's after the last partition
    (cpu_tail_geocodes_s, cpu_tail_picture_s: the picture writer's with its table's child)."""
    failures: list[dict] = []
    counts = Counter()
    parallel = options.workers > 1 or options.scheduler is not None
    # The geocodes writer is forked before the first partition, while this process is
    # small, and sent each partition's mention rows as they come: forked after the last,
    # it shared every partition's pages with this process, whose assembly then copied each
    # page it touched (10,000 articles: 46,000 page copies, a quarter more CPU in the
    # assembly after the last partition).
    send_mentions, end_geocodes, abort_geocodes = side.fed(
        lambda tables: write_geocodes(tables, dates, store.path(OUTPUTS["geocodes"])), parallel=parallel)

    def document_lines():
        for part in parts:
            for row in part.rows:
                if "error" in row:
                    failures.append({"id": row["id"], "reason": row["error"], "stage": "process"})
                    continue
                counts["geocoded"] += 1
                yield row["line"] + "\n"
            send_mentions(part.mentions)
            # Merged as it comes, while the workers read the next partitions: what is left
            # after the last one is its own merging, the routes and the facts.
            assembly.add(part.readings)
            # Kept until the picture is assembled: out of the cyclic collector's sight, which
            # would walk them again at every full collection (two thirds of the time of
            # loading partitions, a sixth of assembling them). They hold no cycles.
            gc.freeze()

    clock, cpu = time.perf_counter(), time.process_time()
    stage_s: dict[str, float] = {}

    def lap(name: str, *, with_cpu: bool = False) -> None:
        # The stage's wall time; with_cpu, this process's CPU seconds in it too (cpu_NAME),
        # which tell the stages of the serial tail apart on a busy machine.
        nonlocal clock, cpu
        now, now_cpu = time.perf_counter(), time.process_time()
        stage_s[name] = round(now - clock, 3)
        if with_cpu:
            stage_s[f"cpu_{name}"] = round(now_cpu - cpu, 3)
        clock, cpu = now, now_cpu

    try:
        write_atomic(store.path(OUTPUTS["documents"]), document_lines())
    except BaseException:
        abort_geocodes()
        raise
    # Every partition is in: the geocodes writer builds its table now, beside the assembly
    # (told only when the map was drawn, it finished last: 10,000 articles, ~0.4 s CPU
    # after everything else).
    lap("documents_s")
    joins = {"geocodes_s": end_geocodes()}
    # (a run without a writer process builds the geocodes table just now: geocodes_s times it)
    clock, cpu = time.perf_counter(), time.process_time()
    try:
        with collector_paused():
            picture = timeline.annotate(assembly.picture(), dates)  # which lets go of the readings
        gc.freeze()  # the picture too, kept to the end: the map's collections need not walk it
        lap("assemble_s", with_cpu=True)
        joins["picture_s"] = side.beside(
            lambda: side.with_cpu(lambda: write_picture(picture, store, parallel=parallel)), parallel=parallel)
        html = stages.to_html(timeline.corpus_map(picture, dates, title=options.title, offline=options.offline,
                                                  parallel=parallel))
        write_atomic(store.path(OUTPUTS["map"]), html)
        lap("map_s", with_cpu=True)
    finally:
        clock = time.perf_counter()
        for name, join in joins.items():
            result, seconds = join()
            if name == "geocodes_s":  # its own time after the last partition, not its lifetime
                counts["mentions"], counts["resolved"], seconds, cpu_s, tail_cpu_s = result
                stage_s["cpu_geocodes_s"] = round(cpu_s, 3)
            else:
                _, tail_cpu_s = result
            # Its CPU seconds after the last partition (the picture writer's with its table's child).
            stage_s[f"cpu_tail_{name}"] = round(tail_cpu_s, 3)
            stage_s[name] = round(seconds, 3)
        stage_s["joins_s"] = round(time.perf_counter() - clock, 3)

    errors = [p.to_dict() for p in problems] + failures
    write_atomic(store.path(OUTPUTS["errors"]), [json_line(e) for e in errors])
    roles = Counter(f.role for f in picture.features)
    return {
        "documents": len(dates),
        "geocoded": counts["geocoded"],
        "failed": len(failures),
        "skipped_rows": sum(not p.kept for p in problems),
        "dates_dropped": sum(p.kept for p in problems),
        "dated": sum(d is not None for d in dates.values()),
        "mentions": counts["mentions"],
        "resolved_mentions": counts["resolved"],
        "features": dict(sorted(roles.items())),
        "map_bytes": len(html.encode("utf-8")),
        "timings": stage_s,
        "partitions": n_parts,
        "partition_size": options.partition_size,
        "workers": options.workers if not options.scheduler else None,
        "scheduler": options.scheduler,
        "outputs": OUTPUTS,
    }


def write_picture(picture, store: Store, *, parallel: bool = False) -> None:
    """picture.geojson and picture.parquet, from one encoding of the picture. `parallel`:
    the table is built and written by a forked child while the GeoJSON text is written
    here (the longest output after the last partition, 10,000 articles: encoding 0.6 s,
    then the table 0.5 s beside the text 0.2 s); the child shares the encoding, copying
    none of it. The table (pandas copies every text into its own string arrays) is the
    child's alone: in one process with the encoding it took this writer past 600 MB.
    Without a child (no `parallel`, or no fork() on this platform) the text is written
    first, and the encoding let go of once the table has its copy, before the table is
    written (a run without workers, 10,000 articles: with write_geocodes' own, its peak
    resident memory 634 -> 592-596 MB)."""
    encoded = picture.encode()
    text, table_path = store.path(OUTPUTS["picture"]), store.path(OUTPUTS["picture_parquet"])
    if parallel and side.can_fork():
        table = side.beside(lambda: write_parquet(picture.to_geodataframe(encoded), table_path), parallel=True)
        try:
            write_atomic(text, itertools.chain(encoded.chunks(), ["\n"]))
        finally:
            table()
        return
    write_atomic(text, itertools.chain(encoded.chunks(), ["\n"]))
    frame = picture.to_geodataframe(encoded)
    del encoded
    write_parquet(frame, table_path)


def write_summary(store: Store, summary: dict) -> None:
    """summary.json, atomically."""
    write_atomic(store.path(OUTPUTS["summary"]), json.dumps(summary, indent=1, ensure_ascii=False) + "\n")
