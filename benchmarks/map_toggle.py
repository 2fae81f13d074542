"""How fast a corpus map answers: each layer toggled off and on in Debian's chromium.

    geomig batch corpus.jsonl -o OUTDIR --offline --workers 2
    python benchmarks/map_toggle.py OUTDIR/map.html [--runs 5]

Opens the page (requests off the machine are refused: make the map with --offline),
waits until the map has settled, then for each layer of the layer control times a click on
its checkbox until the browser has painted twice (two animation frames), off then on.
Prints the median and the worst per layer, in ms. Needs playwright and /usr/bin/chromium.
"""

from __future__ import annotations

import argparse
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("page", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    size = args.page.stat().st_size
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 800})
        page.route("**/*", lambda r: r.continue_() if r.request.url.startswith(("file:", "data:")) else r.abort())
        page.goto(args.page.resolve().as_uri())
        page.wait_for_function(SETTLED, timeout=120_000)
        labels = page.locator(".leaflet-control-layers-overlays label").all_inner_texts()
        print(f"{args.page} ({size / 1e6:.2f} MB), {len(labels)} layers, {args.runs} runs each (off, then on)")
        worst_all = 0.0
        for i, label in enumerate(labels):
            times = [page.evaluate(TOGGLE, i) for _ in range(2 * args.runs)]
            worst_all = max(worst_all, max(times))
            print(f"  {label.strip():24} median {statistics.median(times):7.1f} ms   worst {max(times):7.1f} ms")
        print(f"worst toggle: {worst_all:.1f} ms (target under 200 ms)")
        browser.close()


if __name__ == "__main__":
    main()
