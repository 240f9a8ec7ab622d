"""A side a sentence opens with turns a list to it, on sentences written for these tests: "The Uzbek side was
represented by NAME" makes NAME of that side, whatever the report's home."""

from pipelines.extract.actors import extract_actors


def countries(text):
    return {a.name: a.country for a in extract_actors(text) if a.actor_type == "person"}


def test_the_side_a_sentence_opens_with_is_the_representatives():
    text = (
        "Prime Minister Shehbaz Sharif held talks in Tashkent. Pakistan and Uzbekistan signed three deals. The "
        "Uzbek side was represented by Deputy Prime Minister Jamshid Nuriddinov."
    )
    assert countries(text)["Jamshid Nuriddinov"] == "UZB"
    text = (
        "Prime Minister Shehbaz Sharif met business leaders from Pakistan in Baku. The Azerbaijani side was also "
        "led by Economy Minister Rauf Aliyev, and Pakistan said it was pleased."
    )
    assert countries(text)["Rauf Aliyev"] == "AZE"
