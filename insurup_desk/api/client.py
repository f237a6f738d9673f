"""``InsurUpClient``: one session against one InsurUp environment."""

from __future__ import annotations

import platform
from collections.abc import Callable
from types import TracebackType

from .. import APP_NAME, __version__
from .addresses import AddressesApi
from .analytics import AnalyticsApi
from .auth import TokenManager
from .config import ApiConfig
from .consents import ConsentsApi
from .coverage import CoverageApi
from .customers import CustomersApi
from .graphql.client import GraphQLApi
from .health import HealthApi
from .hub import HubTiming, ProposalHub
from .imm import ImmApi
from .models.common import AgentUser
from .policies import PoliciesApi
from .properties import PropertiesApi
from .proposals import ProposalsApi
from .purchases import PurchasesApi
from .retry import RetryPolicy
from .sending import SendingApi
from .session import ApiSession
from .transport import MAX_BODY_BYTES, AsyncBaseTransport, HttpTransport
from .vehicles import VehiclesApi
from .waits import WaitAnnouncer


def default_user_agent() -> str:
    system = platform.system() or "unknown"
    release = platform.release()
    os_part = f"{system} {release}".strip()
    return f"{APP_NAME.replace(' ', '')}/{__version__} ({os_part}; Python {platform.python_version()})"


class InsurUpClient:
    """All API resources over one shared HTTP connection pool.

    ``transport`` lets tests point the client at an in-process app or a mock; ``retry`` and ``clock``
    make backoff and token expiry controllable; ``waits`` replaces the process-wide wait announcer.
    """

    def __init__(
        self,
        config: ApiConfig | None = None,
        *,
        transport: AsyncBaseTransport | None = None,
        retry: RetryPolicy | None = None,
        clock: Callable[[], float] | None = None,
        waits: WaitAnnouncer | None = None,
        max_body_bytes: int = MAX_BODY_BYTES,
        hub_timing: HubTiming | None = None,
    ) -> None:
        self.config = config or ApiConfig()
        headers = {
            "User-Agent": self.config.user_agent or default_user_agent(),
            "Accept-Language": self.config.accept_language,
        }
        self._http = HttpTransport(
            timeout_s=self.config.timeout_s, base_headers=headers, transport=transport, max_body_bytes=max_body_bytes
        )
        self.session = ApiSession(self.config, self._http, retry or RetryPolicy(), waits)
        self.auth = TokenManager(self.session, clock=clock) if clock else TokenManager(self.session)
        self.session.tokens = self.auth
        self.customers = CustomersApi(self.session)
        self.vehicles = VehiclesApi(self.session)
        self.properties = PropertiesApi(self.session)
        self.addresses = AddressesApi(self.session)
        self.coverage = CoverageApi(self.session)
        self.proposals = ProposalsApi(self.session)
        self.policies = PoliciesApi(self.session)
        self.purchases = PurchasesApi(self.session, self.proposals, self.policies)
        self.graphql = GraphQLApi(self.session)
        self.sending = SendingApi(self.session)
        self.consents = ConsentsApi(self.session)
        # Live quote events; the socket opens only when a proposal is first watched.
        self.hub = ProposalHub(self.config.hub, self.auth, http=self._http.client, timing=hub_timing)
        self.auth.add_listener(lambda _refresh_token: self.hub.renew())
        self.analytics = AnalyticsApi(self.session)
        self.health = HealthApi(self.session)
        self.imm = ImmApi(self.session)

    def __repr__(self) -> str:
        return f"InsurUpClient({self.config.rest_base!r}, {self.auth!r})"

    async def me(self) -> AgentUser:
        return await self.auth.me()

    def add_request_observer(self, observer: Callable[[float | None], None]) -> None:
        """``observer(seconds)`` after every HTTP exchange, ``observer(None)`` when the line failed."""
        self.session.observers.append(observer)

    async def aclose(self) -> None:
        await self.hub.aclose()
        await self._http.aclose()

    @property
    def closed(self) -> bool:
        return self._http.closed

    async def __aenter__(self) -> InsurUpClient:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()
