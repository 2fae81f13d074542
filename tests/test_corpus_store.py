"""A corpus run's partition files (geomig.corpus.store): written whole by the run, or
drafted by a local worker and kept by the run; read back with the collector paused."""

from __future__ import annotations

import gc
import os
import pickle

import pytest

from geomig.corpus.store import Partition, Store
from geomig.errors import OutputError

MANIFEST = {"input": "test"}


class _CollectorProbe:
    # Unpickles as whether the cyclic collector was running at that moment.
    def __reduce__(self):
        return gc.isenabled, ()


@pytest.mark.parametrize("enabled", [True, False])
def test_a_partition_is_read_with_the_collector_paused_and_restored(enabled):
    was = gc.isenabled()
    (gc.enable if enabled else gc.disable)()
    try:
        assert Partition.loads(pickle.dumps(_CollectorProbe())) is False
        assert gc.isenabled() is enabled
    finally:
        (gc.enable if was else gc.disable)()


def test_a_drafted_partition_is_kept_as_write_part_saves_it(tmp_path):
    store = Store(tmp_path / "out")
    store.start(MANIFEST, resume=False)
    blob = Partition(3, [{"id": "a", "line": "{}"}], [], b"mentions").dumps()
    draft = store.draft_part(3, blob)
    assert draft.parent == store.parts and not store.part_path(3).exists()
    assert store.keep_part(3, str(draft)) == blob
    assert store.part_path(3).read_bytes() == blob and not draft.exists()
    assert store.read_part(3) == Partition(3, [{"id": "a", "line": "{}"}], [], b"mentions")
    assert oct(store.part_path(3).stat().st_mode & 0o777) == oct(0o666 & ~_umask())  # not mkstemp's 0600
    assert [p.name for p in store.parts.iterdir()] == sorted(["manifest.json", store.part_path(3).name])


@pytest.mark.parametrize("resume", [False, True])
def test_a_draft_a_killed_run_left_is_cleared_by_the_next_run(tmp_path, resume):
    store = Store(tmp_path / "out")
    store.start(MANIFEST, resume=False)
    store.write_part(0, Partition(0, [], [], b"").dumps())
    draft = store.draft_part(1, b"half a partition")  # the run is killed before keep_part()
    assert draft.name.startswith(".draft-000001.") and draft.name.endswith(".tmp")
    assert Store(tmp_path / "out").start(MANIFEST, resume=resume) == ({0} if resume else set())
    assert not draft.exists() and not store.part_path(1).exists()


def test_a_draft_that_cannot_be_written_is_one_output_error(tmp_path):
    store = Store(tmp_path / "out")  # never started: no partitions folder
    with pytest.raises(OutputError, match=r"^cannot write .*part-000001\.pickle: "):
        store.draft_part(1, b"x")


def test_a_draft_gone_is_one_output_error(tmp_path):
    store = Store(tmp_path / "out")
    store.start(MANIFEST, resume=False)
    with pytest.raises(OutputError, match=r"^cannot read .*missing\.tmp: "):
        store.keep_part(1, store.parts / "missing.tmp")
    assert not store.part_path(1).exists()


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def test_equal_candidates_read_back_across_a_runs_partitions_are_one_object():
    from geomig.models import Candidate, GeocodedDocument, Mention

    def part(index: int, lat: float, score) -> Partition:
        alts = (Candidate("gn:2", "Augusta", "US", lat, -81.97, score, "city"),
                Candidate("gn:3", "Augusta", "US", 44.31, -69.78, 0.1, "city"))
        mention = Mention("Augusta", 0, 7, 0, "city", "gn:1", "Augusta", "IT", 37.23, 15.22, 0.55, alts)
        return Partition(index, [], [GeocodedDocument(f"d{index}", "Augusta", ((0, 7),), (mention,))], b"")

    def alternatives(p: Partition) -> tuple:
        return p.readings[0].mentions[0].alternatives

    shared: dict = {}
    parts = [Partition.loads(part(i, lat, score).dumps(), shared)
             for i, (lat, score) in enumerate([(33.47, 0.1), (33.47, 0.1), (33.47, 1), (0.0, 0.1), (-0.0, 0.1)])]
    assert [p == part(i, *x) for i, (p, x) in enumerate(zip(parts, [(33.47, 0.1), (33.47, 0.1), (33.47, 1),
                                                                       (0.0, 0.1), (-0.0, 0.1)]))] == [True] * 5
    first, again, as_int, zero, minus_zero = (alternatives(p) for p in parts)
    assert again[0] is first[0] and again[1] is first[1] and as_int[1] is first[1]
    # Never one with a candidate only equal to it: a score of 1 is not 1.0, -0.0 is not 0.0.
    assert as_int[0] is not first[0] and type(as_int[0].score) is int
    assert zero[0] is not minus_zero[0] and str(minus_zero[0].lat) == "-0.0"
    # Without a dict kept across them, partitions share nothing.
    assert alternatives(Partition.loads(part(9, 33.47, 0.1).dumps()))[0] is not first[0]


def test_a_candidate_is_never_shared_with_one_only_equal_to_it():
    # Same place, same values but a score of 1 (int) beside 1.0 (float), and lat -0.0 beside
    # 0.0: equal as Python compares them, apart in the outputs. The test above compares
    # different scores; here only the type or the sign of zero tells them apart.
    from geomig.models import Candidate

    shared: dict = {}

    def read_back(lat, score) -> Candidate:
        c = Candidate("gn:7", "Bata", "GQ", lat, 9.77, score, "city")
        part = Partition(0, [], [c], b"")
        return Partition.loads(part.dumps(), shared).readings[0]

    as_float, as_int, again = read_back(1.86, 1.0), read_back(1.86, 1), read_back(1.86, 1.0)
    assert again is as_float and as_int is not as_float and type(as_int.score) is int
    zero, minus_zero = read_back(0.0, 0.5), read_back(-0.0, 0.5)
    assert zero is not minus_zero and str(minus_zero.lat) == "-0.0" and str(zero.lat) == "0.0"
