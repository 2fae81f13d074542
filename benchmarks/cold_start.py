"""Cold start of `geomig geocode` on one seed, as whole processes, and what its imports cost.

    python benchmarks/cold_start.py                      # this checkout, 7 runs
    python benchmarks/cold_start.py --against OTHER/bin/geomig --runs 9
    python benchmarks/cold_start.py --this NEW/bin/geomig --against OLD/bin/geomig --runs 21

With --against, the two commands run in turn (A B, then B A, ...), so a machine whose speed
drifts slows both alike and neither always runs second, and each pair gives a ratio. cpu is
user + sys of the finished process; the load average is printed before and after, as the
wall times mean little on a loaded machine. Then one `python -X importtime` run of the
first command (--this, else this checkout's), its modules' own times summed by top-level
package: what the start-up spends importing, and on what. The index must be built already
(run the command once first).

What users run is a wheel: measure wheels installed in fresh venvs (--this and --against)
rather than this checkout. An editable install starts slower (its finder's .pth runs at
every start, and it fingerprints the gazetteer sources to find the cached index, where a
wheel opens the index it carries):

    pip wheel --no-deps --no-build-isolation -w W .   # needs setuptools>=77 and the build extra
    python -m venv V && V/bin/pip install W/geomig-*.whl
"""

from __future__ import annotations

import argparse
import collections
import os
import re
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

from _common import ROOT, geomig_command  # benchmarks/ is the script's own directory

SEED = next(iter(sorted((ROOT / "seeds").glob("000_*.txt"))))


def run(cmd: list[str]) -> tuple[float, float]:
    """(wall, cpu) seconds of one whole command, its output thrown away."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    wall = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime


def interpreter_of(exe: str) -> str:
    """The Python of the environment a `geomig` executable belongs to."""
    beside = Path(exe).parent / "python"
    return str(beside) if beside.exists() else sys.executable


def import_breakdown(python: str, cmd: list[str]) -> list[tuple[str, float]]:
    """Milliseconds of import time by top-level package: the modules' own times (not what
    they import), so numpy imported by shapely counts as numpy."""
    err = subprocess.run([python, "-X", "importtime", *cmd], capture_output=True, text=True).stderr
    totals: dict[str, float] = collections.defaultdict(float)
    for line in err.splitlines():
        m = re.match(r"import time:\s+(\d+) \|\s+\d+ \| *(\S+)", line)
        if m:
            totals[m.group(2).split(".")[0]] += int(m.group(1)) / 1000
    return sorted(totals.items(), key=lambda kv: -kv[1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--this", help="The geomig executable to measure (default: this checkout's).")
    parser.add_argument("--against", help="Another geomig executable to run side by side.")
    args = parser.parse_args()
    this = [args.this] if args.this else geomig_command()
    name = "this" if args.this else "this checkout"
    commands = {name: [*this, "geocode", str(SEED)]}
    if args.against:
        commands["against"] = [args.against, "geocode", str(SEED)]
    for cmd in commands.values():
        run(cmd)  # warm the file cache
    load_before = os.getloadavg()[0]
    figures: dict[str, list[tuple[float, float]]] = {which: [] for which in commands}
    for i in range(args.runs):
        for which, cmd in (commands.items() if i % 2 == 0 else reversed(commands.items())):
            figures[which].append(run(cmd))
    print(f"`geomig geocode {SEED.relative_to(ROOT)}`, {args.runs} runs each, in turn; median (min-max); "
          f"load average {load_before:.1f} before, {os.getloadavg()[0]:.1f} after")
    for which, runs in figures.items():
        walls, cpus = [w for w, _ in runs], [c for _, c in runs]
        print(f"  {which:14s} wall {statistics.median(walls):.3f} s ({min(walls):.3f}-{max(walls):.3f})  "
              f"cpu {statistics.median(cpus):.3f} s")
    if args.against:
        pairs = zip(figures[name], figures["against"], strict=True)
        ratios = [(a[0] / b[0], a[1] / b[1]) for a, b in pairs]
        print(f"  ratio this/against: wall {statistics.median(r for r, _ in ratios):.2f}, "
              f"cpu {statistics.median(r for _, r in ratios):.2f} (median of pairs)")
    print(f"import time of {' '.join(this)} geocode by top-level package (one run, ms):")
    python = interpreter_of(this[0]) if args.this else sys.executable
    for package, ms in import_breakdown(python, ["-m", "geomig", "geocode", str(SEED)])[:12]:
        print(f"  {ms:7.1f}  {package}")


if __name__ == "__main__":
    main()
