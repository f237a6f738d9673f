"""Compiles a ``search`` argument into a scorer: node → relevance score, or None when it does not match."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from graphql import GraphQLInputObjectType, get_named_type

from insurup_desk.sandbox.graphql.errors import bad_request
from insurup_desk.sandbox.graphql.textmatch import autocomplete, fold, text_search, wildcard_pattern

Node = Mapping[str, Any]
Scorer = Callable[[Node], float | None]
# A text test on the folded field value (None when the field is null) → score, or None for no match.
_Test = Callable[[str | None], float | None]

# Relative weights so an exact hit outranks a prefix hit, which outranks a substring hit.
_WEIGHTS = {
    "eq": 4.0,
    "in": 4.0,
    "startsWith": 2.0,
    "autocomplete": 2.0,
    "endsWith": 1.5,
    "contains": 1.0,
    "wildcard": 1.0,
    "textSearch": 1.0,
}


def compile_search(value: Mapping[str, Any], input_type: GraphQLInputObjectType) -> Scorer:
    parts: list[Scorer] = []
    for key, sub in value.items():
        if sub is None:
            continue
        if key == "and":
            parts.append(_all_of([compile_search(item, input_type) for item in sub]))
        elif key == "or":
            parts.append(_any_of([compile_search(item, input_type) for item in sub]))
        else:
            field_type = get_named_type(input_type.fields[key].type)
            assert isinstance(field_type, GraphQLInputObjectType)
            parts.append(_field_scorer(key, _compile_ops(sub)))
    return _all_of(parts)


def _all_of(parts: list[Scorer]) -> Scorer:
    if len(parts) == 1:
        return parts[0]

    def scorer(node: Node) -> float | None:
        total = 0.0
        for part in parts:
            score = part(node)
            if score is None:
                return None
            total += score
        return total

    return scorer


def _any_of(parts: list[Scorer]) -> Scorer:
    if not parts:
        return lambda node: 0.0

    def scorer(node: Node) -> float | None:
        total: float | None = None  # the sum of the matching parts' scores, without a list per row
        for part in parts:
            score = part(node)
            if score is not None:
                total = score + 0 if total is None else total + score  # as sum() would: from 0
        return total

    return scorer


_MEMO_LIMIT = 1 << 14


def _field_scorer(field: str, test: _Test) -> Scorer:
    # One query's results by raw value: the customer names of a million policies are a few thousand
    # distinct strings. Bounded, so unique values (policy numbers) do not grow it without end.
    memo: dict[str, float | None] = {}

    def scorer(node: Node) -> float | None:
        raw = node.get(field)
        if type(raw) is not str:
            return test(None if raw is None else fold(str(raw)))
        if raw in memo:
            return memo[raw]
        result = test(fold(raw))
        if len(memo) < _MEMO_LIMIT:
            memo[raw] = result
        return result

    return scorer


def _compile_ops(ops: Mapping[str, Any]) -> _Test:
    tests: list[_Test] = []
    for op, arg in ops.items():
        if arg is None:
            continue
        if op in ("and", "or"):
            subs = [_compile_ops(item) for item in arg]
            tests.append(_tests_all(subs) if op == "and" else _tests_any(subs))
            continue
        tests.append(_with_score(_compile_op(op, arg), arg.get("score")))
    return _tests_all(tests)


def _tests_all(tests: list[_Test]) -> _Test:
    def test(value: str | None) -> float | None:
        total = 0.0
        for one in tests:
            score = one(value)
            if score is None:
                return None
            total += score
        return total

    return test


def _tests_any(tests: list[_Test]) -> _Test:
    def test(value: str | None) -> float | None:
        matched = [s for s in (one(value) for one in tests) if s is not None]
        return sum(matched) if matched or not tests else None

    return test


def _with_score(test: _Test, score: Mapping[str, Any] | None) -> _Test:
    if not score:
        return test
    boost, constant = score.get("boost"), score.get("constant")
    if boost is not None and constant is not None:
        raise bad_request("A search score takes either boost or constant, not both.")

    def adjusted(value: str | None) -> float | None:
        result = test(value)
        if result is None:
            return None
        if constant is not None:
            return float(constant)
        return result * float(boost) if boost is not None else result

    return adjusted


def _compile_op(op: str, arg: Mapping[str, Any]) -> _Test:
    if op in ("in", "nin"):
        options = frozenset(fold(v) for v in arg["values"])
        if op == "in":
            return lambda v: _WEIGHTS["in"] if v is not None and v in options else None
        return lambda v: 0.0 if v is None or v not in options else None
    query = fold(arg["value"])
    positive = op[3].lower() + op[4:] if op.startswith("not") else ("eq" if op == "neq" else op)
    match = _matcher(positive, query)
    if op.startswith("not") or op == "neq":
        return lambda v: 0.0 if v is None or not match(v) else None
    weight = _WEIGHTS[positive]
    if positive == "textSearch":

        def counted(v: str | None) -> float | None:
            hits = 0 if v is None else text_search(v, query)
            return weight * hits if hits else None

        return counted
    return lambda v: weight if v is not None and match(v) else None


def _matcher(op: str, query: str) -> Callable[[str], bool]:
    if op == "eq":
        return lambda v: v == query
    if op == "contains":
        return lambda v: query in v
    if op == "startsWith":
        return lambda v: v.startswith(query)
    if op == "endsWith":
        return lambda v: v.endswith(query)
    if op == "autocomplete":
        return lambda v: autocomplete(v, query)
    if op == "wildcard":
        pattern = wildcard_pattern(query)
        return lambda v: pattern.fullmatch(v) is not None
    if op == "textSearch":
        return lambda v: text_search(v, query) > 0
    raise bad_request(f"Unknown search operation '{op}'.")
