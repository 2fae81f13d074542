"""Tests of geomig.geoparse.batch: parallel runs give exactly the serial output, in order, bad files
reported in place; real worker processes and a real Dask cluster."""

from __future__ import annotations

import json
import os
import re
import sys
from io import BytesIO
from pathlib import Path

import pytest
from typer.testing import CliRunner

from geomig.geoparse import batch

from geomig.documents import inputs
from geomig.geoparse.batch import BatchError, geocode_corpus_to_jsonl, geocode_many
from geomig.cli import app
from geomig.geoparse.geocode import geocode_paths

#: Short articles written for these tests; names sort in the order listed.
ARTICLES = {
    "a01.txt": "Boats left Sabratha for Lampedusa on Tuesday, the Italian coastguard said.",
    "a02.txt": "Aid workers in Tripoli said hundreds had arrived from southern Libya this month.",
    "a03.txt": "The ferry from Marseille to Tunis was cancelled because of the storm.",
    "a04.txt": "Officials in Niamey said the road north to Agadez had reopened after the floods.",
    "a05.txt": "Rescue ships searched the central Mediterranean south of Malta overnight.",
    "a07.txt": "Paris police closed two bridges over the Seine ahead of the march.",
    "a08.txt": "Farmers near Kufra said the wells had run dry, and families left for Benghazi.",
    "sub/a09.txt": "In Alexandria, Egypt, fishermen said fewer boats were going out to sea.",
}
BAD = {"a00.txt": b"", "a06.txt": b"\x00\x01\x02PK\x03\x04" + bytes(range(256))}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("corpus")
    for name, text in ARTICLES.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    for name, data in BAD.items():
        (root / name).write_bytes(data)
    return root


@pytest.fixture(scope="module")
def serial(corpus) -> list:
    return list(geocode_paths([corpus]))


def test_serial_reference_holds_failures_in_place(serial, corpus):
    # The reference itself: 10 files in path order, the two bad ones as Failures where they sort.
    names = [Path(r.doc).relative_to(corpus).as_posix() for r in serial]
    assert names == sorted([*ARTICLES, *BAD])
    failed = {Path(r.doc).name: r.reason for r in serial if isinstance(r, inputs.Failure)}
    assert set(failed) == {"a00.txt", "a06.txt"}
    assert failed["a00.txt"].endswith("file is empty")
    assert failed["a06.txt"].endswith("looks like a binary file, not text")
    assert all(r.mentions for r in serial if not isinstance(r, inputs.Failure))


@pytest.mark.parametrize("chunk_size", [1, 3, 100])
def test_in_process_chunks_equal_serial(corpus, serial, chunk_size):
    assert list(geocode_many([corpus], chunk_size=chunk_size)) == serial


def test_process_pool_equals_serial(corpus, serial):
    assert list(geocode_many([corpus], jobs=2, chunk_size=2)) == serial


def test_dask_local_cluster_with_processes_equals_serial(corpus, serial):
    assert list(geocode_many([corpus], dask="local", jobs=2, chunk_size=2)) == serial


def test_dask_scheduler_address_equals_serial(corpus, serial):
    distributed = pytest.importorskip("distributed")
    # Thread workers keep this one fast; the LocalCluster test above uses processes.
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False,
                                  dashboard_address=":0") as cluster:
        got = list(geocode_many([corpus], dask=cluster.scheduler_address, chunk_size=3))
    assert got == serial


def test_missing_path_and_stdin_keep_their_place(corpus, serial, monkeypatch):
    class Stdin:
        buffer = BytesIO(b"Smugglers drove from Sabha to Zuwara.")

    monkeypatch.setattr(sys, "stdin", Stdin)
    first = corpus / "a01.txt"
    got = list(geocode_many([first, corpus / "nope.txt", "-", first], jobs=2, chunk_size=1))
    assert [type(r).__name__ for r in got] == ["GeocodedDocument", "Failure", "GeocodedDocument", "GeocodedDocument"]
    assert got[1].reason == f"{corpus / 'nope.txt'}: no such file or directory"
    assert got[2].doc == "-" and [m.text for m in got[2].mentions] == ["Sabha", "Zuwara"]
    assert got[0] == got[3] == serial[1]


def test_a_crash_in_geocoding_names_the_document(corpus):
    with pytest.raises(BatchError, match=r"a01\.txt: geocoding failed in a worker \(TypeError: "):
        list(geocode_many([corpus / "a01.txt"], no_such_option=True))


class KillsTheWorker:
    """Unpickling this in a worker ends the worker process at once, as an OOM kill would."""

    def __reduce__(self):
        return (os._exit, (3,))


def test_workers_that_always_die_make_every_document_a_one_line_failure(corpus):
    # Every task kills its worker: each document is retried alone, then reported failed;
    # after a few deaths in a row the rest are reported without a retry. Nothing raises.
    got = list(geocode_many([corpus], jobs=2, bomb=KillsTheWorker()))
    assert all(isinstance(r, inputs.Failure) for r in got)
    reasons = [r.reason for r in got if Path(r.doc).name not in BAD]
    assert reasons and all(re.search(r"worker process(es)? (died|kept dying)", r) for r in reasons), reasons
    assert all("\n" not in r for r in reasons)


def test_unreachable_scheduler_is_one_batch_error(corpus, monkeypatch):
    pytest.importorskip("distributed")
    monkeypatch.setattr(batch, "CONNECT_TIMEOUT", "1s")
    with pytest.raises(BatchError, match=r"^cannot reach the Dask scheduler at tcp://127\.0\.0\.1:9 "):
        list(geocode_many([corpus], dask="tcp://127.0.0.1:9"))


def test_chunk_size_must_be_positive(corpus):
    with pytest.raises(ValueError, match="chunk_size"):
        list(geocode_many([corpus], chunk_size=0))


def test_corpus_to_jsonl(corpus, serial, tmp_path):
    out = tmp_path / "out" / "corpus.jsonl"
    failures = geocode_corpus_to_jsonl([corpus], out, jobs=2)
    assert [Path(f.doc).name for f in failures] == ["a00.txt", "a06.txt"]
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    good = [r for r in serial if not isinstance(r, inputs.Failure)]
    assert [d["doc"] for d in lines] == [r.doc for r in good]
    assert lines == [r.to_dict() for r in good]


def test_cli_jobs_2_equals_jobs_1(corpus):
    runner = CliRunner()
    one = runner.invoke(app, ["geocode", str(corpus), "--jobs", "1"])
    two = runner.invoke(app, ["geocode", str(corpus), "--jobs", "2"])
    assert one.exit_code == two.exit_code == 1          # the bad files make the run fail...
    assert two.stdout == one.stdout                      # ...after every good one is written
    assert len(one.stdout.splitlines()) == len(ARTICLES)
    assert two.stderr == one.stderr == (
        f"Error: {corpus / 'a00.txt'}: file is empty\n"
        f"Error: {corpus / 'a06.txt'}: looks like a binary file, not text\n"
    )


def test_a_workers_windows_1252_warning_is_one_line_as_in_the_serial_run(tmp_path):
    # read in a worker process, the warning comes back to the parent and says the same line
    (tmp_path / "a.txt").write_bytes(b"Families from Sacatep\xe9quez reached Tapachula.")
    (tmp_path / "b.txt").write_text("Boats left Sabratha for Lampedusa.", encoding="utf-8")  # distractor: UTF-8
    runner = CliRunner()
    one = runner.invoke(app, ["geocode", str(tmp_path), "--jobs", "1"])
    two = runner.invoke(app, ["geocode", str(tmp_path), "--jobs", "2"])
    assert one.exit_code == two.exit_code == 0
    assert two.stdout == one.stdout
    assert two.stderr == one.stderr == (f"Warning: {tmp_path / 'a.txt'}: is not UTF-8; read as Windows-1252 "
                                        "(Latin-1). Save it as UTF-8 to be sure\n")
