"""A damaged gazetteer cache is rebuilt with one line on stderr, or is one clear error;
temporary files of killed builds and killed writes do not stay forever.

The rebuild itself is replaced by a copy of a sound index (a real build takes ~30 s);
what is tested is how the damage is found and what the user sees."""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from geomig.documents import outputs
from geomig.errors import GazetteerError
from geomig.gazetteer import index
from geomig.gazetteer.build import index as build_index

EXTS = ("", ".trie", ".lists")


@pytest.fixture(scope="module")
def pristine(tmp_path_factory, gazetteer) -> Path:
    """A sound copy of the built index, with its side files' sums recorded as a build does."""
    src = gazetteer.path
    root = tmp_path_factory.mktemp("pristine")
    for ext in EXTS:
        shutil.copyfile(str(src) + ext, root / (src.name + ext))
    copy = root / src.name
    con = sqlite3.connect(copy)
    con.execute("INSERT OR REPLACE INTO meta VALUES ('files', ?)",
                (json.dumps({ext: index.file_sum(str(copy) + ext) for ext in (".trie", ".lists")}),))
    con.commit()
    con.close()
    return copy


@pytest.fixture
def builds() -> list[Path]:
    """The paths the fake build below was asked to build, in order."""
    return []


@pytest.fixture
def cache(tmp_path, pristine, builds, monkeypatch) -> Path:
    """GEOMIG_CACHE_DIR holding a sound index; a "build" copies the sound one and is counted."""
    directory = tmp_path / "cache"
    directory.mkdir()
    path = directory / f"gazetteer-{index.fingerprint()}.sqlite"

    def fake_build(target: Path) -> Path:
        builds.append(target)
        target.parent.mkdir(parents=True, exist_ok=True)
        for ext in EXTS:
            shutil.copyfile(str(pristine) + ext, str(target) + ext)
        return target

    for ext in EXTS:
        shutil.copyfile(str(pristine) + ext, str(path) + ext)
    monkeypatch.setenv("GEOMIG_CACHE_DIR", str(directory))
    monkeypatch.setattr(build_index, "build", fake_build)
    return path


def test_a_sound_index_is_used_as_it_is(cache, builds, capsys):
    assert index.ensure_built() == cache
    assert builds == []
    assert capsys.readouterr().err == ""


def _truncate(path: Path, size: int) -> None:
    with open(path, "r+b") as f:
        f.truncate(size)


DAMAGE = {
    "empty-sqlite": (lambda p: _truncate(p, 0), "is not an SQLite database"),
    "truncated-sqlite": (lambda p: _truncate(p, p.stat().st_size // 2), "is truncated"),
    "garbage-sqlite": (lambda p: p.write_bytes(b"SQLite format 3\x00" + os.urandom(5000)), ""),
    "garbage-trie": (lambda p: Path(str(p) + ".trie").write_bytes(os.urandom(4096)), ".trie is damaged"),
    "flipped-trie": (lambda p: _flip(Path(str(p) + ".trie")), ".trie is damaged"),
    "empty-lists": (lambda p: _truncate(Path(str(p) + ".lists"), 0), ".lists is damaged"),
    "missing-trie": (lambda p: Path(str(p) + ".trie").unlink(), ".trie is missing"),
    "missing-sqlite": (lambda p: p.unlink(), ".sqlite is missing"),
}


def _flip(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("damage", sorted(DAMAGE))
def test_a_damaged_index_is_rebuilt_with_one_line(cache, builds, damage):
    harm, reason = DAMAGE[damage]
    harm(cache)
    assert index.index_problem(cache) is not None
    heard = []
    assert index.ensure_built(progress=heard.append) == cache
    assert builds == [cache]
    [damaged] = heard  # one line
    assert damaged.startswith(f"The gazetteer index in {cache.parent} is damaged (")
    assert reason in damaged and damaged.endswith("); rebuilding it.")
    assert index.index_problem(cache) is None
    assert index.Gazetteer(cache).lookup("Sabratha")


def test_a_first_build_says_nothing_about_damage(cache, builds):
    for ext in EXTS:
        Path(str(cache) + ext).unlink()
    heard = []
    index.ensure_built(progress=heard.append)
    assert builds == [cache] and not any("damaged" in line for line in heard)


def test_a_cache_path_that_is_a_file_is_one_clear_error(tmp_path, monkeypatch):
    not_a_dir = tmp_path / "cache"
    not_a_dir.write_text("")
    monkeypatch.setenv("GEOMIG_CACHE_DIR", str(not_a_dir))
    with pytest.raises(GazetteerError, match=rf"^the gazetteer cache {not_a_dir} is a file, not a directory; "
                                             "remove it or set GEOMIG_CACHE_DIR to a directory$"):
        index.ensure_built()


def test_a_read_only_cache_missing_a_file_is_one_clear_error(cache, monkeypatch):
    Path(str(cache) + ".lists").unlink()

    def read_only(target):
        raise PermissionError(13, "Permission denied", str(target.parent))

    monkeypatch.setattr(build_index, "build", read_only)
    with pytest.raises(GazetteerError, match=rf"^cannot rebuild the gazetteer index in {cache.parent} "
                                             r"\(Permission denied\); make the directory writable, or set "
                                             "GEOMIG_CACHE_DIR to one that is$"):
        index.ensure_built()


def test_a_rebuild_that_stays_damaged_is_one_error(cache, monkeypatch):
    _truncate(cache, 0)
    monkeypatch.setattr(build_index, "build", lambda target: target)
    with pytest.raises(GazetteerError, match="still damaged after a rebuild"):
        index.ensure_built()


def test_stale_build_temporaries_are_removed_and_a_live_one_kept(tmp_path):
    old = time.time() - build_index.STALE_SECONDS - 60
    stale = [tmp_path / f"{build_index.TEMP_PREFIX}abc.tmp", tmp_path / f"{build_index.TEMP_PREFIX}abc.tmp.trie",
             tmp_path / "tmpq1w2e3.tmp"]
    live = tmp_path / f"{build_index.TEMP_PREFIX}new.tmp"
    other = tmp_path / "notes.tmp"
    for f in [*stale, live, other]:
        f.write_bytes(b"x")
    for f in [*stale, other]:
        os.utime(f, (old, old))
    build_index.remove_stale_temporaries(tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([live.name, other.name])


# ---------------------------------------------------------------------------- outputs

def _dead_pid() -> int:
    proc = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    return int(proc.stdout)


def test_a_killed_writes_temporary_is_removed_by_the_next_write(tmp_path):
    out = tmp_path / "map.html"
    orphan = tmp_path / f".map.html.{_dead_pid()}.k1ll3d00.tmp"
    mine = tmp_path / f".map.html.{os.getpid()}.busy0000.tmp"
    unrelated = tmp_path / ".other.html.1.abcdefgh.tmp"
    legacy_old, legacy_new = tmp_path / ".map.html.oldoldol.tmp", tmp_path / ".map.html.newnewne.tmp"
    for f in (orphan, mine, unrelated, legacy_old, legacy_new):
        f.write_text("half")
    os.utime(legacy_old, (time.time() - 2 * 86400,) * 2)
    outputs.write_atomic(out, b"<html></html>")
    assert out.read_bytes() == b"<html></html>"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([out.name, mine.name, unrelated.name, legacy_new.name])


def test_sigterm_during_a_write_leaves_no_temporary(tmp_path):
    out = tmp_path / "out.jsonl"
    script = f"""
import sys, time
from geomig.commands import exit_on_signals
from geomig.documents.outputs import write_atomic
exit_on_signals()
def chunks():
    yield "first line\\n"
    print("writing", flush=True)
    time.sleep(60)
    yield "never\\n"
write_atomic({str(out)!r}, chunks())
"""
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline() == "writing\n"
    proc.send_signal(signal.SIGTERM)
    assert proc.wait(timeout=30) == 128 + signal.SIGTERM
    assert list(tmp_path.iterdir()) == []


def test_gazetteer_build_into_a_cache_that_is_a_file_is_one_error_line(tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from geomig.cli import app

    not_a_dir = tmp_path / "cache"
    not_a_dir.write_text("")
    monkeypatch.setenv("GEOMIG_CACHE_DIR", str(not_a_dir))
    result = CliRunner().invoke(app, ["gazetteer", "build"])
    assert result.exit_code == 1
    assert result.stderr == (f"Error: the gazetteer cache {not_a_dir} is a file, not a directory; "
                             "remove it or set GEOMIG_CACHE_DIR to a directory\n")
