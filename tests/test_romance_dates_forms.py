"""Spanish, French and Portuguese dates: tense read from modal, intent and conditional verbs, a present-tense
schedule, and the forms these languages write in their own words (month nouns, spans, seasons, years in words)."""

from datetime import date

import pytest

from pipelines.extract.dates import extract_dates


def values(text: str, pub: date, language: str) -> list[tuple[str, str, str]]:
    found = extract_dates(text, pub, (), language)
    return [(d.text, d.date_start.isoformat(), d.date_end.isoformat()) for d in found]


@pytest.mark.parametrize(
    ("text", "pub", "language", "expected"),
    [
        # a conditional reports a plan: ahead of publication
        ("El ministro dijo que el tratado se ratificaría en octubre.", date(2019, 5, 10), "es", "2019-10-01"),
        ("Le ministre a précisé que les fonds arriveraient en novembre.", date(2018, 9, 3), "fr", "2018-11-01"),
        # a modal or an intent verb before an infinitive points ahead
        ("Les deux pays doivent signer l'accord en novembre.", date(2018, 9, 3), "fr", "2018-11-01"),
        ("Las partes acordaron reanudar las negociaciones en marzo.", date(2021, 4, 20), "es", "2022-03-01"),
        ("A delegação deve chegar a Maputo na quinta-feira.", date(2020, 1, 14), "pt", "2020-01-16"),
        ("Le comité a convenu de publier son rapport en juin.", date(2017, 2, 8), "fr", "2017-06-01"),
        # a sentence with no past verb in a language that marks every past: the day nearest publication
        ("O presidente viaja no domingo para Lisboa.", date(2022, 6, 10), "pt", "2022-06-12"),
        ("La presidenta inaugura este jueves la feria del libro.", date(2021, 3, 9), "es", "2021-03-11"),
        # a past verb, irregular ones too, keeps the day behind
        ("La presidenta inauguró este jueves la feria del libro.", date(2021, 3, 12), "es", "2021-03-11"),
        ("El embajador dijo el sábado que habrá acuerdo.", date(2021, 3, 12), "es", "2021-03-06"),
    ],
)
def test_the_verb_sets_the_direction(text, pub, language, expected):
    assert [start for _, start, _ in values(text, pub, language)] == [expected]


@pytest.mark.parametrize(
    ("text", "pub", "language", "expected"),
    [
        ("El contrato vence el próximo mes de agosto.", date(2017, 2, 1), "es", ("2017-08-01", "2017-08-31")),
        ("Los pagos se hicieron durante el mes de abril.", date(2016, 5, 20), "es", ("2016-04-01", "2016-04-30")),
        ("La obra se ejecutará entre marzo y septiembre.", date(2022, 1, 15), "es", ("2022-03-01", "2022-09-30")),
        ("Les livraisons s'étaleront de février à mai 2025.", date(2024, 6, 1), "fr", ("2025-02-01", "2025-05-31")),
        (
            "Los ministros se reunieron el pasado invierno en Quito.",
            date(2019, 5, 2),
            "es",
            ("2018-12-01", "2019-02-28"),
        ),
        ("La centrale sera mise en service en été.", date(2023, 3, 1), "fr", ("2023-06-01", "2023-08-31")),
        ("Le rapport sera publié d'ici l'automne.", date(2023, 3, 1), "fr", ("2023-09-01", "2023-11-30")),
        ("A obra deve ser concluída na primavera.", date(2020, 1, 10), "pt", ("2020-03-01", "2020-05-31")),
        ("Le chantier doit s'achever d'ici la fin de l'année.", date(2022, 5, 5), "fr", ("2022-01-01", "2022-12-31")),
        (
            "El gobierno espera cerrar el acuerdo antes de fin de año.",
            date(2022, 5, 5),
            "es",
            ("2022-01-01", "2022-12-31"),
        ),
        ("El convenio está vigente desde dos mil once.", date(2020, 1, 1), "es", ("2011-01-01", "2011-12-31")),
        ("Le partenariat existe depuis deux mille quatre.", date(2020, 1, 1), "fr", ("2004-01-01", "2004-12-31")),
        ("O tratado vigora desde dois mil e dez.", date(2020, 1, 1), "pt", ("2010-01-01", "2010-12-31")),
    ],
)
def test_forms_written_in_the_languages_own_words(text, pub, language, expected):
    assert [(start, end) for _, start, end in values(text, pub, language)] == [expected]
