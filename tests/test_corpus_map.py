"""The corpus picture over time and its map: support counts, dates, trimmed quotes, the
month slider (in chromium: what a person sees when they move it)."""

from __future__ import annotations

from pathlib import Path

import pytest
from shapely.geometry import LineString, Point

from geomig.corpus import timeline
from geomig.picture import Feature, Picture, Source

HOSTILE = "<img src=x onerror=\"window.__pwned=1\">"
DATES = {"d1": "2023-01-05", "d2": "2023-03-20", "d3": "2023-03-02", "d4": None}


def _source(doc: str, n: int, quote: str = "Boats left Zuwara at dawn.") -> Source:
    return Source(doc, n, n + len(quote), quote, ((11, 17),))


@pytest.fixture()
def picture() -> Picture:
    launch = Feature("launch_point", "Zuwara", "geonames:1", Point(12.08, 32.93), 0.9, "launch",
                     tuple(_source(d, n) for d in ("d1", "d2", "d3", "d4") for n in (0, 100)),
                     properties={"claims": [
                         {"doc": "d3", "start": 100, "end": 126, "confidence": 0.95, "negated": False},
                         {"doc": "d1", "start": 0, "end": 26, "confidence": 0.4, "negated": False}]})
    route = Feature("route", "Zuwara → Lampedusa", None, LineString([(12.08, 32.93), (12.6, 35.5)]), 0.8,
                    "route", (_source("d2", 0, HOSTILE),))
    undated = Feature("destination", "Malta", "geonames:2", Point(14.5, 35.9), 0.7, "dest", (_source("d4", 0),))
    place = Feature("place", "Zuwara", "geonames:1", Point(12.08, 32.93), 0.9, "geocoded", (_source("d1", 0),))
    return Picture((route, launch, undated, place), ("d1", "d2", "d3", "d4"))


def test_annotate_counts_documents_and_dates(picture):
    got = {f.name + f.role: dict(f.properties) for f in timeline.annotate(picture, DATES).features}
    launch = got["Zuwaralaunch_point"]
    assert (launch["n_documents"], launch["first_date"], launch["last_date"]) == (4, "2023-01-05", "2023-03-20")
    assert got["Maltadestination"]["n_documents"] == 1 and "first_date" not in got["Maltadestination"]


def test_trim_keeps_the_strongest_quotes_and_their_claims(picture):
    trimmed = timeline.trim(picture, DATES, k=3)
    launch = trimmed.find("launch_point")
    # The most confident claim first, then the latest articles; picture order is kept.
    assert [(s.doc, s.start) for s in launch.sources] == [("d1", 0), ("d2", 0), ("d3", 100)]
    assert [c["doc"] for c in launch.properties["claims"]] == ["d3", "d1"]
    assert len(picture.find("launch_point").sources) == 8  # the picture itself is untouched


@pytest.mark.parametrize(("k", "chosen"), [
    (1, [("d3", 100)]),                         # fewer than the claimed: among them only
    (2, [("d3", 100), ("d1", 0)]),
    (3, [("d3", 100), ("d1", 0), ("d2", 0)]),   # more: the claimed, then the latest article's
])
def test_the_claimed_quotes_come_first_then_the_latest(picture, k, chosen):
    launch = timeline.quoted(picture, DATES, k)[1]
    assert [(s.doc, s.start) for s in launch] == chosen


def test_time_data_lists_every_month_and_each_feature_s_months(picture):
    data = timeline.time_data(picture, DATES)
    assert data["months"] == ["2023-01", "2023-02", "2023-03"]
    rows = {f["properties"]["role"]: f["properties"] for f in data["features"]}
    assert set(rows) == {"launch_point", "route"}  # undated and place features are not on it
    assert rows["launch_point"]["months"] == ["2023-01", "2023-03"]
    popup = {role: data["popups"][row["popup"]] for role, row in rows.items()}
    assert "4 documents · 2023-01-05 to 2023-03-20" in popup["launch_point"]
    assert HOSTILE not in popup["route"] and "&lt;img src=x" in popup["route"]


def test_no_dates_no_slider(picture):
    assert timeline.time_data(picture, {}) is None
    html = timeline.stages.to_html(timeline.corpus_map(picture, {}))
    assert "geomigTimeline(" not in html


def test_the_map_quotes_only_the_strongest(picture, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    html = timeline.stages.to_html(timeline.corpus_map(picture, DATES))
    assert "geomigTimeline(" in html
    # 8 sources behind the launch point, 3 quoted in its popup (and 3 in the time layer's).
    full = timeline.stages.to_html(timeline.stages.render(picture, title=None, offline=False))
    assert html.count("Boats left") < full.count("Boats left")
    assert html == timeline.stages.to_html(timeline.corpus_map(picture, DATES))  # stable page


# ------------------------------------------------------------------------------ browser

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"]


@pytest.mark.browser
@pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium at /usr/bin/chromium")
def test_the_slider_shows_features_month_by_month_offline(picture, tmp_path):
    sync_api = pytest.importorskip("playwright.sync_api")
    page_file = tmp_path / "map.html"
    page_file.write_text(timeline.stages.to_html(timeline.corpus_map(picture, DATES, offline=True)), "utf-8")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        page = browser.new_page(viewport={"width": 1000, "height": 700})
        errors, requests = [], []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.route("**/*", lambda r: (requests.append(r.request.url), r.continue_()))
        page.goto(page_file.as_uri())
        time_shapes = ".leaflet-geomig-time-pane path"
        assert page.locator(time_shapes).count() == 0  # off until asked for
        assert page.inner_text(".geomig-month") == "2023-03"

        def month(i: int) -> tuple[str, int]:
            page.fill(".geomig-timeline input[type=range]", str(i))
            page.dispatch_event(".geomig-timeline input[type=range]", "input")
            return page.inner_text(".geomig-month"), page.locator(time_shapes).count()

        assert month(0) == ("2023-01", 1)        # Zuwara's first article
        assert month(2) == ("2023-03", 2)        # and the route, named in March
        assert page.is_checked(".geomig-timeline input[type=checkbox]")
        circle = page.locator(time_shapes).first
        box = circle.bounding_box()  # its lower edge: the route leaves its centre northwards
        circle.click(force=True, position={"x": box["width"] / 2, "y": box["height"] - 3})
        assert "4 documents · 2023-01-05 to 2023-03-20" in page.inner_text(".leaflet-popup-content")
        page.click(".leaflet-popup-close-button")
        page.wait_for_selector(".leaflet-popup", state="detached")  # it fades out first
        page.locator(time_shapes).last.click(force=True)
        assert page.inner_text(".leaflet-popup-content").startswith(
            f"Zuwara → Lampedusa\n\nroute · 1 document · 2023-03-20\n\n{HOSTILE}")
        page.uncheck(".geomig-timeline input[type=checkbox]")
        assert page.locator(time_shapes).count() == 0
        assert not page.evaluate("window.__pwned === 1")
        browser.close()
    assert errors == []
    assert [u for u in requests if not u.startswith("file:")] == []


@pytest.mark.parametrize(("control", "color"), [("militia", "#c2185b"), ("reception", "#6a1b9a"),
                                                 ("coastguard", "#00796b"), ("no such kind", "#616161")])
def test_the_month_view_colours_a_zone_by_its_kind(control, color):
    zone = Feature("control_zone", "Sabratha militias", "geonames:1", Point(12.5, 32.8).buffer(0.2), 0.8,
                   "control", (_source("d1", 0),), properties={"control": control})
    data = timeline.time_data(Picture((zone,), ("d1",)), DATES)
    row = data["features"][0]["properties"]
    assert row["color"] == color                    # the map's own layer's colour for that kind
    assert row["fill"] != "#4db6ac" or control == "coastguard"


def test_the_month_view_draws_each_leg_of_a_route_in_its_mode_s_colours():
    from shapely.geometry import MultiLineString

    legs = [{"from": "a", "to": "b", "mode": "land"}, {"from": "b", "to": "c", "mode": "sea"},
            {"from": "c", "to": "d", "mode": "air"}]
    route = Feature("route", "A → B → C → D", None,
                    MultiLineString([[(20.0, 25.0), (12.5, 32.8)], [(12.5, 32.8), (12.6, 35.5)], [(12.6, 35.5), (2.3, 48.8)]]),
                    0.8, "route", (_source("d1", 0),), properties={"legs": legs})
    data = timeline.time_data(Picture((route,), ("d1",)), DATES)
    rows = [f["properties"] for f in data["features"]]
    assert [(r["color"], r["dash"]) for r in rows] == [("#8c510a", ""), ("#0570b0", "9 6"), ("#6a51a3", "4 6")]
    # One route: its popup written once, and each of its legs opening it.
    assert [r["popup"] for r in rows] == [0, 0, 0] and len(data["popups"]) == 1
    assert data["popups"][0].count("A → B → C → D") == 1


def test_the_month_view_draws_a_straight_sea_leg_and_a_river_crossing_as_the_map_does():
    from shapely.geometry import MultiLineString

    from geomig.picture import geometry

    legs = [{"from": "a", "to": "b", "mode": "sea", "drawn": "straight"},
            {"from": "b", "to": "c", "mode": "sea", "warning": geometry.RIVER + " (Evros)"},
            {"from": "c", "to": "d", "mode": "sea"}]
    route = Feature("route", "A → B → C → D", None,
                    MultiLineString([[(20.0, 25.0), (21.0, 26.0)], [(21.0, 26.0), (26.0, 41.0)], [(26.0, 41.0), (27.0, 37.0)]]),
                    0.8, "route", (_source("d1", 0),), properties={"legs": legs})
    rows = [f["properties"] for f in timeline.time_data(Picture((route,), ("d1",)), DATES)["features"]]
    st = timeline.styles.default()
    assert [(r["color"], r["dash"]) for r in rows] == [
        (st.leg(k)["color"], st.leg(k)["dash"]) for k in ("sea_straight", "river", "sea")]
    assert rows[0]["dash"] != rows[2]["dash"]       # not the plain sea leg's look
