"""What `geomig` loads to start: each command imports what it needs when it runs."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
import typer.main
from typer.testing import CliRunner

from geomig.cli import COMMANDS, app

#: Stages and libraries that no command needs merely to start.
STAGES = ("geomig.maps", "geomig.picture", "geomig.audit", "geomig.corpus", "geomig.evaluate",
          "rich", "folium", "geopandas", "pandas", "pyarrow", "matplotlib", "pyproj", "geopy")


def loaded_after(code: str) -> set[str]:
    """The modules a fresh interpreter holds after running ``code`` (a SystemExit included)."""
    script = (f"import json, sys\ntry:\n    exec({code!r})\nexcept SystemExit:\n    pass\n"
              "print(json.dumps(sorted(sys.modules)))")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout
    return set(json.loads(out.splitlines()[-1]))


def test_importing_the_cli_loads_no_stage():
    loaded = loaded_after("import geomig.cli")
    heavy = STAGES + ("numpy", "shapely", "importlib.metadata", "geomig.geoparse", "geomig.gazetteer")
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
