"""Spanish, French and Portuguese persons: a style of address before the name ('Son Excellence Monsieur NAME',
'Sua Excelência NAME', 'Maître NAME') is no part of it; an article and an office ('La Ministra de ...', 'Le
Ministre, Porte-parole') or an office alone name no one; and the capitalised words after the noun of a port, an oil
block or field, a platform, a project or a programme name that thing, not a person. Sentences written for these
tests, from other states and outlets."""

import pytest

from pipelines.extract.actors import extract_actors


def persons(text, language):
    return {a.name for a in extract_actors(text, language=language) if a.actor_type == "person"}


@pytest.mark.parametrize(
    "text, language, name",
    [
        (
            "Le chef de l'État a accueilli son homologue nigérien, Son Excellence Monsieur Idrissa Moussa Kanté, "
            "arrivé mardi à Lomé pour une visite de deux jours.",
            "fr",
            "Idrissa Moussa Kanté",
        ),
        (
            "Le Conseil s'est réuni mercredi sous la présidence de Maître Paul Ekane Mbella, Président de la "
            "République.",
            "fr",
            "Paul Ekane Mbella",
        ),
        (
            "Su Excelencia Ramón Ortega Vidal, presidente de Paraguay, llegó el lunes a Montevideo.",
            "es",
            "Ramón Ortega Vidal",
        ),
        (
            "Sua Excelência Armindo Fernandes Tavares, Presidente da República de Cabo Verde, chegou a Bissau.",
            "pt",
            "Armindo Fernandes Tavares",
        ),
        (
            "La ministre du Commerce, Madame Aminata Koné Diarra, a reçu la délégation.",
            "fr",
            "Aminata Koné Diarra",
        ),
    ],
)
def test_a_style_of_address_is_not_part_of_the_name(text, language, name):
    found = persons(text, language)
    assert name in found
    assert not any(other != name and name in other for other in found)


@pytest.mark.parametrize(
    "text, language, office",
    [
        (
            "Gabón y Ecuador firman un acuerdo pesquero\n\nLa Ministra de Comercio Exterior, Lucía Paredes Andrade, "
            "y su homóloga gabonesa firmaron el acta en Quito.",
            "es",
            "La Ministra de Comercio Exterior",
        ),
        (
            "Le Conseil a adopté trois décrets.\n\nLe Ministre, Porte-parole du Gouvernement\nSeydou Traoré Dembélé",
            "fr",
            "Le Ministre",
        ),
        (
            "Le Premier Ministre, Monsieur Félix Ango Nzé, a présenté le budget de l'État.",
            "fr",
            "Ministre",
        ),
        (
            "O Presidente, em nota, saudou o acordo assinado pelo ministro Abel Chivambo Mutemba.",
            "pt",
            "O Presidente",
        ),
    ],
)
def test_an_office_with_its_article_names_no_one(text, language, office):
    assert office not in persons(text, language)


@pytest.mark.parametrize(
    "text, language, thing",
    [
        ("Le champ Baobab Ouest produira 20 000 barils par jour dès 2026, selon la compagnie.", "fr", "Baobab Ouest"),
        ("La filiale forera deux puits sur le bloc Nkossa Marine en 2025.", "fr", "Nkossa Marine"),
        ("El Gobierno amplió el programa Manuel Belgrano a otras tres provincias.", "es", "Manuel Belgrano"),
        ("La estatal invertirá en el yacimiento Aguada Ramírez durante este año.", "es", "Aguada Ramírez"),
        ("A Petrobras vai instalar a plataforma Anita Garibaldi na bacia de Campos.", "pt", "Anita Garibaldi"),
        ("O Banco Mundial apoiará o projeto Mphanda Nkuwa no rio Zambeze.", "pt", "Mphanda Nkuwa"),
        ("Les navires rejoindront le port Kribi Sud dès janvier, a dit l'opérateur.", "fr", "Kribi Sud"),
    ],
)
def test_the_name_of_a_field_port_project_or_programme_is_no_person(text, language, thing):
    assert thing not in persons(text, language)


@pytest.mark.parametrize(
    "text, language, name",
    [
        ("El proyecto de Diego Lobo Farías, ministro de Energía, fue aprobado.", "es", "Diego Lobo Farías"),
        ("Le projet, présenté par Jean-Marc Dupuis, directeur du port, a été retenu.", "fr", "Jean-Marc Dupuis"),
        ("O programa, disse Maria Lopes Sitoe, diretora do banco, terá 5 anos.", "pt", "Maria Lopes Sitoe"),
        ("El Presidente Rodrigo Chaves Robles recibió al canciller.", "es", "Rodrigo Chaves Robles"),
        ("Le Premier ministre Albert Pahimi Padacké a reçu l'ambassadeur.", "fr", "Albert Pahimi Padacké"),
    ],
)
def test_persons_near_those_words_stay(text, language, name):
    assert name in persons(text, language)
