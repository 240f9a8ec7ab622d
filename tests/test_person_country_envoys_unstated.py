"""An envoy the article names without a state ("Ambassador NAME"), in two classes of text.

(1) A mission's own page, whose head names the embassy of one state in another ("Embassy of the Republic of Ghana in
Japan", "Royal Thai Embassy, Canberra —", "Embajada de Chile en Perú", "Ambassade de France au Japon", "Embaixada do
Brasil em Angola"): its ambassador is the mission's state, not the host's.
(2) An envoy whose office names the post's city or state ("l'ambassadeur du Royaume à Bamako, NAME", "el embajador
designado en Quito, NAME", "the ambassador in Addis Ababa, NAME", "o embaixador em Luanda, NAME"): the envoy is not
of the post's state, and a report from the home side's city names its own envoy abroad so.

Sentences written for these tests, from several regions and outlets' styles; the last ones must keep what the text
says of the envoy."""

import pytest

from pipelines.extract.actors import extract_actors


def country(text, name, language="en"):
    return next(a.country for a in extract_actors(text, language=language) if a.name == name)


CASES = [
    (
        "en",
        "Embassy of the Republic of Ghana in Japan\nHome | News | Consular | Visa\n\nGhana and Japan sign a grant "
        "for the Accra ring road\n\nThe Government of Japan will give Ghana a grant of 2 billion yen for the ring "
        "road, the Japanese side said on Monday. Ambassador Frank Okyere attended the signing in Tokyo with senior "
        "officials of the Japanese foreign ministry.",
        "Frank Okyere",
        "GHA",
    ),
    (
        "en",
        "Royal Thai Embassy, Canberra — News\n\nThai durian exports to Australia rise\n\nThai exports of fresh "
        "durian to Australia doubled in 2022, and Australia will open two more ports to Thai fruit. Ambassador "
        "Chutima Wongsakul met officials of the Australian agriculture department in Canberra on Monday.",
        "Chutima Wongsakul",
        "THA",
    ),
    (
        "es",
        "Embajada de Chile en Perú | Inicio | Noticias | Servicios consulares\n\nChile y Perú firman un acuerdo "
        "de pesca\n\nLos gobiernos de Chile y Perú firmaron el martes en Lima un acuerdo de pesca artesanal. El "
        "embajador Rodrigo Ibarra Soto asistió a la firma junto a funcionarios peruanos.",
        "Rodrigo Ibarra Soto",
        "CHL",
    ),
    (
        "fr",
        "Ambassade de France au Japon | Actualités | Coopération\n\nLa France et le Japon signent un accord sur "
        "l'hydrogène\n\nLa France et le Japon ont signé mardi à Tokyo un accord sur l'hydrogène. L'ambassadeur "
        "Thierry Lemaire a reçu à cette occasion des responsables japonais.",
        "Thierry Lemaire",
        "FRA",
    ),
    (
        "pt",
        "Embaixada do Brasil em Angola | Notícias | Serviços consulares\n\nBrasil e Angola assinam acordo de "
        "cooperação agrícola\n\nO Brasil e Angola assinaram ontem em Luanda um acordo de cooperação agrícola. O "
        "embaixador Ricardo Vidal Mendes participou da cerimónia com responsáveis angolanos.",
        "Ricardo Vidal Mendes",
        "BRA",
    ),
    (
        "fr",
        "Rabat, 12/03/2019 (MAP) - Le ministre des Affaires étrangères, M. Karim Bennani, a reçu mardi à Rabat son "
        "homologue malien pour des entretiens sur la coopération entre le Maroc et le Mali. L'ambassadeur du Royaume "
        "à Bamako, M. Hassan Naciri, a pris part aux entretiens.",
        "Hassan Naciri",
        "MAR",
    ),
    (
        "es",
        "BOGOTÁ, Colombia. — Los gobiernos de Colombia y Ecuador acordaron el lunes reabrir el paso fronterizo de "
        "Rumichaca. El embajador designado en Quito, Andrés Gómez Salcedo, asumirá el cargo en marzo.",
        "Andrés Gómez Salcedo",
        "COL",
    ),
    (
        "en",
        "NAIROBI, Kenya — Kenya and Ethiopia agreed on Monday to finish the Isiolo-Moyale power line by June. "
        "Kenya's ambassador in Addis Ababa, Peter Kamau Njoroge, attended the talks with Ethiopian officials.",
        "Peter Kamau Njoroge",
        "KEN",
    ),
    (
        "pt",
        "Lisboa, 3 mar (Lusa) - Portugal e Angola assinaram hoje em Lisboa um acordo sobre dupla tributação. O "
        "embaixador em Luanda, João Mendes Silva, acompanhou as negociações com os responsáveis angolanos.",
        "João Mendes Silva",
        "PRT",
    ),
    # what the text says of the envoy still decides
    (
        "en",
        "Embassy of the Republic of Ghana in Japan\nHome | News\n\nGhana and Japan sign a grant\n\nThe Japanese "
        "Ambassador to Ghana, Kenji Saito, briefed the press in Accra on the grant on Monday.",
        "Kenji Saito",
        "JPN",
    ),
    (
        "en",
        "MANILA - The Philippines and Japan signed a loan for the Manila subway on Tuesday. Finance Secretary Carlos "
        "Dominguez and Ambassador Koji Haneda signed for the two sides.",
        "Koji Haneda",
        "JPN",
    ),
]


@pytest.mark.parametrize(("language", "text", "name", "expected"), CASES)
def test_unstated_envoy_country(language, text, name, expected):
    assert country(text, name, language) == expected
