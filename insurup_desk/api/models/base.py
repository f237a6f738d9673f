"""Shared model base: camelCase on the wire, snake_case in Python, unknown fields and enum values kept."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict
from pydantic.alias_generators import to_camel


class ApiModel(BaseModel):
    """Read model. Enums are plain ``str`` so values this client has never seen survive a round trip."""

    model_config = ConfigDict(
        alias_generator=to_camel,
        populate_by_name=True,
        extra="allow",
    )

    def extra(self, name: str, default: Any = None) -> Any:
        """A field the server sent that this model does not declare."""
        return (self.model_extra or {}).get(name, default)


class WireModel(BaseModel):
    """Request body model. ``to_wire`` gives the JSON object with ``$type`` first where there is one."""

    model_config = ConfigDict(alias_generator=to_camel, populate_by_name=True, extra="forbid")

    discriminator: str | None = None

    def to_wire(self) -> dict[str, Any]:
        body = self.model_dump(by_alias=True, exclude_none=True, mode="json", exclude={"discriminator"})
        if self.discriminator is None:
            return body
        # System.Text.Json only recognises the discriminator when it is the first property.
        return {"$type": self.discriminator, **body}
