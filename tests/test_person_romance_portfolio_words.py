"""Spanish, French and Portuguese offices whose portfolio ends in capitalised words before a comma and the name
("el secretario de Relaciones Económicas Internacionales, NAME"): the portfolio's words are no name, and the name
after them holds the office. Sentences written for these tests."""

from pipelines.extract.actors import extract_actors


def persons(text, language):
    return {a.name: (a.role, a.country) for a in extract_actors(text, language=language) if a.actor_type == "person"}


def test_spanish_portfolio_words_before_the_name():
    found = persons(
        "La reunión contó con el subsecretario de Promoción Comercial Internacional, Martín Ibarra Soto, y "
        "representantes del sector privado uruguayo.",
        "es",
    )
    assert set(found) == {"Martín Ibarra Soto"}
    assert found["Martín Ibarra Soto"][0].startswith("subsecretario")


def test_portuguese_portfolio_words_before_the_name():
    found = persons(
        "A delegação foi recebida pelo secretário de Estado para a Cooperação Económica, Manuel T. Quissanga, em "
        "Maputo.",
        "pt",
    )
    assert set(found) == {"Manuel T. Quissanga"}


def test_a_model_proposal_made_of_portfolio_words_is_no_person():
    text = "Según el Ministerio de Economía, Comercio Exterior y Culto, las partes revisaron el acuerdo."
    start = text.index("Comercio Exterior")
    found = extract_actors(text, language="es", entities=[(start, start + len("Comercio Exterior"), "PERSON")])
    assert not [a for a in found if a.actor_type == "person"]
