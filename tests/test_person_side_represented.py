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


_GAPPED_SIDES = [
    (
        "The intergovernmental commission met in Lviv. The Polish side was led by Minister of Infrastructure Adam "
        "Nowak; the Ukrainian side by Deputy Prime Minister Ivan Petrenko. Poland and Ukraine and Poland and Poland.",
        {"Adam Nowak": "POL", "Ivan Petrenko": "UKR"},
    ),
    (
        "The Vietnamese side was represented by Deputy Minister Nguyen Van Binh, and the Korean side by Vice "
        "Minister Park Jae-won. Korea and Korea and Vietnam and Korea.",
        {"Nguyen Van Binh": "VNM", "Park Jae-won": "KOR"},
    ),
    (
        "The Argentine side was led by Economy Minister Luis Caputo, and the Chilean side by Finance Minister Mario "
        "Marcel. Chile and Argentina and Argentina.",
        {"Luis Caputo": "ARG", "Mario Marcel": "CHL"},
    ),
    (
        "The Omani side was headed by Minister Qais Al Yousef; the Indian side by Commerce Secretary Sunil "
        "Barthwal. India, India and Oman.",
        {"Qais Al Yousef": "OMN", "Sunil Barthwal": "IND"},
    ),
    (
        "The Kenyan side was headed by Trade Cabinet Secretary Moses Kuria, while the Ugandan side was led by "
        "Minister Francis Mwebesa. Kenya and Kenya and Uganda.",
        {"Moses Kuria": "KEN", "Francis Mwebesa": "UGA"},
    ),
    (
        "The Ghanaian side was led by Finance Minister Kwame Asante; the Nigerian side by Budget Minister Musa "
        "Bello, whereas the Beninese side by Minister Romuald Hounsa. Nigeria and Nigeria and Ghana and Benin.",
        {"Kwame Asante": "GHA", "Musa Bello": "NGA", "Romuald Hounsa": "BEN"},
    ),
]


def test_a_second_side_whose_verb_the_sentence_leaves_out():
    for text, expected in _GAPPED_SIDES:
        found = countries(text)
        assert {name: found[name] for name in expected} == expected, text
