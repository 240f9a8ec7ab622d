"""French "prêt" is a loan (finance) as a noun and "ready" as an adjective after a copula ("la France est prête à
aider", "les deux pays se disent prêts à relancer", "Dakar serait prêt à signer"): the adjective names no finance, and
ready-to-wear ("prêt-à-porter") none either. A loan in the same sentence stays finance. Every sentence was written for
these tests."""

import pytest

from tests.sector_sets import sectors_of


@pytest.mark.parametrize(
    "text",
    [
        "Selon le ministre, Abidjan est prêt à accueillir le sommet des deux pays en octobre.",
        "La France est prête à soutenir la candidature du Sénégal, a déclaré le ministre.",
        "Les deux gouvernements se disent prêts à rouvrir le dialogue politique dès janvier.",
        "Le Maroc serait prêt à signer la déclaration commune avec la Mauritanie.",
        "Les délégations tunisienne et algérienne étaient prêtes à conclure la réunion mardi.",
        "Le Québec reste prêt à recevoir une délégation vietnamienne au printemps.",
        "Les ministres se déclarent prêts à reprendre les discussions sur la frontière.",
        "Une semaine du prêt-à-porter ivoirien s'est ouverte à Paris en présence de l'ambassadeur.",
    ],
)
def test_ready_after_a_copula_is_no_loan(text: str) -> None:
    assert "finance" not in sectors_of(text, "fr")


@pytest.mark.parametrize(
    "text",
    [
        "La Banque mondiale est prête à accorder un prêt de 200 millions de dollars au Niger.",
        "Moscou a promis un prêt à Erevan pour moderniser la centrale.",
        "Le prêt de la Chine au Cameroun sera remboursé sur vingt ans.",
        "Paris accordera un prêt concessionnel de 50 millions d'euros au Bénin.",
    ],
)
def test_a_loan_is_finance(text: str) -> None:
    assert "finance" in sectors_of(text, "fr")
