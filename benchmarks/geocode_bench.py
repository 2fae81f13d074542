"""Geocoding benchmark: throughput beside geotext, peak memory, cold start, batch scaling.

Sections (all by default, or name some with --only):

- throughput: docs/s of ``geomig.geocode`` and of ``geotext.GeoText`` on the same texts in
  the same process: in fresh processes that warm both up on LGL's even documents and time
  both on the odd ones (new texts, warm process), medians and the ratio pair by pair, in
  wall-clock and in CPU time (the steadier figure while other jobs share the machine); then
  in this process a first pass (cold caches) and the same texts again.
- memory: a fresh process loads the gazetteer and geocodes the corpus; its peak RSS
  (getrusage) and, in a second fresh process, tracemalloc's peak of Python allocations.
- coldstart: ``geomig geocode seeds/000_*.txt`` as a whole command (index already built),
  median of several runs, and where the time goes inside one process.
- scaling: whole ``geomig geocode`` commands over LGL repeated k times (``geomig.geoparse.batch``):
  serial, ``--jobs 2`` (process pool) and ``--dask local`` (a LocalCluster of 2 worker
  processes), start-up included; wall, docs/s and CPU seconds, outputs compared.
- profile: cProfile of ``geomig.geocode`` over the corpus, top functions by own time.
- stages: in fresh processes warmed on LGL's even documents, the time per odd document
  (new texts) of each stage of ``geocode_document`` (sentences, recognition, resolution)
  beside geotext's whole run, CPU time of this process, medians of the runs; and, in other
  processes (their timers cost time of their own), the parts of resolution (candidates,
  scoring, confidence and output objects, distances, spelling variants).

``--against REF`` times the code of a git ref beside the working tree in the throughput and
stages sections, in alternating fresh processes (the machine's drift hits both alike).
``--compiled`` does the same with the working tree's hot modules (COMPILED) compiled by mypyc
in a temporary copy, as side "mypyc" (a trial of the engine, not the package's build: it
needs ``pip install mypy`` and a C compiler; the stages' parts are not timed inside compiled
code, whose calls between its own functions no wrapper sees).
- collector: in a fresh process warmed on the even documents, the objects the odd ones (new
  texts) leave alive that Python's cycle collector tracks, per text and by kind: what its
  collections of old objects walk over a long run (``--against REF`` too).
- floor: per document, beside geotext's whole run in the same process, two parts of
  geomig's own work measured alone: its capitalised-token scan, and building the
  contract's Mention and Candidate objects (from geomig's own results).

Texts: the LGL articles when ``../shared/eval/LGL`` exists, else the seeds repeated.
Run from the repository root:

    python benchmarks/geocode_bench.py [--only throughput memory ...] [--runs 5] [--scale 4] [--lgl DIR]
                                       [--against REF | --compiled]
"""

from __future__ import annotations

import argparse
import functools
import glob
import os
import platform
import resource
import shutil
import tempfile
import statistics
import subprocess
import sys
import time
from pathlib import Path

# benchmarks/ is the script's own directory
from _common import COMPILED, MYPY_INI, ROOT, commit, geomig_command, link_data

sys.path.insert(0, str(ROOT))
from benchmarks._ab import CODE, TREE, Against  # noqa: E402 - needs the repository on the path

if os.environ.get(CODE):  # --against, --compiled: this process runs the other side's geomig
    sys.path.insert(0, os.environ[CODE])
LGL = ROOT.parent / "shared" / "eval" / "LGL" / "texts"    # --lgl DIR changes it
SECTIONS = ("throughput", "stages", "collector", "memory", "coldstart", "scaling", "long", "profile", "floor")


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
    return rates(fn, texts)[0]


def rates(fn, texts: list[str]) -> tuple[float, float]:
    """Documents per second of fn over the texts, in wall-clock time and in this process's
    CPU time (which other jobs on a shared machine inflate far less)."""
    t, cpu = time.perf_counter(), time.process_time()
    for text in texts:
        fn(text)
    return len(texts) / (time.perf_counter() - t), len(texts) / (time.process_time() - cpu)


def _throughput_child() -> None:
    """In a fresh process: warm both up on the even documents, time both on the odd ones
    (texts neither has seen, the steady state of a long run over new articles)."""
    from geotext import GeoText

    import geomig
    from geomig.gazetteer.index import Gazetteer

    texts = corpus()
    warm, measured = texts[0::2], texts[1::2]
    Gazetteer.default()
    for text in warm:
        geomig.geocode(text)
        GeoText(text)
    # The cycle collector's share of geomig's timed half, and its full collections there:
    # one full collection walks every object of the process (tens of milliseconds), and
    # whether one falls inside the 294 timed texts or before them moves the figure.
    import gc

    spent, started, full = [0.0], [], [0]

    def collector(phase: str, info: dict) -> None:
        if phase == "start":
            started.append(time.perf_counter())
        elif started:
            spent[0] += time.perf_counter() - started.pop()
            full[0] += info["generation"] == 2

    gc.callbacks.append(collector)
    ours = rates(geomig.geocode, measured)
    gc.callbacks.remove(collector)
    print(f"{spent[0] / len(measured) * 1e6:.1f} {full[0]}")
    theirs = rates(GeoText, measured)
    print(ours[0], theirs[0], ours[1], theirs[1])


def _child(flags: list[str], env: dict | None = None) -> list[str]:
    """The lines a child process of this script prints."""
    out = subprocess.run([sys.executable, __file__, *flags], capture_output=True, text=True, check=True, env=env)
    return out.stdout.splitlines()


#: The side --compiled adds beside the tree's.
MYPYC = "mypyc"


@functools.cache
def _compiled_copy() -> tempfile.TemporaryDirectory:
    """The working tree's geomig copied to a temporary directory with COMPILED compiled by
    mypyc: built once per run of the script, for all its sections, and removed when it ends."""
    tmp = tempfile.TemporaryDirectory(prefix="geomig-mypyc-")
    code = Path(tmp.name)
    shutil.copytree(ROOT / "geomig", code / "geomig", ignore=shutil.ignore_patterns("__pycache__", "*.so", "data"))
    link_data(code)
    (code / "mypy.ini").write_text(MYPY_INI)
    started = time.perf_counter()
    built = subprocess.run([sys.executable, "-m", "mypyc", *COMPILED], cwd=code, capture_output=True, text=True)
    if built.returncode:
        sys.exit(f"mypyc failed:\n{built.stdout[-3000:]}{built.stderr[-3000:]}")
    # An extension beside each module, which Python imports ahead of its .py: else the
    # "compiled" side would time the same Python code as the tree's.
    missing = [m for m in COMPILED if not any((code / m).parent.glob(Path(m).stem + ".*.so"))]
    if missing:
        sys.exit(f"mypyc left no extension module beside {', '.join(missing)}")
    print(f"(mypyc: {len(COMPILED)} modules compiled in {time.perf_counter() - started:.0f} s)")
    return tmp


class _Compiled(Against):
    """The working tree's geomig with COMPILED compiled by mypyc (_compiled_copy), as side
    MYPYC beside the tree."""

    def __init__(self) -> None:
        super().__init__(MYPYC)

    def __enter__(self) -> _Compiled:
        self._use(Path(_compiled_copy().name))
        return self

    def __exit__(self, *exc: object) -> None:
        pass  # the copy serves every section of the run


def _alternating(runs: int, other: Against | None, flags: list[str]) -> dict[str, list[list[str]]]:
    """Each side's child outputs, `runs` of each: the working tree alone, or the other side
    (a git ref's code, --against, or the tree compiled, --compiled) and the tree in
    alternating processes (A B B A ...), so that a drift of the machine's speed hits both alike."""
    if other is None:
        return {TREE: [_child(flags) for _ in range(runs)]}
    with other as ab:
        return ab.alternate(runs, lambda side: _child(flags, ab.env[side]))


def throughput(runs: int, other: Against | None = None) -> None:
    from geotext import GeoText

    import geomig
    from geomig.gazetteer.index import Gazetteer

    texts = corpus()
    chars = sum(map(len, texts)) / len(texts)
    print(f"texts: {len(texts)} documents, {chars:.0f} characters on average")
    for side, outputs in _alternating(runs, other, ["--_throughput"]).items():
        pairs = [tuple(map(float, lines[-1].split()[:2])) for lines in outputs]
        cpu = [tuple(map(float, lines[-1].split()[2:4])) for lines in outputs]
        ours, theirs = [a for a, _ in pairs], [b for _, b in pairs]
        ratios = [a / b for a, b in pairs]        # pair by pair: drift cancels within a pair
        print(f"new texts, geomig of {side} ({runs} fresh processes; warmed on the even documents, timed on the odd ones):")
        print(f"  geomig.geocode   median {statistics.median(ours):8.0f} docs/s (min {min(ours):.0f}, max {max(ours):.0f})")
        print(f"  geotext.GeoText median {statistics.median(theirs):8.0f} docs/s (min {min(theirs):.0f}, max {max(theirs):.0f})")
        print(f"  ratio geomig / geotext: median {statistics.median(ratios):.4f} (min {min(ratios):.4f}, max {max(ratios):.4f})")
        cpu_ratios = [a / b for a, b in cpu]
        print(f"  in CPU time: geomig median {statistics.median(a for a, _ in cpu):.0f} docs/s, geotext "
              f"{statistics.median(b for _, b in cpu):.0f}, ratio median {statistics.median(cpu_ratios):.4f} "
              f"(min {min(cpu_ratios):.4f}, max {max(cpu_ratios):.4f})")
        collector = [tuple(map(float, lines[-2].split())) for lines in outputs if len(lines) > 1]
        if collector:
            print(f"  of geomig's time, the cycle collector: median {statistics.median(c for c, _ in collector):.0f} µs "
                  f"per document; full collections inside the timed half: {[int(n) for _, n in collector]}")
    if other is not None:
        return  # the same-process figures below are the tree's own

    Gazetteer.default()
    first = rate(geomig.geocode, texts)           # this process's caches still cold
    rate(GeoText, texts)
    again = [(rate(geomig.geocode, texts), rate(GeoText, texts)) for _ in range(runs)]
    print(f"this process: geomig first pass over all {len(texts)} documents {first:.0f} docs/s (caches cold); "
          f"the same texts again, median of {runs}: geomig {statistics.median(a for a, _ in again):.0f} docs/s, "
          f"geotext {statistics.median(b for _, b in again):.0f} docs/s (caches hold exactly these names)")


def _stages_child(parts_too: bool) -> None:
    """In a fresh process: warm up on the even documents, then time each stage of
    geocode_document on the odd ones, and geotext on the same texts (CPU seconds); with
    ``parts_too``, also the parts of resolution (wrapped, so its row then includes the
    wrappers' cost)."""
    from geotext import GeoText

    import geomig
    from geomig.gazetteer.index import Gazetteer
    from geomig.geoparse.recognize import recognize
    from geomig.geoparse.resolve import LocalResolver
    from geomig.geoparse.text import sentences

    clock = time.process_time
    parts = _time_resolution_parts(clock) if parts_too else {}
    texts = corpus()
    warm, measured = texts[0::2], texts[1::2]
    gazetteer = Gazetteer.default()
    resolver = LocalResolver.shared(gazetteer)
    for text in warm:
        geomig.geocode(text)
        GeoText(text)
    totals = dict.fromkeys(("sentences", "recognition", "resolution", "geotext"), 0.0)
    parts.clear()
    for text in measured:
        a = clock()
        sents = sentences(text)
        b = clock()
        spans = recognize(text, gazetteer, extra=resolver.extra, keep_unknown=True, sentence_spans=sents)
        c = clock()
        resolver.resolve(text, spans)
        d = clock()
        GeoText(text)
        e = clock()
        for name, dt in zip(totals, (b - a, c - b, d - c, e - d)):
            totals[name] += dt
    print(*(totals[name] / len(measured) * 1e6 for name in totals))
    if parts_too:
        print(*(parts.get(name, 0.0) / len(measured) * 1e6 for name in RESOLUTION_PARTS))


#: Parts of resolution timed apart in the stages section: (label, owner, function name).
RESOLUTION_PARTS = {
    "candidates of a new name (gazetteer rows, priors)": ("LocalResolver", "_ranked"),
    "scoring candidates (first pass and in context)": ("LocalResolver", "_score"),
    "confidence and output objects (Mention, Candidate)": ("LocalResolver", "_mention"),
    "distances to the text's other names (numpy)": ("module", "_median_distances"),
    "spelling variants of unknown names": ("LocalResolver", "_variant"),
}


def _time_resolution_parts(clock) -> dict[str, float]:
    """Wrap the parts of resolution (RESOLUTION_PARTS) so that each adds its CPU time
    to the returned dict (a call inside another is counted in both: they do not nest)."""
    from geomig.geoparse import resolve

    spent: dict[str, float] = {}
    for label, (owner, name) in RESOLUTION_PARTS.items():
        target = resolve.LocalResolver if owner == "LocalResolver" else resolve
        fn = getattr(target, name)

        def timed(*args, _fn=fn, _label=label, **kwargs):
            t = clock()
            try:
                return _fn(*args, **kwargs)
            finally:
                spent[_label] = spent.get(_label, 0.0) + clock() - t
        setattr(target, name, functools.wraps(fn)(timed))
    return spent


def stages(runs: int, other: Against | None = None) -> None:
    """The stages' CPU time per new document, in processes of their own (no wrappers), per
    side (with another side, it and the tree alternating); then, in other processes,
    the parts of the tree's resolution."""
    names = ("sentences", "recognition", "resolution", "geotext.GeoText, whole run")
    print(f"new texts ({runs} fresh processes per side; warmed on the even documents, timed on the odd ones; CPU time)")
    print("| stage | side | µs per document, median | in geotext runs, median |\n|---|---|---|---|")
    for side, outputs in _alternating(runs, other, ["--_stages"]).items():
        rows = [list(map(float, lines[0].split())) for lines in outputs]
        geotext = [r[3] for r in rows]
        for k, name in enumerate(names):
            print(f"| {name} | {side} | {statistics.median(r[k] for r in rows):.0f} | "
                  f"{statistics.median(r[k] / g for r, g in zip(rows, geotext)):.2f} |")
        print(f"| geomig's three stages together | {side} | {statistics.median(sum(r[:3]) for r in rows):.0f} | "
              f"{statistics.median(sum(r[:3]) / g for r, g in zip(rows, geotext)):.2f} |")
    parts, geotext = [], []
    for lines in _alternating(runs, None, ["--_stages", "--_parts"])[TREE]:
        geotext.append(float(lines[0].split()[3]))
        parts.append(list(map(float, lines[1].split())))
    print("\nwithin the tree's resolution (other processes, each part wrapped in a timer):")
    print("| part of resolution | µs per document, median | in geotext runs, median |\n|---|---|---|")
    for k, name in enumerate(RESOLUTION_PARTS):
        print(f"| {name} | {statistics.median(p[k] for p in parts):.0f} | "
              f"{statistics.median(p[k] / g for p, g in zip(parts, geotext)):.2f} |")


def _collector_child() -> None:
    """In a fresh process: the objects tracked by the cycle collector that the odd documents
    leave alive after warming up on the even ones, per document, and the commonest kinds."""
    import gc
    from collections import Counter

    import geomig
    from geomig.gazetteer.index import Gazetteer

    texts = corpus()
    Gazetteer.default()
    for text in texts[0::2]:
        geomig.geocode(text)
    gc.collect()  # a collection also stops tracking the tuples that hold no containers
    before = {id(o) for o in gc.get_objects()}
    measured = texts[1::2]
    for text in measured:
        geomig.geocode(text)
    gc.collect()
    left = [o for o in gc.get_objects() if id(o) not in before]

    def kind(o) -> str:
        if type(o) is tuple:
            return "tuple(" + ", ".join(type(x).__name__ for x in o[:4]) + ")"
        return type(o).__name__

    print(f"{len(left) / len(measured):.1f}", "; ".join(f"{k} {n / len(measured):.1f}"
                                                      for k, n in Counter(map(kind, left)).most_common(5)))


def collector(other: Against | None = None) -> None:
    for side, outputs in _alternating(1, other, ["--_collector"]).items():
        per_text, _, kinds = outputs[-1][-1].partition(" ")
        print(f"geomig of {side}: {per_text} tracked objects left alive per new text (commonest: {kinds})")


def _memory_child(trace: bool) -> None:
    """In a fresh process: load the gazetteer, geocode the corpus, print the peaks."""
    import tracemalloc

    if trace:
        tracemalloc.start()
    import geomig
    from geomig.gazetteer.index import Gazetteer

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
             "from geomig.gazetteer.index import Gazetteer; g = Gazetteer.default(); t2 = time.perf_counter(); "
             f"import geomig; geomig.geocode(open({seed!r}, encoding='utf-8').read()); t3 = time.perf_counter(); "
             "print(f'inside: import geomig.cli {t1 - t0:.3f} s, load gazetteer {t2 - t1:.3f} s, '"
             "f'geocode one article {t3 - t2:.3f} s (geomig from {geomig.__file__})')")
    print(subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout.strip())


def scaling(scale: int, runs: int) -> None:
    """Whole `geomig geocode` commands over LGL repeated `scale` times, serial against
    --jobs 2 and --dask local (2 worker processes), start-up included, output to a file."""
    corpus_dir = str(LGL) if LGL.is_dir() else str(ROOT / "seeds")
    n = len(list(Path(corpus_dir).glob("*.txt"))) * scale
    configs = {"--jobs 1": [], "--jobs 2 (process pool)": ["--jobs", "2"],
               "--dask local (LocalCluster, 2 worker processes)": ["--dask", "local", "--jobs", "2"]}
    walls: dict[str, list[float]] = {c: [] for c in configs}
    cpus: dict[str, list[float]] = {c: [] for c in configs}
    outputs: dict[str, bytes] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for _ in range(runs):                     # configurations in turn, so drift hits all alike
            for label, extra in configs.items():
                out = Path(tmp) / "out.jsonl"
                before = resource.getrusage(resource.RUSAGE_CHILDREN)
                t = time.perf_counter()
                subprocess.run([*geomig_command(), "geocode", *[corpus_dir] * scale, "-o", str(out), *extra],
                               capture_output=True, check=True)
                walls[label].append(time.perf_counter() - t)
                after = resource.getrusage(resource.RUSAGE_CHILDREN)
                cpus[label].append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
                outputs[label] = out.read_bytes()
    print(f"corpus: {n} documents ({scale} x {corpus_dir}); {os.cpu_count()} cores; whole commands, "
          f"median of {runs} runs; cpu = user + sys of the command and every process it started")
    for label in configs:
        wall = statistics.median(walls[label])
        # Pool workers are children of the forkserver, which never reaps them into our count.
        cpu = "   n/a" if "pool" in label else f"{statistics.median(cpus[label]):6.1f}"
        same = "same output" if outputs[label] == outputs["--jobs 1"] else "OUTPUT DIFFERS from --jobs 1"
        print(f"  {label:48s} {wall:6.2f} s wall {n / wall:6.0f} docs/s {cpu} s cpu  ({same})")


def long_texts() -> None:
    """One text of growing length (the corpus joined): time per MB must stay flat, as
    resolution works per name and the border scan bisects (both were quadratic once)."""
    import geomig
    from geomig.gazetteer.index import Gazetteer

    Gazetteer.default()
    joined = "\n".join(corpus())
    while len(joined) < 2_000_000:
        joined += "\n" + joined
    borders = "Migrants crossed the border into Libya. " * 12_000          # 480 KB of border phrases
    print("| text | size | seconds | seconds per MB |\n|---|---|---|---|")
    for label, text in [*((f"corpus, first {n // 1000} KB", joined[:n]) for n in (250_000, 500_000, 1_000_000, 2_000_000)),
                        ("border phrases", borders)]:
        t = time.perf_counter()
        geomig.geocode(text)
        dt = time.perf_counter() - t
        print(f"| {label} | {len(text) / 1e6:.2f} MB | {dt:.2f} | {dt / (len(text) / 1e6):.2f} |")


def profile(top: int = 10) -> None:
    import cProfile
    import pstats

    import geomig
    from geomig.gazetteer.index import Gazetteer

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


def floor(runs: int) -> None:
    from dataclasses import fields

    from geotext import GeoText

    import geomig
    from geomig.models import Candidate, Mention
    from geomig.geoparse.recognize import _TOKEN

    texts = corpus()
    results = [geomig.geocode(text) for text in texts]
    names = [f.name for f in fields(Mention)]
    split = names.index("alternatives")         # the fields before it, then it, then the rest
    plain = names[:split] + names[split + 1:]
    rows = [[([getattr(m, f) for f in plain], [tuple(getattr(a, f.name) for f in fields(Candidate))
                                                for a in m.alternatives]) for m in ms] for ms in results]

    def build(doc_rows) -> list:
        return [Mention(*f[:split], tuple(Candidate(*a) for a in alts), *f[split:]) for f, alts in doc_rows]

    def per_doc(fn, items) -> float:
        """Best of `runs` passes, microseconds per document."""
        best = min(_seconds(fn, items) for _ in range(runs))
        return best / len(items) * 1e6

    mentions = sum(map(len, results)) / len(texts)
    alternatives = sum(len(m.alternatives) for ms in results for m in ms) / len(texts)
    print(f"{len(texts)} documents; geomig finds {mentions:.1f} mentions with {alternatives:.1f} alternatives per document")
    print("| per document, best of runs | µs |\n|---|---|")
    print(f"| geotext.GeoText, whole run | {per_doc(GeoText, texts):.0f} |")
    print(f"| geomig's capitalised-token regex alone (`_TOKEN.findall`) | {per_doc(_TOKEN.findall, texts):.0f} |")
    print(f"| building geomig's output objects alone (Mention, Candidate) | {per_doc(build, rows):.0f} |")
    print(f"| geomig.geocode, whole run (same texts again) | {per_doc(geomig.geocode, texts):.0f} |")


def _seconds(fn, items) -> float:
    t = time.perf_counter()
    for item in items:
        fn(item)
    return time.perf_counter() - t


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="+", choices=SECTIONS, default=list(SECTIONS))
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--scale", type=int, default=4, help="times LGL is repeated for scaling")
    parser.add_argument("--lgl", help="LGL directory (EUPEG layout); default ../shared/eval/LGL")
    parser.add_argument("--_memory", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--_tracemalloc", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--_throughput", action="store_true", help=argparse.SUPPRESS)
    side = parser.add_mutually_exclusive_group()  # each adds one side beside the tree's
    side.add_argument("--against", metavar="REF",
                      help="throughput, stages and collector: also measure the code of this git ref, in alternating processes")
    side.add_argument("--compiled", action="store_true",
                      help="throughput, stages and collector: also measure the tree compiled by mypyc (needs mypy)")
    parser.add_argument("--_stages", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--_collector", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--_parts", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    other = _Compiled() if args.compiled else Against(args.against) if args.against else None
    global LGL
    if args.lgl:
        LGL = Path(args.lgl) / "texts"
        os.environ["GEOMIG_BENCH_LGL"] = args.lgl
    elif "GEOMIG_BENCH_LGL" in os.environ:          # passed down to the memory child
        LGL = Path(os.environ["GEOMIG_BENCH_LGL"]) / "texts"
    # Child processes (the CLI, pool and Dask workers) import geomig from this tree too,
    # ahead of an installed copy: a copy of the repository can be measured as it is.
    os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))
    if args._throughput:
        return _throughput_child()
    if args._stages:
        return _stages_child(args._parts)
    if args._collector:
        return _collector_child()
    if args._memory or args._tracemalloc:
        return _memory_child(args._tracemalloc)
    print(f"{time.strftime('%Y-%m-%d %H:%M')}, {platform.python_implementation()} {platform.python_version()}, "
          f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f}, geomig at {commit()}")
    for section in SECTIONS:
        if section in args.only:
            print(f"\n## {section}")
            {"throughput": lambda: throughput(args.runs, other),
             "stages": lambda: stages(args.runs, other), "collector": lambda: collector(other),
             "memory": memory,
             "coldstart": lambda: coldstart(args.runs), "scaling": lambda: scaling(args.scale, min(args.runs, 3)),
             "long": long_texts, "profile": profile, "floor": lambda: floor(args.runs)}[section]()


if __name__ == "__main__":
    main()
