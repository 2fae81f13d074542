"""Geocoding many documents at once: a process pool on one machine, or Dask on many.

Workers receive paths, not texts, and read the files themselves, so the parent's
memory stays flat however large the corpus; a gazetteer travels as its index path, so
each worker process opens it once (``Gazetteer.at``) and keeps it for every chunk.
Results come back in input order, a few chunks in flight at a time. A file that
cannot be read comes back as an ``inputs.Failure`` like in the serial path. The documents
of a task whose worker process died (out of memory, killed) or raised are retried once,
each alone; one that fails again comes back as an ``inputs.Failure``, and every other
document is still geocoded and written. A warning a worker's reading gave (an ``InputWarning``:
a file read as Windows-1252) comes back with its document and is given in the parent.
"""

from __future__ import annotations

import itertools
import warnings
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from geomig.documents import inputs, outputs
from geomig.errors import BatchError, GeomigError, InputError, InputWarning
from geomig.geoparse.geocode import geocode_document
from geomig.models import Document, GeocodedDocument

#: Documents per task: large enough that scheduling costs little beside geocoding
#: (a short news article takes a few milliseconds), small enough to spread the work.
CHUNK_SIZE = 32
#: Chunks in flight per worker: keeps every worker busy while the parent waits in order.
IN_FLIGHT = 2
#: How long to wait for a remote Dask scheduler before giving up.
CONNECT_TIMEOUT = "10s"

Item = str | Document | inputs.Failure
Result = GeocodedDocument | inputs.Failure


def _items(paths: Iterable[str | Path]) -> Iterator[Item]:
    """Expand paths lazily, in order; stdin is read here (a worker cannot), bad paths
    become Failures in place."""
    for raw in paths:
        try:
            expanded = inputs.expand([raw])
        except InputError as err:
            yield inputs.Failure(str(raw), str(err))
            continue
        for path in expanded:
            if path == "-":
                try:
                    yield inputs.read("-")
                except InputError as err:
                    yield inputs.Failure("-", str(err))
            else:
                yield path


def _chunks(items: Iterator[Item], size: int) -> Iterator[list[Item]]:
    while chunk := list(itertools.islice(items, size)):
        yield chunk


def geocode_chunk(items: list[Item], kwargs: dict[str, Any]) -> list[Result]:
    """Read and geocode one chunk in a worker (module-level so it pickles by name)."""
    out: list[Result] = []
    for item in items:
        if isinstance(item, inputs.Failure):
            out.append(item)
            continue
        try:
            doc = item if isinstance(item, Document) else inputs.read(item)
        except InputError as err:
            out.append(inputs.Failure(str(item), str(err)))
            continue
        try:
            out.append(geocode_document(doc, **kwargs))
        except GeomigError:
            raise
        except Exception as err:  # a bug, not bad input: stop, but name the document
            raise BatchError(f"{doc.doc}: geocoding failed in a worker ({type(err).__name__}: {err})") from err
    return out


def _worker_chunk(items: list[Item], kwargs: dict[str, Any]) -> list[tuple[Result, tuple[str, ...]]]:
    """geocode_chunk in a worker process, each result with the InputWarnings its reading gave:
    the parent gives them (_given), as the worker's own would print in Python's two-line
    format, interleaved with other workers' output, or on a remote Dask worker nowhere."""
    out = []
    for item in items:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", InputWarning)
            result = geocode_chunk([item], kwargs)[0]
        for w in caught:
            if not issubclass(w.category, InputWarning):  # (not ours to carry: shown here as before)
                warnings.showwarning(w.message, w.category, w.filename, w.lineno)
        out.append((result, tuple(str(w.message) for w in caught if issubclass(w.category, InputWarning))))
    return out


def _given(done: list[tuple[Result, tuple[str, ...]]]) -> list[Result]:
    """A worker's results, the InputWarnings that came back with them given here, in order."""
    for _, said in done:
        for message in said:
            warnings.warn(message, InputWarning, stacklevel=2)
    return [result for result, _ in done]


def _doc_of(item: Item) -> str:
    return item.doc if isinstance(item, (Document, inputs.Failure)) else str(item)


def _in_order(chunks: Iterator[list[Item]], submit: Callable[[list[Item]], Any],
              result: Callable[[Any], list[Result]], window: int,
              retry: Callable[[Item], Result]) -> Iterator[Result]:
    """Keep `window` chunks in flight and yield their results in submission order. A chunk
    whose task failed (its worker died, or a document raised) is retried one document at
    a time, so only the document at fault is reported failed and every other is kept."""
    pending: deque = deque((c, submit(c)) for c in itertools.islice(chunks, window))
    while pending:
        chunk, future = pending.popleft()
        try:
            done = result(future)
        except Exception:  # noqa: BLE001 - whatever killed the task, the retry says it per document
            done = [item if isinstance(item, inputs.Failure) else retry(item) for item in chunk]
        for c in itertools.islice(chunks, 1):
            pending.append((c, submit(c)))
        yield from done


#: After this many retried documents in a row whose worker died again, the rest are
#: reported failed without a retry: something kills every worker (memory, a limit).
MAX_DEATHS_IN_A_ROW = 3


class _Retries:
    """Retry one document alone, once: in its own task, so a second death or error is that
    document's and nobody else's. `run(item)` returns the task's future."""

    def __init__(self, run: Callable[[Item], Any], died: tuple[type[BaseException], ...]):
        self.run, self.died, self.deaths = run, died, 0

    def __call__(self, item: Item) -> Result:
        doc = _doc_of(item)
        if self.deaths >= MAX_DEATHS_IN_A_ROW:
            return inputs.Failure(doc, f"{doc}: not geocoded: worker processes kept dying (out of memory? killed?)")
        try:
            out = self.run(item).result()
        except self.died:
            self.deaths += 1
            return inputs.Failure(doc, f"{doc}: a worker process died geocoding it, also when retried alone "
                                       "(out of memory? killed?)")
        except GeomigError as err:
            self.deaths = 0
            return inputs.Failure(doc, str(err) if str(err).startswith(doc) else f"{doc}: {err}")
        except Exception as err:  # noqa: BLE001 - a bug in a worker: report it on the document
            self.deaths = 0
            return inputs.Failure(doc, f"{doc}: geocoding failed in a worker ({type(err).__name__}: {err})")
        self.deaths = 0
        return _given(out)[0]


def _pool(chunks: Iterator[list[Item]], jobs: int, kwargs: dict) -> Iterator[Result]:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    # forkserver, not fork: a gazetteer already open in the parent holds an SQLite
    # connection that must not be shared with children.
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(["geomig.geoparse.geocode"])
    # A worker that dies breaks its whole pool: a broken pool is replaced by a new one on
    # the next submit. Retries run in a pool of their own, one document at a time.
    pools = {"main": None, "retry": None}

    def submit(name: str, workers: int, items: list[Item]):
        for _ in range(2):
            pool = pools[name]
            if pool is None:
                pool = pools[name] = ProcessPoolExecutor(max_workers=workers, mp_context=ctx)
            try:
                return pool.submit(_worker_chunk, items, kwargs)
            except BrokenProcessPool:
                pool.shutdown(wait=False, cancel_futures=True)
                pools[name] = None
        raise BatchError("cannot start worker processes")

    def run_alone(item: Item):
        future = submit("retry", 1, [item])
        try:
            future.result()
        except BrokenProcessPool:
            pools["retry"].shutdown(wait=False, cancel_futures=True)
            pools["retry"] = None
        except Exception:  # noqa: BLE001, S110 - the retry reads the same future's error
            pass
        return future

    try:
        yield from _in_order(chunks, lambda c: submit("main", jobs, c), lambda f: _given(f.result()),
                             IN_FLIGHT * jobs, _Retries(run_alone, (BrokenProcessPool,)))
    finally:
        for pool in pools.values():
            if pool is not None:
                pool.shutdown(wait=True, cancel_futures=True)


def _dask(chunks: Iterator[list[Item]], address: str, jobs: int, kwargs: dict) -> Iterator[Result]:
    try:
        from distributed import Client, KilledWorker, LocalCluster
    except ImportError as err:
        raise BatchError("Dask is not installed: pip install 'geomig[dask]'") from err
    cluster = None
    if address == "local":
        try:
            # Port 0: a free port, never a clash with another cluster's default 8787.
            cluster = LocalCluster(n_workers=max(jobs, 2), threads_per_worker=1,
                                   processes=True, dashboard_address=":0")
        except RuntimeError as err:     # a worker that cannot start (see __main__ guard)
            raise BatchError(f"cannot start a local Dask cluster ({err})") from err
        client = Client(cluster)
    else:
        try:
            client = Client(address, timeout=CONNECT_TIMEOUT)
        except (OSError, TimeoutError) as err:
            raise BatchError(f"cannot reach the Dask scheduler at {address} ({err})") from err
    try:
        workers = max(len(client.scheduler_info()["workers"]), 1)
        # pure=False: two chunks with the same paths are still two tasks (files change).
        # Dask itself reruns a task whose worker died (KilledWorker after a few deaths).
        retry = _Retries(lambda item: client.submit(_worker_chunk, [item], kwargs, pure=False), (KilledWorker,))
        yield from _in_order(chunks, lambda c: client.submit(_worker_chunk, c, kwargs, pure=False),
                             lambda f: _given(f.result()), IN_FLIGHT * workers, retry)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def geocode_many(paths: Iterable[str | Path], *, jobs: int = 1, dask: str | None = None,
                 chunk_size: int = CHUNK_SIZE, **geocode_kwargs) -> Iterator[Result]:
    """Geocode files, directories and '-' like ``geocode_paths``, in parallel, in input order.

    ``jobs`` > 1 uses that many local processes; ``dask="local"`` starts a Dask
    LocalCluster (``jobs`` workers, at least 2), ``dask="tcp://host:8786"`` uses a
    running scheduler whose workers have geomig installed and read the same paths.
    ``geocode_kwargs`` (overrides, resolver...) go to every worker, so they must pickle.
    Workers are started processes, so a calling script needs the usual
    ``if __name__ == "__main__":`` guard.
    """
    if chunk_size < 1:
        raise ValueError("chunk_size must be at least 1")
    chunks = _chunks(_items(paths), chunk_size)
    if dask:
        yield from _dask(chunks, dask, jobs, geocode_kwargs)
    elif jobs > 1:
        yield from _pool(chunks, jobs, geocode_kwargs)
    else:
        for chunk in chunks:
            yield from geocode_chunk(chunk, geocode_kwargs)


def geocode_corpus_to_jsonl(paths: Iterable[str | Path], out: str | Path, **kwargs) -> list[inputs.Failure]:
    """Geocode a corpus into one JSONL file (written atomically); returns the failures."""
    failures: list[inputs.Failure] = []

    def lines() -> Iterator[str]:
        for item in geocode_many(paths, **kwargs):
            if isinstance(item, inputs.Failure):
                failures.append(item)
            else:
                yield outputs.write_jsonl(item)

    outputs.write_atomic(out, lines())
    return failures
