"""A Spanish, French or Portuguese past participle right after its noun and right before a date opens a reduced
relative clause that reports a past act ("le prêt signé en juillet", "el crédito firmado en noviembre", "a ponte
inaugurada em dezembro"), whatever the tense of the main verb, as English "the loan agreed in December" does; not a
participle after a determiner, a preposition, a passive or future auxiliary, a future form or an adverb ("sera signé
en juillet", "quedará terminada en diciembre", "será formalmente firmado"), a noun of a participle's shape
(`temporada`, `année`, `dívida`, `marché`), nor a participle of a schedule ("le sommet prévu en juillet"). Sentences
written for the class, from every region; `participle_not_after` and `participle_like_noun` of date_cues.csv."""

import pytest

from tests.conftest import date_rows

PUB = "2024-03-13"

# (language, sentence, mention, first day, last day)
BEHIND = [
    (
        "fr",
        "Paris versera 2 millions d'euros qui s'ajoutent au prêt de l'Agence française de développement (AFD) signé en "
        "juillet pour l'irrigation.",
        "en juillet",
        "2023-07-01",
        "2023-07-31",
    ),
    (
        "fr",
        "La France versera une aide qui s'ajoute au prêt de 15 millions signé en juillet avec Erevan.",
        "en juillet",
        "2023-07-01",
        "2023-07-31",
    ),
    (
        "fr",
        "Le gouvernement malien publiera le bilan du programme lancé en octobre par le ministère.",
        "en octobre",
        "2023-10-01",
        "2023-10-31",
    ),
    (
        "fr",
        "Dakar prolongera l'accord de pêche négocié en novembre avec Nouakchott.",
        "en novembre",
        "2023-11-01",
        "2023-11-30",
    ),
    (
        "fr",
        "La Banque africaine financera la deuxième phase du corridor inauguré en décembre entre Abidjan et Lagos.",
        "en décembre",
        "2023-12-01",
        "2023-12-31",
    ),
    (
        "fr",
        "Ottawa doit reconduire les sanctions adoptées en octobre contre Minsk.",
        "en octobre",
        "2023-10-01",
        "2023-10-31",
    ),
    (
        "es",
        "El ministerio presentará el informe sobre el crédito firmado en noviembre con el BID.",
        "en noviembre",
        "2023-11-01",
        "2023-11-30",
    ),
    (
        "es",
        "La empresa ampliará la planta inaugurada en diciembre en Córdoba.",
        "en diciembre",
        "2023-12-01",
        "2023-12-31",
    ),
    (
        "es",
        "Lima y Quito revisarán el tratado de límites ratificado en octubre por ambos congresos.",
        "en octubre",
        "2023-10-01",
        "2023-10-31",
    ),
    ("es", "El Gobierno de Honduras aplicará las medidas anunciadas en enero.", "en enero", "2024-01-01", "2024-01-31"),
    ("pt", "O governo vai renovar o acordo assinado em outubro com Angola.", "em outubro", "2023-10-01", "2023-10-31"),
    (
        "pt",
        "Maputo vai ampliar a linha de crédito concedida em novembro pelo Brasil.",
        "em novembro",
        "2023-11-01",
        "2023-11-30",
    ),
    ("pt", "O Timor-Leste cumprirá as metas fixadas em janeiro com o FMI.", "em janeiro", "2024-01-01", "2024-01-31"),
]

AHEAD = [
    (
        "es",
        "Lima anunció que la policía y los carabineros realizarán patrullajes coordinados desde mayo en la frontera.",
        "desde mayo",
        "2024-05-01",
        "2024-05-31",
    ),
    (
        "pt",
        "O Brasil enviará técnicos treinados até dezembro para a Guiné-Bissau.",
        "até dezembro",
        "2024-12-01",
        "2024-12-31",
    ),
    ("fr", "Le traité sera signé en juillet à Dakar.", "en juillet", "2024-07-01", "2024-07-31"),
    (
        "fr",
        "Le sommet prévu en juillet réunira les chefs d'État de la CEDEAO.",
        "en juillet",
        "2024-07-01",
        "2024-07-31",
    ),
    (
        "fr",
        "Le nouveau pont sur le fleuve Congo doit être inauguré en décembre.",
        "en décembre",
        "2024-12-01",
        "2024-12-31",
    ),
    ("fr", "Le pont devra rester fermé en juillet pour travaux.", "en juillet", "2024-07-01", "2024-07-31"),
    ("fr", "Le contrat sera officiellement signé en juillet à Rabat.", "en juillet", "2024-07-01", "2024-07-31"),
    ("fr", "La croissance de l'activité en mai devrait ralentir au Cameroun.", "en mai", "2024-05-01", "2024-05-31"),
    ("fr", "Le comité se réunira en juillet à Genève.", "en juillet", "2024-07-01", "2024-07-31"),
    ("es", "El acuerdo con Paraguay será formalmente firmado en mayo.", "en mayo", "2024-05-01", "2024-05-31"),
    (
        "es",
        "La obra quedará terminada en diciembre, según el ministerio chileno.",
        "en diciembre",
        "2024-12-01",
        "2024-12-31",
    ),
    ("es", "La represa debe quedar concluida en diciembre.", "en diciembre", "2024-12-01", "2024-12-31"),
    ("es", "El presidente boliviano inaugurará la nueva temporada en mayo.", "en mayo", "2024-05-01", "2024-05-31"),
    ("es", "Las ventas al mercado en mayo crecerán, prevé la cámara argentina.", "en mayo", "2024-05-01", "2024-05-31"),
    ("pt", "O acordo com Cabo Verde deve ser assinado em outubro.", "em outubro", "2024-10-01", "2024-10-31"),
    (
        "pt",
        "A obra ficará concluída em dezembro, disse o ministro angolano.",
        "em dezembro",
        "2024-12-01",
        "2024-12-31",
    ),
    ("pt", "A dívida em dezembro chegará a 80% do PIB de Moçambique.", "em dezembro", "2024-12-01", "2024-12-31"),
    ("pt", "A ponte vai ser inaugurada em dezembro em Luanda.", "em dezembro", "2024-12-01", "2024-12-31"),
]


@pytest.mark.parametrize(("language", "sentence", "mention", "first", "last"), BEHIND + AHEAD)
def test_a_participle_after_its_noun_reports_a_past_act(language, sentence, mention, first, last):
    assert (mention, first, last) in date_rows(sentence, PUB, language)
