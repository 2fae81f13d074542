"""The output directory of a corpus run: atomic files, resume bookkeeping, final outputs.

    OUTDIR/
    ├── .partitions/manifest.json      what run the partitions belong to (input, options)
    ├── .partitions/part-000000.pickle one finished partition: its document rows and claims
    ├── documents.jsonl                geocoded documents (the JSONL contract), input order
    ├── geocodes.parquet               one row per mention (GeoParquet, EPSG:4326)
    ├── picture.geojson / .parquet     the merged corpus picture
    ├── map.html                       the corpus map
    ├── errors.jsonl                   {id, reason, stage} per skipped row or document
    └── summary.json                   counts, failures, timings

A partition file appears whole or not at all (written to a temporary file, synced and
renamed), so after a crash or kill -9 every partition file present is complete; a
resumed run redoes only the missing ones and writes each final output the same way.
"""

from __future__ import annotations

import copyreg
import dataclasses
import functools
import io
import json
import os
import pickle
import stat
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from pathlib import Path

from geomig.documents.outputs import atomic_path, write_atomic
from geomig.errors import InputError, OutputError
from geomig.geoparse.geocode import collector_paused

PARTS = ".partitions"
#: A finished partition's file name (its number in six digits).
PART_GLOB = "part-*.pickle"
MANIFEST = "manifest.json"
#: A worker's draft of a partition file (Store.draft_part()), before mkstemp's own letters
#: and ".tmp": a temporary file of the partitions folder, which Store.start() clears.
DRAFT = ".draft-{index:06d}."


def json_line(obj: object) -> str:
    """One compact JSON line."""
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":")) + "\n"


@dataclass(frozen=True, slots=True)
class Partition:
    """What a worker made of one partition: a row per document in input order ({"id",
    "line"} with the document's JSONL line, or {"id", "error"}), the claims of every
    document read (geomig.picture.Reading) and its mentions' rows (results.MentionTable.dumps()'s bytes). Saved as a pickle: a file of this run's own
    making (the manifest ties it to this input and geomig version), read back only by it."""

    index: int
    rows: list[dict]
    readings: list
    mentions: Any

    def dumps(self) -> bytes:
        """The partition's file: a pickle whose records are rebuilt from their fields in
        order (a third of the default's time for a few hundred thousand small records)."""
        buffer = io.BytesIO()
        pickler = pickle.Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL)
        pickler.dispatch_table = _by_fields()
        pickler.dump(self)
        return buffer.getvalue()


    @staticmethod
    def loads(blob: bytes, candidates: dict | None = None) -> Partition:
        """A partition from dumps()'s bytes, the cyclic collector paused: unpickling makes a
        hundred thousand objects and no garbage, which young collections would walk again
        and again (10,000 articles: 1.0 -> 0.6 CPU s). `candidates` (a dict kept across
        the partitions of a run, shared_candidates()) makes equal candidates one object."""
        with collector_paused():
            if candidates is None:
                return pickle.loads(blob)
            return _SharingUnpickler(io.BytesIO(blob), candidates).load()


class _SharingUnpickler(pickle.Unpickler):
    """An unpickler that gives back, for each candidate (geomig.models.Candidate, a
    place's alternatives) equal to one read before in the run, that same object: a corpus
    names the same places again and again, and a run keeps every partition's readings
    until the picture is assembled (10,000 articles: 250,000 candidates, 1 in 6 distinct
    within a partition; the readings a quarter smaller, read no slower)."""

    def __init__(self, file, candidates: dict):
        super().__init__(file)
        self._candidates = candidates

    def find_class(self, module: str, name: str):
        cls = super().find_class(module, name)
        if module == "geomig.models" and name == "Candidate":
            return functools.partial(_shared_candidate, self._candidates, cls)
        return cls


def _shared_candidate(seen: dict, cls: type, *fields):
    # Equal fields of the same types (1 == 1.0) and no zero among the numbers (0.0 == -0.0,
    # which are written apart): the same candidate. The numbers are Candidate's lat, lon and
    # score, its fields 3-5 in declaration order (tests/test_corpus_store.py checks them).
    lat, lon, score = fields[3:6]
    key = (*fields, type(lat), type(lon), type(score))
    candidate = seen.get(key)
    if candidate is None:
        candidate = cls(*fields)
        if lat and lon and score:
            seen[key] = candidate
    return candidate


@functools.cache
def _by_fields() -> dict[type, Callable]:
    """Pickle reducers for the records a partition holds: (class, field values)."""
    from geomig.models import Candidate, GeocodedDocument, Mention
    from geomig.picture import Reading
    from geomig.picture.claims import ActorMention, Affiliation, Claim, FactClaim, PlaceRef, ZoneClaim
    from geomig.picture.model import Source

    def reducer(cls: type) -> Callable:
        names = tuple(f.name for f in dataclasses.fields(cls))
        return lambda obj: (cls, tuple([getattr(obj, n) for n in names]))

    return {**copyreg.dispatch_table, **{cls: reducer(cls) for cls in (
        Candidate, GeocodedDocument, Mention, Reading, Claim, PlaceRef, Source, ZoneClaim,
        ActorMention, Affiliation, FactClaim)}}


class Store:
    """The partition files of one run in OUTDIR, and its final outputs' paths."""

    def __init__(self, outdir: str | Path):
        self.outdir = Path(outdir)
        if self.outdir.exists() and not self.outdir.is_dir():
            raise InputError(f"{outdir}: exists and is not a directory")
        self.parts = self.outdir / PARTS

    def path(self, name: str) -> Path:
        """A final output's path."""
        return self.outdir / name

    def part_path(self, index: int) -> Path:
        return self.parts / PART_GLOB.replace("*", f"{index:06d}")

    def start(self, manifest: dict, *, resume: bool) -> set[int]:
        """Prepare the directory; returns the partitions already finished (resume only).

        Resuming a run of other input or options is refused: its partitions would mix
        two corpora. Without resume, the partitions of an earlier run are removed.
        """
        self.parts.mkdir(parents=True, exist_ok=True)
        for stray in self.parts.glob(".*.tmp"):  # a write cut short by a kill
            stray.unlink(missing_ok=True)
        mpath = self.parts / MANIFEST
        if resume and mpath.exists():
            try:
                old = json.loads(mpath.read_text("utf-8"))
            except (OSError, json.JSONDecodeError):
                old = None
            if old != manifest:
                raise InputError(f"{self.outdir}: holds a run of other input or options; "
                                 "run without --resume to start over, or choose another directory")
            return {int(p.stem.split("-")[1]) for p in self.parts.glob(PART_GLOB)}
        for old_part in self.parts.glob(PART_GLOB):
            old_part.unlink()
        write_atomic(mpath, json.dumps(manifest, indent=1, sort_keys=True) + "\n")
        return set()

    def write_part(self, index: int, blob: bytes) -> None:
        """Save one finished partition (Partition.dumps()'s bytes), atomically."""
        write_atomic(self.part_path(index), blob)

    def draft_part(self, index: int, blob: bytes) -> Path:
        """A local worker's half of write_part(): the bytes in a draft file in the partitions
        folder, neither synced nor renamed: keep_part() does that. A draft is named as the
        store's own temporary files are (DRAFT), so the start of the next run removes one a
        killed run left, whatever names atomic_path() gives its own."""
        path = self.part_path(index)
        try:
            fd, name = tempfile.mkstemp(dir=self.parts, prefix=DRAFT.format(index=index), suffix=".tmp")
            with open(fd, "wb") as f:
                f.write(blob)
        except OSError as err:
            raise OutputError(f"cannot write {path}: {err.strerror or err}") from err
        return Path(name)

    def keep_part(self, index: int, draft: str | Path) -> bytes:
        """The run's half: a draft_part()'s bytes, and the draft saved as write_part()
        saves (synced, then renamed whole over the partition's file). The sync is this
        process's, not the worker's: it waits on the disk (1.6 MB, a few milliseconds),
        which here only holds up the next partition's saving, and in a worker would hold
        up its core."""
        try:
            blob = Path(draft).read_bytes()
        except OSError as err:
            raise OutputError(f"cannot read {draft}: {err.strerror or err}") from err
        with atomic_path(self.part_path(index)) as tmp:
            os.replace(draft, tmp)
        return blob

    def read_part(self, index: int, candidates: dict | None = None) -> Partition:
        """A finished partition (`candidates`: Partition.loads()'s)."""
        path = self.part_path(index)
        try:
            part = Partition.loads(path.read_bytes(), candidates)
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError) as err:
            raise OutputError(f"{path}: unreadable partition ({err}); run again without --resume") from err
        if not isinstance(part, Partition) or part.index != index:
            raise OutputError(f"{path}: not partition {index}; run again without --resume")
        return part


def file_signature(path: Path) -> dict:
    """What identifies an input for resume: its path, size and modification time (for a
    directory, those of its .txt files)."""
    path = Path(path).resolve()
    if path.is_dir():
        files = sorted(f for f in path.rglob("*.txt") if f.is_file())
        sts = [f.stat() for f in files]
        return {"path": str(path), "files": len(files), "size": sum(s.st_size for s in sts),
                "mtime_ns": max((s.st_mtime_ns for s in sts), default=0)}
    st = path.stat()
    if not stat.S_ISREG(st.st_mode):
        raise InputError(f"{path}: not a regular file")
    return {"path": str(path), "size": st.st_size, "mtime_ns": st.st_mtime_ns}
