"""geomig.maps.html.TextMacro: a map's scripts go into the page as text, not compiled as
Jinja templates, and the page is byte for byte the one branca renders through Jinja."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import jinja2
import pytest
from branca.element import MacroElement

from geomig.corpus import timeline
from geomig.maps import html, render, to_html

PICTURES = Path(__file__).parent / "fixtures" / "pictures"
WHEN = datetime(2024, 5, 1, 12, 0, tzinfo=UTC)


def _picture_with_jinja_lookalikes() -> dict:
    """A picture whose names and quotes hold what Jinja would read as its own syntax."""
    seeds = json.loads((PICTURES / "seeds_like.geojson").read_text("utf-8"))
    for i, feature in enumerate(seeds["features"]):
        feature["properties"]["name"] = feature["properties"].get("name", "") + [
            " {{ 1 + 1 }}", " {% raw %}", " {# note #}", " }} %} #}", " line\r\nend\rnext"][i % 5]
    return seeds


def _map_with_slider(picture: dict):
    m = render(picture, gazetteer="g", generated=WHEN)
    timeline.add_time_control(m, {"months": ["2024-01", "2024-02"], "fade": 2,
                                  "popups": ["<b>{{ x }}</b>", "{% if %}"], "features": []})
    return m


def _through_jinja(monkeypatch, make):
    """The page as branca renders it: every macro's output compiled as a template of its own."""
    with monkeypatch.context() as patched:
        patched.setattr(html.TextMacro, "render", MacroElement.render)
        return to_html(make())


@pytest.mark.parametrize("make", [
    lambda: render(json.loads((PICTURES / "seeds_like.geojson").read_text("utf-8")), gazetteer="g", generated=WHEN),
    lambda: render(_picture_with_jinja_lookalikes(), gazetteer="g", generated=WHEN),
    lambda: render(_picture_with_jinja_lookalikes(), gazetteer="g", generated=WHEN, offline=True),
    lambda: _map_with_slider(_picture_with_jinja_lookalikes()),
], ids=["seeds", "lookalikes", "lookalikes-offline", "slider"])
def test_the_page_is_the_one_branca_renders_through_jinja(make, monkeypatch):
    ours = to_html(make())
    assert ours == _through_jinja(monkeypatch, make)
    assert "geomig.points(" in ours


def test_no_script_of_the_map_is_compiled_as_a_template(monkeypatch):
    compiled: list[str] = []
    from_string = jinja2.Environment.from_string

    def spy(self, source, *args, **kwargs):
        compiled.append(source)
        return from_string(self, source, *args, **kwargs)

    m = _map_with_slider(_picture_with_jinja_lookalikes())
    monkeypatch.setattr(jinja2.Environment, "from_string", spy)
    page = to_html(m)
    assert "geomig.points(" in page and "geomigTimeline(" in page
    assert not [s for s in compiled if "geomig.points(" in s or "geomigTimeline(" in s]


@pytest.mark.parametrize("text", [
    "geomig.title(map_1, \"A\");\n", "no newline at the end", "two\n\n", "ends\r\n", "ends\r", "a\r\nb\rc\nd\n",
    "", "\n", "\u2028 and \x85 stay\n",
])
def test_text_renders_as_a_jinja_template_of_it_does(text):
    assert html._Text(text).render() == jinja2.Template(text).render()
