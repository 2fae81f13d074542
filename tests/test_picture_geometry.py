"""picture/geometry.py: the gazetteer extract() is given is the one its geometry uses,
and routes across a corpus share their sea legs."""

from __future__ import annotations

import pytest
from extract_helpers import annotate

from geomig.gazetteer.index import Gazetteer
from geomig.picture import extract, geometry

TEXT = "The Libyan coast guard said smugglers send boats from Libya across the Mediterranean to Italy."


def test_extract_uses_the_gazetteer_it_is_given(gazetteer, monkeypatch):
    def no_default():
        raise AssertionError("the stage loaded the default gazetteer")

    monkeypatch.setattr(Gazetteer, "default", no_default)
    seen = []
    area = geometry.area
    monkeypatch.setattr(geometry, "area", lambda pid: seen.append(geometry.gazetteer()) or area(pid))
    pic = extract([annotate(TEXT)], gazetteer=gazetteer)
    assert pic.meta["gazetteer"] == gazetteer.version
    assert seen and all(g is gazetteer for g in seen)
    assert geometry.gazetteer() is None        # only for the duration of the call


def test_without_a_gazetteer_outside_extract_areas_have_no_polygon():
    assert geometry.gazetteer() is None
    assert geometry.area("geonames:2215636") is None


def test_a_sea_leg_is_computed_once_per_pair_of_points(monkeypatch):
    import searoute

    calls = []
    real = searoute.searoute

    def counting(*args, **kwargs):
        calls.append(args)
        return real(*args, **kwargs)

    monkeypatch.setattr(searoute, "searoute", counting)
    a, b = (32.95, 12.05), (35.49, 12.6)
    first = geometry.sea_leg(a, b)
    assert geometry.sea_leg(a, b) == first
    assert len(calls) == 1


@pytest.mark.parametrize("area_id", ["geonames:2215636", "geonames:3175395"])
def test_areas_come_from_the_given_gazetteer(gazetteer, area_id):
    with geometry.using(gazetteer):
        geom = geometry.area(area_id)
    assert geom is not None and not geom.is_empty
