"""Reading documents from paths, directories and stdin, with clear errors.

All I/O of text inputs lives here so the stages stay pure.
"""

from __future__ import annotations

import codecs
import errno
import os
import re
import stat
import sys
import warnings
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from geomig.errors import InputError, InputWarning
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
            out.extend(str(f) for f in text_files(p, raw))
        elif p.exists():
            out.append(raw)
        else:
            raise InputError(f"{raw}: {missing(raw)}")
    return out


def text_files(directory: Path, name: str | None = None) -> list[Path]:
    """The .txt files under a directory, recursively, in tree order (a folder's files
    together). InputError when there are none, naming what the folder holds instead."""
    found = sorted(f for f in directory.rglob("*.txt") if f.is_file())
    if not found:
        raise InputError(f"{name or directory}: directory holds no .txt files{_other_files(directory)}")
    return found


def _other_files(d: Path) -> str:
    """" (it holds 2 .docx, 1 .pdf)": what a folder without .txt files holds instead, so the
    user sees that the files are there but in another format."""
    suffixes: dict[str, int] = {}
    for f in d.rglob("*"):
        if f.is_file() and not f.name.startswith("."):
            key = f.suffix.lower() or "(no suffix)"
            suffixes[key] = suffixes.get(key, 0) + 1
    if not suffixes:
        return ""
    top = sorted(suffixes.items(), key=lambda kv: (-kv[1], kv[0]))[:4]
    return f" (it holds {', '.join(f'{n} {k}' for k, n in top)}: save articles as .txt)"


def missing(path: str) -> str:
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


#: Leading bytes of files people pass by mistake -> what to call them. A ZIP is named by the
#: first member that tells its kind (Office and OpenDocument files are ZIPs).
_MAGIC = ((b"%PDF", "a PDF document"), (b"\xd0\xcf\x11\xe0", "an old Word or Excel document (.doc/.xls)"),
          (b"{\\rtf", "an RTF document"), (b"\x89PNG", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"),
          (b"GIF8", "a GIF image"), (b"\x1f\x8b", "a gzip archive"), (b"7z\xbc\xaf", "a 7-Zip archive"))
_ZIP_KINDS = ((b"word/", "a Word document (.docx)"), (b"xl/", "an Excel workbook (.xlsx)"),
              (b"ppt/", "a PowerPoint file (.pptx)"), (b"opendocument.text", "an OpenDocument text (.odt)"),
              (b"opendocument.spreadsheet", "an OpenDocument spreadsheet (.ods)"), (b"epub", "an EPUB book"))
_SAVE_AS_TEXT = "save it as plain text (.txt) first"


def _file_kind(data: bytes) -> str | None:
    """What a non-text file is ("a PDF document"), from its first bytes; None if unknown."""
    if data.startswith(b"PK\x03\x04"):
        head = data[:65536]
        return next((what for key, what in _ZIP_KINDS if key in head), "a ZIP archive")
    return next((what for magic, what in _MAGIC if data.startswith(magic)), None)


def _web_page(text: str) -> bool:
    """A whole saved web page (not a few tags pasted into a text, which read as spaces)."""
    head = text[:2048].lstrip("\ufeff \t\r\n").lower()
    return head.startswith(("<!doctype html", "<html", "<?xml")) and "<body" in text[:200_000].lower()


#: Frequent short words of the languages a migration desk most often meets: a text whose words
#: are mostly these, with almost no English ones, is not English. Place-name lists have neither.
#: (A language-identification package was weighed: py3langid's model takes longer to load than
#: geomig's whole cold start, to answer only "English or not" for every file.)
_ENGLISH = frozenset("the of and to for that with by at from are were has have it said their they "
                     "he she who which this not be after would been".split())
_OTHER = {
    "French": "le la les des du de et une est dans pour sur qui que au aux avec ont été pas",
    "Spanish": "el la los las del de y que en una es por con para se al fue han sus",
    "Italian": "il lo gli della delle di che e è una per con sono nel sul dal alla",
    "German": "der die das und ist nicht mit den dem von zu auf für ein eine sich auch",
    "Portuguese": "o os as da do das dos de que e em um uma para com não foi são",
    "Dutch": "de het een van en is op te dat niet met zijn voor",
}
_OTHER_WORDS = {lang: frozenset(words.split()) for lang, words in _OTHER.items()}


_WORD = re.compile(r"[^\W\d_]+")


def _language(text: str) -> str | None:
    """The language a text is plainly written in, if it is plainly not English; else None.

    Conservative: under 3% of its words English function words, and either 100 letters mostly
    of a non-Latin script, or 25 words of which another language's function words make over 12%."""
    sample = text[:20_000]
    words = _WORD.findall(sample.lower())
    if sum(w in _ENGLISH for w in words) >= 0.03 * len(words):
        return None     # English (or no words): most texts stop here, before letters are read
    letters = [c for c in sample if c.isalpha()]
    if len(letters) < 100:
        return None
    if sum(c < "\u0250" for c in letters) < 0.5 * len(letters):
        script = _script(letters)
        return f"text in {script} script" if script else "text in a non-Latin script"
    if len(words) < 25:
        return None
    best = max(_OTHER_WORDS, key=lambda lang: sum(w in _OTHER_WORDS[lang] for w in words))
    return best if sum(w in _OTHER_WORDS[best] for w in words) > 0.12 * len(words) else None


_SCRIPTS = (("\u0400", "\u04ff", "Cyrillic"), ("\u0600", "\u06ff", "Arabic"), ("\u0370", "\u03ff", "Greek"),
            ("\u0590", "\u05ff", "Hebrew"), ("\u0900", "\u097f", "Devanagari"), ("\u4e00", "\u9fff", "Chinese"),
            ("\u1200", "\u137f", "Ethiopic"), ("\u0e00", "\u0e7f", "Thai"), ("\u1000", "\u109f", "Myanmar"))


def _script(letters: list[str]) -> str | None:
    counts = {name: sum(lo <= c <= hi for c in letters) for lo, hi, name in _SCRIPTS}
    name = max(counts, key=counts.get)
    return name if counts[name] else None


def _not_english(text: str, doc: str) -> None:
    lang = _language(text)
    if lang is not None:
        what = lang if lang.startswith("text in") else f"{lang} text"
        raise InputError(f"{doc}: looks like {what}; geomig reads English, so it is skipped")


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
        _not_english(text, doc)
        return text
    kind = _file_kind(data)
    if kind is not None:
        raise InputError(f"{doc}: is {kind}, not plain text; {_SAVE_AS_TEXT}")
    if b"\x00" in data[:8192]:
        raise InputError(f"{doc}: looks like a binary file, not text")
    text = _utf8_or_windows(data, doc)
    # A file that is mostly undecodable is not UTF-8 text; a few bad bytes are tolerated.
    if text.count("\ufffd") > max(8, len(text) // 20):
        raise InputError(f"{doc}: is not UTF-8 text")
    if _web_page(text):
        raise InputError(f"{doc}: is a saved web page (HTML), not plain text; copy the article's "
                         "text into a .txt file first")
    _not_english(text, doc)
    return text


def _utf8_or_windows(data: bytes, doc: str) -> str:
    """UTF-8, invalid bytes replaced; but a file with no valid UTF-8 beyond ASCII whose bytes
    all decode as Windows-1252 (a superset of Latin-1: "caf\xe9", curly quotes) is read as
    that, with an InputWarning, as a replaced byte would break the place names it holds
    ("Sacatep\ufffdquez")."""
    text = data.decode("utf-8", errors="replace")
    if "\ufffd" not in text or any(c > "\x7f" and c != "\ufffd" for c in text):
        return text  # UTF-8, or mostly UTF-8 with a few bad bytes: as the README says
    try:
        windows = data.decode("cp1252")
    except UnicodeDecodeError:
        return text
    if not _latin_text(windows):
        raise InputError(f"{doc}: is not UTF-8, and its bytes read as Windows-1252 make no Latin text "
                         "(a legacy encoding such as Windows-1251 for Cyrillic?); save it as UTF-8")
    warnings.warn(f"{doc}: is not UTF-8; read as Windows-1252 (Latin-1). Save it as UTF-8 to be sure",
                  InputWarning, stacklevel=3)
    return windows


def _latin_text(text: str) -> bool:
    """Whether text read as Windows-1252 is Latin-script writing: accented letters are fewer
    than half its letters ("Émigrés à Ávila"), not most of them, as when Cyrillic or Greek bytes
    of another legacy code page are read that way ("Ìèãðàíòû")."""
    letters = [c for c in text if c.isalpha()]
    return sum(c > "\x7f" for c in letters) <= 0.5 * len(letters)


_KINDS = ((stat.S_ISFIFO, "a named pipe (FIFO)"), (stat.S_ISCHR, "a character device"),
          (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"))


def _check_regular(doc: str, st: os.stat_result) -> None:
    if stat.S_ISDIR(st.st_mode):
        raise InputError(f"{doc}: is a directory")
    if not stat.S_ISREG(st.st_mode):
        kind = next((what for test, what in _KINDS if test(st.st_mode)), "not a regular file")
        raise InputError(f"{doc}: is {kind}, not a regular file; geomig reads only files")
    if st.st_size > MAX_BYTES:
        raise InputError(f"{doc}: file is over the {MAX_BYTES // 1_000_000} MB limit")


def _open_regular(path: str, doc: str) -> int:
    """A read descriptor on a regular file of at most MAX_BYTES; anything else is refused
    before a byte is read. The open does not block (a FIFO with no writer would hang a plain
    open forever) and the checks are made on the opened file, not on a name that could change."""
    _check_regular(doc, os.stat(path))  # a device or a socket is not even opened
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    try:
        _check_regular(doc, os.fstat(fd))  # the file opened is the file checked
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
    except BaseException:
        os.close(fd)
        raise
    return fd


def read(path: str, name: str | None = None) -> Document:
    """Read one document; '-' reads stdin. Raises InputError with a one-line reason.

    `name` is what the document is called in its id and in errors (default: the path);
    a batch folder names its files relative to the folder."""
    doc = path if name is None else name
    try:
        if path == "-":
            data = sys.stdin.buffer.read(MAX_BYTES + 1)
        else:
            with os.fdopen(_open_regular(path, doc), "rb") as f:  # never more than the limit into memory
                data = f.read(MAX_BYTES + 1)
    except IsADirectoryError:
        raise InputError(f"{doc}: is a directory") from None
    except FileNotFoundError:
        raise InputError(f"{doc}: {missing(path)}") from None
    except OSError as err:
        if err.errno == errno.ELOOP:
            raise InputError(f"{doc}: symbolic link loop") from None
        raise InputError(f"{doc}: cannot be read ({err.strerror})") from err
    return Document(doc=doc, text=decode(data, doc))


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
