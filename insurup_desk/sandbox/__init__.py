"""The embedded InsurUp sandbox: a fake InsurUp API (REST + GraphQL) with seeded data and fault switches."""

from __future__ import annotations

from .app import create_app
from .config import SandboxConfig
from .server import SandboxServer
from .state import Sandbox

__all__ = ["Sandbox", "SandboxConfig", "SandboxServer", "create_app"]
