"""The schema of the kind rules (`pipelines/knowledge/money_kind_rules.toml`): every row names cues, windows,
tests and steps the grammar knows, and gives a kind or runs a step."""

from pipelines.extract import money_kind
from pipelines.extract.money_kind_cues import KindCues, kind_cues
from pipelines.extract.money_kind_rules import condition
from pipelines.knowledge.money_vocabulary import MONEY_LANGUAGES, cue_words, money_kind_rule_data
from schemas.vocabularies import MONEY_KINDS as KINDS
from schemas.vocabularies import MONEY_SUBJECTS as SUBJECTS

_KEYS = {"why", "all", "any", "none", "test", "kind", "subject", "then", "step"}
_WINDOWS = {
    "clause": {"before", "after", "near", "edges", "flows"},
    "override": {"before", "after", "plain_before"},
}


def test_every_kind_rule_names_what_the_grammar_knows():
    data = money_kind_rule_data()
    assert set(data) == {"clause", "override"}
    compiled, lists = set(KindCues.__dataclass_fields__) - {"language"}, set(cue_words("en"))
    for table, rows in data.items():
        assert rows, table
        for row in rows:
            assert set(row) <= _KEYS and row.get("why"), (table, row)
            assert ("then" in row) != ("step" in row), row  # a rule gives a kind or runs a step
            assert row.get("then", "target") in KINDS and set(row.get("kind", ())) <= set(KINDS), row
            assert set(row.get("subject", ())) <= set(SUBJECTS), row
            assert all(name in money_kind._TESTS for name in row.get("test", ())), row
            assert row.get("step") is None or row["step"] in money_kind._STEPS, row
            assert table == "override" or "step" not in row, row  # a clause rule gives the kind it states
            for spec in (*row.get("all", ()), *row.get("any", ()), *row.get("none", ())):
                found = condition(spec)
                assert found.window in _WINDOWS[table], (table, spec)
                # a shaped cue is a list of words; a cue looked for anywhere may be a compiled pattern
                assert found.cue in lists or (found.form == "in" and found.cue in compiled), (table, spec)


def test_every_condition_of_a_rule_reads_in_every_language():
    data = money_kind_rule_data()
    specs = {s for rows in data.values() for row in rows for k in ("all", "any", "none") for s in row.get(k, ())}
    windows = {name: "trade stood at about " for name in set().union(*_WINDOWS.values())}
    for language in MONEY_LANGUAGES:
        c = kind_cues(language)
        assert c.language == language
        for spec in specs:
            assert condition(spec).holds(windows, c) in (True, False), (language, spec)
