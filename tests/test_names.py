"""Name keys and the memory-mapped name index."""

from __future__ import annotations

import pytest

from geomig.gazetteer.names import NameIndex, key_of, normalize


@pytest.mark.parametrize("name, key", [
    ("Şabrātah", "sabratah"), ("Libya’s", "libya's"), ("Winston-Salem", "winston salem"), ("U.S.", "us"),
    ("  Agadez   Region ", "agadez region"), ("CÔTE D‘IVOIRE", "cote d'ivoire"), ("Ad–Dakhla", "ad dakhla"),
])
def test_normalize(name, key):
    assert normalize(name) == key


@pytest.mark.parametrize("name, key", [
    ("Hawaiʻi", "hawai'i"), ("Taʿizz", "ta'izz"), ("Maʼrib", "ma'rib"), ("Sana´a", "sana'a"),
    ("Kāneʻohe", "kane'ohe"),
])
def test_every_apostrophe_is_one(name, key):
    """The ʻokina and the modifier letters of romanised Arabic and Ukrainian are apostrophes
    as the curly quotes are, so a name written with any of them finds the gazetteer's."""
    assert normalize(name) == key


@pytest.mark.parametrize("name, key", [("Ky.", "ky."), ("Ky", "ky"), ("Man. ", "man."), ("U.S.", "us."), ("", "")])
def test_abbreviations_keep_their_dot(name, key):
    assert key_of(name) == key


def test_name_index_round_trip(tmp_path):
    path = tmp_path / "names.trie"
    NameIndex.write({"tripoli": (3, 70000), "zuwara": (5,)}, str(path))
    names = NameIndex(path)
    assert names.get("tripoli") == (3, 70000) and names.get("zuwara") == (5,)
    assert names.get("derna") == () and names.get("derna", None) is None
    assert "zuwara" in names and "zuwar" not in names
    assert len(names) == 2


def test_a_name_index_knows_the_prefixes_of_its_keys(tmp_path):
    NameIndex.write({"new york": (1,), "newark": (2,)}, str(tmp_path / "t.trie"))
    index = NameIndex(tmp_path / "t.trie")
    assert [index.has_prefix(p) for p in ("new ", "new", "newa", "york")] == [True, True, True, False]
