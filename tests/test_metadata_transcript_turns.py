"""A transcript's turns (`MINISTER: ...`, `Q: ...`, `Jane Roe: ...`) are no headline, even a turn asked as a question,
nor is a programme's name in capitals that ends in its host's name when the host speaks below; a segment's headline
after its programme's name, a story's kicker headline, a headline repeated as the page's heading and a quoted headline
over the speaker's turns still are (texts written for these tests)."""

import pytest

from pipelines.extract.metadata import extract_metadata


@pytest.mark.parametrize(
    "text",
    [
        (
            "GOVERNOR: Thank you all for coming. We have agreed with the province to build the bridge at Limón.\n"
            "REPORTER: When will the work start?\n"
            "GOVERNOR: Next year, once the loan from the development bank is signed.\n"
        ),
        (
            "Q: Will the loan for the port of Apia be signed this year?\n"
            "A: We expect to sign it in June, after the board meets in Manila to approve it.\n"
            "Q: And the road to the airport?\n"
            "A: Later, perhaps in 2026.\n"
        ),
        (
            "MODERATOR: Good morning.\n"
            "MINISTRE: Merci. Nous avons signé aujourd'hui le prêt pour le port de Lomé avec la banque.\n"
            "QUESTION: Quel est son montant ?\n"
            "MINISTRE: Deux cents millions d'euros sur quinze ans.\n"
        ),
        (
            "Entrevistador: ¿Qué espera Bolivia de la visita del presidente chileno?\n"
            "Canciller: Esperamos cerrar el acuerdo sobre el gas y abrir el puerto de Arica a nuestra carga.\n"
            "Entrevistador: ¿Y el litio?\n"
            "Canciller: Eso queda para la próxima ronda.\n"
        ),
        (
            "EVENING JOURNAL WITH AMARA OKONKWO\nMarch 3, 2004\n6:30 pm\n\n"
            "AMARA OKONKWO: good evening. talks resumed in Abuja today on the gas pipeline to Ghana and Togo.\n"
        ),
        (
            "MAGAZINE DU SOIR AVEC AWA NDIAYE\n\n"
            "AWA NDIAYE: Bonsoir. Le Sénégal et la Mauritanie ont signé aujourd'hui l'accord sur le champ gazier.\n"
            "DIOP: Merci Awa.\n"
        ),
    ],
)
def test_a_transcripts_turn_or_programme_is_no_title(text):
    assert extract_metadata(text).title is None


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Pacific Hour: Samoa and Tonga share a new cable\n\n"
            "LINA FAASALA, host: Good evening. Samoa and Tonga switched on their new undersea cable today.\n\n"
            "TEVITA HALA reporting: Lina, the line cost forty million dollars and was paid for by the bank.\n\n"
            "FAASALA: Thank you, Tevita.\n",
            "Pacific Hour: Samoa and Tonga share a new cable",
        ),
        (
            "Uruguay: port deal with Finland signed\n\n"
            "MONTEVIDEO: The government signed on Monday a deal with a Finnish firm to run the new pulp terminal.\n",
            "Uruguay: port deal with Finland signed",
        ),
        (
            "ZAMBIA SIGNS BORDER DEAL WITH MALAWI\n\nLILONGWE: Zambia and Malawi agreed on Monday to build a joint "
            "border post on the road to Chipata, officials said.\n",
            "ZAMBIA SIGNS BORDER DEAL WITH MALAWI",
        ),
        (
            "An interview with the Foreign Minister of Chile\n\n"
            "Q: What do you expect from the summit in Lima next week?\n"
            "A: We expect to sign the accord on the ports and the rail link.\n"
            "Q: And the water dispute?\n"
            "A: It will be settled by the court.\n",
            "An interview with the Foreign Minister of Chile",
        ),
        (
            "Sénégal : l'AFD finance le port de Ndayane | Le Quotidien\n"
            "Le Quotidien\n"
            "Accueil › Économie\n\n"
            "Sénégal : l'AFD finance le port de Ndayane\n\n"
            "Publié par : Rédaction | 12/03/2019\n\n"
            "L'Agence française de développement a signé mardi à Dakar un prêt pour le nouveau port de Ndayane.\n",
            "Sénégal : l'AFD finance le port de Ndayane",
        ),
        (
            'Kamau: "Kenya will not default on the railway loan"\n\n'
            "Morning programme, Tuesday\n\n"
            "HOST: Good morning. With us is the Treasury Secretary, Njuguna Kamau.\n"
            "KAMAU: Thank you. We paid the last instalment in March and the next one falls due in July.\n"
            "HOST: And the Chinese lenders?\n"
            "KAMAU: They have agreed to the new schedule.\n",
            'Kamau: "Kenya will not default on the railway loan"',
        ),
        (
            "Santos: « Nous n'avons pas demandé de nouveau prêt »\n\n"
            "ANIMATEUR : Bonsoir, monsieur le ministre.\n"
            "SANTOS : Bonsoir. Le Cap-Vert a remboursé sa dette envers le Portugal l'an dernier.\n"
            "ANIMATEUR : Et le port de Praia ?\n"
            "SANTOS : Les travaux commencent en mai.\n",
            "Santos: « Nous n'avons pas demandé de nouveau prêt »",
        ),
    ],
)
def test_a_headline_over_turns_stays_the_title(text, title):
    assert extract_metadata(text).title == title
