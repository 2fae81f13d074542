"""Gold annotations and peer outputs: the dataclasses, the loaders and the offset checks.

Two layouts are read:

- EUPEG (Wang & Hu 2019), as the LGL corpus ships: line i of a gold (or peer) file
  holds document i's toponyms, `name,,surface,,lat,,lon,,start,,end(,,extra)`
  joined by `||`; the texts are `<texts>/<i>.txt`.
- The project's JSONL: one `{"doc", "text", "toponyms": [...]}` per line.

Gold and peer files must be UTF-8 text; anything else is a GoldError (one line).
Texts are read with `geomig.documents.inputs.read`, bytes decoded as they are, so the offsets
count characters of the file exactly as geocoding sees them (no newline translation).
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from geomig.errors import GoldError, InputError
from geomig.documents.inputs import read

#: Suffixes that mean the project's JSONL gold; anything else is EUPEG.
JSONL_SUFFIXES = (".jsonl", ".json", ".ndjson")


@dataclass(frozen=True, slots=True)
class Toponym:
    """A gold or predicted toponym: a span, its surface and its coordinates."""

    start: int
    end: int
    text: str                   # surface as annotated ("" when the gold gave none)
    lat: float | None
    lon: float | None
    id: str | None = None
    name: str = ""


@dataclass(frozen=True, slots=True)
class Problem:
    """Something wrong in a gold file, tied to a document and, if any, a toponym."""

    doc: str
    message: str
    line: int | None = None     # 1-based line of the gold file
    index: int | None = None    # 0-based toponym index within the document
    start: int | None = None
    end: int | None = None
    expected: str | None = None  # surface the gold claims
    found: str | None = None     # text actually at [start:end]

    def __str__(self) -> str:
        where = self.doc if self.line is None else f"{self.doc} (line {self.line})"
        if self.index is not None:
            where += f", toponym {self.index}"
        if self.start is not None:
            where += f" [{self.start}:{self.end}]"
        return f"{where}: {self.message}"


@dataclass(frozen=True, slots=True)
class GoldDocument:
    """One annotated text."""

    doc: str
    text: str
    toponyms: tuple[Toponym, ...]
    problems: tuple[Problem, ...] = ()   # found while parsing
    line: int | None = None              # line of the gold file it came from


# --------------------------------------------------------------------------- checks

def _cuts_word(text: str, start: int, end: int) -> bool:
    """True when a span begins or ends inside a word."""
    inside_left = start > 0 and text[start - 1].isalnum() and text[start].isalnum()
    inside_right = end < len(text) and text[end - 1].isalnum() and text[end].isalnum()
    return inside_left or inside_right


def check_offsets(doc: GoldDocument) -> list[Problem]:
    """One Problem per gold toponym whose span does not fit the document's text."""
    problems: list[Problem] = []
    n = len(doc.text)
    for k, t in enumerate(doc.toponyms):
        base = dict(doc=doc.doc, line=doc.line, index=k, start=t.start, end=t.end,
                    expected=t.text or None)
        if not 0 <= t.start < t.end <= n:
            problems.append(Problem(message=f"span outside the text (length {n})",
                                    found=doc.text[t.start:t.end] if 0 <= t.start <= n else "", **base))
            continue
        found = doc.text[t.start:t.end]
        if t.text and found != t.text:
            problems.append(Problem(message=f"expected {t.text!r}, found {found!r}",
                                    found=found, **base))
        elif not t.text and (found != found.strip() or _cuts_word(doc.text, t.start, t.end)):
            problems.append(Problem(message=f"span {found!r} does not sit on word boundaries",
                                    found=found, **base))
    return problems


# --------------------------------------------------------------------------- reading files

def check_file(path: str | Path, what: str = "gold file") -> Path:
    """The path of an annotation file; GoldError when it is missing or a directory."""
    path = Path(path)
    if not path.exists():
        raise GoldError(f"{path}: {what} does not exist")
    if path.is_dir():
        raise GoldError(f"{path}: {what} is a directory, not a file")
    return path


def read_annotation_file(path: str | Path, what: str = "gold file") -> str:
    """The text of a gold or peer file; GoldError (one line) when it is missing, a
    directory, unreadable, binary or not UTF-8. A leading byte-order mark is dropped."""
    path = check_file(path, what)
    try:
        data = path.read_bytes()
    except OSError as err:
        raise GoldError(f"{path}: cannot read the {what} ({err.strerror or err})") from err
    if b"\x00" in data[:8192]:
        raise GoldError(f"{path}: {what} looks like a binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        # Unlike a document, an annotation file with a bad byte cannot be trusted at all.
        raise GoldError(f"{path}: {what} is not UTF-8 text (bad byte at offset {err.start})") from None


def check_texts_dir(texts_dir: str | Path) -> Path:
    """The texts directory as a Path; GoldError when it is missing or not a directory."""
    texts = Path(texts_dir)
    if not texts.exists():
        raise GoldError(f"{texts_dir}: texts directory not found")
    if not texts.is_dir():
        raise GoldError(f"{texts_dir}: --texts must be a directory")
    return texts


def _split_lines(data: str) -> list[str]:
    lines = data.split("\n")
    if lines and lines[-1] == "":
        lines.pop()     # the file's final newline ends the last line, not a new one
    return [line.rstrip("\r") for line in lines]


# --------------------------------------------------------------------------- EUPEG layout

def _number(raw: str) -> float | None:
    """Parse a coordinate; '' or garbage gives None (a row without a place)."""
    try:
        value = float(raw)
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def parse_record(rec: str) -> tuple[str, str, float | None, float | None, int, int]:
    """Parse `name,,surface,,lat,,lon,,start,,end(,,extra)`; ValueError when it cannot.

    Read from the right, where the fields are numeric, so a name or surface holding
    a comma (or a stray ',,') does not shift the offsets.
    """
    fields = rec.split(",,")
    if len(fields) < 6:
        raise ValueError(f"{len(fields)} fields, expected 6 or 7")
    # The plain layout first; then, for a name or surface holding ',,', anchor on the
    # right: start,,end last, or followed by one extra field.
    n = len(fields)
    layouts = ([(4, 5)] if n in (6, 7) else []) + [(n - 3, n - 2), (n - 2, n - 1)]
    for s_at, e_at in layouts:
        try:
            start, end = int(fields[s_at]), int(fields[e_at])
        except ValueError:
            continue
        if s_at > 4 and _number(fields[s_at - 2]) is None:
            continue    # the coordinates must sit just before the offsets
        name, surface = fields[0], ",,".join(fields[1:s_at - 2])
        return name, surface, _number(fields[s_at - 2]), _number(fields[s_at - 1]), start, end
    raise ValueError("start and end offsets are not integers")


def read_eupeg_lines(path: str | Path, what: str = "gold file") -> list[list[tuple[int, str]]]:
    """Split an EUPEG file into per-line lists of (record number, record) strings."""
    lines = _split_lines(read_annotation_file(path, what))
    return [[(k, r) for k, r in enumerate(line.split("||")) if r.strip()] for line in lines]


def load_eupeg(gold_file: str | Path, texts_dir: str | Path) -> list[GoldDocument]:
    """Load EUPEG gold: line i of gold_file annotates texts_dir/<i>.txt.

    Empty lines are documents without toponyms. Records that cannot be parsed, and
    missing texts, become Problems of their document rather than stopping the load.
    """
    records_by_line = read_eupeg_lines(gold_file)
    texts = check_texts_dir(texts_dir)
    docs: list[GoldDocument] = []
    for i, records in enumerate(records_by_line):
        path = texts / f"{i}.txt"
        problems: list[Problem] = []
        try:
            text = read(str(path)).text
        except InputError as err:
            # An empty text with no toponyms is harmless; anything else is a problem.
            text = ""
            if records or not path.exists():
                problems.append(Problem(doc=str(path), line=i + 1, message=str(err)))
        toponyms: list[Toponym] = []
        for k, rec in records:
            try:
                name, surface, lat, lon, start, end = parse_record(rec)
            except ValueError as err:
                problems.append(Problem(doc=str(path), line=i + 1, index=k,
                                        message=f"unreadable record {rec!r}: {err}"))
                continue
            if lat is None or lon is None or not (-90 <= lat <= 90 and -180 <= lon <= 180):
                problems.append(Problem(doc=str(path), line=i + 1, index=k, start=start, end=end,
                                        expected=surface, message=f"bad coordinates in {rec!r}"))
                continue
            toponyms.append(Toponym(start, end, surface, lat, lon, None, name))
        docs.append(GoldDocument(str(path), text, tuple(toponyms), tuple(problems), i + 1))
    return docs


def load_eupeg_predictions(peer_file: str | Path,
                           gold: Sequence[GoldDocument]) -> dict[str, list[Toponym]]:
    """Load a system's output in the EUPEG layout, line i for gold[i].

    Rows without coordinates are kept (with lat/lon None) and left out by evaluate().
    Raises GoldError when the file has more lines than the gold or a row is unreadable.
    """
    lines = read_eupeg_lines(peer_file, "peer file")
    if len(lines) > len(gold) and any(lines[len(gold):]):
        raise GoldError(f"{peer_file}: {len(lines)} lines, but the gold has {len(gold)} documents")
    out: dict[str, list[Toponym]] = {}
    for i, records in enumerate(lines[:len(gold)]):
        preds = []
        for _, rec in records:
            try:
                name, surface, lat, lon, start, end = parse_record(rec)
            except ValueError as err:
                raise GoldError(f"{peer_file}:{i + 1}: unreadable record {rec!r}: {err}") from err
            preds.append(Toponym(start, end, surface, lat, lon, None, name))
        out[gold[i].doc] = preds
    return out


# --------------------------------------------------------------------------- JSONL layout

def _coordinate(value: object, low: float, high: float) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value) if math.isfinite(value) and low <= value <= high else None


def _text_of(texts: Path, doc: str, where: str) -> str:
    """A document's text from the texts directory, read as geocoding reads it."""
    try:
        return read(str(texts / doc)).text
    except InputError as err:
        raise GoldError(f"{where}: {err}") from None


def load_jsonl_gold(path: str | Path, texts_dir: str | Path | None = None) -> list[GoldDocument]:
    """Load the project's JSONL gold: one `{"doc", "text", "toponyms": [...]}` per line.

    Each toponym holds start, end, lat, lon and optionally id and text (its surface,
    checked against the document). A document without "text" is read from
    texts_dir/<doc>. Malformed lines raise GoldError naming the line.
    """
    source = read_annotation_file(path)
    texts = check_texts_dir(texts_dir) if texts_dir is not None else None
    docs: list[GoldDocument] = []
    for lineno, line in enumerate(_split_lines(source), 1):
        if not line.strip():
            continue
        where = f"{path}:{lineno}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            raise GoldError(f"{where}: not JSON ({err.msg})") from err
        if not isinstance(record, dict) or not isinstance(record.get("doc"), str):
            raise GoldError(f"{where}: expected an object with a \"doc\" string")
        text = record.get("text")
        if text is None and texts is not None:
            text = _text_of(texts, record["doc"], where)
        if not isinstance(text, str):
            raise GoldError(f"{where}: \"text\" missing (give it, or --texts DIR holding {record['doc']})")
        raw = record.get("toponyms", [])
        if not isinstance(raw, list):
            raise GoldError(f"{where}: \"toponyms\" must be a list")
        toponyms = []
        for k, t in enumerate(raw):
            if not isinstance(t, dict):
                raise GoldError(f"{where}: toponym {k} is not an object")
            start, end = t.get("start"), t.get("end")
            if not (isinstance(start, int) and isinstance(end, int)) or isinstance(start, bool):
                raise GoldError(f"{where}: toponym {k}: start and end must be integers")
            lat, lon = _coordinate(t.get("lat"), -90, 90), _coordinate(t.get("lon"), -180, 180)
            if lat is None or lon is None:
                raise GoldError(f"{where}: toponym {k}: lat/lon missing or out of range")
            surface = t.get("text", "")
            toponyms.append(Toponym(start, end, surface if isinstance(surface, str) else "",
                                    lat, lon, t.get("id"), t.get("name", "") or ""))
        docs.append(GoldDocument(record["doc"], text, tuple(toponyms), (), lineno))
    return docs


def load_gold(path: str | Path, texts_dir: str | Path | None = None) -> list[GoldDocument]:
    """JSONL gold for *.jsonl / *.json files, EUPEG (which needs texts_dir) otherwise.

    The gold file is checked first, so a missing one is reported as missing whatever
    else is wrong; then the texts directory, when given, must exist (for JSONL too,
    where it holds the texts of documents without "text").
    """
    check_file(path)
    if Path(path).suffix.lower() in JSONL_SUFFIXES:
        return load_jsonl_gold(path, texts_dir)
    if texts_dir is None:
        raise GoldError(f"{path}: an EUPEG gold file needs --texts DIR")
    return load_eupeg(path, texts_dir)
