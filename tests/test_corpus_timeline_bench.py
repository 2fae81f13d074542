"""benchmarks/corpus_timeline.py: the phases it logs of a run with two workers, and a run it
watches writes what an unwatched run writes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from corpus_texts import write_jsonl
from geomig.corpus import Options, run_corpus

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from benchmarks import corpus_timeline  # noqa: E402

#: The outputs that must be byte for byte the same, watched or not.
SAME = ("documents.jsonl", "errors.jsonl", "picture.geojson", "map.html")


@pytest.fixture(autouse=True)
def fixed_time(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")  # the map's provenance time


def test_a_watched_run_logs_each_process_phases_and_writes_the_same_outputs(tmp_path):
    # The watched run in a fresh process, as the benchmark runs it: its workers are forks of
    # it, which inherit its wrappers (a process that opened the gazetteer starts a fork server).
    corpus = write_jsonl(tmp_path / "corpus.jsonl", 60)
    log, watched = tmp_path / "events.jsonl", tmp_path / "watched"
    script = Path(corpus_timeline.__file__)
    done = subprocess.run([sys.executable, str(script), "--one", "workers2", str(corpus), str(watched), str(log),
                           "--partition-size", "20"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-2000:]
    plain = tmp_path / "plain"
    run_corpus(corpus, plain, Options(workers=2, partition_size=20))
    for name in SAME:
        assert (plain / name).read_bytes() == (watched / name).read_bytes(), name

    events = [json.loads(line) for line in log.read_text().splitlines()]
    assert all(e["end"] >= e["start"] for e in events)
    parent = {e["pid"] for e in events if e["what"] == "tail: assembly.picture"}
    assert len(parent) == 1
    # Every partition read once, in a worker (not the run's own process), each worker
    # forked and loading its gazetteer before its first partition.
    parts = [e for e in events if e["what"] == "worker: partition"]
    assert sorted(e["index"] for e in parts) == [0, 1, 2]  # 60 articles in partitions of 20
    workers = {e["pid"] for e in parts}
    assert workers and not workers & parent
    for pid in workers:
        loaded = [e for e in events if e["pid"] == pid and e["what"] == "worker: gazetteer load"]
        assert len(loaded) == 1
        assert loaded[0]["end"] <= min(e["start"] for e in parts if e["pid"] == pid)
    # The run's own phases, in order: the cues before the first partition, the assembly and
    # the map after the last.
    first = {e["what"]: e for e in reversed(events)}
    assert first["parent: prepare (cues, topic)"]["end"] <= min(e["start"] for e in parts)
    assert max(e["end"] for e in parts) <= first["tail: assembly.picture"]["start"]
    assert first["tail: assembly.picture"]["end"] <= first["tail: corpus_map"]["start"]
