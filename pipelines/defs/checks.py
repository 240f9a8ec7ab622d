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

MAX_LISTED = 20

if TYPE_CHECKING:
    import pandas as pd

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
    if table == "quarantine":
        specs.append(
            dg.AssetCheckSpec(
                "no_input_file_quarantined",
                asset=table,
                description=(
                    "Warns (never blocks) when input files were set aside, unread or without article text: "
                    "their articles are not in the datasets."
                ),
            )
        )
    return specs


def matches_schema(table: str, report: TableReport) -> dg.AssetCheckResult:
    """Every row published passed the schema, and every row validated was either published or quarantined.

    The build ran pandera over each batch of new rows (rows that fail it are quarantined with the reason);
    rows of unchanged articles passed it in the build that first wrote them, under the same schemas.
    """
    kept = report.rows + report.merged - report.carried_over
    reason = (
        ""
        if kept + report.quarantined == report.rows_in
        else f"{report.rows_in} rows validated but {kept} kept and {report.quarantined} quarantined"
    )
    return _result(
        table,
        "matches_schema",
        reason,
        {
            "schema": f"schemas.{schemas.TABLES[table].__name__}",
            "rows": report.rows,
            "rows_validated": report.rows_in,
            "rows_quarantined": report.quarantined,
            "rows_carried_over": report.carried_over,
        },
    )


def offsets_check(table: str, report: TableReport) -> dg.AssetCheckResult:
    """Each row validated in this build was checked against its article's text again just before it was written."""
    reason = ""
    if report.offsets_wrong:
        first = report.wrong_examples[0]
        reason = (
            f"{report.offsets_wrong} of {report.offsets_checked} rows are not at their offsets "
            f"(e.g. {first['article_id']} {first['char_start']}:{first['char_end']} {first['text']!r})"
        )
    return _result(
        table,
        "offsets_exact",
        reason,
        {
            "rows_checked": report.offsets_checked,
            "rows_off": report.offsets_wrong,
            "rows_carried_over": report.carried_over,
        },
        report.wrong_examples,
    )


def every_input_accounted_for(files_read: int, skipped: int, build: BuildReport) -> dg.AssetCheckResult:
    """Input files read == articles published + files, failed extractions and article rows quarantined."""
    published = build.tables["articles"].rows
    accounted = published + build.articles_quarantined
    reason = "" if accounted == files_read else f"{files_read} files read but {accounted} articles accounted for"
    return _result(
        "articles",
        "every_input_accounted_for",
        reason,
        {
            "files_read": files_read,
            "articles_published": published,
            "quarantined": build.articles_quarantined,
            "entries_skipped": skipped,
        },
    )


def no_input_file_quarantined(rejected: pd.DataFrame) -> dg.AssetCheckResult:
    """A warning listing the input files quarantined (empty, binary, too large, undecodable, no article text...)."""
    files = rejected[["source", "reason_code", "reason"]].head(MAX_LISTED).to_dict("records")
    reasons = ", ".join(f"{code} {n}" for code, n in rejected["reason_code"].value_counts().items())
    warning = {"reason": f"{len(rejected)} input files quarantined ({reasons})"} if len(rejected) else {}
    return dg.AssetCheckResult(
        asset_key="quarantine",
        check_name="no_input_file_quarantined",
        passed=rejected.empty,
        severity=dg.AssetCheckSeverity.WARN,
        metadata={
            **warning,
            "files_quarantined": len(rejected),
            "files": dg.MetadataValue.md(_markdown(files)),
        },
    )


def _result(
    table: str, check: str, reason: str, metadata: dict, sample: list[dict] | None = None
) -> dg.AssetCheckResult:
    """A check's result; a failure leads with its reason in one line (the CLI prints it) and a short summary."""
    if reason:
        summary = f"**{table}: {check} failed.** {reason}.\n\nThe datasets were not published; the previous ones stay."
        if sample:
            summary += "\n\n" + _markdown(sample[:5])
        metadata = {"reason": reason, "summary": dg.MetadataValue.md(summary), **metadata}
    if sample is not None:
        metadata["examples"] = dg.MetadataValue.md(_markdown(sample))
    return dg.AssetCheckResult(asset_key=table, check_name=check, passed=not reason, metadata=metadata)


def _markdown(records: list[dict]) -> str:
    if not records:
        return "none"
    header = list(records[0])
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(str(r[h]).replace("|", "\\|") for h in header) + " |" for r in records]
    return "\n".join(lines)
