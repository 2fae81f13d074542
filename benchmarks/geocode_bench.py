"""Geocoding benchmark: throughput beside geotext, peak memory, cold start, batch scaling.

Sections (all by default, or name some with --only):

- throughput: docs/s of ``geomig.geocode`` and of ``geotext.GeoText`` on the same texts in
  this one process, a warm-up pass each, then alternating runs; medians and their ratio.
- memory: a fresh process loads the gazetteer and geocodes the corpus; its peak RSS
  (getrusage) and, in a second fresh process, tracemalloc's peak of Python allocations.
- coldstart: ``geomig geocode seeds/000_*.txt`` as a whole command (index already built),
  median of several runs, and where the time goes inside one process.
- scaling: LGL repeated k times through ``geomig.batch.geocode_many``: in this process,
  a 2-process pool, and Dask (a LocalCluster of 2 worker processes).
- profile: cProfile of ``geomig.geocode`` over the corpus, top functions by own time.

Texts: the LGL articles when ``../shared/eval/LGL`` exists, else the seeds repeated.
Run from the repository root:

    python benchmarks/geocode_bench.py [--only throughput memory ...] [--runs 5] [--scale 4]
"""

from __future__ import annotations

import argparse
import glob
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
LGL = ROOT.parent / "shared" / "eval" / "LGL" / "texts"    # --lgl DIR changes it
SECTIONS = ("throughput", "memory", "coldstart", "scaling", "profile")


def commit() -> str:
    """The checked-out commit (and '+' when the tree has changes), for the record."""
    try:
        rev = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"],
                             capture_output=True, text=True, check=True).stdout.strip()
        dirty = subprocess.run(["git", "-C", str(ROOT), "status", "--porcelain", "--", "geomig"],
                               capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return rev + ("+" if dirty else "")


def corpus_paths() -> list[str]:
    """LGL's texts in numeric order, or the seeds repeated to a few hundred documents."""
    if LGL.is_dir():
        return sorted(map(str, LGL.glob("*.txt")), key=lambda p: int(Path(p).stem))
    seeds = sorted(glob.glob(str(ROOT / "seeds" / "*.txt")))
    return seeds * (300 // len(seeds))


def corpus() -> list[str]:
    return [Path(p).read_text(encoding="utf-8", errors="replace") for p in corpus_paths()]


def rate(fn, texts: list[str]) -> float:
    """Documents per second of fn over the texts."""
    t = time.perf_counter()
    for text in texts:
        fn(text)
    return len(texts) / (time.perf_counter() - t)


def throughput(runs: int) -> None:
    from geotext import GeoText

    import geomig
    from geomig.gazetteer import Gazetteer

    texts = corpus()
    Gazetteer.default()
    first = rate(geomig.geocode, texts)           # caches (rows, lookups) still cold
    rate(GeoText, texts)                          # geotext's warm-up
    ours, theirs = [], []
    for _ in range(runs):                         # alternate, so drift hits both alike
        ours.append(rate(geomig.geocode, texts))
        theirs.append(rate(GeoText, texts))
    m_ours, m_theirs = statistics.median(ours), statistics.median(theirs)
    chars = sum(map(len, texts)) / len(texts)
    print(f"texts: {len(texts)} documents, {chars:.0f} characters on average")
    print(f"geomig.geocode  first pass {first:8.0f} docs/s; median of {runs} warm runs {m_ours:8.0f} docs/s "
          f"(min {min(ours):.0f}, max {max(ours):.0f})")
    print(f"geotext.GeoText median of {runs} runs {m_theirs:8.0f} docs/s (min {min(theirs):.0f}, max {max(theirs):.0f})")
    ratios = [a / b for a, b in zip(ours, theirs)]    # pair by pair: drift cancels within a pair
    print(f"ratio geomig / geotext: median of pairs {statistics.median(ratios):.4f} "
          f"(min {min(ratios):.4f}, max {max(ratios):.4f}); first pass / median {first / m_theirs:.4f}")


def _memory_child(trace: bool) -> None:
    """In a fresh process: load the gazetteer, geocode the corpus, print the peaks."""
    import tracemalloc

    if trace:
        tracemalloc.start()
    import geomig
    from geomig.gazetteer import Gazetteer

    texts = corpus()
    Gazetteer.default()
    after_load = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    for text in texts:
        geomig.geocode(text)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    line = f"{len(texts)} docs; peak RSS after loading the gazetteer {after_load:.0f} MB, after geocoding {peak:.0f} MB"
    if trace:
        line = f"tracemalloc peak of Python allocations {tracemalloc.get_traced_memory()[1] / 2**20:.0f} MB"
    print(line)


def memory() -> None:
    for flag in ("--_memory", "--_tracemalloc"):
        out = subprocess.run([sys.executable, __file__, flag], capture_output=True, text=True, check=True)
        print(out.stdout.strip())


def geomig_command() -> list[str]:
    exe = shutil.which("geomig", path=str(Path(sys.executable).parent)) or shutil.which("geomig")
    return [exe] if exe else [sys.executable, "-m", "geomig"]


def coldstart(runs: int) -> None:
    seed = min(glob.glob(str(ROOT / "seeds" / "000_*.txt")))
    cmd = [*geomig_command(), "geocode", seed]
    subprocess.run(cmd, capture_output=True, check=True)        # builds the index if missing
    walls = []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run(cmd, capture_output=True, check=True)
        walls.append(time.perf_counter() - t)
    print(f"`geomig geocode {Path(seed).relative_to(ROOT)}`: median {statistics.median(walls):.3f} s wall over "
          f"{runs} runs (min {min(walls):.3f}, max {max(walls):.3f})")
    probe = ("import time; t0 = time.perf_counter(); import geomig.cli; t1 = time.perf_counter(); "
             "from geomig.gazetteer import Gazetteer; g = Gazetteer.default(); t2 = time.perf_counter(); "
             f"import geomig; geomig.geocode(open({seed!r}, encoding='utf-8').read()); t3 = time.perf_counter(); "
             "print(f'inside: import geomig.cli {t1 - t0:.3f} s, load gazetteer {t2 - t1:.3f} s, '"
             "f'geocode one article {t3 - t2:.3f} s (geomig from {geomig.__file__})')")
    print(subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout.strip())


def scaling(scale: int) -> None:
    from distributed import LocalCluster

    from geomig import io
    from geomig.batch import geocode_many
    from geomig.gazetteer import Gazetteer

    paths = corpus_paths() * scale
    n = len(paths)

    def cpu() -> float:
        # This process and its reaped children (pool workers, Dask nannies and workers).
        return sum(r.ru_utime + r.ru_stime for r in (resource.getrusage(resource.RUSAGE_SELF),
                                                     resource.getrusage(resource.RUSAGE_CHILDREN)))

    def run(label: str, **kw) -> list:
        t, c = time.perf_counter(), cpu()
        out = list(geocode_many(paths, **kw))
        secs = time.perf_counter() - t
        assert len(out) == n and not any(isinstance(r, io.Failure) for r in out)
        print(f"{label:58s} {secs:7.2f} s wall {n / secs:6.0f} docs/s  {cpu() - c:6.1f} s cpu (reaped)")
        return out

    print(f"corpus: {n} documents ({scale} x {n // scale}); the machine has {os.cpu_count()} cores; "
          "cpu counts worker processes only once they have exited, so not for the warm cluster")
    Gazetteer.default()
    list(geocode_many(paths[: n // scale]))       # warm the in-process caches once
    serial = run("jobs=1 (this process, warm)")

    def same(out: list) -> None:
        if out != serial:
            print("  ^ output differs from jobs=1: was geomig edited during the run?")

    same(run("jobs=2 (process pool, start-up included)", jobs=2))
    same(run("dask='local', 2 worker processes (start-up included)", dask="local", jobs=2))
    t = time.perf_counter()
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0") as cluster:
        started = time.perf_counter() - t
        list(geocode_many(paths[: n // scale], dask=cluster.scheduler_address))   # workers load the gazetteer
        same(run(f"Dask LocalCluster, 2 workers, warm (cluster start {started:.1f} s)",
                 dask=cluster.scheduler_address))


def profile(top: int = 10) -> None:
    import cProfile
    import pstats

    import geomig
    from geomig.gazetteer import Gazetteer

    texts = corpus()
    Gazetteer.default()
    for text in texts:                              # warm caches: profile the steady state
        geomig.geocode(text)
    prof = cProfile.Profile()
    prof.enable()
    for text in texts:
        geomig.geocode(text)
    prof.disable()
    stats = pstats.Stats(prof)
    total = stats.total_tt
    rows = sorted(stats.stats.items(), key=lambda kv: -kv[1][2])[:top]
    print(f"cProfile, {len(texts)} documents, warm, {total:.2f} s in all (profiler overhead included)")
    print("| own s | share | cumulative s | calls | function |\n|---|---|---|---|---|")
    for (file, line, name), (_, calls, own, cum, _) in rows:
        where = f"{Path(file).name}:{line}" if line else file
        print(f"| {own:.3f} | {own / total:.0%} | {cum:.3f} | {calls} | `{name}` ({where}) |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="+", choices=SECTIONS, default=list(SECTIONS))
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--scale", type=int, default=4, help="times LGL is repeated for scaling")
    parser.add_argument("--lgl", help="LGL directory (EUPEG layout); default ../shared/eval/LGL")
    parser.add_argument("--_memory", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--_tracemalloc", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    global LGL
    if args.lgl:
        LGL = Path(args.lgl) / "texts"
        os.environ["GEOMIG_BENCH_LGL"] = args.lgl
    elif "GEOMIG_BENCH_LGL" in os.environ:          # passed down to the memory child
        LGL = Path(os.environ["GEOMIG_BENCH_LGL"]) / "texts"
    # Child processes (the CLI, pool and Dask workers) import geomig from this tree too,
    # ahead of an installed copy: a copy of the repository can be measured as it is.
    os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))
    if args._memory or args._tracemalloc:
        return _memory_child(args._tracemalloc)
    print(f"{time.strftime('%Y-%m-%d %H:%M')}, {platform.python_implementation()} {platform.python_version()}, "
          f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f}, geomig at {commit()}")
    for section in SECTIONS:
        if section in args.only:
            print(f"\n## {section}")
            {"throughput": lambda: throughput(args.runs), "memory": memory,
             "coldstart": lambda: coldstart(args.runs), "scaling": lambda: scaling(args.scale),
             "profile": profile}[section]()


if __name__ == "__main__":
    main()
