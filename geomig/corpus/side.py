"""Outputs written beside the main process: a forked child writes one output file while
the parent goes on with the next stage (beside()), or while the parent still produces
what the file is made of and sends it as it comes (fed()).

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
import signal
import sys
import time
from collections import deque
from collections.abc import Callable, Iterator
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
    forked = _fork(1) if parallel and can_fork() else None
    if forked is not None:
        pid, [(read_end, write_end)] = forked
        return _forked(job, pid, read_end, write_end)
    start = time.perf_counter()
    result = job()
    seconds = time.perf_counter() - start
    return lambda: (result, seconds)


def with_cpu(job: Callable[[], object]) -> tuple[object, float]:
    """job()'s answer and the CPU seconds it took: this process's, and those of the children
    it started and waited for (the picture writer's table is written by a child of its own)."""
    start = _cpu()
    result = job()
    return result, _cpu() - start


def _cpu() -> float:
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def fed(job: Callable[[Iterator[bytes]], object], *, parallel: bool) -> tuple[Callable[[bytes], None], Callable[[], Join], Callable[[], None]]:
    """Run `job(messages)` in a child forked now (when `parallel` and can_fork()), sent each
    message as the caller has it, instead of at the end from the caller's memory: forked
    early, while this process is small, the child shares none of what this process builds
    later, so neither copies those pages as the other writes to them.

    Returns send(message); end(), which ends the messages, so that the child finishes its
    job while the caller goes on, and returns a join() like beside()'s; and abort(), which
    stops the job unfinished (an error elsewhere: it must not write its output). Without a
    child the messages are kept and the job runs when they end."""
    forked = _fork(2) if parallel and can_fork() else None
    if forked is not None:
        pid, [(messages_in, messages_out), (result_in, result_out)] = forked
        if pid == 0:
            os.close(messages_out)
            _forked(lambda: job(_received(messages_in)), 0, result_in, result_out)
        os.close(messages_in)
        return _feeding(os.fdopen(messages_out, "wb"), _forked(job, pid, result_in, result_out), pid)
    kept: deque[bytes] = deque()

    def taken() -> Iterator[bytes]:
        # Each message let go of as the job takes it, not after the job: a corpus run without
        # workers holds 42 MB of mention rows (10,000 articles) that its geocodes table,
        # built from them, would otherwise find still there at its peak.
        while kept:
            yield kept.popleft()

    def end() -> Join:
        # The job runs now, and the messages are gone before what the caller does next (a
        # corpus run without workers: the mention rows before the picture is assembled).
        start = time.perf_counter()
        result = job(taken())
        seconds = time.perf_counter() - start
        kept.clear()
        return lambda: (result, seconds)

    return kept.append, end, kept.clear


def _fork(pipes: int) -> tuple[int, list[tuple[int, int]]] | None:
    """Fork with this many pipes open (read end, write end): the pid (0 in the child) and
    the pipes; None when the system has no descriptors, processes or memory left (the job
    then runs in this process)."""
    for stream in (sys.stdout, sys.stderr):  # nothing buffered is written twice
        stream.flush()
    opened: list[tuple[int, int]] = []
    try:
        for _ in range(pipes):
            opened.append(os.pipe())
        return os.fork(), opened
    except OSError:
        for fd in (fd for pair in opened for fd in pair):
            os.close(fd)
        return None


#: The header that ends a child's messages (a message's header is its length).
_END = (2**64 - 1).to_bytes(8, "little")


def _feeding(out, join: Join, pid: int):
    # The parent's side of fed(): a child that died makes send() a no-op and join() raise.
    def send(message: bytes) -> None:
        try:
            out.write(len(message).to_bytes(8, "little"))
            out.write(message)
        except OSError:  # the child is gone: join() says why
            pass

    def end() -> Join:
        for step in (lambda: out.write(_END), out.close):
            try:
                step()
            except OSError:  # the child is gone: join() says why
                pass
        return join

    def abort() -> None:
        try:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
        except OSError:
            pass
        try:
            out.close()
        except OSError:
            pass

    return send, end, abort


def _received(fd: int) -> Iterator[bytes]:
    """A child's messages, up to the end header; cut short (the parent died), an error."""
    with os.fdopen(fd, "rb") as source:
        while (head := source.read(8)) != _END:
            if len(head) < 8:
                raise BatchError("the run ended before its outputs were complete")
            size = int.from_bytes(head, "little")
            if len(message := source.read(size)) < size:
                raise BatchError("the run ended before its outputs were complete")
            yield message


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
