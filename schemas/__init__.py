"""The data contract: one pandera model per published table.

import pandas as pd, schemas
schemas.Actors.validate(pd.read_parquet("datasets/actors.parquet"))
"""

from schemas.contract import (
    PRIMARY_KEYS,
    SCHEMA_VERSION,
    SORT_KEYS,
    TABLES,
    Actors,
    Articles,
    Dates,
    Entities,
    MonetaryAmounts,
    Quarantine,
    Sectors,
    columns,
)
from schemas.vocabularies import SECTOR_CODES, SECTORS

__all__ = [
    "SCHEMA_VERSION",
    "PRIMARY_KEYS",
    "Actors",
    "Articles",
    "Dates",
    "Entities",
    "MonetaryAmounts",
    "Quarantine",
    "Sectors",
    "SECTORS",
    "SECTOR_CODES",
    "SORT_KEYS",
    "TABLES",
    "columns",
]
