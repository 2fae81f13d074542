"""Corpora: thousands of articles to geocodes, one picture and a map over time.

    read_corpus (inputs.py: .txt directory, JSONL, CSV, Parquet)
      -> partitions -> process_partition on local processes or Dask (run.py):
         each document geocoded and read (its claims), no geometry
      -> .partitions/ files, resumable (store.py)
      -> the picture assembled once from every document's claims, in input order
      -> documents.jsonl, geocodes.parquet, picture.geojson/.parquet, map.html,
         errors.jsonl, summary.json (results.py, timeline.py); with workers, the
         independent ones written side by side in forked children (side.py)

Every call into the rest of geomig goes through stages.py.
"""

from __future__ import annotations

from geomig.corpus.inputs import Columns, Problem, Record, read_corpus
from geomig.corpus.options import Options
from geomig.corpus.run import run_corpus

__all__ = ["Columns", "Options", "Problem", "Record", "read_corpus", "run_corpus"]
