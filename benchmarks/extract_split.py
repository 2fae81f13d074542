"""Extraction against geocoding, CPU per article, side by side in one process (issue 14).

The first N articles of corpus_bench.py's 10,000-article corpus (the same seed, so the same
texts) are geocoded and read as a corpus worker does (geomig.corpus.stages.geocode, then
stages.read), each pass timed in CPU seconds (time.process_time: the machine may be shared),
rounds alternating so that drift meets both alike; printed: the medians per article and
their ratio. `--stages` then times each stage of picture.read() alone (the stage functions
wrapped, no profiler: its overhead would swell the small Python calls), per article and as
a share of read(): the topic gate, masking, role cues, relevance, zones, learned roles,
story, actors, affiliations and facts. Run from the repository root:

    python benchmarks/extract_split.py [--articles 2000] [--rounds 3] [--stages]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks._common import commit  # noqa: E402
from benchmarks.corpus_bench import article  # noqa: E402


def articles(n: int, seed: int = 7) -> list[tuple[str, str]]:
    """The first n articles corpus_bench.write_corpus(path, 10000, seed) writes (it draws
    them in order from one Random(seed))."""
    rng = random.Random(seed)
    return [(f"art{i:06d}", article(rng)) for i in range(n)]


def split(rows: list[tuple[str, str]], rounds: int) -> tuple[float, float]:
    """Median CPU ms per article of geocoding and of reading, over `rounds` alternations."""
    from geomig.corpus import stages

    stages.prepare()
    docs = [stages.geocode(i, t) for i, t in rows[:50]]     # warm the gazetteer's and the cues' caches
    for d in docs:
        stages.read(d)
    geo, ext = [], []
    for _ in range(rounds):
        t = time.process_time()
        docs = [stages.geocode(i, text) for i, text in rows]
        t2 = time.process_time()
        for d in docs:
            stages.read(d)
        t3 = time.process_time()
        geo.append((t2 - t) * 1000 / len(rows))
        ext.append((t3 - t2) * 1000 / len(rows))
    return statistics.median(geo), statistics.median(ext)


#: (label, module, attribute) of each stage read() calls, wrapped by --stages. Role cues
#: (roles.role_claims) hold their cue matching (cues.find on the role cues), shown apart too.
STAGES = (
    ("topic gate (Lexicon.for_document)", "geomig.picture.cues", "Lexicon.for_document"),
    ("join + mask (cues.join_wrapped, mask)", "geomig.picture", "_cues"),
    ("role cues (roles.role_claims)", "geomig.picture", "role_claims"),
    ("  of which role cue matching (cues.find)", "geomig.picture.roles", "find"),
    ("relevance (relevance.no_role)", "geomig.picture", "no_role"),
    ("zone context (zones.context)", "geomig.picture", "context"),
    ("zones (zones.zone_claims)", "geomig.picture", "zone_claims"),
    ("  of which control cue matching (cues.find)", "geomig.picture.zones", "find"),
    ("learned roles (learned.claims)", "geomig.picture.learned", "claims"),
    ("not held (zones.not_held)", "geomig.picture", "not_held"),
    ("story (story.not_now)", "geomig.picture.story", "not_now"),
    ("actors (zones.find_actors)", "geomig.picture", "find_actors"),
    ("affiliations (zones.affiliations)", "geomig.picture", "affiliations"),
    ("facts (facts.fact_claims)", "geomig.picture", "fact_claims"),
)


class _Masking:
    """Stands for the cues module in geomig.picture: join_wrapped and mask timed into one stage."""

    def __init__(self, module, add):
        self._module, self._add = module, add

    def __getattr__(self, name):
        value = getattr(self._module, name)
        if name not in ("join_wrapped", "mask"):
            return value

        def timed(*args, **kwargs):
            t = time.process_time()
            try:
                return value(*args, **kwargs)
            finally:
                self._add(time.process_time() - t)
        return timed


def stage_times(rows: list[tuple[str, str]], rounds: int) -> tuple[float, dict[str, float]]:
    """read()'s CPU ms per article and each stage's, medians of `rounds` passes."""
    import importlib

    from geomig.corpus import stages

    docs = [stages.geocode(i, t) for i, t in rows]
    spent: dict[str, float] = defaultdict(float)
    for label, module, attr in STAGES:
        owner = importlib.import_module(module)
        if attr == "_cues":
            owner._cues = _Masking(owner._cues, lambda dt, label=label: spent.__setitem__(label, spent[label] + dt))
            continue
        if "." in attr:
            cls, attr = attr.split(".")
            owner = getattr(owner, cls)
        original = getattr(owner, attr)

        def timed(*args, _f=original, _label=label, **kwargs):
            t = time.process_time()
            try:
                return _f(*args, **kwargs)
            finally:
                spent[_label] += time.process_time() - t
        setattr(owner, attr, timed)
    for d in docs[:50]:
        stages.read(d)
    totals: list[float] = []
    per: dict[str, list[float]] = defaultdict(list)
    for _ in range(rounds):
        spent.clear()
        t = time.process_time()
        for d in docs:
            stages.read(d)
        totals.append((time.process_time() - t) * 1000 / len(docs))
        for label, _, _ in STAGES:
            per[label].append(spent[label] * 1000 / len(docs))
    return statistics.median(totals), {k: statistics.median(v) for k, v in per.items()}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--stages", action="store_true", help="also time each stage of read()")
    args = ap.parse_args()
    rows = articles(args.articles)
    geo, ext = split(rows, args.rounds)
    print(f"commit {commit()}: {len(rows)} corpus articles, CPU ms per article (median of {args.rounds}): "
          f"geocoding {geo:.3f}  extraction (read) {ext:.3f}  extraction / geocoding {ext / geo:.2f}", flush=True)
    if args.stages:
        total, per = stage_times(rows, args.rounds)
        print(f"read() with its stages wrapped: {total:.3f} ms per article")
        for label, ms in per.items():
            print(f"  {label:40s} {ms:7.3f} ms  {100 * ms / total:5.1f}%")


if __name__ == "__main__":
    main()
