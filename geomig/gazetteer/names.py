"""Place-name keys: how a name is normalised for lookup, and the memory-mapped index
from keys to gazetteer rows. Shared by the index build and every lookup."""

from __future__ import annotations

import functools
import struct
import unicodedata
from pathlib import Path


#: Apostrophes and hyphens written otherwise: curly quotes, the Hawaiian ʻokina ("Hawaiʻi"),
#: the modifier letters of romanised Arabic, Hebrew and Ukrainian ("Maʼrib", "Taʿizz",
#: "Kamʼianets"), accents used as apostrophes; the hyphen and en dash.
_PUNCTUATION = str.maketrans({c: "'" for c in "’‘ʻʼʽʾʿ´′"} | {"‐": "-", "–": "-"})


@functools.lru_cache(maxsize=1 << 17)
def normalize(name: str) -> str:
    """The lookup key of a name: casefolded, accents and punctuation variants folded."""
    if name.isascii():  # the common case, without the Unicode decomposition
        return " ".join(name.lower().replace("-", " ").replace(".", "").split())
    name = name.translate(_PUNCTUATION)
    decomposed = unicodedata.normalize("NFKD", name)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(stripped.casefold().replace("-", " ").replace(".", "").split())


def key_of(name: str) -> str:
    """The dictionary key of a name: normalize(), plus a final "." for abbreviations,
    so "Man." (Manitoba) and "Ky." never match the plain words "Man" and "Ky"."""
    key = normalize(name)
    return key + "." if key and name.rstrip().endswith(".") else key


class NameIndex:
    """Normalised name -> place row numbers, memory-mapped from a marisa trie, so a
    process starts in milliseconds whatever the number of names."""

    def __init__(self, path: Path):
        import marisa_trie

        self._trie = marisa_trie.BytesTrie()
        self._trie.mmap(str(path))

    def __contains__(self, key: str) -> bool:
        return key in self._trie

    def has_prefix(self, prefix: str) -> bool:
        """Whether some key starts with the prefix ("new " does: "new york")."""
        for _ in self._trie.iterkeys(prefix):
            return True
        return False

    def get(self, key: str, default: tuple = ()) -> tuple[int, ...]:
        found = self._trie.get(key)
        if not found:
            return default
        packed = found[0]
        return struct.unpack(f"<{len(packed) // 4}I", packed)

    def __len__(self) -> int:
        return len(self._trie)

    @staticmethod
    def write(names: dict[str, tuple[int, ...]], path: str) -> None:
        import marisa_trie

        trie = marisa_trie.BytesTrie((k, struct.pack(f"<{len(v)}I", *v)) for k, v in names.items())
        trie.save(path)
