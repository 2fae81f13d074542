"""Names geomig found and did not place: why, and how to correct it.

A capitalised phrase the recogniser found but nothing placed is either missing from the
gazetteer, known but fitting no place of the text, or turned down before the gazetteer was
asked (a person's name, a common word, a word of an organisation's name...). Each reason
has its own correction, and the audit says which (`hint`), per mention and once per name
in a list of the names not placed (`unplaced`).

What a correction can do (geomig/geoparse/overrides.py): a [[place]] makes geomig recognise
and place a name the gazetteer lacks; a pin (--accept "NAME=ID") re-points a name the
gazetteer knows, and places a word recognition turned down (a person, a common word) where
the analyst says it is a place, so for those the hint says how; a word of a longer name (an
organisation's, a street's) stays out, the name being no place.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from geomig.geoparse.overrides import PART_OF_NAME

if TYPE_CHECKING:
    from geomig.audit.rows import AuditRow

#: Flag of an unplaced mention -> why, in words.
WHY = {
    "unresolved": "not in the gazetteer",
    "implausible": "in the gazetteer, but no place of that name fits this text",
    "common-word": "rejected as a common word here",
    "person": "rejected as a person's name here",
    "organisation": "part of an organisation's name",
    "acronym": "rejected as an acronym",
    "street": "part of a street's name",
    "currency": "part of a currency's name",
    "pathogen": "part of a disease's or pathogen's name",
}


def _toml(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)     # a TOML basic string is a JSON string


def reason(row: AuditRow) -> str:
    """The flag that says why a mention has no place ("" for a placed one)."""
    if row.id is not None:
        return ""
    return next((f for f in row.flags if f in WHY), "unresolved")


#: The resolver's words for a name of which only a part was found ("Ksar" of "Ksar Tarzout").
_PART_OF_LONGER = "a word of a longer name"


def hint(row: AuditRow) -> str:
    """Why the mention has no place and how to correct it, in a line ("" for a placed one)."""
    flag = reason(row)
    if not flag:
        return ""
    name = _toml(row.text)
    if _PART_OF_LONGER in row.evidence:
        return (f"{row.evidence.removeprefix('not a place here: ')}; if that name is a place, add the whole name "
                "to an --overrides file as a [[place]] (name, lat, lon, kind)")
    if flag == "unresolved":
        fix = (f'if it is a place, add it to an --overrides file: [[place]] name = {name}, lat, lon, '
               'kind = "city", country = "XX"')
    elif flag == "implausible":
        fix = (f"if it is a place, find its id with: geomig gazetteer search {name}; then "
               f'--overrides FILE --accept "{row.text}=ID" (or add it as a [[place]])')
    elif flag in PART_OF_NAME:   # a word of a longer name, which is no place
        fix = "a pin of the word does not place it inside that name; nothing to correct"
    else:   # turned down by recognition before the gazetteer was asked
        fix = (f"nothing to correct if it is no place here; if it is one, pin it: geomig gazetteer search {name}, "
               f'then --overrides FILE --accept "{row.text}=ID" (add "@DOC" for this document only)')
    return f"{WHY[flag]}; {fix}"


@dataclass(frozen=True, slots=True)
class Unplaced:
    """A name found and not placed, once per name and reason, with where it occurs."""

    text: str
    reason: str
    why: str
    hint: str
    count: int
    docs: tuple[str, ...]

    def to_dict(self) -> dict:
        """JSON-ready."""
        return {"text": self.text, "reason": self.reason, "why": self.why, "hint": self.hint,
                "count": self.count, "docs": list(self.docs)}


def unplaced(rows: Iterable[AuditRow]) -> list[Unplaced]:
    """The names not placed, once each (per reason), the ones that may be places the
    gazetteer lacks first, then by name."""
    groups: dict[tuple[str, str], list[AuditRow]] = {}
    for r in rows:
        flag = reason(r)
        if flag:
            groups.setdefault((r.text, flag), []).append(r)
    order = list(WHY)
    out = [Unplaced(text, flag, WHY[flag], hint(group[0]), len(group), tuple(dict.fromkeys(r.doc for r in group)))
           for (text, flag), group in groups.items()]
    out.sort(key=lambda u: (order.index(u.reason), u.text.casefold(), u.text))
    return out


def unplaced_lines(names: Iterable[Unplaced]) -> list[str]:
    """The names not placed as lines of plain text for a terminal."""
    return [f"{u.text}" + (f" (×{u.count})" if u.count > 1 else "") + f": {u.hint}" for u in names]
