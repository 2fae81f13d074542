"""A long text costs the picture work in proportion to its length (geomig/picture/zones.py
and routes/): counted in calls of the inner steps, never timed.

A text pasted many times over, or a long dossier, names the same places thousands of
times; steps that compared every mention with every other grew with the square of its
length (a 5 MB text took minutes). Sentences written for these tests."""

from __future__ import annotations

import pytest
from extract_helpers import annotate

from geomig.picture import extract, zones
from geomig.picture.routes import corridors

_STORY = ("A boat carrying 50 migrants left Zuwara for Lampedusa on Sunday. "
          "The coastguard took them to the island, where they are held in the hotspot. "
          "Most of them came from Sudan and Eritrea and had crossed Niger. ")


def _calls(monkeypatch, module, name: str, copies: int) -> int:
    count = 0
    real = getattr(module, name)

    def counted(*args, **kwargs):
        nonlocal count
        count += 1
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, counted)
    extract([annotate(_STORY * copies)])
    monkeypatch.setattr(module, name, real)
    return count


@pytest.mark.parametrize("module, name", [(zones, "_named_as"), (corridors, "_km")],
                         ids=["anaphors read back", "launches measured to destinations"])
def test_work_grows_with_the_text_not_its_square(monkeypatch, module, name):
    small, large = (_calls(monkeypatch, module, name, n) for n in (8, 32))
    assert small > 0, "the step runs on this text"
    assert large <= 4 * small + 20, f"{name}: {small} calls for 8 copies, {large} for 32"
