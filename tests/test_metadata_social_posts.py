"""A social network's post (its author's line, then a line of the post's marks: `3d · Edited · 🌐`) has no
headline: its first line is its text; a news page whose byline carries a reporter's handle or whose share bar has
middle dots keeps its headline (pages written for these tests)."""

import pytest

from pipelines.extract.metadata import extract_metadata
from tests.conftest import STORY_BODIES

POST = (
    "Great talks in Lima today with Peru's Minister of Foreign Trade on our copper and lithium partnership.\n\n"
    "Three takeaways:\n1. Two-way trade topped USD 4 billion last year.\n2. We agreed to open a trade office.\n"
)

STORY = STORY_BODIES["en"]


@pytest.mark.parametrize(
    "head",
    [
        "Ana Ruiz ✓ · Minister of Trade of Chile\n5d · Edited · 🌐",
        "Ana Ruiz • Trade Commissioner at ProChile\nMar 3, 2021 • 🌐",
        "Ana Ruiz · Ministra de Comercio\n2 h · Editado · 🌐",
        "Anne Dupont · Ministre du Commerce extérieur\n3 j · Modifié · 🌐",
        "Ana Souza • Ministra do Comércio\n4 d • 🌐",
    ],
)
def test_a_social_post_has_no_headline(head):
    assert extract_metadata(f"{head}\n\n{POST}").title is None


@pytest.mark.parametrize(
    "under",
    ["By Jane Roe · @janeroe", "Share · Print · Email", "By Jane Roe • 3 min read"],
)
def test_a_news_page_with_dotted_lines_keeps_its_headline(under):
    text = f"Chile and Peru reopen talks on water rights\n{under}\n\n{STORY}"
    assert extract_metadata(text).title == "Chile and Peru reopen talks on water rights"
