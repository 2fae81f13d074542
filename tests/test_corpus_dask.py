"""`geomig batch --scheduler`: a real dask.distributed LocalCluster of two workers."""

from __future__ import annotations

import pytest

pytest.importorskip("distributed")

from test_corpus_run import assert_same_outputs, corpus, fixed_time, reference  # noqa: E402,F401 - shared fixtures

from geomig.corpus import Options, run_corpus  # noqa: E402


@pytest.fixture(scope="module")
def cluster():
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0") as c:
        yield c


def test_a_dask_cluster_gives_the_same_outputs(corpus, reference, cluster, tmp_path):  # noqa: F811
    summary = run_corpus(corpus, tmp_path / "dask", Options(scheduler=cluster.scheduler_address, partition_size=50))
    assert summary["scheduler"] == cluster.scheduler_address
    assert_same_outputs(reference, tmp_path / "dask")


def test_the_gazetteer_loads_once_per_worker(corpus, cluster, tmp_path):  # noqa: F811
    from distributed import Client

    run_corpus(corpus, tmp_path / "dask", Options(scheduler=cluster.scheduler_address, partition_size=50))
    with Client(cluster.scheduler_address) as client:
        loads = client.run(_gazetteer_loads)
    # Every document asked for the gazetteer; each worker opened it at most once.
    assert all(misses <= 1 for misses, _ in loads.values())
    assert sum(misses + hits for misses, hits in loads.values()) >= 151
    assert max(hits for _, hits in loads.values()) >= 50


def _gazetteer_loads() -> tuple[int, int]:
    from geomig.gazetteer.index import Gazetteer

    info = Gazetteer.default.cache_info()
    return info.misses, info.hits
