"""A visit named after a person, whose agent the sentence names next ("NAME spoke after the visit to Chile by
Chinese Vice Premier NAME2", "tras la visita a Chile del viceprimer ministro chino NAME2", "après la visite au
Burkina Faso du Premier ministre NAME2", "após a visita a Angola do vice-presidente NAME2"): the visit is NAME2's,
so NAME may well be of the state visited. Sentences written for this test; traps: the person's own visit."""

import pytest

from pipelines.extract.actors import extract_actors


def persons(text, language):
    return {a.name: a.country for a in extract_actors(text, language=language) if a.actor_type == "person"}


# (language, sentence, the person named before the visit, the state visited)
VISITS = [
    (
        "es",
        "El ministro de Minería, Pedro Soto Vidal, habló tras la visita a Chile del viceprimer ministro chino "
        "Wang Qishan.",
        "Pedro Soto Vidal",
        "CHL",
    ),
    (
        "es",
        "La ministra de Comercio, Lucía Barrantes Mora, anunció el acuerdo durante la visita a Costa Rica del "
        "presidente coreano Kim Dae-sung.",
        "Lucía Barrantes Mora",
        "CRI",
    ),
    (
        "es",
        "El canciller Óscar Villamil Pardo presentó el plan en la visita a Colombia de la primera ministra "
        "italiana Giulia Ferri.",
        "Óscar Villamil Pardo",
        "COL",
    ),
    (
        "fr",
        "Le ministre des Mines, Paul Kaboré, s'est exprimé après la visite au Burkina Faso du vice-Premier "
        "ministre chinois Wang Yang.",
        "Paul Kaboré",
        "BFA",
    ),
    (
        "fr",
        "La ministre du Commerce, Aïcha Benjelloun, a parlé lors de la visite au Maroc du président turc Mehmet Aydın.",
        "Aïcha Benjelloun",
        "MAR",
    ),
    (
        "fr",
        "Le ministre de l'Énergie, Didier Kouassi, a signé pendant la visite en Côte d'Ivoire de la chancelière "
        "allemande Ute Brenner.",
        "Didier Kouassi",
        "CIV",
    ),
    (
        "pt",
        "O ministro das Minas, Pedro Matos Silva, falou após a visita a Angola do vice-primeiro-ministro "
        "chinês Wang Yang.",
        "Pedro Matos Silva",
        "AGO",
    ),
    (
        "pt",
        "A ministra da Agricultura, Tereza Lins Barreto, discursou durante a visita ao Brasil do presidente "
        "indiano Arjun Rao.",
        "Tereza Lins Barreto",
        "BRA",
    ),
    (
        "en",
        "Mines Minister Peter Soto spoke after the visit to Chile by Chinese Vice Premier Wang Qishan.",
        "Peter Soto",
        "CHL",
    ),
    (
        "en",
        "Trade Minister Amina Diallo welcomed the visit to Senegal by Turkish President Mehmet Aydin.",
        "Amina Diallo",
        "SEN",
    ),
]


@pytest.mark.parametrize(("language", "text", "person", "visited"), VISITS)
def test_a_visit_whose_agent_is_named_next_is_not_the_persons(language, text, person, visited):
    assert persons(text, language)[person] == visited


def test_the_persons_own_visit_still_makes_them_a_guest():
    found = persons("El ministro chino Wang Lei, de visita en Chile, se reunió con el presidente Pedro Soto.", "es")
    assert found["Wang Lei"] == "CHN"
    found = persons("Le ministre Paul Kaboré, en visite au Maroc, a rencontré le ministre marocain Karim Alami.", "fr")
    assert found["Paul Kaboré"] != "MAR"
    found = persons("Trade Minister Peter Soto, visiting Chile, met Chilean Foreign Minister Ana Rojas.", "en")
    assert found["Peter Soto"] != "CHL"
