"""A season after more words of time than `in`, `during` or `by` is a date too: `after`, `from`, `throughout`,
`before` without `the`, a part of it (`much of the`, `most of the`, `the end of the`, `the start of the`), `ahead of`,
`in time for`, and their Spanish, French and Portuguese kin (`a lo largo del`, `antes del final del`, `d'ici la fin de
l'`, `après l'`, `até ao`, `após o`, `ao longo do`: `season_preposition` of date_words.csv). A season something is to
be ready before, ahead of or in time for lies ahead. Sentences written for the class, from every region."""

import pytest

from tests.conftest import date_rows

PUB = "2024-03-13"  # a Wednesday in the spring

# (language, sentence, mention, first day, last day)
CASES = [
    (
        "en",
        "A second round of talks on services would begin after the summer, the Indian minister said.",
        "after the summer",
        "2024-06-01",
        "2024-08-31",
    ),
    (
        "en",
        "The Georgian premier, who spent much of the summer on the campaign trail, opened the cable.",
        "much of the summer",
        "2023-06-01",
        "2023-08-31",
    ),
    (
        "en",
        "Foreign funds have pulled money out of Ghanaian bonds throughout the winter.",
        "throughout the winter",
        "2023-12-01",
        "2024-02-29",
    ),
    (
        "en",
        "Canberra and Jakarta agreed to set up a working group on critical minerals by the end of the summer.",
        "the end of the summer",
        "2024-06-01",
        "2024-08-31",
    ),
    (
        "en",
        "A Chinese grant of refrigerated trucks to Mongolia is due before winter.",
        "before winter",
        "2024-12-01",
        "2025-02-28",
    ),
    (
        "en",
        "The Kazakh energy minister has spent most of the spring in Beijing and Seoul.",
        "most of the spring",
        "2024-03-01",
        "2024-05-31",
    ),
    (
        "en",
        "Fiji wants Australian tourists back in time for the winter.",
        "in time for the winter",
        "2024-12-01",
        "2025-02-28",
    ),
    ("en", "Peru hopes to finish the port ahead of the summer.", "ahead of the summer", "2024-06-01", "2024-08-31"),
    (
        "fr",
        "Le retrait de la force doit être achevé d'ici la fin de l'été.",
        "la fin de l'été",
        "2024-06-01",
        "2024-08-31",
    ),
    ("fr", "Dakar et Rabat signeront l'accord après l'été.", "après l'été", "2024-06-01", "2024-08-31"),
    (
        "es",
        "El Gobierno chileno espera cerrar el acuerdo con Corea a lo largo del verano.",
        "a lo largo del verano",
        "2024-06-01",
        "2024-08-31",
    ),
    (
        "es",
        "Las obras del puerto de Chancay terminarán antes del final del verano.",
        "antes del final del verano",
        "2024-06-01",
        "2024-08-31",
    ),
    (
        "pt",
        "As obras da barragem terminarão até ao verão, disse o ministro moçambicano.",
        "até ao verão",
        "2024-06-01",
        "2024-08-31",
    ),
    ("pt", "O acordo com Angola será assinado após o verão.", "após o verão", "2024-06-01", "2024-08-31"),
    ("pt", "As exportações de carne caíram ao longo do inverno.", "ao longo do inverno", "2023-12-01", "2024-02-29"),
]


CASES += [
    (
        "en",
        "The Upper Lars crossing into Georgia was closed for much of the summer of 2019.",
        "much of the summer of 2019",
        "2019-06-01",
        "2019-08-31",
    ),
]


@pytest.mark.parametrize(("language", "sentence", "mention", "first", "last"), CASES)
def test_a_season_after_a_word_of_time_is_a_date(language, sentence, mention, first, last):
    assert (mention, first, last) in date_rows(sentence, PUB, language)


@pytest.mark.parametrize(
    "sentence", ["Exports fell after a fall in prices.", "He was hurt after a fall in the stadium in Nairobi."]
)
def test_a_fall_that_is_a_drop_is_no_season(sentence):
    assert date_rows(sentence, PUB) == []
