"""Every command has help text and a place in the README (sqlite-utils' test_docs idea)."""

from __future__ import annotations

from pathlib import Path

import click
import pytest
import typer.main

from geomig.cli import app

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def commands():
    root = typer.main.get_command(app)
    for name, cmd in root.commands.items():
        if hasattr(cmd, "commands"):
            for sub, subcmd in cmd.commands.items():
                yield f"{name} {sub}", subcmd
        else:
            yield name, cmd


@pytest.mark.parametrize("name, cmd", list(commands()), ids=lambda x: x if isinstance(x, str) else "")
def test_command_has_help_and_is_documented(name, cmd):
    assert (cmd.help or "").strip(), f"geomig {name} has no help text"
    assert f"geomig {name}" in README, f"README does not mention `geomig {name}`"
    for param in cmd.params:
        if isinstance(param, click.Option) and param.name != "help":
            assert (param.help or "").strip(), f"geomig {name} {param.opts[0]} has no help text"


def test_readme_quick_start_has_exactly_the_two_commands():
    quick = README.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    blocks = [b.split("\n", 1)[1].strip() for b in quick.split("```bash")[1:]]
    commands = [b.split("```", 1)[0].strip() for b in blocks]
    assert commands[0].endswith("geomig map seeds/ -o maps/seeds.html")
    assert commands[1].endswith("pytest")
