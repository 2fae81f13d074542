"""Shared fixtures: a cache of the session's own, the real gazetteer built there once,
and the seeds."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="session", autouse=True)
def cache_dir(tmp_path_factory):
    """GEOMIG_CACHE_DIR for the whole session, never the user's ~/.cache: the first test
    that needs the gazetteer builds its index there (~30 s), and every later one (and
    every worker process, which inherits the variable) reuses it."""
    path = tmp_path_factory.mktemp("cache")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("GEOMIG_CACHE_DIR", str(path))
        yield path


@pytest.fixture(scope="session")
def gazetteer(cache_dir):
    """The default gazetteer, its index built in the session's cache."""
    from geomig.gazetteer.index import Gazetteer

    return Gazetteer.default()


@pytest.fixture
def copied_index_build(gazetteer):
    """A stand-in for the 30 s index build: copies the session's index to the path asked for."""
    import shutil

    def build(path):
        for ext in ("", ".trie", ".lists"):
            shutil.copyfile(str(gazetteer.path) + ext, str(path) + ext)
        return path

    return build


@pytest.fixture(scope="session")
def seed_paths() -> list[Path]:
    return sorted(SEEDS.glob("*.txt"))


@pytest.fixture(scope="session")
def seed_docs(seed_paths, gazetteer):
    """The two seed articles, geocoded."""
    import geomig

    return {p.name: geomig.geocode_document(geomig.Document(str(p), p.read_text("utf-8")))
            for p in seed_paths}


@pytest.fixture(scope="session")
def reuters_seed(seed_docs):
    return seed_docs["000_efb95829528522da.txt"]


@pytest.fixture(scope="session")
def ap_seed(seed_docs):
    return seed_docs["004_62d397ea61d3f018.txt"]


@pytest.fixture
def andean_places(monkeypatch):
    """The tiny gazetteer with its Andean places added (extract_helpers.ANDEAN), for files that
    mark themselves `pytestmark = pytest.mark.usefixtures("andean_places")`."""
    from extract_helpers import ANDEAN, with_places

    with_places(monkeypatch, ANDEAN)
