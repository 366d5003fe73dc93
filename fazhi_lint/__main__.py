"""``python -m fazhi_lint`` is the same as the ``fazhi-lint`` command."""

from .cli import run

run()
