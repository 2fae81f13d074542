"""Render benchmark: the features of 1,000 synthetic articles on one map.

Targets: under 5 s and under 8 MB of HTML; with --zoom, each zoom step of the offline page in
Debian's chromium under 1 s (the map animated there, twice painted). Each synthetic article says what a real
one does (launch points, destinations, transit, an origin, a route with a land and a sea leg,
a control zone, plain places, one doubtful place with alternatives), about real places jittered
so that no two articles' features merge. Run from the repository root:

    python benchmarks/render_bench.py [--articles 1000] [--seed 7] [--zoom]

The zoom timing runs in the page and hands back a number: a playwright script that returns
the map itself (`page.evaluate("map.zoomIn()")` does) has playwright copy the whole Leaflet map
out of the page, its basemap's 230,000 points with it, which took 25-80 s a step and was once
taken for the browser's drawing.
"""

from __future__ import annotations

import argparse
import math
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

# (name, lon, lat) of real places the seed articles and their like talk about.
LAUNCH = [("Sabratha", 12.49, 32.79), ("Zuwara", 12.08, 32.93), ("Zawiya", 12.73, 32.76),
          ("Garabulli", 13.70, 32.76), ("Khoms", 14.26, 32.65), ("Tripoli", 13.19, 32.89),
          ("Benghazi", 20.07, 32.12), ("Tobruk", 23.96, 32.08)]
DESTINATION = [("Lampedusa", 12.60, 35.51), ("Catania", 15.09, 37.50), ("Malta", 14.51, 35.90),
               ("Crete", 24.81, 35.24), ("Augusta", 15.22, 37.23), ("Pozzallo", 14.85, 36.73)]
TRANSIT = [("Sabha", 14.43, 27.04), ("Kufra", 23.31, 24.18), ("Agadez", 7.99, 16.97),
           ("Ubari", 12.78, 26.59), ("Murzuq", 13.92, 25.92)]
ORIGIN = [("Niger", 8.0, 17.6), ("Sudan", 30.0, 15.5), ("Eritrea", 39.0, 15.2), ("Nigeria", 8.0, 9.6),
          ("Mali", -2.0, 17.6), ("Chad", 18.7, 15.4)]
CONTROLS = ["coastguard", "militia", "government", "contested", "border", "navy", "detention", "joint_operations"]
TEMPLATES = [
    "Smugglers moved dozens of people from {a} toward {b} this week, according to local officials and aid groups.",
    "Boats left the shores around {a} at night, and many were intercepted before they could reach {b}.",
    "Witnesses said groups crossing from {a} had waited for weeks before the journey to {b}.",
    "The authorities in {a} said they had stopped departures under pressure from {b}, a claim activists disputed.",
]


def jitter(rng: random.Random, lon: float, lat: float, spread: float = 0.4) -> tuple[float, float]:
    return round(lon + rng.uniform(-spread, spread), 4), round(lat + rng.uniform(-spread, spread), 4)


def quote(rng: random.Random, doc: str, a: str, b: str) -> dict:
    text = rng.choice(TEMPLATES).format(a=a, b=b)
    start = rng.randrange(0, 3000)
    return {"doc": doc, "start": start, "end": start + len(text), "quote": text,
            "highlight": [[text.index(a), text.index(a) + len(a)]]}


def point(role: str, name: str, lonlat, sources, **props) -> dict:
    return {"type": "Feature", "geometry": {"type": "Point", "coordinates": list(lonlat)},
            "properties": {"role": role, "name": name, "id": f"geonames:{abs(hash((name, lonlat))) % 10**7}",
                           "confidence": props.pop("confidence", 0.8), "cue": props.pop("cue", ""),
                           "sources": sources, "facts": props.pop("facts", []), **props}}


def blob(rng: random.Random, lon: float, lat: float, r: float, n: int = 48) -> list:
    ring = []
    for i in range(n):
        a = 2 * math.pi * i / n
        k = r * (0.75 + 0.25 * math.sin(3 * a + rng.random()))
        ring.append([round(lon + k * math.cos(a), 4), round(lat + k * math.sin(a) * 0.8, 4)])
    return [ring + [ring[0]]]


def article(rng: random.Random, i: int) -> list[dict]:
    """The features one article contributes."""
    doc = f"articles/{i:04d}.txt"
    launch = rng.choice(LAUNCH)
    dest = rng.choice(DESTINATION)
    transit = rng.choice(TRANSIT)
    origin = rng.choice(ORIGIN)
    la, de, tr, og = (jitter(rng, p[1], p[2]) for p in (launch, dest, transit, origin))
    q = quote(rng, doc, launch[0], dest[0])
    feats = [
        point("launch_point", launch[0], la, [q], cue="boats left", confidence=0.85,
              facts=[{"text": "more than 600,000 have made the journey", "value": 600000, "unit": "people",
                      "qualifier": "more than", "source": q}] if i % 5 == 0 else []),
        point("destination", dest[0], de, [quote(rng, doc, dest[0], launch[0])], cue="toward"),
        point("transit", transit[0], tr, [quote(rng, doc, transit[0], launch[0])], cue="crossing from"),
        point("origin", origin[0], og, [quote(rng, doc, origin[0], transit[0])], cue="from"),
    ]
    for _ in range(rng.randint(3, 5)):
        name, lon, lat = rng.choice(LAUNCH + DESTINATION + TRANSIT)
        feats.append(point("place", name, jitter(rng, lon, lat, 0.8), [quote(rng, doc, name, dest[0])]))
    doubt = rng.choice(LAUNCH)
    feats.append(point("place", doubt[0], jitter(rng, doubt[1], doubt[2]), [quote(rng, doc, doubt[0], dest[0])],
                       confidence=0.4, alternatives=[
                           {"id": "geonames:266826", "name": doubt[0], "country": "LB",
                            "lat": 34.43 + rng.uniform(-1, 1), "lon": 35.84 + rng.uniform(-1, 1), "score": 0.35}]))
    sea = [list(la), [la[0] + rng.uniform(-0.3, 0.3), la[1] + 0.8], [de[0] + rng.uniform(-0.3, 0.3), de[1] - 0.6], list(de)]
    feats.append({"type": "Feature",
                  "geometry": {"type": "MultiLineString", "coordinates": [[list(tr), list(la)], sea]},
                  "properties": {"role": "route", "name": f"{transit[0]} → {launch[0]} → {dest[0]}",
                                 "confidence": 0.7, "cue": "journey", "sources": [q], "facts": [],
                                 "legs": [{"from_name": transit[0], "to_name": launch[0], "mode": "land"},
                                          {"from_name": launch[0], "to_name": dest[0], "mode": "sea",
                                           "sea": "Mediterranean"}]}})
    control = CONTROLS[i % len(CONTROLS)]
    feats.append({"type": "Feature",
                  "geometry": {"type": "Polygon", "coordinates": blob(rng, la[0], la[1], rng.uniform(0.15, 0.6))},
                  "properties": {"role": "control_zone", "name": f"{launch[0]} ({control})", "control": control,
                                 "actor": "armed group", "affiliation": "Interior Ministry", "confidence": 0.6,
                                 "cue": "controls", "sources": [q], "facts": []}})
    return feats


def picture(n: int, seed: int) -> dict:
    rng = random.Random(seed)
    features = [f for i in range(n) for f in article(rng, i)]
    return {"type": "FeatureCollection", "geomig": {"documents": [f"articles/{i:04d}.txt" for i in range(n)],
                                                    "gazetteer": "bench"}, "features": features}


#: One zoom step, timed in the page until the zoom has ended and the browser painted twice.
ZOOM_STEP = """async (z) => {
  const map = Object.keys(window).filter(k => /^map_[0-9a-f]+$/.test(k)).map(k => window[k])
    .find(v => window.L && v instanceof window.L.Map);
  const t = performance.now();
  await new Promise(r => { map.once("zoomend", r); map.setZoom(z); });
  await new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
  return performance.now() - t;
}"""
ZOOMS = (3, 4, 5, 6, 7, 8, 9, 10)


def zoom_steps(html: str) -> dict[int, float]:
    """ms per zoom step into each of ZOOMS, on the page in Debian's chromium (no network)."""
    import tempfile

    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as d, sync_playwright() as p:
        path = Path(d) / "map.html"
        path.write_text(html, encoding="utf-8")
        browser = p.chromium.launch(executable_path="/usr/bin/chromium",
                                    args=["--headless", "--no-sandbox", "--disable-gpu"])
        page = browser.new_page(viewport={"width": 1200, "height": 800})
        page.route("**/*", lambda r: r.continue_() if r.request.url.startswith(("file:", "data:")) else r.abort())
        page.goto(path.as_uri())
        page.locator(".leaflet-container[data-basemap-ready='true']").wait_for(timeout=120_000)
        page.evaluate(ZOOM_STEP, 2)
        steps = {z: page.evaluate(ZOOM_STEP, z) for z in ZOOMS}
        browser.close()
    return steps


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--static", action="store_true", help="also time the PNG")
    parser.add_argument("--zoom", action="store_true", help="also time zoom steps of the offline page in chromium")
    args = parser.parse_args()

    t0 = time.perf_counter()
    import geomig.maps as r
    from geomig.picture import Picture

    import_s = time.perf_counter() - t0
    pic = Picture.from_geojson(picture(args.articles, args.seed))
    print(f"{args.articles} articles -> {len(pic.features)} features (imports {import_s:.2f} s)")
    for label, offline in (("online", False), ("offline", True)):
        t = time.perf_counter()
        html = r.to_html(r.render(pic, offline=offline))
        secs = time.perf_counter() - t
        size = len(html.encode("utf-8"))
        ok = "ok" if secs < 5 and size < 8_000_000 else "OVER TARGET"
        print(f"html {label:8s} {secs:6.2f} s  {size / 1e6:6.2f} MB  ({ok}: < 5 s, < 8 MB)")
    if args.zoom:
        steps = zoom_steps(html)                  # the loop's last page: the offline one
        ok = "ok" if max(steps.values()) < 1000 else "OVER TARGET"
        print("zoom steps (offline) " + "  ".join(f"{z}: {ms:.0f}" for z, ms in steps.items()) + f" ms  ({ok}: < 1 s)")
    if args.static:
        t = time.perf_counter()
        png = r.to_image(pic, "png")
        print(f"png               {time.perf_counter() - t:6.2f} s  {len(png) / 1e6:6.2f} MB")


if __name__ == "__main__":
    main()
