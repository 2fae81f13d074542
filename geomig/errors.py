"""The one exception root of geomig.

    GeomigError
    ├── InputError (ValueError)        a document or path that cannot be read as text
    ├── GazetteerError (LookupError)   the gazetteer is missing, broken or lacks an id
    ├── OverridesError (ValueError)    an overrides file that does not validate
    ├── GoldError (ValueError)         a gold annotation file that cannot be parsed
    ├── PictureError (ValueError)      a picture GeoJSON that cannot be read
    ├── OutputError                    an output file that cannot be written
    ├── RenderError                    a map that cannot be drawn
    ├── ResolverError                  an online resolver failed or is unknown
    └── BatchError (RuntimeError)      a worker died, a document crashed a worker, Dask unreachable

The CLI catches GeomigError only, prints its message on one line and exits 1.

    InputWarning (UserWarning)         a document read with a fallback (Windows-1252, not UTF-8)

The CLI prints an InputWarning as one 'Warning: ...' line on stderr and goes on.
"""

from __future__ import annotations


class GeomigError(Exception):
    """Base class of every error geomig raises on purpose."""


class InputError(GeomigError, ValueError):
    """A path or document that cannot be read as text."""


class GazetteerError(GeomigError, LookupError):
    """The gazetteer is missing or broken, or an id is unknown."""


class OverridesError(GeomigError, ValueError):
    """An overrides file that does not validate; the message names the line."""


class GoldError(GeomigError, ValueError):
    """A gold annotation file that cannot be parsed."""


class PictureError(GeomigError, ValueError):
    """A picture GeoJSON that cannot be read."""


class OutputError(GeomigError):
    """An output file that cannot be written (unwritable directory, full disk)."""


class RenderError(GeomigError):
    """A map that cannot be drawn."""


class ResolverError(GeomigError):
    """An online resolver that is unknown or failed."""


class BatchError(GeomigError, RuntimeError):
    """A worker process died, a document crashed the geocoder, or Dask is unreachable."""


class InputWarning(UserWarning):
    """A document that was read, but not as UTF-8: the message says how, on one line."""
