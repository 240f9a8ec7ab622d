"""A term that a Spanish, French or Portuguese verb of expiry in the present ends (`que vence en octubre`, `qui expire
en novembre`, `que vence em novembro`) lies ahead, as English `which expires in` does; the same verb in the past keeps
its date behind. Sentences written for these tests, through the article extractor, published 10 July 2025."""

import pytest

from pipelines.extract.article import extract_article

_TAILS = {
    "es": "El comercio bilateral entre los dos países creció mucho en los últimos años, según el ministerio.",
    "fr": "Le commerce bilatéral entre les deux pays a beaucoup augmenté ces dernières années, selon le ministère.",
    "pt": "O comércio bilateral entre os dois países cresceu muito nos últimos anos, segundo o ministério.",
}


def months(language, body):
    """The year and month of each of the body's month mentions."""
    found = extract_article(f" date 2025-07-10 {body}\n\n{_TAILS[language]}\n").dates
    return [d.date_start.strftime("%Y-%m") for d in found if d.granularity == "month"]


@pytest.mark.parametrize(
    "language, body, expected",
    [
        (
            "es",
            "Los cancilleres se reunieron el jueves para revisar el convenio pesquero, que vence en octubre.",
            "2025-10",
        ),
        ("es", "Quito y Lima firmaron una prórroga del acuerdo arancelario, que expira en mayo.", "2026-05"),
        ("es", "La licencia minera, que caduca en diciembre, fue otorgada por el gobierno de Sonora.", "2025-12"),
        ("fr", "Les ministres se sont réunis jeudi pour réviser l'accord de pêche, qui expire en novembre.", "2025-11"),
        ("fr", "Dakar a rappelé que la convention de concession arrive à échéance en février.", "2026-02"),
        ("fr", "Le mandat de la mission, qui prend fin en septembre, a été discuté à Niamey.", "2025-09"),
        (
            "pt",
            "Os presidentes se reuniram para iniciar a revisão do anexo do tratado, que vence em novembro.",
            "2025-11",
        ),
        ("pt", "Maputo lembrou que a concessão do porto, que expira em janeiro, será renegociada.", "2026-01"),
        # the verb in the past: the term is behind
        ("pt", "O contrato de fornecimento venceu em março, disse o ministério.", "2025-03"),
        ("es", "El convenio pesquero venció en abril, recordó el canciller.", "2025-04"),
    ],
)
def test_a_term_a_present_verb_of_expiry_ends_lies_ahead(language, body, expected):
    assert months(language, body) == [expected]
