"""States' trade, investment and tourism promotion agencies are known bodies (`organizations.csv`): their names hold
their state's name ('ICEX España Exportación e Inversiones', 'Business France', 'AICEP Portugal Global', 'Tourism
Fiji') or run it into one word ('ProColombia', 'ApexBrasil'), which alone reads as the state or as nothing. Each is
the body of its state, by its local name, its acronym or its English name. Every sentence was written for these
tests."""

import pytest

from pipelines.extract.actors import extract_actors


def _orgs(text: str, language: str) -> dict[str, str | None]:
    return {a.name: a.country for a in extract_actors(text, language=language) if a.actor_type == "organization"}


@pytest.mark.parametrize(
    ("language", "text", "name", "state"),
    [
        (
            "es",
            "ICEX España Exportación e Inversiones llevará a 30 empresas a la feria de Casablanca.",
            "ICEX España Exportación e Inversiones",
            "ESP",
        ),
        ("fr", "Une mission de l'ICEX se rendra à Oran en octobre, selon l'ambassade.", "ICEX", "ESP"),
        ("en", "Business France will bring 40 firms to the Nairobi fair next month.", "Business France", "FRA"),
        ("fr", "Business France accompagnera une vingtaine d'entreprises à Abidjan.", "Business France", "FRA"),
        ("pt", "A AICEP Portugal Global abriu uma delegação em Maputo.", "AICEP Portugal Global", "PRT"),
        ("pt", "A ApexBrasil levará 25 empresas à feira de Luanda.", "ApexBrasil", "BRA"),
        ("es", "ProColombia y la cámara de comercio organizaron la rueda de negocios en Seúl.", "ProColombia", "COL"),
        ("es", "Según ProChile, las exportaciones de fruta a la India crecieron.", "ProChile", "CHL"),
        ("es", "PromPerú presentó la oferta exportable peruana en Dubái.", "PromPerú", "PER"),
        ("es", "Uruguay XXI organizó un seminario para inversores coreanos en Montevideo.", "Uruguay XXI", "URY"),
        ("fr", "Le CEPICI a reçu une délégation d'investisseurs turcs à Abidjan.", "CEPICI", "CIV"),
        ("pt", "A AIPEX recebeu uma delegação de empresários chineses em Luanda.", "AIPEX", "AGO"),
        ("en", "Invest India signed a memorandum with the Saudi investment ministry.", "Invest India", "IND"),
        (
            "en",
            "Enterprise Singapore and the Kenyan ministry agreed to hold a trade fair.",
            "Enterprise Singapore",
            "SGP",
        ),
        (
            "en",
            "Germany Trade and Invest said German firms plan new plants in Vietnam.",
            "Germany Trade and Invest",
            "DEU",
        ),
        ("en", "Tourism Fiji opened an office in Auckland to court New Zealand visitors.", "Tourism Fiji", "FJI"),
        ("es", "Turespaña abrirá una oficina en Seúl para atraer turistas coreanos.", "Turespaña", "ESP"),
        ("pt", "O Turismo de Portugal assinou um protocolo com o Brasil.", "Turismo de Portugal", "PRT"),
        ("fr", "Campus France a ouvert un espace à Hanoï pour les étudiants vietnamiens.", "Campus France", "FRA"),
        ("es", "La CESCE cubrirá el crédito a la exportación de los trenes a Egipto.", "CESCE", "ESP"),
    ],
)
def test_a_promotion_agency_is_its_states_body(language: str, text: str, name: str, state: str) -> None:
    orgs = _orgs(text, language)
    assert name in orgs
    assert orgs[name] == state


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "El turismo de Portugal creció un 5 % el año pasado, según el instituto."),
        ("en", "Business in France slowed in the second quarter, the survey said."),
        ("en", "Tourism in Fiji recovered after the cyclone, the minister said."),
    ],
)
def test_the_words_in_running_text_are_no_agency(language: str, text: str) -> None:
    assert not _orgs(text, language)


def test_a_known_acronym_ending_a_sentence_beside_a_line_in_capitals_is_its_body() -> None:
    text = "AGENCIA LUSA | Economia\n\nO fórum foi organizado pela AICEP. O ministro regressa amanhã a Lisboa."
    assert _orgs(text, "pt").get("AICEP") == "PRT"
