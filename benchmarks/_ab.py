"""A git ref's code beside the working tree, in alternating fresh processes (A B B A ...).

On a shared machine the speed drifts from one minute to the next; runs of the two sides
taken in turn meet the same drift, so their medians and the ratio of the medians compare
the code, not the moment. A benchmark script that wants `--against REF`:

    with Against(ref) as ab:
        runs = ab.alternate(rounds, lambda side: json.loads(run_child(ab.env[side], ab.cwd[side])))
        print(ab.compare("cpu_s", runs))

The child process of each side runs the benchmark script itself; it puts
GEOMIG_BENCH_CODE (set for the ref's side) first on sys.path before importing geomig,
and should assert that the geomig it imported is the side's (Against.code_of()).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from benchmarks._common import ROOT, export_ref

T = TypeVar("T")

#: The variable naming the exported code a child runs (unset: the working tree).
CODE = "GEOMIG_BENCH_CODE"
#: The name of the working tree's side.
TREE = "tree"


def code_of() -> Path:
    """The directory whose geomig this process should import: the ref's exported code on
    the ref's side, the repository on the tree's."""
    return Path(os.environ.get(CODE) or ROOT)


class Against:
    """The ref's code exported to a temporary directory for the length of a `with`
    block, and each side's environment and working directory: `env[side]`, `cwd[side]`,
    sides `ref` and TREE. A process started with a side's env and cwd imports that side's
    geomig, and so do the processes it starts (PYTHONPATH; spawned workers also put their
    working directory first)."""

    def __init__(self, ref: str):
        self.ref = ref
        self.sides = (ref, TREE)
        self.env: dict[str, dict[str, str]] = {}
        self.cwd: dict[str, Path] = {}
        self._tmp: tempfile.TemporaryDirectory | None = None

    def __enter__(self) -> Against:
        self._tmp = tempfile.TemporaryDirectory(prefix="geomig-against-")
        code = Path(self._tmp.name) / "code"
        code.mkdir()
        export_ref(self.ref, code)
        self._use(code, _own_cache(Path(self._tmp.name) / "cache"))
        self.warm()
        return self

    def _use(self, code: Path, cache: Path | None = None) -> None:
        """Make the ref's side run the geomig in `code` (with its own cache directory, if
        given), the tree's side the repository's."""
        ref_env = {**os.environ, CODE: str(code), "PYTHONPATH": str(code)}
        if cache is not None:
            ref_env["GEOMIG_CACHE_DIR"] = str(cache)
        self.env = {self.ref: ref_env, TREE: {k: v for k, v in os.environ.items() if k != CODE}}
        self.cwd = {self.ref: code, TREE: ROOT}

    def warm(self) -> None:
        """Compile each side's cue data once, before anything is timed: a side's first run
        would otherwise pay for it (seconds of CPU), and only that run."""
        for side in self.sides:
            subprocess.run([sys.executable, "-c", "from geomig.picture import cues; cues.default()"],
                           env=self.env[side], cwd=self.cwd[side], check=True, capture_output=True)

    def __exit__(self, *exc: object) -> None:
        if self._tmp is not None:
            self._tmp.cleanup()
            self._tmp = None

    def alternate(self, rounds: int, run: Callable[[str], T]) -> dict[str, list[T]]:
        """`run(side)` `rounds` times for each side, in turn: ref, tree, tree, ref, ...
        Returns each side's results in the order they were made."""
        out: dict[str, list[T]] = {side: [] for side in self.sides}
        for r in range(rounds):
            for side in self.sides if r % 2 == 0 else self.sides[::-1]:
                out[side].append(run(side))
        return out

    def compare(self, key: str, runs: dict[str, list[dict[str, Any]]], digits: int = 1) -> str | None:
        """'KEY: REF a -> tree b (b/a x)', medians of each side's `key` (runs without it,
        or with None, left out); None when a side has none."""
        a, b = ([x[key] for x in runs[side] if x.get(key) is not None] for side in self.sides)
        if not a or not b:
            return None
        ma, mb = statistics.median(a), statistics.median(b)
        ratio = f"{mb / ma:.2f}x" if ma else "-"
        return f"{key}: {self.ref} {ma:.{digits}f} -> {TREE} {mb:.{digits}f} ({ratio})"


def _own_cache(cache: Path) -> Path:
    """A cache directory for the ref's side, holding links to the shared cache's gazetteer
    index. Saving compiled cue data removes the codes of other cue data beside it
    (cues.save_codes): in one directory the two sides would remove each other's, and each
    run would compile its side's afresh."""
    from geomig.gazetteer.sources import cache_dir

    cache.mkdir(parents=True, exist_ok=True)
    shared = cache_dir()
    if shared.is_dir():
        for built in shared.glob("gazetteer-*"):
            (cache / built.name).symlink_to(built)
    return cache
