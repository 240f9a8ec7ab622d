"""Organisations on sentences written for these tests: a copyright or credit line is page furniture, so the outlet
that owns the page is no actor (`(c) 2003 The Example Post Company`, `Special to The Daily Example`), while a list
item `(c)` and prose about copyright stay text; and a known body is known by the short forms news writes for its
opening words (`UN Environment Programme`, `U.N. Development Programme`, `US Agency for International
Development`), as are the English names of the UN refugee agency and of the US trade office."""

import pytest

from pipelines.extract.actors import extract_actors
from pipelines.extract.article import extract_article
from pipelines.extract.boilerplate import boilerplate_spans


def organizations(text):
    return {a.name for a in extract_actors(text) if a.actor_type == "organization"}


def article_organizations(text):
    return {a.name for a in extract_article(text).actors if a.actor_type == "organization"}


STORY = "LIMA, June 4, 2003 - Peru and Chile signed a fishing accord on Wednesday, officials said.\n"


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("(c) 2003 The Example Post Company", "Example Post Company"),
        ("c.2003 Example Times News Service", "Example Times News Service"),
        ("Copyright 2003 Example Press Agency. All rights reserved.", "Example Press Agency"),
        ("Copyright © 2021 Example Media Group", "Example Media Group"),
        ("© Example Broadcasting Corporation", "Example Broadcasting Corporation"),
        ("Special to The Daily Example Herald", "Daily Example Herald"),
        ("Staff Reporter of THE WALL STREET JOURNAL", "Wall Street Journal"),
        ("Content owned by the Example News Agency. Todos los derechos reservados.", "Example News Agency"),
    ],
)
def test_a_credit_line_names_no_actor(line, outlet):
    text = STORY + line + "\n"
    assert [text[a:b] for a, b in boilerplate_spans(text)] == [line]
    assert outlet not in article_organizations(text)


@pytest.mark.parametrize(
    "line",
    [
        "(c) the Asian Development Bank will fund the second phase of the port.",
        "Copyright holders met officials of the World Trade Organization in Geneva.",
        "special to the Central Bank of Peru, the statement added.",
    ],
)
def test_prose_and_list_items_are_not_credit_lines(line):
    assert boilerplate_spans(STORY + line + "\n") == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The UN Environment Programme will monitor the coast.", "UN Environment Programme"),
        ("Experts of the U.N. Development Programme visited the valley.", "U.N. Development Programme"),
        (
            "A grant from the US Agency for International Development paid for it.",
            "US Agency for International Development",
        ),
        (
            "The Office of the U.N. High Commissioner for Refugees opened two camps.",
            "Office of the U.N. High Commissioner for Refugees",
        ),
        ("The Office of the U.S. Trade Representative published the list.", "Office of the U.S. Trade Representative"),
    ],
)
def test_a_known_body_is_known_by_the_short_forms_of_its_opening_words(text, expected):
    assert expected in organizations(text)
