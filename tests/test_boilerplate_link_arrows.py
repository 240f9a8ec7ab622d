"""Other stories' headlines after a related-stories label may be led by a link's arrow (`» ...`); they are page
furniture, and their dates no mentions (texts written for the class)."""

from pipelines.extract.boilerplate import boilerplate_spans


def test_headlines_led_by_an_arrow_after_a_label():
    text = (
        "The two ministers agreed to expand the rail link to the port by 2030, officials said after the talks.\n\n"
        "Related News\n» Thailand's imports climb 9 pct in March\n» Port authority names new chief for eastern zone\n"
    )
    skipped = [text[s:e] for s, e in boilerplate_spans(text)]
    assert "» Thailand's imports climb 9 pct in March" in skipped
    assert "» Port authority names new chief for eastern zone" in skipped
