"""Asset checks: each published table against its schema, exact offsets, and every input accounted for."""

import dagster as dg
import pandera.pandas as pa

import schemas
from pipelines.defs.assets import article_texts
from pipelines.defs.resources import CorpusPaths
from pipelines.tables import offsets_exact

MAX_FAILURES_SHOWN = 20


def _schema_check(table: str) -> dg.AssetChecksDefinition:
    @dg.asset_check(asset=table, name="matches_schema", blocking=True,
                    description=f"Every row of {table} passes the pandera schema schemas.{schemas.TABLES[table].__name__}.")
    def _check(paths: CorpusPaths) -> dg.AssetCheckResult:
        frame = paths.work_area().read(table)
        try:
            schemas.TABLES[table].validate(frame, lazy=True)
        except pa.errors.SchemaErrors as errors:
            cases = errors.failure_cases[["column", "check", "index", "failure_case"]].astype(str)
            return dg.AssetCheckResult(passed=False, metadata={
                "rows": len(frame),
                "failures": len(cases),
                "failure_cases": dg.MetadataValue.md(_markdown(cases.head(MAX_FAILURES_SHOWN).to_dict("records"))),
            })
        return dg.AssetCheckResult(passed=True, metadata={"rows": len(frame)})

    return _check


def _offsets_check(table: str) -> dg.AssetChecksDefinition:
    @dg.asset_check(asset=table, name="offsets_exact", blocking=True,
                    description="For every row, article_text[char_start:char_end] == text.")
    def _check(paths: CorpusPaths) -> dg.AssetCheckResult:
        frame = paths.work_area().read(table)
        exact = offsets_exact(frame, article_texts(paths))
        wrong = frame.loc[~exact, ["article_id", "char_start", "char_end", "text"]]
        return dg.AssetCheckResult(passed=bool(exact.all()), metadata={
            "rows": len(frame), "rows_off": int((~exact).sum()),
            "examples": dg.MetadataValue.md(_markdown(wrong.head(MAX_FAILURES_SHOWN).astype(str).to_dict("records"))),
        })

    return _check


def _markdown(records: list[dict]) -> str:
    if not records:
        return "none"
    header = list(records[0])
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(str(r[h]).replace("|", "\\|") for h in header) + " |" for r in records]
    return "\n".join(lines)


articles_match_schema = _schema_check("articles")
dates_match_schema = _schema_check("dates")
actors_match_schema = _schema_check("actors")
sectors_match_schema = _schema_check("sectors")
monetary_amounts_match_schema = _schema_check("monetary_amounts")
quarantine_matches_schema = _schema_check("quarantine")

dates_offsets_exact = _offsets_check("dates")
actors_offsets_exact = _offsets_check("actors")
sectors_offsets_exact = _offsets_check("sectors")
monetary_amounts_offsets_exact = _offsets_check("monetary_amounts")


@dg.asset_check(asset="articles", name="every_input_accounted_for", blocking=True,
                description="Articles published plus input files and articles quarantined equal the files read.")
def every_input_accounted_for(paths: CorpusPaths) -> dg.AssetCheckResult:
    work = paths.work_area()
    scan = work.read_json("input_scan")
    published = len(work.read("articles"))
    quarantined = (len(work.read("input_rejections")) + len(work.read("extraction_errors"))
                   + len(work.read("articles_rejected")))
    return dg.AssetCheckResult(passed=published + quarantined == scan["files_read"], metadata={
        "files_read": scan["files_read"], "articles_published": published,
        "quarantined": quarantined, "entries_skipped": len(scan["skipped"]),
    })
