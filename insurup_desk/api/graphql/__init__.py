"""GraphQL lists: query client, connection paging and filter/search/order builders."""

from .builders import (
    Condition,
    FilterField,
    SearchField,
    Sort,
    all_of,
    any_of,
    asc,
    desc,
    field,
    order,
    search,
)
from .client import MAX_PAGE_SIZE, GraphQLApi, parse_policies_page
from .documents import load_query

__all__ = [
    "MAX_PAGE_SIZE",
    "Condition",
    "FilterField",
    "GraphQLApi",
    "SearchField",
    "Sort",
    "all_of",
    "any_of",
    "asc",
    "desc",
    "field",
    "load_query",
    "order",
    "parse_policies_page",
    "search",
]
