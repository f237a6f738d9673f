"""Query documents live as ``.graphql`` files under ``insurup_desk/resources/graphql``."""

from __future__ import annotations

from functools import cache
from importlib import resources


@cache
def load_query(name: str) -> str:
    """The text of ``resources/graphql/<name>.graphql``."""
    return (resources.files("insurup_desk") / "resources" / "graphql" / f"{name}.graphql").read_text("utf-8")
