"""Organisations in Spanish, French and Portuguese named without a head noun, or with a long name of their own."""

import pytest

from pipelines.extract.actors import extract_actors


def organizations(text: str, language: str) -> set[str]:
    return {a.name for a in extract_actors(text, language=language) if a.actor_type == "organization"}


def persons(text: str, language: str) -> set[str]:
    return {a.name for a in extract_actors(text, language=language) if a.actor_type == "person"}


@pytest.mark.parametrize(
    ("text", "language", "names"),
    [
        (
            "As obras ficaram com empreiteiras locais como Mota Engil, Teixeira Duarte e Soares da Costa.",
            "pt",
            {"Mota Engil", "Teixeira Duarte", "Soares da Costa"},
        ),
        (
            "El contrato beneficia a constructoras españolas como Sacyr y Ferrovial Agroman.",
            "es",
            {"Sacyr", "Ferrovial Agroman"},
        ),
        ("Le chantier a été confié aux entreprises Colas et Razel Bec.", "fr", {"Colas", "Razel Bec"}),
    ],
)
def test_the_names_listed_after_a_plural_firm_word_are_companies(text, language, names):
    assert names <= organizations(text, language)
    assert not names & persons(text, language)


@pytest.mark.parametrize(
    ("text", "language", "names"),
    [
        ("Iberdrola y Elecnor, las empresas adjudicatarias, firmarán mañana.", "es", {"Iberdrola", "Elecnor"}),
        ("O acordo foi assinado pela Endiama, a empresa estatal de diamantes.", "pt", {"Endiama"}),
    ],
)
def test_names_before_an_apposition_of_a_firm_word_are_companies(text, language, names):
    assert names <= organizations(text, language)


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ("Le contrat a été remporté par l'allemand Siemens Mobility face à ses rivaux.", "fr", "Siemens Mobility"),
        ("Le constructeur a racheté le japonais Kawada en mars.", "fr", "Kawada"),
        ("A fábrica será gerida pela subsidiária Mineração Norte, segundo o ministro.", "pt", "Mineração Norte"),
        ("Según la agencia Prensa Latina, el acuerdo se firmó ayer.", "es", "Prensa Latina"),
    ],
)
def test_a_company_introduced_by_its_demonym_or_a_trade_noun(text, language, name):
    assert name in organizations(text, language)


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ("Os voos serão operados pela Aerolinhas Paulistas a partir de maio.", "pt", "Aerolinhas Paulistas"),
        ("La Federación Nacional de Cafeteros firmó el convenio.", "es", "Federación Nacional de Cafeteros"),
        ("La Guardia Nacional Bolivariana reforzó la frontera.", "es", "Guardia Nacional Bolivariana"),
        ("Los vuelos de la LATAM Líneas Aéreas del Perú se reanudan.", "es", "LATAM Líneas Aéreas del Perú"),
        ("El papel de la Unión por el Desarrollo Andino fue destacado.", "es", "Unión por el Desarrollo Andino"),
    ],
)
def test_heads_of_federations_guards_and_airlines(text, language, name):
    assert name in organizations(text, language)


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        (
            "Le financement vient de l'Agence pour le développement des exportations et du commerce (ADEC).",
            "fr",
            "Agence pour le développement des exportations et du commerce",
        ),
        (
            "La Mission des Nations unies pour le soutien au Soudan (MINUSOS) restera sur place.",
            "fr",
            "Mission des Nations unies pour le soutien au Soudan",
        ),
        (
            "O encontro teve lugar na Federação das Empresas do Vale do Sul (Fevasul), ontem.",
            "pt",
            "Federação das Empresas do Vale do Sul",
        ),
    ],
)
def test_a_name_that_reaches_its_bracketed_acronym_is_whole(text, language, name):
    assert name in organizations(text, language)


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        (
            "Le projet est suivi par le ministère de l'Industrie, des Mines et de l'Énergie. Le ministre a parlé.",
            "fr",
            "ministère de l'Industrie, des Mines et de l'Énergie",
        ),
        ("Un crédit de la Banque d'import-export de Corée a été signé.", "fr", "Banque d'import-export de Corée"),
    ],
)
def test_portfolios_after_a_comma_and_hyphened_trades_stay_in_the_name(text, language, name):
    assert name in organizations(text, language)


def test_a_company_after_a_comma_with_no_conjunction_in_the_list_is_only_the_first():
    found = organizations("Lo dijo la petrolera Ecopetrol, Bogotá confirmó el acuerdo.", "es")
    assert "Ecopetrol" in found and "Bogotá" not in found


def test_an_adverb_opening_a_sentence_before_a_firm_in_apposition_is_no_company():
    assert "Asimismo" not in organizations("Asimismo, la empresa estatal firmó el contrato.", "es")


def test_an_article_after_a_comma_opens_another_name():
    found = organizations("El crédito vendrá del Banco Nacional de Fomento, el BBVA y el Santander.", "es")
    assert "Banco Nacional de Fomento" in found


def test_a_single_name_joined_to_a_company_by_its_demonym():
    assert "Sonatrach" in organizations("Sonatrach et le norvégien Equinor ont signé un accord gazier.", "fr")


def test_a_demonym_after_a_bodys_name_gives_its_state():
    text = "Lo informó la Cancillería peruana. El Ministerio de Asuntos Exteriores chino respondió ayer."
    found = {a.name: a.country for a in extract_actors(text, language="es") if a.actor_type == "organization"}
    assert found["Ministerio de Asuntos Exteriores"] == "CHN"
    text = "O Ministério da Defesa francês confirmou a compra."
    found = {a.name: a.country for a in extract_actors(text, language="pt") if a.actor_type == "organization"}
    assert found["Ministério da Defesa"] == "FRA"


def test_a_spanish_secretaria_in_lower_case_is_a_persons_office():
    text = "Habló la secretaria de Estado de Comercio Exterior, Ana Ruiz Soler, en Lima."
    assert "secretaria de Estado de Comercio Exterior" not in organizations(text, "es")
    text = "A secretaria de Estado do Comércio Externo lançou o programa."
    assert "secretaria de Estado do Comércio Externo" in organizations(text, "pt")


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ("A TAP Air Portugal vai retomar os voos.", "pt", "TAP Air Portugal"),
        ("Le contrat de la ligne de Train rapide régional (TRR) sera signé.", "fr", None),
    ],
)
def test_airlines_by_air_and_a_programme_spelling_its_acronym(text, language, name):
    found = organizations(text, language)
    assert name in found if name else not found


def test_an_adjective_of_the_name_opening_a_sentence_opens_the_name():
    assert "Royal Air Brunei" in organizations("Royal Air Brunei et Air Algérie ont signé.", "fr")
    assert "Nuevo Banco de Desarrollo" in organizations("Nuevo Banco de Desarrollo aprobó el crédito.", "es")
