"""cleanrepost: clean articles out of reposted Chinese government pages (HTML or flattened text).

The public names load on first use (module `__getattr__`): `import cleanrepost` costs a few milliseconds, and
the command line, which only reads and writes files in a batch's parent process, never imports the pipeline
there.  `from cleanrepost import clean` and `cleanrepost.clean` work as with eager imports.
"""
from __future__ import annotations

import os
import sys

import _signal  # the C module: `signal` imports enum, a few ms in which a Ctrl-C would still print a traceback


def _interrupted_early(signum: int, frame: object) -> None:
    """Ctrl-C while the command is still importing: nothing was started or written yet, so stop now, quietly."""
    os.write(2, b"cleanrepost: interrupted\n")
    os._exit(130)


# When this process is the `cleanrepost` command (its console script imports this package first), a Ctrl-C
# during the imports must not print a KeyboardInterrupt traceback; cli.main() puts the usual handler back.
if (sys.argv and os.path.basename(sys.argv[0]).removesuffix(".exe") == "cleanrepost"
        and _signal.getsignal(_signal.SIGINT) is _signal.default_int_handler):
    _signal.signal(_signal.SIGINT, _interrupted_early)

import types  # noqa: E402
from importlib import import_module  # noqa: E402
from typing import TYPE_CHECKING, Any  # noqa: E402

__version__ = "0.1.0"

# public name -> the submodule that defines it
_WHERE = {
    "clean": "api", "extract": "api", "bare_extraction": "api", "extract_metadata": "api", "Options": "api",
    "Document": "model", "Removal": "model", "Block": "model", "CleanError": "model",
    "Lexicon": "lexicon", "LineRule": "lexicon", "Tuning": "lexicon", "KINDS": "lexicon",
    "REMOVAL_KINDS": "lexicon",
    "normalize": "normalize", "normalize_explained": "normalize",
    "Cleaner": "records", "clean_record": "records",
    "warm_up": "warm",
}
__all__ = ["clean", "extract", "bare_extraction", "extract_metadata", "Options", "Document", "Removal", "Block",
           "CleanError", "Lexicon", "LineRule", "Tuning", "KINDS", "REMOVAL_KINDS", "normalize", "normalize_explained",
           "Cleaner",
           "clean_record", "warm_up", "__version__"]


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        try:  # a submodule not imported yet (`cleanrepost.formats` after a bare `import cleanrepost`)
            return import_module(f".{name}", __name__)
        except ModuleNotFoundError as e:
            if e.name != f"{__name__}.{name}":
                raise
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value  # later look-ups skip this function
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


class _Package(types.ModuleType):
    """The package module.  Importing a submodule binds it on its package, and `cleanrepost.normalize` (module)
    would then hide `cleanrepost.normalize` (the function): the public name wins, as the eager
    `from .normalize import normalize` made it."""

    def __setattr__(self, name: str, value: Any) -> None:
        if isinstance(value, types.ModuleType) and _WHERE.get(name) == name and value.__name__ == f"{__name__}.{name}":
            value = getattr(value, name, value)
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package


if TYPE_CHECKING:  # what type checkers and IDEs see: the eager imports
    from .api import Options, bare_extraction, clean, extract, extract_metadata
    from .lexicon import KINDS, REMOVAL_KINDS, Lexicon, LineRule, Tuning
    from .model import Block, CleanError, Document, Removal
    from .normalize import normalize, normalize_explained
    from .records import Cleaner, clean_record
    from .warm import warm_up
