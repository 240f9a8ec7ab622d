"""Sectors of Spanish, French and Portuguese articles: cue words of each language, a portfolio is no activity."""

from pipelines.extract.sectors import extract_sectors


def sectors(text: str, language: str) -> set[str]:
    return {hit.sector for hit in extract_sectors(text, (), language)}


def test_a_ministers_portfolio_reports_no_activity():
    assert sectors("El canciller se reunió con el ministro de Comercio de Japón para impulsar inversiones.", "es") == {
        "investment"
    }
    text = "Segundo o ministro de Minas e Energia, o acordo de cooperação será assinado."
    assert sectors(text, "pt") == set()
    text = "O acordo foi assinado segundo o Ministério do Desenvolvimento, Indústria, Comércio e Serviços."
    assert sectors(text, "pt") == set()


def test_romance_cue_words_in_a_sentence_of_cooperation():
    assert sectors("Les deux pays ont signé un accord sur l'exploration gazière.", "fr") == {"energy"}
    assert sectors("Firmaron un acuerdo en materia petrolera y de infraestructura vial.", "es") >= {
        "energy",
        "transport",
    }
    assert sectors("O UNICEF vai apoiar a vacinação de crianças.", "pt") == {"health"}
    assert sectors("A Marinha e a Armada realizaram um exercício naval conjunto.", "pt") == {"defence"}
    assert sectors("Les partenaires ont signé un accord de coopération sécuritaire.", "fr") == {"security"}
