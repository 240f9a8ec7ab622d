"""A Spanish, French or Portuguese report that names the envoy abroad of the one state whose press writes its
language ("l'ambassadeur de France au Cambodge, NAME", "el embajador de España, NAME") is the host's press: that
state is the guest side, and a minister of no stated state is the host's. When the envoy is the other state's, the
language's state stays home. Sentences written for these tests."""

from pipelines.extract.actors import extract_actors


def countries(text, language):
    return {a.name: a.country for a in extract_actors(text, language=language) if a.actor_type == "person"}


def test_the_language_states_envoy_makes_the_host_home_in_french():
    text = (
        "L'ambassadeur de France au Cambodge, Philippe Martinon, et le ministre de l'Économie, Vongsey Vissoth, ont "
        "signé mardi à Phnom Penh une convention de 12 millions d'euros pour le port de Sihanoukville."
    )
    found = countries(text, "fr")
    assert (found["Philippe Martinon"], found["Vongsey Vissoth"]) == ("FRA", "KHM")
    text = (
        "Un accord sur la formation des cheminots a été paraphé au Caire en présence de l'ambassadeur de France, "
        "Claire Dubois-Renard, et du ministre des Transports, Kamel Wazir Abdelhady. L'Égypte formera 300 agents."
    )
    found = countries(text, "fr")
    assert (found["Claire Dubois-Renard"], found["Kamel Wazir Abdelhady"]) == ("FRA", "EGY")


def test_in_spanish_and_portuguese():
    text = (
        "El embajador de España en Filipinas, Ramón Galindo Mas, y el secretario de Energía, Rafael Lotilla Cruz, "
        "firmaron en Manila un memorando sobre energía solar."
    )
    found = countries(text, "es")
    assert (found["Ramón Galindo Mas"], found["Rafael Lotilla Cruz"]) == ("ESP", "PHL")
    text = (
        "O embaixador do Brasil na Indonésia, Rui Quartin Borges, e o ministro do Comércio, Budi Santoso Hartono, "
        "assinaram em Jacarta um protocolo sobre a exportação de carne."
    )
    found = countries(text, "pt")
    assert (found["Rui Quartin Borges"], found["Budi Santoso Hartono"]) == ("BRA", "IDN")


def test_the_language_state_stays_home_when_the_envoy_is_the_other_states():
    text = (
        "L'ambassadeur du Cambodge en France, Vongsey Vissoth, a rencontré lundi à Paris le ministre de l'Économie, "
        "Bruno Lemaire-Duval, pour préparer le forum d'affaires."
    )
    found = countries(text, "fr")
    assert (found["Vongsey Vissoth"], found["Bruno Lemaire-Duval"]) == ("KHM", "FRA")
    text = (
        "El embajador de Filipinas en España, Rafael Lotilla Cruz, se reunió en Madrid con la ministra de Industria, "
        "Dora Castellanos Vidal, para preparar la feria de Manila."
    )
    found = countries(text, "es")
    assert (found["Rafael Lotilla Cruz"], found["Dora Castellanos Vidal"]) == ("PHL", "ESP")
