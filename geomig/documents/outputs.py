"""Writing: geocoded documents as jsonl, json, csv or geojson (the CLI's output formats),
and any file atomically."""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import stat
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path

from geomig.errors import OutputError
from geomig.models import GeocodedDocument

FORMATS = ("jsonl", "json", "csv", "geojson")
#: Leading characters that make a spreadsheet read a cell as a formula (OWASP, CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")
#: The name a document read from stdin goes by (its `doc`), as the commands take it.
STDIN = "-"
_CSV_FIELDS = ("doc", "text", "start", "end", "sentence", "kind", "id", "name", "country", "lat", "lon",
               "confidence", "evidence", "alternatives")


def csv_cell(value: object) -> object:
    """A cell a spreadsheet shows as typed: a string starting like a formula gets a leading "'".

    Numbers are left alone (a negative longitude is data, not a formula); callers pass
    numbers as numbers, not as preformatted strings. A lone "-", the name every command gives
    stdin (`geomig geocode - --format csv`), holds nothing to run: it stays "-", not "'-".
    """
    if isinstance(value, str) and value.startswith(FORMULA_STARTS) and value != STDIN:
        return "'" + value
    return value


class _RowFile:
    """What a csv writer writes to: each row ends in "\n". The writer itself is told the rows
    end in "\r\n" so that it quotes every cell holding a CR as well as a LF: with "\n" alone
    a bare CR stays unquoted, and a spreadsheet starts a new row there, at text the document
    chose ("x\r=1+1"). Cells without a line break come out byte for byte as before."""

    def __init__(self, out: io.StringIO):
        self.out = out

    def write(self, row: str) -> int:
        return self.out.write(row[:-2] + "\n" if row.endswith("\r\n") else row)


def csv_writer(out: io.StringIO):
    """A csv.writer on `out` that quotes every cell with a CR or a LF; rows end in "\n"."""
    return csv.writer(_RowFile(out), lineterminator="\r\n")


def write_jsonl(doc: GeocodedDocument) -> str:
    """One JSON line for a document (the stable contract)."""
    return json.dumps(doc.to_dict(), ensure_ascii=False) + "\n"


#: json.dumps(x, ensure_ascii=False), without its per-call keyword handling.
_encode = json.JSONEncoder(ensure_ascii=False).encode


class JsonLines:
    """write_jsonl()'s lines, byte for byte, for many documents (a corpus's partition): what
    the mentions of one place repeat (its name, candidates, evidence, flags: most of a
    line's bytes) is encoded once. mention() also gives the JSON text of a mention's
    alternatives and flags, as the line holds them (the corpus's mention table keeps them so).

    Keys are exact: a number is never taken for an equal one that encodes otherwise (1 and
    1.0, 0.0 and -0.0), candidates are told apart by identity (the geocoder shares one
    tuple between a document's mentions of a name)."""

    def __init__(self):
        self._mentions: dict[tuple, tuple[str, str, str, str]] = {}
        # id(alternatives) -> (the tuple, kept so that its id is not reused; its JSON text)
        self._alternatives: dict[int, tuple[tuple, str]] = {}

    def line(self, doc: GeocodedDocument) -> str:
        """write_jsonl(doc) without its newline."""
        return self.document(doc)[0]

    def document(self, doc: GeocodedDocument) -> tuple[str, list[tuple[str, str, str]]]:
        """line(doc), and mention()'s answer for each of its mentions."""
        mentions = [self.mention(m) for m in doc.mentions]
        objects = ", ".join([said for said, _, _ in mentions])
        return (f'{{"doc": {_encode(doc.doc)}, "sentences": {_encode([list(s) for s in doc.sentences])}, '
                f'"mentions": [{objects}]}}'), mentions

    def mention(self, m) -> tuple[str, str, str]:
        """A mention's JSON object, and the JSON text of its alternatives and of its flags."""
        if (not (type(m.start) is int and type(m.end) is int and type(m.sentence) is int)
                or m.lat == 0 or m.lon == 0 or m.confidence == 0):
            # (not the geocoder's: encoded whole; nor a zero, which keys 0.0 and -0.0 alike)
            said = _encode(m.to_dict())
            return said, _encode(m.to_dict()["alternatives"]), _encode(list(m.flags))
        alts = m.alternatives
        key = (m.text, m.kind, m.id, m.name, m.country, m.lat, type(m.lat), m.lon, type(m.lon),
               m.confidence, type(m.confidence), id(alts), m.evidence, m.flags)
        known = self._mentions.get(key)
        if known is None:
            known = self._mentions[key] = self._place(m)
        text, rest, alternatives, flags = known
        return f'{{"text": {text}, "start": {m.start}, "end": {m.end}, "sentence": {m.sentence}, {rest}', \
            alternatives, flags

    def _place(self, m) -> tuple[str, str, str, str]:
        # What every mention of this place in these words shares: the text, the fields after
        # the span (from "kind" to the closing brace), the alternatives and the flags.
        alts = m.alternatives
        kept = self._alternatives.get(id(alts))
        if kept is None or kept[0] is not alts:
            kept = self._alternatives[id(alts)] = (alts, _encode([
                {"id": a.id, "name": a.name, "country": a.country, "lat": a.lat, "lon": a.lon, "score": a.score}
                for a in alts]))
        flags = _encode(list(m.flags))
        head = _encode({"kind": m.kind, "id": m.id, "name": m.name, "country": m.country, "lat": m.lat,
                        "lon": m.lon, "confidence": m.confidence})
        rest = f'{head[1:-1]}, "alternatives": {kept[1]}, "evidence": {_encode(m.evidence)}, "flags": {flags}}}'
        return _encode(m.text), rest, kept[1], flags


def render(docs: Iterable[GeocodedDocument], fmt: str) -> Iterable[str]:
    """Chunks of text of documents in a format; jsonl and csv stream one document at a time."""
    if fmt == "jsonl":
        for d in docs:
            yield write_jsonl(d)
    elif fmt == "json":
        yield json.dumps([d.to_dict() for d in docs], ensure_ascii=False, indent=2) + "\n"
    elif fmt == "csv":
        first = True
        for d in docs:
            buf = io.StringIO()
            w = csv.DictWriter(_RowFile(buf), fieldnames=_CSV_FIELDS, lineterminator="\r\n")
            if first:
                w.writeheader()
                first = False
            for m in d.mentions:
                row = {k: v for k, v in m.to_dict().items() if k in _CSV_FIELDS}
                row["alternatives"] = "; ".join(f"{a['id']} {a['score']}" for a in row["alternatives"])
                w.writerow({k: csv_cell(v) for k, v in {"doc": d.doc, **row}.items()})
            yield buf.getvalue()
    elif fmt == "geojson":
        features = [
            {"type": "Feature", "geometry": {"type": "Point", "coordinates": [m.lon, m.lat]},
             "properties": {"doc": d.doc, **{k: v for k, v in m.to_dict().items() if k not in ("lat", "lon")}}}
            for d in docs for m in d.mentions if m.lat is not None
        ]
        yield json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False) + "\n"
    else:
        raise ValueError(f"unknown format {fmt!r}")


def _read_umask() -> int:
    mask = os.umask(0o022)  # the only way to read it; set back at once, at import time
    os.umask(mask)
    return mask


_UMASK = _read_umask()


def remove_orphans(path: Path) -> None:
    """Remove the temporary files that killed writes of `path` left beside it (SIGKILL,
    a power cut: no handler runs). Each is named for the process that wrote it; one whose
    process is still running is left alone (one from before names carried the process,
    after a day)."""
    import os
    import re

    import time

    own = re.compile(re.escape(f".{path.name}.") + r"(?:(\d+)\.)?[^.]+\.tmp")
    for tmp in path.parent.glob(f".{glob_escape(path.name)}.*.tmp"):
        m = own.fullmatch(tmp.name)
        if m is None:
            continue
        if m.group(1) is None:  # written before temporaries carried a pid: stale after a day
            try:
                if tmp.stat().st_mtime < time.time() - 86400:
                    tmp.unlink()
            except OSError:
                pass
            continue
        try:
            os.kill(int(m.group(1)), 0)
        except ProcessLookupError:
            tmp.unlink(missing_ok=True)
        except (OSError, OverflowError, ValueError):
            continue  # alive (another user's process), or not a pid: leave it


def glob_escape(name: str) -> str:
    """A file name with glob's special characters made literal."""
    import glob

    return glob.escape(name)


@contextlib.contextmanager
def atomic_path(path: str | Path) -> Iterator[Path]:
    """A temporary file beside `path` for a writer that wants a file name (geopandas,
    pyarrow); when the block finishes it is synced and renamed over `path`, and removed
    if the block fails, so a crash or a full disk never leaves half a file. Missing parent
    directories are made. A symlink is followed, and a path that is not a regular file
    (/dev/stdout, a pipe) is given as it is, to be written directly. Raises OutputError."""
    path = Path(path).resolve()
    if path.exists() and not stat.S_ISREG(path.stat().st_mode):
        try:
            yield path
        except OSError as err:
            raise OutputError(f"cannot write {path}: {err.strerror or err}") from err
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        remove_orphans(path)
        fd, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.{os.getpid()}.", suffix=".tmp")
        os.close(fd)
    except OSError as err:
        raise OutputError(f"cannot write {path}: {err.strerror or err}") from err
    tmp = Path(name)
    try:
        yield tmp
        with open(tmp, "rb+") as f:  # what the writer wrote reaches the disk before the rename
            os.fsync(f.fileno())
        # mkstemp makes 0600: keep an existing file's mode, else an ordinary file's.
        os.chmod(tmp, stat.S_IMODE(path.stat().st_mode) if path.exists() else 0o666 & ~_UMASK)
        os.replace(tmp, path)
    except OSError as err:
        tmp.unlink(missing_ok=True)
        raise OutputError(f"cannot write {path}: {err.strerror or err}") from err
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_atomic(path: str | Path, chunks: Iterable[str | bytes] | str | bytes) -> None:
    """Write a file (text as UTF-8) through atomic_path(): whole or not at all; `chunks`
    is the content or an iterable of its pieces. Raises OutputError."""
    if isinstance(chunks, (str, bytes)):
        chunks = [chunks]
    with atomic_path(path) as tmp, open(tmp, "wb") as f:
        for chunk in chunks:
            f.write(chunk.encode("utf-8") if isinstance(chunk, str) else chunk)
