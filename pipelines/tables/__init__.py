"""Records to tables: rows, validation, Parquet and CSV files, publishing, the codebook, UI charts."""
