import datetime

import pandas as pd

from pipelines.tables import charts


def test_bars_scale_to_the_largest_value_in_eighths():
    assert charts.bar(10, 10, width=4) == "████"
    assert charts.bar(5, 10, width=4) == "██"
    assert charts.bar(1, 16, width=2) == "▏"
    assert charts.bar(0, 10) == "" and charts.bar(3, 0) == ""


def test_a_chart_is_a_markdown_table_with_a_bar_per_row():
    chart = charts.bar_chart([("Trade", 4), ("Energy", 2)], ["sector", "articles"])
    assert chart.splitlines() == [
        "| sector | articles |  |",
        "|---|---:|---|",
        f"| Trade | 4 | {'█' * charts.BAR_WIDTH} |",
        f"| Energy | 2 | {'█' * (charts.BAR_WIDTH // 2)} |",
    ]
    assert charts.bar_chart([], ["x"]) == "_nothing to chart_"


def test_sectors_are_charted_by_label_most_first():
    sectors = pd.DataFrame({"article_id": ["a", "b", "b"], "sector": ["energy", "trade", "energy"]})
    rows = charts.articles_per_sector(sectors).splitlines()[2:]
    assert [r.split(" | ")[:2] for r in rows] == [["| Energy", "2"], ["| Trade", "1"]]


def test_amounts_are_charted_per_year_of_publication():
    articles = pd.DataFrame(
        {
            "article_id": ["a", "b", "c"],
            "publication_date": [datetime.date(2020, 5, 1), datetime.date(2021, 1, 2), None],
        }
    )
    money = pd.DataFrame(
        {"article_id": ["a", "a", "b", "c"], "amount": [3e9, 640e6, 5e6, 1.0], "currency": ["USD", "USD", "EUR", "USD"]}
    )
    rows = charts.amounts_per_year(money, articles).splitlines()[2:]
    assert rows[0].startswith("| 2020 | 2 | $1.82 billion | $3 billion | ")
    assert rows[1].startswith("| 2021 | 1 | – | – | ")
    assert len(rows) == 2  # the undated article's amount has no year


def test_articles_without_a_date_are_their_own_bar_after_the_years():
    articles = pd.DataFrame(
        {
            "publication_date": [
                datetime.date(2021, 1, 2),
                None,
                datetime.date(2019, 3, 4),
                None,
                datetime.date(2021, 6, 1),
            ]
        }
    )
    rows = charts.articles_per_year(articles).splitlines()[2:]
    assert [r.split(" | ")[:2] for r in rows] == [["| 2019", "1"], ["| 2021", "2"], ["| undated", "2"]]
    dated_only = charts.articles_per_year(articles.dropna()).splitlines()[2:]
    assert not any("undated" in r for r in dated_only)
