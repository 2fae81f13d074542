"""maps/seeds.html and maps/seeds.png, committed for the README, are what the code makes now.

Both are regenerated here from seeds/ at the time recorded in the committed page, and compared:
the HTML byte for byte, the PNG pixel for pixel. When this fails, regenerate them with the
command in the failure message (and look at the new map before committing it).
"""

from __future__ import annotations

import io
import re
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from geomig.commands.map import load_inputs, produce

ROOT = Path(__file__).resolve().parents[1]
HTML = ROOT / "maps" / "seeds.html"
PNG = ROOT / "maps" / "seeds.png"


def committed_epoch() -> int:
    """The generation time the committed page records in its provenance footer."""
    m = re.search(r"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ)<\\/summary>", HTML.read_text("utf-8"))
    assert m, "maps/seeds.html has no provenance time"
    when = datetime.strptime(m.group(1), "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
    return int(when.timestamp())


def regenerate_hint(epoch: int) -> str:
    return (f"maps/seeds.* are stale: regenerate from the repository root with\n"
            f"  SOURCE_DATE_EPOCH={epoch} geomig map seeds/ -o maps/seeds.html\n"
            f"  SOURCE_DATE_EPOCH={epoch} geomig map seeds/ -o maps/seeds.png\n"
            f"(or a newer epoch for both), look at them, and commit them.")


@pytest.fixture(scope="module")
def seeds_inputs():
    if not HTML.exists() or not PNG.exists():
        pytest.fail("maps/seeds.html and maps/seeds.png must be committed")
    with pytest.MonkeyPatch.context() as mp:
        mp.chdir(ROOT)          # documents are cited as seeds/<name>.txt, as the command is run
        mp.setenv("SOURCE_DATE_EPOCH", str(committed_epoch()))
        yield load_inputs(["seeds/"], None)


@pytest.fixture
def fixed_time(monkeypatch):
    epoch = committed_epoch()
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(epoch))
    return epoch


def test_seeds_html_is_current(seeds_inputs, fixed_time):
    html = produce(seeds_inputs.picture, "html", offline=False, title=None, audit=seeds_inputs.audit)
    assert html == HTML.read_bytes(), regenerate_hint(fixed_time)


def test_seeds_png_is_current(seeds_inputs, fixed_time):
    png = produce(seeds_inputs.picture, "png", offline=False, title=None)
    with Image.open(io.BytesIO(png)) as new, Image.open(PNG) as old:
        same = new.size == old.size and np.array_equal(np.asarray(new.convert("RGB")), np.asarray(old.convert("RGB")))
    assert same, regenerate_hint(fixed_time)


def test_seeds_map_is_the_online_version():
    html = HTML.read_text("utf-8")
    assert "tile.openstreetmap.org" in html
    assert 'src="https://cdn.jsdelivr.net/npm/leaflet@' in html
    assert "@preserve" not in html          # no third-party code inlined (Leaflet's licence banner)
    assert "seeds/004_62d397ea61d3f018.txt" in html
