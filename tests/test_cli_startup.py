"""What `geomig` loads to start: each command imports what it needs when it runs."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import typer.main
from typer.testing import CliRunner

from geomig.cli import app
from geomig.commands import COMMANDS
from geomig.commands import geocode as geocode_module

#: Stages and libraries that no command needs merely to start.
STAGES = ("geomig.maps", "geomig.picture", "geomig.audit", "geomig.corpus", "geomig.evaluate",
          "rich", "folium", "geopandas", "pandas", "pyarrow", "matplotlib", "pyproj", "geopy")


def loaded_after(code: str) -> set[str]:
    """The modules a fresh interpreter holds after running ``code`` (a SystemExit included)."""
    script = (f"import json, sys\ntry:\n    exec({code!r})\nexcept SystemExit:\n    pass\n"
              "print(json.dumps(sorted(sys.modules)))")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout
    return set(json.loads(out.splitlines()[-1]))


#: What typer brings: `geomig geocode` on a plain command line runs without it.
TYPER = ("typer", "click", "pydantic", "pydantic_core", "rich", "shellingham")


def test_importing_the_cli_loads_no_stage():
    loaded = loaded_after("import geomig.cli")
    heavy = STAGES + TYPER + ("numpy", "shapely", "importlib.metadata", "geomig.geoparse", "geomig.gazetteer")
    assert sorted(m for m in heavy if m in loaded) == []
    assert not [m for m in COMMANDS.values() if m in loaded]


def test_version_loads_no_command():
    # The version is printed and the exit is clean: a broken --version would load less, not more.
    loaded = loaded_after(
        "import contextlib, io\nfrom geomig.cli import app\nout = io.StringIO()\n"
        "try:\n    with contextlib.redirect_stdout(out):\n        app(['--version'])\n"
        "except SystemExit as e:\n    assert e.code in (0, None), e.code\n"
        "assert out.getvalue().startswith('geomig '), out.getvalue()")
    assert not [m for m in COMMANDS.values() if m in loaded]
    assert "geomig.geoparse" not in loaded and "numpy" not in loaded


def test_geocode_loads_only_the_geocoding_stack(gazetteer, tmp_path):
    text = tmp_path / "note.txt"
    text.write_text("Boats left Zuwara for Lampedusa.", encoding="utf-8")
    loaded = loaded_after(f"from geomig.cli import app\napp(['geocode', {str(text)!r}, '-o', {str(tmp_path / 'o.jsonl')!r}])")
    assert "geomig.geoparse.geocode" in loaded  # it did run
    assert sorted(m for m in STAGES if m in loaded) == []
    assert [m for m in COMMANDS.values() if m in loaded] == ["geomig.commands.geocode"]


def test_help_lists_every_command_in_order():
    result = CliRunner().invoke(app, ["--help"])
    assert result.exit_code == 0
    listed = [line.split()[1] for line in result.stdout.splitlines()
              if line.startswith("│ ") and line.split()[1] in COMMANDS]
    assert listed == list(COMMANDS)


@pytest.mark.parametrize("typo, meant", [("geocde", "geocode"), ("extrakt", "extract")])
def test_a_mistyped_command_is_a_usage_error_naming_the_right_one(typo, meant):
    result = CliRunner().invoke(app, [typo])
    assert result.exit_code == 2
    assert f"Did you mean '{meant}'?" in result.output


def test_geocoding_a_part_of_a_country_builds_no_polygon(gazetteer, tmp_path):
    # The index holds the point of every part of every area: "southern Libya" needs no shapely.
    text = tmp_path / "note.txt"
    text.write_text("Smugglers move people across southern Libya and western Libya.", encoding="utf-8")
    out = tmp_path / "o.jsonl"
    loaded = loaded_after(f"from geomig.cli import app\napp(['geocode', {str(text)!r}, '-o', {str(out)!r}])")
    ids = [m["id"] for m in json.loads(out.read_text())["mentions"]]
    assert "geomig:south:geonames:2215636" in ids and "geomig:west:geonames:2215636" in ids
    assert "shapely" not in loaded


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_each_command_sums_itself_up_in_one_line(name):
    # `geomig --help` lists the first paragraph of each command's help; a paragraph of
    # several lines is printed with its breaks, cutting a sentence in the middle.
    command = typer.main.get_command(app).commands[name]
    summary = command.help.strip().split("\n\n")[0]
    assert summary and "\n" not in summary and summary.endswith(".")


# -- `geomig geocode` without typer (geomig.commands.geocode.run_plain) ---------------------

def test_the_console_script_geocodes_without_typer(gazetteer, tmp_path):
    text = tmp_path / "note.txt"
    text.write_text("Boats left Zuwara for Lampedusa.", encoding="utf-8")
    out = tmp_path / "o.jsonl"
    loaded = loaded_after(f"import sys\nsys.argv = ['geomig', 'geocode', {str(text)!r}, '-o', {str(out)!r}]\n"
                          "from geomig.cli import main\nmain()")
    assert [m["name"] for m in json.loads(out.read_text())["mentions"]] == ["Zuwarah", "Lampedusa"]
    assert sorted(m for m in STAGES + TYPER if m in loaded) == []
    assert [m for m in COMMANDS.values() if m in loaded] == ["geomig.commands.geocode"]


def test_the_plain_options_are_the_commands_options():
    command = typer.main.get_command(app).commands["geocode"]
    declared = {flag: (p.name, p.multiple) for p in command.params if p.param_type_name == "option"
                for flag in p.opts}
    assert declared == geocode_module.PLAIN_OPTIONS
    assert not any(p.is_flag for p in command.params if p.param_type_name == "option")  # each takes a value


def test_plain_arguments_are_read_as_typer_reads_them(tmp_path):
    got = geocode_module.plain_arguments(["a.txt", "--resolver-option", "user=x", "-", "--resolver-option=k=v",
                                          "--jobs=2", "-o", "-", "--overrides", "fix.toml", "--format=csv"])
    assert got == {"paths": ["a.txt", "-"], "resolver_option": ["user=x", "k=v"], "jobs": 2, "output": "-",
                   "overrides": Path("fix.toml"), "format": "csv"}
    assert geocode_module.plain_arguments(["a.txt"]) == {"paths": ["a.txt"], "jobs": 1}


@pytest.mark.parametrize("args", [
    [], ["--help"], ["a.txt", "-h"], ["--", "a.txt"], ["-oout.json", "a.txt"], ["a.txt", "--format"],
    ["a.txt", "-o", "-x"], ["a.txt", "-o", "a.json", "--output", "b.json"], ["a.txt", "--jobs", "0"],
    ["a.txt", "--jobs", "02"], ["a.txt", "--jobs", "two"], ["a.txt", "--format="], ["", "a.txt"],
    ["a.txt", "--verbose"], ["a.txt", "--resolver_option", "k=v"],
])
def test_anything_but_a_plain_command_line_is_left_to_typer(args):
    assert geocode_module.plain_arguments(args) is None


def plain_run(args, capsys) -> tuple[int, str, str]:
    """(exit code, stdout, stderr) of run_plain; exit code None when it left the line to typer."""
    code = None
    try:
        geocode_module.run_plain(args)
    except SystemExit as end:
        code = end.code
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("args", [
    ["{text}"], ["{text}", "--format", "csv"], ["--format=geojson", "{text}", "-o", "-"],
    ["{text}", "{missing}"], ["{missing}"], ["{text}", "-o", "{out}"], ["{text}", "--overrides", "{missing}"],
])
def test_without_typer_the_command_writes_and_exits_as_with_it(gazetteer, tmp_path, capsys, args):
    text = tmp_path / "note.txt"
    text.write_text("Smugglers took them from Agadez to Sabha, then on to Tripoli.", encoding="utf-8")
    args = [a.format(text=text, missing=tmp_path / "none.txt", out=tmp_path / "o.json") for a in args]
    code, out, err = plain_run(args, capsys)
    written = (tmp_path / "o.json").read_bytes() if "-o" in args and args[-1] != "-" else None
    (tmp_path / "o.json").unlink(missing_ok=True)
    with_typer = CliRunner().invoke(app, ["geocode", *args])
    assert (code, out, err) == (with_typer.exit_code, with_typer.stdout, with_typer.stderr)
    if written is not None:
        assert written == (tmp_path / "o.json").read_bytes()


@pytest.mark.parametrize("args", [
    ["{text}", "-o", "{text}"], ["{text}", "-o", "out.unknown"], ["{text}", "--resolver-option", "k=v"],
    ["{text}", "--resolver", "nominatim", "--jobs", "2"], ["{text}", "--resolver", "nominatim", "--resolver-option", "kv"],
])
def test_a_usage_error_is_left_to_typer_before_any_work(tmp_path, capsys, args):
    text = tmp_path / "note.txt"
    text.write_text("Boats left Zuwara.", encoding="utf-8")
    args = [a.format(text=text) for a in args]
    assert plain_run(args, capsys) == (None, "", "")
    assert CliRunner().invoke(app, ["geocode", *args]).exit_code == 2


def test_a_closed_stdout_is_one_error_line_either_way(tmp_path, capsys, monkeypatch):
    # `geomig geocode a.txt >&-`: Python's sys.stdout is None; before, both ways gave a traceback.
    text = tmp_path / "note.txt"
    text.write_text("Boats left Zuwara.", encoding="utf-8")
    monkeypatch.setattr(sys, "stdout", None)
    code, _, err = plain_run([str(text)], capsys)
    assert (code, err) == (1, "Error: standard output is closed; give -o FILE\n")
    with pytest.raises(typer.Exit) as end:
        geocode_module.geocode([str(text)])
    assert end.value.exit_code == 1


def test_the_plain_defaults_are_the_commands_defaults():
    # run_plain leaves an absent option to geocode()'s default; typer gives register()'s: one value.
    import inspect

    command = typer.main.get_command(app).commands["geocode"]
    signature = inspect.signature(geocode_module.geocode).parameters
    options = [p for p in command.params if p.param_type_name == "option" and p.name != "help"]
    assert {p.name: p.default for p in options} == {p.name: signature[p.name].default for p in options}
