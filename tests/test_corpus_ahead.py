"""The main process's work ahead while workers run (geomig.corpus.ahead): it is shown
every partition, draws the routes found so far at its checkpoints, stops when told, and
never changes an output."""

from __future__ import annotations

import threading
import time
from types import SimpleNamespace

import pytest

from geomig.corpus import ahead as ahead_module
from geomig.corpus import stages
from geomig.corpus.ahead import CHECKPOINTS, MIN_PARTS, Ahead

#: The run's assembly, as the stand-in warm_routes() expects it (a route drawn into another
#: would not count as drawn).
INTO = object()


def _parts(n: int) -> list[SimpleNamespace]:
    # A partition as follow() reads it: its readings (one stand-in per partition).
    return [SimpleNamespace(index=i, readings=[SimpleNamespace(doc=f"d{i}", zones=())]) for i in range(n)]


@pytest.fixture
def drawn(monkeypatch) -> list[list]:
    """The readings each warm_routes() call was given (nothing is drawn)."""
    calls: list[list] = []
    monkeypatch.setattr(stages, "warm_routes",
                        lambda readings, into, stop, most_documents: calls.append(list(readings)) or into is INTO)
    monkeypatch.setattr(stages, "warm_map", lambda: None)
    monkeypatch.setattr(stages, "warm_imports", lambda: None)
    monkeypatch.setattr(stages, "read_routes", lambda readings, into, stop: True)
    return calls


@pytest.fixture
def read(monkeypatch) -> list[list]:
    """The readings each read_routes() call was given after the last checkpoint (nothing is read)."""
    calls: list[list] = []
    monkeypatch.setattr(stages, "read_routes",
                        lambda readings, into, stop: calls.append(list(readings)) or into is INTO)
    return calls


@pytest.fixture
def imported(monkeypatch) -> threading.Event:
    """Set once the thread has imported the writers' libraries (nothing is imported)."""
    done = threading.Event()
    monkeypatch.setattr(stages, "warm_imports", done.set)
    return done


def _until(condition) -> None:
    # The thread runs when it is scheduled: wait for it (a test machine may be busy).
    deadline = time.monotonic() + 60
    while not condition():
        assert time.monotonic() < deadline, "the thread never drew"
        time.sleep(0.01)


def test_follow_passes_every_partition_and_draws_at_the_checkpoints(drawn):
    n = MIN_PARTS + 4
    parts = _parts(n)
    ahead = Ahead([1] * n, INTO, enabled=True)
    got = []
    for seen, part in enumerate(ahead.follow(parts), 1):
        got.append(part)
        due = sum(round(f * n) <= seen for f in CHECKPOINTS)
        _until(lambda: len(drawn) >= due)
    assert got == parts
    assert ahead._thread is None  # stopped and joined once the last partition was taken
    # Each checkpoint is given the partitions since the one before: every one up to the last, once.
    marks = [round(f * n) for f in CHECKPOINTS]
    assert [len(c) for c in drawn] == [b - a for a, b in zip([0, *marks], marks)]
    assert [r.doc for c in drawn for r in c] == [f"d{i}" for i in range(marks[-1])]
    assert ahead.drawn == len(CHECKPOINTS)  # each drawn to the end, as the summary reports
    assert ahead.readings == []  # none kept after the last checkpoint


def test_a_late_thread_takes_every_partition_since_its_last_checkpoint(monkeypatch):
    # Held up in its first checkpoint while the rest come in, the thread draws the next
    # with all of them, and has nothing left for the later ones.
    calls, release = [], threading.Event()

    def held(readings, into, stop, most_documents):
        calls.append([r.doc for r in readings])
        return release.wait(60)

    monkeypatch.setattr(stages, "warm_routes", held)
    monkeypatch.setattr(stages, "warm_map", lambda: None)
    monkeypatch.setattr(stages, "warm_imports", lambda: None)
    n = MIN_PARTS + 4
    marks = [round(f * n) for f in CHECKPOINTS]
    ahead = Ahead([1] * n, INTO, enabled=True)
    parts = _parts(n)
    for part in parts[:marks[0]]:
        ahead.add(part.readings)
    _until(lambda: calls)
    for part in parts[marks[0]:]:
        ahead.add(part.readings)
    release.set()
    # Two slices drawn: the later checkpoints find nothing new and draw nothing.
    _until(lambda: ahead.drawn == 2)
    ahead.close()
    assert calls == [[f"d{i}" for i in range(marks[0])], [f"d{i}" for i in range(marks[0], marks[-1])]]


def test_checkpoints_fall_at_a_fraction_of_the_documents():
    # Smaller last partitions (run.plan()) do not move the checkpoints later in the corpus.
    even = Ahead([1] * 79, INTO, enabled=False).marks
    assert Ahead([128] * 78 + [16], INTO, enabled=False).marks == even == [40, 63]
    assert Ahead([128] * 76 + [32] * 8 + [16], INTO, enabled=False).marks == even


def test_no_checkpoint_falls_on_the_last_partition():
    # Its slice would start with the assembly and only take a core from it.
    assert Ahead([128] * 16, INTO, enabled=False).marks == [8, 13]
    assert Ahead([128] * 19, INTO, enabled=False).marks == [10, 16]


@pytest.mark.parametrize("n_parts, enabled", [(MIN_PARTS - 1, True), (20, False)])
def test_no_routes_drawn_for_a_few_partitions_or_without_workers(drawn, n_parts, enabled):
    ahead = Ahead([1] * n_parts, INTO, enabled=enabled)
    assert ahead._thread is None
    assert list(ahead.follow(_parts(n_parts))) == _parts(n_parts)
    assert drawn == [] and ahead.readings == []


def test_with_workers_the_writers_libraries_are_imported_ahead_whatever_the_corpus(drawn, imported):
    # A few partitions: imported, no routes drawn. Without workers nothing is forked: no thread.
    small = Ahead([1] * 2, INTO, enabled=True)
    parts = small.follow(_parts(2))
    next(parts)
    assert imported.wait(60)
    assert list(parts) == _parts(2)[1:] and small._thread is None and drawn == []
    imported.clear()
    alone = Ahead([1] * MIN_PARTS, INTO, enabled=False)
    assert list(alone.follow(_parts(MIN_PARTS))) == _parts(MIN_PARTS)
    assert not imported.is_set() and drawn == []


def test_the_imports_ahead_are_the_writers_and_the_maps():
    # In a fresh process: this one has imported them already. The corpus package itself
    # imports neither (a run without workers imports them when it writes).
    import subprocess
    import sys
    from pathlib import Path

    script = ("import sys\nfrom geomig.corpus import run, stages\n"
              "before = [m in sys.modules for m in ('geopandas', 'folium')]\nstages.warm_imports()\n"
              "print(*before, *[m in sys.modules for m in ('geopandas', 'pyarrow.parquet', 'folium', 'geomig.maps.html')])")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          cwd=Path(__file__).parent.parent, check=True)
    assert done.stdout.split() == ["False", "False", "True", "True", "True", "True"]


@pytest.mark.filterwarnings("error::pytest.PytestUnhandledThreadExceptionWarning")
def test_routes_are_drawn_ahead_even_when_the_imports_fail(drawn, monkeypatch):
    def missing():
        raise ImportError("no geopandas here")

    monkeypatch.setattr(stages, "warm_imports", missing)
    n = MIN_PARTS
    ahead = Ahead([1] * n, INTO, enabled=True)
    for seen, part in enumerate(ahead.follow(_parts(n)), 1):
        _until(lambda: len(drawn) >= sum(round(f * n) <= seen for f in CHECKPOINTS))
    marks = [round(f * n) for f in CHECKPOINTS]
    assert [len(c) for c in drawn] == [b - a for a, b in zip([0, *marks], marks)]


def test_close_stops_a_thread_still_waiting_for_partitions(drawn):
    ahead = Ahead([1] * 100, INTO, enabled=True)
    ahead.add(_parts(1)[0].readings)
    ahead.close()  # long before its first checkpoint
    assert ahead._thread is None and drawn == [] and ahead.drawn == 0
    ahead.close()  # twice is harmless


# An exception escaping the thread would be reported as this warning: made an error here.
@pytest.mark.filterwarnings("error::pytest.PytestUnhandledThreadExceptionWarning")
def test_a_failing_step_ends_the_thread_quietly(monkeypatch):
    def broken(readings, into, stop, most_documents):
        raise RuntimeError("no router")

    monkeypatch.setattr(stages, "warm_routes", broken)
    monkeypatch.setattr(stages, "warm_map", lambda: None)
    monkeypatch.setattr(stages, "warm_imports", lambda: None)
    ahead = Ahead([1] * MIN_PARTS, INTO, enabled=True)
    parts = ahead.follow(_parts(MIN_PARTS))
    first = next(parts)
    thread = ahead._thread
    assert [first, *parts] == _parts(MIN_PARTS)
    assert thread is not None and not thread.is_alive()


def test_the_thread_starts_with_the_first_partition():
    # Not before: the run forks its workers and its writers first (a child forked while a
    # thread runs may inherit a lock that thread held).
    ahead = Ahead([1] * MIN_PARTS, INTO, enabled=True)
    assert ahead._thread is None
    parts = ahead.follow(_parts(MIN_PARTS))
    next(parts)
    assert ahead._thread is not None
    ahead.close()
    assert ahead._thread is None


def test_close_interrupts_the_drawing(monkeypatch):
    # The thread leaves the rest of its routes undrawn once told to stop.
    started, asked = threading.Event(), []

    def slow(readings, into, stop, most_documents):
        started.set()
        while not stop():
            time.sleep(0.001)
        asked.append(True)

    monkeypatch.setattr(stages, "warm_routes", slow)
    monkeypatch.setattr(stages, "warm_map", lambda: None)
    monkeypatch.setattr(stages, "warm_imports", lambda: None)
    ahead = Ahead([1] * MIN_PARTS, INTO, enabled=True)
    for part in _parts(MIN_PARTS):
        ahead.add(part.readings)
    assert started.wait(60)
    ahead.close()
    assert asked == [True] and ahead._thread is None


def test_checkpoints_are_fractions_in_order():
    assert list(CHECKPOINTS) == sorted(CHECKPOINTS) and all(0 < f < 1 for f in CHECKPOINTS)
    assert ahead_module.MIN_PARTS >= 2


def test_only_the_first_checkpoint_draws_routes_many_documents_tell(monkeypatch):
    limits = []
    monkeypatch.setattr(stages, "warm_routes",
                        lambda readings, into, stop, most_documents: limits.append(most_documents) or True)
    monkeypatch.setattr(stages, "warm_map", lambda: None)
    monkeypatch.setattr(stages, "warm_imports", lambda: None)
    n = MIN_PARTS + 4
    ahead = Ahead([1] * n, INTO, enabled=True)
    for seen, _ in enumerate(ahead.follow(_parts(n)), 1):
        due = sum(round(f * n) <= seen for f in CHECKPOINTS)
        _until(lambda: len(limits) >= due)
    assert limits == [None] + [ahead_module.MOST_DOCUMENTS] * (len(CHECKPOINTS) - 1)
    assert ahead_module.MOST_DOCUMENTS >= 1


def test_after_the_last_checkpoint_each_partition_is_read_for_routes(drawn, read):
    # Its documents read as they come (what planning reads of each alone), for the assembly after
    # the last partition to find them read; none drawn, and none of the checkpoints' slices.
    n = MIN_PARTS + 4
    marks = [round(f * n) for f in CHECKPOINTS]
    ahead = Ahead([1] * n, INTO, enabled=True)
    for seen, part in enumerate(_parts(n), 1):
        ahead.add(part.readings)
        _until(lambda: len(drawn) >= sum(m <= seen for m in marks) and ahead.read >= max(seen - marks[-1], 0))
    ahead.close()
    assert [r.doc for c in drawn for r in c] == [f"d{i}" for i in range(marks[-1])]
    assert [r.doc for c in read for r in c] == [f"d{i}" for i in range(marks[-1], n)]
    assert ahead.read == n - marks[-1] and ahead.later == []
