"""Work the main process does while the workers run, so that little is left for after
the last partition.

With workers the main process mostly waits for partitions; what it does after the last
one (the assembly, the map) is the run's serial tail. A thread of its own fills, as the
partitions arrive, the per-process memos that tail would otherwise fill itself
(stages.warm_routes: the legs of the routes the partitions since the last checkpoint plan,
kept in the run's assembly;
stages.warm_map: the basemap's land), after importing what the writers forked in the
tail and the map use (stages.warm_imports). It only fills memos of deterministic functions and
imports modules, so the outputs are the same whether it ran, half ran or not at all.

    partitions ─> Ahead.follow() ─> results.finish (documents.jsonl, claims kept)
                       └─ thread: imports, then at CHECKPOINTS of the partitions, the
                          routes of those since the checkpoint before planned and drawn
                          (after the first, only those few documents tell: MOST_DOCUMENTS);
                          after the last, each partition's documents read for routes as
                          it comes (_read_later)
"""

from __future__ import annotations

import bisect
import itertools
import threading
import time
from collections.abc import Iterable, Iterator, Sequence

from geomig.corpus import stages
from geomig.corpus.store import Partition

#: Fractions of the partitions after which the routes of the documents since the checkpoint
#: before (a slice) are drawn ahead; the legs drawn before are memoised. Most legs are found
#: early: on the benchmark's 10,000 articles (465 sea legs drawn, 450 of them in the picture)
#: the routes of the first 30% fill 457 memo entries, 0.7 572, and 0.7 then 0.95 674.
#: The thread shares the two cores with the two workers, at their pace; a checkpoint still
#: drawing at the last partition is cut short. What planning reads of each document alone is
#: kept in the assembly (routes.plan's memo): the assembly after the last partition reads
#: only the documents neither a checkpoint nor the reading after the last one (_read_later) read.
#: A slice, not all the documents so far: planning groups the corridors of all it is given
#: again, which made each checkpoint dearer than the one before (10,000 articles, the
#: checkpoints replayed in one process, under load: 0.3, 0.6, 0.9 of all so far 4.7 + 2.6 +
#: 2.2 = 9.5 CPU s, the assembly after them 1.75 s; as slices 4.1 + 1.9 + 1.6 = 7.6 s,
#: assembly 2.1 s). A slice's routes join fewer stops than the whole corpus's, leaving a few
#: legs to the end: the slice of the last 5% (0.4 CPU s, while the workers read the last
#: partitions) leaves the assembly as little as one after the very last partition would
#: (slices to 0.95: ahead 8.2 s, assembly 1.65 s).
#: Two checkpoints, at half and four fifths of the corpus, since planning became incremental
#: (routes.plan's memo): each checkpoint still plans its slice's corridors again, and the
#: first slice, larger, finds more of the picture's legs. Replayed in one process under load
#: (10,000 articles, CPU s, two runs each): (0.3, 0.6, 0.9, 0.95) ahead 12.6 / 12.6, assembly
#: after them 3.5 / 3.3; (0.5, 0.8) ahead 10.2 / 10.7, assembly 3.1 / 3.4; on two cores
#: (ahead / 2 + assembly) 9.8 / 9.6 against 8.2 / 8.7 s. Neither (0.5, 0.9), (0.4, 0.8),
#: (0.6, 0.9), (0.5, 0.85, 0.95) nor 0.5 alone did better (8.9-10.7 s).
CHECKPOINTS = (0.5, 0.8)
#: After the first checkpoint, a route more documents than this tell is planned, not drawn:
#: it joins the stops its corridor's documents in the slice name, which the corridor's other
#: documents change, and its legs are rarely the picture's. The first checkpoint draws them
#: all: the legs its corridors share (Agadez to Niamey) are the picture's too. On the
#: benchmark's 10,000 articles, of the routes the three later slices plan, 10 of 194 that 5
#: or more documents tell are in the picture, 272 of 493 that fewer tell; the work ahead then
#: left 241 of the 823 legs it drew unused, not 470 of 1,147 (sea 37 of 432, land 109 of 199,
#: land checked 95 of 192), for about 1 CPU s less ahead (7.0-7.3 s, 6.1 s) and 0.2 s more
#: after the last partition (one process, replayed).
MOST_DOCUMENTS = 4
#: Fewer partitions than this (2,048 articles) finish too soon for routes drawn ahead to
#: pay (the thread then only imports).
MIN_PARTS = 16


class Ahead:
    """A thread that imports what the tail's writers and map use, then warms the assembly's (`into`)
    and the map's memos from the readings of the partitions since its last checkpoint, and after
    the last one reads each partition's documents for routes as they come (`enabled`: a run
    with workers; without them it does nothing, since a thread would only take turns with
    the one process doing the work, whose writers are not forked)."""

    def __init__(self, sizes: Sequence[int], into, *, enabled: bool):
        # `sizes`: how many documents each partition holds (run.plan()).
        n_parts = len(sizes)
        #: After how many partitions each checkpoint falls (the first that reaches its
        #: fraction of the documents); none are kept after the last.
        ends = list(itertools.accumulate(sizes))
        # A mark on the last partition is dropped: its slice would start with the assembly and
        # only take a core from it.
        marks = {max(1, bisect.bisect_left(ends, round(fraction * sum(sizes))) + 1) for fraction in CHECKPOINTS}
        self.marks = sorted(mark for mark in marks if mark < n_parts)
        #: The readings of the partitions since the last checkpoint, until the thread takes them;
        #: those after the last checkpoint, until the thread reads them for routes.
        self.readings: list = []
        self.later: list = []
        #: The run's assembly (stages.assembly()): the legs are drawn into it.
        self.into = into
        self._seen = 0
        self._stop = False
        self._changed = threading.Condition()
        self._thread = None
        #: The thread's CPU seconds, and how many checkpoints it drew to the end before
        #: it was stopped (the run's summary reports them).
        self.cpu_s = 0.0
        self.drawn = 0
        #: How many documents after the last checkpoint it read for routes (_read_later).
        self.read = 0
        #: How long close() waited for the thread to stop (seconds): the run's serial tail
        #: starts with it.
        self.stop_s = 0.0
        #: Whether the thread runs (workers), and whether it draws routes (and enough
        #: partitions: no checkpoints otherwise).
        self.threaded = enabled
        self.enabled = enabled and n_parts >= MIN_PARTS

    def follow(self, parts: Iterable[Partition]) -> Iterator[Partition]:
        """The partitions as they are, each shown to the thread first; the thread is
        stopped once the last has been taken."""
        try:
            for part in parts:
                self.add(part.readings)
                yield part
        finally:
            self.close()

    def add(self, readings: list) -> None:
        """The readings of one more partition. The thread starts with the first, when the
        run has forked its workers and its writers: a child forked while a thread runs may
        inherit a lock that thread held."""
        if self.threaded and self._thread is None and self._seen == 0:
            self._thread = threading.Thread(target=self._run, name="geomig-ahead", daemon=True)
            self._thread.start()
        if self._thread is None or not self.enabled:
            return
        with self._changed:
            (self.readings if self._seen < self.marks[-1] else self.later).extend(readings)
            self._seen += 1
            self._changed.notify()

    def close(self) -> None:
        """Stop the thread and wait for it (it stops between two routes: the route it
        is drawing is finished, within a few hundredths of a second)."""
        if self._thread is None:
            return
        start = time.perf_counter()
        with self._changed:
            self._stop = True
            self._changed.notify()
        self._thread.join()
        self.stop_s += time.perf_counter() - start
        self._thread = None
        self.readings, self.later = [], []

    def _take(self, parts: int) -> list | None:
        """Once `parts` partitions are in, the readings of those since the last take (a
        slice: taken, they are let go of here); None once stopped."""
        with self._changed:
            self._changed.wait_for(lambda: self._stop or self._seen >= parts)
            if self._stop:
                return None
            readings, self.readings = self.readings, []
            return readings

    def _run(self) -> None:
        start = time.thread_time()
        try:
            self._warm()
        finally:
            self.cpu_s = time.thread_time() - start

    def _warm(self) -> None:
        try:
            stages.warm_imports()
        except Exception:  # noqa: BLE001 - the writers and the map import them again and report what fails
            pass
        map_warm = False
        for k, mark in enumerate(self.marks if self.enabled else ()):
            readings = self._take(mark)
            if readings is None:
                return
            if not readings:  # (a late thread took them all at the checkpoint before: nothing to draw)
                continue
            try:
                if not map_warm and any(r.zones for r in readings):
                    stages.warm_map()  # zones on the map: coastguard waters are cut to the land
                    map_warm = True
                if stages.warm_routes(readings, self.into, stop=lambda: self._stop, most_documents=most_documents(k)):
                    self.drawn += 1
            except Exception:  # noqa: BLE001 - the assembly does the same work and reports its errors itself
                return
        if self.enabled:
            self._read_later()

    def _read_later(self) -> None:
        """After the last checkpoint: each partition's documents read for routes as they come
        (what routes.plan reads of each document alone, kept in the assembly), planning and
        drawing nothing, so that the assembly after the last partition plans without reading
        the last fifth of the corpus itself: the reading it would do, done while the workers
        read the last partitions (10,000 articles, replayed in one process under load: 0.37
        CPU s here, the assembly's planning 0.4 s shorter)."""
        while (readings := self._take_later()) is not None:
            try:
                if stages.read_routes(readings, self.into, stop=lambda: self._stop):
                    self.read += len(readings)
            except Exception:  # noqa: BLE001 - the assembly reads them again and reports its errors itself
                return

    def _take_later(self) -> list | None:
        """The readings after the last checkpoint not yet read, once there are any (taken, they
        are let go of here); None once stopped."""
        with self._changed:
            self._changed.wait_for(lambda: self._stop or self.later)
            if self._stop:
                return None
            readings, self.later = self.later, []
            return readings


def most_documents(checkpoint: int) -> int | None:
    """How many documents may tell a route the `checkpoint`-th checkpoint (from 0) draws
    (MOST_DOCUMENTS; None: any number)."""
    return None if checkpoint == 0 else MOST_DOCUMENTS
