"""Names written with an abbreviated given name (`Md.`, `Mohd.`), Gulf and Bruneian honorifics in their other
spellings (`Shaikh`, `Haji`, `Awang`), and French, Spanish and Portuguese words of address (`Selon Mme`, `Madame`,
`Señora`) before a name in apposition: the name is the person's, the honorific and the opener are not."""

import pytest

from pipelines.extract.actors import extract_actors


def _persons(text: str, language: str = "en") -> set[str]:
    return {a.name for a in extract_actors(text, language=language) if a.actor_type == "person"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "DHAKA, March 4 -- Foreign Secretary Md. Jashim Uddin Ahmed met the Nepalese envoy on Monday.",
            "Md. Jashim Uddin Ahmed",
        ),
        (
            "Commerce Secretary Md. Tofazzel Hossain Miah told reporters the talks with India went well.",
            "Md. Tofazzel Hossain Miah",
        ),
        (
            "KUALA LUMPUR -- Deputy Minister Mohd. Shahar Abdullah "
            "said Malaysia will buy more palm oil machinery from Japan.",
            "Mohd. Shahar Abdullah",
        ),
        (
            "Minister of Finance Shaikh Salman bin Rashid Al Khalifa today received the Kuwaiti envoy.",
            "Salman bin Rashid Al Khalifa",
        ),
        (
            "His Excellency Shaykh Nasser bin Jaber Al Thani met the visiting Chinese delegation in Doha.",
            "Nasser bin Jaber Al Thani",
        ),
        (
            "The Minister of Primary Resources, Haji Awang Kamal "
            "bin Haji Salleh, met the Chinese ambassador in Brunei.",
            "Kamal bin Haji Salleh",
        ),
    ],
)
def test_english_names(text, name):
    assert name in _persons(text)


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        (
            "Selon Mme Hélène Dubois, directrice de l'agence, la France a signé un accord avec le Sénégal.",
            "fr",
            "Hélène Dubois",
        ),
        (
            "Le ministre et Madame Aminata Sow, présidente de la chambre, ont reçu la délégation marocaine.",
            "fr",
            "Aminata Sow",
        ),
        (
            "Selon Monsieur Pierre Lambert, directeur de la banque, le Gabon recevra un prêt de la France.",
            "fr",
            "Pierre Lambert",
        ),
        (
            "Según la señora Lucía Paredes, directora de la agencia, Perú firmó un acuerdo con China.",
            "es",
            "Lucía Paredes",
        ),
        (
            "Segundo a senhora Ana Ribeiro, diretora da agência, Angola assinou um acordo com o Brasil.",
            "pt",
            "Ana Ribeiro",
        ),
    ],
)
def test_romance_names(text, language, name):
    persons = _persons(text, language)
    assert name in persons
    assert not any(p != name and p.endswith(name) for p in persons)
