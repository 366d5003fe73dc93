#!/usr/bin/env python3
"""Mutate the bundled fixtures and run each mutant through the CLI: nothing lost, nothing hung.

Usage::

    .venv/bin/python scripts/fuzz.py [--seed N] [--count N | --minutes M] [--limit SECONDS]
                                     [--failures DIR] [--kinds docx,pdf,text,html]

Each input is a mutant of a fixture (``fixtures/seeds/*.docx|txt``, ``fixtures/pdf/*.pdf``,
``fixtures/misc/*``) or a piece of hostile text built from scratch:

* .docx — zip level (an entry dropped, duplicated or renamed; the archive truncated; bytes
  flipped) and XML level in ``document.xml``/``numbering.xml``/``styles.xml`` (numeric
  attributes swapped for hostile values, elements repeated or nested deeply, tags cut,
  hostile text and ``w:sym`` characters, the part truncated);
* .pdf — bytes flipped, the file truncated, ``stream``/``endstream``/``obj``/``xref`` damaged;
* .txt/.html — hostile text: control characters, lone surrogates, huge lines, long runs of
  digits, repeated outline labels and dates, unterminated markup, random Unicode.

Each is checked with ``fazhi-lint check FILE --format json -o OUT --jobs 1`` in a subprocess
with a per-file time limit. A run fails when

* ``traceback`` — stderr holds a Python traceback;
* ``e999`` — a finding has code E999 (an internal error);
* ``timeout`` — the process outlived the limit, or reported its own time limit (E007 超时);
* ``crash`` — the exit code is neither 0 nor 1 (2 = the tool could not do its job; a signal);
* ``modified`` — the input file's bytes changed;
* ``output`` — the JSON output is missing, incomplete or unparseable, or does not name the file.

The figures (inputs tried, failures by kind, slowest run) are printed at the end; each failing
input is saved to ``--failures`` (default ``fuzz-failures/``) with a ``.txt`` note saying why,
so that ``fazhi-lint check SAVED_FILE`` reproduces it. Exit 1 if anything failed.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
import warnings
import zipfile
import zlib
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
KINDS = ("docx", "pdf", "text", "html")

HOSTILE_NUMBERS = (
    "inf",
    "-inf",
    "NaN",
    "1e400",
    "99999999999",
    "-99999999999",
    "-1",
    "0",
    "9" * 400,
    "",
    "x",
    "0x10",
    "2147483648",
    "3.5",
)
NUMERIC_ATTRIBUTE = re.compile(
    rb"(w:(?:val|ilvl|numId|abstractNumId|w|id|firstLine\w*|hanging\w*|"
    rb'left\w*|right\w*|start|end|line|before|after|char)=")([^"]*)(")'
)
HOSTILE_SNIPPETS = (
    "\x00\x01\x02\x1b[31m\x7f",
    "\ud800",  # written with surrogatepass: invalid UTF-8 in the file
    "（一）" * 50,
    "1" * 5000,
    "2023年1月1日" * 200,
    "其中，" * 300,
    "a@" * 2000,
    "《" * 3000,
    "“" * 3000,
    "\u202e\u200b\ufeff",
    "一、" * 500,
    "。" * 5000,
    "%" * 3000,
    "\t|" * 2000,
)


# sizes of the big mutations (huge lines, repeated elements, deep nesting) are multiplied by
# this; the short pytest version (tests/test_fuzz.py) lowers it to stay quick
SCALE = 1.0


def big(rng: random.Random, low: int, high: int) -> int:
    """A random size in [low, high], both scaled by SCALE (at least 1)."""
    return rng.randint(max(1, int(low * SCALE)), max(1, int(high * SCALE)))


@dataclass
class Outcome:
    tried: int = 0
    by_kind: Counter[str] = field(default_factory=Counter)
    failures: Counter[str] = field(default_factory=Counter)
    slowest: tuple[float, str] = (0.0, "")


# -- mutators ------------------------------------------------------------------------------


def _encode(text: str) -> bytes:
    return text.encode("utf-8", errors="surrogatepass")


def hostile_text(rng: random.Random, size: int) -> str:
    """A line or paragraph of hostile content."""
    pieces = []
    while sum(map(len, pieces)) < size:
        choice = rng.random()
        if choice < 0.5:
            pieces.append(rng.choice(HOSTILE_SNIPPETS))
        elif choice < 0.8:
            pieces.append(
                "".join(chr(rng.randint(0x20, 0x2FFFF)) for _ in range(rng.randint(1, 200)))
            )
        else:
            pieces.append(rng.choice(HOSTILE_SNIPPETS) * rng.randint(2, 20))
    return "".join(pieces)[: size * 2]


def _flip(data: bytes, rng: random.Random, count: int) -> bytes:
    out = bytearray(data)
    for _ in range(count):
        if out:
            out[rng.randrange(len(out))] = rng.randrange(256)
    return bytes(out)


def _truncate(data: bytes, rng: random.Random) -> bytes:
    return data[: rng.randrange(max(1, len(data)))]


def mutate_xml(xml: bytes, rng: random.Random) -> bytes:
    """One XML-level mutation of a WordprocessingML part."""
    op = rng.randrange(8)
    if op == 0:  # numeric attributes swapped for hostile values
        matches = list(NUMERIC_ATTRIBUTE.finditer(xml))
        if not matches:
            return xml
        chosen = {m.start() for m in rng.sample(matches, min(len(matches), rng.randint(1, 20)))}
        value = rng.choice(HOSTILE_NUMBERS).encode()

        def swap(m: re.Match[bytes]) -> bytes:
            return m.group(1) + value + m.group(3) if m.start() in chosen else m.group(0)

        return NUMERIC_ATTRIBUTE.sub(swap, xml)
    if op == 1:  # an element repeated many times
        elements = list(re.finditer(rb"<w:(p|tr|tc|lvl|style|num|r)\b[^>]*>.*?</w:\1>", xml, re.S))
        if not elements:
            return xml
        m = rng.choice(elements)
        return xml[: m.end()] + m.group(0) * big(rng, 50, 2000) + xml[m.end() :]
    if op == 2:  # deep nesting
        depth = big(rng, 50, 3000)
        tag = rng.choice([b"w:sdt><w:sdtContent", b"w:ins", b"w:smartTag", b"w:customXml"])
        close = b"</" + tag.split(b"><")[-1] + b">"
        opening = b"<" + tag + b">"
        if tag.startswith(b"w:sdt"):
            close = b"</w:sdtContent></w:sdt>"
        pos = xml.find(b"<w:p>")
        if pos < 0:
            return xml
        end = xml.find(b"</w:p>", pos) + len(b"</w:p>")
        return xml[:pos] + opening * depth + xml[pos:end] + close * depth + xml[end:]
    if op == 3:  # a tag cut
        tags = [m.start() for m in re.finditer(rb"</?w:", xml)]
        if not tags:
            return xml
        at = rng.choice(tags)
        return xml[:at] + xml[at + rng.randint(1, 12) :]
    if op == 4:  # hostile text in a run
        texts = list(re.finditer(rb"<w:t(?: [^>]*)?>([^<]*)</w:t>", xml))
        if not texts:
            return xml
        m = rng.choice(texts)
        payload = hostile_text(rng, big(rng, 20, rng.choice([20, 2000, 200_000])))
        escaped = payload.replace("&", "&amp;").replace("<", "&lt;")
        return xml[: m.start(1)] + _encode(escaped) + xml[m.end(1) :]
    if op == 5:  # a w:sym with a hostile character
        runs = [m.end() for m in re.finditer(rb"<w:r>", xml)]
        if not runs:
            return xml
        at = rng.choice(runs)
        code = rng.choice(
            ["D800", "DFFF", "0000", "FFFF", "110000", "zz", "F0B7", "1F600", "9" * 50]
        )
        return xml[:at] + f'<w:sym w:font="Symbol" w:char="{code}"/>'.encode() + xml[at:]
    if op == 6:  # truncated part
        return _truncate(xml, rng)
    # op == 7: hostile tables (spans, merges, grid offsets)
    return xml.replace(
        b"<w:tc>",
        b'<w:tc><w:tcPr><w:gridSpan w:val="' + rng.choice(HOSTILE_NUMBERS).encode() + b'"/>'
        b'<w:vMerge w:val="' + rng.choice([b"restart", b"continue", b"x"]) + b'"/></w:tcPr>',
        rng.randint(1, 50),
    )


def mutate_docx(data: bytes, rng: random.Random) -> bytes:
    try:
        source = zipfile.ZipFile(io.BytesIO(data))
        entries = [(info, source.read(info)) for info in source.infolist()]
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError, zlib.error):
        entries = []  # already damaged by an earlier mutation: bytes only
    op = rng.random() if entries else 0.0
    if op < 0.15:  # bytes of the archive
        return _flip(data, rng, rng.randint(1, 50)) if rng.random() < 0.6 else _truncate(data, rng)
    if op < 0.3:  # entries dropped, duplicated or renamed
        index = rng.randrange(len(entries))
        info, payload = entries[index]
        what = rng.randrange(3)
        if what == 0:
            del entries[index]
        elif what == 1:
            entries.append((info, payload))
        else:
            entries[index] = (zipfile.ZipInfo(info.filename.upper()), payload)
    else:  # XML parts
        parts = [
            i
            for i, (info, _) in enumerate(entries)
            if info.filename in ("word/document.xml", "word/numbering.xml", "word/styles.xml")
            or info.filename.startswith(("word/footnotes", "word/header", "word/_rels"))
        ]
        for _ in range(rng.randint(1, 3)):
            index = rng.choice(parts)
            info, payload = entries[index]
            entries[index] = (info, mutate_xml(payload, rng))
    buffer = io.BytesIO()
    with warnings.catch_warnings(), zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as out:
        warnings.simplefilter("ignore")  # a duplicated entry is the point
        for info, payload in entries:
            out.writestr(info.filename, payload)
    return buffer.getvalue()


def mutate_pdf(data: bytes, rng: random.Random) -> bytes:
    op = rng.randrange(4)
    if op == 0:
        return _flip(data, rng, rng.randint(1, 200))
    if op == 1:
        return _truncate(data, rng)
    if op == 2:  # object-stream damage: keywords removed or swapped
        words = [b"stream", b"endstream", b"obj", b"endobj", b"xref", b"trailer", b"/Length"]
        out = data
        for _ in range(rng.randint(1, 10)):
            word = rng.choice(words)
            spots = [m.start() for m in re.finditer(re.escape(word), out)]
            if spots:
                at = rng.choice(spots)
                out = out[:at] + rng.choice([*words, b"", b"9999999999"]) + out[at + len(word) :]
        return out
    # op == 3: numbers in the object graph swapped for hostile ones
    numbers = [m.start() for m in re.finditer(rb"(?<=[ /\[])\d+(?= )", data)]
    out = bytearray(data)
    for at in sorted(rng.sample(numbers, min(len(numbers), rng.randint(1, 30))), reverse=True):
        end = at
        while end < len(out) and chr(out[end]).isdigit():
            end += 1
        out[at:end] = rng.choice([b"99999999999", b"-1", b"0", b"1e400", b"4294967296"])
    return bytes(out)


def mutate_text(data: bytes, rng: random.Random) -> bytes:
    text = data.decode("utf-8", errors="replace")
    lines = text.split("\n")
    op = rng.randrange(4)
    if op == 0:  # hostile lines inserted
        for _ in range(rng.randint(1, 10)):
            lines.insert(
                rng.randrange(len(lines) + 1),
                hostile_text(rng, big(rng, 50, rng.choice([50, 5000]))),
            )
    elif op == 1:  # one huge line
        lines.insert(rng.randrange(len(lines) + 1), hostile_text(rng, big(rng, 100_000, 400_000)))
    elif op == 2:  # a repeated line
        line = rng.choice((*HOSTILE_SNIPPETS[:3], "（一）加强领导", "2023年1月1日至2023年12月31日"))
        lines[rng.randrange(len(lines)) :] = [line] * big(rng, 1000, 8000)
    else:
        return _flip(data, rng, rng.randint(1, 100))
    return _encode("\n".join(lines))


def mutate_html(data: bytes, rng: random.Random) -> bytes:
    op = rng.randrange(5)
    if op == 0:
        return b"<!DOCTYPE html [" * big(rng, 100, 10_000) + data
    if op == 1:
        charset = rng.choice(["undefined", "rot13", "base64", "utf-7", "x-none", "utf-16", "hex"])
        return re.sub(rb'charset=["\']?[\w-]+', f"charset={charset}".encode(), data, count=1)
    if op == 2:
        return data.replace(b"<p", b"<div><table><tr><td><p" * rng.randint(1, 5), 200)
    if op == 3:
        return _encode(
            f"<html><body><p>{hostile_text(rng, big(rng, 1000, 50_000))}</p></body></html>"
        )
    return mutate_text(data, rng)


MUTATORS: dict[str, tuple[str, Callable[[bytes, random.Random], bytes]]] = {
    "docx": (".docx", mutate_docx),
    "pdf": (".pdf", mutate_pdf),
    "text": (".txt", mutate_text),
    "html": (".html", mutate_html),
}


def fixtures() -> dict[str, list[Path]]:
    found = {
        "docx": sorted((ROOT / "fixtures" / "seeds").glob("*.docx")),
        "pdf": sorted((ROOT / "fixtures" / "pdf").glob("*.pdf")),
        "text": sorted((ROOT / "fixtures" / "seeds").glob("*.txt"))
        + sorted((ROOT / "fixtures" / "misc").glob("*.txt")),
        "html": sorted((ROOT / "fixtures" / "misc").glob("*.html")),
    }
    return {kind: paths for kind, paths in found.items() if paths}


def mutant(rng: random.Random, sources: dict[str, list[Path]]) -> tuple[str, Path, bytes]:
    """(kind, the fixture it came from, the mutated bytes): one to three mutations."""
    kind = rng.choice(sorted(sources))
    mutate = MUTATORS[kind][1]
    original = rng.choice(sources[kind])
    data = original.read_bytes()
    for _ in range(rng.choice((1, 1, 2, 3))):
        try:
            data = mutate(data, rng)
        except Exception:  # a mutator tripping over an earlier mutation: damage bytes instead
            data = _flip(data, rng, rng.randint(1, 20))
    return kind, original, data


# -- one run -------------------------------------------------------------------------------


def cli() -> list[str]:
    script = Path(sys.executable).with_name("fazhi-lint")
    if script.exists():
        return [str(script)]
    return [sys.executable, "-m", "fazhi_lint"]


def check(
    path: Path, out: Path, limit: float, extra: tuple[str, ...] = ()
) -> tuple[list[str], float, str]:
    """Run the CLI on ``path``; the failure kinds found, the time taken and a note."""
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    command = [*cli(), "check", str(path), "--format", "json", "-o", str(out), "--jobs", "1"]
    command += ["--timeout", f"{limit:g}", "--exit-zero", *extra]
    env = {**os.environ, "NO_COLOR": "1", "PYTHONFAULTHANDLER": "1"}
    start = time.perf_counter()
    try:
        done = subprocess.run(
            command, capture_output=True, timeout=limit + 30, env=env, check=False, cwd=ROOT
        )
    except subprocess.TimeoutExpired as exc:
        return ["timeout"], time.perf_counter() - start, f"killed after {exc.timeout:g} s"
    elapsed = time.perf_counter() - start
    stderr = done.stderr.decode("utf-8", errors="replace")
    kinds: list[str] = []
    notes = [f"exit {done.returncode}, {elapsed:.1f} s", stderr[-3000:]]
    if "Traceback (most recent call last)" in stderr:
        kinds.append("traceback")
    if done.returncode not in (0, 1):
        kinds.append("crash")
    if hashlib.sha256(path.read_bytes()).hexdigest() != before:
        kinds.append("modified")
    if elapsed > limit:
        kinds.append("timeout")
    try:
        report = json.loads(out.read_text(encoding="utf-8"))
        files = report["files"]
        if [f["path"] for f in files] != [str(path)]:
            raise ValueError(f"files {[f['path'] for f in files]}")
        for diagnostic in files[0]["diagnostics"]:
            code, message = diagnostic["code"], diagnostic["message"]
            if code == "E999":
                kinds.append("e999")
                notes.append(f"E999: {message} {diagnostic.get('data')}")
            elif code == "E007" and ("仍未完成" in message or "时限" in message):
                kinds.append("timeout")
                notes.append(f"E007: {message}")
            elif code == "E007" and "意外退出" in message:
                kinds.append("crash")
                notes.append(f"E007: {message}")
    except (OSError, ValueError, KeyError, TypeError, IndexError) as exc:
        kinds.append("output")
        notes.append(f"output: {type(exc).__name__}: {exc}")
    return sorted(set(kinds)), elapsed, "\n".join(notes)


def run(
    seed: int,
    count: int | None,
    minutes: float | None,
    limit: float,
    failures: Path,
    kinds: list[str],
    log: Callable[[str], None] = print,
    extra: tuple[str, ...] = (),
) -> Outcome:
    rng = random.Random(seed)
    sources = {k: v for k, v in fixtures().items() if k in kinds}
    if not sources:
        raise SystemExit("no fixtures: run python fixtures/build_fixtures.py first")
    outcome = Outcome()
    deadline = time.monotonic() + minutes * 60 if minutes else None
    with tempfile.TemporaryDirectory(prefix="fazhi-fuzz-") as work:
        folder = Path(work)
        while (count is None or outcome.tried < count) and (
            deadline is None or time.monotonic() < deadline
        ):
            kind, original, data = mutant(rng, sources)
            suffix = MUTATORS[kind][0]
            path = folder / f"输入 {outcome.tried:05d}{suffix}"
            path.write_bytes(data)
            out = folder / "out.json"
            out.unlink(missing_ok=True)
            found, elapsed, note = check(path, out, limit, extra)
            outcome.tried += 1
            outcome.by_kind[kind] += 1
            if elapsed > outcome.slowest[0]:
                outcome.slowest = (elapsed, f"{kind} from {original.name}")
            for failure in found:
                outcome.failures[failure] += 1
            if found:
                failures.mkdir(parents=True, exist_ok=True)
                name = f"seed{seed}-{outcome.tried:05d}-{'-'.join(found)}{suffix}"
                shutil.copyfile(path, failures / name)
                (failures / f"{name}.txt").write_text(
                    f"from {original.name}\n{note}\n", encoding="utf-8"
                )
                log(f"FAIL {','.join(found)} {name} ({elapsed:.1f} s)")
            if outcome.tried % 25 == 0 or found:
                sys.stdout.flush()
            path.unlink()
            if outcome.tried % 25 == 0:
                log(f"... {outcome.tried} inputs, {sum(outcome.failures.values())} failures")
    return outcome


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--count", type=int, help="inputs to try (default: until --minutes)")
    parser.add_argument("--minutes", type=float, help="stop after this long (default 10)")
    parser.add_argument("--limit", type=float, default=60.0, help="seconds per input (60)")
    parser.add_argument("--failures", type=Path, default=ROOT / "fuzz-failures")
    parser.add_argument("--kinds", default=",".join(KINDS), help="docx,pdf,text,html")
    parser.add_argument(
        "--ignore", help="checks the CLI skips (its --ignore), e.g. N to leave out statistics"
    )
    args = parser.parse_args(argv)
    minutes = args.minutes if args.minutes or args.count else 10.0
    kinds = [k for k in args.kinds.split(",") if k]
    started = time.monotonic()
    extra = ("--ignore", args.ignore) if args.ignore else ()
    outcome = run(args.seed, args.count, minutes, args.limit, args.failures, kinds, extra=extra)
    spent = time.monotonic() - started
    ignored = f", --ignore {args.ignore}" if args.ignore else ""
    print(
        f"\nfuzz seed {args.seed}{ignored}: {outcome.tried} inputs in {spent / 60:.1f} min", end=""
    )
    print(f" ({', '.join(f'{k} {n}' for k, n in sorted(outcome.by_kind.items()))})")
    if outcome.failures:
        print("failures: " + ", ".join(f"{k} {n}" for k, n in sorted(outcome.failures.items())))
        print(f"failing inputs saved in {args.failures}")
    else:
        print("failures: none")
    print(f"slowest run: {outcome.slowest[0]:.1f} s ({outcome.slowest[1]})")
    return 1 if outcome.failures else 0


if __name__ == "__main__":
    sys.exit(main())
