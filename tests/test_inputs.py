"""Reading inputs: paths, directories, stdin and bad files."""

from __future__ import annotations

import warnings

import pytest

from geomig.documents import inputs
from geomig.errors import InputError, InputWarning


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
    path = tmp_path / "mixed.txt"  # UTF-8 ("Zuwāra") with one stray byte: replaced, no warning
    path.write_bytes("Boats left Zuwāra\r\n".encode() + b"caf\xe9 in Tripoli.")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        text = inputs.read(str(path)).text
    assert text.index("Tripoli") == len("Boats left Zuwāra\r\ncaf\ufffd in ")  # no newline translation


@pytest.mark.parametrize("content, expected", [
    (b"She left San Pedro, in Sacatep\xe9quez.", "She left San Pedro, in Sacatepéquez."),
    (b"\x93We will not go back,\x94 he said in Tripoli.", "“We will not go back,” he said in Tripoli."),
    ("Émigrés à Ávila, Ñuñoa".encode("cp1252"), "Émigrés à Ávila, Ñuñoa"),   # short, a third accented
])
def test_a_windows_1252_file_is_read_as_such_with_a_one_line_warning(tmp_path, content, expected):
    path = tmp_path / "latin.txt"
    path.write_bytes(content)
    with pytest.warns(InputWarning, match="latin.txt: is not UTF-8; read as Windows-1252") as caught:
        assert inputs.read(str(path)).text == expected
    assert "\n" not in str(caught[0].message)


@pytest.mark.parametrize("text, codec", [
    ("Мигранты из Ирака прибыли в Минск на прошлой неделе.", "cp1251"),
    ("Οι μετανάστες έφτασαν στη Λέσβο την Τρίτη.", "cp1253"),
])
def test_a_legacy_non_latin_code_page_is_refused_not_read_as_windows_1252(tmp_path, text, codec):
    path = tmp_path / "legacy.txt"  # every byte is a Windows-1252 letter, but the words are not Latin
    path.write_bytes(text.encode(codec))
    with pytest.raises(InputError, match="legacy.txt: is not UTF-8.*save it as UTF-8") as err:
        inputs.read(str(path))
    assert "\n" not in str(err.value)


def test_bytes_windows_1252_lacks_are_replaced_as_utf_8(tmp_path):
    path = tmp_path / "odd.txt"  # 0x81 is no Windows-1252 character: no fallback, no warning
    path.write_bytes(b"Boats left Zuwara \x81 for Lampedusa.")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert inputs.read(str(path)).text == "Boats left Zuwara \ufffd for Lampedusa."


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


_DOCX = b"PK\x03\x04" + b"\x14\x00" * 10 + b"word/document.xml" + b"\x00" * 40
_ODT = b"PK\x03\x04" + b"\x00" * 26 + b"mimetypeapplication/vnd.oasis.opendocument.text"


@pytest.mark.parametrize("name, content, message", [
    ("report.docx", _DOCX, r"report.docx: is a Word document \(.docx\), not plain text; save it as plain text \(.txt\) first$"),
    ("report.pdf", b"%PDF-1.7\n1 0 obj <</Type /Catalog>> endobj\n" + bytes(range(256)), r"report.pdf: is a PDF document, not plain"),
    ("report.odt", _ODT, r"is an OpenDocument text \(.odt\), not plain text"),
    ("report.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, r"is an old Word or Excel document"),
    ("report.rtf", b"{\\rtf1\\ansi Boats left Zuwara for Lampedusa.}", r"is an RTF document, not plain text"),
    ("photo.txt", b"\x89PNG\r\n\x1a\n" + b"\x00" * 50, r"photo.txt: is a PNG image"),
])
def test_a_document_of_another_format_is_named_with_the_fix(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(InputError, match=message) as err:
        inputs.read(str(path))
    assert "\n" not in str(err.value)


def test_a_saved_web_page_is_refused_but_pasted_markup_is_read(tmp_path):
    page = tmp_path / "page.html"
    page.write_text("<!DOCTYPE html>\n<html><head><script>var city = 'Tripoli';</script></head>"
                    "<body><p>A boat that left <b>Zuwara</b> reached Lampedusa.</p></body></html>", encoding="utf-8")
    with pytest.raises(InputError, match=r"page.html: is a saved web page \(HTML\), not plain text; copy the article"):
        inputs.read(str(page))
    pasted = tmp_path / "pasted.txt"
    pasted.write_text("A boat that left <b>Zuwara</b> reached <i>Lampedusa</i> at dawn.", encoding="utf-8")
    assert "Zuwara" in inputs.read(str(pasted)).text


# Sentences written for this test, each about 30 words, in the language named.
_OTHER_LANGUAGES = [
    ("French", "Des centaines de migrants ont quitté les côtes de la Libye pour rejoindre l'Italie. Le bateau est "
               "parti de Zuwara et a accosté à Lampedusa dimanche avec soixante personnes à bord, selon les garde-côtes."),
    ("Spanish", "Cientos de migrantes salieron de las costas de Libia hacia Italia. El barco partió de Zuwara y llegó "
                "a Lampedusa el domingo con sesenta personas a bordo, según la guardia costera, que interceptó otro."),
    ("German", "Hunderte Migranten sind von der Küste Libyens nach Italien aufgebrochen. Das Boot ist in Zuwara "
               "gestartet und am Sonntag auf Lampedusa angekommen, mit sechzig Menschen an Bord, wie die Küstenwache sagte."),
    ("text in Cyrillic script", "Сотни мигрантов покинули побережье Ливии и направились в Италию. Лодка вышла из "
                                "Зувары и в воскресенье прибыла на Лампедузу, на борту было шестьдесят человек."),
]


@pytest.mark.parametrize("language, text", _OTHER_LANGUAGES, ids=[lang for lang, _ in _OTHER_LANGUAGES])
def test_a_text_in_another_language_is_refused_in_one_line(tmp_path, language, text):
    path = tmp_path / "other.txt"
    path.write_text(text, encoding="utf-8")
    what = language if language.startswith("text in") else f"{language} text"
    with pytest.raises(InputError, match=f"other.txt: looks like {what}; geomig reads English, so it is skipped$"):
        inputs.read(str(path))


@pytest.mark.parametrize("text", [
    "Tripoli\nBenghazi\nMisrata\nZuwara\nSabratha\nLampedusa\nCatania\nPalermo\nAgadez\nNiamey\nGao\nKano\n"
    "Dakar\nBamako\nAccra\nLagos\nTunis\nAlgiers\nRabat\nCeuta\nMelilla\nTangier\nOujda\nNador\nAlmeria\nMalaga",
    "Migrants from Côte d'Ivoire left La Línea de la Concepción and Vélez de la Gomera for the Costa del Sol, "
    "where the Guardia Civil and the Salvamento Marítimo de la Región de Murcia met the boats at dawn.",
    "Boats left Zuwara.",
], ids=["place list", "English with Spanish names", "short"])
def test_english_and_lists_of_names_are_read(tmp_path, text):
    path = tmp_path / "en.txt"
    path.write_text(text, encoding="utf-8")
    assert inputs.read(str(path)).text == text


def test_a_folder_of_word_files_says_what_it_holds(tmp_path):
    for name in ("a.docx", "b.docx", "c.pdf"):
        (tmp_path / name).write_bytes(b"x")
    with pytest.raises(InputError, match=r"directory holds no .txt files \(it holds 2 .docx, 1 .pdf: save articles as .txt\)$"):
        inputs.expand([tmp_path])


def test_the_cli_says_so_on_one_warning_line_and_goes_on(tmp_path, gazetteer):
    from typer.testing import CliRunner

    from geomig.cli import app

    path = tmp_path / "latin.txt"
    path.write_bytes(b"Families from Sacatep\xe9quez, in Guatemala, reached Mexico.")
    result = CliRunner().invoke(app, ["geocode", str(path), "-o", str(tmp_path / "out.jsonl")])
    assert result.exit_code == 0
    assert result.stderr == (f"Warning: {path}: is not UTF-8; read as Windows-1252 (Latin-1). "
                             "Save it as UTF-8 to be sure\n")
    assert '"text": "Sacatepéquez"' in (tmp_path / "out.jsonl").read_text("utf-8")
