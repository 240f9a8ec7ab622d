"""Those who go with someone serve the state of the one they go with, or of the delegation an earlier sentence
named: "The delegation included NAME" after "A delegation of Japan's parliament ...", "The visiting minister was
accompanied by NAME" two sentences after the minister was named. Sentences written for these tests."""

from pipelines.extract.actors import extract_actors


def country(text, name):
    return next(a.country for a in extract_actors(text) if a.name == name)


def test_the_delegation_as_an_earlier_sentence_named_it():
    text = (
        "A delegation of Japan's parliament led by Mr. Hiroshi Sato visited Kuwait on Sunday. The delegation included "
        "Mr. Kenji Ono and Ms. Aiko Mori. Kuwait welcomed the visit and Kuwait's Speaker met them."
    )
    assert country(text, "Kenji Ono") == "JPN"
    text = (
        "A UAE delegation headed by Minister of State Sara Al Hashimi arrived in Nairobi. Kenya and Kenya's traders "
        "welcomed it. Members of the delegation included Ahmed Al Mansoori, Undersecretary of the Ministry of Economy."
    )
    assert country(text, "Ahmed Al Mansoori") == "ARE"


def test_the_one_accompanied_named_two_sentences_before():
    text = (
        "Brazil's Foreign Minister Paulo Rocha visited Angola on Friday. Angola and Brazil signed two accords. The "
        "visiting minister was accompanied by Agriculture Minister Ana Lima. Angola's President welcomed them."
    )
    assert country(text, "Ana Lima") == "BRA"
