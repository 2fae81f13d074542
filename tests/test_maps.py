"""geomig.maps: layers, popups, escaping, provenance and reproducibility of the HTML map.

What a person sees in a browser is checked in test_maps_browser.py; here the page's content.
"""

from __future__ import annotations

import copy
import json
import re
from datetime import UTC, datetime
from pathlib import Path

import folium
import pytest

import geomig
from geomig.audit.rows import AuditRow
from geomig.errors import PictureError
from geomig.maps import features as rf
from geomig.maps import fragment, legend, popups, render, styles, to_html
from geomig.models import Candidate
from geomig.picture import Feature, Picture

PICTURES = Path(__file__).parent / "fixtures" / "pictures"
WHEN = datetime(2024, 5, 1, 12, 0, tzinfo=UTC)
HOSTILE = "<img src=x onerror=alert(1)>"


@pytest.fixture(scope="module")
def seeds_like() -> dict:
    """A hand-made picture of the seed articles: every role, a two-leg route, every control type."""
    return json.loads((PICTURES / "seeds_like.geojson").read_text("utf-8"))


def page(picture, **kwargs) -> str:
    kwargs.setdefault("gazetteer", "test-gaz")
    kwargs.setdefault("generated", WHEN)
    return to_html(render(picture, **kwargs))


def point(role: str, name: str, lon: float, lat: float, **props) -> dict:
    return {"type": "Feature", "geometry": {"type": "Point", "coordinates": [lon, lat]},
            "properties": {"role": role, "name": name, **props}}


def collection(*features: dict) -> dict:
    return {"type": "FeatureCollection", "features": list(features)}


def calls(html: str, fn: str) -> list[tuple[dict, dict]]:
    """The (data, options) JSON arguments of every geomig.<fn>(map, group, data, options) call."""
    decoder = json.JSONDecoder()
    out = []
    for m in re.finditer(rf"geomig\.{fn}\(map_\w+, feature_group_\w+, ", html):
        data, end = decoder.raw_decode(html, m.end())
        options, _ = decoder.raw_decode(html, end + 2)
        out.append((data, options))
    return out


def point_styles(html: str) -> list[str]:
    """The style key of every point drawn, in order."""
    return [data["styles"][row[2]] for data, _ in calls(html, "points") for row in data["rows"]]


def shape_styles(html: str) -> list[str]:
    return [f["properties"]["k"] for data, _ in calls(html, "shapes") for f in data["features"]]


def test_render_returns_a_folium_map_and_geomig_render_is_callable(seeds_like):
    m = render(seeds_like, gazetteer="g")
    assert isinstance(m, folium.Map)
    assert "Sabratha" in m._repr_html_()          # what Jupyter shows
    # geomig.maps is both the subpackage and the function: both spellings draw a map.
    assert isinstance(geomig.render(seeds_like, gazetteer="g"), folium.Map)


def test_every_layer_is_a_feature_group_and_layer_control_comes_last(seeds_like):
    m = render(seeds_like, gazetteer="g")
    children = list(m._children.values())
    groups = [c for c in children if isinstance(c, folium.FeatureGroup)]
    assert [g.layer_name for g in groups] == [layer.label for layer in styles.default().layers]
    assert isinstance(children[-1], folium.LayerControl)
    audit = next(g for g in groups if g.layer_name == "Audit")
    assert audit.show is False and all(g.show for g in groups if g is not audit)


@pytest.mark.parametrize(("role", "layer"), [
    ("place", "places"), ("origin", "origins"), ("launch_point", "launch"), ("destination", "destinations"),
    ("transit", "transit"), ("route", "routes"), ("control_zone", "zones"), ("something_new", "places"),
])
def test_roles_go_to_their_layer(role, layer):
    assert styles.default().layer_for_role(role).key == layer


def test_items_style_control_zones_by_control_type_and_routes_by_leg_mode(seeds_like):
    its = rf.items(Picture.from_geojson(seeds_like))
    zones = {it.label: it.style for it in its if it.layer == "zones"}
    assert zones["Libyan coastguard patrol area"] == "control:coastguard"
    assert zones["western Libya (contested)"] == "control:contested"
    route = next(it for it in its if it.layer == "routes")
    assert [leg.mode for leg in route.legs] == ["land", "sea"]
    assert route.legs[1].label == "Sabratha → Italy (Mediterranean Sea)"


@pytest.mark.parametrize(("legs", "geometry", "modes", "labels"), [
    ([{"mode": "land", "from_name": "Sabha", "to_name": "Sabratha"}, {"mode": "sea", "to": "geonames:1"}],
     "multi", ["land", "sea"], ["Sabha → Sabratha", " → geonames:1"]),
    ([{"mode": "sea", "from": "a", "to": "b", "sea": "Mediterranean Sea"}], "single", ["sea"], ["a → b (Mediterranean Sea)"]),
    ([{"mode": "sea"}, {"mode": "land"}], "single", [None], [""]),     # legs that do not match the lines
    ([], "single", [None], [""]),
])
def test_route_legs_pair_each_line_with_its_stated_leg(legs, geometry, modes, labels):
    from shapely.geometry import LineString, MultiLineString

    line = LineString([(12, 32), (12, 35)])
    g = MultiLineString([[(14, 26), (12, 32)], [(12, 32), (12, 35)]]) if geometry == "multi" else line
    route = Feature("route", "r", None, g, 0.9, "", properties={"legs": legs})
    assert [leg.mode for leg in route.legs] == modes
    assert [leg.label for leg in route.legs] == labels
    assert [leg.line for leg in route.legs] == (list(g.geoms) if geometry == "multi" else [line])


def test_html_holds_every_feature_popup_and_the_legend(seeds_like):
    html = page(seeds_like)
    for name in ("Sabratha", "Italy", "southern Libya", "Libyan coastguard patrol area"):
        assert f"<h4>{name}<\\/h4>" in html   # "</" is escaped inside scripts
    for label in ("Launch point", "Route, sea leg", "Route, land leg", "Coastguard (interception)",
                  "Militia", "Government", "Contested", "Border control", "Navy", "Detention", "Joint operations"):
        assert label in html


def test_zones_are_in_a_pane_below_lines_and_points(seeds_like):
    html = page(seeds_like)
    z = {name: int(z) for name, z in re.findall(r'createPane\(\s*"(geomig-\w+)"\);\s*\w+\.style\.zIndex = (\d+)', html)}
    assert z["geomig-zones"] < z["geomig-lines"] < z["geomig-points"]
    assert '"pane":"geomig-zones"' in html


def test_popup_shows_role_geonames_link_and_highlighted_quotes_and_audit_only_confidence(seeds_like):
    sabratha = next(it for it in rf.items(Picture.from_geojson(seeds_like)) if it.label == "Sabratha")
    html = popups.feature_popup(sabratha, styles.default())
    assert '<p class="m">Launch point · <a' in html
    reader, audit = html.split("<p class=\"ga\">")
    assert "confidence" not in reader
    assert "role confidence 0.93" in audit
    assert '<a class="gn">geonames:2212771</a>' in html          # geomig.js links it to GeoNames on opening
    assert "<mark>Sabratha</mark> is 67 km away" in html
    assert "the <mark>biggest launching point</mark> for the mainly" in html   # extractor's highlight span
    assert html.count("<cite>seeds/004_62d397ea61d3f018.txt</cite>") == 4   # 3 quotes + 1 fact
    assert "<b>67 km</b>" in html


@pytest.mark.parametrize(("place_id", "expected"), [
    ("geonames:2212771", '<a class="gn">geonames:2212771</a>'),
    ("geomig:south:geonames:2215636", 'geomig:south:<a class="gn">geonames:2215636</a>'),
    ("geomig:mediterranean-sea", "geomig:mediterranean-sea"),
    ('geomig:"><script>', "geomig:&quot;&gt;&lt;script&gt;"),
])
def test_gazetteer_ids_link_to_geonames_only_for_geonames_ids(place_id, expected):
    html = popups.gazetteer_link(place_id)
    assert html.startswith(expected)
    assert "<script" not in html


@pytest.mark.parametrize(("quote", "terms", "spans", "expected"), [
    ("Boats left Sabratha.", ["Sabratha"], (), "Boats left <mark>Sabratha</mark>."),
    ("boats left SABRATHA's shore", ["Sabratha"], (), "boats left <mark>SABRATHA</mark>&#x27;s shore"),
    ("Sabrathan coast", ["Sabratha"], (), "Sabrathan coast"),                       # whole words only
    ("the south of Libya", ["southern Libya", "Libya"], (), "the south of <mark>Libya</mark>"),
    ("a <b> in Tripoli", ["Tripoli"], [[0, 1]], "<mark>a</mark> &lt;b&gt; in <mark>Tripoli</mark>"),
    ("x", ["x"], [[5, 9], "bad"], "<mark>x</mark>"),                                   # bad spans ignored
])
def test_highlight_marks_words_and_escapes_the_rest(quote, terms, spans, expected):
    assert popups.highlight(quote, terms, spans) == expected


def hostile_picture() -> dict:
    bad = HOSTILE
    return collection(
        point("launch_point", bad, 12.49, 32.79, id='geonames:1"onmouseover="alert(2)', confidence=0.5, cue=bad,
              sources=[{"doc": bad, "start": 0, "end": 10, "quote": f"{bad} left from {bad}"}],
              facts=[{"text": bad, "value": bad, "unit": "</script>",
                      "source": {"doc": bad, "start": 0, "end": 10, "quote": bad}}],
              warning=bad),
        {"type": "Feature", "geometry": {"type": "Polygon", "coordinates": [[[12, 33], [13, 33], [13, 34], [12, 33]]]},
         "properties": {"role": "control_zone", "name": "</script><script>alert(3)</script>", "control": bad,
                        "actor": bad, "affiliation": bad, "sources": []}},
    )


def test_hostile_text_never_becomes_markup():
    html = page(hostile_picture(), title=HOSTILE)
    # Outside scripts, nothing hostile is markup; inside, nothing can close the script early.
    scripts = re.findall(r"<script>(.*?)</script>", html, flags=re.DOTALL)
    outside = re.sub(r"<script>.*?</script>", "", html, flags=re.DOTALL)
    assert "<img src=x" not in outside
    assert "<title>&lt;img src=x onerror=alert(1)&gt;</title>" in outside
    assert all("</script" not in s.lower() and "<!--" not in s for s in scripts)
    assert "&lt;/script&gt;&lt;script&gt;alert(3)&lt;/script&gt;" in html      # the zone's name, as text
    assert '"onmouseover="' not in html
    popup = popups.feature_popup(rf.items(Picture.from_geojson(hostile_picture()))[0], styles.default())
    assert "&lt;img src=x onerror=alert(1)&gt;" in popup
    assert "<img" not in popup


def test_output_is_reproducible_byte_for_byte(seeds_like, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1714564800")
    first = to_html(render(seeds_like, gazetteer="g"))
    second = to_html(render(copy.deepcopy(seeds_like), gazetteer="g"))
    assert first == second
    assert "2024-05-01T12:00:00Z" in first
    assert not re.search(r"[0-9a-f]{32}", first), "a random folium id is left in the page"


def test_different_pictures_get_different_element_ids(seeds_like):
    a = page(seeds_like)
    b = page(collection(point("place", "Tripoli", 13.19, 32.89)))
    ids = lambda html: set(re.findall(r"map_([0-9a-f]+)", html))
    assert ids(a).isdisjoint(ids(b))


def test_provenance_footer_lists_documents_and_versions(seeds_like):
    html = page(seeds_like, gazetteer=None)
    text = re.sub(r"<[^>]*>", "", html)                     # the footer as read: its versions fold on a phone
    assert "Sources: 2 documents · gazetteer fixture-1 · geomig " in text   # from the picture's metadata
    assert "seeds/000_efb95829528522da.txt" in html and "2024-05-01T12:00:00Z" in html


def test_online_page_uses_embeddable_tiles_and_only_leaflet_from_a_cdn(seeds_like):
    html = page(seeds_like)
    assert "https://server.arcgisonline.com/ArcGIS/rest/services/Canvas/World_Light_Gray_Base/MapServer/tile/{z}/{y}/{x}" in html
    assert "Tiles \\u0026copy; Esri" in html
    assert "tile.openstreetmap.org" not in html
    srcs = re.findall(r'<(?:script|link)[^>]+(?:src|href)="([^"]+)"', html)
    assert srcs and all("leaflet@" in s for s in srcs)
    for dropped in ("jquery", "bootstrap", "awesome-markers", "font-awesome", "fontawesome"):
        assert dropped not in html.lower()


def test_offline_page_has_no_external_resource(seeds_like):
    html = page(seeds_like, offline=True)
    assert not re.search(r'<(?:script|link|img|iframe)[^>]+(?:src|href)="', html)
    assert not re.search(r"url\(\s*['\"]?(?:https?:)?//", html)
    assert "tile.openstreetmap.org" not in html
    assert "L.map" in html and "sourceMappingURL" not in html
    assert "data:image/png;base64," in html     # Leaflet's layer-control icon, inlined


def test_offline_page_draws_a_natural_earth_basemap_when_installed(seeds_like):
    from geomig.maps import offline

    bands = offline.basemap()["bands"]
    assert [(b["zoom"], b["scale"]) for b in bands] == [(0, "50m"), (5, "10m")]
    # Douglas-Peucker keeps every Natural Earth 1:10m coast point within its tolerance of the
    # drawn coast: under 2 km (0.018 degree) from zoom 5 on.
    assert bands[1]["tolerance"] * 111 < 1.0
    html = page(seeds_like, offline=True)
    assert "geomig.basemap(" in html and "Basemap: Natural Earth" in html
    assert '"zoom":5,"scale":"10m"' in html


@pytest.mark.parametrize(("tiles", "attribution", "url", "credit"), [
    ("OpenStreetMap.Mapnik", None, "https://tile.openstreetmap.org/{z}/{x}/{y}.png", "OpenStreetMap\\u003c/a\\u003e contributors"),
    ("Esri.WorldImagery", None, "World_Imagery/MapServer/tile/{z}/{y}/{x}", "Esri"),
    ("https://tiles.example.org/{z}/{x}/{y}.png", "&copy; Example", "https://tiles.example.org/{z}/{x}/{y}.png",
     "\\u0026copy; Example"),
])
def test_tiles_take_a_provider_name_or_a_url_with_its_attribution(seeds_like, tiles, attribution, url, credit):
    html = page(seeds_like, tiles=tiles, attribution=attribution)
    assert url in html and credit in html


@pytest.mark.parametrize(("tiles", "attribution", "message"), [
    ("Nowhere.Tiles", None, "unknown basemap 'Nowhere.Tiles'"),
    ("https://tiles.example.org/{z}/{x}/{y}.png", None, "a tile URL needs --attribution"),
    ("https://tiles.example.org/tile.png", "x", "expected an http\\(s\\) template"),
    ("CartoDB.Positron", None, "needs an API key"),
])
def test_bad_tiles_are_one_render_error(seeds_like, tiles, attribution, message):
    from geomig.errors import RenderError
    from geomig.maps import offline

    with pytest.raises(RenderError, match=message):
        offline.tiles(tiles, attribution)


def test_a_coastguard_zone_is_cut_to_the_sea_the_basemap_draws():
    from geomig.maps import offline

    strip = {"type": "Polygon", "coordinates": [[[1.0, 50.6], [2.2, 50.6], [2.2, 51.3], [1.0, 51.3], [1.0, 50.6]]]}
    zone = {"type": "Feature", "geometry": strip, "properties": {"role": "control_zone", "name": "patrol",
                                                                 "control": "coastguard"}}
    [item] = rf.items(Picture.from_geojson(collection(zone)))
    calais = rf.Point(1.86, 50.95)              # on land: the strip no longer covers it
    assert not item.geometry.contains(calais) and item.geometry.area < 0.9 * 1.2 * 0.7
    assert offline.land_near(calais).contains(calais)


def test_a_coastguard_zone_at_the_antimeridian_stays_inside_the_world():
    # The Aleutians' waters end at 180 degrees: grown to meet the coast, they must not pass it,
    # or the projected part wraps round the world (a line across the whole static map).
    ring = [[179.0, 51.0], [180.0, 51.0], [180.0, 52.0], [179.0, 52.0], [179.0, 51.0]]
    west = [[-180.0, 51.0], [-179.0, 51.0], [-179.0, 52.0], [-180.0, 52.0], [-180.0, 51.0]]
    zone = {"type": "Feature", "geometry": {"type": "MultiPolygon", "coordinates": [[ring], [west]]},
            "properties": {"role": "control_zone", "name": "patrol", "control": "coastguard"}}
    [item] = rf.items(Picture.from_geojson(collection(zone)))
    minx, _, maxx, _ = item.geometry.bounds
    assert -180.0 <= minx and maxx <= 180.0
    assert all(p.bounds[2] - p.bounds[0] < 2 for p in getattr(item.geometry, "geoms", [item.geometry]))


def test_dense_layers_cluster_and_pull_in_markercluster():
    many = collection(*[point("place", f"P{i}", 10 + i % 40 * 0.1, 30 + i // 40 * 0.1) for i in range(400)])
    online = page(many)
    assert "leaflet.markercluster@" in online and '"cluster":true' in online
    assert "leaflet.markercluster" not in page(collection(point("place", "A", 1, 1)))


def test_audit_layer_draws_the_places_that_carry_alternatives(seeds_like):
    places = rf.audit_places(rf.items(Picture.from_geojson(seeds_like)))
    assert [p.name for p in places] == ["Tripoli"]          # the only place with alternatives
    assert [(a.country, a.id) for a in places[0].alternatives] == [("LB", "geonames:266826"),
                                                                   ("GR", "geonames:252848")]
    html = page(seeds_like)
    assert point_styles(html).count("audit:alt") == 2 and shape_styles(html).count("audit:link") == 2


def test_empty_picture_renders_an_empty_map_with_a_note():
    html = page(collection())
    assert "the picture is empty" in html
    assert first_view(html) is None


def test_a_picture_its_geojson_and_its_geodataframe_draw_the_same_map(seeds_like):
    picture = Picture.from_geojson(seeds_like)
    assert page(picture) == page(seeds_like)
    # A GeoDataFrame orders its columns its own way, and element ids hash the picture as given.
    same_ids = lambda html: re.sub(r"_[0-9a-f]{12}(?![0-9a-f])", "_ID", html)
    assert same_ids(page(picture.to_geodataframe())) == same_ids(page(picture))


def test_a_fresh_picture_and_its_file_draw_the_same_map(tmp_path):
    from shapely.geometry import Polygon

    zone = Polygon([(12.123456789, 32.1), (12.9, 32.1), (12.9, 32.987654321)])
    fresh = Picture((Feature("control_zone", "z", None, zone, 0.66666, "controls",
                             properties={"control": "militia"}),), ("a.txt",))
    (tmp_path / "p.geojson").write_text(fresh.dumps(), "utf-8")
    assert page(fresh) == page(Picture.load(tmp_path / "p.geojson"))


def test_anything_else_is_refused_in_one_line():
    with pytest.raises(PictureError, match="cannot draw a str: give a Picture, a GeoDataFrame or GeoJSON"):
        render("{}")


@pytest.mark.parametrize(("picture", "message"), [
    ({"type": "Feature"}, "not a GeoJSON FeatureCollection"),
    ({"type": "FeatureCollection", "features": {}}, "has no features list"),
    (collection({"type": "Feature", "geometry": {"type": "Point", "coordinates": []}, "properties": {"role": "place"}}),
     "feature 0: empty geometry"),
    (collection({"type": "Feature", "geometry": {"type": "Polygon", "coordinates": [[1, 2]]},
                 "properties": {"role": "place"}}), "feature 0: invalid geometry"),
    (collection(point("place", "far", 500, 20)), "feature 0: coordinates outside WGS84"),
    (collection({"type": "Feature", "geometry": {"type": "Point", "coordinates": [1, 2]}, "properties": []}),
     "feature 0: not a picture feature: its properties are not an object"),
    (collection({"type": "Feature", "geometry": {"type": "Point", "coordinates": [1, 2]}, "properties": {}}),
     "feature 0: not a picture feature: it has no role"),
])
def test_bad_pictures_raise_one_clear_picture_error(picture, message):
    with pytest.raises(PictureError, match=message):
        render(picture, gazetteer="g")


def test_point_fallback_with_warning_is_drawn_and_says_so(seeds_like):
    html = page(seeds_like)
    assert "no polygon for Tripoli port: drawn as a point" in html
    assert "point:control:navy" in point_styles(html)


def test_fragment_is_an_escaped_sandboxed_iframe(seeds_like):
    m = render(hostile_picture(), gazetteer="g")
    snippet = fragment(m, title="Two <maps>")
    assert snippet.startswith('<div class="geomig-fragment"') and "<iframe" in snippet
    assert 'title="Two &lt;maps&gt;"' in snippet
    assert 'sandbox="allow-scripts allow-popups' in snippet and "allow-same-origin" not in snippet
    srcdoc = re.search(r'srcdoc="([^"]*)"', snippet).group(1)   # escaped: no raw quote ends it early
    assert "<script" not in srcdoc and "&lt;script&gt;" in srcdoc
    assert snippet.count("<iframe") == 1 and snippet.count("<script") == 0


def audit_row(doc: str, start: int, sentence: str, flags: tuple, margin: float, confidence: float,
              alt_score: float) -> AuditRow:
    lebanon = Candidate("geonames:266826", "Tripoli", "LB", 34.44, 35.85, alt_score, "city")
    return AuditRow(doc, "Tripoli", start, start + 7, sentence, "city", "geonames:2210247", "Tripoli", "LY",
                    32.89, 13.19, confidence, margin, (lebanon,), "", flags)


def test_audit_rows_from_the_audit_module_feed_the_audit_layer():
    rows = [audit_row("a.txt", 9, "Talks in Tripoli ended.", ("ambiguous",), 0.08, 0.52, 0.44),
            audit_row("b.txt", 0, "Tripoli was calm.", ("low-confidence",), 0.3, 0.41, 0.5)]
    places = rf.audit_places([], rows)
    assert len(places) == 1
    place = places[0]
    assert (place.confidence, place.margin, place.flags) == (0.41, 0.08, ("ambiguous", "low-confidence"))
    assert [(a.country, a.score) for a in place.alternatives] == [("LB", 0.5)]
    html = popups.audit_popup(place, styles.default())
    assert "margin 0.08" in html and "ambiguous, low-confidence" in html
    assert "Talks in <mark>Tripoli</mark> ended." in html and "<cite>b.txt</cite>" in html
    page_html = page(collection(), audit=rows)
    assert sorted(point_styles(page_html)) == ["audit:alt", "audit:chosen"]


def test_every_feature_is_drawn_once_with_its_style(seeds_like):
    html = page(seeds_like)
    points = point_styles(html)
    assert points.count("point:role:launch_point") == 1
    assert points.count("point:role:destination") == 2
    assert points.count("point:role:place") == 2 and points.count("point:role:origin") == 1
    assert points.count("audit:chosen") == 1                      # Tripoli, in the Audit layer
    shapes = shape_styles(html)
    assert shapes.count("line:leg:land") == 1 and shapes.count("line:leg:sea") == 1
    assert sorted(k for k in shapes if k.startswith("area:control:")) == [
        "area:control:border", "area:control:coastguard", "area:control:contested",
        "area:control:government", "area:control:militia", "area:control:militia"]
    assert shapes.count("area:role:transit") == 1
    options = {json.dumps(o, sort_keys=True) for _, o in calls(html, "shapes")}
    assert any('"arrows": true' in o for o in options)        # routes get arrowheads


def test_route_legs_share_one_popup(seeds_like):
    html = page(seeds_like)
    routes = [data for data, opts in calls(html, "shapes") if opts.get("arrows")]
    assert len(routes) == 1 and len(routes[0]["popups"]) == 1
    assert {f["properties"]["p"] for f in routes[0]["features"]} == {0}


def test_public_names_survive_importing_every_submodule(seeds_like):
    # A submodule named like a public function would replace it on first import.
    import importlib

    import geomig.maps as r

    for name in ("embed", "features", "html", "legend", "offline", "popups", "static", "styles"):
        importlib.import_module(f"geomig.maps.{name}")
    m = r.render(seeds_like, gazetteer="g")
    assert r.fragment(m).startswith("<div") and r.fragment(m).startswith("<div")
    assert callable(r.to_html) and callable(r.to_image) and isinstance(geomig.render(seeds_like, gazetteer="g"), folium.Map)


def first_view(html: str) -> dict | None:
    """The first view the page hands geomig.js ({"bounds": [[S, W], [N, E]], "maxZoom": z}), or None."""
    m = re.search(r"geomig\.controls\(map_\w+, \{.*?\}, (null|\{.*?\})\);\n", html)
    assert m, "no geomig.controls call"
    return json.loads(m.group(1))


def fitted(html: str) -> list[list[float]]:
    """The [[S, W], [N, E]] the page's first view fits."""
    view = first_view(html)
    assert view, "no first view"
    return view["bounds"]


def test_first_view_fits_the_story_not_every_place_mentioned():
    story = collection(
        point("launch_point", "Calais", 1.86, 50.95),
        point("destination", "Dover", 1.31, 51.13),
        point("place", "Kabul", 69.2, 34.5),           # merely mentioned: must not widen the view
    )
    assert fitted(page(story)) == [[50.95, 1.31], [51.13, 1.86]]


def test_only_mentioned_places_are_fitted_all():
    assert fitted(page(collection(point("place", "Kabul", 69.2, 34.5), point("place", "Herat", 62.2, 34.3)))) \
        == [[34.3, 62.2], [34.5, 69.2]]


def test_bounds_override_the_first_view(seeds_like):
    assert fitted(page(seeds_like, bounds=(-2.0, 49.0, 3.0, 52.0))) == [[49.0, -2.0], [52.0, 3.0]]


@pytest.mark.parametrize(("text", "message"), [
    ("1,2,3", "expected four numbers W,S,E,N"),
    ("5,10,1,20", "expected -180 <= W < E <= 180"),
])
def test_bad_bounds_are_one_picture_error(text, message):
    with pytest.raises(PictureError, match=message):
        rf.parse_bounds(text)


@pytest.mark.parametrize(("cue", "why", "rules"), [
    ("launch.departure: “boats leaving Senegal”", "<b>Why:</b> <q>boats leaving Senegal</q></p>",
     "rules: launch.departure"),
    ("destination.toward: “cross to Dover”; route.from_to: “from Calais to Dover”",
     "<b>Why:</b> <q>cross to Dover</q>; <q>from Calais to Dover</q></p>",
     "rules: destination.toward, route.from_to"),
    # The words alone: a rule's name would say more than they do ("fled" for "were from",
    # "heading for" for "living in").
    ("origin.fled: “were from Calais”", "<b>Why:</b> <q>were from Calais</q></p>", "rules: origin.fled"),
    ("destination.heading: “living in Calais”", "<b>Why:</b> <q>living in Calais</q></p>",
     "rules: destination.heading"),
    ("transit.made_up_rule: “via X”; transit.other_rule: “via X”", "<b>Why:</b> <q>via X</q></p>",
     "rules: transit.made_up_rule, transit.other_rule"),
])
def test_popup_says_why_in_the_articles_words_and_keeps_rule_ids_for_the_audit(cue, why, rules):
    feature = point("launch_point", "Calais", 1.86, 50.95, cue=cue, confidence=0.8)
    [item] = rf.items(Picture.from_geojson(collection(feature)))
    html = popups.feature_popup(item, styles.default())
    reader, audit = html.split("<p class=\"ga\">")
    assert why in reader
    assert not re.search(r"\b(launch|destination|route|origin|transit)\.|fled|heading for|made up", reader)
    assert rules in audit


def test_route_popup_lists_its_stops_and_modes(seeds_like):
    route = next(it for it in rf.items(Picture.from_geojson(seeds_like)) if it.feature.role == "route")
    html = popups.feature_popup(route, styles.default())
    assert '<h5>Stops</h5><p class="stops">southern Libya <span class="mode">land →</span> Sabratha ' in html
    assert '<span class="mode">sea (Mediterranean Sea) →</span> Italy' in html


def test_legend_rows_name_their_layer_so_they_follow_the_toggles(seeds_like):
    html = page(seeds_like)
    assert '<li data-layer=\\"Launch points\\">' in html or '<li data-layer="Launch points">' in html


def test_a_layer_with_nothing_to_draw_is_not_offered_in_the_layer_control():
    html = page(collection(point("destination", "Lampedusa", 12.6, 35.5, confidence=0.9),
                           point("origin", "Eritrea", 38.9, 15.3, confidence=0.9)))
    overlays = re.search(r"overlays\s*:\s*\{(.*?)\}", html, re.DOTALL).group(1)
    assert '"Destinations"' in overlays
    assert '"Launch points"' not in overlays and '"Control zones"' not in overlays


def test_overseas_waters_do_not_pull_the_first_view_to_the_world():
    home = [[1.0, 50.6], [2.2, 50.6], [2.2, 51.3], [1.0, 51.3], [1.0, 50.6]]
    overseas = [[-61.2, 14.4], [-60.8, 14.4], [-60.8, 14.9], [-61.2, 14.9], [-61.2, 14.4]]
    zone = {"type": "Feature", "geometry": {"type": "MultiPolygon", "coordinates": [[home], [overseas]]},
            "properties": {"role": "control_zone", "name": "patrols", "control": "militia"}}
    assert fitted(page(collection(zone))) == [[50.6, 1.0], [51.3, 2.2]]


def test_audit_part_of_a_popup_gives_both_confidences():
    """A role's popup gives the place's confidence (from the picture's place feature) and the
    role's; a place merely mentioned has only its place confidence."""
    html = page(collection(point("place", "Calais", 1.86, 50.95, id="g:1", confidence=0.61),
                           point("launch_point", "Calais", 1.86, 50.95, id="g:1", confidence=0.83,
                                 cue="launch.departure: “boats left Calais”")))
    audit = sorted(p.split('<p class="ga">', 1)[1] for data, _ in calls(html, "points") for p in data["popups"])
    assert audit == ["place confidence 0.61 · role confidence 0.83 · rules: launch.departure</p>",
                     "place confidence 0.61</p>"]


@pytest.mark.parametrize(("props", "line"), [
    ({"n_documents": 12, "first_date": "2023-01-04", "last_date": "2023-06-30"},
     '<p class="n">Reported in 12 documents, 2023-01-04 to 2023-06-30</p>'),
    ({"n_documents": 1, "first_date": "2023-02-01", "last_date": "2023-02-01"},
     '<p class="n">Reported in 1 document, 2023-02-01</p>'),
    ({"n_documents": 3}, '<p class="n">Reported in 3 documents</p>'),
    ({}, None),
])
def test_merged_feature_popup_says_how_many_documents_report_it_and_when(props, line):
    [item] = rf.items(Picture.from_geojson(collection(point("destination", "Dover", 1.31, 51.13, **props))))
    html = popups.feature_popup(item, styles.default())
    if line is None:
        assert 'class="n"' not in html
    else:
        assert line in html


def test_a_sea_leg_short_of_its_port_gets_a_land_hop_and_a_country_does_not():
    calais, dover = point("launch_point", "Calais", 1.86, 50.95, id="g:calais"), point("destination", "Dover", 1.31, 51.13, id="g:dover")
    italy = point("destination", "Italy", 12.5, 42.8, id="g:italy")
    route = {"type": "Feature", "geometry": {"type": "MultiLineString", "coordinates": [
        [[1.80, 50.97], [1.31, 51.13]], [[1.80, 50.97], [12.3, 37.6]]]},
        "properties": {"role": "route", "name": "r", "legs": [
            {"from": "g:calais", "to": "g:dover", "from_name": "Calais", "to_name": "Dover", "mode": "sea"},
            {"from": "g:calais", "to": "g:italy", "from_name": "Calais", "to_name": "Italy", "mode": "sea"}]}}
    [item] = [it for it in rf.items(Picture.from_geojson(collection(calais, dover, italy, route))) if it.feature.role == "route"]
    assert [(leg.mode, leg.start_name, leg.end_name) for leg in item.legs] == [
        ("land", "Calais", "Calais"), ("sea", "Calais", "Dover"), ("land", "Calais", "Calais"), ("sea", "Calais", "Italy")]
    assert item.legs[0].line.coords[0] == (1.86, 50.95) and item.legs[0].line.coords[-1] == (1.80, 50.97)
    stops = popups.feature_popup(item, styles.default()).split("<h5>Stops</h5>")[1]
    assert "Calais <span class=\"mode\">land" not in stops and stops.count("sea →") == 2


def _route_over(*legs: dict, coordinates: list) -> dict:
    return {"type": "Feature", "geometry": {"type": "MultiLineString", "coordinates": coordinates},
            "properties": {"role": "route", "name": "r", "warning": "a leg could not be drawn at sea", "legs": list(legs)}}


NOUADHIBOU = point("launch_point", "Nouadhibou", -17.04, 20.94, id="g:ndb")
TIMBUKTU = point("destination", "Timbuktu", -3.0, 16.77, id="g:tbt")
STRAIGHT = {"from": "g:ndb", "to": "g:tbt", "from_name": "Nouadhibou", "to_name": "Timbuktu", "mode": "sea",
            "warning": "sea route crosses land; drawn as a straight line", "drawn": "straight"}


def test_a_sea_leg_drawn_straight_across_land_is_drawn_and_labelled_as_a_straight_sea_leg():
    route = _route_over(STRAIGHT, coordinates=[[[-16.9, 21.0], [-9.0, 30.0]]])
    pic = Picture.from_geojson(collection(NOUADHIBOU, TIMBUKTU, route))
    [item] = [it for it in rf.items(pic) if it.feature.role == "route"]
    assert [leg.mode for leg in item.legs] == ["sea_straight"]
    assert styles.default().leg_key(item.legs[0].mode) == "sea_straight"
    assert list(item.legs[0].line.coords) == [(-17.04, 20.94), (-3.0, 16.77)]     # from stop to stop
    # The picture itself still says what the text said; only the drawing is hedged.
    assert [leg.mode for f in pic.features if f.role == "route" for leg in f.legs] == ["sea"]
    popup = popups.feature_popup(item, styles.default())
    assert "⚠" in popup and "unknown mode" not in popup
    assert '<span class="mode">sea, drawn straight: no sea path found →</span> Timbuktu' in popup
    # the legend says the same of it
    [row] = [e for e in legend.entries([item], styles.default()) if e.kind == "line"]
    assert row.label == "Route, sea leg, straight: no sea path"


def test_a_land_leg_drawn_straight_still_reads_as_unknown_mode():
    route = _route_over({**STRAIGHT, "mode": "land", "warning": "the text names no way between them: drawn as a straight line"},
                        coordinates=[[[-16.9, 21.0], [-9.0, 30.0]]])
    [item] = [it for it in rf.items(Picture.from_geojson(collection(NOUADHIBOU, TIMBUKTU, route)))
              if it.feature.role == "route"]
    assert [leg.mode for leg in item.legs] == [None]
    assert '<span class="mode">unknown mode →</span> Timbuktu' in popups.feature_popup(item, styles.default())


def test_a_boat_across_a_river_is_drawn_and_labelled_as_a_river_leg_not_a_sea_leg():
    evros, edirne = point("transit", "Evros", 26.35, 41.3, id="g:evros"), point("destination", "Edirne", 26.56, 41.68, id="g:edirne")
    river = {"from": "g:evros", "to": "g:edirne", "from_name": "Evros", "to_name": "Edirne", "mode": "sea", "sea": "Evros",
             "warning": "by river or lake, not by sea (Evros): drawn straight across it"}
    at_sea = {"from": "g:edirne", "to": "g:evros", "from_name": "Edirne", "to_name": "Evros", "mode": "sea",
              "warning": "no road goes round: drawn at sea"}     # a distractor: a sea leg with another warning
    route = _route_over(river, at_sea, coordinates=[[[26.35, 41.3], [26.56, 41.68]], [[26.56, 41.68], [26.35, 41.3]]])
    [item] = [it for it in rf.items(Picture.from_geojson(collection(evros, edirne, route))) if it.feature.role == "route"]
    assert [leg.mode for leg in item.legs if leg.start != leg.end] == ["river", "sea"]
    assert list(item.legs[0].line.coords) == [(26.35, 41.3), (26.56, 41.68)]      # no hop to a coast
    assert '<span class="mode">river or lake (Evros) →</span> Edirne' in popups.feature_popup(item, styles.default())
    assert "Route, by river or lake" in [e.label for e in legend.entries([item], styles.default())]
    # a river crossing whose ends met at one point is a stand-in between the places: of unknown mode
    assert rf.drawn_mode({**river, "drawn": "straight"}) is None


def test_only_the_straight_leg_changes_and_a_sea_leg_with_another_warning_keeps_its_way():
    calais, dover = point("launch_point", "Calais", 1.86, 50.95, id="g:calais"), point("destination", "Dover", 1.31, 51.13, id="g:dover")
    unchecked = {"from": "g:calais", "to": "g:dover", "from_name": "Calais", "to_name": "Dover", "mode": "sea",
                 "warning": "land polygons unavailable: sea leg not checked against land"}
    way = [[1.80, 50.97], [1.5, 51.05], [1.31, 51.13]]
    route = _route_over(unchecked, {**STRAIGHT, "from": "g:dover", "from_name": "Dover"},
                        coordinates=[way, [[1.31, 51.13], [-9.0, 30.0]]])
    pic = Picture.from_geojson(collection(calais, dover, TIMBUKTU, route))
    [item] = [it for it in rf.items(pic) if it.feature.role == "route"]
    # the checked-less sea way is kept, with its hop from the Calais marker; the straight leg is redrawn
    assert [(leg.mode, leg.start_name, leg.end_name) for leg in item.legs] == [
        ("land", "Calais", "Calais"), ("sea", "Calais", "Dover"), ("sea_straight", "Dover", "Timbuktu")]
    assert [list(c) for c in item.legs[1].line.coords] == way
    assert list(item.legs[2].line.coords) == [(1.31, 51.13), (-3.0, 16.77)]


def test_a_route_with_a_leg_written_without_a_line_still_lists_its_stops_and_modes():
    # Obock -> Saada -> Jizan -> Saudi Arabia: the picture wrote the last leg (a town to the country
    # it lies in) with no line, three lines for three legs... less one. The popup read
    # "? unknown mode → ? unknown mode → ?"; the stops and modes the picture states still hold.
    obock, saada = point("launch_point", "Obock", 43.29, 11.97, id="g:obock"), point("transit", "Saada", 43.76, 16.94, id="g:saada")
    jizan, saudi = point("transit", "Jizan", 42.67, 17.35, id="g:jizan"), point("destination", "Saudi Arabia", 45.0, 24.0, id="g:sa")
    route = {"type": "Feature", "geometry": {"type": "MultiLineString", "coordinates": [
        [[43.29, 11.97], [43.76, 16.94]], [[43.76, 16.94], [42.67, 17.35]]]},
        "properties": {"role": "route", "name": "Obock → Saada → Jizan → Saudi Arabia", "legs": [
            {"from": "g:obock", "to": "g:saada", "from_name": "Obock", "to_name": "Saada", "mode": "land"},
            {"from": "g:saada", "to": "g:jizan", "from_name": "Saada", "to_name": "Jizan", "mode": "land"},
            {"from": "g:jizan", "to": "g:sa", "from_name": "Jizan", "to_name": "Saudi Arabia", "mode": "sea",
             "sea": "Red Sea"}]}}
    pic = Picture.from_geojson(collection(obock, saada, jizan, saudi, route))
    [item] = [it for it in rf.items(pic) if it.feature.role == "route"]
    stops = popups.feature_popup(item, styles.default()).split("<h5>Stops</h5>")[1]
    assert "?" not in stops.split("</p>")[0] and "unknown mode" not in stops
    assert 'Obock <span class="mode">land →</span> Saada' in stops
    assert '<span class="mode">sea (Red Sea) →</span> Saudi Arabia' in stops
    # and its two lines are drawn as the land legs they are, not as legs of unknown mode
    assert [(leg.mode, leg.start_name, leg.end_name) for leg in item.legs] == [
        ("land", "Obock", "Saada"), ("land", "Saada", "Jizan")]


def test_lines_pair_with_the_legs_whose_stops_their_ends_reach_when_a_middle_leg_has_no_line():
    a, b = point("launch_point", "Zuwara", 12.08, 32.93, id="g:a"), point("transit", "Lampedusa", 12.6, 35.5, id="g:b")
    c, d = point("transit", "Pozzallo", 14.85, 36.73, id="g:c"), point("destination", "Rome", 12.5, 41.9, id="g:d")
    route = {"type": "Feature", "geometry": {"type": "MultiLineString", "coordinates": [
        [[12.1, 33.0], [12.6, 35.45]], [[14.85, 36.73], [12.5, 41.9]]]},
        "properties": {"role": "route", "name": "r", "legs": [
            {"from": "g:a", "to": "g:b", "from_name": "Zuwara", "to_name": "Lampedusa", "mode": "sea"},
            {"from": "g:b", "to": "g:c", "from_name": "Lampedusa", "to_name": "Pozzallo", "mode": "sea"},
            {"from": "g:c", "to": "g:d", "from_name": "Pozzallo", "to_name": "Rome", "mode": "land"}]}}
    [item] = [it for it in rf.items(Picture.from_geojson(collection(a, b, c, d, route))) if it.feature.role == "route"]
    drawn = [(leg.mode, leg.start_name, leg.end_name) for leg in item.legs if leg.start != leg.end]
    assert drawn == [("sea", "Zuwara", "Lampedusa"), ("land", "Pozzallo", "Rome")]
    stops = popups.feature_popup(item, styles.default()).split("<h5>Stops</h5>")[1]
    assert "Lampedusa <span class=\"mode\">sea →</span> Pozzallo" in stops
    # a picture file is input: a leg's ends that are not text pair with nothing and break nothing
    route["properties"]["legs"][0] = {**route["properties"]["legs"][0], "from": ["g:a"], "to": {"x": 1}, "mode": 3}
    [item] = [it for it in rf.items(Picture.from_geojson(collection(a, b, c, d, route))) if it.feature.role == "route"]
    assert len([leg for leg in item.legs if leg.start != leg.end or leg.start is None]) == 2
    assert "Pozzallo" in popups.feature_popup(item, styles.default())


def test_a_sea_leg_drawn_straight_reads_so_in_the_stops_when_another_leg_has_no_line():
    # Nouadhibou -> Timbuktu by "sea" (drawn straight across the desert), then Gao and Niamey by
    # land, the last leg with no line: the popup's stops come from every stated leg, and must
    # still say of the first what the map draws, not "sea".
    gao, niamey = point("transit", "Gao", 0.05, 16.27, id="g:gao"), point("destination", "Niamey", 2.11, 13.51, id="g:nia")
    route = _route_over(STRAIGHT, {"from": "g:tbt", "to": "g:gao", "from_name": "Timbuktu", "to_name": "Gao", "mode": "land"},
                        {"from": "g:gao", "to": "g:nia", "from_name": "Gao", "to_name": "Niamey", "mode": "land"},
                        coordinates=[[[-16.9, 21.0], [-9.0, 30.0]], [[-3.0, 16.77], [0.05, 16.27]]])
    [item] = [it for it in rf.items(Picture.from_geojson(collection(NOUADHIBOU, TIMBUKTU, gao, niamey, route)))
              if it.feature.role == "route"]
    assert [leg.mode for leg in item.legs] == ["sea_straight", "land"]
    stops = popups.feature_popup(item, styles.default()).split("<h5>Stops</h5>")[1].split("</p>")[0]
    assert stops.startswith('<p class="stops">Nouadhibou <span class="mode">sea, drawn straight: no sea path found →</span> Timbuktu')
    assert stops.endswith('Gao <span class="mode">land →</span> Niamey')


def test_a_leg_between_two_stops_the_map_lacks_does_not_take_the_line_of_one_it_has():
    # Zuwara -> Lampedusa by sea (its line ends short of both), then on by way of two stops whose
    # places are not in the file, to Rome: only the first leg has a line, and it is that leg's.
    a, b = point("launch_point", "Zuwara", 12.08, 32.93, id="g:a"), point("transit", "Lampedusa", 12.6, 35.5, id="g:b")
    rome = point("destination", "Rome", 12.5, 41.9, id="g:rome")
    names = {"g:a": "Zuwara", "g:b": "Lampedusa", "g:x": "Pozzallo", "g:y": "Catania", "g:rome": "Rome"}
    legs = [{"from": f, "to": t, "from_name": names[f], "to_name": names[t], "mode": m}
            for f, t, m in (("g:a", "g:b", "sea"), ("g:b", "g:x", "sea"), ("g:x", "g:y", "land"), ("g:y", "g:rome", "land"))]
    route = _route_over(*legs, coordinates=[[[12.1, 33.0], [12.6, 35.45]]])
    [item] = [it for it in rf.items(Picture.from_geojson(collection(a, b, rome, route))) if it.feature.role == "route"]
    assert [(leg.mode, leg.start_name, leg.end_name) for leg in item.legs if leg.start != leg.end] == [
        ("sea", "Zuwara", "Lampedusa")]
    assert 'Pozzallo <span class="mode">land →</span> Catania' in popups.feature_popup(item, styles.default())


def test_one_line_for_legs_that_name_no_stops_is_not_paired_with_any():
    # A hand-made file: one line through four stops, three legs with names but no ids. Nothing
    # tells which leg the line draws: it stays a line of unknown mode, the popup lists the stops.
    route = {"type": "Feature", "geometry": {"type": "LineString", "coordinates": [[68.9, 36.7], [35.2, 39.0], [13.8, 45.6]]},
             "properties": {"role": "route", "name": "r", "legs": [
                 {"from_name": "Kunduz", "to_name": "Turkey", "mode": "land"},
                 {"from_name": "Turkey", "to_name": "Serbia", "mode": "land"},
                 {"from_name": "Serbia", "to_name": "Trieste", "mode": "land"}]}}
    [item] = rf.items(Picture.from_geojson(collection(route)))
    assert [leg.mode for leg in item.legs] == [None]
    assert 'Serbia <span class="mode">land →</span> Trieste' in popups.feature_popup(item, styles.default())


def test_a_straight_leg_whose_stops_are_not_on_the_map_is_left_as_the_picture_drew_it():
    route = _route_over(STRAIGHT, coordinates=[[[-16.9, 21.0], [-9.0, 30.0]]])
    [item] = [it for it in rf.items(Picture.from_geojson(collection(route))) if it.feature.role == "route"]
    assert [leg.mode for leg in item.legs] == ["sea_straight"]      # (still labelled what it is)
    assert list(item.legs[0].line.coords) == [(-16.9, 21.0), (-9.0, 30.0)]


def _point(role: str, name: str, pid: str, lon: float, lat: float, **props) -> Feature:
    from shapely.geometry import Point

    return Feature(role, name, pid, Point(lon, lat), 0.9, "test", properties=props)


def test_an_origin_is_labelled_and_drawn_over_its_place_twin():
    pic = Picture((_point("origin", "Sudan", "geonames:366755", 30.0, 15.0),
                   _point("place", "Sudan", "geonames:366755", 30.0, 15.0),
                   _point("place", "Cairo", "geonames:360630", 31.2, 30.0)))
    drawn = rf.items(pic)
    st = styles.default()
    assert [it.style for it in drawn] == ["role:place", "role:place", "role:origin"]
    ranks = {(it.style, it.label): rf.label_rank(it, st) for it in drawn}
    assert ranks[("role:origin", "Sudan")] > 0
    assert ranks[("role:place", "Cairo")] == ranks[("role:place", "Sudan")] == 0


def test_a_country_named_only_by_its_people_is_drawn_under_its_origin_twin():
    # "Hungarian police stopped 19 Moldovans near Záhony": the place Moldova is known only from the
    # demonym (kind "demonym") and its origin twin is the country. The place's dot went to the
    # towns' pane, above the countries', and covered the origin marker: a grey dot in a purple ring.
    from geomig.maps.html import BROAD

    pic = Picture((_point("origin", "Moldova", "geonames:617790", 28.731, 47.09, kind="country", country="MD"),
                   _point("place", "Moldova", "geonames:617790", 28.731, 47.09, kind="demonym", country="MD"),
                   _point("place", "Záhony", "geonames:713929", 22.176, 48.409, kind="city", country="HU")))
    drawn = {(it.style, it.label): it for it in rf.items(pic)}
    assert drawn[("role:place", "Moldova")].broad and drawn[("role:origin", "Moldova")].broad
    assert not drawn[("role:place", "Záhony")].broad
    html = page(pic)
    assert f'"point:role:place{BROAD}"' in html and f'"point:role:origin{BROAD}"' in html
    # both in the countries' pane, the place first: the origin is drawn over it
    assert [it.style for it in rf.items(pic) if it.label == "Moldova"] == ["role:place", "role:origin"]


@pytest.mark.parametrize(("actor", "label"), [
    ("Guardia Civil", "Guardia Civil"),
    ("Libyan coastguard", "Libyan coastguard"),
    ("Libyan authorities", "Sabratha"),
    ("camp authorities", "Sabratha"),
])
def test_a_zone_is_labelled_by_its_actor_unless_the_actor_names_no_one(actor, label):
    from shapely.geometry import box

    zone = Feature("control_zone", f"{actor} (coastguard, Sabratha)", "z", box(12.3, 32.8, 12.6, 33.1), 0.8,
                   "controls", properties={"actor": actor, "place": "Sabratha", "control": "coastguard"})
    [item] = rf.items(Picture((zone,)))
    assert item.short_label == label


def test_one_force_in_two_places_names_the_place_on_each_label():
    from shapely.geometry import box

    def zone(actor, place, x):
        return Feature("control_zone", f"{actor} (coastguard, {place})", place, box(x, 14.8, x + 0.1, 14.9), 0.8,
                       "controls", properties={"actor": actor, "place": place, "control": "coastguard"})

    drawn = rf.items(Picture((zone("Senegalese navy", "Cayar", -17.2), zone("Senegalese navy", "Saint-Louis", -16.6),
                              zone("Mauritanian coastguard", "Nouadhibou", -17.1))))
    assert [it.short_label for it in drawn] == ["Senegalese navy, Cayar", "Senegalese navy, Saint-Louis",
                                                "Mauritanian coastguard"]


def test_the_first_view_is_fitted_in_one_place():
    # geomig.js fits it, with the legend's real width (the browser tests check what it keeps
    # clear); the page itself fits nothing, so no second guess of the legend's width can disagree.
    pic = Picture((_point("launch_point", "Zuwara", "geonames:2208425", 12.08, 32.93),
                   _point("destination", "Lampedusa", "geonames:2524459", 12.6, 35.5)))
    html = to_html(render(pic))
    assert first_view(html) == {"bounds": [[32.93, 12.08], [35.5, 12.6]], "maxZoom": 9}
    assert not re.search(r"map_\w+\.fitBounds\(", html)


def test_places_without_a_story_say_so_under_the_title():
    from geomig.maps.html import NO_STORY_NOTE

    places = Picture((_point("place", "Madrid", "geonames:3117735", -3.70, 40.42),
                      _point("place", "Milan", "geonames:3173435", 9.19, 45.46)))
    assert json.dumps(NO_STORY_NOTE)[1:-1] in to_html(render(places))
    story = Picture((*places.features, _point("launch_point", "Zuwara", "geonames:2208425", 12.08, 32.93)))
    assert json.dumps(NO_STORY_NOTE)[1:-1] not in to_html(render(story))
    # an origin is part of the story too, though it is drawn in the places' layer
    origin = Picture((*places.features, _point("origin", "Sudan", "geonames:366755", 29.94, 15.99)))
    assert json.dumps(NO_STORY_NOTE)[1:-1] not in to_html(render(origin))


def test_a_zone_whose_place_a_role_marker_names_is_labelled_by_its_force():
    # "Zuwara" under the launch point and "Zuwara" again on the coastguard's waters read as a glitch
    from shapely.geometry import box

    zone = Feature("control_zone", "coastguard (coastguard, Zuwara)", "z", box(11.9, 33.0, 12.3, 33.2), 0.8,
                   "controls", properties={"actor": "coastguard", "place": "Zuwara", "control": "coastguard"})
    alone = rf.items(Picture((zone,)))
    assert [it.short_label for it in alone] == ["Zuwara"]
    drawn = rf.items(Picture((zone, _point("launch_point", "Zuwara", "geonames:2208425", 12.08, 32.93))))
    assert {it.short_label for it in drawn} == {"Zuwara", "Coastguard"}


def test_a_country_marker_on_a_town_gives_its_label_way_and_is_drawn_under_it():
    from geomig.maps.html import BROAD, _style_table

    st = styles.default()
    pic = Picture((_point("destination", "Spain", "geonames:2510769", -3.5633, 40.15, kind="country"),
                   _point("transit", "Madrid", "geonames:3117735", -3.7038, 40.4168, kind="city"),
                   _point("destination", "Italy", "geonames:3175395", 12.5, 42.8, kind="country")))
    ranks = {it.label: rf.label_rank(it, st) for it in rf.items(pic, st)}
    assert 0 < ranks["Spain"] < ranks["Madrid"] < ranks["Italy"]       # Italy is on no town of the picture
    html = page(pic)
    assert f'"point:role:destination{BROAD}"' in html and '"point:role:transit"' in html
    assert _style_table(st)[f"point:role:destination{BROAD}"]["pane"] == "geomig-broad"


def _malaysia(*others: Feature) -> tuple[float, float]:
    """Where the map puts Malaysia's marker (the gazetteer's point is on Borneo) beside others."""
    pic = Picture((_point("destination", "Malaysia", "geonames:1733045", 112.5, 2.5, kind="country", country="MY"),
                   *others))
    [my] = [it for it in rf.items(pic) if it.label == "Malaysia"]
    return my.geometry.x, my.geometry.y


def test_a_country_marker_goes_to_its_main_part_nearest_the_story():
    # Boats from Myanmar and Bangladesh: the peninsula, not Borneo, 900 km east.
    x, y = _malaysia(_point("origin", "Myanmar", "geonames:1327865", 96.0, 21.0, kind="country", country="MM"),
                     _point("launch_point", "Teknaf", "geonames:1185095", 92.3, 20.86, kind="city", country="BD"))
    assert 99.5 < x < 104.5 and 1.2 < y < 6.8                           # on the Malay peninsula


def test_a_country_marker_goes_to_the_part_holding_its_own_places_of_the_story():
    # A story of Sabah: Malaysia's own town is on Borneo, so the marker stays there.
    sandakan = _point("destination", "Sandakan", "geonames:1734052", 118.12, 5.84, kind="city", country="MY")
    assert _malaysia(sandakan, _point("origin", "Myanmar", "geonames:1327865", 96.0, 21.0,
                                      kind="country", country="MM")) == (112.5, 2.5)
    # Its own town on the peninsula wins over the other places' side.
    klang = _point("destination", "Port Klang", "geonames:1732905", 101.39, 3.0, kind="city", country="MY")
    x, _ = _malaysia(klang, _point("place", "Manila", "geonames:1701668", 120.98, 14.6, kind="city", country="PH"))
    assert 99.5 < x < 104.5


def test_a_country_marker_stays_alone_or_near_its_other_part():
    assert _malaysia() == (112.5, 2.5)                                  # nothing else on the map: its point
    # Malta's point is a few km from Gozo: no part is far enough to be worth a move.
    pic = Picture((_point("destination", "Malta", "geonames:2562770", 14.425, 35.906, kind="country", country="MT"),
                   _point("launch_point", "Zuwara", "geonames:2208425", 12.08, 32.93, kind="city", country="LY")))
    [mt] = [it for it in rf.items(pic) if it.label == "Malta"]
    assert (mt.geometry.x, mt.geometry.y) == (14.425, 35.906)


@pytest.mark.parametrize(("quote", "cls"), [
    ("Boats left Zuwara at night.", None),
    ("“We left Zuwara at night,” said one man.", "own"),
    ('"We left Zuwara at night."', "own"),
    ("He called Zuwara “the door to Europe” last year.", "inner"),
    ("He called Zuwara “the door to Europe”.", "inner"),
    ('He called Zuwara "the door to Europe".', "inner"),
    ("We left Zuwara at night,” said one man.", "own"),
    ("The boat belonged to the smugglers’.", None),
    (f"“{HOSTILE}” he said.", "own"),
], ids=["plain", "opens-with-its-own", "straight-marks", "holds-marks", "ends-on-a-quote-it-opened",
        "ends-on-straight-marks-it-opened", "closes-a-quote-begun-before", "apostrophe", "hostile"])
def test_a_quote_holding_its_own_marks_gets_none_more(quote, cls):
    html = popups.quoted(quote, popups.esc(quote))
    assert html.startswith(f'<q class="{cls}">' if cls else "<q>")
    assert html.endswith("</q>") and "<img" not in html


def test_a_fact_whose_words_are_its_amount_is_said_once():
    quote = {"doc": "a.txt", "start": 0, "end": 40, "quote": "They were about 60 miles out; 1,200 people died."}
    feature = point("destination", "La Restinga", -17.98, 27.64, cue="destination.arrived: “at La Restinga”",
                    facts=[{"text": "about 60 miles", "value": 60, "unit": "miles", "qualifier": "about", "source": quote},
                           {"text": "1,200 people", "value": 1200, "unit": "people", "source": quote},
                           {"text": "87 people", "value": 87, "unit": "migrants", "source": quote}])
    [item] = rf.items(Picture.from_geojson(collection(feature)))
    html = popups.feature_popup(item, styles.default())
    assert "<li>about 60 miles <cite>" in html and "<b>about 60 miles</b>" not in html
    assert "<li>1,200 people <cite>" in html
    assert "<li><b>87 migrants</b>: 87 people <cite>" in html


def test_a_zone_of_no_one_in_particular_beside_its_place_s_marker_is_named_by_its_kind():
    # "transferred to a reception centre in Tenerife": the destination's marker says Tenerife,
    # and "Camp authorities" is a force the text never names: the label says what the zone is.
    from shapely.geometry import box

    def zone(actor, control):
        return Feature("control_zone", f"{actor} ({control}, Tenerife)", "z", box(-16.9, 28.0, -16.1, 28.6), 0.8,
                       "controls", properties={"actor": actor, "place": "Tenerife", "control": control})

    marker = _point("destination", "Tenerife", "geomig:tenerife", -16.6, 28.27)
    labels = {it.short_label for it in rf.items(Picture((marker, zone("camp authorities", "reception"))))}
    assert labels == {"Tenerife", "Reception camp"}
    labels = {it.short_label for it in rf.items(Picture((marker, zone("Spanish police", "detention"))))}
    assert labels == {"Tenerife", "Spanish police"}
    # A force named by its country is said, even where the last word is only a kind.
    labels = {it.short_label for it in rf.items(Picture((marker, zone("Spanish authorities", "border"))))}
    assert labels == {"Tenerife", "Spanish authorities"}


def _quoted(role: str, name: str, lon: float, lat: float, quote: str, **props) -> dict:
    return point(role, name, lon, lat, id=f"t:{name}", confidence=0.9,
                 sources=[{"doc": "mine.txt", "start": 0, "end": len(quote), "quote": quote}], **props)


#: A town people reach and pass through (two roles), a place mentioned there too, and a town of one role.
TWO_ROLES = collection(
    _quoted("destination", "Eastford", 22.2, 13.47, "Thousands fleeing the fighting reached Eastford last week."),
    _quoted("transit", "Eastford", 22.2, 13.47, f"Many crossed the border through Eastford {HOSTILE} before moving on."),
    _quoted("place", "Eastford", 22.2, 13.47, "Eastford is a market town."),
    _quoted("destination", "Northbury", 32.78, 11.75, "Families arrived in Northbury by truck."))


def rows_by_layer(html: str) -> dict[str, list[list]]:
    """Each points call's layer key -> its rows."""
    return {opts["layer"]: data["rows"] for data, opts in calls(html, "points")}


@pytest.mark.parametrize(("roles", "expected"), [
    (("destination", "transit"), ("destination", "transit")),
    (("transit", "destination"), ("destination", "transit")),     # the strongest first, whatever the order
    (("transit", "origin", "launch_point", "destination"), ("launch_point", "destination", "transit", "origin")),
    (("destination", "place"), None),        # a place merely mentioned plays no role: its marker stays its own
    (("destination",), None),
])
def test_role_markers_on_one_spot_are_one_place_strongest_role_first(roles, expected):
    pic = rf.as_picture(collection(*(point(role, "Eastford", 22.2, 13.47) for role in roles)))
    shared = rf.shared_places(rf.items(pic), styles.default())
    if expected is None:
        assert shared == {}
    else:
        assert set(shared) == set(range(len(roles)))
        assert tuple(rf.role_of(it) for it in next(iter(shared.values()))) == expected


def test_a_country_of_several_roles_is_led_by_its_strongest_role_though_its_labels_give_way():
    # A country's point near a named town gives its labels way (label rank 0.5 for every role):
    # its marker is still its launch point's, not its origin's (the first layer's).
    pic = rf.as_picture(collection(
        point("origin", "Testland", 20.0, 10.0, kind="country", country="ZZ"),
        point("launch_point", "Testland", 20.0, 10.0, kind="country", country="ZZ"),
        point("destination", "Townsville", 20.1, 10.1, kind="city", country="ZZ")))
    all_items = rf.items(pic)
    assert {rf.label_rank(it, styles.default()) for it in all_items if it.label == "Testland"} == {0.5}
    shared = rf.shared_places(all_items, styles.default())
    assert [rf.role_of(it) for it in next(iter(shared.values()))] == ["launch_point", "origin"]


def test_places_at_two_spots_are_two_places():
    pic = rf.as_picture(collection(point("destination", "Eastford", 22.2, 13.47), point("transit", "Westford", 22.3, 13.47)))
    assert rf.shared_places(rf.items(pic), styles.default()) == {}


def test_a_place_of_two_roles_is_one_marker_in_its_strongest_layer_naming_both():
    html = page(TWO_ROLES)
    rows = rows_by_layer(html)
    assert [r[4] for r in rows["destinations"]] == ["Eastford", "Northbury"]
    assert rows["transit"] == []                     # a call all the same: the marker moves there when needed
    assert [r[4] for r in rows["places"]] == ["Eastford"]      # the place mentioned keeps its own marker
    data = next(d for d, o in calls(html, "points") if o["layer"] == "destinations")
    assert data["shared"] == [[0, [["destinations", "point:role:destination", 4], ["transit", "point:role:transit", 3]]]]
    assert "shared" not in next(d for d, o in calls(html, "points") if o["layer"] == "places")


def test_a_place_of_two_roles_has_one_popup_with_each_role_and_its_quote_escaped():
    html = page(TWO_ROLES)
    data = next(d for d, o in calls(html, "points") if o["layer"] == "destinations")
    popup = data["popups"][data["rows"][0][3]]
    assert popup.count("<h4>") == 1 and "<h4>Eastford</h4>" in popup
    assert '<p class="m">Destination · Transit / entry · t:Eastford</p>' in popup
    s = styles.default()
    parts = re.findall(r'<div class="r" style="border-color:(#\w+)"><h5 class="role">([^<]*)</h5>(.*?)</div>', popup)
    assert [(c, h) for c, h, _ in parts] == [(s.role("destination")["color"], "Destination"),
                                            (s.role("transit")["color"], "Transit / entry")]
    assert "reached <mark>Eastford</mark> last week" in parts[0][2] and "crossed" not in parts[0][2]
    assert "through <mark>Eastford</mark> &lt;img src=x onerror=alert(1)&gt;" in parts[1][2]
    assert HOSTILE not in html


def test_the_legend_explains_the_ring_only_where_a_place_has_two_roles():
    label = styles.default().section("several")["label"]
    legend = json.loads(re.search(r"geomig\.legend\(map_\w+, (\".*?\")\);", page(TWO_ROLES)).group(1))
    row = re.search(r'<li><svg class="geomig-several"[^>]*>(.*?)</svg><span>([^<]*)</span></li>', legend)
    assert row and row.group(2) == label
    s = styles.default()
    assert re.findall(r'<path d="[^"]*" stroke="(#\w+)"', row.group(1)) == [s.role("destination")["color"],
                                                                         s.role("transit")["color"]]
    one_role = collection(*TWO_ROLES["features"][:1], TWO_ROLES["features"][3])
    assert label not in page(one_role)


def test_a_sea_leg_from_a_town_up_a_river_is_drawn_over_land_to_the_coast_then_at_sea():
    upriver = point("transit", "Upriver", -15.80, 16.51, id="g:up")
    sea = {"from": "g:up", "to": "g:ndb", "from_name": "Upriver", "to_name": "Nouadhibou", "mode": "sea",
           "sea": "Atlantic Ocean", "warning": "its start lies 70 km inland: drawn straight over land to the coast"}
    way = [[-15.80, 16.51], [-16.45, 16.2], [-17.2, 20.0], [-17.04, 20.94]]
    route = _route_over(sea, coordinates=[way])
    route["properties"]["warning"] = f"Upriver → Nouadhibou: {sea['warning']}"
    pic = Picture.from_geojson(collection(upriver, NOUADHIBOU, route))
    [item] = [it for it in rf.items(pic) if it.feature.role == "route"]
    assert [(leg.mode, leg.start_name, leg.end_name) for leg in item.legs] == [
        ("land", "Upriver", "Upriver"), ("sea", "Upriver", "Nouadhibou")]
    assert [list(c) for c in item.legs[0].line.coords] == way[:2]       # the town to the coast, over land
    assert [list(c) for c in item.legs[1].line.coords] == way[1:]       # then at sea
    popup = popups.feature_popup(item, styles.default())
    assert "inland" in popup and popup.split("<h5>Stops</h5>")[1].count('class="mode"') == 1
    # the distractor: a sea leg with no such warning is drawn whole
    plain = _route_over({**sea, "warning": "no road goes round: drawn at sea"}, coordinates=[way])
    [item] = [it for it in rf.items(Picture.from_geojson(collection(upriver, NOUADHIBOU, plain))) if it.feature.role == "route"]
    assert [leg.mode for leg in item.legs] == ["sea"]


URMIA, GREECE = point("transit", "Lakeside", 45.07, 37.55, id="g:lake"), point("destination", "Greece", 22.0, 39.0, id="g:gr")


@pytest.mark.parametrize(("ends", "named"), [
    ((URMIA, GREECE), False),                                       # straight over Turkey: no Black Sea
    ((point("launch_point", "Odesa", 30.72, 46.48, id="g:lake"),
      point("destination", "Bosporus", 29.1, 41.25, id="g:gr")), True),  # straight across it: named
])
def test_a_sea_leg_drawn_straight_names_only_a_sea_its_line_crosses(ends, named):
    leg = {**STRAIGHT, "from": "g:lake", "to": "g:gr", "from_name": "Lakeside", "to_name": "Greece", "sea": "Black Sea"}
    route = _route_over(leg, coordinates=[[[41.4, 41.4], [26.6, 41.4]]])
    [item] = [it for it in rf.items(Picture.from_geojson(collection(*ends, route))) if it.feature.role == "route"]
    assert item.legs[0].mode == "sea_straight" and (item.legs[0].sea == "Black Sea") is named
    assert ("(Black Sea)" in popups.feature_popup(item, styles.default())) is named


def test_a_river_leg_is_written_as_a_river_leg_in_the_geojson_as_the_maps_draw_it():
    river = {"from": "g:evros", "to": "g:edirne", "from_name": "Evros", "to_name": "Edirne", "mode": "sea", "sea": "Evros",
             "warning": "by river or lake, not by sea (Evros): drawn straight across it"}
    at_sea = {"from": "g:edirne", "to": "g:evros", "from_name": "Edirne", "to_name": "Evros", "mode": "sea",
              "warning": "no road goes round: drawn at sea"}     # a distractor: a sea leg with another warning
    route = _route_over(river, at_sea, coordinates=[[[26.35, 41.3], [26.56, 41.68]], [[26.56, 41.68], [26.35, 41.3]]])
    route["properties"]["modes"] = ["sea", "sea"]
    pic = Picture.from_geojson(collection(route))
    for written in (pic.to_geojson(), json.loads(pic.encode().text)):
        props = written["features"][0]["properties"]
        assert [d["mode"] for d in props["legs"]] == props["modes"] == ["river", "sea"]
    again = Picture.from_geojson(pic.to_geojson())
    assert [leg.mode for leg in again.features[0].legs] == ["river", "sea"]
    # the map of the file and the map of the picture agree
    [a], [b] = ([it for it in rf.items(p) if it.feature.role == "route"] for p in (pic, again))
    assert [leg.mode for leg in a.legs] == [leg.mode for leg in b.legs] == ["river", "sea"]



@pytest.mark.parametrize(("lat", "gives_way"), [(35.7, True), (35.2, False), (36.6, False)])
def test_a_country_s_marker_gives_way_to_a_town_within_near_town_km(lat, gives_way):
    # Malta's point and a town 22 km from it, or 78 km away, among a hundred towns far off in latitude
    far = [_point("place", f"Town {i}", f"geonames:{i}", 14.4, -40.0 + i * 0.5, kind="city") for i in range(100)]
    pic = Picture((_point("destination", "Malta", "geonames:2562770", 14.4, 35.9, kind="country"),
                   _point("place", "Near", "geonames:999", 14.4, lat, kind="city"), *far))
    malta = next(it for it in rf.items(pic) if it.feature.name == "Malta")
    assert malta.gives_way is gives_way


def test_a_straight_sea_leg_names_its_sea_as_the_picture_tells_without_the_shapes(monkeypatch):
    from geomig.picture import geometry

    def no_shapes(*_):
        raise AssertionError("the map measured a leg the picture told it about")

    monkeypatch.setattr(geometry, "crosses_sea", no_shapes)
    told = [{**STRAIGHT, "sea": "Atlantic Ocean", "crosses": crosses} for crosses in (False, True)]
    for d, named in zip(told, ([], ["Atlantic Ocean"]), strict=True):
        route = _route_over(d, coordinates=[[[-16.9, 21.0], [-9.0, 30.0]]])
        [item] = [it for it in rf.items(Picture.from_geojson(collection(NOUADHIBOU, TIMBUKTU, route)))
                  if it.feature.role == "route"]
        assert [leg.sea for leg in item.legs if leg.sea] == named
    # a file written before legs told it: the map measures the line itself
    calls = []
    monkeypatch.setattr(geometry, "crosses_sea", lambda line, sea: calls.append(sea) or False)
    route = _route_over({**STRAIGHT, "sea": "Atlantic Ocean"}, coordinates=[[[-16.9, 21.0], [-9.0, 30.0]]])
    [item] = [it for it in rf.items(Picture.from_geojson(collection(NOUADHIBOU, TIMBUKTU, route)))
              if it.feature.role == "route"]
    assert calls == ["Atlantic Ocean"] and not any(leg.sea for leg in item.legs)
