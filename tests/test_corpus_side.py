"""Tests of geomig.corpus.side: output jobs run in a forked child or here, and their failures."""

from __future__ import annotations

import os
import signal
import sys
import time

import pytest


def _killed():
    os.kill(os.getpid(), signal.SIGKILL)


def _fails(err: Exception):
    raise err


@pytest.mark.parametrize("parallel", [False, True])
def test_an_output_job_returns_its_result_beside_or_here(parallel):
    from geomig.corpus import side

    result, seconds = side.beside(lambda: {"answer": 42, "pid": os.getpid()}, parallel=parallel)()
    assert result["answer"] == 42 and seconds >= 0
    assert (result["pid"] != os.getpid()) == (parallel and side.can_fork())


@pytest.mark.skipif(not hasattr(os, "fork") or sys.platform == "darwin", reason="jobs run in forked children")
@pytest.mark.parametrize(("job", "error", "match"), [
    (lambda: _fails(__import__("geomig.errors").errors.OutputError("cannot write x: No space left")),
     "OutputError", r"^cannot write x: No space left$"),
    (lambda: _fails(ValueError("bad\nsecond line")), "BatchError", r"^writing an output failed: ValueError: bad$"),
    (_killed, "BatchError", r"^an output writer process died \(wait status 9\); out of memory\?$"),
])
def test_an_output_job_that_fails_in_a_child_fails_the_run_in_one_line(job, error, match):
    from geomig import errors
    from geomig.corpus import side

    join = side.beside(job, parallel=True)
    with pytest.raises(getattr(errors, error), match=match):
        join()


def _spin(seconds: float) -> None:
    end = time.process_time() + seconds
    while time.process_time() < end:
        pass


@pytest.mark.skipif(not hasattr(os, "fork") or sys.platform == "darwin", reason="the job forks a child")
def test_a_jobs_cpu_seconds_count_the_children_it_waited_for():
    # The picture writer writes its table in a child of its own: the writer's CPU seconds in
    # the run's summary are its own and that child's, not its own alone.
    from geomig.corpus import side

    def job() -> str:
        pid = os.fork()
        if pid == 0:
            _spin(0.3)
            os._exit(0)
        os.waitpid(pid, 0)
        _spin(0.1)
        return "written"

    result, cpu = side.with_cpu(job)
    assert result == "written" and cpu >= 0.35
    assert side.with_cpu(lambda: 7)[1] < 0.1  # a job that does nothing costs nothing


def test_an_output_job_runs_here_when_the_system_cannot_fork(monkeypatch):
    from geomig.corpus import side

    def refuse():
        raise BlockingIOError(11, "Resource temporarily unavailable")

    monkeypatch.setattr(os, "fork", refuse)
    result, _ = side.beside(lambda: os.getpid(), parallel=True)()
    assert result == os.getpid()


def _joined(messages) -> dict:
    return {"text": b"|".join(messages).decode(), "pid": os.getpid()}


@pytest.mark.parametrize("parallel", [False, True])
def test_a_fed_job_gets_every_message_in_order_beside_or_here(parallel):
    from geomig.corpus import side

    send, end, _ = side.fed(_joined, parallel=parallel)
    for word in ("launch", "", "transit " * 20_000, "destination"):  # one larger than a pipe holds
        send(word.encode())
    result, seconds = end()()
    assert result["text"] == "launch||" + "transit " * 20_000 + "|destination" and seconds >= 0
    assert (result["pid"] != os.getpid()) == (parallel and side.can_fork())


def test_a_fed_job_run_here_holds_each_message_only_until_it_takes_the_next():
    # Without a child the messages wait in this process; the job lets go of each as it
    # goes (a run without workers: the mention rows are not all held at the table's peak).
    from geomig.corpus import side

    freed: list[bytes] = []

    class Rows(bytes):  # bytes that say when they are let go of
        def __del__(self):
            freed.append(bytes(self))

    send, end, _ = side.fed(lambda messages: [(bytes(m), list(freed)) for m in messages], parallel=False)
    for i in range(3):
        send(Rows(b"partition %d" % i))
    result, _ = end()()
    # When each message is taken, those before it are gone.
    assert result == [(b"partition 0", []), (b"partition 1", [b"partition 0"]),
                      (b"partition 2", [b"partition 0", b"partition 1"])]


@pytest.mark.skipif(not hasattr(os, "fork") or sys.platform == "darwin", reason="jobs run in forked children")
def test_an_aborted_fed_job_writes_nothing(tmp_path):
    # A run that fails while partitions come in must not leave the geocodes of part of them.
    from geomig.corpus import side

    out = tmp_path / "written"
    send, _, abort = side.fed(lambda messages: out.write_bytes(b"".join(messages)), parallel=True)
    send(b"half a corpus")
    abort()
    assert not out.exists()


@pytest.mark.skipif(not hasattr(os, "fork") or sys.platform == "darwin", reason="jobs run in forked children")
def test_a_fed_job_that_fails_in_a_child_fails_the_run_in_one_line():
    from geomig.corpus import side
    from geomig.errors import BatchError

    send, end, _ = side.fed(lambda messages: _fails(ValueError(f"bad {len(list(messages))}")), parallel=True)
    send(b"x")
    join = end()
    with pytest.raises(BatchError, match=r"^writing an output failed: ValueError: bad 1$"):
        join()


def test_a_message_cut_short_is_a_batch_error_not_a_pickle_error():
    from geomig.corpus.side import _received
    from geomig.errors import BatchError

    read_end, write_end = os.pipe()
    os.write(write_end, (100).to_bytes(8, "little") + b"only ten b")
    os.close(write_end)
    with pytest.raises(BatchError, match="ended before its outputs were complete"):
        list(_received(read_end))
