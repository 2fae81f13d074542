"""Shared helpers for tests that run the real geocoder on sentences of their own."""

from __future__ import annotations

from geomig.geoparse.geocode import geocode


def placed(text: str, name: str, gazetteer):
    """The first mention of `name` in text, or None."""
    return next((m for m in geocode(text, gazetteer=gazetteer) if m.text == name), None)
