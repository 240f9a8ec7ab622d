"""A date that opens its sentence before a long subject ("On Monday, Brazilian army engineers serving with the UN
Stabilization Mission in Haiti (MINUSTAH) will start work"): the clause's verb, found further on than the near
window, sets its tense, ahead or behind. Sentences written for these tests, in en/es/fr/pt; published Friday 5 March
2010."""

import pytest

from tests.conftest import date_rows

PUBLISHED = "2010-03-05"


@pytest.mark.parametrize(
    ("text", "language", "mention", "first_day"),
    [
        (
            "On Monday, Brazilian army engineers serving with the UN Stabilization Mission in Haiti (MINUSTAH) will"
            " start clearing the road to Cap-Haïtien.",
            "en",
            "On Monday",
            "2010-03-08",
        ),
        (
            "On Wednesday, a delegation of the Inter-American Development Bank and of the Caribbean Development Bank"
            " will visit the new campus at Limonade.",
            "en",
            "On Wednesday",
            "2010-03-10",
        ),
        (
            "On Tuesday, a group of Dominican contractors working on the northern university site outside Cap-Haïtien"
            " signed a deal with the ministry.",
            "en",
            "On Tuesday",
            "2010-03-02",
        ),
        (
            "El lunes, los ingenieros del ejército brasileño que sirven en la Misión de Estabilización de la ONU en"
            " Haití comenzarán a despejar la carretera.",
            "es",
            "El lunes",
            "2010-03-08",
        ),
        (
            "Lundi, les ingénieurs de l'armée brésilienne qui servent au sein de la mission de stabilisation de l'ONU"
            " en Haïti commenceront à dégager la route.",
            "fr",
            "Lundi",
            "2010-03-08",
        ),
        (
            "Na segunda-feira, os engenheiros do exército brasileiro que servem na Missão de Estabilização da ONU no"
            " Haiti começarão a limpar a estrada.",
            "pt",
            "Na segunda-feira",
            "2010-03-08",
        ),
    ],
)
def test_the_verb_after_a_long_subject_sets_the_tense(text, language, mention, first_day):
    rows = {t: first for t, first, _ in date_rows(text, PUBLISHED, language)}
    assert rows[mention] == first_day
