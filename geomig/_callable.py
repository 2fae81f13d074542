"""Let a subpackage be called as its main function.

`geomig.extract` and `geomig.render` are both subpackages and the public functions of
the same names (the STYLE guide's `extract(documents)` / `render(picture)`). Importing
a subpackage binds its module to that attribute of `geomig`, hiding a function of the
same name, so the module itself forwards calls to the function.
"""

from __future__ import annotations

import sys
import types


def make_callable(module_name: str, function_name: str) -> None:
    """Make ``sys.modules[module_name](...)`` call its ``function_name``."""
    module = sys.modules[module_name]

    class _CallableModule(types.ModuleType):
        __doc__ = module.__doc__

        def __call__(self, *args, **kwargs):
            return getattr(self, function_name)(*args, **kwargs)

    module.__class__ = _CallableModule
