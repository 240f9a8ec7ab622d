"""Asset checks: each published table against its schema, exact offsets, and every input accounted for.

The checks run in the step that validates the tables, on the frames it has just written: a separate step
per check cost a Dagster step, a re-read and a re-validation of the table each, a third of a one-article
refresh. They are blocking: a failure fails that step, so `published_datasets` is not materialised.
"""
from collections.abc import Mapping

import dagster as dg
import pandas as pd

import schemas
from pipelines.tables import FACT_TABLES, Validated, offsets_exact
from pipelines.workarea import WorkArea

MAX_FAILURES_SHOWN = 20


def check_specs(table: str) -> list[dg.AssetCheckSpec]:
    """The checks of a table, as its asset declares them (so the UI lists them under it)."""
    specs = [dg.AssetCheckSpec("matches_schema", asset=table, blocking=True,
                               description=f"Every row of {table} passes the pandera schema "
                                           f"schemas.{schemas.TABLES[table].__name__}.")]
    if table in FACT_TABLES:
        specs.append(dg.AssetCheckSpec("offsets_exact", asset=table, blocking=True,
                                       description="For every row, article_text[char_start:char_end] == text."))
    if table == "articles":
        specs.append(dg.AssetCheckSpec("every_input_accounted_for", asset=table, blocking=True,
                                       description="Articles published plus input files and articles quarantined "
                                                   "equal the files read."))
    return specs


def matches_schema(table: str, checked: Validated) -> dg.AssetCheckResult:
    """Every row kept passed the schema, and every row given was either kept or quarantined.

    `validate` ran pandera over the rows it kept (the step fails if they do not pass), so running it again
    on the same frame could only repeat it, at a fixed cost of a few hundredths of a second per table.
    """
    accounted = len(checked.valid) + len(checked.quarantined) == checked.rows_in
    return dg.AssetCheckResult(asset_key=table, check_name="matches_schema", passed=accounted, metadata={
        "schema": f"schemas.{schemas.TABLES[table].__name__}",
        "rows": len(checked.valid),
        "rows_quarantined": len(checked.quarantined),
        "rows_validated": checked.rows_in,
    })


def offsets_check(table: str, frame: pd.DataFrame, texts: Mapping[str, str]) -> dg.AssetCheckResult:
    exact = offsets_exact(frame, texts)
    wrong = frame.loc[~exact, ["article_id", "char_start", "char_end", "text"]]
    return dg.AssetCheckResult(asset_key=table, check_name="offsets_exact", passed=bool(exact.all()), metadata={
        "rows": len(frame), "rows_off": int((~exact).sum()),
        "examples": dg.MetadataValue.md(_markdown(wrong.head(MAX_FAILURES_SHOWN).astype(str).to_dict("records"))),
    })


def every_input_accounted_for(work: WorkArea, published: int, rejected: int) -> dg.AssetCheckResult:
    """Input files read == articles published + files, failed extractions and article rows quarantined."""
    scan = work.read_json("input_scan")
    quarantined = len(work.read("input_rejections")) + len(work.read("extraction_errors")) + rejected
    return dg.AssetCheckResult(asset_key="articles", check_name="every_input_accounted_for",
                               passed=published + quarantined == scan["files_read"], metadata={
        "files_read": scan["files_read"], "articles_published": published,
        "quarantined": quarantined, "entries_skipped": len(scan["skipped"]),
    })


def _markdown(records: list[dict]) -> str:
    if not records:
        return "none"
    header = list(records[0])
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(str(r[h]).replace("|", "\\|") for h in header) + " |" for r in records]
    return "\n".join(lines)
