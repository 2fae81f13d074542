"""Shared fixtures: the real gazetteer (built once per package version) and the seeds."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="session")
def gazetteer():
    """The default gazetteer; the first test session builds its index (~30 s)."""
    from geomig.gazetteer.index import Gazetteer

    return Gazetteer.default()


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
