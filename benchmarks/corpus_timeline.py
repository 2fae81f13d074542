"""Corpus timeline: when each process of a `geomig batch` run does what, and its CPU seconds.

Runs corpus_bench's synthetic corpus through run_corpus() in a fresh process per
configuration (one process; --workers 2), with the runner's functions wrapped so that
every process logs its phases: the parent's reading, cue compiling, pool start, each
partition's arrival and loading, its merging into the assembly, the thread ahead's
checkpoints, the assembly after the last partition, the picture writer and the map; each
worker's fork, its gazetteer load, first document, every partition (geocoding and reading,
pickling, writing its draft) and its last. Printed: the phases on one clock (seconds from
the run's start, wall and the process's CPU), each process's CPU by phase, and the idle
workers' time (from a worker's last partition to the last partition of the run). The
wrapping changes nothing the run writes. Run from the repository root:

    python benchmarks/corpus_timeline.py [--size 10000] [--configs single workers2] [--rounds 1]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks._common import commit  # noqa: E402
from benchmarks.corpus_bench import write_corpus  # noqa: E402

#: Where each process appends its events (set in the run's process, inherited by forks).
LOG = "GEOMIG_TIMELINE_LOG"


def _event(what: str, t0: float, cpu0: float | None = None, **extra) -> None:
    """One phase of this process (or thread): its start, end (perf_counter: one clock for
    every process on Linux) and CPU seconds (this thread's when `cpu0` is a thread time)."""
    now = time.perf_counter()
    row = {"pid": os.getpid(), "thread": threading.current_thread().name, "what": what, "start": t0, "end": now,
           **({"cpu": time.thread_time() - cpu0} if cpu0 is not None else {}), **extra}
    with open(os.environ[LOG], "a", encoding="utf-8") as f:
        f.write(json.dumps(row) + "\n")


def _timed(owner, name: str, label: str | None = None, extra_of=lambda args: {}, patch=setattr):
    """Wrap owner.name so that each call logs an event (thread CPU; `extra_of(args)`: more fields)."""
    fn = getattr(owner, name)

    def wrapper(*args, **kwargs):
        t0, c0 = time.perf_counter(), time.thread_time()
        try:
            return fn(*args, **kwargs)
        finally:
            _event(label or name, t0, c0, **extra_of(args))

    wrapper.__wrapped__ = fn
    wrapper.__name__, wrapper.__qualname__, wrapper.__module__ = fn.__name__, fn.__qualname__, fn.__module__
    patch(owner, name, wrapper)
    return fn


def instrument(patch=setattr) -> None:
    """Wrap the runner's functions (before run_corpus; workers forked later inherit it).
    `patch(owner, name, value)` sets each wrapper (a test's monkeypatch.setattr undoes them)."""
    from geomig.corpus import ahead, results, run, stages, store, timeline
    from geomig.picture import Assembly

    forked_at: dict[str, float] = {}

    def after_fork() -> None:
        forked_at.update(t=time.perf_counter(), pid=os.getpid())

    os.register_at_fork(after_in_child=after_fork)

    # Workers: their first partition logs the fork and a gazetteer load apart.
    inner = run.process_partition_into
    first = {"done": False}

    def process_partition_into(index, rows, outdir):
        if not first["done"]:
            first["done"] = True
            t0, c0 = time.perf_counter(), time.thread_time()
            if forked_at.get("pid") == os.getpid():
                _event("worker: forked, to its first task", forked_at["t"])
            from geomig.gazetteer.index import Gazetteer

            Gazetteer.default()
            _event("worker: gazetteer load", t0, c0)
        t0, c0 = time.perf_counter(), time.thread_time()
        got = inner(index, rows, outdir)
        _event("worker: partition", t0, c0, index=index, docs=len(rows))
        return got

    process_partition_into.__qualname__ = process_partition_into.__name__ = "process_partition_into"
    process_partition_into.__module__ = run.__name__
    patch(run, "process_partition_into", process_partition_into)
    _timed(run, "read_partition", "read partition (geocode + read)", lambda args: {"docs": len(args[1])}, patch=patch)
    geocode = stages.geocode
    seen = {"pid": None}

    def first_geocode(doc_id, text):
        if seen["pid"] == os.getpid():
            return geocode(doc_id, text)
        seen["pid"] = os.getpid()
        t0, c0 = time.perf_counter(), time.thread_time()
        try:
            return geocode(doc_id, text)
        finally:
            _event("first document geocoded", t0, c0)

    patch(stages, "geocode", first_geocode)
    _timed(store.Partition, "dumps", "partition dumps", patch=patch)
    _timed(store.Store, "draft_part", "worker: draft file", patch=patch)
    _timed(store.Store, "keep_part", "parent: keep part (sync, rename, read)", patch=patch)
    _timed(store.Partition, "loads", "parent: partition loads", patch=patch)
    _timed(stages, "prepare", "parent: prepare (cues, topic)", patch=patch)
    _timed(run, "_pool_context", "parent: pool context", patch=patch)
    _timed(Assembly, "add", "parent: assembly.add", patch=patch)
    _timed(Assembly, "warm_routes", "ahead: warm_routes", patch=patch)
    _timed(Assembly, "read_routes", "ahead: read_routes", patch=patch)
    _timed(Assembly, "picture", "tail: assembly.picture", patch=patch)
    _timed(stages, "warm_imports", "ahead: imports", patch=patch)
    _timed(stages, "warm_map", "ahead: warm_map", patch=patch)
    _timed(timeline, "annotate", "tail: annotate", patch=patch)
    _timed(timeline, "corpus_map", "tail: corpus_map", patch=patch)
    _timed(stages, "to_html", "tail: to_html", patch=patch)
    _timed(results, "write_picture", "writer: picture", patch=patch)
    _timed(results, "write_geocodes", "writer: geocodes", patch=patch)
    _timed(ahead.Ahead, "close", "parent: ahead close", patch=patch)


def one(config: str, corpus: Path, out: Path, log: Path, partition_size: int | None = None) -> dict:
    """Run one configuration in this process, its phases logged to `log`."""
    os.environ[LOG] = str(log)
    instrument()
    from geomig.corpus import Options, run_corpus

    size = {"partition_size": partition_size} if partition_size else {}
    start, cpu0 = time.perf_counter(), time.process_time()
    summary = run_corpus(corpus, out, Options(workers=2 if config == "workers2" else 1, **size))
    _event("parent: whole run", start, None, cpu_process=time.process_time() - cpu0)
    t = os.times()
    return {"start": start, "end": time.perf_counter(), "cpu": time.process_time() - cpu0,
            "children_cpu": t.children_user + t.children_system, "timings": summary["timings"]}


def report(config: str, r: dict, log: Path) -> None:
    rows = [json.loads(line) for line in log.read_text().splitlines()]
    t0 = r["start"]
    parent = next((x["pid"] for x in rows if x["what"] == "parent: whole run"), None)
    lanes: dict[tuple, list] = defaultdict(list)
    for x in rows:
        lane = "parent" if x["pid"] == parent else f"worker {x['pid']}" if x["what"] != "writer: geocodes" and \
            x["what"] != "writer: picture" else "writer"
        if x["pid"] == parent and x["thread"] != "MainThread":
            lane = f"parent/{x['thread']}"
        lanes[lane].append(x)
    print(f"== {config}: {r['end'] - t0:.2f} s wall, parent CPU {r['cpu']:.2f} s, children CPU {r['children_cpu']:.2f} s")
    print(f"   summary timings: {r['timings']}")
    for lane, xs in sorted(lanes.items()):
        by: dict[str, list] = defaultdict(list)
        for x in xs:
            by[x["what"]].append(x)
        print(f"  [{lane}]")
        for what, ys in sorted(by.items(), key=lambda kv: kv[1][0]["start"]):
            first, last = min(y["start"] for y in ys) - t0, max(y["end"] for y in ys) - t0
            wall = sum(y["end"] - y["start"] for y in ys)
            cpu = sum(y.get("cpu", 0.0) for y in ys)
            print(f"    {what:<48} n={len(ys):<4} from {first:7.2f} to {last:7.2f}  wall {wall:6.2f}  cpu {cpu:6.2f}")
    # Each process's first partitions (warming its caches) against the median of its others, per document.
    for lane, xs in sorted(lanes.items()):
        ps = sorted((x for x in xs if x["what"] == "read partition (geocode + read)"), key=lambda x: x["start"])
        if len(ps) > 4:
            per = [1000 * x["cpu"] / max(x.get("docs") or 128, 1) for x in ps]
            rest = sorted(per[3:])[len(per[3:]) // 2]
            extra = sum(max(p - rest, 0) * (x.get("docs") or 128) for p, x in zip(per[:3], ps[:3])) / 1000
            print(f"   {lane}: CPU ms per document, first partitions {', '.join(f'{p:.2f}' for p in per[:3])},"
                  f" median after {rest:.2f}: warming {extra:.2f} CPU s")
    # Each worker: its last partition's end against the run's last one.
    ends = {lane: max(x["end"] for x in xs if x["what"] == "worker: partition")
            for lane, xs in lanes.items() if any(x["what"] == "worker: partition" for x in xs)}
    if ends:
        last = max(ends.values())
        print("   workers' last partition ends: " + ", ".join(f"{k} {v - t0:.2f} s (idle {last - v:.2f} s)"
                                                           for k, v in sorted(ends.items())))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=10000)
    parser.add_argument("--configs", nargs="+", default=["single", "workers2"], choices=["single", "workers2"])
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--one", nargs=4, help=argparse.SUPPRESS)
    parser.add_argument("--partition-size", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        config, corpus, out, log = args.one
        print(json.dumps(one(config, Path(corpus), Path(out), Path(log), args.partition_size)))
        return
    print(f"commit {commit()}")
    with tempfile.TemporaryDirectory() as tmp:
        corpus = write_corpus(Path(tmp) / "corpus.jsonl", args.size)
        for _ in range(args.rounds):
            for config in args.configs:
                log = Path(tmp) / f"{config}.log"
                log.unlink(missing_ok=True)
                run = subprocess.run([sys.executable, __file__, "--one", config, str(corpus), str(Path(tmp) / config),
                                      str(log)], capture_output=True, text=True)
                if run.returncode:
                    sys.exit(run.stderr[-3000:])
                report(config, json.loads(run.stdout.strip().splitlines()[-1]), log)


if __name__ == "__main__":
    main()
