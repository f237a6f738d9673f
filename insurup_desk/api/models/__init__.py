"""Typed request and response shapes of the InsurUp API.

Names are exported lazily: importing one model module loads only it and what it needs, not every model.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .base import ApiModel, WireModel
    from .common import AgentUser, IdResponse, ParameterItem, PhoneNumber, UrlResponse, UserRef
    from .coverage import (
        UTILIZATION_STYLE_ORDINALS,
        CoverageGroup,
        CoverageTableRow,
        KaskoCoverageChoice,
        utilization_ordinal,
    )
    from .customers import (
        CompanyCustomerCreate,
        Customer,
        CustomerCreate,
        CustomerUpdate,
        ForeignCustomerCreate,
        IndividualCustomerCreate,
    )
    from .graphql import Connection, CustomerNode, Edge, PageInfo, PolicyNode, ProposalNode
    from .policies import Policy
    from .proposals import Premium, PremiumDetail, Proposal, ProposalCreate, ProposalProduct
    from .purchases import CardDetails, PurchaseResult, Reconciliation
    from .vehicles import Accessory, DocumentSerial, Fuel, Plate, Vehicle, VehicleCreate, VehicleLookup, VehicleModel

# Each exported name -> the module defining it, imported the first time the name is asked for.
_WHERE: dict[str, str] = {
    "ApiModel": ".base",
    "WireModel": ".base",
    "AgentUser": ".common",
    "IdResponse": ".common",
    "ParameterItem": ".common",
    "PhoneNumber": ".common",
    "UrlResponse": ".common",
    "UserRef": ".common",
    "UTILIZATION_STYLE_ORDINALS": ".coverage",
    "CoverageGroup": ".coverage",
    "CoverageTableRow": ".coverage",
    "KaskoCoverageChoice": ".coverage",
    "utilization_ordinal": ".coverage",
    "CompanyCustomerCreate": ".customers",
    "Customer": ".customers",
    "CustomerCreate": ".customers",
    "CustomerUpdate": ".customers",
    "ForeignCustomerCreate": ".customers",
    "IndividualCustomerCreate": ".customers",
    "Connection": ".graphql",
    "CustomerNode": ".graphql",
    "Edge": ".graphql",
    "PageInfo": ".graphql",
    "PolicyNode": ".graphql",
    "ProposalNode": ".graphql",
    "Policy": ".policies",
    "Premium": ".proposals",
    "PremiumDetail": ".proposals",
    "Proposal": ".proposals",
    "ProposalCreate": ".proposals",
    "ProposalProduct": ".proposals",
    "CardDetails": ".purchases",
    "PurchaseResult": ".purchases",
    "Reconciliation": ".purchases",
    "Accessory": ".vehicles",
    "DocumentSerial": ".vehicles",
    "Fuel": ".vehicles",
    "Plate": ".vehicles",
    "Vehicle": ".vehicles",
    "VehicleCreate": ".vehicles",
    "VehicleLookup": ".vehicles",
    "VehicleModel": ".vehicles",
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
    "UTILIZATION_STYLE_ORDINALS",
    "Accessory",
    "AgentUser",
    "ApiModel",
    "CardDetails",
    "CompanyCustomerCreate",
    "Connection",
    "CoverageGroup",
    "CoverageTableRow",
    "Customer",
    "CustomerCreate",
    "CustomerNode",
    "CustomerUpdate",
    "DocumentSerial",
    "Edge",
    "ForeignCustomerCreate",
    "Fuel",
    "IdResponse",
    "IndividualCustomerCreate",
    "KaskoCoverageChoice",
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
    "PurchaseResult",
    "Reconciliation",
    "UrlResponse",
    "UserRef",
    "Vehicle",
    "VehicleCreate",
    "VehicleLookup",
    "VehicleModel",
    "WireModel",
    "utilization_ordinal",
]
