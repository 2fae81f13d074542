"""Reading documents from paths, directories and stdin, with clear errors.

All I/O of text inputs lives here so the stages stay pure.
"""

from __future__ import annotations

import codecs
import errno
import os
import stat
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
            raise InputError(f"{raw}: {_missing(raw)}")
    return out


def _missing(path: str) -> str:
    """Why a path that does not exist cannot be read: a symlink loop and a dangling
    symlink are named as such, since "no such file" would send the user looking for it."""
    try:
        os.stat(path)
    except OSError as err:
        if err.errno == errno.ELOOP:
            return "symbolic link loop"
        if err.errno == errno.ENOENT and os.path.islink(path):
            return f"symbolic link to a missing file ({os.readlink(path)})"
        if err.errno not in (errno.ENOENT, errno.ENOTDIR):
            return f"cannot be read ({err.strerror})"
    return "no such file or directory"


#: Byte-order marks, longest first (the UTF-32 LE mark starts with the UTF-16 LE one).
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"), (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
         (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"), (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"))


def _wide_encoding(data: bytes) -> tuple[str, str, int] | None:
    """(codec, name, bytes to skip) of UTF-16 or UTF-32 text: by its byte-order mark, or,
    without one, by the zero high bytes of mostly-ASCII UTF-16; None for anything else."""
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            return codec, name, len(bom)
    head = data[:8192] if len(data) % 2 == 0 else data[:8191]
    if len(head) >= 4:
        even, odd = head[0::2], head[1::2]
        if odd.count(0) >= 0.9 * len(odd) and even.count(0) <= 0.1 * len(even):
            return "utf-16-le", "UTF-16", 0
        if even.count(0) >= 0.9 * len(even) and odd.count(0) <= 0.1 * len(odd):
            return "utf-16-be", "UTF-16", 0
    return None


def _mostly_text(text: str) -> bool:
    # Control characters other than line and tab breaks, and undecodable bytes.
    bad = sum(1 for c in text[:8192] if (c < " " and c not in "\t\n\r\f\v") or c == "\ufffd")
    return bad <= max(8, len(text[:8192]) // 20)


def decode(data: bytes, doc: str) -> str:
    """Decode bytes as UTF-8 (invalid bytes replaced, newlines kept) after sanity checks;
    UTF-16 and UTF-32 (with a byte-order mark, or UTF-16 of mostly ASCII without) are
    decoded too, the mark dropped."""
    if not data.strip():
        raise InputError(f"{doc}: file is empty")
    if len(data) > MAX_BYTES:
        raise InputError(f"{doc}: file is over the {MAX_BYTES // 1_000_000} MB limit")
    wide = _wide_encoding(data)
    if wide is not None:
        codec, name, skip = wide
        text = data[skip:].decode(codec, errors="replace")
        if not text.strip():
            raise InputError(f"{doc}: file is empty ({name})")
        if not _mostly_text(text):
            raise InputError(f"{doc}: is not {name} text (it starts with a {name} byte-order mark "
                             "but does not decode)" if skip else f"{doc}: looks like a binary file, not text")
        return text
    if b"\x00" in data[:8192]:
        raise InputError(f"{doc}: looks like a binary file, not text")
    text = data.decode("utf-8", errors="replace")
    # A file that is mostly undecodable is not UTF-8 text; a few bad bytes are tolerated.
    if text.count("\ufffd") > max(8, len(text) // 20):
        raise InputError(f"{doc}: is not UTF-8 text")
    return text


_KINDS = ((stat.S_ISFIFO, "a named pipe (FIFO)"), (stat.S_ISCHR, "a character device"),
          (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"))


def _check_regular(path: str, st: os.stat_result) -> None:
    if stat.S_ISDIR(st.st_mode):
        raise InputError(f"{path}: is a directory")
    if not stat.S_ISREG(st.st_mode):
        kind = next((what for test, what in _KINDS if test(st.st_mode)), "not a regular file")
        raise InputError(f"{path}: is {kind}, not a regular file; geomig reads only files")
    if st.st_size > MAX_BYTES:
        raise InputError(f"{path}: file is over the {MAX_BYTES // 1_000_000} MB limit")


def _open_regular(path: str) -> int:
    """A read descriptor on a regular file of at most MAX_BYTES; anything else is refused
    before a byte is read. The open does not block (a FIFO with no writer would hang a plain
    open forever) and the checks are made on the opened file, not on a name that could change."""
    _check_regular(path, os.stat(path))  # a device or a socket is not even opened
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    try:
        _check_regular(path, os.fstat(fd))  # the file opened is the file checked
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
    except BaseException:
        os.close(fd)
        raise
    return fd


def read(path: str) -> Document:
    """Read one document; '-' reads stdin. Raises InputError with a one-line reason."""
    try:
        if path == "-":
            data = sys.stdin.buffer.read(MAX_BYTES + 1)
        else:
            with os.fdopen(_open_regular(path), "rb") as f:  # never more than the limit into memory
                data = f.read(MAX_BYTES + 1)
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory") from None
    except FileNotFoundError:
        raise InputError(f"{path}: {_missing(path)}") from None
    except OSError as err:
        if err.errno == errno.ELOOP:
            raise InputError(f"{path}: symbolic link loop") from None
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
