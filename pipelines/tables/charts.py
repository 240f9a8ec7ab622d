"""Small charts made of text for the Dagster UI: one bar of block characters per row of a Markdown table.

Dagster's metadata has no chart type; Markdown renders everywhere the UI shows metadata.
"""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from schemas import SECTORS

BAR_WIDTH = 24
_EIGHTHS = " ▏▎▍▌▋▊▉"
TOP_ACTORS = 10


def bar(value: float, top: float, width: int = BAR_WIDTH) -> str:
    """A horizontal bar of `value / top` of `width` characters, to an eighth of a character."""
    eighths = round(value / top * width * 8) if top > 0 else 0
    full, part = divmod(eighths, 8)
    return "█" * full + (_EIGHTHS[part] if part else "")


def bar_chart(rows: Sequence[Sequence], header: Sequence[str], value_column: int = 1) -> str:
    """A Markdown table of `rows` (cells as given) with a bar for the number in `value_column`."""
    if not rows:
        return "_nothing to chart_"
    top = max(float(row[value_column]) for row in rows)
    align = ["---:" if isinstance(cell, (int, float)) else "---" for cell in rows[0]]
    lines = ["| " + " | ".join([*header, ""]) + " |", "|" + "|".join([*align, "---"]) + "|"]
    for row in rows:
        cells = [_cell(c) for c in row] + [bar(float(row[value_column]), top)]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def _cell(value) -> str:
    if isinstance(value, float):
        return f"{value:,.1f}"
    if isinstance(value, int):
        return f"{value:,}"
    return str(value).replace("|", "\\|")


def money(amount: float) -> str:
    """US$ amounts as people write them: $640 million, $3.2 billion."""
    for scale, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if amount >= scale:
            return f"${amount / scale:,.3g} {word}"
    return f"${amount:,.0f}"


def articles_per_sector(sectors: pd.DataFrame) -> str:
    """Articles that mention each sector (a sectors row is one sector of one article), most first."""
    labels = {s["code"]: s["label"] for s in SECTORS}
    counts = sectors.groupby("sector").size().sort_values(ascending=False, kind="stable")
    return bar_chart([(labels.get(code, code), int(n)) for code, n in counts.items()], ["sector", "articles"])


def amounts_per_year(money_rows: pd.DataFrame, articles: pd.DataFrame) -> str:
    """Amounts of money mentioned per year of publication, with the median and largest US$ amount."""
    published = articles.set_index("article_id")["publication_date"]
    years = pd.to_datetime(money_rows["article_id"].map(published)).dt.year
    frame = money_rows.assign(year_published=years).dropna(subset=["year_published"])
    rows = []
    for year, group in frame.groupby("year_published", sort=True):
        usd = group.loc[group["currency"] == "USD", "amount"]
        rows.append(
            (
                str(int(year)),
                len(group),
                money(usd.median()) if len(usd) else "–",
                money(usd.max()) if len(usd) else "–",
            )
        )
    return bar_chart(rows, ["year published", "amounts", "median US$", "largest US$"])


def articles_per_year(articles: pd.DataFrame) -> str:
    """Articles per year of publication, oldest first; articles without a date in a bar of their own, last."""
    years = pd.to_datetime(articles["publication_date"]).dt.year
    rows = [(str(int(y)), int(n)) for y, n in years.dropna().astype(int).value_counts().sort_index().items()]
    undated = int(years.isna().sum())
    if undated:
        rows.append(("undated", undated))
    return bar_chart(rows, ["year published", "articles"])


def top_actors(actors: pd.DataFrame, n: int = TOP_ACTORS) -> str:
    """The actors in the most articles, each under its most frequent name (Turkey, Türkiye: one actor)."""
    if actors.empty:
        return bar_chart([], [])
    names = actors.groupby(["actor_id", "name"]).size().sort_values(ascending=False, kind="stable")
    name = names.reset_index().drop_duplicates("actor_id").set_index("actor_id")["name"]
    kind = actors.drop_duplicates("actor_id").set_index("actor_id")["actor_type"]
    counts = actors.groupby("actor_id").size().sort_values(ascending=False, kind="stable").head(n)
    return bar_chart(
        [(name[a], kind[a], int(c)) for a, c in counts.items()], ["actor", "type", "articles"], value_column=2
    )


def top_entities(entities: pd.DataFrame, n: int = TOP_ACTORS) -> str:
    """The entities in the most articles, under their canonical names."""
    top = entities.sort_values(["articles", "actor_id"], ascending=[False, True], kind="stable").head(n)
    rows = [(name, kind, int(c)) for name, kind, c in zip(top["name"], top["actor_type"], top["articles"], strict=True)]
    return bar_chart(rows, ["actor", "type", "articles"], value_column=2)


def dates_per_granularity(dates: pd.DataFrame) -> str:
    """Date mentions by how precise they are."""
    counts = dates.groupby("granularity").size().sort_values(ascending=False, kind="stable")
    return bar_chart([(g, int(n)) for g, n in counts.items()], ["granularity", "mentions"])


def rows_per_reason(quarantine: pd.DataFrame) -> str:
    """Rows set aside, per reason."""
    counts = quarantine.groupby("reason_code").size().sort_values(ascending=False, kind="stable")
    return bar_chart([(reason, int(n)) for reason, n in counts.items()], ["reason", "rows"])
