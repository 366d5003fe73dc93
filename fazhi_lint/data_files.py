"""Data files beside the modules (word lists, patterns, units: TOML), read without
``importlib.resources`` when the package is a folder on disk.

Why: ``importlib.resources.files()`` imports ``tempfile``, ``random`` and the resource
readers on first use, some 25 M instructions (3 % of a cold ``fazhi-lint check 报告.docx``)
to read a few files that sit beside the modules. A package installed from a wheel or used
from a checkout is a folder, and its data files are read from there; any other loader (a
zip archive, a frozen application) goes through ``importlib.resources`` as before, which
also raises what it raises for a file that is missing.
"""

from __future__ import annotations

import importlib
import os
import sys


def read_text(package: str, name: str) -> str:
    """The text (UTF-8) of the data file ``name`` of ``package`` (a dotted name)."""
    module = sys.modules.get(package) or importlib.import_module(package)
    origin = getattr(module, "__file__", None)
    if isinstance(origin, str) and origin:
        try:
            with open(os.path.join(os.path.dirname(origin), name), encoding="utf-8") as stream:
                return stream.read()
        except OSError:  # not a folder on disk (a zip archive…), or no such file
            pass
    from importlib import resources

    return resources.files(package).joinpath(name).read_text(encoding="utf-8")
