"""Write docs/rules.md from the check registry, so the rule documentation is the code's.

Run: python scripts/gen_rules_doc.py   (tests/test_rules_doc.py fails when the file is stale)
"""

from __future__ import annotations

import sys
from pathlib import Path

from fazhi_lint.model import FAMILY_NAMES
from fazhi_lint.plugins import Check
from fazhi_lint.registry import Registry

FAMILIES = {letter: f"{zh} {en}" for letter, (zh, en) in FAMILY_NAMES.items()}
OUTPUT = Path(__file__).resolve().parents[1] / "docs" / "rules.md"


def render(registry: Registry) -> str:
    builtin = [c for c in registry.checks if c.plugin.startswith("fazhi_lint")]
    lines = [
        "# Rules",
        "",
        "Generated from the code by `python scripts/gen_rules_doc.py`; do not edit by hand.",
        "`fazhi-lint rules` prints the same table and `fazhi-lint explain CODE` one rule.",
        "",
        "| code | name | severity | summary |",
        "|---|---|---|---|",
    ]
    lines += [
        f"| [{c.code}](#{c.code.lower()}) | `{c.name}` | {c.severity.label} | {c.summary} |"
        for c in builtin
    ]
    for family, title in FAMILIES.items():
        members = [c for c in builtin if c.family == family]
        if not members:
            continue
        lines += ["", f"## {family} — {title}"]
        for item in members:
            lines += _rule(item)
    return "\n".join(lines) + "\n"


def _rule(item: Check) -> list[str]:
    out = [
        "",
        f"### {item.code}",
        "",
        f"`{item.name}` · default severity **{item.severity.label}**",
        "",
        item.summary,
    ]
    if item.options:
        out += ["", "Options:", ""]
        out += [f"- `{key}` (default `{value!r}`)" for key, value in item.options.items()]
    parsed = item.sections  # the registry's parser, as in `explain` and the HTML report
    if parsed.lead and parsed.sections.get("检查什么"):
        out += ["", parsed.lead]
    for title, body in parsed.ordered():
        out += ["", f"**{title}{parsed.notes.get(title, '')}**", ""]
        if title in ("错误示例", "正确示例"):
            out += ["```text", body, "```"]
        else:
            out.append(body)
    return out


def main() -> int:
    text = render(Registry.from_plugins())
    if "--check" in sys.argv:
        return 0 if OUTPUT.exists() and OUTPUT.read_text(encoding="utf-8") == text else 1
    OUTPUT.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
