"""Running a corpus: partitions of documents through geocoding and extraction, on one
process, local processes or a Dask cluster, with resume.

    read_corpus ─> partitions of PARTITION_SIZE (plan()) ─> process_partition (a worker) ─> Store
                                                    geocode and read each document
    Store ─> each partition's claims, in input order ─> the run's picture.Assembly (in this
          process: places merged as partitions come; routes and facts after the last)
          ─> outputs (results.py; with workers, two at a time: side.py)

With workers, this process compiles the cues before they are forked (they inherit them)
and, while they run, merges each partition's places into the assembly, draws ahead the
routes of the partitions in so far (ahead.py), so that the assembly after the last
partition finds most of its legs drawn, and hands each partition's mention rows, as
bytes, to the geocodes writer it forked before the first partition (results.finish,
side.fed). Without workers, this process reads each partition and assembles it as read
(its file, pickled, saved by a thread meanwhile: _Saving).

The corpus is read once; its records are let go of as their partitions are submitted.
Workers only read documents (their claims); the picture is assembled in this process
from every claim, in input order, with its geometry drawn once: the output is extract()
of the whole corpus, whatever the partitions, workers or scheduler. Each worker process loads
the gazetteer once (it is cached per process) and keeps it for every partition it is
given.
"""

from __future__ import annotations

import gc
import itertools
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from geomig.corpus import side, stages
from geomig.corpus.ahead import Ahead
from geomig.corpus.inputs import Problem, Record, read_corpus
from geomig.corpus.options import Options
from geomig.corpus.results import MentionTable
from geomig.corpus.store import PART_GLOB, Partition, Store, file_signature
from geomig.documents.outputs import JsonLines
from geomig.errors import BatchError

#: Partitions in flight per worker: keeps every worker busy while results are saved.
IN_FLIGHT = 2
#: What a partition file holds (store.Partition); a run of another format is not resumed.
#: 2: the mention rows as MentionTable.dumps()'s bytes. 3: the last partitions smaller (plan()).
PART_FORMAT = 3
#: The corpus's last TAPER partitions' worth of documents go in partitions TAPER_CUT times
#: smaller, so that the workers finish within a small partition of each other instead of a
#: whole one (the other idles meanwhile, at the end of the run: 10,000 articles, two
#: workers, ~0.14 s on an idle machine, half a partition on average); ...
TAPER = 2
TAPER_CUT = 4
#: ... in corpora of at least TAPER_MIN_PARTS partitions, into partitions of at least
#: TAPER_MIN_SIZE documents (a partition's file and its message cost a few milliseconds).
TAPER_MIN_PARTS = 16
TAPER_MIN_SIZE = 8
#: How long to wait for a Dask scheduler before giving up.
CONNECT_TIMEOUT = "10s"

Progress = Callable[[int, int], None]


def process_partition(index: int, rows: list[tuple[str, str]]) -> tuple[int, int, bytes]:
    """read_partition() in a worker (module-level so it pickles by name). Returns the
    partition's number, its number of documents and its file's bytes (Partition.dumps()):
    the parent saves them as they are, without unpickling the claims."""
    part = read_partition(index, rows)
    return index, len(part.rows), part.dumps()


def read_partition(index: int, rows: list[tuple[str, str]]) -> Partition:
    """Geocode and read the documents of one partition. A document that fails is
    reported, not raised."""
    out: list[dict] = []
    readings = []
    mentions = MentionTable()
    lines = JsonLines()  # a partition's documents name the same few places again and again
    for doc_id, text in rows:
        try:
            doc = stages.geocode(doc_id, text)
        except Exception as err:  # one bad article must not stop a corpus
            out.append({"id": doc_id, "error": _reason("geocoding", err)})
            continue
        try:
            readings.append(stages.read(doc))
        except Exception as err:
            out.append({"id": doc_id, "error": _reason("extraction", err)})
            continue
        line, encoded = lines.document(doc)
        out.append({"id": doc_id, "line": line})
        mentions.add_encoded(doc_id, doc.mentions, encoded)
    # The mention rows pickled apart: the main process hands them on to the geocodes writer as
    # they are (results.finish), without reading them.
    return Partition(index, out, readings, mentions.dumps())


def process_partition_into(index: int, rows: list[tuple[str, str]], outdir: str) -> tuple[int, int, str]:
    """process_partition() on a local worker, which writes the partition's file itself
    (Store.draft_part()) and returns its name in place of its bytes: 1.6 MB sent back
    through a pipe held the worker up to 20-30 ms a partition whenever a thread of the
    main process (its work ahead) held the interpreter, since the main process takes
    in a pipe's 64 KB at a time, each after waiting its turn for the interpreter."""
    index, n_docs, blob = process_partition(index, rows)
    return index, n_docs, str(Store(outdir).draft_part(index, blob))


def _reason(stage: str, err: Exception) -> str:
    return f"{stage} failed: {type(err).__name__}: {err}".splitlines()[0]


def plan(total: int, size: int) -> list[int]:
    """How many documents each partition of a corpus of `total` holds, in order: `size`,
    but for the last TAPER x `size` documents and the remainder, cut TAPER_CUT times
    smaller (a corpus of TAPER_MIN_PARTS partitions or more). The same corpus and size
    always give the same plan (a resumed run finds its partitions where it left them)."""
    full, rest = divmod(total, size)
    cut = size // TAPER_CUT
    if full < TAPER_MIN_PARTS or cut < TAPER_MIN_SIZE:
        return [size] * full + ([rest] if rest else [])
    left = TAPER * size + rest
    return [size] * (full - TAPER) + [cut] * (left // cut) + ([left % cut] if left % cut else [])


def partitions(records: Iterable[Record], sizes: Iterable[int]) -> Iterator[tuple[int, list[Record]]]:
    """Consecutive partitions of the records, of these sizes (plan()'s), numbered from 0."""
    it = iter(records)
    for index, size in enumerate(sizes):
        part = list(itertools.islice(it, size))
        if not part:
            return
        yield index, part


def _drain(queue: deque) -> Iterator:
    """The queue's items, each let go of as it is taken (a corpus's texts are not all held
    while it is processed)."""
    while queue:
        yield queue.popleft()


def _rows(part: list[Record]) -> list[tuple[str, str]]:
    return [(r.id, r.text) for r in part]


def _serial(todo: Iterator[tuple[int, list[Record]]]) -> Iterator[tuple[int, int, Partition]]:
    # Without workers the partition read is the one the run assembles: pickled for its file
    # only, not read back from the bytes (10,000 articles: 0.8 CPU s)
    for index, part in todo:
        read = read_partition(index, _rows(part))
        yield index, len(read.rows), read


def _windowed(todo: Iterator[tuple[int, list[Record]]], submit: Callable[[int, list], Any],
              wait_any: Callable[[set], tuple[set, set]], result: Callable[[Any], tuple[int, int, bytes]],
              window: int) -> Iterator[tuple[int, int, bytes]]:
    """Keep `window` partitions in flight; yield each result as soon as it is done."""
    pending = {submit(i, _rows(p)) for i, p in itertools.islice(todo, window)}
    while pending:
        done, pending = wait_any(pending)
        for fut in done:
            yield result(fut)
        for i, p in itertools.islice(todo, len(done)):
            pending.add(submit(i, _rows(p)))


def _local(todo, workers: int, store: Store) -> Iterator[tuple[int, int, bytes | str]]:
    import multiprocessing
    from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
    from concurrent.futures.process import BrokenProcessPool

    outdir = str(store.outdir.resolve())  # a fork server's workers may not share this working directory
    with ProcessPoolExecutor(max_workers=workers, mp_context=_pool_context(multiprocessing)) as pool:
        try:
            yield from _windowed(
                todo, lambda i, rows: pool.submit(process_partition_into, i, rows, outdir),
                lambda pending: (lambda r: (r.done, r.not_done))(wait(pending, return_when=FIRST_COMPLETED)),
                lambda f: f.result(), IN_FLIGHT * workers)
        except BrokenProcessPool as err:
            raise BatchError(f"a worker process died ({err}); out of memory?") from err


def _pool_context(multiprocessing):
    """How the pool's workers start. Forked from this process when no gazetteer has been
    opened in it (no SQLite connection to share) and the platform forks safely: they start
    at once with geomig already imported, where a fork server first starts Python and
    imports geomig, a second or more before the first partition that a run without workers
    does not spend. This process's objects are frozen first (gc.freeze) so that the
    workers' collections do not touch, and so copy, their pages. Otherwise a fork server:
    children start clean and import geomig once, in the server."""
    from geomig.gazetteer.index import Gazetteer

    if side.can_fork() and Gazetteer.at.cache_info().currsize == 0:
        gc.freeze()
        return multiprocessing.get_context("fork")
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(["geomig.corpus.run"])
    return ctx


def _dask(todo, address: str) -> Iterator[tuple[int, int, bytes]]:
    try:
        from distributed import Client, KilledWorker, wait
    except ImportError as err:
        raise BatchError("--scheduler needs Dask: pip install 'geomig[dask]'") from err
    try:
        client = Client(address, timeout=CONNECT_TIMEOUT)
    except (OSError, TimeoutError, ValueError) as err:
        raise BatchError(f"cannot reach the Dask scheduler at {address} ({err})") from err
    try:
        workers = max(len(client.scheduler_info()["workers"]), 1)
        # pure=False: the same rows twice are still two tasks.
        yield from _windowed(
            todo, lambda i, rows: client.submit(process_partition, i, rows, pure=False),
            lambda pending: (lambda r: (set(r.done), set(r.not_done)))(wait(list(pending), return_when="FIRST_COMPLETED")),
            lambda f: f.result(), IN_FLIGHT * workers)
    except KilledWorker as err:
        raise BatchError(f"a Dask worker died ({err})") from err
    finally:
        client.close()


def _execute(todo, options: Options, store: Store) -> Iterator[tuple[int, int, bytes | str | Partition]]:
    """Each partition's number, documents and file: its bytes, the name of the draft a
    local worker wrote (process_partition_into()), or (without workers) the partition."""
    if options.scheduler:
        return _dask(todo, options.scheduler)
    if options.workers > 1:
        return _local(todo, options.workers, store)
    return _serial(todo)


def in_order(store: Store, n_parts: int, saved: set[int],
             finished: Iterator[tuple[int, bytes | Partition]]) -> Iterator[Partition]:
    """Every partition in partition order: those saved by an earlier run read back, the
    others taken from `finished` (which yields them in any order, as workers finish: their
    bytes, or the partition itself)."""
    early: dict[int, bytes | Partition] = {}
    candidates: dict = {}  # equal candidates one object across the partitions read from bytes (Partition.loads)
    for index in range(n_parts):
        if index in saved:
            yield store.read_part(index, candidates)
            continue
        while index not in early:
            try:
                got, blob = next(finished)
            except StopIteration:
                raise BatchError(f"partition {index} was never processed") from None
            early[got] = blob
        got = early.pop(index)
        yield got if isinstance(got, Partition) else Partition.loads(got, candidates)
    for _ in finished:  # run the source to its end (it times the processing)
        pass


class _Saving:
    """Partition files saved by a thread of this process (Store.write_part()), one at a
    time, while it reads the next partition: a run without workers otherwise waited for
    each file to reach the disk (its sync) before going on. Leaving the `with` block waits
    for the last file; a file that could not be written raises its OutputError then, or
    at the next save()."""

    def __init__(self, store: Store):
        self.store = store
        self._pool = None
        self._last = None

    def __enter__(self) -> _Saving:
        return self

    def save(self, index: int, blob: bytes) -> None:
        """Save a partition's file (Partition.dumps()'s bytes) once the one before is saved."""
        from concurrent.futures import ThreadPoolExecutor

        if self._pool is None:  # (started by the first save: a run with workers, which forks, starts none)
            self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="geomig-save")
        self._wait()
        self._last = self._pool.submit(self.store.write_part, index, blob)

    def _wait(self) -> None:
        last, self._last = self._last, None
        if last is not None:
            last.result()

    def __exit__(self, *exc: object) -> None:
        try:
            self._wait()
        finally:
            if self._pool is not None:
                self._pool.shutdown()


def manifest(input_path: Path, options: Options) -> dict:
    """What a resumed run must share with the run it continues."""
    from geomig import __version__

    c = options.columns
    return {"input": file_signature(input_path), "columns": [c.id, c.text, c.date],
            "partition_size": options.partition_size, "geomig": __version__, "parts": PART_GLOB,
            "part_format": PART_FORMAT}


def run_corpus(input_path: str | Path, outdir: str | Path, options: Options = Options(),
               progress: Progress | None = None) -> dict:
    """Process a corpus into OUTDIR (see geomig.corpus.store) and return the summary.

    `progress(done, total)` is called as documents finish. Workers are started
    processes, so a calling script needs the `if __name__ == "__main__":` guard.
    """
    from geomig.corpus import results

    if options.workers < 1:
        raise ValueError("workers must be at least 1")
    on_malloc = results.arrow_on_malloc(options.workers == 1 and not options.scheduler)  # before pyarrow is imported
    try:
        return _run_corpus(input_path, outdir, options, progress)
    finally:
        if on_malloc:  # the process goes on after the run: pyarrow's pool as it was
            results.arrow_pool_back()


def _run_corpus(input_path: str | Path, outdir: str | Path, options: Options, progress: Progress | None) -> dict:
    """run_corpus() once Arrow's pool is chosen."""
    from geomig.corpus import results

    try:
        import pyarrow  # noqa: F401 - GeoParquet outputs; checked before any work
    except ImportError as err:
        raise BatchError("geomig batch writes GeoParquet, which needs pyarrow: pip install 'geomig[batch]'") from err
    input_path = Path(input_path)
    store = Store(outdir)
    clock = started = time.perf_counter()
    problems: list[Problem] = []
    queue: deque[Record] = deque()
    for item in read_corpus(input_path, options.columns):  # read once, kept until submitted
        (problems if isinstance(item, Problem) else queue).append(item)
    dates = {r.id: r.date for r in queue}
    total = len(dates)
    read_s = time.perf_counter() - clock

    done_parts = store.start(manifest(input_path, options), resume=options.resume)
    sizes = plan(total, options.partition_size)
    n_parts = len(sizes)
    done_parts &= set(range(n_parts))
    done_docs = sum(sizes[i] for i in done_parts)
    resumed_docs = done_docs
    if progress:
        progress(done_docs, total)
    clock, cpu = time.perf_counter(), time.process_time()
    stages.prepare()  # before workers are forked: they inherit the compiled cues
    state = {"done": done_docs, "processed_at": clock, "processed_cpu": cpu}

    def todo() -> Iterator[tuple[int, list[Record]]]:
        for index, part in partitions(_drain(queue), sizes):
            if index not in done_parts:
                state.setdefault("head_at", time.perf_counter())  # the first handed to a worker
                yield index, part

    def finished() -> Iterator[tuple[int, bytes | Partition]]:
        with _Saving(store) as saving:
            for index, n_docs, got in _execute(todo(), options, store):
                if isinstance(got, Partition):
                    saving.save(index, got.dumps())
                elif isinstance(got, str):
                    got = store.keep_part(index, got)
                else:
                    store.write_part(index, got)
                state["done"] += n_docs
                if progress:
                    progress(state["done"], total)
                yield index, got
        state["processed_at"], state["processed_cpu"] = time.perf_counter(), time.process_time()

    unfreeze = gc.get_freeze_count() == 0  # a caller's own frozen objects stay frozen
    assembly = stages.assembly()
    ahead = Ahead(sizes, assembly, enabled=options.workers > 1 or options.scheduler is not None)
    try:
        parts = ahead.follow(in_order(store, n_parts, done_parts, finished()))
        with results.one_allocator(options.workers == 1 and not options.scheduler):  # one process holds it all
            summary = results.finish(store, parts, n_parts, dates, problems, options, assembly)
    finally:
        ahead.close()
        if unfreeze:
            gc.unfreeze()
    process_s = state["processed_at"] - clock
    timings = summary["timings"]
    timings["documents_s"] = round(max(timings["documents_s"] - process_s, 0.0), 3)
    summary["timings"] = {"read_s": round(read_s, 3),
                          # From the start to the first partition handed to a worker (reading
                          # the corpus, compiling the cues): the run's serial head.
                          "head_s": round(state.get("head_at", clock) - started, 3),
                          "process_s": round(process_s, 3),
                          "write_s": round(time.perf_counter() - state["processed_at"], 3), **timings,
                          "docs_per_s": round((state["done"] - resumed_docs) / max(process_s, 1e-9), 1),
                          "resumed_partitions": len(done_parts),
                          # This process's CPU seconds (its threads', not its workers' or writers'):
                          # while partitions were processed, and after the last one.
                          "cpu_process_s": round(state["processed_cpu"] - cpu, 3),
                          "cpu_write_s": round(time.process_time() - state["processed_cpu"], 3),
                          "cpu_ahead_s": round(ahead.cpu_s, 3)}
    # The work ahead's checkpoints (none without workers), how many it drew to the end before
    # the last partition arrived, and how many documents after the last it read for routes.
    summary["ahead"] = {"checkpoints": len(ahead.marks) if ahead.enabled else 0, "drawn": ahead.drawn,
                        "read": ahead.read, "stop_s": round(ahead.stop_s, 3)}
    results.write_summary(store, summary)
    return summary
