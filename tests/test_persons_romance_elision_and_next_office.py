"""Two shapes of Spanish, French and Portuguese appositions. A French name after an elided preposition ("en présence
d'NAME, ministre de ...", "aux côtés d'NAME, directrice ...") takes the office after it, as the name after "de" does.
A conjunction and an article after a name's comma ("o Ministro da Energia, NAME, e o director-executivo da X, NAME";
"y el presidente de X, NAME"; "et le directeur de X, NAME") open the next person's office: no office of the name
before. Sentences written for these tests, from every region."""

import pytest

from pipelines.extract.article import extract_article


def roles(text):
    return {a.name: a.role for a in extract_article(text).actors if a.actor_type == "person"}


ELIDED = [
    (
        "Rabat, 3 mars (MAP) - La cérémonie s'est déroulée en présence d'Abdelkader Tazi, ministre de l'Énergie et "
        "des Mines, et de Karim Bennani, président de l'Office chérifien.",
        "Abdelkader Tazi",
        "ministre",
    ),
    (
        "Abidjan, 12 juin (AIP) - Le projet a été présenté aux côtés d'Aminata Koné, directrice générale de la Sodeci, "
        "devant les bailleurs.",
        "Aminata Koné",
        "directrice",
    ),
    (
        "Tunis, 5 avril (TAP) - L'accord a reçu l'appui d'Ines Ben Salah, ministre de l'Industrie, qui a salué un "
        "partenariat durable avec l'Italie.",
        "Ines Ben Salah",
        "ministre",
    ),
    (
        "Bruxelles - La déclaration porte la signature d'Olivier De Smet, ambassadeur de Belgique au Vietnam, et "
        "celle de son homologue.",
        "Olivier De Smet",
        "ambassadeur",
    ),
    (
        "Montréal - La mission était placée sous la direction d'Émilie Tremblay, présidente de la Chambre de "
        "commerce, qui a rencontré des industriels à Hanoï.",
        "Émilie Tremblay",
        "présidente",
    ),
]


@pytest.mark.parametrize(("text", "name", "wanted"), ELIDED)
def test_a_name_after_an_elided_preposition_takes_its_apposed_office(text, name, wanted):
    assert (roles(text).get(name) or "").lower().startswith(wanted)


NEXT = [
    (
        "Maputo - O acordo foi assinado pelo Ministro da Energia, Salvador Macuácua, e o director-executivo da "
        "Eskom, Thabo Nkosi.",
        {"Salvador Macuácua": "Ministro", "Thabo Nkosi": "director-executivo"},
    ),
    (
        "Luanda - Assinaram o memorando a ministra das Finanças, Vera Daves, e o presidente da Sonangol, Gaspar "
        "Martins.",
        {"Gaspar Martins": "presidente"},
    ),
    (
        "Lima - El convenio fue firmado por el ministro de Energía, Óscar Vera, y el director general de Petroperú, "
        "Julio Salas.",
        {"Óscar Vera": "ministro", "Julio Salas": "director general"},
    ),
    (
        "Dakar - Le protocole a été paraphé par la ministre du Commerce, Aminata Assome Diatta, et le directeur "
        "général de l'Apix, Mountaga Sy.",
        {"Mountaga Sy": "directeur général"},
    ),
]


@pytest.mark.parametrize(("text", "wanted"), NEXT)
def test_a_conjunction_and_an_article_open_the_next_persons_office(text, wanted):
    found = roles(text)
    for name, role in wanted.items():
        assert (found.get(name) or "").lower().startswith(role.lower()), (name, found.get(name))
