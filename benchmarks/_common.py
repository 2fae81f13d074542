"""What the benchmark scripts share: where the repository is, which commit ran, the geomig
command of this environment, a git ref's code exported to run beside the working tree, and
the modules geocode_bench --compiled compiles."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def commit() -> str:
    """The checked-out commit (and '+' when the tree has changes), for the record."""
    try:
        rev = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"],
                             capture_output=True, text=True, check=True).stdout.strip()
        dirty = subprocess.run(["git", "-C", str(ROOT), "status", "--porcelain", "--", "geomig"],
                               capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return rev + ("+" if dirty else "")


def geomig_command() -> list[str]:
    """The `geomig` command of the running interpreter's environment."""
    exe = shutil.which("geomig", path=str(Path(sys.executable).parent)) or shutil.which("geomig")
    return [exe] if exe else [sys.executable, "-m", "geomig"]


def export_ref(ref: str, dest: Path) -> None:
    """Write the package `geomig/` as it is at git `ref` into `dest`, its gazetteer data
    linked from this checkout (link_data)."""
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", ref, "geomig"], capture_output=True, check=True)
    subprocess.run(["tar", "-x", "-C", str(dest)], input=archive.stdout, check=True)
    link_data(dest)


def link_data(dest: Path) -> None:
    """Link this checkout's gazetteer data into a copy of the package in `dest` (the data
    package lives outside geomig/ in the repository)."""
    os.symlink(ROOT / "gazetteer", Path(dest) / "geomig" / "gazetteer" / "data")


#: The modules geocode_bench --compiled compiles with mypyc: recognition's and resolution's,
#: and what they call most. tests/test_resolve.py keeps them mypy-clean.
COMPILED = ("geomig/geoparse/recognize.py", "geomig/geoparse/resolve.py", "geomig/geoparse/text.py",
            "geomig/gazetteer/names.py", "geomig/gazetteer/geo.py")
#: mypy's settings for them: unannotated code compiles as Python objects; third-party
#: modules are read as Any.
MYPY_INI = ("[mypy]\nignore_missing_imports = True\nfollow_imports = silent\n"
            "disable_error_code = annotation-unchecked\n")
