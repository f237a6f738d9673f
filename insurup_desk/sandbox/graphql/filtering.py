"""Compiles a ``filter`` argument into a predicate over node dicts.

The operation set of each field is read from the schema (the name of the field's ``*OperationFilterInput``),
so the SDL stays the single description of what is filterable. Filter matching is exact and case-sensitive,
as on the real server; case-insensitive matching is what ``search`` is for.
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Mapping
from typing import Any

from graphql import GraphQLInputObjectType, get_named_type

from insurup_desk.sandbox.graphql.errors import bad_request
from insurup_desk.sandbox.graphql.scalars import to_date, to_datetime, to_uuid_text

Node = Mapping[str, Any]
Predicate = Callable[[Node], bool]
_ValueTest = Callable[[Any], bool]

_NORMALISERS: dict[str, Callable[[Any], Any]] = {
    "DateTime": to_datetime,
    "LocalDate": to_date,
    "Uuid": to_uuid_text,
    "ObjectId": to_uuid_text,
}
_ORDERED = {"gt": operator.gt, "gte": operator.ge, "lt": operator.lt, "lte": operator.le}
_STRING = {"contains": str.__contains__, "startsWith": str.startswith, "endsWith": str.endswith}


def compile_filter(value: Mapping[str, Any], input_type: GraphQLInputObjectType) -> Predicate:
    parts: list[Predicate] = []
    for key, sub in value.items():
        if sub is None:
            continue
        if key == "and":
            parts.append(_all([compile_filter(item, input_type) for item in sub]))
        elif key == "or":
            items = [compile_filter(item, input_type) for item in sub]
            if items:
                parts.append(lambda node, items=items: any(p(node) for p in items))  # type: ignore[misc]
        else:
            field_type = get_named_type(input_type.fields[key].type)
            assert isinstance(field_type, GraphQLInputObjectType)
            parts.append(_field_predicate(key, sub, field_type))
    return _all(parts)


def _all(parts: list[Predicate]) -> Predicate:
    if not parts:
        return lambda node: True
    if len(parts) == 1:
        return parts[0]
    if len(parts) == 2:  # the common pair (state and branch), without a generator per row
        first, second = parts
        return lambda node: first(node) and second(node)
    return lambda node: all(p(node) for p in parts)


def _field_predicate(field: str, sub: Mapping[str, Any], field_type: GraphQLInputObjectType) -> Predicate:
    name = field_type.name.removeprefix("filtering_")
    if name.startswith("ListFilterInputTypeOf"):
        element_type = get_named_type(field_type.fields["some"].type)
        assert isinstance(element_type, GraphQLInputObjectType)
        return _list_predicate(field, sub, element_type)
    if not name.endswith("OperationFilterInput"):
        nested = compile_filter(sub, field_type)

        def on_object(node: Node) -> bool:
            inner = node.get(field)
            return isinstance(inner, Mapping) and nested(inner)

        return on_object
    kind = name.removesuffix("OperationFilterInput")
    normalise = _NORMALISERS.get(kind, _identity)
    test = _compile_ops(sub, kind, normalise)
    if normalise is _identity:  # enums, strings, numbers: one call less per row over a million rows
        ops = [(op, arg) for op, arg in sub.items() if arg is not None or op in ("eq", "neq")]
        if len(ops) == 1 and ops[0][0] == "eq":
            target = ops[0][1]
            return lambda node: node.get(field) == target
        return lambda node: test(node.get(field))
    return lambda node: test(normalise(node.get(field)))


def _list_predicate(field: str, sub: Mapping[str, Any], element_type: GraphQLInputObjectType) -> Predicate:
    checks: list[Callable[[list[Any]], bool]] = []
    for op, arg in sub.items():
        if arg is None:
            continue
        if op == "any":
            checks.append(lambda items, want=arg: bool(items) is want)  # type: ignore[misc]
            continue
        element = compile_filter(arg, element_type)
        if op == "all":
            checks.append(lambda items, p=element: all(p(i) for i in items))  # type: ignore[misc]
        elif op == "none":
            checks.append(lambda items, p=element: not any(p(i) for i in items))  # type: ignore[misc]
        else:
            checks.append(lambda items, p=element: any(p(i) for i in items))  # type: ignore[misc]

    def on_list(node: Node) -> bool:
        items = node.get(field) or []
        return all(check(items) for check in checks)

    return on_list


def _identity(value: Any) -> Any:
    return value


def _compile_ops(ops: Mapping[str, Any], kind: str, normalise: Callable[[Any], Any]) -> _ValueTest:
    tests: list[_ValueTest] = []
    for op, arg in ops.items():
        if op in ("and", "or"):
            if arg:
                subs = [_compile_ops(item, kind, normalise) for item in arg]
                combine = all if op == "and" else any
                tests.append(lambda v, subs=subs, combine=combine: combine(t(v) for t in subs))  # type: ignore[misc]
            continue
        if arg is None and op not in ("eq", "neq"):
            continue
        tests.append(_compile_op(op, arg, kind, normalise))
    if len(tests) == 1:
        return tests[0]
    return lambda v: all(t(v) for t in tests)


def _compile_op(op: str, arg: Any, kind: str, normalise: Callable[[Any], Any]) -> _ValueTest:
    negated = op in ("ngt", "ngte", "nlt", "nlte") or op.startswith("not")
    positive = op
    if op.startswith("not"):
        positive = op[3].lower() + op[4:]
    elif op in ("ngt", "ngte", "nlt", "nlte"):
        positive = op[1:]
    test = _positive(positive, arg, kind, normalise)
    if negated:
        return lambda v: not test(v)
    return test


def _positive(op: str, arg: Any, kind: str, normalise: Callable[[Any], Any]) -> _ValueTest:
    if op == "eq":
        target = normalise(arg)
        return lambda v: v == target
    if op == "neq":
        target = normalise(arg)
        return lambda v: v != target
    if op in ("in", "nin"):
        options = {normalise(a) for a in arg}
        if op == "in":
            return lambda v: v in options
        return lambda v: v not in options
    if op in _ORDERED:
        compare = _ORDERED[op]
        target = normalise(arg)
        return lambda v: v is not None and compare(v, target)
    if op in _STRING and kind == "String":
        method = _STRING[op]
        return lambda v: isinstance(v, str) and method(v, arg)
    raise bad_request(f"The filter operation '{op}' is not supported on {kind} fields.")
