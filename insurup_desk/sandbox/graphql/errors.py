"""Error codes carried in ``extensions.code``, as the InsurUp GraphQL server reports them."""

from __future__ import annotations

from typing import Any

from graphql import GraphQLError

BAD_REQUEST = "BAD_REQUEST"
VALIDATION_ERROR = "VALIDATION_ERROR"
INTERNAL_ERROR = "INTERNAL_ERROR"


def bad_request(message: str) -> GraphQLError:
    return GraphQLError(message, extensions={"code": BAD_REQUEST})


def format_error(error: GraphQLError, default_code: str) -> dict[str, Any]:
    """The wire shape of one error; errors raised without a code get ``default_code``."""
    formatted: dict[str, Any] = dict(error.formatted)
    extensions = dict(formatted.get("extensions") or {})
    if "code" not in extensions:
        original = error.original_error
        unexpected = original is not None and not isinstance(original, GraphQLError)
        extensions["code"] = INTERNAL_ERROR if unexpected else default_code
        if unexpected:
            # Internals stay out of the answer; the message alone is enough for a caller.
            formatted["message"] = "Unexpected server error."
    formatted["extensions"] = extensions
    return formatted
