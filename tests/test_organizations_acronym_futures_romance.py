"""Acronyms never spelled out that a Spanish, Portuguese or French future of a body's own act shows at work
(`el ICEX organizará`, `a ANP assinará`, `la BOAD financera`) or a near future (`o BNDES vai financiar`, `la AFD va
a abrir`, `la SONATEL va déployer`), as `JETRO will open` does in English; sentences written for these tests. A
figure's growth or a tax's rise (`el PIB crecerá`, `la TVA sera relevée`) names no body."""

import pytest

from pipelines.extract.actors import extract_actors


def organizations(text, language):
    return {a.name for a in extract_actors(text, (), None, None, language) if a.actor_type == "organization"}


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ("El ICEX organizará en Tánger un encuentro empresarial.", "es", "ICEX"),
        ("Según el ministro, la AFD va a abrir una oficina en Quito.", "es", "AFD"),
        ("La CAMMESA licitará dos centrales térmicas el próximo mes.", "es", "CAMMESA"),
        ("El FONPLATA también financiará el puente sobre el río.", "es", "FONPLATA"),
        ("O BNDES vai financiar a obra do porto de Nacala.", "pt", "BNDES"),
        ("A ANP assinará os contratos na segunda-feira.", "pt", "ANP"),
        ("A EDM construirá uma linha de transporte até Tete.", "pt", "EDM"),
        ("La BOAD financera la route à hauteur de 20 milliards de francs CFA.", "fr", "BOAD"),
        ("Selon le ministre, la CFDT signera l'accord lundi.", "fr", "CFDT"),
        ("Selon le ministre, la SONATEL va déployer la fibre dans le sud.", "fr", "SONATEL"),
        ("Le FAGACE accordera sa garantie aux banques locales.", "fr", "FAGACE"),
    ],
)
def test_an_acronym_that_will_act_is_a_body(text, language, name):
    assert name in organizations(text, language)


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ("O PIB crescerá 2 % este ano, segundo o banco.", "pt", "PIB"),
        ("Le PIB progressera de 4 % et la TVA sera relevée.", "fr", "PIB"),
        ("Le PIB progressera de 4 % et la TVA sera relevée.", "fr", "TVA"),
    ],
)
def test_a_figure_that_will_grow_is_no_body(text, language, name):
    assert name not in organizations(text, language)
