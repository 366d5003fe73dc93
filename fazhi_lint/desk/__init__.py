"""The reviewer's desk: a local web page (``fazhi-lint serve``) and the review ledger (审查台账).

* :mod:`.ledger` — the SQLite ledger: roster of reporting units, submissions, findings per
  version, verdicts, per-unit status and version comparison; no web dependency.
* :mod:`.worker` — checks the pending submissions of the ledger, one transaction per file,
  in a process of its own (the desk starts it; a crash loses at most the file in progress).
* :mod:`.app` — the Starlette application; imported only by ``fazhi-lint serve``.
"""
