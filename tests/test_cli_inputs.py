"""Every command reads a file as every other does, and says what is wrong on one plain line."""

from __future__ import annotations

import zipfile

import pytest
from typer.testing import CliRunner

from geomig.cli import app

FRENCH = ("Les bateaux sont partis de la plage avant le lever du jour, et les gardes ont dit que "
          "les familles étaient à bord avec des enfants. Le centre est plein depuis une semaine et "
          "les associations demandent des places pour les mineurs qui arrivent sans leurs parents.")
ENGLISH = "Forty people left Zuwara by boat on Sunday and reached Lampedusa the next morning.\n"


def _docx(path):
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "<w:document/>")


#: A file given by name -> the one line every command prints for it.
BAD_FILES = {
    "docx": (_docx, "is a Word document (.docx), not plain text; save it as plain text (.txt) first"),
    "pdf": (lambda p: p.write_bytes(b"%PDF-1.7\n%\xe2\xe3\n1 0 obj"),
            "is a PDF document, not plain text; save it as plain text (.txt) first"),
    "french": (lambda p: p.write_text(FRENCH, "utf-8"), "looks like French text; geomig reads English, so it is skipped"),
    "web page": (lambda p: p.write_text("<!DOCTYPE html>\n<html><head><title>News</title></head>"
                                        "<body><p>Boats left at dawn.</p></body></html>", "utf-8"),
                 "is a saved web page (HTML), not plain text; copy the article's text into a .txt file first"),
}
COMMANDS = {"map": ["-o", "{out}.html"], "extract": ["-o", "{out}.geojson"], "geocode": ["-o", "{out}.jsonl"]}


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("kind", BAD_FILES)
def test_a_single_bad_file_is_one_line_and_exit_1(tmp_path, gazetteer, command, kind):
    write, message = BAD_FILES[kind]
    path = tmp_path / "article.txt"
    write(path)
    out = tmp_path / "out"
    args = [a.format(out=out) for a in COMMANDS[command]]
    result = CliRunner().invoke(app, [command, str(path), *args])
    assert result.exit_code == 1
    assert result.stderr == f"Error: {path}: {message}\n"
    assert not any(tmp_path.glob("out.*"))


@pytest.mark.parametrize("command", COMMANDS)
def test_a_bad_file_beside_a_good_one_is_skipped_and_the_rest_written(tmp_path, gazetteer, command):
    bad, good = tmp_path / "a.txt", tmp_path / "b.txt"
    bad.write_text(FRENCH, "utf-8")
    good.write_text(ENGLISH, "utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(app, [command, str(bad), str(good), *(a.format(out=out) for a in COMMANDS[command])])
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0] == f"Error: {bad}: {BAD_FILES['french'][1]}"
    assert len(list(tmp_path.glob("out.*"))) == 1


def test_a_batch_folder_of_word_files_says_what_it_holds(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    for name in ("a.docx", "b.docx", "c.pdf"):
        (folder / name).write_bytes(b"PK\x03\x04")
    result = CliRunner().invoke(app, ["batch", str(folder), "-o", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert result.stderr == (f"Error: {folder}: directory holds no .txt files "
                             "(it holds 2 .docx, 1 .pdf: save articles as .txt)\n")


@pytest.mark.parametrize("offline", [False, True])
def test_a_batch_map_online_says_it_needs_the_network(tmp_path, offline):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text(ENGLISH, "utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["batch", str(folder), "-o", str(out), *(["--offline"] if offline else [])])
    assert result.exit_code == 0, result.output
    lines = result.stderr.splitlines()
    assert lines[0].startswith(f"Wrote {out}: 1 document, ")
    note = [f"Note: {out / 'map.html'} loads Leaflet and its basemap from the web; "
            "give --offline for a page that works without the network"]
    assert lines[1:] == ([] if offline else note)


@pytest.mark.parametrize("args, message", [
    (["map", "a.txt", "-o", "m.pdf"], "Invalid value for -o/--output: m.pdf: cannot tell the format from the "
     "suffix '.pdf'; use .fragment.html, .html, .htm, .png, .svg, .geojson or .json, or give --format (see 'geomig map --help')"),
    (["map"], "Missing argument 'paths' (see 'geomig map --help')"),
    (["map", "a.txt"], "Missing option '-o' / '--output' (see 'geomig map --help')"),
    (["mapp"], "No such command 'mapp'. Did you mean 'map'? (see 'geomig --help')"),
    (["map", "a.txt", "-o", "m.html", "--bounds", "1,2"],
     "Invalid value for --bounds: bounds '1,2': expected four numbers W,S,E,N in degrees (see 'geomig map --help')"),
    (["geocode", "a.txt", "--jobs", "0"], "(see 'geomig geocode --help')"),
    (["batch", "c.jsonl", "-o", "out", "--workers", "2", "--scheduler", "tcp://127.0.0.1:1"],
     "Invalid value for --workers: give --workers or --scheduler, not both (see 'geomig batch --help')"),
])
def test_usage_errors_are_one_plain_line_and_exit_2(tmp_path, monkeypatch, args, message):
    # The same "Error: ..." line as a bad input (no box a log would cut into pieces), with
    # where to read the usage; a long message is never wrapped.
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(ENGLISH, "utf-8")
    (tmp_path / "c.jsonl").write_text('{"text": "Boats left Sfax."}\n', "utf-8")
    result = CliRunner().invoke(app, args, terminal_width=60, prog_name="geomig")
    assert result.exit_code == 2
    assert result.stderr.startswith("Error: ") and result.stderr.count("\n") == 1
    assert result.stderr.rstrip("\n").endswith(message)
    assert result.stdout == ""


def test_a_usage_error_prints_a_file_name_s_control_characters_escaped(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["map", "a.txt", "-o", "m\x1b[2J.pdf"])
    assert result.exit_code == 2
    assert "\x1b" not in result.stderr and "m\\x1b[2J.pdf" in result.stderr


def test_no_arguments_is_the_help():
    result = CliRunner().invoke(app, [], prog_name="geomig")
    assert result.exit_code == 2
    assert "Usage: geomig" in result.output and "Error" not in result.output


@pytest.mark.parametrize("name, fmt", [
    ("report/map.fragment.html", "fragment"), ("MAP.FRAGMENT.HTML", "fragment"), ("map.html", "html"),
    ("fragment.html", "html"), ("a.fragment.png", "png"), ("m.geojson", "geojson"),
])
def test_the_map_format_follows_the_longest_suffix_of_its_name(name, fmt):
    from geomig.commands import output_format
    from geomig.commands.map import _SUFFIXES
    from geomig.maps.produce import FORMATS

    assert output_format(None, name, formats=FORMATS, suffixes=_SUFFIXES, default="html") == fmt


@pytest.mark.parametrize("suffix", [".csv", ".html", ".json"])
def test_audit_reads_a_text_that_names_the_border(tmp_path, suffix):
    # The audit keeps rejected phrases, a path where "the border" once raised a TypeError.
    text = tmp_path / "border.txt"
    text.write_text("Most of the families crossed the border at night. Soldiers on the border "
                    "sent some back to Sudan, and the others reached Adre in Chad.\n", "utf-8")
    out = tmp_path / f"audit{suffix}"
    result = CliRunner().invoke(app, ["audit", str(text), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "Adre" in out.read_text("utf-8")
    assert result.stderr.splitlines()[-1].startswith("Wrote ")


def test_audit_table_of_a_text_that_names_the_border(tmp_path):
    text = tmp_path / "border.txt"
    text.write_text("Guards at the southern border turned the lorry back to Agadez.\n", "utf-8")
    result = CliRunner().invoke(app, ["audit", str(text)])
    assert result.exit_code == 0, result.output
    assert "Agadez" in result.stdout
