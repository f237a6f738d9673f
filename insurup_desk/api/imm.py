"""İMM coverage choices (``coverage-choices:imm``); the İMM proposal itself goes through ``proposals``."""

from __future__ import annotations

from pydantic import TypeAdapter

from .models.imm import ImmCoverageChoice
from .session import ApiSession

_CHOICES = TypeAdapter(list[ImmCoverageChoice])


class ImmApi:
    def __init__(self, session: ApiSession) -> None:
        self._s = session

    async def choices(self) -> list[ImmCoverageChoice]:
        """Per-product options: the İMM limit, rental car, load carried and assistance service."""
        return await self._s.call("GET", "coverage-choices:imm", _CHOICES, empty=b"[]")
