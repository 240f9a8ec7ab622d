"""A further sum or a part of sums said before it ("a further", "another", "the remaining", "the first",
"otros", "supplémentaires", "adicionais"), naming no subject of its own, is of the nearest sum before it that
names one."""

import pytest

from pipelines.extract.money import extract_money


def _subjects(text: str, language: str = "en") -> dict[str, str]:
    return {m.text: m.subject for m in extract_money(text, language=language)}


@pytest.mark.parametrize(
    ("text", "language", "figure", "subject"),
    [
        # aid given by a state, then a further sum for a purpose that names no subject
        (
            "Norway's humanitarian aid to Somalia reached NOK 300 million last year. A further NOK 45 million "
            "will go to drought-hit herders in Puntland this spring.",
            "en",
            "NOK 45 million",
            "aid",
        ),
        (
            "Seoul signed a $150 million loan with Dhaka in March. Another $60 million is expected to be signed "
            "before the end of the year.",
            "en",
            "$60 million",
            "loan",
        ),
        (
            "The Asian Development Bank approved a $200 million loan for Tashkent's water network; the first "
            "$80 million was paid out in May, and the remaining $120 million is due in 2025.",
            "en",
            "$120 million",
            "loan",
        ),
        (
            "The Asian Development Bank approved a $200 million loan for Tashkent's water network; the first "
            "$80 million was paid out in May, and the remaining $120 million is due in 2025.",
            "en",
            "$80 million",
            "loan",
        ),
        (
            "Japan has pledged ¥12 billion in grant aid to Timor-Leste for the new hospital in Dili. An additional "
            "¥3 billion will follow once the design is approved.",
            "en",
            "¥3 billion",
            "aid",
        ),
        (
            "Emirati investors have put $2.4 billion into Egyptian ports since 2019. A further $900 million is "
            "planned for the Red Sea coast.",
            "en",
            "$900 million",
            "investment",
        ),
        (
            "The Kenya-Uganda railway extension is estimated to cost $3.2 billion. The final $400 million will be "
            "spent on the Malaba border yard.",
            "en",
            "$400 million",
            "project",
        ),
        (
            "Canada announced C$25 million in humanitarian assistance for Haiti on Monday, and said C$10 million "
            "more would come in the autumn.",
            "en",
            "C$10 million",
            "aid",
        ),
        (
            "El Banco Interamericano de Desarrollo aprobó un préstamo de 300 millones de dólares para Paraguay. "
            "Otros 120 millones de dólares se firmarán en 2026.",
            "es",
            "120 millones de dólares",
            "loan",
        ),
        (
            "España destinará 20 millones de euros en ayuda humanitaria a Guatemala, y 8 millones de euros "
            "adicionales llegarán en enero.",
            "es",
            "8 millones de euros",
            "aid",
        ),
        (
            "La Banque africaine de développement a accordé un prêt de 80 millions d'euros au Cameroun. "
            "Les premiers 30 millions d'euros arriveront en mars, et les 50 millions d'euros restants en 2026.",
            "fr",
            "30 millions d'euros",
            "loan",
        ),
        (
            "La Banque africaine de développement a accordé un prêt de 80 millions d'euros au Cameroun. "
            "Les premiers 30 millions d'euros arriveront en mars, et les 50 millions d'euros restants en 2026.",
            "fr",
            "50 millions d'euros",
            "loan",
        ),
        (
            "L'Union européenne a débloqué une aide de 50 millions d'euros pour le Sahel, et 15 millions d'euros "
            "supplémentaires seront versés au Niger d'ici juin.",
            "fr",
            "15 millions d'euros",
            "aid",
        ),
        (
            "O Japão vai conceder um donativo de 20 milhões de dólares a Angola para hospitais. Outros 5 milhões "
            "de dólares serão entregues em 2025.",
            "pt",
            "5 milhões de dólares",
            "aid",
        ),
        (
            "O BNDES aprovou um empréstimo de R$ 400 milhões para o metro de Fortaleza, e R$ 150 milhões "
            "adicionais serão liberados no segundo semestre.",
            "pt",
            "R$ 150 milhões",
            "loan",
        ),
    ],
)
def test_a_further_sum_is_of_the_sum_it_continues(text, language, figure, subject):
    assert _subjects(text, language)[figure] == subject


@pytest.mark.parametrize(
    ("text", "language", "figure", "subject"),
    [
        # its own words name its subject: kept
        (
            "China lent Laos $1.2 billion for the railway in 2016. A further $300 million in grants went to schools.",
            "en",
            "$300 million",
            "aid",
        ),
        # a new paragraph speaks of something else
        (
            "The World Bank approved a $500 million loan for Ghana's roads.\n\nA further $20 million was paid "
            "in fines by mining firms last year.",
            "en",
            "$20 million",
            "other",
        ),
        # no word of continuing: the figure stays as its own words read it
        (
            "Australia pledged A$40 million in aid to Tonga. The island's tourism earned A$15 million in 2023.",
            "en",
            "A$15 million",
            "other",
        ),
    ],
)
def test_a_further_sum_with_its_own_reading_or_apart_keeps_it(text, language, figure, subject):
    assert _subjects(text, language)[figure] == subject
