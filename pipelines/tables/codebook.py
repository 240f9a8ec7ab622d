"""The README's codebook, rendered from the schemas so the two never drift."""

from __future__ import annotations

import re
from pathlib import Path

import schemas
from schemas.datapackage import table_schema

START, END = "<!-- codebook:start -->", "<!-- codebook:end -->"


def render_codebook() -> str:
    lines: list[str] = []
    for table, model in schemas.TABLES.items():
        lines += [
            f"#### `{table}`",
            "",
            (model.__doc__ or "").strip(),
            "",
            "| column | type | required | description |",
            "|---|---|---|---|",
        ]
        for f in table_schema(table)["fields"]:
            allowed = f["constraints"].get("enum")
            note = f" One of: {', '.join(f'`{v}`' for v in allowed)}." if allowed and table != "sectors" else ""
            lines.append(
                f"| `{f['name']}` | {f['type']} | {'yes' if f['constraints']['required'] else 'no'} "
                f"| {f['description']}{note} |"
            )
        lines.append("")
    lines += ["#### Sector vocabulary (`schemas/sectors.csv`)", "", "| code | label | covers |", "|---|---|---|"]
    lines += [f"| `{s['code']}` | {s['label']} | {s['description']} |" for s in schemas.SECTORS]
    return "\n".join(lines) + "\n"


def update_readme(readme: Path) -> bool:
    """Rewrite the codebook between the README's markers; True when it changed."""
    text = readme.read_text(encoding="utf-8")
    pattern = re.compile(re.escape(START) + r".*?" + re.escape(END), re.S)
    new = pattern.sub(lambda _: f"{START}\n{render_codebook()}{END}", text)
    readme.write_text(new, encoding="utf-8")
    return new != text


def readme_codebook(readme: Path) -> str:
    text = readme.read_text(encoding="utf-8")
    return text.split(START, 1)[1].split(END, 1)[0].lstrip("\n")
