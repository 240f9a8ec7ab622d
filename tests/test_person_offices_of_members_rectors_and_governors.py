"""Offices of legislators, heads of universities, regional governors, the Pope and executive directors, before a
name or in an apposition, in English, Spanish, French and Portuguese (sentences written for these tests)."""

import pytest

from pipelines.extract.actors import extract_actors


def role_of(text, name, language="en"):
    return {a.name: a.role for a in extract_actors(text, language=language) if a.actor_type == "person"}.get(name)


@pytest.mark.parametrize(
    ("language", "text", "name", "office"),
    [
        (
            "en",
            "Rector Maria Kowalczyk of the University of Warsaw signed the agreement with Nigeria.",
            "Maria Kowalczyk",
            "Rector",
        ),
        (
            "en",
            "The accord was signed by Prof. Tunde Adeyemi, Rector, University of Lagos, and the Kenyan envoy.",
            "Tunde Adeyemi",
            "Rector",
        ),
        (
            "en",
            "The Rector of Charles University, Milena Kralickova, met the Ghanaian Ambassador.",
            "Milena Kralickova",
            "Rector",
        ),
        ("en", "Voivode Anna Nowak welcomed the Ukrainian delegation in Lublin.", "Anna Nowak", "Voivode"),
        ("en", "The Lubelskie Voivode, Jan Kowalski, met Ukraine's consul.", "Jan Kowalski", "Voivode"),
        ("en", "Pope Francis met President Lula of Brazil in Rome.", "Francis", "Pope"),
        ("en", "Nairobi MP Esther Passaris asked the ministry about the Chinese loan.", "Esther Passaris", "MP"),
        ("en", "MP Rahul Sharma said India would raise the matter with Pakistan.", "Rahul Sharma", "MP"),
        ("en", "Opposition MP Grace Mensah criticised the Ghana-China deal.", "Grace Mensah", "MP"),
        (
            "en",
            "Member of Parliament Ali Rahimi said Iran would not yield to the United States.",
            "Ali Rahimi",
            "Member of Parliament",
        ),
        ("en", "Wali Mohamed Alaoui of the Rabat region received the Spanish delegation.", "Mohamed Alaoui", "Wali"),
        ("en", "Akim Yerbolat Dossayev of Almaty met the Chinese consul general.", "Yerbolat Dossayev", "Akim"),
        (
            "fr",
            "Le recteur de l'Université de Dakar, Moussa Diop, a reçu l'ambassadeur du Japon.",
            "Moussa Diop",
            "recteur",
        ),
        ("fr", "Le wali de la région de Fès, Said Zniber, a reçu l'ambassadeur d'Espagne.", "Said Zniber", "wali"),
        (
            "es",
            "El rector de la Universidad de Chile, Rosa Devés, recibió al embajador de Corea.",
            "Rosa Devés",
            "rector",
        ),
        (
            "pt",
            "O reitor da Universidade de São Paulo, Carlos Carlotti, recebeu o embaixador da China.",
            "Carlos Carlotti",
            "reitor",
        ),
        (
            "pt",
            "O director-executivo da Eskom, Sipho Dlamini, assinou o contrato com Moçambique.",
            "Sipho Dlamini",
            "director-executivo",
        ),
        (
            "pt",
            "O diretor-executivo da Vale, João Silva, reuniu-se com o ministro japonês.",
            "João Silva",
            "diretor-executivo",
        ),
    ],
)
def test_the_office_is_read(language, text, name, office):
    assert office.lower() in (role_of(text, name, language) or "").lower()


@pytest.mark.parametrize(
    ("text", "name", "office"),
    [
        ("Siemens board member Klaus Weber said Egypt had signed the contract.", "Klaus Weber", "board member"),
        (
            "Daimler Trucks board member Jonas Beck said the venture would sell trucks in Russia.",
            "Jonas Beck",
            "board member",
        ),
        ("Klaus Weber, a board member at Siemens, said Egypt had signed.", "Klaus Weber", "board member"),
        ("Toyota management board member Kenji Sato met the Thai minister.", "Kenji Sato", "board member"),
        ("Petrobras board member Ana Souza said Brazil would export more oil to India.", "Ana Souza", "board member"),
        ("Piotr Nowak, rector of Warsaw University, met the Nigerian ambassador.", "Piotr Nowak", "rector"),
        ("Almaty akim Yerbolat Dossayev met the Chinese consul.", "Yerbolat Dossayev", "akim"),
    ],
)
def test_a_lower_case_office_before_or_after_the_name_is_read(text, name, office):
    assert role_of(text, name) == office


def test_an_office_after_a_french_phrase_of_presence_is_not_the_office_of_the_name_before():
    text = (
        "Le projet a été présenté par le président du Conseil régional, Brahim Tazi, "
        "en présence du wali de la région, Ahmed Alami."
    )
    assert role_of(text, "Brahim Tazi", "fr") == "président"
    assert role_of(text, "Ahmed Alami", "fr") == "wali"


@pytest.mark.parametrize(
    ("text", "name", "office"),
    [
        ("Sen. Harriet Cole, a Nevada Democrat, criticised China.", "Harriet Cole", "Senator"),
        ('"Now is the time," said Sen. Luis Ortega, a Florida Republican, of the Cuba bill.', "Luis Ortega", "Senator"),
        ("Rep. Tom Blake said Mexico must act on the border.", "Tom Blake", "Representative"),
        ("PM Shehbaz Sharif met Chinese President Xi Jinping.", "Shehbaz Sharif", "Prime Minister"),
    ],
)
def test_an_abbreviated_courtesy_title_with_a_stop_is_the_office_in_full(text, name, office):
    assert role_of(text, name) == office


def test_an_office_said_before_a_courtesy_title_stays_the_persons():
    text = "The Principal Secretary in the Ministry of Foreign Affairs, Amb. Peter Otieno, met the Chinese envoy."
    assert role_of(text, "Peter Otieno") == "Principal Secretary"
