"""A page or a feed's item saved with its markup: the title's or heading's tags around a line hold the headline
(items written for these tests)."""

import pytest

from pipelines.extract.metadata import extract_metadata

BODY = (
    "Japan's Prime Minister and his Australian counterpart used a phone call yesterday to endorse a 20-year gas "
    "supply deal worth an estimated A$25 billion.\n"
)


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("<title>Aso, Rudd back LNG deal and free trade push</title>", "Aso, Rudd back LNG deal and free trade push"),
        (
            "<title><![CDATA[Chile y Perú firman un acuerdo pesquero]]></title>",
            "Chile y Perú firman un acuerdo pesquero",
        ),
        ('<h1 class="entry-title">Le Mali et le Niger signent un accord</h1>', "Le Mali et le Niger signent un accord"),
        ("<h1>Angola e Brasil assinam acordo de petróleo</h1>", "Angola e Brasil assinam acordo de petróleo"),
        ("<title>Kenya &amp; India sign rail accord</title>", "Kenya & India sign rail accord"),
    ],
)
def test_a_title_or_heading_in_its_tags_is_the_headline(line, title):
    item = "<item>\n" + line + "\n<link>http://www.example-news.com/world/item-1</link>\n<description>" + BODY
    assert extract_metadata(item).title == title
