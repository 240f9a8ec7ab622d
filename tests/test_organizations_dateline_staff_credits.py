"""A dateline's bracket that credits the outlet's own writer, desk or wires (`(Wire)`, `(Staff Reporter)`,
`(Corresponsal)`, `(Correspondant)`, `(Agencies)`) names no organisation; an agency's name there stays one. Datelines
written for these tests, in English, Spanish, French and Portuguese."""

import pytest

from pipelines.extract.actors import extract_actors


def organizations(text, language="en"):
    return {a.name for a in extract_actors(text, language=language) if a.actor_type == "organization"}


@pytest.mark.parametrize(
    ("text", "language", "credit"),
    [
        ("RIYADH, April 17 (Wire) - Saudi Arabia and Tunisia signed a loan for a desalination plant.", "en", "Wire"),
        ("NAIROBI, May 3 (Staff Reporter) - Kenya and Uganda agreed to extend the railway to Kampala.", "en", "Staff"),
        ("HANOI, Sept. 7 (Agencies) - Vietnam and Japan signed a loan agreement for the metro line.", "en", "Agencies"),
        ("LIMA (Corresponsal) - Perú y Chile firmaron un acuerdo de integración eléctrica.", "es", "Corresponsal"),
        ("DAKAR (Correspondant) - Le Sénégal et la Mauritanie ont signé un accord gazier.", "fr", "Correspondant"),
        ("LUANDA (Correspondente) - Angola e Portugal assinaram um acordo de pescas.", "pt", "Correspondente"),
    ],
)
def test_a_staff_credit_in_a_dateline_is_no_organisation(text, language, credit):
    assert not any(credit in name for name in organizations(text, language))


@pytest.mark.parametrize(
    ("text", "language", "outlet"),
    [
        ("NAIROBI, Feb 17 (Reuters) - Kenya signed a loan with China for the expressway.", "en", "Reuters"),
        ("MADRID, 24 mayo (EFE).- España y Marruecos firmaron un acuerdo de pesca.", "es", "EFE"),
    ],
)
def test_an_agency_in_a_dateline_stays_an_organisation(text, language, outlet):
    assert outlet in organizations(text, language)
