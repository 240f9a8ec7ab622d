"""Defence named only by its arms and drills (warplanes, frigates, armoured vehicles, joint drills, a fighter's model),
and security named only by its threats (a terror group, piracy, kidnapping, money laundering, a named armed group),
in English, Spanish, French and Portuguese; a threat in a figure of speech ("economic piracy") is none. Every sentence
was written for these tests."""

import pytest

from tests.sector_sets import sectors_of


@pytest.mark.parametrize(
    "text, language",
    [
        ("Brazil agreed to buy 36 Gripen fighters from Sweden's Saab in a deal worth $4.5 billion.", "en"),
        ("The US approved the sale of 40 F-16 jets to Turkey after Ankara ratified Sweden's NATO bid.", "en"),
        ("France delivered the last of 36 Rafale jets to India under the 2016 contract.", "en"),
        ("South Korea will supply 48 K9 self-propelled guns to Egypt under the deal signed in Cairo.", "en"),
        ("Indian and Egyptian special forces began a two-week joint drill in Rajasthan on Monday.", "en"),
        ("The Pentagon said two US destroyers would join the exercise off Sri Lanka with Indian ships.", "en"),
        ("Chile comprará dos fragatas a Australia para renovar su flota, informó el ministerio.", "es"),
        ("Colombia adquirirá 16 aviones de combate a Francia por unos 3.000 millones de euros.", "es"),
        ("España entregará a Marruecos 20 vehículos blindados en virtud del acuerdo firmado en Rabat.", "es"),
        ("L'Inde va acquérir 26 Rafale Marine et trois sous-marins Scorpène auprès de la France.", "fr"),
        ("Le Maroc a commandé des hélicoptères de combat Apache aux États-Unis.", "fr"),
        ("O Brasil comprou quatro submarinos da França no âmbito do acordo de 2008.", "pt"),
        ("A Força Aérea Brasileira recebeu os primeiros caças Gripen fabricados na Suécia.", "pt"),
        ("Portugal vai adquirir seis navios-patrulha oceânicos, anunciou o governo.", "pt"),
    ],
)
def test_arms_and_drills_are_defence(text: str, language: str) -> None:
    assert "defence" in sectors_of(text, language)


@pytest.mark.parametrize(
    "text, language",
    [
        ("The two ministers discussed the fight against the PKK terror group and agreed to share information.", "en"),
        ("Kenya and Somalia agreed to step up joint operations against al-Shabaab fighters along their border.", "en"),
        ("Nigeria and Niger agreed to set up a joint task force against Boko Haram in the Lake Chad basin.", "en"),
        ("Britain will give Nigeria 2 million pounds to counter violent extremist groups in the north-east.", "en"),
        ("The agreement covers cooperation against money laundering and transnational crime.", "en"),
        ("The two presidents agreed to cooperate against kidnapping gangs operating along the border.", "en"),
        ("Le Niger et le Bénin ont convenu de renforcer la lutte contre les groupes jihadistes à la frontière.", "fr"),
        ("Les deux pays coopéreront dans la lutte contre la piraterie maritime dans le golfe de Guinée.", "fr"),
        ("Colombia y Panamá acordaron combatir el lavado de activos y los grupos armados en el Darién.", "es"),
        ("Angola e a RDC acordaram reforçar o combate ao crime transfronteiriço e aos traficantes.", "pt"),
    ],
)
def test_threats_named_are_security(text: str, language: str) -> None:
    assert "security" in sectors_of(text, language)


@pytest.mark.parametrize(
    "text, language",
    [
        ("Tehran denounced the new sanctions as economic terrorism, and Caracas called them economic piracy.", "en"),
        ("La Habana calificó la ley de piratería económica contra la isla y contra sus socios.", "es"),
    ],
)
def test_a_threat_as_a_figure_of_speech_is_no_security(text: str, language: str) -> None:
    assert "security" not in sectors_of(text, language)
