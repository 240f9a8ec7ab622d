"""Asset checks: each published table against its schema, exact offsets, and every input accounted for.

The checks report what the build checked on each batch as it wrote it: a separate step per check cost a
Dagster step, a re-read and a re-validation of the table each, a third of a one-article refresh. They are
blocking: a failure fails that step, so `published_datasets` is not materialised.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import dagster as dg

import schemas
from pipelines.tables.rows import FACT_TABLES

if TYPE_CHECKING:
    from pipelines.runtime.build import BuildReport, TableReport


def check_specs(table: str) -> list[dg.AssetCheckSpec]:
    """The checks of a table, as its asset declares them (so the UI lists them under it)."""
    specs = [
        dg.AssetCheckSpec(
            "matches_schema",
            asset=table,
            blocking=True,
            description=f"Every row of {table} passes the pandera schema schemas.{schemas.TABLES[table].__name__}.",
        )
    ]
    if table in FACT_TABLES:
        specs.append(
            dg.AssetCheckSpec(
                "offsets_exact",
                asset=table,
                blocking=True,
                description="For every row, article_text[char_start:char_end] == text.",
            )
        )
    if table == "articles":
        specs.append(
            dg.AssetCheckSpec(
                "every_input_accounted_for",
                asset=table,
                blocking=True,
                description="Articles published plus input files and articles quarantined equal the files read.",
            )
        )
    return specs


def matches_schema(table: str, report: TableReport) -> dg.AssetCheckResult:
    """Every row published passed the schema, and every row validated was either published or quarantined.

    The build ran pandera over each batch of new rows (the step fails if the rows it keeps do not pass);
    rows of unchanged articles passed it in the build that first wrote them, under the same schemas.
    """
    validated_and_kept = report.rows + report.merged - report.carried_over
    return dg.AssetCheckResult(
        asset_key=table,
        check_name="matches_schema",
        passed=validated_and_kept + report.quarantined == report.rows_in,
        metadata={
            "schema": f"schemas.{schemas.TABLES[table].__name__}",
            "rows": report.rows,
            "rows_validated": report.rows_in,
            "rows_quarantined": report.quarantined,
            "rows_carried_over": report.carried_over,
        },
    )


def offsets_check(table: str, report: TableReport) -> dg.AssetCheckResult:
    """Each row validated in this build was checked against its article's text again just before it was written."""
    return dg.AssetCheckResult(
        asset_key=table,
        check_name="offsets_exact",
        passed=report.offsets_wrong == 0,
        metadata={
            "rows_checked": report.offsets_checked,
            "rows_off": report.offsets_wrong,
            "rows_carried_over": report.carried_over,
            "examples": dg.MetadataValue.md(_markdown(report.wrong_examples)),
        },
    )


def every_input_accounted_for(files_read: int, skipped: int, build: BuildReport) -> dg.AssetCheckResult:
    """Input files read == articles published + files, failed extractions and article rows quarantined."""
    published = build.tables["articles"].rows
    return dg.AssetCheckResult(
        asset_key="articles",
        check_name="every_input_accounted_for",
        passed=published + build.articles_quarantined == files_read,
        metadata={
            "files_read": files_read,
            "articles_published": published,
            "quarantined": build.articles_quarantined,
            "entries_skipped": skipped,
        },
    )


def _markdown(records: list[dict]) -> str:
    if not records:
        return "none"
    header = list(records[0])
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(str(r[h]).replace("|", "\\|") for h in header) + " |" for r in records]
    return "\n".join(lines)
