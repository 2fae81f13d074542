"""How a corpus run is made: the options every stage of geomig.corpus reads."""

from __future__ import annotations

from dataclasses import dataclass

from geomig.corpus.inputs import Columns

#: Documents per partition (per task): enough that scheduling costs little and that a
#: route or zone drawn for one article is reused by the others of its partition, few
#: enough that a resumed run loses little. Part of the output's definition.
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
