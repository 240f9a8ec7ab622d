"""French organisation names whose field is written in lower case beyond `de`: a hyphenated adjective
('ouest-africaine'), an adjective in -able/-ible ('potable', 'renouvelables'), a noun after `en` or `par`
('ressources en hydrocarbures', 'transport par rail'), a second adjective after `et` and a list of adjectives
('économique, social et environnemental'); and the phrases after a name that stay out of it."""

import pytest

from pipelines.extract.actors import extract_actors


def organizations(text: str, language: str = "fr") -> set[str]:
    return {a.name for a in extract_actors(text, language=language) if a.actor_type == "organization"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Hier, l'Office national de l'électricité et de l'eau potable a signé un accord avec la Chine.",
            "Office national de l'électricité et de l'eau potable",
        ),
        (
            "La Société nationale des eaux potables a lancé un appel d'offres à Dakar.",
            "Société nationale des eaux potables",
        ),
        (
            "L'Agence nationale des énergies renouvelables a reçu un don de l'Inde.",
            "Agence nationale des énergies renouvelables",
        ),
        (
            "Selon l'Agence nationale pour la valorisation des ressources en hydrocarbures, le contrat est signé.",
            "Agence nationale pour la valorisation des ressources en hydrocarbures",
        ),
        ("L'Office national des produits en vrac a publié ses chiffres mardi.", "Office national des produits en vrac"),
        (
            "Le fret est assuré par la Société internationale de transport africain par rail depuis 1995.",
            "Société internationale de transport africain par rail",
        ),
        (
            "Le Fonds national de garantie des crédits en agriculture a été doté de 5 milliards de FCFA.",
            "Fonds national de garantie des crédits en agriculture",
        ),
        (
            "Le Centre national d'études en sciences sociales a organisé un colloque.",
            "Centre national d'études en sciences sociales",
        ),
        (
            "L'Agence française pour le développement économique et social a prêté 20 millions d'euros.",
            "Agence française pour le développement économique et social",
        ),
        (
            "L'Institut national de recherche scientifique et technique accueille la mission.",
            "Institut national de recherche scientifique et technique",
        ),
        (
            "Selon l'Agence de développement agricole et rural, la récolte a doublé.",
            "Agence de développement agricole et rural",
        ),
        (
            "La Société de gestion des eaux usées et pluviales a signé le contrat à Lomé.",
            "Société de gestion des eaux usées et pluviales",
        ),
        (
            "Le Conseil économique, social et environnemental a rendu son avis.",
            "Conseil économique, social et environnemental",
        ),
        (
            "La Banque ouest-africaine de développement a approuvé un prêt au Togo.",
            "Banque ouest-africaine de développement",
        ),
        ("La Banque centrale ouest-africaine a relevé son taux directeur.", "Banque centrale ouest-africaine"),
        # `maritime` after a capitalised portfolio or a lower-case field
        (
            "Le décret portant organisation du ministère des Pêches et de l'Économie maritime a été adopté.",
            "ministère des Pêches et de l'Économie maritime",
        ),
        ("L'Agence nationale des affaires maritimes a inspecté le navire.", "Agence nationale des affaires maritimes"),
        ("L'Autorité portuaire et maritime a fermé le port.", "Autorité portuaire et maritime"),
    ],
)
def test_lower_case_field_stays_in_the_name(text, name):
    assert name in organizations(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("La Banque mondiale table sur une croissance de 3 % en 2024.", "Banque mondiale"),
        (
            "L'Agence française de développement en partenariat avec l'Union européenne financera le port.",
            "Agence française de développement",
        ),
        (
            "L'Agence française de développement en faveur du Sénégal a signé mardi.",
            "Agence française de développement",
        ),
        (
            "La Banque africaine de développement en Côte d'Ivoire a ouvert un bureau.",
            "Banque africaine de développement",
        ),
        (
            "L'Office national des hydrocarbures par ailleurs a revu ses prévisions.",
            "Office national des hydrocarbures",
        ),
        (
            "La Banque africaine de développement en attendant la signature a débloqué 10 millions.",
            "Banque africaine de développement",
        ),
        ("La Société nationale d'électricité en juin a coupé le courant.", "Société nationale d'électricité"),
        (
            "L'Institut national de la statistique par exemple publie ses chiffres.",
            "Institut national de la statistique",
        ),
        (
            "Le prêt de la Banque ouest-africaine de développement en faveur du Bénin est signé.",
            "Banque ouest-africaine de développement",
        ),
    ],
)
def test_phrases_after_the_name_stay_out(text, name):
    assert name in organizations(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Le rapport de la Commission des finances, de la planification et du développement a été adopté.",
            "Commission des finances, de la planification et du développement",
        ),
        (
            "Le président de la Commission des affaires étrangères, de la défense et des forces armées est arrivé.",
            "Commission des affaires étrangères, de la défense et des forces armées",
        ),
        (
            "Selon la Commission des finances, de l'économie générale et du contrôle budgétaire, le déficit baisse.",
            "Commission des finances, de l'économie générale et du contrôle budgétaire",
        ),
        (
            "Un accord a été signé avec le ministère de l'Agriculture, de l'élevage et de la pêche mardi.",
            "ministère de l'Agriculture, de l'élevage et de la pêche",
        ),
    ],
)
def test_lower_case_portfolios_after_a_comma(text, name):
    assert name in organizations(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Le ministère des Finances, de son côté, a démenti.", "ministère des Finances"),
        ("La Banque mondiale, de la même manière, a salué la réforme.", "Banque mondiale"),
        (
            "Le Fonds monétaire international, de plus en plus inquiet, a revu ses prévisions.",
            "Fonds monétaire international",
        ),
    ],
)
def test_a_phrase_after_a_comma_is_no_portfolio(text, name):
    assert name in organizations(text)
