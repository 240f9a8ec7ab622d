"""A news agency in brackets after a dateline's place and date, closed by a full stop or the end of its line
(`Lima, jul. 17 (ANDINA). El Banco ...`, `Abidjan, 1er mars 2013 (AIP)`), as Latin American, African and Asian
state agencies write it, and an agency credited with `Avec`, `With`, `Con` or `Com` on the story's last line,
are organisations. A bracket after a place with no date, or a clock's zone, is none. Sentences written for these
tests."""

import pytest

from pipelines.extract.actors import extract_actors


def organizations(text, language="en"):
    return {a.name for a in extract_actors(text, language=language) if a.actor_type == "organization"}


@pytest.mark.parametrize(
    ("text", "name", "language"),
    [
        ("Lima, jul. 17 (ANDINA). El Perú y Chile firmaron un acuerdo pesquero.", "ANDINA", "es"),
        ("Abidjan, 1er mars 2013 (AIP)\n\nLe Maroc et la Côte d'Ivoire ont signé dix accords.", "AIP", "fr"),
        ("Maputo, 3 de maio de 2015 (AIM). O governo anunciou uma nova ponte.", "AIM", "pt"),
        ("Dakar, 12 juin (APS). Le Sénégal et la Gambie ont rouvert la frontière.", "APS", "fr"),
        ("KATHMANDU, March 4 (RSS). Nepal and India will open a new rail link.", "RSS", "en"),
        ("Asunción, 8 de octubre (IP). Paraguay y Brasil revisarán el tratado de Itaipú.", "IP", "es"),
        ("Le Sénégal et le Maroc ont signé un accord.\n\n(Avec APS)", "APS", "fr"),
        ("India and Nepal signed a power pact.\n\n(With inputs from PTI)", "PTI", "en"),
        ("Chile y Perú firmaron un acuerdo.\n\n(Con información de EFE)", "EFE", "es"),
    ],
)
def test_an_agency_after_a_dated_dateline_or_credited_is_an_organisation(text, name, language):
    assert name in organizations(text, language)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("London, 10:00 (GMT). Talks between the two delegations resumed.", "GMT"),
        ("Doha (Qatar). The two ministers met on Sunday.", "Qatar"),
        ("OFFICIAL BULLETIN — Issue No. 14 (Supplement)\nThe ministry published the decree.", "Supplement"),
    ],
)
def test_a_clock_s_zone_or_an_undated_bracket_is_no_agency(text, name):
    assert name not in organizations(text)
