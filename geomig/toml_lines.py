"""Where things sit in a TOML source: the line of each [[section]] entry and key.

tomllib returns plain data without positions; error messages about an overrides
file still name the line, so this scanner maps the standard layout
(`[[section]]` headers followed by `key = value` lines) back to line numbers.
Inline tables and arrays of tables written inline have no line of their own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field


@dataclass(slots=True)
class Lines:
    """1-based lines of top-level keys or tables, of entries, and of entries' keys."""

    top: dict[str, int] = field(default_factory=dict)
    entries: dict[tuple[str, int], int] = field(default_factory=dict)
    keys: dict[tuple[str, int, str], int] = field(default_factory=dict)

    def of(self, section: str, index: int, key: str | None = None) -> int | None:
        """The line of an entry's key, else of the entry, else of its section."""
        if key is not None and (section, index, key) in self.keys:
            return self.keys[section, index, key]
        return self.entries.get((section, index), self.top.get(section))


_HEADER = re.compile(r"^\s*\[\[\s*([A-Za-z0-9_-]+)\s*\]\]")
_TABLE = re.compile(r"^\s*\[\s*([A-Za-z0-9_-]+)\s*\]")
_KEY = re.compile(r"""^\s*(?:"([^"]*)"|'([^']*)'|([A-Za-z0-9_-]+))\s*=""")


def toml_lines(source: str) -> Lines:
    """Line numbers of [[section]] entries and their keys (standard layout only)."""
    lines, counts = Lines(), {}
    current: tuple[str, int] | None = None
    for n, raw in enumerate(source.splitlines(), 1):
        if m := _HEADER.match(raw):
            name = m.group(1)
            counts[name] = counts.get(name, -1) + 1
            current = (name, counts[name])
            lines.entries[current] = n
            lines.top.setdefault(name, n)
        elif m := _TABLE.match(raw):
            current = None
            lines.top.setdefault(m.group(1), n)
        elif m := _KEY.match(raw):
            key = next(g for g in m.groups() if g is not None)
            if current is None:
                lines.top.setdefault(key, n)
            else:
                lines.keys.setdefault((*current, key), n)
    return lines
