"""Running a build: ingest, batch extraction on workers, the fact cache, the work area."""
