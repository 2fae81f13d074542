"""The mention table the geocodes writer joins from every partition (geomig.corpus.results)."""

from __future__ import annotations

import pytest

from geomig.corpus.results import MentionTable


def _mention(text: str, start: int, confidence: float, **extra) -> dict:
    return {"text": text, "start": start, "end": start + len(text), "sentence": 0, "kind": "city",
            "id": f"gn:{text}", "name": text, "country": "IT", "confidence": confidence, "evidence": "only match",
            "flags": [], "alternatives": [], "lat": 37.5, "lon": 15.1, **extra}


def _table(doc: str, *mentions: dict) -> MentionTable:
    table = MentionTable()
    table.add(doc, list(mentions))
    return MentionTable.loads(table.dumps())  # as the writer gets it: read back from bytes


def test_joined_tables_keep_one_object_per_distinct_text_and_every_value():
    joined = MentionTable()
    joined.extend(_table("a", _mention("Catania", 1, 1.0)))
    joined.extend(_table("b", _mention("Catania", 40, 0.75), _mention("Augusta", 1, 1.0, flags=["far"])))
    names = joined.columns["name"]
    assert names == ["Catania", "Catania", "Augusta"]
    assert names[0] is names[1]  # one object for the repeated text, though read from two tables
    assert joined.columns["start"] == [1, 40, 1]
    # Numbers are never made one with an equal number of another type or column (1 == 1.0).
    assert [type(c) for c in joined.columns["confidence"]] == [float, float, float]
    assert joined.columns["flags"] == ["[]", "[]", '["far"]']
    assert (joined.lon, joined.lat) == ([15.1] * 3, [37.5] * 3)


def test_one_allocator_gives_arrow_the_c_librarys_malloc_and_then_its_own_back(tmp_path):
    import geopandas as gpd
    import pyarrow as pa
    from shapely.geometry import Point

    from geomig.corpus.results import one_allocator, write_parquet

    own = pa.default_memory_pool().backend_name
    frame = gpd.GeoDataFrame({"name": ["Catania", "Augusta"]}, geometry=[Point(15.1, 37.5), Point(15.2, 37.2)],
                             crs="EPSG:4326")
    with one_allocator(False):
        assert pa.default_memory_pool().backend_name == own
        write_parquet(frame, tmp_path / "theirs.parquet")
    with one_allocator(True):
        assert pa.default_memory_pool().backend_name == "system"
        write_parquet(frame, tmp_path / "one.parquet")
    assert pa.default_memory_pool().backend_name == own
    # The same file, whichever allocator wrote it.
    assert (tmp_path / "one.parquet").read_bytes() == (tmp_path / "theirs.parquet").read_bytes()


def test_parquet_written_after_giving_memory_back_is_the_file_geopandas_writes(tmp_path, monkeypatch):
    import ctypes

    import geopandas as gpd
    from shapely.geometry import Point

    from geomig.corpus import results

    frame = gpd.GeoDataFrame({"name": ["Catania", "Augusta"]}, geometry=[Point(15.1, 37.5), Point(15.2, 37.2)],
                             crs="EPSG:4326")
    frame.to_parquet(tmp_path / "plain.parquet", index=False)
    results.write_parquet(frame, tmp_path / "ours.parquet")
    assert (tmp_path / "ours.parquet").read_bytes() == (tmp_path / "plain.parquet").read_bytes()

    class NotGlibc:  # a C library without malloc_trim (musl, macOS): nothing is given back, nothing fails
        def __init__(self, name):
            pass

    monkeypatch.setattr(ctypes, "CDLL", NotGlibc)
    results.give_back()
    results.write_parquet(frame, tmp_path / "elsewhere.parquet")
    assert (tmp_path / "elsewhere.parquet").read_bytes() == (tmp_path / "plain.parquet").read_bytes()


def test_rows_from_encoded_mentions_are_the_rows_of_their_contract_objects():
    from geomig.documents.outputs import JsonLines
    from geomig.models import Candidate, GeocodedDocument, Mention

    alts = (Candidate("gn:2", "Augusta", "US", 33.47, -81.97, 0.1),)
    text = "They reached Augusta, then Augusta again, not Xyz."
    doc = GeocodedDocument("d", text, ((0, len(text)),), (
        Mention("Augusta", 13, 20, 0, "city", "gn:1", "Augusta", "IT", 37.23, 15.22, 0.55, alts, "near the sea"),
        Mention("Augusta", 27, 34, 0, "city", "gn:1", "Augusta", "IT", 37.23, 15.22, 1, alts, "", ("far",)),
        Mention("Xyz", 46, 49, 0, "", None, None, None, None, None, 0.0, (), "not a place", ("unresolved",)),
    ))
    by_dicts, encoded = MentionTable(), MentionTable()
    by_dicts.add("d", doc.to_dict()["mentions"])
    encoded.add_encoded("d", doc.mentions, JsonLines().document(doc)[1])
    by_dicts, encoded = (MentionTable.loads(t.dumps()) for t in (by_dicts, encoded))
    assert encoded.columns == by_dicts.columns
    assert (encoded.lon, encoded.lat) == (by_dicts.lon, by_dicts.lat) == ([15.22, 15.22, None], [37.23, 37.23, None])
    for c, values in encoded.columns.items():  # 1 stays an int beside 0.55: the same types too
        assert [type(v) for v in values] == [type(v) for v in by_dicts.columns[c]], c
    assert encoded.columns["flags"] == ["[]", '["far"]', '["unresolved"]']


def _arrow_pool_after(code: str, **env: str) -> list[str]:
    # In a fresh process: Arrow's choice of its own pool is made once per process.
    import os
    import subprocess
    import sys

    script = ("import os, sys\nfrom geomig.corpus.results import arrow_on_malloc\n" + code +
              "\nimport pyarrow\nprint(pyarrow.default_memory_pool().backend_name, "
              "os.environ.get('ARROW_DEFAULT_MEMORY_POOL', '-'))")
    environ = {k: v for k, v in os.environ.items() if k != "ARROW_DEFAULT_MEMORY_POOL"} | env
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=environ, check=True)
    return done.stdout.split()


def test_a_run_without_workers_gives_arrows_own_pool_the_c_librarys_malloc_and_the_environment_back():
    own, _ = _arrow_pool_after("")
    if own == "system":
        pytest.skip("this Arrow's own pool is the C library's malloc already")
    assert _arrow_pool_after("arrow_on_malloc(True)") == ["system", "-"]
    # Not with workers, not where the user chose, and not once pyarrow has chosen (imported first).
    assert _arrow_pool_after("arrow_on_malloc(False)") == [own, "-"]
    assert _arrow_pool_after("arrow_on_malloc(True)", ARROW_DEFAULT_MEMORY_POOL=own) == [own, own]
    assert _arrow_pool_after("import pyarrow\narrow_on_malloc(True)") == [own, "-"]


def test_after_the_run_pyarrow_has_its_own_pool_back_and_arrow_keeps_malloc():
    own, _ = _arrow_pool_after("")
    if own == "system":
        pytest.skip("this Arrow's own pool is the C library's malloc already")
    back = "from geomig.corpus.results import arrow_pool_back\n"
    assert _arrow_pool_after(back + "assert arrow_on_malloc(True)\narrow_pool_back()") == [own, "-"]
    # What pyarrow allocates after follows the pool given back.
    assert _arrow_pool_after(back + "arrow_on_malloc(True)\narrow_pool_back()\nimport pyarrow as pa\n"
                             "a = pa.array(range(1000))\nassert pa.default_memory_pool().bytes_allocated() > 0"
                             ) == [own, "-"]
    # Nothing was switched, nothing to give back.
    assert _arrow_pool_after("import pyarrow\nassert not arrow_on_malloc(True)") == [own, "-"]
    assert _arrow_pool_after("assert not arrow_on_malloc(False)") == [own, "-"]


def test_a_run_without_workers_leaves_pyarrow_its_own_pool(tmp_path):
    import json
    import os
    import subprocess
    import sys
    from pathlib import Path

    own, _ = _arrow_pool_after("")
    if own == "system":
        pytest.skip("this Arrow's own pool is the C library's malloc already")
    corpus = tmp_path / "in.jsonl"
    corpus.write_text(json.dumps({"id": "a", "text": "Forty people left Sfax by boat for Lampedusa."}) + "\n")
    # pyarrow imported by the run, as a script that only calls run_corpus() has it; the pool
    # seen while the run reports its progress, and after.
    script = ("import sys\nfrom geomig.corpus import run_corpus\nseen = []\n"
              f"run_corpus({str(corpus)!r}, {str(tmp_path / 'out')!r}, progress=lambda done, total: "
              "seen.append(sys.modules['pyarrow'].default_memory_pool().backend_name))\n"
              "import pyarrow as pa\nprint(seen[-1], pa.default_memory_pool().backend_name)")
    environ = {k: v for k, v in os.environ.items() if k != "ARROW_DEFAULT_MEMORY_POOL"}
    environ["PYTHONPATH"] = str(Path(__file__).parent.parent)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=environ)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split()[-2:] == ["system", own]
    assert (tmp_path / "out" / "picture.parquet").exists()


def test_a_run_that_fails_gives_pyarrow_its_pool_back_and_a_pool_chosen_meanwhile_stays(tmp_path):
    own, _ = _arrow_pool_after("")
    if own == "system":
        pytest.skip("this Arrow's own pool is the C library's malloc already")
    # The input is missing: the run fails after arrow_on_malloc() has chosen malloc.
    failing = ("from geomig.corpus import run_corpus\ntry:\n"
               f"    run_corpus({str(tmp_path / 'missing.jsonl')!r}, {str(tmp_path / 'out')!r})\n"
               "except Exception as err:\n    assert 'missing.jsonl' in str(err), err\n")
    assert _arrow_pool_after(failing) == [own, "-"]
    # A pool the program chose during the run (not malloc's) is not replaced.
    import pyarrow as pa

    other = next((b for b in pa.supported_memory_backends() if b not in (own, "system")), None)
    if other is not None:
        chosen = ("from geomig.corpus.results import arrow_pool_back\nassert arrow_on_malloc(True)\n"
                  f"import pyarrow as pa\npa.set_memory_pool(pa.{other}_memory_pool())\narrow_pool_back()")
        assert _arrow_pool_after(chosen) == [other, "-"]
