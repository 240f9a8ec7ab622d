"""Bodies of a state named in Spanish, French or Portuguese by a head noun the press of those states uses for
prosecutors, auditors, regulators, courts, armies, savings funds and state companies (`Fiscalía General de la
Nación`, `Contraloría General`, `Superintendencia de Bancos`, `Tribunal de Contas`, `Ejército Nacional`,
`Caixa Econômica Federal`, `Caisse des dépôts`, `Sociedad Estatal de ...`): the head and the words that name it.
A given name that is also a noun (`Marine`) and a programme (`Bolsa Família`) stay none. Sentences written for
these tests."""

import pytest

from pipelines.extract.actors import extract_actors


def organizations(text: str, language: str) -> set[str]:
    return {a.name for a in extract_actors(text, language=language) if a.actor_type == "organization"}


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "La compra deberá ser aprobada por la Fiscalía Nacional Económica antes de marzo.",
            "es",
            "Fiscalía Nacional Económica",
        ),
        (
            "La Contraloría General de la República auditará el préstamo chino.",
            "es",
            "Contraloría General de la República",
        ),
        (
            "La Superintendencia de Bancos autorizó la apertura de la sucursal peruana.",
            "es",
            "Superintendencia de Bancos",
        ),
        ("El Ejército Nacional recibirá los helicópteros rusos el próximo año.", "es", "Ejército Nacional"),
        (
            "O Tribunal de Contas da União vai examinar o contrato com a empresa chinesa.",
            "pt",
            "Tribunal de Contas da União",
        ),
        ("A Caixa Econômica Federal vai financiar metade das obras do porto.", "pt", "Caixa Econômica Federal"),
        (
            "A Procuradoria-Geral da República abriu um inquérito sobre o acordo.",
            "pt",
            "Procuradoria-Geral da República",
        ),
        (
            "La Caisse des Dépôts et Consignations financera la moitié du projet.",
            "fr",
            "Caisse des Dépôts et Consignations",
        ),
        ("La Cour des comptes a critiqué le coût du contrat avec Pékin.", "fr", "Cour des comptes"),
        (
            "El acuerdo fue firmado por la Sociedad Estatal de Participaciones Industriales.",
            "es",
            "Sociedad Estatal de Participaciones Industriales",
        ),
    ],
)
def test_a_state_body_named_by_its_head_noun(text, language, expected):
    assert expected in organizations(text, language)


@pytest.mark.parametrize(
    ("text", "language", "absent"),
    [
        ("Marine Le Pen a critiqué l'accord avec l'Algérie.", "fr", "Marine Le Pen"),
        ("O programa Bolsa Família atende milhões de famílias.", "pt", "Bolsa Família"),
    ],
)
def test_a_given_name_or_a_programme_is_no_body(text, language, absent):
    assert absent not in organizations(text, language)
