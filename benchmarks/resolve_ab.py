"""Resolution's CPU time per new text, the working tree's beside a git ref's, in one process.

Both sides' resolve.py are loaded side by side (the ref's as a module of its own, over the
tree's other modules), each with a gazetteer of its own (so neither reads rows the other
fetched), warmed on LGL's even documents and timed on the odd ones, text by text in
alternating order (A B, B A, ...): the machine's drift and other jobs hit both alike.
Recognition runs once per text, outside the timings.

    python benchmarks/resolve_ab.py [--against main] [--rounds 3]
"""

from __future__ import annotations

import argparse
import importlib.util
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
LGL = ROOT.parent / "shared" / "eval" / "LGL" / "texts"


def side_module(ref: str | None, tmp: Path):
    """A ref's geomig/geoparse/resolve.py (the tree's with ``ref`` None), imported as a module
    of its own: both sides load alike, neither is the one the rest of geomig imported."""
    if ref is None:
        source = (ROOT / "geomig" / "geoparse" / "resolve.py").read_text(encoding="utf-8")
    else:
        source = subprocess.run(["git", "-C", str(ROOT), "show", f"{ref}:geomig/geoparse/resolve.py"],
                                capture_output=True, text=True, check=True).stdout
    name = "tree" if ref is None else "ref"
    path = tmp / f"{name}_resolve.py"
    path.write_text(source, encoding="utf-8")
    spec = importlib.util.spec_from_file_location(f"geomig.geoparse._{name}_resolve", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--against", default="main")
    parser.add_argument("--rounds", type=int, default=3, help="fresh resolvers, warmed and timed, per side")
    args = parser.parse_args()

    from geomig.gazetteer.index import Gazetteer
    from geomig.geoparse.geocode import collector_paused
    from geomig.geoparse.recognize import recognize
    from geomig.geoparse.text import sentences

    texts = [p.read_text(encoding="utf-8", errors="replace")
             for p in sorted(LGL.glob("*.txt"), key=lambda p: int(p.stem))]
    shared = Gazetteer.default()
    extra: dict = {}
    inputs = []
    for text in texts:
        sents = sentences(text)
        inputs.append((text, recognize(text, shared, extra=extra, keep_unknown=True, sentence_spans=sents)))
    warm, timed = inputs[0::2], inputs[1::2]
    clock = time.process_time
    with tempfile.TemporaryDirectory() as tmp:
        sides = {args.against: side_module(args.against, Path(tmp)), "tree": side_module(None, Path(tmp))}
        per_round: dict[str, list[float]] = {side: [] for side in sides}
        for n in range(args.rounds):
            resolvers = {side: module.LocalResolver(Gazetteer(shared.path)) for side, module in sides.items()}
            for text, spans in warm:
                for resolver in resolvers.values():
                    resolver.resolve(text, spans)
            spent = dict.fromkeys(sides, 0.0)
            order = list(sides)
            for i, (text, spans) in enumerate(timed):
                for side in (order if (i + n) % 2 == 0 else order[::-1]):
                    with collector_paused():  # as geocode_document resolves
                        t = clock()
                        resolvers[side].resolve(text, spans)
                        spent[side] += clock() - t
            for side in sides:
                per_round[side].append(spent[side] / len(timed) * 1e6)
            print(f"round {n + 1}: " + ", ".join(f"{side} {per_round[side][-1]:.0f} µs" for side in sides)
                  + f", ratio {per_round[args.against][-1] / per_round['tree'][-1]:.2f}x", flush=True)
    ratios = [a / b for a, b in zip(per_round[args.against], per_round["tree"])]
    print(f"resolution, CPU µs per new text (LGL odd half, {len(timed)} texts), median of {args.rounds}: "
          f"{args.against} {statistics.median(per_round[args.against]):.0f}, "
          f"tree {statistics.median(per_round['tree']):.0f}; speed-up median {statistics.median(ratios):.2f}x "
          f"(min {min(ratios):.2f}, max {max(ratios):.2f})")


if __name__ == "__main__":
    main()
