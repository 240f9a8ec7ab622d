"""A state's formal name in Spanish, French or Portuguese ("República Popular China", "Reino de Marruecos",
"República Popular da China") names the state in an office, also when the post follows it before the holder's
name ("el embajador de la República Popular China en Chile, NAME"): the envoy serves the state, not the host, and
the host's official who meets the envoy stays the host's. Sentences written for these tests."""

from pipelines.extract.actors import extract_actors


def persons(text, language):
    return {a.name: (a.country, a.role) for a in extract_actors(text, language=language) if a.actor_type == "person"}


def test_spanish_formal_names_then_the_post():
    text = (
        "La diputada Carmen Olivares Soto recibió el jueves al embajador de la República Popular China en Chile, "
        "Niu Qingbao, para hablar de las exportaciones de cerezas."
    )
    found = persons(text, "es")
    assert found["Niu Qingbao"] == ("CHN", "embajador")
    assert found["Carmen Olivares Soto"][0] == "CHL"
    text = (
        "El gobernador Julio Zamora Paz se reunió con el embajador del Reino de Marruecos en Argentina, Karim "
        "Benali, para estudiar un envío de fertilizantes."
    )
    assert persons(text, "es")["Karim Benali"] == ("MAR", "embajador")


def test_portuguese_formal_name_then_the_post():
    text = (
        "O governador Ratinho Lopes recebeu o embaixador da República Popular da China no Brasil, Zhu Qingqiao, "
        "para discutir a soja do Paraná."
    )
    assert persons(text, "pt")["Zhu Qingqiao"] == ("CHN", "embaixador")


def test_formal_name_right_before_the_name_and_a_short_name_keep_working():
    text = (
        "La ministra Elena Ortiz Prado firmó el acuerdo con el embajador de la República Popular China, Niu "
        "Qingbao, en Lima."
    )
    assert persons(text, "es")["Niu Qingbao"] == ("CHN", "embajador")
    text = "La ministra Elena Ortiz Prado firmó con el embajador de China en el Perú, Niu Qingbao, un memorando."
    assert persons(text, "es")["Niu Qingbao"] == ("CHN", "embajador")


def test_a_post_after_a_body_is_no_state_of_the_holder():
    # an office at an international body, its host after it: the holder serves the body
    text = (
        "Honduras y Guatemala firmaron el plan. Asistió la jefa de la oficina de la OIM en Honduras, Sofía "
        "Marín Cruz, junto al canciller."
    )
    assert persons(text, "es")["Sofía Marín Cruz"][0] is None
