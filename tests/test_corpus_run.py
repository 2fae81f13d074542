"""`geomig batch`: the outputs, workers, resume after kill -9, progress and bad input."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from corpus_texts import rows, write_jsonl
from geomig.cli import app
from geomig.corpus import Options, run_corpus
from geomig.corpus import run as corpus_run
from geomig.corpus.ahead import CHECKPOINTS, Ahead
from geomig.corpus.store import PART_GLOB, Store
from geomig.errors import OutputError

#: Four partitions of the 151 test articles (the default, 128, would make two).
PARTS = Options(partition_size=50)
#: The outputs that must be byte for byte the same however the corpus was run.
SAME = ("documents.jsonl", "errors.jsonl", "picture.geojson", "map.html")
EPOCH = "1700000000"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """150 articles and the five kinds of bad row."""
    return write_jsonl(tmp_path_factory.mktemp("corpus") / "corpus.jsonl", 150, bad=True)


@pytest.fixture(scope="module")
def reference(corpus, tmp_path_factory) -> Path:
    """The single-process run every other run must equal."""
    out = tmp_path_factory.mktemp("reference")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("SOURCE_DATE_EPOCH", EPOCH)  # the map's provenance time
        run_corpus(corpus, out, PARTS)
    return out


@pytest.fixture(autouse=True)
def fixed_time(monkeypatch):
    """Every map of these tests says it was made at the same time as the reference's."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)


def assert_same_outputs(a: Path, b: Path, *, how: tuple[str, ...] = ()) -> None:
    """The outputs of two runs are the same; their summaries too, but for how each ran
    (and the keys `how` names)."""
    import geopandas as gpd

    for name in SAME:
        assert (a / name).read_bytes() == (b / name).read_bytes(), name
    for name in ("geocodes.parquet", "picture.parquet"):
        assert gpd.read_parquet(a / name).equals(gpd.read_parquet(b / name)), name
    sa, sb = (json.loads((d / "summary.json").read_text()) for d in (a, b))
    for s in (sa, sb):
        for key in ("timings", "workers", "scheduler", "ahead", *how):  # how it ran, not what it found
            s.pop(key)
    assert sa == sb


def test_outputs(reference):
    docs = [json.loads(line) for line in (reference / "documents.jsonl").read_text().splitlines()]
    assert [d["doc"] for d in docs][:5] == ["a0000", "a0001", "a0002", "nodate", "a0003"]
    assert len(docs) == 151 and all(d["mentions"] for d in docs)
    errors = [json.loads(line) for line in (reference / "errors.jsonl").read_text().splitlines()]
    assert [(e["id"], e["kept"]) for e in errors] == [
        ("line 4", False), ("empty", False), ("a0001", False), ("nodate", True), ("notext", False)]
    summary = json.loads((reference / "summary.json").read_text())
    assert {k: summary[k] for k in ("documents", "geocoded", "failed", "skipped_rows", "dates_dropped",
                                    "dated", "partitions")} == {
        "documents": 151, "geocoded": 151, "failed": 0, "skipped_rows": 4, "dates_dropped": 1,
        "dated": 150, "partitions": 4}
    assert summary["mentions"] == sum(len(d["mentions"]) for d in docs)


def test_geoparquet_outputs(reference):
    import geopandas as gpd

    geocodes = gpd.read_parquet(reference / "geocodes.parquet")
    assert geocodes.crs.to_epsg() == 4326
    assert list(geocodes.columns[:3]) == ["doc", "date", "text"]
    first = geocodes.iloc[0]
    assert (first["doc"], first["date"]) == ("a0000", "2023-01-01")
    picture = gpd.read_parquet(reference / "picture.parquet")
    assert set(picture["role"]) >= {"place", "launch_point", "destination", "route"}
    assert {"n_documents", "first_date", "last_date"} <= set(picture.columns)


def test_picture_features_carry_support_and_dates(reference):
    picture = json.loads((reference / "picture.geojson").read_text())
    zuwara = next(f["properties"] for f in picture["features"]
                  if f["properties"]["role"] == "launch_point" and f["properties"]["name"] == "Zuwara")
    docs = {s["doc"] for s in zuwara["sources"]}
    assert zuwara["n_documents"] == len(docs) > 10
    dates = sorted(r["date"] for r in rows(150) if r["id"] in docs)
    assert (zuwara["first_date"], zuwara["last_date"]) == (dates[0], dates[-1]) != (dates[0], dates[0])


def test_two_workers_give_the_same_outputs(corpus, reference, tmp_path, monkeypatch):
    # ... with the corpus read once, and the collector given back every object it was
    # told to leave alone while the partitions came in.
    import gc

    reads = []
    real = corpus_run.read_corpus
    monkeypatch.setattr(corpus_run, "read_corpus", lambda *a: reads.append(a) or real(*a))
    kept = []  # the partition files the workers drafted and this process kept
    real_keep = Store.keep_part
    monkeypatch.setattr(Store, "keep_part", lambda self, i, draft: kept.append(i) or real_keep(self, i, draft))
    out = tmp_path / "w2"
    summary = run_corpus(corpus, out, Options(workers=2, partition_size=50))
    assert summary["workers"] == 2 and len(reads) == 1 and gc.get_freeze_count() == 0
    assert sorted(kept) == [0, 1, 2, 3]
    assert sorted(p.name for p in (out / ".partitions").iterdir()) == [
        "manifest.json", *(f"part-{i:06d}.pickle" for i in range(4))]  # no draft left behind
    assert {"geocodes_s", "assemble_s", "picture_s", "map_s"} <= summary["timings"].keys()
    # The serial head: reading the corpus and more, before the first partition is handed out.
    assert 0 < summary["timings"]["read_s"] <= summary["timings"]["head_s"] < summary["timings"]["process_s"]
    assert summary["ahead"] == {"checkpoints": 0, "drawn": 0, "read": 0,  # 3 partitions: too few to work ahead
                                "stop_s": summary["ahead"]["stop_s"]}
    # The serial tail in numbers: how long it waited for the thread ahead and for the writers,
    # and the CPU seconds of each writer after the last partition (the picture writer's
    # with its table's child): what the benchmark prints per process.
    tail = summary["timings"]
    assert summary["ahead"]["stop_s"] >= 0 and tail["joins_s"] >= 0
    assert tail["cpu_tail_geocodes_s"] > 0 and tail["cpu_tail_picture_s"] > 0
    assert tail["cpu_tail_geocodes_s"] <= tail["cpu_geocodes_s"]
    assert_same_outputs(reference, out)


def test_routes_drawn_ahead_leave_the_outputs_unchanged(corpus, reference, tmp_path, monkeypatch):
    # What the main process draws while workers run (corpus.ahead: the routes of part of
    # the corpus) only fills memos the run's assembly reads: a run given an assembly with
    # those legs drawn writes the same.
    from geomig.corpus import stages
    from geomig.picture import geometry

    geometry._sea_leg.cache_clear()
    geometry._sea_name.cache_clear()
    warmed = stages.assembly()
    stages.warm_routes([stages.read(stages.geocode(r["id"], r["text"])) for r in rows(150)[:60]], warmed)
    assert warmed.legs and geometry._sea_name.cache_info().currsize > 0
    monkeypatch.setattr(stages, "assembly", lambda: warmed)
    run_corpus(corpus, tmp_path / "out", PARTS)
    assert_same_outputs(reference, tmp_path / "out")


class _PatientAhead(Ahead):
    """The work ahead, given time to draw each checkpoint before the next partitions
    are taken (a run does not wait for it: its workers may finish first)."""

    def add(self, readings: list) -> None:
        super().add(readings)
        deadline = time.monotonic() + 120
        # at each checkpoint, until the thread has drawn it (a late thread would fold its slice
        # into the next one, which then draws one checkpoint fewer)
        while (self._seen in self.marks and self.drawn <= self.marks.index(self._seen)
               and self._thread.is_alive() and time.monotonic() < deadline):
            time.sleep(0.01)


def test_two_workers_with_work_ahead_give_the_same_outputs(corpus, reference, tmp_path, monkeypatch):
    # 22 partitions: enough for the main process to draw routes ahead while workers run.
    monkeypatch.setattr(corpus_run, "Ahead", _PatientAhead)
    summary = run_corpus(corpus, tmp_path / "out", Options(workers=2, partition_size=7))
    assert summary["partitions"] == 22 and summary["timings"]["cpu_ahead_s"] > 0
    # Both checkpoints drawn to the end, and the summary says so in numbers.
    # (and the documents after the last checkpoint read for routes as they came, those the
    # thread reached before the last partition)
    assert summary["ahead"] == {"checkpoints": len(CHECKPOINTS), "drawn": len(CHECKPOINTS),
                                "read": summary["ahead"]["read"], "stop_s": summary["ahead"]["stop_s"]}
    # (a bound only: test_corpus_ahead checks which documents the thread reads)
    assert 0 <= summary["ahead"]["read"] <= 150 - round(CHECKPOINTS[-1] * 150)
    assert all(isinstance(v, (int, float)) for v in summary["timings"].values())
    for name in SAME:  # the summary says how it was partitioned
        assert (tmp_path / "out" / name).read_bytes() == (reference / name).read_bytes(), name


@pytest.mark.parametrize("total, size, sizes", [
    (10_000, 128, [128] * 76 + [32] * 8 + [16]),  # the last 2 x 128 and the 16 left, in 32s
    (10_240, 128, [128] * 78 + [32] * 8),
    (2_048, 128, [128] * 14 + [32] * 8),
    (2_047, 128, [128] * 15 + [127]),  # 15 partitions: too few to cut
    (1_000, 31, [31] * 32 + [8]),  # pieces of 7 would be too small to pay
    (0, 128, []),
])
def test_the_last_partitions_are_smaller(total, size, sizes):
    # Two workers then end within a small partition of each other, not a whole one.
    assert corpus_run.plan(total, size) == sizes and sum(sizes) == total


def test_two_workers_with_smaller_last_partitions_give_the_same_outputs(corpus, reference, tmp_path, monkeypatch):
    # Cut as a corpus of thousands is: 50 articles, then 101 in partitions of 12 (and 5).
    monkeypatch.setattr(corpus_run, "TAPER_MIN_PARTS", 1)
    monkeypatch.setattr(corpus_run, "TAPER_MIN_SIZE", 1)
    summary = run_corpus(corpus, tmp_path / "out", Options(workers=2, partition_size=50))
    assert summary["partitions"] == 10 == len(list((tmp_path / "out" / ".partitions").glob(PART_GLOB)))
    assert_same_outputs(reference, tmp_path / "out", how=("partitions",))


@pytest.mark.parametrize("size", [7, 1000])
def test_the_picture_does_not_depend_on_the_partitions(corpus, reference, tmp_path, size):
    # Routes from one departure country join into one corridor across the whole corpus,
    # not per partition: partitions of 7, 50 or everything give the same picture.
    run_corpus(corpus, tmp_path / "out", Options(partition_size=size))
    for name in ("picture.geojson", "map.html", "documents.jsonl"):
        assert (tmp_path / "out" / name).read_bytes() == (reference / name).read_bytes(), name


def test_the_picture_is_extract_of_the_whole_corpus(tmp_path):
    from geomig.corpus import timeline
    from geomig.corpus.stages import geocode
    from geomig.picture import extract

    run_corpus(write_jsonl(tmp_path / "c.jsonl", 40), tmp_path / "out", Options(partition_size=6))
    expected = timeline.annotate(extract([geocode(r["id"], r["text"]) for r in rows(40)]),
                                 {r["id"]: r["date"] for r in rows(40)})
    assert len(expected.by_role("route")) >= 2
    assert (tmp_path / "out" / "picture.geojson").read_text() == json.dumps(expected.to_geojson(),
                                                                             ensure_ascii=False) + "\n"


def _batch(corpus: Path, out: Path, *extra: str) -> subprocess.Popen:
    env = {**os.environ, "SOURCE_DATE_EPOCH": EPOCH}
    return subprocess.Popen([sys.executable, "-m", "geomig", "batch", str(corpus), "-o", str(out),
                             "--partition-size", "50", *extra],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)


def _kill_after(proc: subprocess.Popen, parts: Path, n: int) -> None:
    """SIGKILL the run (and its workers) once n partitions are saved."""
    deadline = time.monotonic() + 300
    while len(list(parts.glob(PART_GLOB))) < n:
        assert proc.poll() is None, proc.communicate()[1].decode()
        assert time.monotonic() < deadline, "the run never saved its partitions"
        time.sleep(0.02)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.communicate()  # reaps it and closes its pipes
    assert proc.returncode == -signal.SIGKILL


def test_resume_after_kill_9_twice_equals_an_uninterrupted_run(corpus, reference, tmp_path):
    out = tmp_path / "killed"
    parts = out / ".partitions"
    _kill_after(_batch(corpus, out), parts, 1)
    assert not (out / "summary.json").exists()
    first = {p.name: p.read_bytes() for p in parts.glob(PART_GLOB)}
    _kill_after(_batch(corpus, out, "--resume", "--workers", "2"), parts, len(first) + 1)
    # Finished partitions were not redone: their files are untouched.
    assert all((parts / name).read_bytes() == data for name, data in first.items())
    done = _batch(corpus, out, "--resume")
    _, err = done.communicate(timeout=300)
    assert done.returncode == 0, err.decode()
    assert_same_outputs(reference, out)
    summary = json.loads((out / "summary.json").read_text())
    assert summary["timings"]["resumed_partitions"] >= 2
    assert not list(parts.glob(".*.tmp"))


def test_a_run_without_workers_saves_each_partition_it_read(reference):
    # (it assembles the partitions it read, not copies read back from their files)
    store = Store(reference)
    lines = [row["line"] for i in range(4) for row in store.read_part(i).rows if "line" in row]
    assert [line + "\n" for line in lines] == (reference / "documents.jsonl").read_text("utf-8").splitlines(True)


def test_partition_files_are_saved_one_at_a_time_in_order():
    saved = []

    class Slow:
        def write_part(self, index, blob):
            time.sleep(0.02)
            saved.append((index, blob))

    with corpus_run._Saving(Slow()) as saving:
        for i in range(3):
            saving.save(i, bytes([i]))
            # the one before is saved first; this one maybe not yet (its thread sleeps)
            assert [k for k, _ in saved] in (list(range(i)), list(range(i + 1)))
    assert saved == [(0, b"\x00"), (1, b"\x01"), (2, b"\x02")]


def test_a_partition_file_that_cannot_be_saved_stops_the_run_with_its_error():
    class Full:
        def write_part(self, index, blob):
            raise OutputError(f"cannot write part {index}: No space left on device")

    with pytest.raises(OutputError, match="part 0"):
        with corpus_run._Saving(Full()) as saving:
            saving.save(0, b"x")
            saving.save(1, b"y")  # (the error is the first file's, raised here)


def test_resume_refuses_another_input(corpus, reference, tmp_path):
    import shutil

    out = tmp_path / "other"
    shutil.copytree(reference, out)
    other = write_jsonl(tmp_path / "other.jsonl", 3)
    result = CliRunner().invoke(app, ["batch", str(other), "-o", str(out), "--resume"])
    assert result.exit_code == 1
    assert result.output.strip() == (f"Error: {out}: holds a run of other input or options; run without "
                                     "--resume to start over, or choose another directory")


def test_cli_is_quiet_without_a_terminal_but_for_one_line(tmp_path):
    corpus = write_jsonl(tmp_path / "c.jsonl", 4, bad=True)
    result = CliRunner().invoke(app, ["batch", str(corpus), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert result.output == (f"Wrote {tmp_path / 'out'}: 5 documents, {_features(tmp_path / 'out')} features, "
                             f"4 skipped, 1 without their unreadable date (see {tmp_path / 'out' / 'errors.jsonl'})\n"
                             # the corpus map is an online page: one more line says it needs the network
                             f"Note: {tmp_path / 'out' / 'map.html'} loads Leaflet and its basemap from the web; "
                             "give --offline for a page that works without the network\n")


def _features(out: Path) -> int:
    return sum(json.loads((out / "summary.json").read_text())["features"].values())


@pytest.mark.parametrize("args, message", [
    (["--workers", "2", "--scheduler", "tcp://127.0.0.1:1"], "give --workers or --scheduler, not both"),
    (["--workers", "0"], "greater than or equal to 1"),
])
def test_usage_errors(tmp_path, args, message):
    corpus = write_jsonl(tmp_path / "c.jsonl", 2)
    result = CliRunner().invoke(app, ["batch", str(corpus), "-o", str(tmp_path / "out"), *args])
    assert result.exit_code == 2
    assert message in result.output


def test_a_missing_text_column_is_one_error_line(tmp_path):
    path = tmp_path / "c.csv"
    path.write_text("id,body\n1,Boats left Sfax.\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["batch", str(path), "-o", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert result.output == f"Error: {path}: no 'text' column (columns: id, body); pass --text-column\n"


def test_an_unreachable_scheduler_is_one_error_line(tmp_path):
    corpus = write_jsonl(tmp_path / "c.jsonl", 2)
    result = CliRunner().invoke(app, ["batch", str(corpus), "-o", str(tmp_path / "out"),
                                      "--scheduler", "tcp://127.0.0.1:9"])
    assert result.exit_code == 1
    assert result.output.startswith("Error: cannot reach the Dask scheduler at tcp://127.0.0.1:9 (")


def test_a_document_that_crashes_a_stage_is_reported_and_skipped(tmp_path, monkeypatch):
    from geomig.corpus import stages

    real = stages.geocode

    def flaky(doc_id, text):
        if doc_id == "a0002":
            raise RuntimeError("boom")
        return real(doc_id, text)

    monkeypatch.setattr(stages, "geocode", flaky)
    summary = run_corpus(write_jsonl(tmp_path / "c.jsonl", 4), tmp_path / "out", Options())
    assert (summary["geocoded"], summary["failed"]) == (3, 1)
    errors = [json.loads(line) for line in (tmp_path / "out" / "errors.jsonl").read_text().splitlines()]
    assert errors == [{"id": "a0002", "reason": "geocoding failed: RuntimeError: boom", "stage": "process"}]


def test_without_dask_the_scheduler_option_says_what_to_install(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)  # import fails as if not installed
    corpus = write_jsonl(tmp_path / "c.jsonl", 2)
    result = CliRunner().invoke(app, ["batch", str(corpus), "-o", str(tmp_path / "out"),
                                      "--scheduler", "tcp://127.0.0.1:9"])
    assert result.exit_code == 1
    assert result.output == "Error: --scheduler needs Dask: pip install 'geomig[dask]'\n"


def test_a_terminal_gets_a_progress_bar_with_rate_and_eta(tmp_path):
    import pty

    corpus = write_jsonl(tmp_path / "c.jsonl", 70)
    leader, follower = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "geomig", "batch", str(corpus), "-o", str(tmp_path / "out")],
                            stdout=subprocess.DEVNULL, stderr=follower, stdin=subprocess.DEVNULL)
    os.close(follower)
    seen = b""
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the child closed the terminal
            break
        if not chunk:
            break
        seen += chunk
    proc.wait()
    os.close(leader)
    assert proc.returncode == 0
    screen = seen.decode("utf-8", "replace")
    assert "70/70" in screen and "docs/s" in screen and "ETA" in screen


def test_the_picture_table_is_the_pictures_own(reference):
    import geopandas as gpd

    from geomig.picture import Picture

    picture = Picture.load(reference / "picture.geojson")
    encoded = picture.encode()   # as the batch writes it
    assert encoded.text == picture.dumps()
    made = picture.to_geodataframe(encoded)
    assert made.equals(picture.to_geodataframe()) and made.attrs == picture.to_geodataframe().attrs
    assert list(gpd.read_parquet(reference / "picture.parquet").columns) == list(made.columns)


def test_a_fact_given_to_several_features_is_written_with_each_ones_about():
    """A corpus's fact is one Fact per feature it is given to, sharing its fields: encode()
    makes its text once and still writes each feature's own "about"."""
    import json

    from shapely.geometry import Point

    from geomig.picture import Fact, Feature, Picture, Source

    source = Source("d1", 0, 37, "Some 40 people left Zuwara for Malta.", ((20, 26),))
    text, value, unit = "Some 40 people", 40, "people"
    shared = [Fact(text, value, unit, source, "some", about) for about in ("Zuwara", "", "Malta")]
    picture = Picture(tuple(Feature(role, name, f"g:{i}", Point(12 + i, 33), 0.8, "left", (source,), (fact,))
                            for i, (role, name, fact) in enumerate(zip(
                                ("launch_point", "place", "destination"), ("Zuwara", "Zuwara", "Malta"), shared))),
                      ("d1",), {})
    assert picture.encode().text == json.dumps(picture.to_geojson(), ensure_ascii=False)
    written = [f["properties"]["facts"][0] for f in json.loads(picture.encode().text)["features"]]
    assert [x.get("about") for x in written] == ["Zuwara", None, "Malta"]


def test_without_fork_the_writers_run_here_with_the_same_outputs(corpus, reference, tmp_path, monkeypatch):
    # A platform without fork(): the writers a run with workers forks run in its own process
    # instead (the picture's text, then its table, the encoding let go of between them).
    from geomig.corpus import side

    monkeypatch.setattr(side, "can_fork", lambda: False)
    jobs = []
    beside = side.beside
    monkeypatch.setattr(side, "beside", lambda job, *, parallel: jobs.append(job.__qualname__) or beside(job, parallel=parallel))
    out = tmp_path / "nofork"
    run_corpus(corpus, out, Options(workers=2, partition_size=50))
    assert_same_outputs(reference, out)
    # With no child to fork, write_picture takes its own one-process way: it asks for no
    # side job for its table (the others, the picture's files and the slider's data, remain).
    assert jobs and not [q for q in jobs if q.startswith("write_picture.")], jobs


class _Asked(Exception):
    pass


@pytest.mark.parametrize("options, one_process", [(Options(), True), (Options(workers=2), False),
                                                   (Options(scheduler="tcp://127.0.0.1:1"), False)])
def test_only_a_run_without_workers_puts_arrow_on_malloc_and_first(corpus, tmp_path, monkeypatch, options, one_process):
    from geomig.corpus import results

    asked = []

    def arrow_on_malloc(enabled: bool) -> None:
        asked.append(enabled)
        raise _Asked  # before anything is read or written

    monkeypatch.setattr(results, "arrow_on_malloc", arrow_on_malloc)
    with pytest.raises(_Asked):
        run_corpus(corpus, tmp_path / "out", options)
    assert asked == [one_process] and not (tmp_path / "out").exists()


def test_without_pyarrow_a_run_still_says_what_to_install(tmp_path):
    # arrow_on_malloc() imports pyarrow first: a missing pyarrow must still reach run_corpus's
    # own message, not leave as a bare ImportError. In a fresh process, where pyarrow is not
    # imported yet and an import hook refuses it.
    script = (
        "import sys\n"
        "class NoArrow:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] == 'pyarrow':\n"
        "            raise ImportError('pyarrow refused for this test')\n"
        "sys.meta_path.insert(0, NoArrow())\n"
        "from geomig.corpus import run_corpus\n"
        "from geomig.errors import BatchError\n"
        "try:\n"
        f"    run_corpus({str(tmp_path / 'in.jsonl')!r}, {str(tmp_path / 'out')!r})\n"
        "except BatchError as err:\n"
        "    import os\n"
        "    print('BatchError:', err, 'ARROW_DEFAULT_MEMORY_POOL' in os.environ)\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                          env={**os.environ, "PYTHONPATH": str(Path(__file__).parent.parent)})
    assert "needs pyarrow" in done.stdout and done.stdout.split()[-1] == "False", done.stderr[-2000:]


def test_prepare_reads_the_topic_model_before_workers_are_forked():
    # (each worker read its own weights at its first text the rules found off topic)
    from geomig.corpus import stages
    from geomig.picture import topic

    topic.default.cache_clear()
    stages.prepare()
    assert topic.default.cache_info().currsize == 1
