"""A Frictionless Data Package descriptor generated from the pandera models, so the two never drift."""

from __future__ import annotations

from schemas.contract import PRIMARY_KEYS, TABLES

PACKAGE_NAME = "international-relations-facts"
_TYPES = {"str": "string", "Int64": "integer", "int64": "integer", "float64": "number", "date": "date"}


def _constraints(column) -> dict:
    out: dict = {"required": not column.nullable}
    if column.unique:
        out["unique"] = True
    for check in column.checks:
        stats = check.statistics or {}
        if check.name == "isin":
            out["enum"] = sorted(stats["allowed_values"])
        elif check.name == "str_matches":
            out["pattern"] = stats["pattern"]
        elif check.name == "greater_than_or_equal_to":
            out["minimum"] = stats["min_value"]
        elif check.name == "less_than_or_equal_to":
            out["maximum"] = stats["max_value"]
    return out


def table_schema(table: str) -> dict:
    """Frictionless Table Schema of one table."""
    schema = TABLES[table].to_schema()
    fields = []
    for name, column in schema.columns.items():
        fields.append(
            {
                "name": name,
                "type": _TYPES.get(str(column.dtype), "string"),
                "description": column.description or "",
                "constraints": _constraints(column),
            }
        )
    out = {"fields": fields, "primaryKey": primary_key(table)}
    unique = getattr(schema, "unique", None)
    if unique and list(unique) != out["primaryKey"]:
        out["uniqueKeys"] = [list(unique)]
    return out


def primary_key(table: str) -> list[str]:
    """The table's key: as PRIMARY_KEYS declares it, else its unique column or its unique columns together."""
    if table in PRIMARY_KEYS:
        return PRIMARY_KEYS[table]
    schema = TABLES[table].to_schema()
    unique_columns = [name for name, column in schema.columns.items() if column.unique]
    return unique_columns[:1] or list(schema.unique or [])


def foreign_keys(table: str, tables: list[str]) -> list[dict]:
    """Every fact table points at its article; actors at their entity, once the package has entities."""
    columns = TABLES[table].to_schema().columns
    references = [
        (column, target)
        for column, target in (("article_id", "articles"), ("actor_id", "entities"))
        if column in columns and target in tables and target != table
    ]
    return [
        {"fields": [column], "reference": {"resource": target, "fields": [column]}} for column, target in references
    ]


def _foreign_keys_entry(table: str, tables: list[str]) -> dict:
    keys = foreign_keys(table, tables)
    return {"foreignKeys": keys} if keys else {}


def datapackage(stats: dict[str, dict]) -> dict:
    """The package descriptor; `stats[table]` gives `rows` and per-format `bytes` and `hash`."""
    resources = []
    for table, info in stats.items():
        model = TABLES[table]
        files = info["files"]
        resources.append(
            {
                "name": table,
                "path": f"{table}.csv",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "profile": "tabular-data-resource",
                "description": (model.__doc__ or "").strip(),
                "bytes": files["csv"]["bytes"],
                "hash": files["csv"]["hash"],
                "rows": info["rows"],
                "schema": {**table_schema(table), **_foreign_keys_entry(table, list(stats))},
                # The same rows as Parquet, for pandas and Arrow users.
                "parquet": {
                    "path": f"{table}.parquet",
                    "bytes": files["parquet"]["bytes"],
                    "hash": files["parquet"]["hash"],
                },
            }
        )
    return {
        "profile": "tabular-data-package",
        "name": PACKAGE_NAME,
        "title": "Facts extracted from news articles on international relations",
        "resources": resources,
    }
