"""A counterpart holds the office of the person the sentence names last before it, not of whoever the article
introduced last: named again by surname ("Mr A held talks with his counterpart B"), a known leader named without an
office ("Modi and his Japanese counterpart B"), or an office without a name ("the Prime Minister would hold talks
with his counterpart B"). In English, Spanish, French and Portuguese, from every region. Sentences written for these
tests. (In es/fr/pt the office is written as its head word, as for the person it is the counterpart of.)"""

import pytest

from pipelines.extract.article import extract_article


def roles(text):
    return {a.name: a.role for a in extract_article(text).actors if a.actor_type == "person"}


CASES = [
    (  # named again by surname, after another minister of the same delegation
        "The Polish delegation included Minister of Foreign Affairs Witold Nowicki and Minister of Digital Affairs "
        "Adam Kowal. Mr Nowicki held separate talks with his counterpart Dmytro Hrytsenko on grain transit.",
        "Dmytro Hrytsenko",
        "Minister of Foreign Affairs",
    ),
    (
        "Kenya's Trade Cabinet Secretary Rebecca Wanjiru led the talks, joined by Central Bank Governor Peter Otieno. "
        "Wanjiru later met her counterpart Agnes Nankya to review the sugar quotas.",
        "Agnes Nankya",
        "Trade Cabinet Secretary",
    ),
    (
        "Foreign Minister Arturo Quiñones arrived with Energy Minister Laura Paredes. Quiñones then sat down with his "
        "counterpart Rubén Castellanos to discuss the border bridge.",
        "Rubén Castellanos",
        "Foreign Minister",
    ),
    (
        "Defence Minister Hiroshi Tanabe toured the base with Deputy Chief of Staff Kenji Mori. Tanabe also held talks "
        "with his Australian counterpart Mark Doyle on submarine maintenance.",
        "Mark Doyle",
        "Defence Minister",
    ),
    (  # a leader introduced earlier, named again by surname after another official
        "The loans come ahead of Prime Minister Narendra Modi's trip to Tokyo. The notes were signed by Anil Verma, a "
        "joint secretary in the finance ministry. Modi and his Japanese counterpart Taro Kishimura are expected to "
        "sign a rail deal during the visit.",
        "Taro Kishimura",
        "Prime Minister",
    ),
    (  # a known leader named without an office
        "The accord was drafted by Selim Kaya, a deputy director at the trade ministry. Recep Tayyip Erdoğan and his "
        "Kyrgyz counterpart Nurlan Abdyrakhmanov will sign it in Bishkek.",
        "Nurlan Abdyrakhmanov",
        "President",
    ),
    (  # an office without a name as the subject
        "Foreign Secretary Vikram Rao told a briefing that the Prime Minister would hold talks with his Bangladeshi "
        "counterpart Rashida Karim on Tuesday.",
        "Rashida Karim",
        "Prime Minister",
    ),
    (
        "Deputy Foreign Minister Lwazi Dlamini briefed reporters. The President will meet his Nigerian counterpart "
        "Ibrahim Danjuma in Pretoria next week.",
        "Ibrahim Danjuma",
        "President",
    ),
    (  # Spanish
        "El acuerdo fue firmado por el canciller chileno, Ignacio Soto, en presencia del director general de "
        "Asuntos Económicos, Pablo Rivas. Soto se reunió además con su homólogo Wang Jun para preparar la visita.",
        "Wang Jun",
        "canciller",
    ),
    (  # French
        "Le ministre de l'Agriculture, Amadou Diallo, était accompagné du directeur général de la Sodagri, Moussa "
        "Ba. Diallo s'est ensuite entretenu avec son homologue Karim Bensalah.",
        "Karim Bensalah",
        "ministre",
    ),
    (  # Portuguese
        "A ministra da Saúde, Ana Lopes, chegou com o director do instituto nacional, Rui Matos. Lopes reuniu-se "
        "depois com o seu homólogo Tomás Nhantumbo.",
        "Tomás Nhantumbo",
        "ministro",
    ),
]


@pytest.mark.parametrize(("text", "name", "wanted"), CASES)
def test_a_counterpart_holds_the_office_of_the_sentence_subject(text, name, wanted):
    assert (roles(text).get(name) or "").lower() == wanted.lower()


def test_without_a_subject_in_the_sentence_the_person_named_last_gives_the_office():
    text = (
        "Interior Minister Carlos Mejía opened the meeting in Tegucigalpa on Monday. On Tuesday his Guatemalan "
        "counterpart Luis Ortega joined the border commission."
    )
    assert roles(text)["Luis Ortega"] == "Interior Minister"
