"""The executable sandbox schema, built once from ``schema.graphql``."""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources

from graphql import GraphQLInputObjectType, GraphQLObjectType, GraphQLSchema, build_schema, get_named_type

from insurup_desk.sandbox.graphql.scalars import configure_scalars
from insurup_desk.sandbox.graphql.source import Entity

SDL: str = resources.files(__package__).joinpath("schema.graphql").read_text(encoding="utf-8")


@dataclass(frozen=True, slots=True)
class EntitySchema:
    """The schema types one list query works with."""

    entity: Entity
    root_field: str
    node_type: GraphQLObjectType
    filter_type: GraphQLInputObjectType
    search_type: GraphQLInputObjectType


ROOT_FIELDS: dict[str, Entity] = {
    "customersNew": "customers",
    "proposalsNew": "proposals",
    "policiesNew": "policies",
    "casesNew": "cases",
}


def build() -> tuple[GraphQLSchema, dict[str, EntitySchema]]:
    schema = build_schema(SDL)
    configure_scalars(schema.type_map)
    query = schema.query_type
    assert query is not None
    entities: dict[str, EntitySchema] = {}
    for root_field, entity in ROOT_FIELDS.items():
        field = query.fields[root_field]
        connection = get_named_type(field.type)
        assert isinstance(connection, GraphQLObjectType)
        node_type = get_named_type(connection.fields["nodes"].type)
        filter_type = get_named_type(field.args["filter"].type)
        search_type = get_named_type(field.args["search"].type)
        assert isinstance(node_type, GraphQLObjectType)
        assert isinstance(filter_type, GraphQLInputObjectType)
        assert isinstance(search_type, GraphQLInputObjectType)
        entities[root_field] = EntitySchema(entity, root_field, node_type, filter_type, search_type)
    return schema, entities
