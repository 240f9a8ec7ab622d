"""Helpers of the identity batteries: an organisation's mention and whether two articles' bodies are one entity."""

from __future__ import annotations

from pipelines.extract.identity import group_mentions
from pipelines.extract.identity_groups import Mention


def org_mention(article, name, country=None):
    """An organisation named `name` in `article`, with its state if known."""
    return Mention(article, "organization", name, name, country, None)


def together(mentions, a, b):
    """The organisations of articles `a` and `b` are one entity."""
    groups = group_mentions(mentions, {})
    of = {mentions[i].article_id: g.key for g in groups for i in g.members if g.actor_type == "organization"}
    return of[a] == of[b]
