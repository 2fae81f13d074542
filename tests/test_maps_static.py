"""geomig.maps.to_image: PNG and SVG maps for reports, drawn without a browser."""

from __future__ import annotations

import io
import json
import re
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from geomig.errors import RenderError
from geomig.maps import styles, to_image

PICTURES = Path(__file__).parent / "fixtures" / "pictures"
WHEN = datetime(2024, 5, 1, 12, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def seeds_like() -> dict:
    return json.loads((PICTURES / "seeds_like.geojson").read_text("utf-8"))


@pytest.fixture(scope="module")
def svg(seeds_like) -> str:
    return to_image(seeds_like, "svg", gazetteer="test-gaz", generated=WHEN).decode("utf-8")


def test_png_is_a_drawn_map(seeds_like):
    png = to_image(seeds_like, "png", gazetteer="g", generated=WHEN)
    with Image.open(io.BytesIO(png)) as im:
        assert im.format == "PNG" and im.size == (1650, 1200)
        pixels = np.asarray(im.convert("RGB"), dtype=float)
    assert pixels.std() > 20
    # The launch point's fill colour from styles.toml is on the image.
    fill = styles.default().role("launch_point")["fill"].lstrip("#")
    rgb = np.array([int(fill[i:i + 2], 16) for i in (0, 2, 4)])
    assert (np.abs(pixels - rgb).sum(axis=2) < 30).sum() > 20


@pytest.mark.parametrize("fmt", ["png", "svg"])
def test_same_picture_same_bytes(seeds_like, fmt):
    a = to_image(seeds_like, fmt, gazetteer="g", generated=WHEN)
    b = to_image(json.loads(json.dumps(seeds_like)), fmt, gazetteer="g", generated=WHEN)
    assert a == b


def test_svg_has_title_legend_of_drawn_layers_and_attribution(svg):
    assert "Migration picture" in svg
    for label in ("Launch point", "Destination", "Route, sea leg", "Route, land leg", "Coastguard (interception)",
                  "Militia", "Contested", "Border control", "Transit / entry (area)"):
        assert label in svg
    assert "Low-confidence choice" not in svg          # the Audit layer is off by default
    assert "Basemap: Natural Earth · Places: GeoNames (CC BY 4.0) · Sources: 2 documents" in svg
    assert "gazetteer test-gaz" in svg and "2024-05-01T12:00:00Z" in svg
    assert "Sabratha" in svg and "Italy" in svg        # labels of the picture's key places


def test_svg_uses_the_styles_colours(svg):
    s = styles.default()
    for colour in (s.leg("sea")["color"], s.control("coastguard")["fill"], s.role("destination")["fill"]):
        assert colour.lower() in svg.lower()


def test_hostile_title_is_text_in_svg(seeds_like):
    out = to_image(seeds_like, "svg", title="<script>alert(1)</script>", gazetteer="g", generated=WHEN).decode()
    assert "<script>" not in out and "&lt;script&gt;alert(1)&lt;/script&gt;" in out


def test_empty_picture_draws_a_world_map_with_a_note():
    out = to_image({"type": "FeatureCollection", "features": []}, "svg", gazetteer="g", generated=WHEN).decode()
    assert "the picture is empty" in out


def test_unknown_format_is_a_render_error(seeds_like):
    with pytest.raises(RenderError, match="png or svg, not 'pdf'"):
        to_image(seeds_like, "pdf")


CHANNEL = Path(__file__).parent / "fixtures" / "channel" / "channel_crossing.txt"
COAST = json.loads((Path(__file__).parent / "fixtures" / "coast" / "natural_earth_10m.json").read_text("utf-8"))


@pytest.fixture(scope="module")
def channel():
    from geomig.maps.produce import load_inputs

    return load_inputs([str(CHANNEL)]).picture


@pytest.mark.parametrize("bounds", [None, (0.5, 50.5, 2.6, 51.4)])
def test_labels_never_overlap_one_another_nor_another_place_s_marker(channel, monkeypatch, bounds):
    from geomig.maps import static

    seen = {}
    labels = static._labels

    def spy(ax, drawn, styles_, ringed):
        labels(ax, drawn, styles_, ringed)
        renderer = ax.figure.canvas.get_renderer()
        seen["labels"] = [(t.get_text(), t.get_window_extent(renderer)) for t in ax.texts if t.get_text()]
        seen["markers"] = static._marker_boxes(ax, drawn, styles_, ringed)
        seen["name"] = {it.index: it.short_label for it in drawn}

    monkeypatch.setattr(static, "_labels", spy)
    to_image(channel, "png", generated=WHEN, bounds=bounds)
    boxes = seen["labels"]
    # (at the whole story's frame one of the three beaches may give way to the others' labels)
    assert "Dover" in {text for text, _ in boxes} and len({"Calais", "Dunkirk", "Boulogne-sur-Mer"}
                                                           & {text for text, _ in boxes}) >= 2
    # every place drawn has its marker's box (an empty list would make the check below vacuous)
    assert {seen["name"][i] for i, _ in seen["markers"]} >= {"Calais", "Dover"}
    assert [(a, b) for i, (a, x) in enumerate(boxes) for b, y in boxes[i + 1:] if x.overlaps(y)] == []
    # (A place's own markers, one per role it plays, sit under its label's anchor.)
    assert [(text, i) for text, box in boxes for i, m in seen["markers"]
            if seen["name"][i] != text and box.overlaps(m)] == []


def test_a_close_frame_is_drawn_with_the_fine_coast_and_a_wide_one_is_not(channel, monkeypatch):
    from geomig.maps import static

    real, fine = static._fine_basemap, []
    monkeypatch.setattr(static, "_fine_basemap", lambda frame: fine.append(real(frame)) or fine[-1])
    to_image(channel, "png", generated=WHEN, bounds=(0.5, 50.5, 2.6, 51.4))     # the Strait of Dover
    assert fine and fine[-1] is not None
    fine.clear()
    to_image(channel, "png", generated=WHEN, bounds=(-20.0, 0.0, 40.0, 60.0))   # a continent
    assert all(f is None for f in fine)


def test_a_sea_leg_too_short_to_see_is_neither_drawn_nor_in_the_legend():
    route = {"type": "Feature", "geometry": {"type": "MultiLineString", "coordinates": [
        [[20.0, 10.0], [12.5, 32.7]], [[12.5, 32.7], [12.52, 32.72]]]},
        "properties": {"role": "route", "name": "r", "legs": [{"mode": "land"}, {"mode": "sea"}]}}
    svg = to_image({"type": "FeatureCollection", "features": [route]}, "svg", generated=WHEN).decode("utf-8")
    assert "Route, land leg" in svg and "Route, sea leg" not in svg


def test_a_frame_widened_past_the_antimeridian_keeps_the_story_in_it():
    # Utqiagvik to Hilo is tall and narrow: widened to the image's shape it would pass 180 degrees
    # west and wrap round to the far side of the world, leaving both out of the frame.
    def pt(role, name, lon, lat):
        return {"type": "Feature", "geometry": {"type": "Point", "coordinates": [lon, lat]},
                "properties": {"role": role, "name": name, "id": name}}

    pic = {"type": "FeatureCollection", "features": [pt("launch_point", "Utqiagvik", -156.79, 71.29),
                                                     pt("destination", "Hilo", -155.09, 19.72)]}
    svg = to_image(pic, "svg", generated=WHEN).decode("utf-8")
    assert "Utqiagvik" in svg and "Hilo" in svg
    assert "Launch point" in svg and "Destination" in svg


def _pixels_like(png: bytes, colour: str) -> int:
    """How many pixels of the map (not the legend's swatches) are of a colour."""
    with Image.open(io.BytesIO(png)) as im:
        pixels = np.asarray(im.convert("RGB"), dtype=float)
    pixels = pixels[:, : int(pixels.shape[1] * 0.75)]
    rgb = np.array([int(colour.lstrip("#")[i:i + 2], 16) for i in (0, 2, 4)])
    return int((np.abs(pixels - rgb).sum(axis=2) < 30).sum())


@pytest.mark.parametrize(("roles", "lead"), [
    (("origin", "launch_point"), "launch_point"),
    (("destination", "transit"), "destination"),
    (("transit", "launch_point", "destination"), "launch_point"),
])
def test_a_place_of_several_roles_is_one_dot_of_its_strongest_role_in_a_ring_of_them_all(roles, lead):
    # "Dominicans" (an origin) and "left from ... the Dominican Republic" (a launch point); a town
    # people reach and pass through; a country left from, crossed and settled in: one dot each,
    # the strongest role's, its ring an arc per role, one label, and a legend row saying so.
    pic = {"type": "FeatureCollection", "features": [
        {"type": "Feature", "geometry": {"type": "Point", "coordinates": [20.0, 10.0]},
         "properties": {"role": role, "name": "Testland", "id": "t:1"}} for role in roles]}
    png = to_image(pic, "png", generated=WHEN)
    s = styles.default()
    for role in roles:
        assert (_pixels_like(png, s.role(role)["fill"]) > 20) == (role == lead), role
        assert _pixels_like(png, s.role(role)["color"]) > 20, role
    svg = to_image(pic, "svg", generated=WHEN).decode("utf-8")
    texts = re.findall(r"<text[^>]*>([^<]*)</text>", svg)
    assert texts.count("Testland") == 1
    assert s.section("several")["label"] in texts


def test_a_place_of_one_role_has_no_ring_and_no_legend_row():
    pic = {"type": "FeatureCollection", "features": [
        {"type": "Feature", "geometry": {"type": "Point", "coordinates": [20.0 + i, 10.0]},
         "properties": {"role": role, "name": f"Town{i}", "id": f"t:{i}"}} for i, role in enumerate(("destination", "transit"))]}
    svg = to_image(pic, "svg", generated=WHEN).decode("utf-8")
    assert styles.default().section("several")["label"] not in svg


def test_a_close_frame_draws_the_natural_earth_10m_coast_and_a_wide_one_does_not():
    from shapely.geometry import Point

    from geomig.maps import static

    x0, y0, x1, y1 = COAST["regions"]["Strait of Dover"]["box"]
    land, borders = static._fine_basemap((x0, y0, x1, y1))
    coast = land.boundary
    assert all(coast.distance(Point(lon, lat)) * 111 < 2.0 for lon, lat in COAST["regions"]["Strait of Dover"]["points"])
    assert not borders.is_empty                           # France and Belgium meet in the frame
    assert static._fine_basemap((-20.0, 0.0, 40.0, 60.0)) is None


def test_places_without_a_story_say_so_under_the_title(seeds_like):
    from geomig.maps.html import NO_STORY_NOTE

    places = {"type": "FeatureCollection", "features": [
        f for f in seeds_like["features"] if f["properties"].get("role") == "place"]}
    assert places["features"]
    assert NO_STORY_NOTE in to_image(places, "svg", gazetteer="g", generated=WHEN).decode("utf-8")
    assert NO_STORY_NOTE not in to_image(seeds_like, "svg", gazetteer="g", generated=WHEN).decode("utf-8")


def test_an_area_too_small_to_see_is_drawn_as_a_marker_of_its_style():
    from shapely.geometry import Point as P
    from shapely.geometry import box as bx

    from geomig.maps import features as rf
    from geomig.maps.static import as_seen
    from geomig.picture.model import Feature, Picture

    cayar = Feature("control_zone", "Senegalese navy (coastguard, Cayar)", "geonames:2250677",
                    P(-17.12, 14.92).buffer(0.04), 0.9, "control.intercepted",
                    properties={"actor": "Senegalese navy", "place": "Cayar", "control": "border"})
    north = Feature("transit", "northern Mauritania", "geomig:north:MR", bx(-12.9, 23.1, -4.8, 27.3), 0.9, "transit.passing")
    drawn = rf.items(Picture((cayar, north)))
    seen = {it.label: it for it in as_seen(drawn, min_width=3_000_000 * 0.006)}    # a frame 3,000 km wide
    assert seen[cayar.name].kind == "point" and seen[cayar.name].style == "control:border"
    assert seen[cayar.name].geometry.distance(P(-17.12, 14.92)) < 0.05
    assert seen["northern Mauritania"].kind == "area"
    assert {it.kind for it in as_seen(drawn, min_width=1_000)} == {"area"}      # close up both are areas


def test_a_zone_narrower_than_its_places_dot_is_drawn_as_a_marker_over_it():
    # A 30 km detention zone on a 3,000 km frame is wider than a few pixels but narrower than
    # the dot of the place it is at, which would hide it.
    from shapely.geometry import Point as P

    from geomig.maps import features as rf
    from geomig.maps.static import MIN_AREA_FRACTION, as_seen, min_area_width
    from geomig.picture.model import Feature, Picture

    frame = 3_000_000
    width = min_area_width(frame, 8.25, styles.default())
    assert width > frame * MIN_AREA_FRACTION
    held = Feature("control_zone", "police (detention, Gabes)", "geonames:2468369", P(10.1, 33.9).buffer(0.14), 0.9,
                   "control.arrested", properties={"actor": "police", "place": "Gabes", "control": "detention"})
    wide = Feature("control_zone", "army (border, south)", "x", P(9.0, 31.0).buffer(2.0), 0.9, "control.forces",
                   properties={"actor": "army", "place": "south", "control": "border"})
    seen = {it.label: it.kind for it in as_seen(rf.items(Picture((held, wide))), width)}
    assert seen == {held.name: "point", wide.name: "area"}
    assert as_seen(rf.items(Picture((held,))), frame * MIN_AREA_FRACTION)[0].kind == "area"


def test_one_legend_row_per_control_type_whether_area_or_marker():
    from shapely.geometry import Point as P
    from shapely.geometry import box as bx

    from geomig.maps import features as rf
    from geomig.maps import legend
    from geomig.maps.static import as_seen
    from geomig.picture.model import Feature, Picture

    def zone(place, geom):
        return Feature("control_zone", f"guards (border, {place})", place, geom, 0.9, "control.forces",
                       properties={"actor": "guards", "place": place, "control": "border"})

    drawn = as_seen(rf.items(Picture((zone("Dakar", P(-17.45, 14.7).buffer(0.05)),
                                      zone("north", bx(-12.9, 23.1, -4.8, 27.3))))), min_width=18_000)
    assert sorted(it.kind for it in drawn) == ["area", "point"]
    assert [e.label for e in legend.entries(drawn, styles.default())] == ["Border control"]
