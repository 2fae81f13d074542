"""Reading documents from paths, directories and stdin, with clear errors.

All I/O of text inputs lives here so the stages stay pure.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from geomig.errors import InputError
from geomig.models import Document



#: Largest document we accept; beyond it a file is almost surely not an article.
MAX_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class Failure:
    """A path that could not be read, and why (one line)."""

    doc: str
    reason: str


def expand(paths: Iterable[str | Path]) -> list[str]:
    """Turn files, directories (their *.txt, recursively, sorted) and '-' into a list of paths.

    Raises InputError for a missing path or a directory without .txt files.
    """
    out: list[str] = []
    for raw in paths:
        raw = str(raw)
        if raw == "-":
            out.append("-")
            continue
        p = Path(raw)
        if p.is_dir():
            found = sorted(str(f) for f in p.rglob("*.txt") if f.is_file())
            if not found:
                raise InputError(f"{raw}: directory holds no .txt files")
            out.extend(found)
        elif p.exists():
            out.append(raw)
        else:
            raise InputError(f"{raw}: no such file or directory")
    return out


def decode(data: bytes, doc: str) -> str:
    """Decode bytes as UTF-8 (invalid bytes replaced, newlines kept) after sanity checks."""
    if not data.strip():
        raise InputError(f"{doc}: file is empty")
    if len(data) > MAX_BYTES:
        raise InputError(f"{doc}: file is over the {MAX_BYTES // 1_000_000} MB limit")
    if b"\x00" in data[:8192]:
        raise InputError(f"{doc}: looks like a binary file, not text")
    text = data.decode("utf-8", errors="replace")
    # A file that is mostly undecodable is not UTF-8 text; a few bad bytes are tolerated.
    if text.count("\ufffd") > max(8, len(text) // 20):
        raise InputError(f"{doc}: is not UTF-8 text")
    return text


def read(path: str) -> Document:
    """Read one document; '-' reads stdin. Raises InputError with a one-line reason."""
    try:
        if path == "-":
            data = sys.stdin.buffer.read(MAX_BYTES + 1)
        else:
            with open(path, "rb") as f:  # never more than the limit into memory
                data = f.read(MAX_BYTES + 1)
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory") from None
    except FileNotFoundError:
        raise InputError(f"{path}: no such file or directory") from None
    except OSError as err:
        raise InputError(f"{path}: cannot be read ({err.strerror})") from err
    return Document(doc=path, text=decode(data, path))


def read_all(paths: Iterable[str | Path]) -> Iterator[Document | Failure]:
    """Expand and read each path, yielding a Failure instead of raising for a bad one
    (a missing path, an empty directory, a binary file...), so a batch goes on."""
    for raw in paths:
        try:
            expanded = expand([raw])
        except InputError as err:
            yield Failure(str(raw), str(err))
            continue
        for path in expanded:
            try:
                yield read(path)
            except InputError as err:
                yield Failure(path, str(err))
