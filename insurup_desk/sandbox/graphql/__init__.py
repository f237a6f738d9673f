"""The sandbox's GraphQL engine: the InsurUp list queries (customers, proposals, policies, cases).

Behaviour a client can rely on:

- Root fields ``customersNew``, ``proposalsNew``, ``policiesNew``, ``casesNew`` only; the B2B-doc names
  (``getPoliciesNew`` ...) and unprefixed input type names fail validation (``VALIDATION_ERROR``).
- Paging: ``first``/``after`` and ``last``/``before``; cursors are base64 positions in the result order.
  Without ``first`` or ``last`` a page has 50 rows; more than 100 rows per page is refused with
  ``BAD_REQUEST`` (not clamped), as are negative sizes and malformed cursors.
- ``filter`` is exact and case-sensitive; ``search`` is case-insensitive with Turkish folding (İ/i, I/ı).
  Both are AND-combined. While a search is active nodes carry ``searchScore``; without an ``order`` the
  most relevant rows come first.
- ``order``: clauses apply in list order, nulls sort as the smallest value, ties end in id order. Without
  ``order`` (and without search) rows keep the source's order.
- Errors carry ``extensions.code``: ``BAD_REQUEST`` (syntax, variables, paging, unknown filter fields),
  ``VALIDATION_ERROR`` (unknown fields/types), ``INTERNAL_ERROR`` (anything unexpected; no internals leak).
"""

from insurup_desk.sandbox.graphql.engine import GraphQLEngine
from insurup_desk.sandbox.graphql.source import ENTITIES, Entity, NodeSource

__all__ = ["ENTITIES", "Entity", "GraphQLEngine", "NodeSource"]
