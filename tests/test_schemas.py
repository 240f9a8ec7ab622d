import datetime as dt
import json

import pandas as pd
import pytest

import schemas
from pipelines.tables.rows import to_frame, validate

TEXT = "Pakistan and Turkiye met in 2022 and agreed $5 billion of trade."


def span(part: str) -> dict:
    start = TEXT.index(part)
    return {"text": part, "char_start": start, "char_end": start + len(part)}


def date_row(**overrides):
    row = {
        "article_id": "a1",
        **span("2022"),
        "date_start": dt.date(2022, 1, 1),
        "date_end": dt.date(2022, 12, 31),
        "granularity": "year",
    }
    return {**row, **overrides}


def test_valid_rows_pass_and_are_coerced():
    result = validate("dates", to_frame("dates", [date_row()]), {"a1": TEXT})
    assert len(result.valid) == 1 and result.quarantined.empty
    assert str(result.valid["char_start"].dtype) == "Int64"


@pytest.mark.parametrize(
    "bad, reason",
    [
        ({"granularity": "fortnight"}, "granularity"),
        ({"date_start": dt.date(2023, 1, 1)}, "date_start must not be after date_end"),
        ({"date_end": None}, "both set or both null"),
        ({"granularity": None}, "granularity"),
    ],
)
def test_bad_rows_are_quarantined_with_a_reason(bad, reason):
    good = date_row(**span("2022"), article_id="a0")
    result = validate("dates", to_frame("dates", [good, date_row(**bad)]), {"a0": TEXT, "a1": TEXT})
    assert len(result.valid) == 1
    [row] = result.quarantined.to_dict("records")
    assert row["dataset"] == "dates" and row["reason_code"] == "schema_violation"
    assert reason in row["reason"]
    assert json.loads(row["record"])["granularity"]


def test_a_row_repeating_a_key_is_quarantined_and_the_first_kept():
    result = validate("dates", to_frame("dates", [date_row(), date_row(granularity="month")]), {"a1": TEXT})
    assert result.valid["granularity"].tolist() == ["year"]
    [row] = result.quarantined.to_dict("records")
    assert "Repeats the key (article_id, char_start, char_end)" in row["reason"]


def test_rows_whose_text_is_not_at_their_offsets_are_quarantined():
    result = validate("dates", to_frame("dates", [date_row(char_start=0, char_end=4)]), {"a1": TEXT})
    assert result.valid.empty
    assert result.quarantined["reason_code"].tolist() == ["offset_mismatch"]


def test_money_and_actor_rules():
    money = {
        "article_id": "a1",
        **span("$5 billion"),
        "amount": 5e9,
        "amount_max": 1e9,
        "currency": "usd",
        "kind": "target",
        "subject": "trade",
        "year": None,
    }
    result = validate("monetary_amounts", to_frame("monetary_amounts", [money]), {"a1": TEXT})
    reasons = result.quarantined["reason"].iloc[0]
    assert "amount_max must not be below amount" in reasons and "currency" in reasons
    actor = {
        "article_id": "a1",
        "actor_id": "PAK",
        "name": "Pakistan",
        "actor_type": "state",
        "country": "PAK",
        "role": None,
        "mentions": 0,
        "char_start": 0,
        "char_end": 8,
        "text": "Pakistan",
    }
    result = validate("actors", to_frame("actors", [actor]), {"a1": TEXT})
    assert "actor_type" in result.quarantined["reason"].iloc[0] and "mentions" in result.quarantined["reason"].iloc[0]


def test_unknown_sector_is_rejected():
    row = {"article_id": "a1", "sector": "sports", "mentions": 1, **span("trade")}
    result = validate("sectors", to_frame("sectors", [row]), {"a1": TEXT})
    assert result.valid.empty and "isin" in result.quarantined["reason"].iloc[0]


def test_a_missing_column_is_an_error_not_a_quarantine():
    with pytest.raises(Exception, match="granularity"):
        validate("dates", to_frame("dates", [date_row()]).drop(columns="granularity"))


def test_sector_vocabulary_is_the_specs():
    assert schemas.SECTOR_CODES[:3] == ("trade", "investment", "defence")
    assert len(schemas.SECTOR_CODES) == 19
    assert all(row["label"] and row["description"] and row["cues"] for row in schemas.SECTORS)


def test_every_table_has_a_described_schema():
    for table, model in schemas.TABLES.items():
        schema = model.to_schema()
        assert list(schema.columns) == schemas.columns(table)
        assert set(schemas.SORT_KEYS[table]) <= set(schema.columns)


def test_empty_tables_validate():
    for table in schemas.TABLES:
        assert validate(table, to_frame(table, [])).valid.empty


def test_users_can_validate_published_parquet(tmp_path):
    frame = validate("dates", to_frame("dates", [date_row()]), {"a1": TEXT}).valid
    frame.to_parquet(tmp_path / "dates.parquet", index=False)
    schemas.Dates.validate(pd.read_parquet(tmp_path / "dates.parquet"))
