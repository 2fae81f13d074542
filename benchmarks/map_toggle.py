"""How fast a corpus map answers: each layer toggled off and on in Debian's chromium.

    geomig batch corpus.jsonl -o OUTDIR --offline --workers 2
    python benchmarks/map_toggle.py OUTDIR/map.html [--runs 5] [--rounds 3]
    python benchmarks/map_toggle.py BEFORE.html AFTER.html --rounds 3     # side by side

Opens the page (requests off the machine are refused: make the map with --offline),
waits until the map has settled, then for each layer of the layer control times a click on
its checkbox until the browser has painted twice (two animation frames), off then on.
Each round opens every page afresh, the pages taking turns, so a machine's load falls on
them alike. Prints per layer the median of its first toggle (a layer's first click pays
for what the page has not drawn yet), the median of the later ones, and the worst, in ms.
Needs playwright and /usr/bin/chromium.
"""

from __future__ import annotations

import argparse
import os
import statistics
from pathlib import Path

from playwright.sync_api import sync_playwright

ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
SETTLED = """() => {
  const map = Object.keys(window).filter(k => /^map_[0-9a-f]+$/.test(k)).map(k => window[k])
    .find(v => window.L && window.L.Map && v instanceof window.L.Map);
  return Boolean(map && map._loaded && document.querySelector(".leaflet-control-layers"));
}"""
TOGGLE = """async (i) => {
  const box = document.querySelectorAll(".leaflet-control-layers-overlays input")[i];
  const t = performance.now();
  box.click();
  await new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
  return performance.now() - t;
}"""


def toggles(browser, page_path: Path, runs: int) -> dict[str, list[float]]:
    """Each layer's toggle times on a fresh page, the first one first."""
    page = browser.new_page(viewport={"width": 1280, "height": 800})
    page.route("**/*", lambda r: r.continue_() if r.request.url.startswith(("file:", "data:")) else r.abort())
    page.goto(page_path.resolve().as_uri())
    page.wait_for_function(SETTLED, timeout=120_000)
    labels = [t.strip() for t in page.locator(".leaflet-control-layers-overlays label").all_inner_texts()]
    out = {label: [page.evaluate(TOGGLE, i) for _ in range(2 * runs)] for i, label in enumerate(labels)}
    page.close()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pages", type=Path, nargs="+")
    parser.add_argument("--runs", type=int, default=5, help="off-and-on toggles per layer and page")
    parser.add_argument("--rounds", type=int, default=1, help="fresh loads of each page, taking turns")
    args = parser.parse_args()
    times: dict[Path, dict[str, list[list[float]]]] = {p: {} for p in args.pages}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        for _ in range(args.rounds):
            for page_path in args.pages:
                for label, ts in toggles(browser, page_path, args.runs).items():
                    times[page_path].setdefault(label, []).append(ts)
        browser.close()
    print(f"load average {os.getloadavg()[0]:.1f}; {args.rounds} rounds, {args.runs} runs each (off, then on)")
    for page_path, layers in times.items():
        worst_all = max(max(max(r) for r in rounds) for rounds in layers.values())
        print(f"{page_path} ({page_path.stat().st_size / 1e6:.2f} MB), {len(layers)} layers")
        for label, rounds in layers.items():
            first = statistics.median(r[0] for r in rounds)
            later = statistics.median(t for r in rounds for t in r[1:])
            worst = max(max(r) for r in rounds)
            print(f"  {label:20} first {first:7.1f} ms   later median {later:7.1f} ms   worst {worst:7.1f} ms")
        print(f"  worst toggle: {worst_all:.1f} ms (target under 200 ms)")


if __name__ == "__main__":
    main()
