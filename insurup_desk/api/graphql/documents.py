"""Query documents live as ``.graphql`` files in the resources' ``graphql`` folder."""

from __future__ import annotations

from functools import cache

from insurup_desk import resource_files


@cache
def load_query(name: str) -> str:
    """The text of ``resources/graphql/<name>.graphql``."""
    return (resource_files.GRAPHQL_DIR / f"{name}.graphql").read_text("utf-8")
