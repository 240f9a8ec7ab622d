"""The money extractor's data files against their small schemas: columns, unique keys, no blank rows."""

import re
from collections import defaultdict

import pycountry

from pipelines.knowledge.money_vocabulary import (
    MONEY_LANGUAGES,
    RESOLVE_RULES,
    TOKEN_KINDS,
    currency_rows,
    currency_tokens,
    money_cue_data,
    money_data,
)

_COLUMNS = ["token", "currency", "kind", "country", "default", "resolve", "languages"]


def test_currencies_csv_rows_are_complete_valid_and_unique():
    rows = currency_rows()
    assert rows and list(rows[0]) == _COLUMNS
    # withdrawn, but in older news: and the currencies the euro replaced, in wires of the 1990s
    withdrawn = {"ZWL", "BGN", "DEM", "NLG", "XEU", "FRF", "BEF", "ESP", "ATS", "GRD", "IEP", "FIM"}
    codes = {c.alpha_3 for c in pycountry.currencies} | withdrawn
    keys = set()
    for row in rows:
        assert all(row[c].strip() == row[c] for c in _COLUMNS), row
        assert row["token"] and row["kind"] in TOKEN_KINDS and row["resolve"] in RESOLVE_RULES, row
        assert row["currency"] in codes, row
        assert not row["country"] or all(pycountry.countries.get(alpha_3=c) for c in row["country"].split("|")), row
        assert row["default"] in ("", "yes"), row
        assert all(lang == "*" or lang in MONEY_LANGUAGES for lang in row["languages"].split("|")), row
        key = (row["token"], row["currency"], row["kind"], row["languages"])
        assert key not in keys, row
        keys.add(key)


def test_each_token_has_one_rule_and_at_most_one_default_per_language():
    by_token = defaultdict(list)
    for token in currency_tokens():
        for language in MONEY_LANGUAGES:
            if token.applies_to(language):
                by_token[
                    (token.token.casefold() if token.kind == "name" else token.token, token.kind, language)
                ].append(token)
    for key, readings in by_token.items():
        assert len({r.resolve for r in readings}) == 1, key
        assert sum(r.default for r in readings) <= 1, key
        if len({r.currency for r in readings}) > 1:
            assert all(r.country for r in readings), key  # the context needs each reading's state


def test_money_toml_scales_numbers_and_grammar_per_language():
    data = money_data()
    assert data["max_amount"] >= 1e15 and all(re.fullmatch("[A-Z]{3}", c) for c in data["not_currency_codes"])
    assert set(data["codes_before_figure"]) <= set(data["not_currency_codes"])  # only the excluded need it
    assert "COP" not in data["codes_before_figure"]  # "COP 28" is a conference
    followers = data["qualifier_followers"]
    assert followers and len(set(followers)) == len(followers) and all(w == w.strip().lower() for w in followers)
    codes = {c.alpha_3 for c in pycountry.currencies}
    for language in MONEY_LANGUAGES:
        for word, fused in data.get(language, {}).get("fused", {}).items():
            assert word == word.casefold().strip() and set(fused) == {"scale", "currency"}, (language, word)
            assert fused["scale"] > 1 and fused["currency"] in codes, (language, word)
        for word, fused in data.get(language, {}).get("fused_capitals", {}).items():  # capitals only: "MD"
            assert word == word.upper().strip() and set(fused) == {"scale", "currency"}, (language, word)
            assert fused["scale"] > 1 and fused["currency"] in codes, (language, word)
    for language in MONEY_LANGUAGES:
        assert data[language]["scales"] and data[language]["numbers"], language
        assert set(data[language]["grammar"]) == set(data["en"]["grammar"]), language
        for section in ("scales", "numbers"):
            for word, value in data[language][section].items():
                assert word == word.casefold().strip() and word and value > 0, (language, word)


def test_money_cues_cover_every_list_in_every_language():
    data = money_cue_data()
    assert set(data) == {*MONEY_LANGUAGES, "names"}
    assert not set(data["names"]) & set(data["en"])  # a name list is no language's own list
    for language, lists in data.items():
        if language != "names":
            assert set(lists) == set(data["en"]), language
        for name, words in lists.items():
            assert words and all(w and w.strip() == w for w in words), (language, name)
            assert len(set(words)) == len(words), (language, name)
