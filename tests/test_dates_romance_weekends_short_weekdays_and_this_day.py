"""Spanish, French and Portuguese day words that English writes otherwise: the weekend (`el fin de semana`,
`le week-end dernier`, `no próximo fim de semana`) is its Saturday and Sunday, as `over the weekend` is, not the
whole week; Portuguese names a weekday by its short form after `na` (`na quarta`, `na terça passada`), not when
the word is an ordinal (`na quarta posição`); a communiqué's `ce jour` and a filing's `nesta data` are the day of
publication, unlike `à ce jour` and `jusqu'à ce jour` (so far) and `ce jour-là` (that day). The Portuguese preterite
of verbs in -er (`recebeu`, `prometeu`, `escreveu`) is a past verb, as `-ou` and `-iu` are. Sentences written for
these tests."""

from datetime import date

import pytest

from pipelines.extract.dates import extract_dates

THURSDAY = date(2019, 3, 14)
LAST_WEEKEND = ("2019-03-09", "2019-03-10", "day")
NEXT_WEEKEND = ("2019-03-16", "2019-03-17", "day")


def values(text: str, language: str) -> list[tuple[str, str, str, str]]:
    return [
        (d.text, d.date_start.isoformat(), d.date_end.isoformat(), d.granularity)
        for d in extract_dates(text, THURSDAY, (), language)
    ]


@pytest.mark.parametrize(
    ("text", "language", "said", "expected"),
    [
        (
            "Los cancilleres de Paraguay y Bolivia se reunieron el fin de semana en Tarija.",
            "es",
            "fin de semana",
            LAST_WEEKEND,
        ),
        (
            "El presidente viajará a Quito el próximo fin de semana para la cumbre andina.",
            "es",
            "fin de semana",
            NEXT_WEEKEND,
        ),
        ("La delegación china llegó a Montevideo el fin de semana pasado.", "es", "fin de semana", LAST_WEEKEND),
        ("Les deux ministres se sont rencontrés ce week-end à Nouakchott.", "fr", "week-end", LAST_WEEKEND),
        ("Le ministre se rendra à Niamey le week-end prochain pour signer l'accord.", "fr", "week-end", NEXT_WEEKEND),
        ("Le président gabonais a reçu le week-end dernier une délégation qatarie.", "fr", "week-end", LAST_WEEKEND),
        ("A fila de navios no porto de Santos caiu para 34 no fim de semana.", "pt", "fim de semana", LAST_WEEKEND),
        ("O chanceler vai visitar Assunção no próximo final de semana.", "pt", "final de semana", NEXT_WEEKEND),
        ("The two premiers met over the weekend in Canberra.", "en", "weekend", LAST_WEEKEND),
    ],
)
def test_a_weekend_is_its_saturday_and_sunday(text, language, said, expected):
    found = values(text, language)
    assert len(found) == 1 and said in found[0][0] and found[0][1:] == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "O chanceler, que recebeu o ministro ganês na quarta, disse que o Brasil abrirá um escritório em Acra.",
            "pt",
            ("2019-03-13", "2019-03-13", "day"),
        ),
        (
            "Na sexta, as duas delegações assinaram o acordo de pesca em Bissau.",
            "pt",
            ("2019-03-08", "2019-03-08", "day"),
        ),
        ("Na terça passada, o Banco de Cabo Verde anunciou a nova taxa.", "pt", ("2019-03-12", "2019-03-12", "day")),
        ("O acordo com Timor-Leste será assinado na segunda, em Díli.", "pt", ("2019-03-18", "2019-03-18", "day")),
    ],
)
def test_a_portuguese_short_weekday_after_na_is_a_day(text, language, expected):
    assert [v[1:] for v in values(text, language)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Segundo o chanceler, que recebeu o colega ganês na quarta, o Brasil quer abrir um escritório em Acra.",
            ("2019-03-13", "2019-03-13", "day"),
        ),
        (
            "O ministro, que prometeu apoio a Cabo Verde na terça-feira, pretende visitar a Praia.",
            ("2019-03-12", "2019-03-12", "day"),
        ),
        (
            "A ministra escreveu ao seu homólogo angolano na segunda-feira e quer uma resposta.",
            ("2019-03-11", "2019-03-11", "day"),
        ),
        (
            "O museu de Maputo reabrirá na sexta-feira com apoio do Japão.",
            ("2019-03-15", "2019-03-15", "day"),
        ),
    ],
)
def test_a_portuguese_preterite_in_eu_is_past(text, expected):
    assert [v[1:] for v in values(text, "pt")] == [expected]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Réuni ce jour, le Conseil de la banque centrale a maintenu son taux directeur.",
            "fr",
            ("2019-03-14", "2019-03-14", "day"),
        ),
        (
            "A companhia comunica que o seu Conselho aprovou nesta data a emissão de debêntures.",
            "pt",
            ("2019-03-14", "2019-03-14", "day"),
        ),
    ],
)
def test_a_communique_s_this_day_is_publication(text, language, expected):
    assert [v[1:] for v in values(text, language)] == [expected]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Los vuelos de fin de semana entre Lima y Cusco fueron suspendidos.", "es"),
        ("Las oficinas consulares abren los fines de semana.", "es"),
        ("A seleção ficou na quarta posição do ranking africano.", "pt"),
        ("Moçambique é a quinta maior economia da região.", "pt"),
        ("As obras da segunda e terceira fases foram adjudicadas a uma empresa chinesa.", "pt"),
        ("O país subiu para a sexta colocação entre os exportadores de caju.", "pt"),
        ("À ce jour, seuls 12 milliards de francs CFA ont été décaissés.", "fr"),
        ("Jusqu'à ce jour, aucun accord n'a été signé entre les deux pays.", "fr"),
        ("Ce jour-là, les deux présidents avaient signé un traité d'amitié.", "fr"),
    ],
)
def test_no_date(text, language):
    assert values(text, language) == []
