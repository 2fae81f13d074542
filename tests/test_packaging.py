"""A regular install ships every package and every file read at run time (pyproject.toml)."""

from __future__ import annotations

import tomllib
from fnmatch import fnmatch
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SETUPTOOLS = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"]["setuptools"]
#: Where each declared package lives in the source tree.
SOURCE_DIRS = {name: ROOT / path for name, path in SETUPTOOLS.get("package-dir", {}).items()}


def source_dir(package: str) -> Path:
    return SOURCE_DIRS.get(package, ROOT.joinpath(*package.split(".")))


def test_the_package_list_is_every_package_under_geomig():
    found = {".".join(init.parent.relative_to(ROOT).parts) for init in (ROOT / "geomig").rglob("__init__.py")}
    assert set(SETUPTOOLS["packages"]) == found | {"geomig.gazetteer.data"}
    assert (source_dir("geomig.gazetteer.data") / "__init__.py").is_file()


@pytest.mark.parametrize("package", SETUPTOOLS["packages"])
def test_every_data_file_of_a_package_is_shipped(package):
    patterns = SETUPTOOLS["package-data"].get(package, [])
    here = source_dir(package)
    data = [p for p in here.iterdir() if p.is_file() and p.suffix not in (".py", ".pyc")]
    missing = [p.name for p in data if not any(fnmatch(p.name, pattern) for pattern in patterns)]
    assert missing == [], f"{package}: add patterns for {missing} to [tool.setuptools.package-data]"


def test_the_gazetteer_data_the_index_is_built_from_is_shipped():
    from geomig.gazetteer import sources

    patterns = SETUPTOOLS["package-data"]["geomig.gazetteer.data"]
    for name in (*sources._DATA_FILES, "land.geojson", "supplement.geojson"):
        assert (source_dir("geomig.gazetteer.data") / name).is_file(), name
        assert any(fnmatch(name, pattern) for pattern in patterns), name
