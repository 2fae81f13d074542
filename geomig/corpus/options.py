"""How a corpus run is made: the options every stage of geomig.corpus reads."""

from __future__ import annotations

from dataclasses import dataclass

from geomig.corpus.inputs import Columns

#: Documents per partition (per task): enough that scheduling costs little, few enough
#: that a resumed run loses little. The output does not depend on it (the picture is
#: assembled from every document at once); a resumed run must keep it.
PARTITION_SIZE = 128


@dataclass(frozen=True, slots=True)
class Options:
    """How to run: workers (local processes), a Dask scheduler address, resume, map options."""

    workers: int = 1
    scheduler: str | None = None
    resume: bool = False
    columns: Columns = Columns()
    title: str | None = None
    offline: bool = False
    partition_size: int = PARTITION_SIZE
