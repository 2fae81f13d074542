"""Corpus benchmark: `geomig batch` on 1,000 and 10,000 synthetic articles.

Each configuration runs in a fresh process: one process, --workers 2, and a 2-worker
dask LocalCluster. Printed per run: articles/s over the whole run (reading, geocoding,
extraction, merging, writing every output and the map), peak memory of the parent and
of the largest worker (and of the output writers a run with workers forks at its end),
and the map's size; after each size, the SCALING lines: one process against two workers
(local and Dask), T(one) / (2 x T(two)), for the whole run and for the processing alone
(90% is the target for the whole run). Each run also prints its SERIAL TAIL (what runs
after the last partition: wall time, the main process's CPU seconds, its stages and the
writers beside them, each process's CPU seconds in it, and how long the run waited for
its thread ahead to stop and for its writers) and its CPU SPLIT (main process while processing, of which its
thread's work ahead, and after; workers; output writers); each size, the CPU seconds of
one process against two workers and the whole-run scaling those CPU seconds allow at
best on two idle cores. The articles are made here from template
sentences written for this benchmark, with place names drawn at random. Run from the
repository root:

    python benchmarks/corpus_bench.py [--sizes 1000 10000] [--configs single workers2 dask2]
    python benchmarks/corpus_bench.py --sizes 10000 --configs workers2 --against main --rounds 2
    python benchmarks/corpus_bench.py --contention 16 --rounds 4
    python benchmarks/corpus_bench.py --replay 10000 --rounds 2 [--against main]

`--against REF` runs each configuration with the code of a git ref (exported to a
temporary directory) and with the working tree, alternating (A B B A ...), and prints the
workers' CPU seconds of each side and their ratio: on a shared machine CPU seconds,
not the wall clock, tell whether the code got faster; and whether every run of both
sides wrote the same output files, byte for byte (the summary's timings and the map's
time aside). `--contention N` times the CPU a
worker spends per partition alone and beside a second one (N partitions, forks of one
process, in turn): the second core's own cost, and the scaling it leaves at best.
`--replay N` runs N articles once without workers, then replays in fresh processes, from
that run's partition files, what the main process of a run with workers does with them:
its thread's work ahead (every checkpoint drawn to its end) and the outputs after the last
partition, and in turn the same outputs with no work ahead; it prints the CPU seconds of
each (REPLAY lines): what the work ahead takes out of the serial tail against what it
spends, measured in a minute and without workers sharing the cores.
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import os
import random
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
if os.environ.get("GEOMIG_BENCH_CODE"):  # --against: this process runs another ref's geomig
    sys.path.insert(0, os.environ["GEOMIG_BENCH_CODE"])

from benchmarks._ab import Against, code_of  # noqa: E402
from benchmarks._common import commit  # noqa: E402

LAUNCH = ["Sabratha", "Zuwara", "Zawiya", "Garabulli", "Tripoli", "Benghazi", "Tobruk", "Sfax", "Mahdia",
          "Nador", "Tangier", "Oran", "Annaba", "Izmir", "Bodrum", "Dakhla", "Nouadhibou"]
DESTINATION = ["Lampedusa", "Catania", "Malta", "Crete", "Augusta", "Pozzallo", "Lesbos", "Samos",
               "Almeria", "Malaga", "Tenerife", "Gran Canaria", "Calabria", "Sardinia"]
TRANSIT = ["Sabha", "Kufra", "Agadez", "Niamey", "Gao", "Khartoum", "Tamanrasset", "Bamako", "Ouagadougou",
           "Cairo", "Istanbul", "Tunis"]
ORIGIN = ["Eritrea", "Sudan", "Nigeria", "Guinea", "Mali", "Syria", "Afghanistan", "Bangladesh",
          "Senegal", "Ivory Coast", "Somalia", "Ethiopia", "Pakistan", "Gambia"]
SENTENCES = [
    "At least {n} people set off from {launch} on an overcrowded rubber boat bound for {dest}.",
    "Survivors said they had crossed {transit} before reaching the coast near {launch}.",
    "Most of the passengers came from {origin}, the aid group said.",
    "The coastguard intercepted the vessel off {launch} and brought {n} people back to shore.",
    "Local officials in {dest} said the reception centre was holding twice its capacity.",
    "Smugglers in {transit} charge each person several thousand dollars for the journey north.",
    "A rescue ship disembarked {n} people in {dest} on {weekday}.",
    "The interior ministry did not respond to a request for comment.",
    "Rights groups have long criticised the conditions in detention centres.",
    "Arrivals have risen sharply compared with the same period last year.",
    "Many of those rescued were women and children travelling alone.",
    "The European Union has funded training for the coastguard since 2017.",
    "Weather conditions at sea were poor, with strong winds and high waves.",
    "Some had spent months working in {transit} to pay for the crossing.",
]
#: Sentences of the other news a corpus holds: places, no migration.
NEWS = [
    "The mayor of {city} opened a new hospital on {weekday}.",
    "Flooding closed several roads between {city} and {city2} after days of heavy rain.",
    "Farmers near {city} said the harvest was the best in a decade.",
    "The football club from {city} won its third match in a row.",
    "Prices of bread and fuel rose again in {country}, the statistics office said.",
    "A trade delegation from {country} visited {city2} to discuss port investment.",
    "The festival drew thousands of visitors to the old town.",
    "Officials promised to publish the full budget next month.",
]
CITIES = ["Paris", "Lagos", "Nairobi", "Madrid", "Rome", "Athens", "Berlin", "Dakar", "Accra", "Lisbon",
          "Marseille", "Naples", "Casablanca", "Alexandria", "Beirut", "Amman", "Vienna", "Geneva"]
COUNTRIES = ["France", "Kenya", "Ghana", "Portugal", "Morocco", "Egypt", "Lebanon", "Jordan", "Austria",
             "Greece", "Spain", "Italy", "Senegal", "Tunisia"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def article(rng: random.Random) -> str:
    """One synthetic article of 8 to 14 sentences, places drawn at random: a third are
    migration reports, the rest other news (a corpus is rarely all routes)."""
    places = {"launch": rng.choice(LAUNCH), "dest": rng.choice(DESTINATION), "transit": rng.choice(TRANSIT),
              "origin": rng.choice(ORIGIN), "city": rng.choice(CITIES), "city2": rng.choice(CITIES),
              "country": rng.choice(COUNTRIES)}
    pool = SENTENCES if rng.random() < 1 / 3 else NEWS
    picks = [rng.choice(pool) for _ in range(rng.randint(8, 14))]
    return " ".join(s.format(n=rng.randint(12, 400), weekday=rng.choice(WEEKDAYS), **places) for s in picks)


def write_corpus(path: Path, n: int, seed: int = 7) -> Path:
    """n articles as JSONL, dated over two years."""
    rng = random.Random(seed)
    with open(path, "w", encoding="utf-8") as f:
        for i in range(n):
            date = f"{2022 + i * 24 // n // 12}-{1 + (i * 24 // n) % 12:02d}-{1 + i % 28:02d}"
            f.write(json.dumps({"id": f"art{i:06d}", "text": article(rng), "date": date}) + "\n")
    return path


class PeakWorker:
    """The largest memory any worker process reached, and the CPU seconds they used
    (sampled every 0.2 s, the own memory when it may have grown): the local pool's
    workers, or the LocalCluster's worker processes; their resident memory and their own (USS): workers forked from the run
    share its pages. CPU seconds tell the scaling on a shared machine, where the wall
    clock also counts other people's work. The output writers a run with workers forks
    after its last partition (children first seen after the processing ended) are counted
    apart: their resident memory is mostly pages still shared with the run, so their own
    memory is what is kept. Only forks of the run's own process (its command line) can
    be output writers: a Dask LocalCluster's nannies (and their workers, and
    multiprocessing's helper processes) are started afresh, and its nannies, which only
    watch their workers, are counted as neither."""

    def __init__(self):
        import threading

        self.seen: dict[int, dict] = {}
        #: This sampler's own CPU seconds: counted in the run's process, taken out of its figures.
        self.cpu_s = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        import psutil

        me = psutil.Process()
        mine = me.cmdline()
        start = time.thread_time()
        while not self._stop.wait(0.2):
            for child in me.children(recursive=True):
                try:
                    t, rss = child.cpu_times(), child.memory_info().rss
                    now = time.perf_counter()
                    x = self.seen.get(child.pid)
                    if x is None:  # forked: a fork of the run's process (or of one of its forks)
                        x = self.seen[child.pid] = {"first": now, "rss": 0, "uss": 0, "at": (0, 0.0),
                                                    "forked": child.cmdline() == mine}
                    # The own memory (USS) walks the process's page map: 6 ms of this process's
                    # CPU for a worker, taken from the workers' two cores at every sample (7% of
                    # a core for two workers). It is read again when the resident memory has
                    # grown 2% since, or once a second (a forked child's own memory also grows
                    # as it writes to pages it shares, which leaves its resident memory as is).
                    if rss > x["at"][0] * 1.02 or now - x["at"][1] >= 1.0:
                        x.update(uss=max(x["uss"], child.memory_full_info().uss), at=(rss, now))
                except psutil.Error:
                    continue
                x.update(rss=max(x["rss"], rss), cpu=t.user + t.system)
            self.cpu_s = time.thread_time() - start

    def stop(self, processed_at: float) -> dict:
        """Workers' (the two busiest children started before `processed_at`) peak resident
        and own (USS) MB and CPU seconds; the output writers' (children first seen after
        `processed_at`, and the other early ones: the geocodes writer, fed while partitions
        come in) peak own MB, and the CPU seconds of those first seen late (the geocodes
        writer's own come from the run's summary: it leaves between two samples)."""
        self._stop.set()
        self._thread.join()
        early = sorted((x for x in self.seen.values() if x["first"] < processed_at), key=lambda x: x.get("cpu", 0))
        workers, fed = early[-2:], [x for x in early[:-2] if x["forked"]]
        writers = [x for x in self.seen.values() if x["first"] >= processed_at and x["forked"]]
        return {"worker_peak_mb": round(max((x["rss"] for x in workers), default=0) / 1e6),
                "worker_own_mb": round(max((x["uss"] for x in workers), default=0) / 1e6),
                "workers_cpu_s": round(sum(x.get("cpu", 0) for x in workers), 1),
                "writer_peak_mb": round(max((x["uss"] for x in writers + fed), default=0) / 1e6),
                # Of which the geocodes writer's (fed), and the largest writer forked at the end.
                "geocodes_writer_mb": round(max((x["uss"] for x in fed), default=0) / 1e6),
                "end_writer_mb": round(max((x["uss"] for x in writers), default=0) / 1e6),
                "writers_cpu_s": round(sum(x.get("cpu", 0) for x in writers), 1),
                "sampler_cpu_s": round(self.cpu_s, 2)}


def one(config: str, corpus: Path, out: Path) -> dict:
    """Run one configuration in this process; returns its figures."""
    from geomig.corpus import Options, run_corpus

    sampler = PeakWorker()
    cluster = None
    if config == "dask2":
        from distributed import LocalCluster

        cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0")
        options = Options(scheduler=cluster.scheduler_address)
    else:
        options = Options(workers=2 if config == "workers2" else 1)
    start, cpu0 = time.perf_counter(), time.process_time()
    summary = run_corpus(corpus, out, options)
    seconds, parent_cpu = time.perf_counter() - start, time.process_time() - cpu0
    timings = summary["timings"]
    sampled = sampler.stop(start + timings["read_s"] + timings["process_s"])
    if cluster is not None:
        cluster.close()
    return {"config": config, "documents": summary["documents"], "seconds": round(seconds, 1),
            "articles_per_s": round(summary["documents"] / seconds, 1),
            "process_s": summary["timings"]["process_s"], "write_s": summary["timings"]["write_s"],
            "stages": {k: v for k, v in summary["timings"].items() if k.endswith("_s")},
            "ahead": summary.get("ahead"),
            "parent_peak_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
            **{k: (v if config != "single" else None) for k, v in sampled.items()},
            # The geocodes writer fed during the run: its CPU as it measured it.
            **({"writers_cpu_s": round(sampled["writers_cpu_s"] + timings.get("cpu_geocodes_s", 0.0), 1)}
               if config != "single" else {}),
            # The run's process but the benchmark's sampler thread in it.
            "parent_cpu_s": round(parent_cpu - sampled["sampler_cpu_s"], 1),
            "map_mb": round(summary["map_bytes"] / 1e6, 2),
            "picture_mb": round((out / "picture.geojson").stat().st_size / 1e6, 2),
            "features": sum(summary["features"].values()),
            "outputs": outputs_digest(out)}


def outputs_digest(out: Path) -> dict[str, str]:
    """Each output file of a run (its path under `out`) and a SHA-256 of its bytes: --against
    tells whether both sides wrote the same files. The summary (its timings) is left out, and
    the time a map was made (its footer) is blanked."""
    def data(f: Path) -> bytes:
        raw = f.read_bytes()
        return re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", b"", raw) if f.suffix == ".html" else raw

    return {str(f.relative_to(out)): hashlib.sha256(data(f)).hexdigest()
            for f in sorted(out.rglob("*")) if f.is_file() and f.name != "summary.json"}


def outputs_line(runs: dict[str, list[dict]]) -> str:
    """Whether every run of both sides wrote the same output files, byte for byte; else the
    files that differ (runs of an older benchmark, without digests, are left out)."""
    digests = [x["outputs"] for side_runs in runs.values() for x in side_runs if x.get("outputs") is not None]
    if len(digests) < 2:
        return "outputs: not compared"
    names = sorted(set().union(*digests))
    differ = [name for name in names if len({d.get(name) for d in digests}) > 1]
    return (f"outputs: {len(names)} files identical on every run" if not differ
            else f"outputs: {len(differ)} of {len(names)} files differ: {', '.join(differ)}")


def against(ref: str, sizes: list[int], configs: list[str], rounds: int) -> None:
    """Each configuration with `ref`'s code and the working tree's, alternating (_ab.Against)."""
    print(f"commit {commit()} against {ref}")
    with Against(ref) as ab, tempfile.TemporaryDirectory() as tmp:
        for n in sizes:
            corpus = write_corpus(Path(tmp) / f"corpus{n}.jsonl", n)
            by_config: dict[str, dict[str, list[dict]]] = {}
            for config in configs:
                count = iter(range(2 * rounds))

                def run(side: str) -> dict:
                    out = Path(tmp) / f"out-{n}-{config}-{next(count)}"
                    done = subprocess.run([sys.executable, __file__, "--one", config, str(corpus), str(out)],
                                          capture_output=True, text=True, env=ab.env[side], cwd=ab.cwd[side])
                    if done.returncode:
                        sys.exit(f"{side}: {config} on {n} failed:\n{done.stderr[-2000:]}")
                    x = json.loads(done.stdout.strip().splitlines()[-1])
                    print(f"{n:>6} {config:<9} {side:<8} {x['seconds']:>6.1f} s  parent peak {x['parent_peak_mb']} MB"
                          f"  cpu parent {x['parent_cpu_s']} s"
                          f"  workers {x['workers_cpu_s'] or '-'} s  writers {x['writers_cpu_s'] or '-'} s"
                          f"  writers' own peak {x['writer_peak_mb'] or '-'} MB  stages {x['stages']}", flush=True)
                    print(f"{'':>16} {tail_line(x)}\n{'':>16} {cpu_line(x)}", flush=True)
                    return x

                runs = by_config[config] = ab.alternate(rounds, run)
                print(f"{n:>6} {config:<9} {outputs_line(runs)}", flush=True)
                for key in ("parent_cpu_s", "workers_cpu_s", "writers_cpu_s", "seconds", "parent_peak_mb",
                            "writer_peak_mb"):
                    line = ab.compare(key, runs)
                    if line:
                        print(f"{n:>6} {config:<9} {line}", flush=True)
            # Each side's scaling, round by round (its one-process run against its two workers').
            for side in ab.sides:
                for r in range(rounds):
                    print_scaling(f"{n} {side} #{r + 1}", {c: side_runs[side][r] for c, side_runs in by_config.items()})


def contention(partitions: int, rounds: int) -> None:
    """CPU seconds per partition of a worker alone and of two workers at once: forks of
    this process (cues compiled, as run_corpus's workers are) geocode and read the same
    partitions, one process by itself, then two side by side (each its own half), in
    turn. Their ratio is what the second core costs each worker however the code is
    written (shared caches and memory bandwidth), so the whole-run scaling of two workers
    is at most 1 / ratio, even with nothing left after the last partition."""
    import gc
    import statistics

    from geomig.corpus import run, stages

    rng = random.Random(7)
    rows = [(f"art{i:06d}", article(rng)) for i in range(partitions * 128)]
    stages.prepare()
    gc.freeze()

    def spawn(parts: list[int]) -> tuple[int, int]:
        read_end, write_end = os.pipe()
        pid = os.fork()
        if pid == 0:  # a worker: CPU seconds of each partition, the first (warming its caches) left out
            os.close(read_end)
            times = []
            for k in parts:
                start = time.process_time()
                run.process_partition(k, rows[k * 128:(k + 1) * 128])
                times.append(time.process_time() - start)
            os.write(write_end, json.dumps(times[1:]).encode())
            os._exit(0)
        os.close(write_end)
        return pid, read_end

    def collect(child: tuple[int, int]) -> list[float]:
        pid, read_end = child
        with os.fdopen(read_end, "rb") as f:
            data = f.read()
        os.waitpid(pid, 0)
        return json.loads(data)

    half = partitions // 2
    first, second = list(range(half)), list(range(half, 2 * half))
    alone: list[float] = []
    together: list[float] = []
    for r in range(rounds):
        for mode in ("alone", "together") if r % 2 == 0 else ("together", "alone"):
            if mode == "alone":
                times = collect(spawn(first)) + collect(spawn(second))
                alone.append(statistics.median(times))
            else:
                a, b = spawn(first), spawn(second)
                times = collect(a) + collect(b)
                together.append(statistics.median(times))
            print(f"round {r + 1} {mode:<8} CPU {1000 * statistics.median(times):.0f} ms per partition of 128"
                  f" (load {os.getloadavg()[0]:.1f})", flush=True)
    ratio = statistics.median(together) / statistics.median(alone)
    print(f"CONTENTION: two workers at once spend {ratio:.2f}x the CPU per partition of one alone "
          f"(medians of {rounds} rounds): whole-run scaling at most {1 / ratio:.0%} on this machine", flush=True)


def replay_one(mode: str, corpus: Path, parts_of: Path, out: Path) -> dict:
    """A run with workers' main process, replayed here from the partition files of a finished
    run (`parts_of`): with `mode` "ahead", its thread's work ahead first (the slices of
    ahead.Ahead's checkpoints, each drawn to its end, and the documents after the last read
    for routes), then results.finish (writers forked as
    with workers) into `out`; with "none", finish alone. Returns the CPU seconds of each (this
    process's) and finish's own timings."""
    import gc

    from geomig.corpus import Options, ahead, results, stages
    from geomig.corpus.ahead import Ahead
    from geomig.corpus.store import Store

    dates = {r["id"]: r.get("date") for r in map(json.loads, corpus.read_text(encoding="utf-8").splitlines())}
    store, candidates = Store(parts_of), {}
    n_parts = len(list((parts_of / ".partitions").glob("part-*.pickle")))
    parts = [store.read_part(i, candidates) for i in range(n_parts)]
    stages.prepare()
    stages.warm_imports()
    assembly = stages.assembly()
    # The thread's checkpoints (run.Ahead's marks), each slice drawn to its end, in this thread.
    marks = Ahead([len(p.rows) for p in parts], assembly, enabled=True).marks if mode == "ahead" else []
    cpu, drawn, done, map_warm = time.process_time(), 0, 0, False
    for k, mark in enumerate(marks):
        readings = [r for part in parts[done:mark] for r in part.readings]
        if not map_warm and any(r.zones for r in readings):
            stages.warm_map()
            map_warm = True
        # (a ref from before ahead.most_documents draws every route)
        limit = {"most_documents": ahead.most_documents(k)} if hasattr(ahead, "most_documents") else {}
        drawn += stages.warm_routes(readings, assembly, **limit)
        done = mark
    if marks and hasattr(stages, "read_routes"):  # the documents after the last checkpoint, read for routes
        stages.read_routes([r for part in parts[done:] for r in part.readings], assembly)
    ahead_cpu = time.process_time() - cpu
    out.mkdir(parents=True, exist_ok=True)
    gc.freeze()  # as the run freezes its partitions
    st = results.finish(Store(out), iter(parts), n_parts, dates, [], Options(workers=2), assembly)["timings"]
    # The tail: what a run does after its last partition, the assembly and the map (finish also
    # wrote documents.jsonl and merged the places here, which a run does as partitions come).
    return {"mode": mode, "ahead_cpu_s": round(ahead_cpu, 3), "drawn": drawn,
            "tail_cpu_s": round(st["cpu_assemble_s"] + st["cpu_map_s"], 3),
            "tail_s": round(st["assemble_s"] + st["map_s"] + st["joins_s"], 3), "timings": st}


def replay(n: int, rounds: int, ref: str | None) -> None:
    """replay_one() of both modes in fresh processes, taken in turn (and, with `ref`, with the
    ref's code and the working tree's, alternating), from one run without workers of n articles."""
    print(f"commit {commit()}" + (f" against {ref}" if ref else ""))
    with tempfile.TemporaryDirectory() as tmp, (Against(ref) if ref else _Tree()) as ab:
        corpus = write_corpus(Path(tmp) / f"corpus{n}.jsonl", n)
        parts_of = Path(tmp) / "run"
        done = subprocess.run([sys.executable, __file__, "--one", "single", str(corpus), str(parts_of)],
                              capture_output=True, text=True)
        if done.returncode:
            sys.exit(f"the run to replay failed:\n{done.stderr[-2000:]}")
        count = itertools.count()
        for side in ab.sides:
            got: dict[str, list[dict]] = {"ahead": [], "none": []}
            for r in range(rounds):
                for mode in ("ahead", "none") if r % 2 == 0 else ("none", "ahead"):
                    run = subprocess.run([sys.executable, __file__, "--replay-one", mode, str(corpus), str(parts_of),
                                          str(Path(tmp) / f"out-{next(count)}")],
                                         capture_output=True, text=True, env=ab.env[side], cwd=ab.cwd[side])
                    if run.returncode:
                        sys.exit(f"{side}: replay {mode} failed:\n{run.stderr[-2000:]}")
                    x = json.loads(run.stdout.strip().splitlines()[-1])
                    st = x["timings"]
                    print(f"{side:<8} {mode:<5} ahead CPU {x['ahead_cpu_s']} s (checkpoints drawn {x['drawn']}), "
                          f"tail {x['tail_s']} s wall, main CPU {x['tail_cpu_s']} s (assembly "
                          f"{st.get('cpu_assemble_s')} s, map {st.get('cpu_map_s')} s; writers: geocodes "
                          f"{st.get('cpu_tail_geocodes_s')} s, picture {st.get('cpu_tail_picture_s')} s) "
                          f"(load {os.getloadavg()[0]:.1f})", flush=True)
                    got[mode].append(x)
            med = {m: (statistics.median(x["ahead_cpu_s"] for x in xs), statistics.median(x["tail_cpu_s"] for x in xs))
                   for m, xs in got.items()}
            (a_ahead, a_tail), (_, n_tail) = med["ahead"], med["none"]
            # On two idle cores a run takes about (its CPU + its serial tail) / 2: work ahead pays
            # when it takes more out of the tail than it spends (each of its seconds is shared).
            print(f"REPLAY {side} (medians of {rounds}): with the work ahead {a_ahead:.2f} s ahead + {a_tail:.2f} s "
                  f"after the last partition; without it {n_tail:.2f} s after: it takes {n_tail - a_tail:.2f} CPU s "
                  f"out of the tail for {a_ahead:.2f} s, {a_ahead + a_tail - n_tail:+.2f} s of CPU in all; "
                  f"on two idle cores (CPU + tail) / 2 {(a_ahead + 2 * a_tail - 2 * n_tail) / 2:+.2f} s", flush=True)


class _Tree:
    """Against()'s shape for the working tree alone."""

    def __enter__(self) -> _Tree:
        from benchmarks._ab import TREE

        self.sides, self.env, self.cwd = (TREE,), {TREE: dict(os.environ)}, {TREE: Path.cwd()}
        return self

    def __exit__(self, *exc: object) -> None:
        pass


def tail_line(r: dict) -> str:
    """What runs before the first partition is handed out (the serial head: reading the
    corpus, compiling the cues) and after the last partition (the serial tail): its wall
    time, the main process's CPU seconds in it, and its stages (the writers run beside them)."""
    st = r["stages"]
    own = ", ".join(f"{k[:-2]} {st[k]} s" + (f" (CPU {st['cpu_' + k]} s)" if "cpu_" + k in st else "")
                    for k in ("documents_s", "assemble_s", "map_s") if k in st)
    beside = ", ".join(f"{k[:-2]} {st[k]} s" for k in ("geocodes_s", "picture_s") if k in st)
    cpu = f"main process CPU {st['cpu_write_s']} s" if "cpu_write_s" in st else "main process CPU -"
    # Each writer's own CPU seconds after the last partition (as it measured them: a short-lived
    # child can end between two of the sampler's looks), and the waits that start and end the tail.
    writers = ", ".join(f"{k[9:-2]} writer {st[k]} s" for k in ("cpu_tail_geocodes_s", "cpu_tail_picture_s") if k in st)
    waits = ", ".join(f"{label} {x} s" for label, x in (
        ("for the thread ahead to stop", (r.get("ahead") or {}).get("stop_s")), ("for the writers", st.get("joins_s")))
        if x is not None)
    per = f"; CPU per process: main {st.get('cpu_write_s', '-')} s, {writers}" if writers else ""
    head = f"SERIAL HEAD before the first partition: {st['head_s']} s (reading {st['read_s']} s); " if "head_s" in st else ""
    return (f"{head}SERIAL TAIL after the last partition: {r['write_s']} s wall, {cpu} ({own}; beside it: {beside}"
            f"{per}{'; waiting ' + waits if waits else ''})")


def cpu_line(r: dict) -> str:
    """CPU seconds by process: the main process while partitions were processed (and
    its thread's work ahead) and after, the workers, the output writers."""
    st = r["stages"]
    parent = f"main {r['parent_cpu_s']} s"
    if "cpu_process_s" in st:
        ahead = r.get("ahead") or {}
        drawn = f", checkpoints drawn {ahead['drawn']}/{ahead['checkpoints']}" if ahead else ""
        parent += f" (processing {st['cpu_process_s']} s, of which ahead {st.get('cpu_ahead_s', 0)} s{drawn}; " \
                  f"tail {st['cpu_write_s']} s)"
    total = r["parent_cpu_s"] + (r["workers_cpu_s"] or 0) + (r["writers_cpu_s"] or 0)
    return (f"CPU SPLIT: {parent} / workers {r['workers_cpu_s'] or '-'} s / writers {r['writers_cpu_s'] or '-'} s"
            f" = {total:.1f} s (the benchmark's memory sampler, left out: {r.get('sampler_cpu_s') or 0} s)")


def print_scaling(n: int | str, runs: dict[str, dict]) -> None:
    """Scaling from one process to two workers: T(one) / (2 x T(two)), 100% when two
    workers halve the time; for the whole run, the processing (partitions) alone, and
    the outputs after the last partition."""
    one = runs.get("single")
    if one is None:
        return
    for config in ("workers2", "dask2"):
        two = runs.get(config)
        if two is None:
            continue
        whole = one["seconds"] / (2 * two["seconds"])
        processing = one["process_s"] / (2 * two["process_s"])
        print(f"{n:>6} SCALING 1 -> 2 ({config}): whole run {whole:.0%} ({one['seconds']} s -> {two['seconds']} s), "
              f"processing {processing:.0%} ({one['process_s']} s -> {two['process_s']} s), "
              f"outputs after the last partition {one['write_s']} s -> {two['write_s']} s", flush=True)
        # On a shared machine the wall clock counts others' work, CPU seconds do not. On two
        # idle cores the run takes at least: everything but the main process's serial tail
        # packed on both cores, then that tail (its writers beside it) on one.
        cpu_one = one["parent_cpu_s"]
        cpu_two = two["parent_cpu_s"] + (two["workers_cpu_s"] or 0) + (two["writers_cpu_s"] or 0)
        tail = two["stages"].get("cpu_write_s")
        bound = "" if tail is None else \
            f"; on two idle cores at best {cpu_one / (2 * ((cpu_two - tail) / 2 + tail)):.0%} whole-run scaling"
        print(f"{n:>6} CPU 1 -> 2 ({config}): {cpu_one} s -> {cpu_two:.1f} s ({cpu_two / cpu_one:.2f}x){bound}",
              flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--configs", nargs="+", default=["single", "workers2", "dask2"],
                        choices=["single", "workers2", "dask2"])
    parser.add_argument("--one", nargs=3, metavar=("CONFIG", "CORPUS", "OUT"), help=argparse.SUPPRESS)
    parser.add_argument("--against", metavar="REF", help="time the code of this git ref against the working tree")
    parser.add_argument("--rounds", type=int, default=2, help="--against, --contention: runs per side")
    parser.add_argument("--replay", type=int, metavar="N",
                        help="the main process's work ahead and tail, replayed from a run of N articles")
    parser.add_argument("--replay-one", nargs=4, metavar=("MODE", "CORPUS", "RUN", "OUT"), help=argparse.SUPPRESS)
    parser.add_argument("--contention", type=int, metavar="PARTITIONS",
                        help="CPU per partition of one worker alone against two at once (PARTITIONS of 128 articles)")
    args = parser.parse_args()
    if args.replay_one:
        import geomig

        assert Path(geomig.__file__).is_relative_to(code_of())
        mode, corpus, run, out = args.replay_one
        print(json.dumps(replay_one(mode, Path(corpus), Path(run), Path(out))))
        return
    if args.replay:
        replay(args.replay, args.rounds, args.against)
        return
    if args.against:
        against(args.against, args.sizes, args.configs, args.rounds)
        return
    if args.contention:
        print(f"commit {commit()}")
        contention(args.contention, args.rounds)
        return
    if args.one:
        import geomig

        assert Path(geomig.__file__).is_relative_to(code_of())
        print(json.dumps(one(args.one[0], Path(args.one[1]), Path(args.one[2]))))
        return
    print(f"commit {commit()}")
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.sizes:
            corpus = write_corpus(Path(tmp) / f"corpus{n}.jsonl", n)
            runs: dict[str, dict] = {}
            for config in args.configs:
                out = Path(tmp) / f"out-{n}-{config}"
                run = subprocess.run([sys.executable, __file__, "--one", config, str(corpus), str(out)],
                                     capture_output=True, text=True)
                if run.returncode:
                    sys.exit(f"{config} on {n} failed:\n{run.stderr[-2000:]}")
                r = json.loads(run.stdout.strip().splitlines()[-1])
                print(f"{n:>6} {config:<9} {r['articles_per_s']:>7.1f} articles/s  {r['seconds']:>6.1f} s "
                      f"(process {r['process_s']} s, outputs {r['write_s']} s)  parent peak {r['parent_peak_mb']} MB"
                      f"  worker peak {r['worker_peak_mb'] or '-'} MB (own {r['worker_own_mb'] or '-'} MB)"
                      f"  cpu parent {r['parent_cpu_s']} s workers {r['workers_cpu_s'] or '-'} s"
                      f" output writers {r['writers_cpu_s'] or '-'} s  map {r['map_mb']} MB"
                      f"  picture {r['picture_mb']} MB  {r['features']} features", flush=True)
                print(f"{'':>16} stages {r['stages']}  output writers' own peak {r['writer_peak_mb'] or '-'} MB"
                      f" (geocodes writer {r.get('geocodes_writer_mb') or '-'} MB, writers at the end"
                      f" {r.get('end_writer_mb') or '-'} MB)", flush=True)
                print(f"{'':>16} {tail_line(r)}\n{'':>16} {cpu_line(r)}", flush=True)
                runs[config] = r
            print_scaling(n, runs)


if __name__ == "__main__":
    main()
