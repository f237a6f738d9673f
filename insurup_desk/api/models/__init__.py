"""Typed request and response shapes of the InsurUp API."""

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
