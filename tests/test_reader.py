import codecs
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipelines.read.decoding import looks_binary
from pipelines.read.reader import (
    RejectedFile,
    SourceArticle,
    decode,
    normalise,
    read_article,
    scan_input,
)

TEXT = "Ankara and Islamabad signed a trade agreement in Türkiye’s capital on Monday.\n"


def write(tmp_path, name, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    "data, encoding",
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8-sig"),
        (TEXT.encode("utf-16"), "utf-16"),
    ],
)
def test_unicode_encodings_decode_to_the_same_text(tmp_path, data, encoding):
    article = read_article(write(tmp_path, "a.txt", data))
    assert isinstance(article, SourceArticle)
    assert article.text == TEXT
    assert article.encoding == encoding


@pytest.mark.parametrize("legacy", ["cp1252", "latin-1"])
def test_legacy_single_byte_encodings_are_detected(legacy):
    quotes = "’–“”" if legacy == "cp1252" else ""
    text = (
        f"The minister{quotes[:1]}s visit to Islamabad {quotes[1:2]} planned for months {quotes[1:2]} was "
        f"welcomed by officials who said the café meetings {quotes[2:3]}went well{quotes[3:]} and "
        "trade with Müller GmbH would grow. "
    ) * 3
    decoded, encoding = decode(text.encode(legacy))
    assert decoded == text
    assert encoding != "utf-8"


def test_normalise_uses_universal_newlines_nfc_and_drops_control_characters():
    assert normalise("a\r\nb\rc\x00d\x07e") == "a\nb\ncde"
    assert normalise("Tu\u0308rkiye") == "Türkiye"


@pytest.mark.parametrize(
    "data, reason",
    [
        (b"", "empty_file"),
        (b"  \n\t \n", "empty_file"),
        (bytes(range(256)) * 8, "binary_file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200), "binary_file"),
    ],
)
def test_degenerate_files_are_rejected_with_their_reason(tmp_path, data, reason):
    result = read_article(write(tmp_path, "bad.txt", data))
    assert isinstance(result, RejectedFile)
    assert result.reason_code == reason
    assert result.reason


def test_files_over_the_size_limit_are_rejected(tmp_path):
    result = read_article(write(tmp_path, "big.txt", b"word " * 100), max_bytes=100)
    assert isinstance(result, RejectedFile) and result.reason_code == "file_too_large"


def test_scan_accounts_for_every_entry(tmp_path):
    write(tmp_path, "b.txt", TEXT.encode())
    write(tmp_path, "a.txt", TEXT.encode())
    write(tmp_path, "a.TXT", TEXT.encode())
    write(tmp_path, "empty.txt", b"")
    write(tmp_path, "notes.md", b"# not an article")
    write(tmp_path, ".DS_Store", b"\x00")
    (tmp_path / "sub").mkdir()
    scan = scan_input(tmp_path)
    assert [a.article_id for a in scan.articles] == ["a", "b"]
    assert sorted((r.source_file, r.reason_code) for r in scan.rejected) == [
        ("a.txt", "duplicate_article_id"),
        ("empty.txt", "empty_file"),
    ]
    assert sorted(s.name for s in scan.skipped) == [".DS_Store", "notes.md", "sub"]
    assert scan.files_read == 4


def test_missing_input_folder_is_a_clear_error(tmp_path):
    with pytest.raises(FileNotFoundError, match="input folder not found"):
        scan_input(tmp_path / "nowhere")


def test_cyrillic_code_page_is_not_read_as_latin():
    text = "Министр иностранных дел Казахстана посетил Исламабад, где обсудил торговлю и инвестиции. " * 3
    decoded, encoding = decode(text.encode("cp1251"))
    assert decoded == text


PAGE = """<html><head><title>Pakistan and Turkey agree to boost trade | Example News</title>
<meta property="article:published_time" content="2024-05-02T10:00:00Z"></head>
<body><nav>Home | World | Business | Share</nav>
<article><h1>Pakistan and Turkey agree to boost trade</h1>
<p>ISLAMABAD: Pakistan and Turkey on Wednesday agreed to raise bilateral trade to $5 billion by 2025, officials
said.</p>
<p>The two sides also signed agreements on energy and defence cooperation in the capital.</p></article>
<footer>Copyright Example News. All rights reserved.</footer></body></html>"""


def test_html_pages_are_reduced_to_their_article_text(tmp_path):
    article = read_article(write(tmp_path, "page.html", PAGE.encode("utf-8")))
    assert isinstance(article, SourceArticle) and article.article_id == "page"
    assert article.text.startswith(" date 2024-05-02\nPakistan and Turkey agree to boost trade\n")
    assert "$5 billion by 2025" in article.text
    assert "Home | World" not in article.text and "Copyright" not in article.text


def test_html_without_an_article_is_rejected(tmp_path):
    result = read_article(write(tmp_path, "nav.htm", b"<html><body><nav><a href='/'>Home</a></nav></body></html>"))
    assert isinstance(result, RejectedFile) and result.reason_code == "no_article_text"


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet=st.sampled_from("ab \n\t\r\xa0\x00\x07\x1b\u200b\ue000\ud7ff\U000e0001é—"), max_size=60)
    | st.text(max_size=60)
)
def test_binary_sniffing_counts_what_a_per_character_count_counts(text):
    sample = text[:4096]
    unprintable = sum(1 for ch in sample if unicodedata.category(ch) in ("Cc", "Cs", "Co", "Cn") and ch not in "\n\t\r")
    assert looks_binary(text) == (unprintable > 0.1 * len(sample))
