"""`geomig audit` in a terminal: the table where every column fits with its words whole, a
block per mention below that width, a line naming --format csv and -o audit.html, and the
200-column table, unchanged, for a pipe.

The layout tests build AuditRows by hand (no gazetteer); the CLI tests run the real
geocoder on sentences written for them, with COLUMNS standing in for a terminal's width.
"""

from __future__ import annotations

import io
import re

import pytest
from rich.console import Console
from rich.table import Table
from typer.testing import CliRunner

from geomig.audit import report as au
from geomig.commands import audit as cmd
from geomig.models import Candidate

LONG_ID = "geomig:north:geonames:3624060"       # one word of 29 characters, never to be cut


def row(text: str, *, doc: str = "reports/245_a-rather-long-file-name-feature.txt", place_id: str | None = LONG_ID,
        name: str = "northern Costa Rica", confidence: float = 0.6, margin: float | None = None,
        flags: tuple[str, ...] = ("vague-region",), evidence: str = "borders of the country the text is about (CR)",
        alternatives: tuple[Candidate, ...] = (), roles: tuple[au.RoleNote, ...] = ()) -> au.AuditRow:
    return au.AuditRow(doc, text, 73, 73 + len(text), f"They waited at {text}.", "region", place_id,
                       name if place_id else None, "CR" if place_id else None, 10.9, -84.6, confidence, margin,
                       alternatives, evidence, flags, roles)


ROWS = [
    row("the northern border"),
    row("San José", place_id="geonames:3621849", name="San José", confidence=0.71, margin=0.45, flags=(),
        evidence="population 335k; the city its division is named after; text is about CR (35% of context); "
                 "median 340 km from the text's other places; 39 other candidate(s), runner-up San José (CR)",
        alternatives=(Candidate("geonames:3621837", "San José", "CR", 9.9, -84.1, 0.26, "city"),
                      Candidate("geonames:3621841", "San José", "CR", 10.1, -84.3, 0.2, "city")),
        roles=(au.RoleNote("destination", ("destination.heading",), 0.84),)),
    row("Seraj", place_id=None, confidence=0.0, flags=("unresolved",), evidence="not a place here: unresolved"),
]


def render(renderable, width: int) -> str:
    console = Console(width=width, record=True, file=io.StringIO(), force_terminal=False)
    console.print(renderable)
    return console.export_text()


# --------------------------------------------------------------------------- the table's fit

def test_fit_refuses_a_width_that_would_cut_words_and_leaves_the_table_alone():
    table = cmd._table(ROWS)
    assert not cmd._fit(table, 120)
    assert all(c.width is None for c in table.columns)


def test_a_fitted_table_gives_every_column_its_longest_word_and_stays_within_the_width():
    table = cmd._table(ROWS)
    assert cmd._fit(table, 230)
    text = render(table, 230)
    assert max(len(line) for line in text.splitlines()) <= 230
    assert LONG_ID in text and "[destination.heading]" in text
    for column in table.columns:
        words = [w for cell in (column.header, *column.cells) for w in str(cell).split()]
        assert column.width >= max(len(w) for w in words) or column.max_width, column.header


def test_wrapped_columns_are_never_narrower_than_their_floor():
    table = cmd._table(ROWS)
    assert cmd._fit(table, 300)
    widths = {str(c.header): c.width for c in table.columns}
    assert widths["evidence"] >= cmd._FLOORS["evidence"]
    assert widths["place"] >= min(cmd._FLOORS["place"], len("northern Costa Rica (" + LONG_ID + ", CR)"))


# --------------------------------------------------------------------------- blocks

def test_blocks_at_80_columns_keep_words_whole_and_rows_short():
    text = render(cmd._blocks(ROWS, 80), 80)
    lines = text.splitlines()
    assert max(len(line) for line in lines) <= 80
    assert not any(line.endswith(" ") for line in lines)        # nothing to carry into a copy
    assert LONG_ID in text and "[destination.heading]" in text
    assert "geonames:3621837" in text                   # the runner-ups beneath the row
    blocks = [b for b in re.split(r"\n\s*\n", text) if re.match(r"\d\.\d\d ", b)]
    assert len(blocks) == len(ROWS)
    assert all(len(b.splitlines()) <= 9 for b in blocks), blocks
    # The first line of a block: place confidence, mention, place; continuation lines indented.
    assert re.match(r"0\.60  the northern border @73 → northern Costa Rica", blocks[0])
    assert all(line.startswith("      ") for b in blocks for line in b.splitlines()[1:])


@pytest.mark.parametrize("width", [40, 50, 60])
def test_narrow_blocks_end_no_line_in_spaces(width):
    # The title and the notes beneath wrap too: none of their lines is padded to the width.
    lines = render(cmd._blocks(ROWS, width), width).splitlines()
    assert lines[0].startswith("geomig audit: 3 mention(s)")
    assert not any(line.endswith(" ") for line in lines)


def test_blocks_name_the_file_only_when_there_are_several():
    one = render(cmd._blocks(ROWS, 100), 100)
    assert "245_a-rather-long-file-name-feature.txt" not in one and "reports/" not in one
    two = render(cmd._blocks([*ROWS, row("Upala", doc="other/b.txt")], 100), 100)
    assert "245_a-rather-long-file-name-feature.txt" in two and "b.txt" in two and "reports/" not in two


def test_blocks_explain_both_confidences_and_say_where_every_column_is():
    flat = " ".join(render(cmd._blocks(ROWS, 80), 80).split())
    assert au.PLACE_CONFIDENCE in flat and au.ROLE_CONFIDENCE in flat
    assert cmd.HINT in flat and "--format csv" in flat and "-o audit.html" in flat


def test_words_from_a_text_or_a_file_name_are_shown_not_read_as_markup():
    rows = [row("Zuwara", doc="[draft] notes.txt", evidence="quoted as [bold] in the text", place_id=None,
                flags=("unresolved",)), row("Upala", doc="b.txt")]
    for renderable in (cmd._table(rows), cmd._blocks(rows, 250)):
        text = render(renderable, 250)
        assert "[draft]" in text and "[bold]" in text


# --------------------------------------------------------------------------- the command

STORY = ("Families from Nicaragua crossed the northern border into Costa Rica at night. "
         "Most of them went on to San José, and some to Upala.\n")


@pytest.fixture
def story(tmp_path):
    path = tmp_path / "a-feature-with-a-long-name-about-the-border.txt"
    path.write_text(STORY, "utf-8")
    return path


def run(*args, columns: int | None = None):
    from geomig.cli import app

    env = {"COLUMNS": str(columns) if columns else ""}
    return CliRunner().invoke(app, ["audit", *map(str, args)], env=env)


@pytest.mark.parametrize("columns", [80, 100])
def test_a_narrow_terminal_gets_blocks_and_the_hint(story, columns):
    result = run(story, columns=columns)
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "┃" not in out and "│" not in out                 # no table squeezed into the width
    assert max(len(line.rstrip()) for line in out.splitlines()) <= columns
    assert re.search(r"^\d\.\d\d  Costa Rica @\d+ → Costa Rica \(geonames:\d+, CR\)", out, re.M)
    assert "--format csv" in out and "-o audit.html" in out


@pytest.mark.parametrize("columns", ["0", "5"])
def test_a_width_too_small_to_lay_out_gets_the_narrowest_blocks(story, columns):
    from geomig.cli import app

    result = CliRunner().invoke(app, ["audit", str(story)], env={"COLUMNS": columns})
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert re.match(r"geomig audit: \d+ mention\(s\)", lines[0]) and "Costa Rica @" in result.stdout
    assert max(len(line) for line in lines) <= cmd.MIN_WIDTH


def test_a_wide_terminal_gets_the_table_with_the_hint(story):
    result = run(story, columns=260)
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "┃ mention" in out and "--format csv" in out
    assert max(len(line) for line in out.splitlines()) <= 260
    # No cell cut in two: each place id stands whole on one line, with its country.
    ids = re.findall(r"\(geonames:\d+, [A-Z]{2}\)", out)
    assert ids and len(ids) == out.count("(geonames:")


def test_a_pipe_gets_the_200_column_table_without_the_hint(story):
    result = run(story)
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert out.lstrip().startswith("geomig audit:") and "┃ doc" in out
    assert max(len(line) for line in out.splitlines()) == 200
    assert cmd.HINT not in " ".join(out.split())
