"""Outputs written beside the main process: a forked child writes one output file while
the parent goes on with the next stage.

A corpus run with workers has a second core; after the last partition its outputs are
independent of one another (the mention table of the picture's assembly, the picture
files of the map). A forked child shares the parent's memory as it was at the fork, so
it starts with the picture or the table already built, with nothing to copy or pickle.
Without workers, or where the platform cannot fork safely, the job runs at once in this
process: the outputs are the same either way.
"""

from __future__ import annotations

import gc
import os
import pickle
import sys
import time
from collections.abc import Callable
from typing import Any

from geomig.errors import BatchError, GeomigError

Join = Callable[[], tuple[Any, float]]


def can_fork() -> bool:
    """Whether jobs may run in forked children: Linux and the BSDs (macOS's system
    libraries are not safe to use after fork, Windows has no fork)."""
    return hasattr(os, "fork") and sys.platform != "darwin"


def beside(job: Callable[[], object], *, parallel: bool) -> Join:
    """Run `job()` in a forked child when `parallel` (and can_fork()), else now, here.

    Returns a join(): it waits for the job and returns what the job returned (pickled
    back from the child: keep it small) and the job's duration in seconds. An error the
    job raised in a child is raised again by join(): a GeomigError as itself, anything
    else as a BatchError naming it.
    """
    if parallel and can_fork():
        for stream in (sys.stdout, sys.stderr):  # nothing buffered is written twice
            stream.flush()
        try:
            read_end, write_end = os.pipe()
        except OSError:
            pass  # out of file descriptors: run it here
        else:
            try:
                pid = os.fork()
            except OSError:  # out of processes or memory: run it here
                os.close(read_end)
                os.close(write_end)
            else:
                return _forked(job, pid, read_end, write_end)
    start = time.perf_counter()
    result = job()
    seconds = time.perf_counter() - start
    return lambda: (result, seconds)


def _forked(job: Callable[[], object], pid: int, read_end: int, write_end: int) -> Join:
    """Both sides of the fork: the child runs the job and never returns; the parent
    gets the join()."""
    if pid == 0:  # the child: run the job, send back its duration or its error, and leave
        # No cyclic collection in a child that lives a second or two: a full one walks every
        # object it shares with the parent, so copies their pages (10,000 articles: the
        # picture writer 2.4 -> 1.6-2.2 CPU s).
        gc.disable()
        os.close(read_end)
        status = 1
        try:
            start = time.perf_counter()
            result = job()
            message, status = pickle.dumps((result, time.perf_counter() - start)), 0
        except BaseException as err:  # everything goes back to the parent
            message = _error(err)
        try:
            with os.fdopen(write_end, "wb") as out:
                out.write(message)
        finally:
            os._exit(status)  # no atexit handlers, no finalizers of the parent's objects
    os.close(write_end)

    def join() -> tuple[Any, float]:
        with os.fdopen(read_end, "rb") as source:
            message = source.read()
        _, status = os.waitpid(pid, 0)
        if not message:
            raise BatchError(f"an output writer process died (wait status {status}); out of memory?")
        result = pickle.loads(message)
        if isinstance(result, BaseException):
            raise result
        return result

    return join


def _error(err: BaseException) -> bytes:
    if isinstance(err, (GeomigError, KeyboardInterrupt)):  # Ctrl-C reaches the child too
        try:
            return pickle.dumps(err)
        except Exception:  # an error holding something that does not pickle: keep its line
            pass
    line = f"{type(err).__name__}: {err}".splitlines()[0] if str(err) else type(err).__name__
    return pickle.dumps(BatchError(f"writing an output failed: {line}"))
