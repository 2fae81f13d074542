"""The map of the seed articles, and maps/seeds.html and maps/seeds.png committed for the README.

Checked by what a reader finds in them (layers, the features in each, popups, legend, image
size and ink), not by bytes or pixels that move with a folium or matplotlib release. When
the committed files no longer show what the code draws, regenerate them with the command in
the failure message (and look at the new map before committing it).
"""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from geomig.maps import styles
from geomig.maps.produce import load_inputs, produce

ROOT = Path(__file__).resolve().parents[1]
HTML = ROOT / "maps" / "seeds.html"
PNG = ROOT / "maps" / "seeds.png"
REGENERATE = ("maps/seeds.* are stale: regenerate from the repository root with\n"
              "  SOURCE_DATE_EPOCH=1795430416 geomig map seeds/ -o maps/seeds.html\n"
              "  SOURCE_DATE_EPOCH=1795430416 geomig map seeds/ -o maps/seeds.png\n"
              "look at them, and commit them.")

#: What the seed articles put in each layer (the picture's role features, by name).
LAYERS = {
    "Launch points": {"Sabratha"},
    "Destinations": {"Europe", "Italy"},
    "Transit & borders": {"Libya", "southern Libya"},
    "Routes": {"southern Libya → Sabratha → Italy"},
    "Control zones": {"Al-Ammu, Brigade 48 (militia, Sabratha)", "GNA (government, Tripoli)",
                      "Italian navy (navy, Tripoli)", "Libyan border forces (border, southern Libya)",
                      "Libyan coastguard (coastguard, sea off western Libya)",
                      "Libya–Italy joint operations room (joint operations, Tripoli)",
                      "armed groups (contested, western Libya)", "interior ministry (detention, Libya)"},
}
LEGEND = ["Place mentioned", "Origin", "Launch point", "Destination", "Transit / entry", "Transit / entry (area)",
          "Route, land leg", "Route, sea leg", "Militia", "Government", "Navy", "Border control",
          "Coastguard (interception)", "Joint operations", "Contested", "Detention"]


def contents(html: str) -> dict:
    """What a reader finds on a map page: per layer, the names drawn and their popups'
    headings; the legend's labels; the documents the footer cites."""
    decoder = json.JSONDecoder()
    overlays = re.search(r"overlays\s*:\s*\{(.*?)\}", html, re.DOTALL).group(1)
    group_layer = {g: json.loads(name) for name, g in re.findall(r'("(?:[^"\\]|\\.)*")\s*:\s*(feature_group_\w+)',
                                                                   overlays)}
    layers: dict[str, dict[str, set]] = {name: {"names": set(), "popups": set()} for name in group_layer.values()}
    for m in re.finditer(r"geomig\.(points|shapes)\(map_\w+, (feature_group_\w+), ", html):
        data, _ = decoder.raw_decode(html, m.end())
        layer = layers[group_layer[m.group(2)]]
        if m.group(1) == "points":
            layer["names"].update(row[4] for row in data["rows"] if row[4])
        else:
            layer["names"].update(f["properties"]["n"] for f in data["features"] if f["properties"].get("n"))
        layer["popups"].update(h for p in data["popups"] for h in re.findall(r"<h4>(.*?)</h4>", p))
    legend_call = re.search(r"geomig\.legend\(map_\w+, ", html)
    legend, _ = decoder.raw_decode(html, legend_call.end())
    footer_call = re.search(r"geomig\.footer\(map_\w+, ", html)
    footer, _ = decoder.raw_decode(html, footer_call.end())
    return {"layers": layers, "legend": re.findall(r"<span>(.*?)</span>", legend),
            "documents": re.findall(r"<li>(.*?)</li>", footer)}


@pytest.fixture(scope="module")
def seeds():
    """The seed articles geocoded and extracted, as `geomig map seeds/` does."""
    with pytest.MonkeyPatch.context() as mp:
        mp.chdir(ROOT)          # documents are cited as seeds/<name>.txt, as the command is run
        yield load_inputs(["seeds/"])


@pytest.fixture(scope="module")
def seeds_page(seeds) -> dict:
    return contents(produce(seeds.picture, "html", audit=seeds.audit).decode("utf-8"))


def test_every_layer_is_listed_in_the_styles_order(seeds_page):
    assert list(seeds_page["layers"]) == [layer.label for layer in styles.default().layers]


@pytest.mark.parametrize("layer", sorted(LAYERS))
def test_each_layer_draws_the_seed_features_with_their_popups(seeds_page, layer):
    drawn = seeds_page["layers"][layer]
    assert drawn["names"] == LAYERS[layer]
    assert drawn["popups"] == {name.replace("&", "&amp;") for name in LAYERS[layer]}


def test_places_layer_holds_every_geocoded_place(seeds, seeds_page):
    places = {f.name for f in seeds.picture.features if f.role in ("place", "origin")}
    assert {"Sabratha", "Tripoli", "Italy", "Mediterranean"} <= places
    assert seeds_page["layers"]["Places mentioned"]["names"] == places


def test_legend_names_what_the_map_draws_in_layer_order(seeds_page):
    assert seeds_page["legend"] == LEGEND


def test_footer_cites_both_seed_articles(seeds_page):
    assert seeds_page["documents"] == ["seeds/000_efb95829528522da.txt", "seeds/004_62d397ea61d3f018.txt"]


def test_committed_page_shows_what_the_code_draws(seeds_page):
    committed = contents(HTML.read_text("utf-8"))
    assert committed == seeds_page, REGENERATE


def test_committed_page_is_the_online_version():
    html = HTML.read_text("utf-8")
    assert "server.arcgisonline.com" in html and "tile.openstreetmap.org" not in html
    assert 'src="https://cdn.jsdelivr.net/npm/leaflet@' in html
    assert "@preserve" not in html          # no third-party code inlined (Leaflet's licence banner)


def test_static_image_names_the_roles_and_the_legend(seeds):
    svg = produce(seeds.picture, "svg").decode("utf-8")   # text stays text in the SVG
    texts = re.findall(r"<text[^>]*>([^<]*)</text>", svg)
    assert {"Sabratha", "Italy", "Europe", "Libya", "Migration picture", "Legend"} <= set(texts)
    assert "Africa" not in texts          # an origin merely mentioned: named on the HTML map on hover
    # The first view fits the story: the origin (Africa's centre) falls outside it, so the image
    # neither draws it nor lists it.
    assert [t for t in texts if t in LEGEND] == [e for e in LEGEND if e != "Origin"]


def ink(png: bytes) -> tuple[tuple[int, int], int]:
    """The image's size and how many distinct colours it uses (a blank image has one)."""
    with Image.open(io.BytesIO(png)) as im:
        pixels = np.asarray(im.convert("RGB")).reshape(-1, 3)
        return im.size, len(np.unique(pixels, axis=0))


def test_committed_png_is_a_drawn_map_of_the_size_the_code_draws(seeds):
    size, colours = ink(PNG.read_bytes())
    assert size == ink(produce(seeds.picture, "png"))[0], REGENERATE
    assert size[0] > 1000 and size[1] > 700 and colours > 50
