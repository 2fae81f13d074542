"""The document gate (`Lexicon.on_topic`) against a git ref: the same answers, and its cost.

For each text of LGL, GeoVirus, the dev set (../shared/eval/migration-news), our own
reports 1-564 (the blind batches after them are never read) and 2,000 synthetic articles
of the corpus benchmark (corpus_bench.py: two thirds of them other news), each side answers whether
the text is about migration, and times the gate over every text (the best of --repeat
passes, in ms a document, per corpus). Each side runs in a fresh process, in turn
(A B B A ...): the ratio of the medians tells whether the gate got cheaper on a shared
machine. The texts whose answer differs are listed by name (never their words), and the
exit status is 1 if there is any. Run from the repository root:

    python benchmarks/gate_check.py [--against main] [--rounds 2] [--repeat 3]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
if os.environ.get("GEOMIG_BENCH_CODE"):  # --against: this process runs another ref's geomig
    sys.path.insert(0, os.environ["GEOMIG_BENCH_CODE"])

from benchmarks._ab import Against, code_of  # noqa: E402
from benchmarks._common import ROOT, commit  # noqa: E402

EVAL = ROOT.parent / "shared" / "eval"
REPORTS = ROOT / "tests" / "fixtures" / "reports"
#: Reports after this one are blind batches: never read.
LAST_REPORT = 564


def corpora() -> dict[str, list[Path]]:
    """Each corpus's texts in a stable order (the synthetic articles apart: synthetic())."""
    reports = [p for p in REPORTS.glob("*.txt") if int(p.name.split("_", 1)[0]) <= LAST_REPORT]
    return {"lgl": sorted((EVAL / "LGL" / "texts").glob("*.txt"), key=lambda p: int(p.stem)),
            "geovirus": sorted((EVAL / "GeoVirus" / "texts").glob("*.txt"), key=lambda p: int(p.stem)),
            "dev": sorted((EVAL / "migration-news").glob("*.txt")),
            "reports": sorted(reports, key=lambda p: int(p.name.split("_", 1)[0]))}


def synthetic(n: int = 2000) -> dict[str, str]:
    """The corpus benchmark's first n articles (its seed), by id."""
    import random

    from benchmarks.corpus_bench import article

    rng = random.Random(7)
    return {f"art{i:06d}": article(rng) for i in range(n)}


def one(repeat: int) -> dict:
    """This side's answers ({corpus/name: bool}) and ms a document per corpus."""
    import geomig
    from geomig.picture import cues

    assert Path(geomig.__file__).resolve().is_relative_to(code_of().resolve()), geomig.__file__
    lexicon = cues.default()
    answers, ms = {}, {}
    named = {corpus: {p.name: p.read_text(encoding="utf-8", errors="replace") for p in paths}
             for corpus, paths in corpora().items()}
    named["synthetic"] = synthetic()
    for corpus, by_name in list(named.items()):
        texts = list(by_name.values())
        if not texts:  # ../shared is beside the main checkout only (not beside a worktree)
            del named[corpus]
            continue
        answers.update({f"{corpus}/{name}": lexicon.on_topic(t) for name, t in by_name.items()})
        best = float("inf")
        for _ in range(repeat):
            start = time.process_time()
            for t in texts:
                lexicon.on_topic(t)
            best = min(best, time.process_time() - start)
        ms[corpus] = round(best / len(texts) * 1e3, 3)
    evaluation = [c for c in named if c != "synthetic"]
    total = sum(len(named[c]) for c in evaluation)
    if total:
        ms["evaluation"] = round(sum(ms[c] * len(named[c]) for c in evaluation) / total, 3)
    return {"answers": answers, "ms": ms}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--against", default="main", help="the git ref to compare with")
    ap.add_argument("--rounds", type=int, default=2, help="runs per side")
    ap.add_argument("--repeat", type=int, default=3, help="timed passes over the texts per run (the best counts)")
    ap.add_argument("--one", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one:
        print(json.dumps(one(args.repeat)))
        return
    print(f"commit {commit()} against {args.against}")
    with Against(args.against) as ab:
        def run(side: str) -> dict:
            done = subprocess.run([sys.executable, __file__, "--one", "--repeat", str(args.repeat)],
                                  capture_output=True, text=True, env=ab.env[side], cwd=ab.cwd[side])
            if done.returncode:
                sys.exit(f"{side} failed:\n{done.stderr[-2000:]}")
            x = json.loads(done.stdout.strip().splitlines()[-1])
            print(f"{side:<10} ms a document: {x['ms']}", flush=True)
            return x

        runs = ab.alternate(args.rounds, run)
        for corpus in runs[ab.ref][0]["ms"]:
            print(ab.compare(corpus, {s: [x["ms"] for x in runs[s]] for s in ab.sides}, digits=3))
    ref, tree = runs[ab.ref][0]["answers"], runs[ab.sides[1]][0]["answers"]
    differ = sorted(k for k in ref if ref[k] != tree.get(k))
    print(f"answers: {len(ref)} texts, {sum(ref.values())} on topic ({args.against}), "
          f"{sum(tree.values())} (tree); {len(differ)} differ")
    for name in differ:
        print(f"  {name}: {args.against} {ref[name]} -> tree {tree.get(name)}")
    sys.exit(1 if differ else 0)


if __name__ == "__main__":
    main()
