"""Async client for the InsurUp B2B API (REST + GraphQL). No Qt here.

Names are exported lazily: importing one submodule (``api.errors``, ``api.config``) does not load the
client and its pydantic models, so the login dialog can be on screen before they are.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .auth import LoginOutcome, TokenManager
    from .client import InsurUpClient, default_user_agent
    from .config import ApiConfig
    from .documents import Document
    from .errors import (
        ApiError,
        BusinessRuleViolation,
        CertificateError,
        Duplicate,
        Forbidden,
        InsecureLink,
        MalformedPurchaseAnswer,
        MalformedResponseError,
        NetworkError,
        NotFound,
        ProtocolError,
        PurchaseOutcomeUnknown,
        RateLimited,
        RequestTimeout,
        ServerError,
        SessionExpired,
        Unauthorized,
        UpstreamFailure,
        ValidationFailed,
    )
    from .models import (
        Accessory,
        AgentUser,
        CardDetails,
        CompanyCustomerCreate,
        Connection,
        CoverageGroup,
        Customer,
        CustomerCreate,
        CustomerNode,
        CustomerUpdate,
        DocumentSerial,
        ForeignCustomerCreate,
        Fuel,
        IndividualCustomerCreate,
        KaskoCoverageChoice,
        PageInfo,
        ParameterItem,
        PhoneNumber,
        Plate,
        Policy,
        PolicyNode,
        Premium,
        PremiumDetail,
        Proposal,
        ProposalCreate,
        ProposalNode,
        ProposalProduct,
        PurchaseResult,
        Reconciliation,
        Vehicle,
        VehicleCreate,
        VehicleLookup,
        VehicleModel,
    )
    from .redaction import RedactingFilter, redact
    from .retry import RetryPolicy
    from .waits import WAITS, Wait, WaitAnnouncer

# Each exported name -> the module defining it, imported the first time the name is asked for.
_WHERE: dict[str, str] = {
    "LoginOutcome": ".auth",
    "TokenManager": ".auth",
    "InsurUpClient": ".client",
    "default_user_agent": ".client",
    "ApiConfig": ".config",
    "Document": ".documents",
    "ApiError": ".errors",
    "BusinessRuleViolation": ".errors",
    "CertificateError": ".errors",
    "Duplicate": ".errors",
    "Forbidden": ".errors",
    "InsecureLink": ".errors",
    "MalformedPurchaseAnswer": ".errors",
    "MalformedResponseError": ".errors",
    "NetworkError": ".errors",
    "NotFound": ".errors",
    "ProtocolError": ".errors",
    "PurchaseOutcomeUnknown": ".errors",
    "RateLimited": ".errors",
    "RequestTimeout": ".errors",
    "ServerError": ".errors",
    "SessionExpired": ".errors",
    "Unauthorized": ".errors",
    "UpstreamFailure": ".errors",
    "ValidationFailed": ".errors",
    "Accessory": ".models",
    "AgentUser": ".models",
    "CardDetails": ".models",
    "CompanyCustomerCreate": ".models",
    "Connection": ".models",
    "CoverageGroup": ".models",
    "Customer": ".models",
    "CustomerCreate": ".models",
    "CustomerNode": ".models",
    "CustomerUpdate": ".models",
    "DocumentSerial": ".models",
    "ForeignCustomerCreate": ".models",
    "Fuel": ".models",
    "IndividualCustomerCreate": ".models",
    "KaskoCoverageChoice": ".models",
    "PageInfo": ".models",
    "ParameterItem": ".models",
    "PhoneNumber": ".models",
    "Plate": ".models",
    "Policy": ".models",
    "PolicyNode": ".models",
    "Premium": ".models",
    "PremiumDetail": ".models",
    "Proposal": ".models",
    "ProposalCreate": ".models",
    "ProposalNode": ".models",
    "ProposalProduct": ".models",
    "PurchaseResult": ".models",
    "Reconciliation": ".models",
    "Vehicle": ".models",
    "VehicleCreate": ".models",
    "VehicleLookup": ".models",
    "VehicleModel": ".models",
    "RedactingFilter": ".redaction",
    "redact": ".redaction",
    "RetryPolicy": ".retry",
    "WAITS": ".waits",
    "Wait": ".waits",
    "WaitAnnouncer": ".waits",
}


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value  # asked once
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_WHERE])


__all__ = [
    "WAITS",
    "Accessory",
    "AgentUser",
    "ApiConfig",
    "ApiError",
    "BusinessRuleViolation",
    "CardDetails",
    "CertificateError",
    "CompanyCustomerCreate",
    "Connection",
    "CoverageGroup",
    "Customer",
    "CustomerCreate",
    "CustomerNode",
    "CustomerUpdate",
    "Document",
    "DocumentSerial",
    "Duplicate",
    "Forbidden",
    "ForeignCustomerCreate",
    "Fuel",
    "IndividualCustomerCreate",
    "InsecureLink",
    "InsurUpClient",
    "KaskoCoverageChoice",
    "LoginOutcome",
    "MalformedPurchaseAnswer",
    "MalformedResponseError",
    "NetworkError",
    "NotFound",
    "PageInfo",
    "ParameterItem",
    "PhoneNumber",
    "Plate",
    "Policy",
    "PolicyNode",
    "Premium",
    "PremiumDetail",
    "Proposal",
    "ProposalCreate",
    "ProposalNode",
    "ProposalProduct",
    "ProtocolError",
    "PurchaseOutcomeUnknown",
    "PurchaseResult",
    "RateLimited",
    "Reconciliation",
    "RedactingFilter",
    "RequestTimeout",
    "RetryPolicy",
    "ServerError",
    "SessionExpired",
    "TokenManager",
    "Unauthorized",
    "UpstreamFailure",
    "ValidationFailed",
    "Vehicle",
    "VehicleCreate",
    "VehicleLookup",
    "VehicleModel",
    "Wait",
    "WaitAnnouncer",
    "default_user_agent",
    "redact",
]
