"""Identity across articles: forms of one organisation's or person's name that one key must hold (a legal form
before or after a company's name). Names written for these tests."""

from pipelines.extract.identity import Mention
from tests.conftest import body_mention, country_mention, identity_ids


def test_a_companys_legal_form_before_or_after_its_name_is_no_part_of_its_identity():
    mentions = [
        body_mention("a1", "PT Nusantara Baja Perkasa", "IDN"),
        body_mention("a2", "Nusantara Baja Perkasa"),
        body_mention("a3", "PT Nusantara Baja Perkasa (Persero)"),
        body_mention("a4", "OOO Sibirskaya Les"),
        body_mention("a5", "Sibirskaya Les", "RUS"),
    ]
    ids = identity_ids(mentions)
    assert ids[0] == ids[1] == ids[2] != ids[3]
    assert ids[3] == ids[4]


def test_an_acronym_joins_a_states_body_only_where_its_articles_name_that_state():
    mentions = [
        country_mention("a1", "MLI"),
        body_mention("a1", "Agence Malienne de Presse", "MLI"),
        country_mention("a2", "CIV"),
        country_mention("a2", "FRA"),
        body_mention("a2", "AMP"),  # a report from Abidjan: another agency of those initials
        country_mention("a3", "MLI"),
        country_mention("a3", "NER"),
        body_mention("a3", "AMP"),
    ]
    ids = identity_ids(mentions)
    assert ids[1] == ids[7] != ids[4]
    mentions = [*mentions[:5], body_mention("a4", "AMP", "MLI")]
    ids = identity_ids(mentions)
    assert ids[1] == ids[5] != ids[4]
    ids = identity_ids(
        [
            body_mention("b1", "Agence Malienne de Presse", "MLI"),
            country_mention("b2", "MLI"),
            body_mention("b2", "AMP"),
        ]
    )
    assert ids[0] == ids[2]


def _person(article, name, country="BGD"):
    return Mention(article, "person", name, name, country, None)


def test_initials_written_together_are_the_initials_written_apart():
    ids = identity_ids(
        [_person("a1", "M.R. Kamal Hossain"), _person("a2", "MR Kamal Hossain"), _person("a3", "MR Kamal")]
    )
    assert ids[0] == ids[1] == ids[2]
    ids = identity_ids([_person("b1", "Li Qiang", "CHN"), _person("b2", "L. I. Wang", "CHN")])
    assert ids[0] != ids[1]


def test_a_central_bank_named_in_spanish_french_or_portuguese_is_its_states_central_bank():
    from pipelines.extract.name_keys import body_key

    assert body_key("Banque centrale de la République de Guinée") == body_key("Central Bank of Guinea")
    assert body_key("Banco Central do Brasil") == body_key("Brazilian Central Bank")
    assert body_key("Banco Central de la República Argentina").state == "ARG"
    assert not body_key("Banco Central Europeo").generic  # no state's: the European Union's own bank


def test_a_state_named_with_its_form_of_government_after_a_body_is_that_state():
    from pipelines.extract.name_keys import body_key

    key = body_key("Ministère des Affaires étrangères de la République du Sénégal")
    assert key == body_key("Ministère des Affaires étrangères du Sénégal")
    assert key.state == "SEN"
    assert body_key("Ministério das Finanças da República de Moçambique") == body_key(
        "Ministério das Finanças de Moçambique"
    )


def test_a_known_body_named_in_another_language_the_knowledge_base_lacks_is_that_body():
    mentions = [
        body_mention("a1", "ADB"),
        body_mention("a2", "Banque asiatique de développement"),
        body_mention("a3", "Banco Asiático de Desenvolvimento"),
        body_mention("a4", "Banco Mundial"),
        body_mention("a5", "Banco Mundial de Comércio Exterior"),  # more words than the World Bank's: another body
    ]
    ids = identity_ids(mentions)
    assert ids[0] == ids[1] == ids[2] == "adb"
    assert ids[3] == "world-bank" != ids[4]


def test_a_full_name_joins_the_one_word_name_its_words_beginnings_spell():
    mentions = [
        body_mention("a1", "Petrobras", "BRA"),
        body_mention("a2", "Petróleo Brasileiro S.A."),
        body_mention("a3", "AGRINACMIN"),
        body_mention("a4", "Agrícola Nacional Mineira"),
        body_mention("a5", "Tamil Tanneries"),  # too short a beginning: no contraction
        body_mention("a6", "Tatata"),
    ]
    ids = identity_ids(mentions)
    assert ids[0] == ids[1]
    assert ids[2] == ids[3]
    assert ids[4] != ids[5]


def test_a_known_body_named_without_its_state_is_that_states_when_the_actor_is_given_it():
    mentions = [
        body_mention("a1", "Export-Import Bank of Korea", "KOR"),
        body_mention("a2", "Exim Bank", "KOR"),
        body_mention("a3", "Exim Bank", "IND"),  # no Indian one known under that name: stays its own
    ]
    ids = identity_ids(mentions)
    assert ids[0] == ids[1] == "kexim" != ids[2]


def test_a_contraction_among_a_crowd_of_one_word_names_that_open_alike_is_too_uncertain_to_join():
    # a pathological corpus (a hundred one-word names opening "Pet"): each full name is not compared with the
    # whole crowd, which keeps the pass linear; the same pair alone joins (the test above)
    crowd = [body_mention(f"c{i}", "Pet" + "".join(chr(97 + int(d)) for d in f"{i:03d}") + "x") for i in range(100)]
    pair = [body_mention("p1", "Petrobras", "BRA"), body_mention("p2", "Petróleo Brasileiro S.A.")]
    ids = identity_ids(crowd + pair)
    assert ids[-1] != ids[-2]
