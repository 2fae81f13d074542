"""Corrections an analyst makes once and every command applies: pin, add, ignore.

An overrides file is TOML (or YAML with the same shape). Every entry is optional;
`doc` limits an entry to the documents it names (see `doc_matches`)::

    # Pin a surface form to a gazetteer id, everywhere ...
    [[pin]]
    text = "Tripoli"
    id = "geonames:2210247"

    # ... or in one document only (a document entry beats an everywhere entry).
    [[pin]]
    text = "Tripoli"
    id = "geonames:266826"
    doc = "reports/lebanon-0412.txt"

    # Add a place the gazetteer lacks; its id is "geomig:user:<slug of name>".
    [[place]]
    name = "Garabulli"
    lat = 32.757
    lon = 13.716
    kind = "city"              # city, admin, country, continent, region, sea, island, landmark
    country = "LY"             # optional, ISO 3166-1 alpha-2
    aliases = ["Castelverde"]  # optional

    # Say a surface form is not a place.
    [[ignore]]
    text = "Sirte Basin"

Surface forms are compared as the gazetteer compares names (case, accents and
apostrophes folded). A pin re-points what geomig recognised, and places a word that
recognition turned down (a person's name, a common word, an organisation's word, a
small town's other name): the analyst's word outranks those filters. To make geomig
recognise a name it misses altogether, add the name as a [[place]] (or an alias of one).
"""

from __future__ import annotations

import math
import re
import tomllib
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from fnmatch import fnmatchcase
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any

from geomig.errors import GazetteerError, OverridesError
from geomig.gazetteer.index import normalize
from geomig.documents.outputs import write_atomic
from geomig.models import KINDS, Candidate, Mention, Place

if TYPE_CHECKING:
    from geomig.gazetteer.index import Gazetteer

#: Kinds a user place may take (a demonym is a way of naming, not a place).
PLACE_KINDS = tuple(k for k in KINDS if k != "demonym")
#: Keys each section accepts, required ones first.
SECTIONS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "pin": (("text", "id"), ("doc",)),
    "place": (("name", "lat", "lon", "kind"), ("country", "aliases")),
    "ignore": (("text",), ("doc",)),
}
#: What `accept` takes as the id meaning "not a place".
IGNORE = "ignore"
USER_PREFIX = "geomig:user:"
FLAG = "overridden"
#: Flags a pin replaces: why geomig had no place for the words (not found, or turned down by
#: recognition, geomig/geoparse/resolve.py _REJECTED_FLAGS), which a pin settles.
UNPLACED_FLAGS = ("unresolved", "organisation", "person", "common-word", "implausible", "street",
                  "acronym", "currency", "pathogen")
#: Words turned down as part of a longer name ("The Libya Observer", "Denver Street", "US
#: dollars", "West Nile virus"): the name is no place, and a pin of the word, made for its
#: other mentions, does not place it there.
PART_OF_NAME = ("organisation", "street", "currency", "pathogen")


@dataclass(frozen=True, slots=True)
class UserPlace(Place):
    """A place the analyst added; names besides `name` go in `aliases`."""

    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Pin:
    """Surface form -> gazetteer id, everywhere (doc None) or in matching documents."""

    text: str
    id: str
    doc: str | None = None
    line: int | None = None


@dataclass(frozen=True, slots=True)
class Ignore:
    """A surface form that is not a place, everywhere or in matching documents."""

    text: str
    doc: str | None = None
    line: int | None = None


def pinnable(m: Mention) -> bool:
    """Whether a pin of its words places this mention: any but a word of a longer name."""
    return m.id is not None or not any(f in PART_OF_NAME for f in m.flags)


def slug(name: str) -> str:
    """ASCII, lowercase, hyphenated: "Abu Kammash" -> "abu-kammash"."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")


def doc_matches(pattern: str, doc: str) -> bool:
    """Whether an entry's `doc` names this document.

    It does when equal, when it is a trailing part of the path ("000.txt" and
    "seeds/000.txt" both name "/work/seeds/000.txt"), or as a glob ("seeds/*.txt").
    """
    if pattern == doc:
        return True
    path, want = PurePosixPath(doc.replace("\\", "/")), PurePosixPath(pattern.replace("\\", "/"))
    want_parts = tuple(p for p in want.parts if p != ".")
    if want_parts and path.parts[-len(want_parts):] == want_parts:
        return True
    return fnmatchcase(doc, pattern) or fnmatchcase(path.name, pattern)


@dataclass(frozen=True, slots=True)
class Overrides:
    """A validated set of pins, added places and ignores."""

    pins: tuple[Pin, ...] = ()
    places: tuple[UserPlace, ...] = ()
    ignores: tuple[Ignore, ...] = ()
    source: str | None = None
    _by_id: dict[str, UserPlace] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        self._by_id.update({p.id: p for p in self.places})

    # -- what the pipeline calls -------------------------------------------------
    def place(self, place_id: str) -> UserPlace | None:
        """The added place with this id, if any."""
        return self._by_id.get(place_id)

    def rule(self, doc: str, text: str) -> Pin | Ignore | None:
        """The entry deciding a surface form in a document: document entries first."""
        key = normalize(text)
        scoped = [e for e in (*self.pins, *self.ignores)
                  if normalize(e.text) == key and (e.doc is None or doc_matches(e.doc, doc))]
        scoped.sort(key=lambda e: e.doc is None)    # stable: document entries first
        return scoped[0] if scoped else None

    def apply(self, doc: str, mentions: Sequence[Mention], gazetteer: Gazetteer) -> list[Mention]:
        """Drop ignored mentions and re-point pinned ones (confidence 1.0, flag "overridden"),
        words recognition turned down included, except words of a longer name (PART_OF_NAME).

        A re-pointed mention keeps geomig's own choice first among its alternatives.
        """
        out: list[Mention] = []
        for m in mentions:
            entry = self.rule(doc, m.text)
            if isinstance(entry, Ignore):
                continue
            if entry is None or not pinnable(m):
                out.append(m)
            else:
                out.append(self._pin(m, entry, gazetteer))
        return out

    def may_pin(self, doc: str, text: str) -> bool:
        """Whether a pin of this document may name words of its text: a cheap test (a folded
        substring) before geocoding looks again for the words recognition turned down,
        which only a pin can place."""
        keys = [normalize(p.text) for p in self.pins if p.doc is None or doc_matches(p.doc, doc)]
        if not keys:
            return False
        folded = normalize(text)
        return any(key and key in folded for key in keys)

    def target(self, place_id: str, gazetteer: Gazetteer) -> Place:
        """The place an id names: an added place, else the gazetteer's (GazetteerError)."""
        return self._by_id.get(place_id) or gazetteer.get(place_id)

    def _pin(self, m: Mention, pin: Pin, gazetteer: Gazetteer) -> Mention:
        place = self.target(pin.id, gazetteer)
        own = ([Candidate(m.id, m.name or m.id, m.country, m.lat, m.lon, round(m.confidence, 4), m.kind)]
               if m.id is not None and m.lat is not None and m.lon is not None else [])
        alternatives = own + [a for a in m.alternatives if a.id not in (place.id, m.id)]
        where = f"{self.source}:{pin.line}" if self.source and pin.line else (self.source or "overrides")
        before = f"; geomig chose {m.id}" if m.id and m.id != place.id else ""
        turned_down = [f for f in m.flags if f in UNPLACED_FLAGS and f != "unresolved"]
        if m.id is None and turned_down:
            before = f"; recognition had turned it down ({', '.join(turned_down)})"
        flags = [f for f in m.flags if f not in (*UNPLACED_FLAGS, FLAG)] + [FLAG]
        return replace(
            m, kind="demonym" if m.kind == "demonym" else place.kind, id=place.id, name=place.name,
            country=place.country, lat=place.lat, lon=place.lon, confidence=1.0,
            alternatives=tuple(alternatives[:5]), flags=tuple(flags),
            evidence=f"override: {m.text!r} pinned to {place.id} ({where}){before}",
        )

    # -- editing -----------------------------------------------------------------
    def accept(self, text: str, place_id: str, doc: str | None = None, *, gazetteer: Gazetteer) -> Overrides:
        """A copy with `text` pinned to `place_id` (or ignored, for "ignore") in that scope.

        Entries for the same surface in the same scope are replaced. Raises
        OverridesError for an empty surface or an unknown id.
        """
        if not text.strip():
            raise OverridesError("accept: empty surface form")
        key = normalize(text)
        same = lambda e: normalize(e.text) == key and e.doc == doc  # noqa: E731
        pins = tuple(p for p in self.pins if not same(p))
        ignores = tuple(i for i in self.ignores if not same(i))
        if place_id == IGNORE:
            ignores += (Ignore(text, doc),)
        else:
            _check_id(place_id, self._by_id, gazetteer, f"accept {text}={place_id}")
            pins += (Pin(text, place_id, doc),)
        return Overrides(pins, self.places, ignores, self.source)

    def to_data(self) -> dict[str, list[dict]]:
        """The file's content as plain data (sections without entries left out)."""
        data: dict[str, list[dict]] = {}
        if self.pins:
            data["pin"] = [_drop_none(text=p.text, id=p.id, doc=p.doc) for p in self.pins]
        if self.places:
            data["place"] = [_drop_none(name=p.name, lat=p.lat, lon=p.lon, kind=p.kind,
                                        country=p.country, aliases=list(p.aliases) or None)
                             for p in self.places]
        if self.ignores:
            data["ignore"] = [_drop_none(text=i.text, doc=i.doc) for i in self.ignores]
        return data

    def dumps(self, fmt: str = "toml") -> str:
        """Serialise as TOML (default) or YAML."""
        if fmt == "yaml":
            import yaml

            return HEADER + yaml.safe_dump(self.to_data(), sort_keys=False, allow_unicode=True)
        return HEADER + _toml_entries(self.to_data())

    def save(self, path: str | Path) -> None:
        """Write the whole file (YAML for .yaml/.yml, TOML otherwise), atomically:
        a failed write leaves the analyst's file as it was (OutputError)."""
        path = Path(path)
        write_atomic(path, self.dumps(_format_of(path)).encode("utf-8"))


HEADER = "# geomig overrides: [[pin]] text/id/doc, [[place]] name/lat/lon/kind, [[ignore]] text/doc\n"


def _toml_entries(data: dict[str, list[dict]]) -> str:
    """One [[section]] block per entry (tomli_w alone would inline short entries,
    which are harder to edit by hand and whose lines errors cannot name)."""
    import tomli_w

    return "".join(f"\n[[{section}]]\n" + tomli_w.dumps(entry)
                   for section, entries in data.items() for entry in entries)


def _drop_none(**kwargs: Any) -> dict:
    return {k: v for k, v in kwargs.items() if v is not None}


def _format_of(path: Path) -> str:
    return "yaml" if path.suffix.lower() in (".yaml", ".yml") else "toml"


# --------------------------------------------------------------------------- reading

def _parse_toml(source: str, where: str) -> tuple[Any, Lines]:
    try:
        data = tomllib.loads(source)
    except tomllib.TOMLDecodeError as err:
        # tomllib says "... (at line N, column M)": lead with the line instead.
        msg = str(err)
        m = re.search(r"\(at line (\d+), column \d+\)$", msg)
        if m:
            raise OverridesError(f"{where}:{m.group(1)}: {msg[:m.start()].strip()}") from err
        raise OverridesError(f"{where}: {msg}") from err
    return data, toml_lines(source)


def _parse_yaml(source: str, where: str) -> tuple[Any, Lines]:
    import yaml

    try:
        node = yaml.compose(source, Loader=yaml.SafeLoader)
        data = yaml.safe_load(source)
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        problem = getattr(err, "problem", None) or str(err).splitlines()[0]
        line = f":{mark.line + 1}" if mark is not None else ""
        raise OverridesError(f"{where}{line}: {problem}") from err
    lines = Lines()
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            lines.top[str(key_node.value)] = key_node.start_mark.line + 1
            if isinstance(value_node, yaml.SequenceNode):
                for i, item in enumerate(value_node.value):
                    lines.entries[str(key_node.value), i] = item.start_mark.line + 1
                    if isinstance(item, yaml.MappingNode):
                        for k, _ in item.value:
                            lines.keys[str(key_node.value), i, str(k.value)] = k.start_mark.line + 1
    return data, lines


def parse_overrides(source: str, *, fmt: str = "toml", where: str = "<overrides>",
                    gazetteer: Gazetteer) -> Overrides:
    """Parse and validate overrides text; OverridesError names the line of the first error.

    Pinned ids are checked with `gazetteer.get`, unless they are places added in the
    same file.
    """
    data, lines = (_parse_yaml if fmt == "yaml" else _parse_toml)(source, where)
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise OverridesError(f"{where}: expected sections [[pin]], [[place]] and [[ignore]]")

    def fail(section: str | None, index: int | None, key: str | None, message: str) -> OverridesError:
        line = (lines.top.get(section) if index is None else lines.of(section, index, key)) if section else None
        # Entries written inline ("pin = [{...}, ...]") have no line of their own: number them.
        label = f"{section} #{index + 1}: " if index is not None and (section, index) not in lines.entries else ""
        return OverridesError(f"{where}:{line}: {label}{message}" if line else f"{where}: {label}{message}")

    for section in data:
        if section not in SECTIONS:
            raise fail(section, None, None, f"unknown section {section!r} (expected pin, place or ignore)")
        if not isinstance(data[section], list) or not all(isinstance(e, dict) for e in data[section]):
            raise fail(section, None, None, f"{section!r} must be a list of entries ([[{section}]] in TOML)")
        required, optional = SECTIONS[section]
        for i, entry in enumerate(data[section]):
            for key in entry:
                if key not in required + optional:
                    raise fail(section, i, key, f"unknown key {key!r} in [[{section}]] "
                                                f"(expected {', '.join(required + optional)})")
            for key in required:
                if key not in entry:
                    raise fail(section, i, None, f"[[{section}]] needs {key!r}")
            for key, value in entry.items():
                if key in ("text", "name", "id", "doc", "kind") and (not isinstance(value, str) or not value.strip()):
                    raise fail(section, i, key, f"{key!r} must be a non-empty string")

    places: list[UserPlace] = []
    for i, e in enumerate(data.get("place", [])):
        places.append(_place(e, lambda key, msg, i=i: fail("place", i, key, msg)))
    by_id: dict[str, UserPlace] = {}
    for i, p in enumerate(places):
        if p.id in by_id:
            raise fail("place", i, "name", f"a place with id {p.id} is already added at line "
                                           f"{lines.of('place', places.index(by_id[p.id]))}")
        by_id[p.id] = p

    pins = [Pin(e["text"], e["id"], e.get("doc"), lines.of("pin", i))
            for i, e in enumerate(data.get("pin", []))]
    ignores = [Ignore(e["text"], e.get("doc"), lines.of("ignore", i))
               for i, e in enumerate(data.get("ignore", []))]
    seen: dict[tuple[str, str | None], Pin | Ignore] = {}
    for section, entries in (("pin", pins), ("ignore", ignores)):
        for i, e in enumerate(entries):
            scope = (normalize(e.text), e.doc)
            first = seen.setdefault(scope, e)
            if first is e or (type(first) is type(e) and getattr(first, "id", None) == getattr(e, "id", None)):
                continue    # a repeated identical entry is harmless
            what = f"pinned to {first.id}" if isinstance(first, Pin) else "ignored"
            raise fail(section, i, "text", f"{e.text!r} is already {what}"
                                           f"{' in ' + e.doc if e.doc else ''} at line {first.line}")

    for i, pin in enumerate(pins):
        try:
            _check_id(pin.id, by_id, gazetteer, "")
        except OverridesError as err:
            raise fail("pin", i, "id", str(err)) from None
    return Overrides(tuple(pins), tuple(places), tuple(ignores), where)


def _check_id(place_id: str, added: dict[str, UserPlace], gazetteer: Gazetteer, context: str) -> None:
    """OverridesError unless the id is an added place or known to the gazetteer."""
    if place_id in added:
        return
    if place_id.startswith(USER_PREFIX):
        raise OverridesError(f"{context + ': ' if context else ''}unknown id {place_id!r}: no [[place]] has it")
    try:
        gazetteer.get(place_id)
    except GazetteerError:
        raise OverridesError(f"{context + ': ' if context else ''}unknown id {place_id!r} "
                             f"(try `geomig gazetteer search NAME`)") from None


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        return None
    return float(value)


def _place(e: dict, fail) -> UserPlace:
    lat, lon = _number(e["lat"]), _number(e["lon"])
    if lat is None or not -90 <= lat <= 90:
        raise fail("lat", f"bad coordinates: lat must be a number from -90 to 90, not {e['lat']!r}")
    if lon is None or not -180 <= lon <= 180:
        raise fail("lon", f"bad coordinates: lon must be a number from -180 to 180, not {e['lon']!r}")
    if e["kind"] not in PLACE_KINDS:
        raise fail("kind", f"unknown kind {e['kind']!r} (expected one of {', '.join(PLACE_KINDS)})")
    country = e.get("country")
    if country is not None and not (isinstance(country, str) and re.fullmatch(r"[A-Z]{2}", country)):
        hint = " (quote it in YAML: \"NO\")" if isinstance(country, bool) else ""
        raise fail("country", f"country must be an ISO 3166-1 alpha-2 code like \"LY\", not {country!r}{hint}")
    aliases = e.get("aliases", [])
    if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
        raise fail("aliases", "aliases must be a list of names")
    name = e["name"].strip()
    if not slug(name):
        raise fail("name", f"name {name!r} has no letters or digits to make an id from")
    return UserPlace(id=USER_PREFIX + slug(name), name=name, kind=e["kind"], country=country,
                     lat=lat, lon=lon, feature="user", aliases=tuple(a.strip() for a in aliases))


def load_overrides(path: str | Path, gazetteer: Gazetteer) -> Overrides:
    """Read and validate an overrides file (YAML for .yaml/.yml, TOML otherwise)."""
    path = Path(path)
    try:
        source = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise OverridesError(f"{path}: no such overrides file") from None
    except (OSError, UnicodeDecodeError) as err:
        raise OverridesError(f"{path}: cannot read ({getattr(err, 'strerror', None) or err})") from err
    return parse_overrides(source, fmt=_format_of(path), where=str(path), gazetteer=gazetteer)


def parse_choice(choice: str) -> tuple[str, str, str | None]:
    """Split an --accept value "SURFACE=ID" or "SURFACE=ID@DOC" (ID may be "ignore")."""
    text, sep, rest = choice.partition("=")
    place_id, _, doc = rest.partition("@")
    if not sep or not text.strip() or not place_id.strip():
        raise OverridesError(f"--accept {choice!r}: expected SURFACE=ID, SURFACE=ignore or SURFACE=ID@DOC")
    return text.strip(), place_id.strip(), doc.strip() or None


def accept_into(path: str | Path, choices: Iterable[tuple[str, str, str | None]],
                gazetteer: Gazetteer) -> Overrides:
    """Write accepted choices into an overrides file, creating it if needed.

    Existing entries are kept. When the choices only add entries to a TOML file they
    are appended as text, so the analyst's comments and layout survive; replacing an
    entry rewrites the file.
    """
    path = Path(path)
    current = load_overrides(path, gazetteer) if path.exists() else Overrides(source=str(path))
    updated = current
    for text, place_id, doc in choices:
        updated = updated.accept(text, place_id, doc, gazetteer=gazetteer)
    only_added = set(current.pins) <= set(updated.pins) and set(current.ignores) <= set(updated.ignores)
    if path.exists() and _format_of(path) == "toml" and only_added:
        new = Overrides(tuple(p for p in updated.pins if p not in current.pins), (),
                        tuple(i for i in updated.ignores if i not in current.ignores))
        if new.pins or new.ignores:
            # The old bytes plus the new entries, written whole: appending in place
            # could leave half an entry behind on a full disk.
            try:
                old = path.read_bytes()
            except OSError as err:
                raise OverridesError(f"{path}: cannot read ({err.strerror})") from err
            sep = b"" if old.endswith(b"\n") else b"\n"
            write_atomic(path, old + sep + _toml_entries(new.to_data()).encode("utf-8"))
    else:
        updated.save(path)
    return load_overrides(path, gazetteer)


# -- where things sit in the TOML source ---------------------------------------------
# tomllib returns plain data without positions; error messages still name the line, so
# this scanner maps the standard layout ([[section]] headers, key = value lines) back to
# line numbers. Inline tables have no line of their own.


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
