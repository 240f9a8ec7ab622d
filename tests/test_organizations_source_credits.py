"""News agencies credited as the story's source at its foot, on texts written for these tests: an acronym in
brackets alone on a line, and a last line that holds a sentence before its credit (not another story's headline)."""

from pipelines.extract.actors import extract_actors
from pipelines.extract.boilerplate import boilerplate_spans


def organizations(text, language="en"):
    found = extract_actors(text, (), None, [], language)
    return {a.name for a in found if a.actor_type == "organization"}


def test_an_acronym_in_brackets_alone_on_the_last_line_is_the_agency_credited():
    assert "TNA" in organizations("Les deux pays ont signé trois accords mardi.\n\n(TNA)\n", "fr")
    assert "KPL" in organizations("The two sides signed three agreements.\n(KPL)")
    assert organizations("The two sides signed three agreements.\n(END)") == set()


def test_a_line_with_a_sentence_before_its_credit_is_the_storys_own():
    text = (
        "The two ministers met in Hanoi on Monday.\n\n"
        "The minister will visit again in May to sign the port deal, the ministry added."
        " - With reports from Vantor Wire\n\n"
        "SHARE: Facebook Twitter | 12 comments\nRELATED STORIES\nMinister vows closer ties with the region\n"
    )
    kept = text.index("With reports")
    assert not any(a <= kept < b for a, b in boilerplate_spans(text))


def test_a_trailing_headline_line_stays_furniture():
    text = (
        "The two ministers met in Hanoi on Monday.\n\nRELATED STORIES\n"
        "Minister vows closer ties with the region\nPort deal to be signed in May says envoy\n"
        "Trade with Vietnam grows by a fifth this year\n"
    )
    line = text.index("Port deal")
    assert any(a <= line < b for a, b in boilerplate_spans(text))
