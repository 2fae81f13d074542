"""Tests of geomig.corpus.side: output jobs run in a forked child or here, and their failures."""

from __future__ import annotations

import os
import signal
import sys

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


def test_an_output_job_runs_here_when_the_system_cannot_fork(monkeypatch):
    from geomig.corpus import side

    def refuse():
        raise BlockingIOError(11, "Resource temporarily unavailable")

    monkeypatch.setattr(os, "fork", refuse)
    result, _ = side.beside(lambda: os.getpid(), parallel=True)()
    assert result == os.getpid()
