"""A story's last paragraph that ends with the wire's sign-off after its final sentence, the dash doubled or
tripled ('... will fly home tomorrow. -- AGENCY'), is the story's own, not another story's headline in the run of
related links after it: its facts (dates, persons, places) are mined. Sentences written for the class."""

import pytest

from pipelines.extract.boilerplate import boilerplate_spans

HEAD = (
    "Ministers sign three trade accords\n\nThe two countries signed three accords on trade and transit on Monday.\n\n"
)
RELATED = (
    "\n\nRelated News\nMinister says exports to China rose sharply in May\n"
    "Port deal with Gwadar to be signed next week\n"
)


@pytest.mark.parametrize(
    "last",
    [
        "The minister, who arrived in Beijing on Friday and toured two factories, will fly home tomorrow. -- BERNAMA",
        "The delegation, which landed in Nairobi on Monday, will leave for Kampala tomorrow. --AFP",
        "The talks resumed in Doha on Sunday after a two-week pause, officials said. — Reuters",
        "The prime minister will return to Islamabad on Thursday after the summit ends. - APP",
        "The two sides agreed to meet again in Manila next month to review progress. -- PNA",
        "Both leaders agreed to hold the next round of talks in Astana in the autumn. ---Xinhua",
    ],
)
def test_the_last_paragraph_before_its_signoff_is_content(last):
    text = HEAD + last + RELATED
    start = text.index(last)
    assert not any(s <= start < e for s, e in boilerplate_spans(text))


def test_the_related_headlines_after_it_stay_furniture():
    last = "The minister will fly home tomorrow after talks in Beijing on trade and transit. -- BERNAMA"
    text = HEAD + last + RELATED
    spans = boilerplate_spans(text)
    for headline in (
        "Minister says exports to China rose sharply in May",
        "Port deal with Gwadar to be signed next week",
    ):
        assert any(s <= text.index(headline) < e for s, e in spans)
