"""Reading inputs: paths, directories, stdin and bad files."""

from __future__ import annotations

import pytest

from geomig.documents import inputs
from geomig.errors import InputError


@pytest.fixture
def corpus(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text("Boats left Zuwara.", encoding="utf-8")
    (tmp_path / "1.txt").write_text("Migrants reached Lampedusa.", encoding="utf-8")
    (tmp_path / "notes.md").write_text("ignored", encoding="utf-8")
    return tmp_path


def test_directories_expand_to_sorted_txt_recursively(corpus):
    assert inputs.expand([corpus]) == [str(corpus / "1.txt"), str(corpus / "b" / "2.txt")]


@pytest.mark.parametrize("content, message", [
    (b"", "file is empty"),
    (b"   \n\t", "file is empty"),
    (b"\x00\x01\x02binary\x00", "looks like a binary file"),
    (bytes(range(128, 256)) * 40, "is not UTF-8 text"),
])
def test_bad_files_raise_one_line(tmp_path, content, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(InputError, match=message) as err:
        inputs.read(str(path))
    assert "\n" not in str(err.value)


def test_a_few_invalid_bytes_are_replaced_and_offsets_kept(tmp_path):
    path = tmp_path / "latin.txt"
    path.write_bytes("Boats left Zuwara\r\n".encode() + b"caf\xe9 in Tripoli.")
    text = inputs.read(str(path)).text
    assert text.index("Tripoli") == len("Boats left Zuwara\r\ncaf\ufffd in ")  # no newline translation


def test_huge_file_is_refused(tmp_path):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as f:
        f.write(b"Tripoli. " * (50 * 1024 * 1024 // 9))
    with pytest.raises(InputError, match="over the 20 MB limit"):
        inputs.read(str(path))


def test_missing_path_and_empty_directory(tmp_path):
    with pytest.raises(InputError, match="no such file or directory"):
        inputs.expand([tmp_path / "nope.txt"])
    with pytest.raises(InputError, match="directory holds no .txt files"):
        inputs.expand([tmp_path])


def test_read_all_reports_bad_items_and_goes_on(corpus, tmp_path):
    (corpus / "empty.txt").write_bytes(b"")
    items = list(inputs.read_all([corpus / "missing.txt", corpus]))
    failures = [i for i in items if isinstance(i, inputs.Failure)]
    docs = [i for i in items if not isinstance(i, inputs.Failure)]
    assert [f.reason.split(": ", 1)[1] for f in failures] == ["no such file or directory", "file is empty"]
    assert [d.text for d in docs] == ["Migrants reached Lampedusa.", "Boats left Zuwara."]
