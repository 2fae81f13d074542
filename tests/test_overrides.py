"""Tests of geomig.geoparse.overrides: the file format, its validation, apply and accept."""

from __future__ import annotations

import os
import re

import pytest

from geomig.errors import GazetteerError, OutputError, OverridesError
from geomig.models import Candidate, Mention, Place
from geomig.geoparse.overrides import (
    Ignore,
    Overrides,
    Pin,
    UserPlace,
    accept_into,
    doc_matches,
    load_overrides,
    parse_choice,
    parse_overrides,
    slug,
)
from geomig.geoparse.overrides import toml_lines

TRIPOLI_LY = Place("geonames:2210247", "Tripoli", "city", "LY", 32.88743, 13.18733, 1302947)
TRIPOLI_LB = Place("geonames:266826", "Tripoli", "city", "LB", 34.43352, 35.84415, 229398)
LIBYA = Place("geonames:2215636", "Libya", "country", "LY", 28.0, 17.0)


class TinyGazetteer:
    """Just enough of geomig.gazetteer.index.Gazetteer for overrides: get(id)."""

    places = {p.id: p for p in (TRIPOLI_LY, TRIPOLI_LB, LIBYA)}

    def get(self, place_id: str) -> Place:
        try:
            return self.places[place_id]
        except KeyError:
            raise GazetteerError(f"unknown gazetteer id {place_id!r}") from None


@pytest.fixture
def gaz() -> TinyGazetteer:
    return TinyGazetteer()


EXAMPLE_TOML = """\
# Corrections for the Libya reports.
[[pin]]
text = "Tripoli"
id = "geonames:2210247"

[[pin]]
text = "Tripoli"
id = "geonames:266826"
doc = "lebanon/*.txt"

[[place]]
name = "Abu Kammash"
lat = 33.07
lon = 11.83
kind = "city"
country = "LY"
aliases = ["Abukammash"]

[[pin]]
text = "the camp at Abu Kammash"
id = "geomig:user:abu-kammash"

[[ignore]]
text = "Sirte Basin"

[[ignore]]
text = "Libya"
doc = "oil-notes.txt"
"""

EXAMPLE_YAML = """\
# The same, in YAML.
pin:
  - text: Tripoli
    id: "geonames:2210247"
  - text: Tripoli
    id: "geonames:266826"
    doc: lebanon/*.txt
  - text: the camp at Abu Kammash
    id: geomig:user:abu-kammash
place:
  - name: Abu Kammash
    lat: 33.07
    lon: 11.83
    kind: city
    country: LY
    aliases: [Abukammash]
ignore:
  - text: Sirte Basin
  - text: Libya
    doc: oil-notes.txt
"""


def mention(text: str, start: int = 0, *, id: str | None = "geonames:2210247", kind: str = "city",
            confidence: float = 0.55, flags: tuple[str, ...] = (), alternatives=()) -> Mention:
    place = TinyGazetteer.places.get(id) if id else None
    return Mention(
        text=text, start=start, end=start + len(text), sentence=0, kind=kind, id=id,
        name=place.name if place else None, country=place.country if place else None,
        lat=place.lat if place else None, lon=place.lon if place else None,
        confidence=confidence, alternatives=tuple(alternatives), evidence="population prior",
        flags=flags,
    )


# --------------------------------------------------------------------------- format

def test_toml_and_yaml_say_the_same(gaz):
    toml = parse_overrides(EXAMPLE_TOML, where="o.toml", gazetteer=gaz)
    yaml = parse_overrides(EXAMPLE_YAML, fmt="yaml", where="o.yaml", gazetteer=gaz)
    strip = lambda entries: sorted((e.text, getattr(e, "id", None), e.doc) for e in entries)  # noqa: E731
    assert strip(toml.pins) == strip(yaml.pins)
    assert strip(toml.ignores) == strip(yaml.ignores)
    assert toml.places == yaml.places
    assert [p.line for p in toml.pins] == [2, 6, 19]
    assert [p.line for p in yaml.pins] == [3, 5, 8]


def test_extra_places(gaz):
    o = parse_overrides(EXAMPLE_TOML, gazetteer=gaz)
    assert list(o.places) == [UserPlace(
        id="geomig:user:abu-kammash", name="Abu Kammash", kind="city", country="LY",
        lat=33.07, lon=11.83, feature="user", aliases=("Abukammash",))]
    assert o.place("geomig:user:abu-kammash").name == "Abu Kammash"


@pytest.mark.parametrize("name, expected", [
    ("Abu Kammash", "abu-kammash"), ("Şabrātah", "sabratah"), ("  Ras Ajdir / Ben Gardane ", "ras-ajdir-ben-gardane"),
])
def test_slug(name, expected):
    assert slug(name) == expected


def test_empty_file_is_no_overrides(gaz):
    assert parse_overrides("# nothing yet\n", gazetteer=gaz) == Overrides(source="<overrides>")
    assert parse_overrides("", fmt="yaml", gazetteer=gaz).pins == ()


# --------------------------------------------------------------------------- validation

BAD_TOML = [
    ('[[pin]]\ntext = "Tripoli"\nid = "geonames:1"\n', "o.toml:3: unknown id 'geonames:1'"),
    ('[[pin]]\ntext = "Zawiya"\nid = "geomig:user:zawiya"\n', "o.toml:3: unknown id 'geomig:user:zawiya': no [[place]] has it"),
    ('[[place]]\nname = "X"\nlat = 95\nlon = 1\nkind = "city"\n', "o.toml:3: bad coordinates: lat must be a number from -90 to 90, not 95"),
    ('[[place]]\nname = "X"\nlat = 5\nlon = "east"\nkind = "city"\n', "o.toml:4: bad coordinates: lon must be a number from -180 to 180, not 'east'"),
    ('[[place]]\nname = "X"\nlat = 5\nlon = 1\nkind = "village"\n', "o.toml:5: unknown kind 'village'"),
    ('[[place]]\nname = "X"\nlat = 5\nlon = 1\nkind = "demonym"\n', "o.toml:5: unknown kind 'demonym'"),
    ('[[place]]\nname = "X"\nlat = 5\nlon = 1\nkind = "city"\ncountry = "Libya"\n', "o.toml:6: country must be an ISO 3166-1 alpha-2 code"),
    ('[[place]]\nname = "X"\nlat = 5\nkind = "city"\n', "o.toml:1: [[place]] needs 'lon'"),
    ('\n[[ignore]]\ntext = "Sirte"\nwhy = "a basin"\n', "o.toml:4: unknown key 'why' in [[ignore]]"),
    ('[[pins]]\ntext = "Tripoli"\n', "o.toml:1: unknown section 'pins'"),
    ('[[pin]]\ntext = ""\nid = "geonames:2210247"\n', "o.toml:2: 'text' must be a non-empty string"),
    ('[[pin]]\ntext = "Tripoli"\nid = "geonames:2210247"\n\n[[pin]]\ntext = "TRIPOLI"\nid = "geonames:266826"\n',
     "o.toml:6: 'TRIPOLI' is already pinned to geonames:2210247 at line 1"),
    ('[[pin]]\ntext = "Tripoli"\nid = "geonames:2210247"\n[[ignore]]\ntext = "Tripoli"\n',
     "o.toml:5: 'Tripoli' is already pinned to geonames:2210247 at line 1"),
    ('[[place]]\nname = "Abu Kammash"\nlat = 1\nlon = 1\nkind = "city"\n[[place]]\nname = "Abu-Kammash"\nlat = 1\nlon = 1\nkind = "city"\n',
     "o.toml:7: a place with id geomig:user:abu-kammash is already added at line 1"),
    ('[[pin]]\ntext = "Tripoli"\nid = geonames\n', "o.toml:3: Invalid value"),
    ('pin = "Tripoli"\n', "o.toml:1: 'pin' must be a list of entries"),
]


@pytest.mark.parametrize("source, message", BAD_TOML)
def test_toml_errors_name_the_line(gaz, source, message):
    with pytest.raises(OverridesError, match="^" + re.escape(message)):
        parse_overrides(source, where="o.toml", gazetteer=gaz)


BAD_YAML = [
    ("pin:\n  - text: Tripoli\n    id: geonames:1\n", "o.yaml:3: unknown id 'geonames:1'"),
    ("place:\n  - name: X\n    lat: 5\n    lon: 1\n    kind: city\n    country: NO\n",
     'o.yaml:6: country must be an ISO 3166-1 alpha-2 code like "LY", not False (quote it in YAML: "NO")'),
    ("ignore:\n  - text: Sirte\n  - txt: Sirte\n", "o.yaml:3: unknown key 'txt'"),
    ("pin:\n  - text: [unclosed\n", "o.yaml:3:"),
    ("- text: Tripoli\n", "o.yaml: expected sections"),
]


@pytest.mark.parametrize("source, message", BAD_YAML)
def test_yaml_errors_name_the_line(gaz, source, message):
    with pytest.raises(OverridesError, match="^" + re.escape(message)):
        parse_overrides(source, fmt="yaml", where="o.yaml", gazetteer=gaz)


def test_inline_entries_are_named_by_number(gaz):
    with pytest.raises(OverridesError, match=r"^o\.toml:1: pin #2: unknown id 'geonames:9'"):
        parse_overrides('pin = [\n  { text = "Tripoli", id = "geonames:2210247" },\n  { text = "Derna", id = "geonames:9" },\n]\n',
                        where="o.toml", gazetteer=gaz)


def test_load_overrides_missing_file(tmp_path, gaz):
    with pytest.raises(OverridesError, match="no such overrides file"):
        load_overrides(tmp_path / "nope.toml", gaz)


def test_repeated_identical_pin_is_fine(gaz):
    src = '[[pin]]\ntext = "Tripoli"\nid = "geonames:2210247"\n' * 2
    assert len(parse_overrides(src, gazetteer=gaz).pins) == 2


# --------------------------------------------------------------------------- apply

@pytest.mark.parametrize("pattern, doc, expected", [
    ("a.txt", "a.txt", True),
    ("a.txt", "seeds/a.txt", True),
    ("seeds/a.txt", "/work/main/seeds/a.txt", True),
    ("./seeds/a.txt", "seeds/a.txt", True),
    ("eds/a.txt", "seeds/a.txt", False),
    ("lebanon/*.txt", "lebanon/0412.txt", True),
    ("*.txt", "news/x.txt", True),
    ("b.txt", "a.txt", False),
])
def test_doc_matches(pattern, doc, expected):
    assert doc_matches(pattern, doc) is expected


def test_apply_pins_ignores_and_keeps_geomig_choice(gaz):
    o = parse_overrides(EXAMPLE_TOML, where="o.toml", gazetteer=gaz)
    chosen_lb = mention("Tripoli", 10, id="geonames:266826", confidence=0.6,
                        alternatives=[Candidate("geonames:2210247", "Tripoli", "LY", 32.9, 13.2, 0.4)])
    out = o.apply("news/libya.txt", [chosen_lb, mention("Sirte Basin", 30, id=None, kind="", flags=("unresolved",)),
                                     mention("Libya", 50, id="geonames:2215636", kind="country", confidence=0.9)], gaz)
    assert [m.text for m in out] == ["Tripoli", "Libya"]     # Sirte Basin ignored
    tripoli, libya = out
    assert (tripoli.id, tripoli.country, tripoli.lat, tripoli.confidence) == ("geonames:2210247", "LY", 32.88743, 1.0)
    assert tripoli.flags == ("overridden",)
    assert tripoli.evidence == "override: 'Tripoli' pinned to geonames:2210247 (o.toml:2); geomig chose geonames:266826"
    # geomig's own choice comes first among the alternatives; the pinned place is not repeated.
    assert [(a.id, a.score) for a in tripoli.alternatives] == [("geonames:266826", 0.6)]
    assert (tripoli.start, tripoli.end, tripoli.text) == (10, 17, "Tripoli")
    assert libya == mention("Libya", 50, id="geonames:2215636", kind="country", confidence=0.9)


def test_document_entries_beat_everywhere_entries(gaz):
    o = parse_overrides(EXAMPLE_TOML, gazetteer=gaz)
    assert o.apply("lebanon/0412.txt", [mention("Tripoli")], gaz)[0].id == "geonames:266826"
    assert o.apply("libya/0412.txt", [mention("Tripoli")], gaz)[0].id == "geonames:2210247"
    assert o.apply("oil-notes.txt", [mention("Libya", id="geonames:2215636")], gaz) == []
    assert len(o.apply("other.txt", [mention("Libya", id="geonames:2215636")], gaz)) == 1


@pytest.mark.parametrize("surface", ["TRIPOLI", "tripoli", "Trípoli"])
def test_surface_forms_fold_case_and_accents(gaz, surface):
    o = parse_overrides('[[pin]]\ntext = "Tripoli"\nid = "geonames:266826"\n', gazetteer=gaz)
    assert o.apply("d", [mention(surface)], gaz)[0].id == "geonames:266826"


def test_pin_resolves_an_unresolved_mention_to_an_added_place(gaz):
    o = parse_overrides(EXAMPLE_TOML, where="o.toml", gazetteer=gaz)
    m = mention("the camp at Abu Kammash", id=None, kind="", confidence=0.0, flags=("unresolved",))
    (out,) = o.apply("d", [m], gaz)
    assert (out.id, out.name, out.kind, out.lat, out.lon) == ("geomig:user:abu-kammash", "Abu Kammash", "city", 33.07, 11.83)
    assert out.flags == ("overridden",) and out.alternatives == ()


def test_pinned_demonym_stays_a_demonym(gaz):
    o = parse_overrides('[[pin]]\ntext = "Tripolitan"\nid = "geonames:266826"\n', gazetteer=gaz)
    (out,) = o.apply("d", [mention("Tripolitan", kind="demonym")], gaz)
    assert (out.kind, out.id) == ("demonym", "geonames:266826")


# --------------------------------------------------------------------------- accept

@pytest.mark.parametrize("choice, parsed", [
    ("Tripoli=geonames:2210247", ("Tripoli", "geonames:2210247", None)),
    (" Sirte Basin = ignore ", ("Sirte Basin", "ignore", None)),
    ("Tripoli=geonames:266826@lebanon/0412.txt", ("Tripoli", "geonames:266826", "lebanon/0412.txt")),
])
def test_parse_choice(choice, parsed):
    assert parse_choice(choice) == parsed


@pytest.mark.parametrize("choice", ["Tripoli", "=geonames:1", "Tripoli="])
def test_parse_choice_rejects(choice):
    with pytest.raises(OverridesError, match="expected SURFACE=ID"):
        parse_choice(choice)


def test_accept_replaces_same_scope_only(gaz):
    o = parse_overrides(EXAMPLE_TOML, gazetteer=gaz).accept("tripoli", "geonames:266826", gazetteer=gaz)
    assert sorted((p.text, p.id, p.doc) for p in o.pins if "ripoli" in p.text) == [
        ("Tripoli", "geonames:266826", "lebanon/*.txt"), ("tripoli", "geonames:266826", None)]
    o = o.accept("Tripoli", "ignore", doc="x.txt", gazetteer=gaz)
    assert Ignore("Tripoli", "x.txt") in o.ignores
    with pytest.raises(OverridesError, match="unknown id 'geonames:42'"):
        o.accept("Tripoli", "geonames:42", gazetteer=gaz)


def test_accept_into_new_file(gaz, tmp_path):
    path = tmp_path / "overrides.toml"
    o = accept_into(path, [("Tripoli", "geonames:2210247", None), ("Sirte Basin", "ignore", None)], gaz)
    assert [(p.text, p.id, p.line) for p in o.pins] == [("Tripoli", "geonames:2210247", 3)]
    assert [i.text for i in o.ignores] == ["Sirte Basin"]
    assert path.read_text().startswith("# geomig overrides")


def test_accept_into_appends_and_keeps_comments(gaz, tmp_path):
    path = tmp_path / "overrides.toml"
    path.write_text(EXAMPLE_TOML)
    o = accept_into(path, [("Derna", "geonames:2215636", "d.txt")], gaz)
    text = path.read_text()
    assert text.startswith(EXAMPLE_TOML)                     # comments and layout intact
    assert text[len(EXAMPLE_TOML):] == '\n[[pin]]\ntext = "Derna"\nid = "geonames:2215636"\ndoc = "d.txt"\n'
    assert len(o.pins) == 4 and len(o.places) == 1 and len(o.ignores) == 2


def test_accept_into_replacing_rewrites_but_keeps_entries(gaz, tmp_path):
    path = tmp_path / "overrides.toml"
    path.write_text(EXAMPLE_TOML)
    o = accept_into(path, [("Tripoli", "geonames:266826", None)], gaz)
    assert {(p.text, p.id, p.doc) for p in o.pins} == {
        ("Tripoli", "geonames:266826", "lebanon/*.txt"), ("Tripoli", "geonames:266826", None),
        ("the camp at Abu Kammash", "geomig:user:abu-kammash", None)}
    assert len(o.places) == 1 and len(o.ignores) == 2


def test_accept_into_yaml_stays_yaml(gaz, tmp_path):
    path = tmp_path / "overrides.yaml"
    path.write_text(EXAMPLE_YAML)
    o = accept_into(path, [("Derna", "ignore", None)], gaz)
    assert "- text: Derna" in path.read_text()
    assert {i.text for i in o.ignores} == {"Sirte Basin", "Libya", "Derna"}


def test_save_round_trips(gaz, tmp_path):
    o = parse_overrides(EXAMPLE_TOML, gazetteer=gaz)
    for name in ("o.toml", "o.yml"):
        o.save(tmp_path / name)
        again = load_overrides(tmp_path / name, gaz)
        assert again.to_data() == o.to_data()


def full_disk(src, dst):
    raise OSError(28, "No space left on device")


@pytest.mark.parametrize("name, choice", [
    ("o.toml", ("Derna", "geonames:2215636", None)),     # appends to the TOML
    ("o.toml", ("Tripoli", "geonames:266826", None)),    # replaces an entry: rewrites
    ("o.yaml", ("Derna", "ignore", None)),
])
def test_accept_into_is_atomic(gaz, tmp_path, monkeypatch, name, choice):
    path = tmp_path / name
    before = EXAMPLE_YAML if name.endswith(".yaml") else EXAMPLE_TOML
    path.write_text(before)
    monkeypatch.setattr(os, "replace", full_disk)
    with pytest.raises(OutputError, match=f"cannot write {path}: No space left on device"):
        accept_into(path, [choice], gaz)
    assert path.read_text() == before                   # the analyst's file as it was
    assert [p.name for p in tmp_path.iterdir()] == [name]


def test_accept_into_keeps_crlf_bytes(gaz, tmp_path):
    path = tmp_path / "o.toml"
    path.write_bytes(EXAMPLE_TOML.replace("\n", "\r\n").encode())
    accept_into(path, [("Derna", "ignore", None)], gaz)
    assert path.read_bytes().startswith(EXAMPLE_TOML.replace("\n", "\r\n").encode())


def test_save_is_atomic_and_makes_directories(gaz, tmp_path, monkeypatch):
    o = parse_overrides(EXAMPLE_TOML, gazetteer=gaz)
    o.save(tmp_path / "new" / "dir" / "o.toml")
    assert load_overrides(tmp_path / "new" / "dir" / "o.toml", gaz).to_data() == o.to_data()
    path = tmp_path / "o.toml"
    path.write_text("# mine\n")
    monkeypatch.setattr(os, "replace", full_disk)
    with pytest.raises(OutputError, match="No space left on device"):
        o.save(path)
    assert path.read_text() == "# mine\n"


def test_toml_lines():
    source = 'title = "x"\n\n[[pin]]\ntext = "A"\n"id" = "g:1"\n\n[[pin]]\ntext = "B"\n[meta]\nk = 1\n'
    lines = toml_lines(source)
    assert lines.top == {"title": 1, "pin": 3, "meta": 9, "k": 10}
    assert lines.entries == {("pin", 0): 3, ("pin", 1): 7}
    assert lines.of("pin", 0, "id") == 5 and lines.of("pin", 1, "id") == 7 and lines.of("pin", 1, "text") == 8
    assert lines.of("pin", 5) == 3                      # unknown entry: its section


def test_pin_entries_are_plain_dataclasses():
    assert Pin("Tripoli", "geonames:2210247") == Pin("Tripoli", "geonames:2210247", None, None)


# --------------------------------------------------------------------------- with the real pipeline

def test_geocode_document_applies_overrides(tmp_path, gazetteer):
    import geomig
    from geomig.models import Document

    path = tmp_path / "o.toml"
    path.write_text(
        '[[place]]\nname = "Qarabulli Beach"\nlat = 32.78\nlon = 13.72\nkind = "landmark"\ncountry = "LY"\n\n'
        '[[pin]]\ntext = "Tripoli"\nid = "geonames:266826"\ndoc = "lebanon.txt"\n\n'
        '[[ignore]]\ntext = "Italy"\n'
    )
    overrides = load_overrides(path, gazetteer)
    text = "Boats left Qarabulli Beach for Italy, and others sailed from Tripoli."
    libya = geomig.geocode_document(Document("libya.txt", text), overrides=overrides)
    found = {m.text: m for m in libya.mentions}
    assert found["Qarabulli Beach"].id == "geomig:user:qarabulli-beach"
    assert found["Qarabulli Beach"].kind == "landmark"
    assert "Italy" not in found
    assert found["Tripoli"].id == "geonames:2210247" and "overridden" not in found["Tripoli"].flags
    lebanon = geomig.geocode_document(Document("lebanon.txt", text), overrides=overrides)
    tripoli = next(m for m in lebanon.mentions if m.text == "Tripoli")
    assert (tripoli.id, tripoli.country, tripoli.flags) == ("geonames:266826", "LB", ("overridden",))
    assert tripoli.alternatives[0].id == "geonames:2210247"


def test_an_analyst_s_place_beside_another_name_is_never_doubted(tmp_path, gazetteer):
    # A user town next to an unknown word, in a text about another country: the check for
    # words of longer unknown names reads the gazetteer, which has no user place (it raised).
    import geomig
    from geomig.models import Document

    path = tmp_path / "o.toml"
    path.write_text('[[place]]\nname = "Kara Tepe"\nlat = 39.09\nlon = 26.55\nkind = "city"\ncountry = "GR"\n')
    overrides = load_overrides(path, gazetteer)
    text = "Boats left from Ayvalik Kara Tepe for Izmir in Turkey."
    found = {m.text: m for m in geomig.geocode_document(Document("t.txt", text), overrides=overrides).mentions}
    assert found["Kara Tepe"].id == "geomig:user:kara-tepe"


# --------------------------------------------------------------------------- words recognition turned down

def test_a_pin_places_a_word_recognition_turned_down_and_says_so(gaz):
    o = parse_overrides('[[pin]]\ntext = "Tripoli"\nid = "geonames:2210247"\n', where="o.toml", gazetteer=gaz)
    person = mention("Tripoli", id=None, kind="", confidence=0.0, flags=("person",))
    (out,) = o.apply("d", [person], gaz)
    assert (out.id, out.kind, out.confidence, out.flags) == ("geonames:2210247", "city", 1.0, ("overridden",))
    assert out.evidence == ("override: 'Tripoli' pinned to geonames:2210247 (o.toml:1); "
                            "recognition had turned it down (person)")


@pytest.mark.parametrize("flag", ["organisation", "street", "currency", "pathogen"])
def test_a_pin_leaves_a_word_of_a_longer_name_unplaced(gaz, flag):
    # "Tripoli" of "the Tripoli Post": the pin, made for the town, does not place the newspaper.
    o = parse_overrides('[[pin]]\ntext = "Tripoli"\nid = "geonames:2210247"\n', gazetteer=gaz)
    word = mention("Tripoli", id=None, kind="", confidence=0.0, flags=(flag,))
    assert o.apply("d", [word], gaz) == [word]


def test_may_pin_asks_for_a_second_look_only_where_a_pinned_name_occurs(gaz):
    o = parse_overrides('[[pin]]\ntext = "Trípoli"\nid = "geonames:2210247"\n\n'
                        '[[pin]]\ntext = "Libya"\nid = "geonames:2215636"\ndoc = "libya/*.txt"\n', gazetteer=gaz)
    assert o.may_pin("a.txt", "Boats left TRIPOLI at dawn.")          # case and accents folded
    assert not o.may_pin("a.txt", "Boats left Zuwara for Libya.")     # Libya's pin is for libya/*.txt only
    assert o.may_pin("libya/1.txt", "Boats left Zuwara for Libya.")
    assert not Overrides().may_pin("a.txt", "Tripoli")
