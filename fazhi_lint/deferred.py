"""Standard modules imported at the first use of one of their names, not at their ``import``.

Why: ``dataclasses`` and ``pluggy`` import :mod:`inspect` on their own import, and with it
``ast``, ``dis``, ``tokenize``, ``linecache`` and ``token``, for names a check of a file never
uses (``dataclasses`` asks ``inspect`` only for a class without a docstring, pluggy when a
plugin manager registers a hook: see :meth:`fazhi_lint.registry.Registry.from_plugins`;
``lxml.etree`` takes ``getfullargspec`` on its import, see :data:`MODULES`). Not running it
took a cold ``fazhi-lint check 报告.docx`` from 786 M to 762 M instructions (the C types of
``ast``'s nodes that its import built are built all the same by the first ``compile()``:
``typing``'s forward references in ``tomllib`` and ``pluggy``).

How: :func:`defer` puts in ``sys.modules`` the module object an ordinary import would
create (its spec, file and loader set), not yet run, with a module ``__getattr__``: the
first name looked up in it that it does not have runs the module's code in that very
object, as the import would have, and answers from it. ``import inspect`` and
``from inspect import signature`` elsewhere get the same object (the first runs nothing,
the second runs it); every later lookup is an ordinary one.

Never required for correctness: a module already imported, or one the import system
cannot find as a plain source or bytecode file, is left alone; the code runs once (a lock:
a second thread asking meanwhile waits for it). Only the command line defers
(:mod:`fazhi_lint.cli`, before its first import); a program using fazhi_lint as a library
imports as usual.
"""

from __future__ import annotations

import sys
from typing import Any

#: what the command line defers, with the functions that modules imported on every start
#: take from it by name on their import (``lxml.etree``: ``from inspect import
#: getfullargspec``): these are given at once, as functions that run the module on their
#: first call and call its own
MODULES: dict[str, tuple[str, ...]] = {
    "inspect": ("getfullargspec",),
    # dataclasses imports it (and with it weakref) for asdict/astuple/replace's deep copies,
    # 3 M instructions of a start that never copies (see fazhi_lint.readers.safety)
    "copy": (),
    # shutil imports both only to learn whether they are there (zipfile too, for members of
    # those methods, which a .docx does not use): 2.7 M instructions of every start; deferred
    # only where their C part is found (see NEEDS), so that "there" means the same
    "bz2": (),
    "lzma": (),
}

#: the C module a deferred module imports first thing: without it the import would fail, and
#: a module that catches that ImportError must see it at once, as before
NEEDS: dict[str, str] = {"bz2": "_bz2", "lzma": "_lzma"}


def defer(name: str, functions: tuple[str, ...] = ()) -> bool:
    """Defer running module ``name`` until a name of it is first used (or one of
    ``functions`` first called); whether it did."""
    if name in sys.modules:
        return False
    import _thread
    import importlib.machinery
    import importlib.util

    if name in NEEDS and importlib.util.find_spec(NEEDS[name]) is None:
        return False
    spec = importlib.util.find_spec(name)
    loader = None if spec is None else spec.loader
    if not isinstance(
        loader, importlib.machinery.SourceFileLoader | importlib.machinery.SourcelessFileLoader
    ):
        return False
    assert spec is not None
    module = importlib.util.module_from_spec(spec)
    lock = _thread.RLock()

    def __getattr__(attribute: str) -> Any:
        with lock:
            if vars(module).get("__getattr__") is __getattr__:
                del module.__getattr__
                loader.exec_module(module)
        return getattr(module, attribute)  # AttributeError as usual for a name it lacks

    module.__getattr__ = __getattr__  # type: ignore[method-assign]
    for function in functions:
        setattr(module, function, _forward(module, function))
    sys.modules[name] = module
    return True


def _forward(module: Any, name: str) -> Any:
    """A function that runs ``module`` (if it has not run yet) and calls its ``name``."""

    def forward(*args: Any, **kwargs: Any) -> Any:
        run = getattr(module, "__getattr__", None)
        if run is not None:
            run(name)  # the module runs, and its own function replaces this one in it
        return getattr(module, name)(*args, **kwargs)

    forward.__name__ = forward.__qualname__ = name
    return forward


def defer_all() -> None:
    """Defer :data:`MODULES` (the command line)."""
    for name, functions in MODULES.items():
        defer(name, functions)
