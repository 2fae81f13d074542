"""--jobs and Dask when a worker dies or a document raises: the documents of the failed
task are retried once, each alone; the one at fault is reported failed, every other
document is written, in order."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hostile_helpers import Misbehaves
from typer.testing import CliRunner

from geomig.cli import app
from geomig.documents import inputs
from geomig.geoparse.batch import geocode_many
from geomig.geoparse.geocode import geocode_paths

ARTICLES = [
    "Boats left Sabratha for Lampedusa on Tuesday.",
    "Aid workers in Tripoli said hundreds had arrived from Sabha.",
    "The ferry from Marseille to Tunis was cancelled. POISON",
    "Officials in Niamey said the road north to Agadez had reopened.",
    "Rescue ships searched the sea south of Malta overnight.",
    "Families left Kufra for Benghazi after the wells ran dry.",
    "Fishermen in Alexandria said fewer boats went out.",
]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("hostile-batch")
    for i, text in enumerate(ARTICLES):
        (root / f"b{i}.txt").write_text(text, encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def serial(corpus) -> list:
    return list(geocode_paths([corpus]))


def check(got: list, serial: list, reason: str) -> None:
    assert [r.doc for r in got] == [r.doc for r in serial]
    failed = [r for r in got if isinstance(r, inputs.Failure)]
    assert [Path(f.doc).name for f in failed] == ["b2.txt"]
    assert reason in failed[0].reason and failed[0].reason.startswith(failed[0].doc)
    assert [r for r in got if not isinstance(r, inputs.Failure)] == [r for r in serial if "POISON" not in r.text]


@pytest.mark.parametrize("action, reason", [
    ("exit", "a worker process died geocoding it, also when retried alone"),
    ("raise", "geocoding failed in a worker (ZeroDivisionError: a bug on purpose)"),
])
def test_a_pool_worker_that_dies_or_raises_loses_only_its_document(corpus, serial, action, reason):
    got = list(geocode_many([corpus], jobs=2, chunk_size=3, resolver=Misbehaves("POISON", action)))
    check(got, serial, reason)


def test_a_dask_worker_that_raises_loses_only_its_document(corpus, serial):
    pytest.importorskip("distributed")
    got = list(geocode_many([corpus], dask="local", jobs=2, chunk_size=3, resolver=Misbehaves("POISON", "raise")))
    check(got, serial, "geocoding failed in a worker (ZeroDivisionError: a bug on purpose)")


def test_cli_writes_every_other_document_when_a_worker_dies(corpus, serial, tmp_path, monkeypatch):
    # The CLI builds its resolver from the command line; give it the one that kills.
    import geomig.commands.geocode as command

    monkeypatch.setattr(command, "geocode_paths", None)  # --jobs 2 must not fall back to serial
    from geomig.geoparse import batch

    real = batch.geocode_many
    monkeypatch.setattr(batch, "geocode_many",
                        lambda paths, **kw: real(paths, resolver=Misbehaves("POISON", "exit"), **kw))
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["geocode", str(corpus), "--jobs", "2", "-o", str(out)])
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1 and "b2.txt: a worker process died" in result.stderr
    docs = [json.loads(line)["doc"] for line in out.read_text().splitlines()]
    assert docs == [r.doc for r in serial if "POISON" not in r.text]
