"""The sectors the extractor finds in a text, as a set: the sector batteries' one reading."""

from pipelines.extract.sectors import extract_sectors


def sectors_of(text: str, language: str = "en") -> set[str]:
    """The sector codes of `text` in `language`."""
    return {h.sector for h in extract_sectors(text, language=language)}
